using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ntm.Criteria.Cli.Workbooks;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// ntm workbook export and import: every shipped set goes out and comes back unchanged, a filled workbook gives a set
/// that decides, edits show in ntm diff, and every bad cell is a problem at its sheet and cell.
/// </summary>
public sealed class CriteriaWorkbookTests : IDisposable
{
    private const string Standard = "national/2021-2025/commune-standard@2024-03-01";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The shipped sets with those the tests import into the rules folder, as --rules reads them.</summary>
    private CriteriaCatalog ImportedCatalog() => CriteriaCatalog.Shipped.WithDirectory(_folder.File("rules"));

    // The standard set's workbook as exported in English, to be edited and imported.
    private string ExportedStandard()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", Standard, "--out", workbook, "--lang", "en");
        return workbook;
    }

    public static TheoryData<string> ShippedVersions() =>
        [.. CriteriaCatalog.Shipped.Sets.Select(s => $"{s.Id}@{s.Version}")];

    [Theory]
    [MemberData(nameof(ShippedVersions))]
    public void ExportThenImport_EveryShippedVersion_GivesTheSameSet_AndNoCopyOfIt(string reference)
    {
        var workbook = _folder.File("w.xlsx");
        Assert.Equal(0, Cli.Run("workbook", "export", reference, "--out", workbook).ExitCode);

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        // A copy would stand in place of the corrections a later ntm ships: the import says the sheet is unchanged.
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal(
            $"{reference}: the sheet says what the version ntm ships says; no file written (a copy would stand in "
                + "place of the corrections a later ntm ships)",
            import.Out.Trim()
        );
        Assert.False(Directory.Exists(_folder.File("rules")));

        // The file the sheet gives, written, is the set.
        var (sheets, problems) = new CriteriaWorkbookReader(CriteriaCatalog.Shipped, Texts.Vietnamese).Read(workbook);
        Assert.Empty(problems);
        var sheet = Assert.Single(sheets);
        var file = Path.Combine(_folder.File("rules"), sheet.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Ntm.Criteria.Rules.WorkflowJson.Write(sheet.FileIn(_folder.File("rules"))));
        var at = reference.LastIndexOf('@');
        var shipped = CriteriaCatalog.Shipped.Versions(reference[..at]).Single(v => v.Version == reference[(at + 1)..]);
        var imported = ImportedCatalog().Versions(shipped.Id).Single(v => v.Version == shipped.Version);
        Assert.NotSame(shipped, imported);
        Assert.Equal(SetDescription.Of(shipped), SetDescription.Of(imported));
        Assert.True(SetDiff.Compare(shipped, imported).IsEmpty);
    }

    [Fact]
    public void Import_ThatCannotWriteItsFiles_SaysNothingWasWritten_AndLeavesTheFolderAsItWas()
    {
        // A file where the set's folder would go fails the write as a full disk does: before any file is named.
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook);
        Edit(workbook, sheet => SetText(sheet, $"B{HeaderRow(sheet, "Tên bộ tiêu chí (tiếng Anh)")}", "Edited"));
        var rules = _folder.File("rules");
        Directory.CreateDirectory(Path.Combine(rules, "national"));
        File.WriteAllText(Path.Combine(rules, "national", "2026-2030"), "");

        var import = Cli.Run("workbook", "import", workbook, "--out", rules, "--lang", "en");

        Assert.Equal(2, import.ExitCode);
        Assert.StartsWith(
            $"ntm: --out {Cli.Shown(rules)}: cannot be written: ",
            import.Error,
            StringComparison.Ordinal
        );
        Assert.EndsWith("; nothing was written", import.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(
            [Path.Combine(rules, "national", "2026-2030")],
            Directory.GetFileSystemEntries(rules, "*", SearchOption.AllDirectories).Where(File.Exists)
        );
    }

    [Fact]
    public void Import_OfSeveralSheets_WritesThoseThatChange_AndSaysTheOthersAreUnchanged()
    {
        // An office exports the commune set and the modern-commune framework together and fills the first only.
        var workbook = _folder.File("w.xlsx");
        var (commune, modern) = (
            "national/2026-2030/commune@2025-12-29",
            "national/2026-2030/commune-modern@2025-12-29"
        );
        Assert.Equal(0, Cli.Run("workbook", "export", commune, modern, "--out", workbook).ExitCode);
        Edit(workbook, sheet => SetText(sheet, $"B{HeaderRow(sheet, "Tên bộ tiêu chí (tiếng Anh)")}", "Edited"));
        var rules = _folder.File("rules");

        var import = Cli.Run("workbook", "import", workbook, "--out", rules);
        var again = Cli.Run("workbook", "import", workbook, "--out", rules);

        Assert.True(import.ExitCode == 0, import.Error);
        var written = Path.Combine(rules, "national", "2026-2030", "commune@2025-12-29.json");
        Assert.Equal([written], Directory.GetFiles(rules, "*", SearchOption.AllDirectories));
        var lines = import.Out.Trim().Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.Equal(
            $"{modern}: trang giống hệt phiên bản đi kèm ntm, không ghi tệp (một bản sao sẽ thay cho các sửa chữa mà "
                + "phiên bản ntm sau mang đến)",
            lines[0]
        );
        Assert.StartsWith(
            $"đã ghi {written.Replace(Path.GetTempPath(), "TEMP/", StringComparison.Ordinal)}: {commune}, ",
            lines[1],
            StringComparison.Ordinal
        );
        Assert.Equal("Edited", CriteriaCatalog.Shipped.WithDirectory(rules).Get(commune).Name.In("en"));

        // Imported again, the filled sheet says what the folder's file says: nothing is written over it.
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains(
            $"{commune}: trang giống hệt {written.Replace(Path.GetTempPath(), "TEMP/", StringComparison.Ordinal)}, "
                + "không ghi tệp",
            again.Out,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("đã ghi", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportThenImport_AProvincesSetWhoseInputNameHasAnUnderscore_GivesTheSameSet()
    {
        // A name the rule files accept (letters, digits and '_') comes back through the workbook's inputs sheet.
        var province = Directory.CreateDirectory(_folder.File("province/provincial/ha-tinh")).FullName;
        foreach (var file in Directory.GetFiles(Cli.File("rules/provincial/ha-tinh")))
        {
            File.WriteAllText(
                Path.Combine(province, Path.GetFileName(file)),
                File.ReadAllText(file).Replace("GreenHedgeRate", "Green_hedge_rate", StringComparison.Ordinal)
            );
        }

        var workbook = _folder.File("w.xlsx");
        var reference = "provincial/ha-tinh/residential-area-model";
        var rules = _folder.File("province");
        Assert.Equal(0, Cli.Run("workbook", "export", reference, "--rules", rules, "--out", workbook).ExitCode);

        var import = Cli.Run("workbook", "import", workbook, "--rules", rules, "--out", _folder.File("rules"));

        Assert.True(import.ExitCode == 0, import.Error);
        var exported = CriteriaCatalog.Shipped.WithDirectory(rules).Get(reference);
        var imported = ImportedCatalog().Get(reference);
        Assert.Contains(exported.Inputs.Declarations, d => d.Name == "Green_hedge_rate");
        Assert.Equal(SetDescription.Of(exported), SetDescription.Of(imported));
    }

    [Fact]
    public void ImportBackIntoTheRulesFolder_ASetOfAFileNamedOtherwise_IsWrittenOverThatFile()
    {
        // An office keeps its rules in a folder laid out like rules/ (a shipped set copied to its place, which reads
        // the shipped vocabulary), exports from it, fills the sheet and imports back into it: the folder must still
        // define each version once, or every later command refuses it.
        var rules = _folder.File("office");
        var copy = Path.Combine(rules, "provincial", "thanh-hoa", "village-standard.json");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Cli.File("rules/provincial/thanh-hoa/village-standard.json"), copy);
        var workbook = _folder.File("w.xlsx");
        var reference = "provincial/thanh-hoa/village-standard";
        Assert.Equal(0, Cli.Run("workbook", "export", reference, "--rules", rules, "--out", workbook).ExitCode);
        Edit(workbook, sheet => SetText(sheet, $"B{HeaderRow(sheet, "Tên bộ tiêu chí (tiếng Anh)")}", "Filled in"));

        var elsewhere = Cli.Run("workbook", "import", workbook, "--rules", rules, "--out", _folder.File("elsewhere"));
        var import = Cli.Run("workbook", "import", workbook, "--rules", rules, "--out", rules);

        // Either file names the vocabulary the copy read, Thanh Hoá's shipped one, by its place.
        Assert.True(elsewhere.ExitCode == 0, elsewhere.Error);
        var written = _folder.File("elsewhere/provincial/thanh-hoa/village-standard@2021-2025.json");
        Assert.Equal("inputs.json", JsonNode.Parse(File.ReadAllText(written))!["InputsFile"]!.GetValue<string>());
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("/office/provincial/thanh-hoa/village-standard.json: ", import.Out, StringComparison.Ordinal);
        Assert.StartsWith("đã ghi đè ", import.Out, StringComparison.Ordinal);
        Assert.StartsWith("đã ghi TEMP/", elsewhere.Out, StringComparison.Ordinal);
        Assert.Equal([copy], Directory.GetFiles(rules, "*", SearchOption.AllDirectories));
        Assert.Equal("inputs.json", JsonNode.Parse(File.ReadAllText(copy))!["InputsFile"]!.GetValue<string>());
        var validate = Cli.Run("validate", rules);
        Assert.True(validate.ExitCode == 0, validate.Error);

        var filled = CriteriaCatalog.Shipped.WithDirectory(rules).Get(reference);
        Assert.Equal("Filled in", filled.Name.In("en"));
        var shipped = CriteriaCatalog.Shipped.Get(reference);
        Assert.Equal(
            SetDescription
                .Of(shipped)
                .Select(line =>
                    line.Replace(shipped.Name.ToString(), filled.Name.ToString(), StringComparison.Ordinal)
                ),
            SetDescription.Of(filled)
        );

        // Without --rules too, the folder's own files are read as --rules would read them: the sheet says what the
        // file says, so nothing is written, and a file of the folder that does not load stops the import first.
        var again = Cli.Run("workbook", "import", workbook, "--out", rules);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("không ghi tệp", again.Out, StringComparison.Ordinal);
        Assert.Equal([copy], Directory.GetFiles(rules, "*", SearchOption.AllDirectories));
        var notes = Path.Combine(rules, "notes.json");
        File.WriteAllText(notes, "{ not a rule file");
        var broken = Cli.Run("workbook", "import", workbook, "--out", rules, "--lang", "en");
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("notes.json(1,6): malformed JSON", broken.Error, StringComparison.Ordinal);
        Assert.Equal(
            new[] { notes, copy }.Order(),
            Directory.GetFiles(rules, "*", SearchOption.AllDirectories).Order()
        );
    }

    [Fact]
    public void Import_MergedCellsWithAValue_AreAProblemAtTheFirst_NotReadAsEmptyBelow()
    {
        // The "All" cells of 2.1 and 2.2 merged to give both 100: a spreadsheet keeps the value in 2.1's cell alone,
        // and 2.2, its status left "not set" as exported, was read as open without a word.
        var workbook = ExportedStandard();
        var row = 0;
        Edit(
            workbook,
            sheet =>
            {
                row = RowOf(sheet, "2.1");
                Assert.Equal(row + 1, RowOf(sheet, "2.2"));
                sheet.InsertAfterSelf(new MergeCells(new MergeCell { Reference = $"M{row}:M{row + 1}" }));
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!M{row}",
            $"cells M{row}:M{row + 1} are merged, and a spreadsheet keeps the value of merged cells in the first "
                + "alone: the others would read as empty. Unmerge them and write the value in each cell"
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Import_ANameMergedAcrossColumnsNotRead_IsNoProblem()
    {
        // Merged for show: the cells beside the set's name are not read, so the merge loses nothing.
        var workbook = ExportedStandard();
        Edit(
            workbook,
            sheet =>
            {
                var row = HeaderRow(sheet, "Set name (Vietnamese)");
                sheet.InsertAfterSelf(new MergeCells(new MergeCell { Reference = $"B{row}:F{row}" }));
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("", import.Error);
    }

    [Fact]
    public void Import_AWorkbookAnotherProgramHoldsAlone_IsSaidToBeHeld_NotDamaged()
    {
        var workbook = ExportedStandard();

        CliResult import;
        using (File.Open(workbook, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");
        }

        Assert.Equal(2, import.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(workbook)}: cannot be read now: another program holds the file and lets no other read "
                + "it. Close it there (or give a copy of it), and run again",
            import.Error.TrimEnd()
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Import_TwoSheetsGivingOneVersion_IsAProblemAtTheVersionOfTheSecond_AndNothingIsWritten()
    {
        // A sheet copied to start a revision and left with the version of the one it was copied from: both would be
        // written to that version's file, and the program stopped at the second.
        var workbook = _folder.File("w.xlsx");
        Cli.Run(
            "workbook",
            "export",
            "national/2021-2025/commune-standard@2022-03-08",
            Standard,
            "--out",
            workbook,
            "--lang",
            "en"
        );
        var row = 0;
        Edit(workbook, sheet => SetText(sheet, $"B{row = HeaderRow(sheet, "Version")}", "2024-03-01"));

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!B{row}",
            "sheet 'commune-standard@2022-03-08' gives national/2021-2025/commune-standard@2024-03-01 already, and "
                + "a workbook gives each version once: delete one of the two sheets, or give this one a version of its "
                + "own"
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Import_AVersionTheFolderDefinesInAFileOfSeveralSets_IsAProblem_AndNothingIsWritten()
    {
        // One file of the folder holds two sets: written over, it would lose the other; beside it, define one twice.
        var rules = _folder.File("office");
        var file = Path.Combine(rules, "provincial", "thanh-hoa", "villages.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var workflows = new[] { "village-standard", "village-model" }.Select(name =>
        {
            var workflow = JsonNode.Parse(File.ReadAllText(Cli.File($"rules/provincial/thanh-hoa/{name}.json")))!;
            workflow.AsObject().Remove("$schema");
            return workflow;
        });
        File.WriteAllText(file, new JsonArray([.. workflows]).ToJsonString());
        var workbook = _folder.File("w.xlsx");
        var reference = "provincial/thanh-hoa/village-standard";
        Assert.Equal(0, Cli.Run("workbook", "export", reference, "--rules", rules, "--out", workbook).ExitCode);
        Edit(workbook, sheet => SetText(sheet, $"B{HeaderRow(sheet, "Tên bộ tiêu chí (tiếng Anh)")}", "Filled in"));

        var import = Cli.Run("workbook", "import", workbook, "--rules", rules, "--out", rules, "--lang", "en");

        AssertOneProblem(
            import,
            "'village-standard@2021-2025'!-",
            "provincial/thanh-hoa/village-standard@2021-2025 is defined in "
                + file.Replace(Path.GetTempPath(), "TEMP/", StringComparison.Ordinal)
                + ", with other sets: ntm does not write over that file, and a second file would define the version "
                + "twice; move the set to a file of its own, or import into another folder"
        );
        Assert.Equal([file], Directory.GetFiles(rules, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Export_OverAnExistingFile_IsRefused_AndTheFileKept_UnlessForced()
    {
        var workbook = _folder.File("tieu-chi.xlsx");
        File.WriteAllBytes(workbook, [1, 2, 3]);

        var refused = Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(
            $"ntm: --out {Cli.Shown(_folder.File("tieu-chi.xlsx"))}: tệp đã có, và có thể đã được điền; "
                + "không ghi gì. Hãy đặt tên khác, hoặc thêm --force để ghi đè",
            refused.Error.TrimEnd()
        );
        Assert.Equal([1, 2, 3], File.ReadAllBytes(workbook));

        var forced = Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--force");

        Assert.Equal(0, forced.ExitCode);
        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        Assert.Equal(2, document.WorkbookPart!.Workbook.Sheets!.ChildElements.Count);
    }

    [Fact]
    public void Export_PrintsOnA4Landscape_EachPageNumbered_HeadedByTheTableHeaderAndWhatEachRowIs()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", Standard, "--out", workbook, "--lang", "en");

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(
            ["'commune-standard@2024-03-01'!$A:$B,'commune-standard@2024-03-01'!$17:$17", "'Inputs'!$1:$1"],
            part.Workbook.DefinedNames!.Elements<DefinedName>()
                .Where(n => n.Name == "_xlnm.Print_Titles")
                .OrderBy(n => n.LocalSheetId!.Value)
                .Select(n => n.Text)
        );
        Assert.All(
            sheets.Select(s => ((WorksheetPart)part.GetPartById(s.Id!)).Worksheet),
            sheet =>
            {
                var setup = sheet.Elements<PageSetup>().Single();
                Assert.Equal((9u, OrientationValues.Landscape), (setup.PaperSize?.Value, setup.Orientation?.Value));
                Assert.Equal("&L&A&RPage &P of &N", sheet.Descendants<OddFooter>().Single().Text);
            }
        );
    }

    [Fact]
    public void Export_IsAValidWorkbook_ForTheOpenXmlValidator()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run(
            "workbook",
            "export",
            Standard,
            "national/2026-2030/commune",
            "national/2016-2020/commune-standard",
            "--out",
            workbook
        );

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator()
            .Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);

        // The existing inputs stand on grey rows, every cell of them, so that an officer sees they stay.
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == Texts.Vietnamese.InputsSheet);
        var inputs = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
        var rows = inputs.Descendants<Row>().Skip(1).ToList();

        // A new input's type is chosen from the words the import reads, on the rows below them too.
        var type = Assert.Single(inputs.Descendants<DataValidation>());
        Assert.Equal(
            ($"B2:B{rows.Count + 201}", "\"number,integer,boolean,text,enum\"", true),
            (type.SequenceOfReferences!.InnerText, type.Formula1!.Text, type.ShowErrorMessage!.Value)
        );
        var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fills = part.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ToList();
        Assert.Equal(NtmInputs.Schema.Count, rows.Count);
        Assert.All(
            rows.SelectMany(r => r.Elements<Cell>()),
            cell =>
                Assert.Equal(
                    "FFF2F2F2",
                    fills[(int)formats[(int)cell.StyleIndex!.Value].FillId!.Value]
                        .PatternFill
                        ?.ForegroundColor
                        ?.Rgb
                        ?.Value
                )
        );
        Assert.All(rows, row => Assert.Equal(Texts.Vietnamese.InputColumns.Length, row.Elements<Cell>().Count()));
    }

    [Fact]
    public void Import_AValueInTheGeneralColumnOnly_IsSaidToDecideNothing()
    {
        // The annex's general column is transcribed and never applied; 2.2's regions stay open.
        var workbook = ExportedStandard();
        Edit(
            workbook,
            sheet =>
            {
                var row = RowOf(sheet, "2.2");
                SetText(sheet, $"Q{row}", "100");
                SetText(sheet, $"R{row}", "confirmed");
                SetText(sheet, $"S{row}", "test: QĐ 318/QĐ-TTg, Phụ lục I, 2.2");
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.EndsWith(
            "national/2021-2025/commune-standard@2024-03-01: 2.2 has its only value in the \"General\" column, which "
                + "is recorded and never applied: the value that decides is in \"All\" or in each region's (group's) "
                + "column",
            import.Out.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Import_FilledOpenThresholds_GivesASetWithNoneOpen_AndSampleCommunesReachTheStandardTier()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", Standard, "--out", workbook);
        var set = CriteriaCatalog
            .Shipped.Versions("national/2021-2025/commune-standard")
            .Single(v => v.Version == "2024-03-01");

        // What an officer types into every empty threshold cell (those marked "chưa có"): a value, its status and
        // source.
        Edit(
            workbook,
            sheet =>
            {
                foreach (
                    var status in sheet
                        .Descendants<Cell>()
                        .Where(c => c.InlineString?.InnerText == "chưa có" && c.CellReference!.Value![0] != 'J')
                        .ToList()
                )
                {
                    var reference = status.CellReference!.Value!;
                    var row = int.Parse(
                        new string([.. reference.SkipWhile(char.IsAsciiLetter)]),
                        System.Globalization.CultureInfo.InvariantCulture
                    );
                    var column = Order(reference);
                    var indicator = set.FindIndicator(Text(sheet, $"B{row}")!)!;
                    var value = indicator.Direction switch
                    {
                        ThresholdDirection.AtMost => "100",
                        ThresholdDirection.AtLeast => "0",
                        ThresholdDirection.MustHold => "có",
                        _ => "không",
                    };
                    SetText(sheet, CriteriaSheetLayout.Cell(column - 1, row), value);
                    SetText(sheet, reference, "chưa xác nhận");
                    SetText(
                        sheet,
                        CriteriaSheetLayout.Cell(column + 1, row),
                        "test: a value typed in to exercise the import"
                    );
                }
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("my-rules"));
        var evaluate = Cli.Run(
            "evaluate",
            Cli.File("samples/communes.csv"),
            "--rules",
            _folder.File("my-rules"),
            "--as-of",
            "2025-12-31"
        );

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("57/57 chỉ tiêu; ngưỡng: 57 có (", import.Out, StringComparison.Ordinal);
        Assert.Contains(
            "), 0 chưa có; thay cho national/2021-2025/commune-standard@2024-03-01",
            import.Out,
            StringComparison.Ordinal
        );
        var reaching = evaluate.Out.Split('\n').Single(l => l.Contains("xã đạt chuẩn NTM", StringComparison.Ordinal));
        Assert.DoesNotContain("• 0/", reaching, StringComparison.Ordinal);

        // docs/workbooks.md: the version filled in place, compared with the shipped one by its path.
        var compared = Cli.Run(
            "diff",
            Standard,
            _folder.File("my-rules/national/2021-2025/commune-standard@2024-03-01.json"),
            "--data",
            Cli.File("samples/communes.csv"),
            "--lang",
            "en"
        );
        Assert.True(compared.ExitCode == 0, compared.Error);
        Assert.Matches(@"(?m)^[1-9]\d* of 586 communes change tier between the two sets$", compared.Out);
    }

    [Fact]
    public void Import_EditedCells_ShowInDiffAsExactlyThoseChanges()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", Standard, "--out", workbook);
        Edit(
            workbook,
            sheet =>
            {
                var row = RowOf(sheet, "3.1");
                SetText(sheet, $"M{row}", "85");
                SetText(sheet, $"O{row}", "QĐ 211/QĐ-TTg, Phụ lục I, chỉ tiêu 3.1");
                SetText(sheet, $"B{HeaderRow(sheet, "Phiên bản")}", "2025-07-01");
                SetText(sheet, $"B{HeaderRow(sheet, "Hiệu lực từ")}", "01/07/2025");
            }
        );

        Assert.Equal(0, Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules")).ExitCode);
        var diff = Cli.Run(
            "diff",
            Standard,
            "national/2021-2025/commune-standard@2025-07-01",
            "--rules",
            _folder.File("rules"),
            "--lang",
            "en"
        );

        Assert.Contains("3.1", diff.Out, StringComparison.Ordinal);
        Assert.Contains("80 (confirmed)", diff.Out, StringComparison.Ordinal);
        Assert.Contains("85 (confirmed)", diff.Out, StringComparison.Ordinal);
        Assert.Single(diff.Out.Split('\n'), l => l.Contains("85 (confirmed)", StringComparison.Ordinal));
    }

    [Fact]
    public void ACriterionWithOnlySomeOfItsIndicators_IsExportedAsPartial_AndMarkedWholeOnImport_WhichDiffShows()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2021-2025/district-standard", "--out", workbook, "--lang", "en");
        var kinds = new List<string?>();
        Edit(
            workbook,
            sheet =>
            {
                kinds.AddRange(
                    new[] { "2", "3", "6", "ĐK4" }.Select(number => Text(sheet, $"A{RowOf(sheet, number)}"))
                );
                SetText(sheet, $"A{RowOf(sheet, "2")}", "criterion");
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");
        var file = _folder.File("rules/national/2021-2025/district-standard@2024-03-01.json");
        var diff = Cli.Run("diff", "national/2021-2025/district-standard", file, "--lang", "en");

        // Criterion 3 has no indicator in the sources: partial too, so that one typed under it does not decide it alone.
        Assert.Equal(["criterion (partial)", "criterion (partial)", "criterion (partial)", "precondition"], kinds);
        Assert.True(import.ExitCode == 0, import.Error);
        var set = ImportedCatalog().Get("national/2021-2025/district-standard");
        Assert.Equal([true, false], set.Criteria.Where(c => c.Number is "2" or "6").Select(c => c.IsComplete));
        Assert.Matches(@"(?m)^criterion's indicators +2 +only some \(never achieved\) +all of them$", diff.Out);
    }

    [Fact]
    public void Import_NewIndicatorsAndAnInput_CompleteThe2026Set()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        Edit(
            workbook,
            sheet =>
            {
                // The office types the criterion's indicators, and says they are all of them.
                var criterion = RowOf(sheet, "1");
                SetText(sheet, $"A{criterion}", "criterion");
                InsertRowAfter(
                    sheet,
                    criterion,
                    IndicatorRow(
                        "1.1",
                        "Có quy hoạch chung xã được phê duyệt",
                        "Approved commune plan",
                        "",
                        "must hold",
                        "HasApprovedCommunePlan"
                    ),
                    [("M", "yes"), ("N", "unconfirmed"), ("O", "test: QĐ 51/2025/QĐ-TTg, Phụ lục I")]
                );
                InsertRowAfter(
                    sheet,
                    criterion + 1,
                    IndicatorRow(
                        "1.2",
                        "Tỷ lệ hộ dùng nước sạch",
                        "Households with clean water",
                        "%",
                        "≥",
                        "CleanWaterShare"
                    ),
                    [
                        ("Q", "90"),
                        ("R", "unconfirmed"),
                        ("S", "test: Nhóm 1"),
                        ("U", "80"),
                        ("V", "unconfirmed"),
                        ("W", "test: Nhóm 2"),
                        ("Y", null),
                        ("Z", "not set"),
                    ]
                );
            },
            inputs:
            [
                "CleanWaterShare",
                "number",
                "%",
                "0",
                "100",
                "",
                "Tỷ lệ hộ dùng nước sạch",
                "Households with clean water",
            ]
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains(
            "10/10 criteria, 2/47 indicators; thresholds: 1 set (1 unconfirmed), 1 open",
            import.Out,
            StringComparison.Ordinal
        );
        var set = ImportedCatalog().Get("national/2026-2030/commune");
        var water = set.FindIndicator("1.2")!;
        Assert.Equal(90, water.ThresholdFor(null, 1, 2026)!.Value.Number);
        Assert.Equal(80, water.ThresholdFor(null, 2, 2026)!.Value.Number);
        Assert.False(water.ThresholdFor(null, 3, 2026)!.IsSet);
        var commune = set
            .Inputs.CreateBuilder()
            .Set("CommuneGroup", 2.0)
            .Set("CleanWaterShare", 85.0)
            .Set("HasApprovedCommunePlan", true)
            .Build();
        Assert.Equal(Outcome.Achieved, set.Evaluate(commune)["1.2"].Outcome);
        Assert.Equal(Outcome.Achieved, set.Evaluate(commune)["1.1"].Outcome);

        // The completed set reads an input the modern tier's shared vocabulary lacks: they are evaluated together,
        // from records of the wider inputs, by the library and by the command line.
        var batch = BatchEvaluator.InForce(ImportedCatalog(), Level.Commune, new DateOnly(2026, 12, 31));
        Assert.Equal(
            ["national/2026-2030/commune", "national/2026-2030/commune-modern"],
            batch.Chains.SelectMany(c => c.Sets).Select(s => s.Id)
        );
        Assert.Contains(batch.Inputs.Declarations, d => d.Name == "CleanWaterShare");
        var record = batch.Inputs.CreateBuilder().Set("CommuneGroup", 2.0).Set("CleanWaterShare", 85.0).Build();
        Assert.Equal(
            Outcome.Achieved,
            batch.Evaluate(new Locality("X1", record))["national/2026-2030/commune"]["1.2"].Outcome
        );
        var evaluated = Cli.Run(
            "evaluate",
            Cli.File("samples/communes-2026.csv"),
            "--rules",
            _folder.File("rules"),
            "--format",
            "csv",
            "--lang",
            "en"
        );
        Assert.True(evaluated.ExitCode == 0, evaluated.Error);
        Assert.Contains("national/2026-2030/commune-modern:Achieved", evaluated.Out, StringComparison.Ordinal);

        // The averages of a set the sources give in part say how much of it they count, and that none achieves it.
        var table = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--rules", _folder.File("rules"));
        Assert.Contains(
            "0 xã đạt cả bộ (nguồn mới có chỉ tiêu của 1/10 tiêu chí, 2/47 chỉ tiêu, nên không xã nào đạt được bộ)",
            table.Out,
            StringComparison.Ordinal
        );

        // The file names the shared vocabulary, as the shipped sets do, and declares only the input it adds: a later
        // version of ntm whose vocabulary has changed still reads it with the shipped sets.
        var imported = Path.Combine(_folder.File("rules"), "national", "2026-2030", "commune@2025-12-29.json");
        var file = JsonNode.Parse(File.ReadAllText(imported))!;
        Assert.Equal("../../inputs.json", file["InputsFile"]!.GetValue<string>());
        Assert.Equal(["CleanWaterShare"], file["Inputs"]!.AsArray().Select(i => i!["Name"]!.GetValue<string>()));

        // ntm inputs says which inputs the office's file adds, and the file.
        var listed = Cli.Run(
            "inputs",
            "--set",
            "national/2026-2030/commune",
            "--rules",
            _folder.File("rules"),
            "--lang",
            "en"
        );
        Assert.EndsWith(
            "1 input is not of the shared vocabulary (rules/inputs.json) but declared by "
                + $"{Cli.Shown(_folder.File("rules/national/2026-2030/commune@2025-12-29.json"))}: "
                + "CleanWaterShare",
            listed.Out.TrimEnd(),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(
            "shared vocabulary",
            Cli.Run("inputs", "--set", "national/2026-2030/commune", "--lang", "en").Out,
            StringComparison.Ordinal
        );

        // A reviewer sees the new input, which data files now need a column for, and that criterion 1 is now decided.
        var diff = Cli.Run("diff", "national/2026-2030/commune", imported, "--lang", "en");
        var changes = diff
            .Out.Split(Environment.NewLine)
            .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
        Assert.Contains("input added CleanWaterShare Households with clean water (number, %, 0 – 100)", changes);
        Assert.Contains("criterion's indicators 1 none (not encoded) all of them", changes);

        // And the values the office typed for a new indicator, row by row, to check against the annex.
        Assert.Equal(
            ["1.2 group 1 90 (unconfirmed)", "1.2 group 2 80 (unconfirmed)", "1.2 group 3 open"],
            changes
                .Where(l => l.StartsWith("threshold added 1.2 ", StringComparison.Ordinal))
                .Select(l => l["threshold added ".Length..])
        );

        // The HTML report's communes closest to the next tier say which of its criteria the set does not encode; the
        // table of what they miss, empty for those achieving every indicator encoded, was printed as headers alone.
        var page = _folder.File("report.html");
        var html = Cli.Run(
            "evaluate",
            Cli.File("samples/communes-2026.csv"),
            "--rules",
            _folder.File("rules"),
            "--format",
            "html",
            "--out",
            page,
            "--lang",
            "en"
        );
        Assert.True(html.ExitCode == 0, html.Error);
        var text = File.ReadAllText(page);
        var start = text.IndexOf("<h2>Communes closest to the next tier</h2>", StringComparison.Ordinal);
        var closest = text[start..text.IndexOf("<h2>", start + 1, StringComparison.Ordinal)];
        Assert.Contains("<p>Criteria of the next tier not encoded", closest, StringComparison.Ordinal);
        Assert.DoesNotContain("<tbody>\n</tbody>", closest.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void WordsTypedWithoutTheirDiacritics_AreReadAsTheWordsOfTheDropDownLists()
    {
        // Typed on a keyboard without a Vietnamese input method: "tieu chi", "chi tieu", "dat", "da xac nhan", "co".
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook);
        Edit(
            workbook,
            sheet =>
            {
                var criterion = RowOf(sheet, "1");
                SetText(sheet, $"A{criterion}", "Tieu chi");
                InsertRowAfter(
                    sheet,
                    criterion,
                    ["chi tieu", "1.1", "Có quy hoạch chung xã", "Approved plan", "", "dat", "HasApprovedCommunePlan"],
                    [("J", "da xac nhan"), ("K", "test source"), ("M", "co"), ("N", "DA XAC NHAN"), ("O", "test")]
                );
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        var set = ImportedCatalog().Get("national/2026-2030/commune");
        var plan = set.FindIndicator("1.1")!;
        Assert.True(set.Criteria[0].IsComplete);
        Assert.Equal(ThresholdDirection.MustHold, plan.Direction);
        Assert.Equal(ValueStatus.Confirmed, plan.Status);
        var required = plan.ThresholdFor(null, 2, 2026)!;
        Assert.True(required.Value.Boolean);
        Assert.Equal(ValueStatus.Confirmed, required.Status);
    }

    [Fact]
    public void AnIndicatorTypedUnderACriterionWithoutIndicators_DoesNotDecideItAlone_TillItsKindSaysSo()
    {
        // The sources list none of criterion 6's indicators; an office types the one it has read, 6.1, and leaves the
        // kind as exported. The criterion was taken as complete, achieved on 6.1 alone.
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        string? kind = null;
        var row = 0;
        Edit(
            workbook,
            sheet =>
            {
                row = RowOf(sheet, "6");
                kind = Text(sheet, $"A{row}");
                InsertRowAfter(
                    sheet,
                    row,
                    IndicatorRow(
                        "6.1",
                        "Tỷ lệ hộ nghèo đa chiều",
                        "Poverty rate",
                        "%",
                        "≤",
                        "MultidimensionalPovertyRate"
                    ),
                    [("M", "2"), ("N", "unconfirmed"), ("O", "test: QĐ 51/2025/QĐ-TTg, Phụ lục I")]
                );
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal("criterion (partial)", kind);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.EndsWith(
            "national/2026-2030/commune@2025-12-29: criterion given in part, which nothing achieves: 6 "
                + $"('commune@2025-12-29'!A{row}); write \"criterion\" in the kind cell of each whose indicators are "
                + "now all there",
            import.Out.TrimEnd(),
            StringComparison.Ordinal
        );
        var set = ImportedCatalog().Get("national/2026-2030/commune");
        var report = set.Evaluate(
            set.Inputs.CreateBuilder().Set("CommuneGroup", 2.0).Set("MultidimensionalPovertyRate", 1.5).Build()
        );
        Assert.Equal(Outcome.Achieved, report["6.1"].Outcome);
        Assert.Equal(Outcome.NotEncoded, report.Criteria.Single(c => c.Criterion.Number == "6").Outcome);
        var diff = Cli.Run(
            "diff",
            "national/2026-2030/commune",
            _folder.File("rules/national/2026-2030/commune@2025-12-29.json"),
            "--lang",
            "en"
        );
        Assert.Matches(
            @"(?m)^criterion's indicators +6 +none \(not encoded\) +only some \(never achieved\)$",
            diff.Out
        );
    }

    [Fact]
    public void Import_InputsAddedForOneSheet_AreDeclaredByItsSetOnly_AndTheOtherSheetIsNotWritten()
    {
        // The 2026 sheet gains an indicator that reads a new input under a condition on another; the 2021-2025 sheet
        // is left as exported. It was written too, declaring both inputs: a copy of the shipped version.
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", Standard, "--out", workbook, "--lang", "en");
        Edit(
            workbook,
            sheet =>
                InsertRowAfter(
                    sheet,
                    RowOf(sheet, "1"),
                    IndicatorRow(
                        "1.1",
                        "Tỷ lệ hộ dùng nước sạch",
                        "Households with clean water",
                        "%",
                        "≥",
                        "CleanWaterShare",
                        appliesWhen: "input.HasPipedWaterScheme"
                    ),
                    [("M", "90"), ("N", "unconfirmed"), ("O", "test: QĐ 51/2025/QĐ-TTg, Phụ lục I")]
                ),
            inputs: ["CleanWaterShare", "number", "%", "0", "100", "", "Tỷ lệ hộ dùng nước sạch", "Clean water"]
        );
        Edit(workbook, _ => { }, inputs: ["HasPipedWaterScheme", "boolean", "", "", "", "", "Có công trình cấp nước"]);
        var rules = _folder.File("rules");

        var import = Cli.Run("workbook", "import", workbook, "--out", rules, "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains(
            "national/2021-2025/commune-standard@2024-03-01: the sheet says what the version ntm ships says",
            import.Out,
            StringComparison.Ordinal
        );
        var written = Directory.GetFiles(rules, "*.json", SearchOption.AllDirectories);
        Assert.Equal([Path.Combine(rules, "national", "2026-2030", "commune@2025-12-29.json")], written);
        var file = JsonNode.Parse(File.ReadAllText(written[0]))!;
        Assert.Equal(
            ["CleanWaterShare", "HasPipedWaterScheme"],
            file["Inputs"]!.AsArray().Select(i => i!["Name"]!.GetValue<string>())
        );
    }

    [Fact]
    public void Import_ANewInputNoIndicatorReads_IsAProblemAtItsName_NotDeclaredNowhere()
    {
        var (import, row) = Import2026WithInput(["SpareShare", "number", "%", "0", "100"]);

        AssertOneProblem(
            import,
            $"'Inputs'!A{row}",
            "no indicator of the workbook reads the new input \"SpareShare\" (in its \"Input\" or \"Applies when\" "
                + "cell), so no set would declare it: use it in an indicator, or delete its row"
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Import_ASheetWhoseRowsAreNotRead_LeavesItsNewInputsUnjudged()
    {
        // The sheet that reads the new input names no set to start from: that is its one problem.
        var workbook = With2026Indicator(
            ["Share", "number", "%", "0", "100", "", "Tỷ lệ", "Share"],
            [("M", "50"), ("N", "unconfirmed"), ("O", "test")],
            out _
        );
        Edit(workbook, sheet => SetText(sheet, "B3", "national/2026-2030/commune@1999"));

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        AssertOneProblem(
            import,
            "'commune@2025-12-29'!B3",
            "there is no set \"national/2026-2030/commune@1999\" to start from; ntm workbook export writes this cell, "
                + "and it must not be edited: write national/2026-2030/commune@2025-12-29 back"
        );
    }

    [Theory]
    [InlineData(
        null,
        "2024-03-01",
        "ô trống; ntm workbook export ghi vào đây phiên bản mà trang được xuất từ, và ô này"
    )]
    [InlineData("national/2021-2025/commune-standrd@2024-03-01", "2025-01-01", "không có bộ tiêu chí")]
    public void Import_AnExportedFromCellEmptiedOrMistyped_SaysWhatToWriteBack(
        string? exportedFrom,
        string version,
        string start
    )
    {
        // Left as exported, the sheet's id and version say what the cell said; edited for a new version, a slip of
        // the cell's own text does.
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", Standard, "--out", workbook);
        Edit(
            workbook,
            sheet =>
            {
                SetText(sheet, "B3", exportedFrom);
                SetText(sheet, "B2", version);
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"));

        Assert.Equal(2, import.ExitCode);
        var problem = import.Error.Split(Environment.NewLine)[0];
        Assert.Contains($"'commune-standard@2024-03-01'!B3: {start}", problem, StringComparison.Ordinal);
        Assert.EndsWith(
            ": hãy ghi lại national/2021-2025/commune-standard@2024-03-01",
            problem,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Import_AnEnumerationInputWithValueNames_ReadsThemAndRefusesALineOfAnotherForm()
    {
        // An indicator applies where the water is piped: the condition reads the new input.
        static void ReadByACondition(SheetData sheet) =>
            InsertRowAfter(
                sheet,
                RowOf(sheet, "1"),
                IndicatorRow(
                    "1.1",
                    "Có quy hoạch chung xã được phê duyệt",
                    "Approved commune plan",
                    "",
                    "must hold",
                    "HasApprovedCommunePlan",
                    appliesWhen: "input.WaterSource == \"piped\""
                ),
                [("M", "yes"), ("N", "unconfirmed"), ("O", "test: QĐ 51/2025/QĐ-TTg, Phụ lục I")]
            );
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        Edit(
            workbook,
            ReadByACondition,
            inputs:
            [
                "WaterSource",
                "enum",
                "",
                "",
                "",
                "piped, well",
                "Nguồn nước",
                "Water source",
                "piped = Nước máy; Tap water\nwell = Giếng",
            ]
        );
        var broken = _folder.File("broken.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", broken, "--lang", "en");
        Edit(
            broken,
            ReadByACondition,
            inputs: ["WaterSource", "enum", "", "", "", "piped, well", "Nguồn nước", "Water source", "piped: Nước máy"]
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");
        var refused = Cli.Run("workbook", "import", broken, "--out", _folder.File("rules2"), "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        var inputs = ImportedCatalog().Get("national/2026-2030/commune").Inputs;
        Assert.Equal("piped", inputs.CreateBuilder().Set("WaterSource", "nuoc may").Build()["WaterSource"].Text);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("broken.xlsx: 'Inputs'!I", refused.Error, StringComparison.Ordinal);
        Assert.Contains(
            ": the line \"piped: Nước máy\" is not of the form CODE = name; name",
            refused.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("85,5", 85.5)]
    [InlineData("85.25", 85.25)]
    [InlineData("0,125", 0.125)]
    [InlineData("1234,5", 1234.5)]
    public void Import_ThresholdWrittenAsText_IsReadWithEitherDecimalMark(string text, double expected)
    {
        var workbook = With2026Indicator(
            ["Income", "number", "", "", "", "", "Thu nhập", "Income"],
            [("M", text), ("N", "unconfirmed"), ("O", "test: QĐ 51/2025/QĐ-TTg, Phụ lục I")],
            out _
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        var set = ImportedCatalog().Get("national/2026-2030/commune");
        Assert.Equal(expected, set.FindIndicator("1.1")!.ThresholdFor(null, 1, 2026)!.Value.Number);
    }

    [Fact]
    public void Import_NewInputsRangeWrittenAsText_IsKept()
    {
        var workbook = With2026Indicator(
            ["Share", "number", "%", "0", "99,5", "", "Tỷ lệ", "Share"],
            [("M", "50"), ("N", "unconfirmed"), ("O", "test: QĐ 51/2025/QĐ-TTg, Phụ lục I")],
            out _
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        var share = ImportedCatalog()
            .Get("national/2026-2030/commune")
            .Inputs.Declarations.Single(d => d.Name == "Share");
        Assert.Equal((0, 99.5), (share.Minimum, share.Maximum));
    }

    public static TheoryData<string[], string, string> RefusedInputRows()
    {
        static string BadName(string name) =>
            $"input name '{name}' is not usable as input.Name: use ASCII letters, digits and '_', starting with a "
            + "letter, and not a word expressions give a meaning of their own (and, or, not, in, true, false, null, "
            + "new, Math, …)";
        return new()
        {
            { ["Clean-Water", "number", "%", "0", "100"], "A", BadName("Clean-Water") },
            { ["Tỷlệ", "number", "%", "0", "100"], "A", BadName("Tỷlệ") },
            { ["and", "number", "%", "0", "100"], "A", BadName("and") },
            { ["Math", "number", "%", "0", "100"], "A", BadName("Math") },
            {
                ["Share", "số", "%", "0", "100"],
                "B",
                "\"số\" is not allowed here; write one of: number, integer, boolean, text, enum"
            },
            {
                ["Share", "number", "%", "100", "0"],
                "D",
                "input 'Share' has its minimum (Minimum) 100 above its maximum (Maximum) 0"
            },
            {
                ["Share", "text", "", "", "100"],
                "E",
                "input 'Share' is not a number, so it cannot have a minimum or maximum (Minimum, Maximum)"
            },
            {
                ["Share", "number", "%", "0", "100", "a, b"],
                "F",
                "input 'Share' is not an enumeration, so it cannot list allowed values (Values)"
            },
            { ["Share", "enum", "", "", "", ""], "F", "enumeration input 'Share' lists no allowed values (Values)" },
            { ["Share", "number", "%", "0", "hundred"], "E", "\"hundred\" is not a number; write a number" },
        };
    }

    [Theory]
    [MemberData(nameof(RefusedInputRows))]
    public void Import_RefusedInputRow_IsOneProblemAtTheCellOfItsField(string[] input, string column, string expected)
    {
        var workbook = With2026Indicator(input, [("M", null), ("N", "not set")], out var row);

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        // The indicator that reads the refused input is not a second problem.
        AssertOneProblem(import, $"'Inputs'!{column}{row}", expected);
    }

    [Fact]
    public void Import_AValueInAColumnTheSheetDoesNotHave_IsAProblem_NotLost()
    {
        // An officer's own column beside the table, and a new input described in a column past the inputs sheet's.
        var workbook = With2026Indicator(
            ["Share", "number", "%", "0", "100", "", "Tỷ lệ", "Share", "", "xem lại"],
            [("M", "80"), ("N", "unconfirmed"), ("O", "test"), ("AC", "kiểm tra lại với sở")],
            out var row
        );
        var headerRow = CriteriaSheetLayout.TableHeaderRow;
        Edit(workbook, sheet => SetText(sheet, $"AC{headerRow}", "Ghi chú của tỉnh"));

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal(2, import.ExitCode);
        Assert.Equal(
            [
                $"{Cli.Shown(_folder.File("w.xlsx"))}: 'Inputs'!J{row}: the column has no header and is not "
                    + "one ntm reads, so this value would be lost on import: write it in the \"Note\" or \"Source\" "
                    + "column, or delete it",
                $"{Cli.Shown(_folder.File("w.xlsx"))}: 'commune@2025-12-29'!AC{headerRow + 2}: the column "
                    + "'Ghi chú của tỉnh' "
                    + "is not one ntm reads, so this value would be lost on import: write it in the \"Note\" or "
                    + "\"Source\" column, or delete it",
                "ntm: nothing written: the workbook has 2 problems",
            ],
            import.Error.TrimEnd().Split(Environment.NewLine)
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Import_AValueAboveTheTableOutsideTheHeaderBlock_IsAProblem_NotLost()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        Edit(
            workbook,
            sheet =>
            {
                SetText(sheet, "C7", "chờ văn bản của bộ");
                SetText(sheet, "E1", "Người nhập: Nguyễn Văn A");
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal(2, import.ExitCode);
        var problem =
            "this cell is not one ntm reads (above the table, only labels in column A and their values in column B "
            + "are), so its value would be lost on import: write it in the \"Note\" column of a row, or delete it";
        Assert.Equal(
            [
                $"{Cli.Shown(_folder.File("w.xlsx"))}: 'commune@2025-12-29'!E1: {problem}",
                $"{Cli.Shown(_folder.File("w.xlsx"))}: 'commune@2025-12-29'!C7: {problem}",
                "ntm: nothing written: the workbook has 2 problems",
            ],
            import.Error.TrimEnd().Split(Environment.NewLine)
        );
    }

    [Fact]
    public void Import_ANewInputWithoutAName_IsAProblemAtItsName()
    {
        var (import, row) = Import2026WithInput(["", "number", "%", "0", "100"]);

        AssertOneProblem(import, $"'Inputs'!A{row}", "\"Name\" is needed");
    }

    [Fact]
    public void Import_RefusedInputRow_InVietnamese_NamesTheFieldInTheWordsOfItsColumn()
    {
        var workbook = With2026Indicator(
            ["Share", "number", "%", "10.5", "5"],
            [("M", null), ("N", "not set")],
            out var row
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"));

        AssertOneProblem(
            import,
            $"'Inputs'!D{row}",
            "đầu vào 'Share' có giá trị nhỏ nhất (Minimum) 10,5 lớn hơn giá trị lớn nhất (Maximum) 5",
            vietnamese: true
        );
    }

    [Fact]
    public void Import_ThresholdRowOfAYearTheSetNeverCovers_IsAProblemAtItsYear()
    {
        (string, string?)[] thresholds = [("M", "80"), ("N", "unconfirmed"), ("O", "test")];

        var (import, criterion) = Import2026WithRows(
            (Indicator2026("Đường xã được cứng hóa", "2026"), thresholds),
            (Indicator2026("", "2036"), thresholds)
        );

        AssertOneProblem(
            import,
            $"'commune@2025-12-29'!I{criterion + 2}",
            "2036 is neither a year of the set's period (2026-2030) nor of its days in force (2026-02-15 – "
                + "2030-12-31): the row would never apply"
        );
    }

    [Fact]
    public void Import_AYearRowOfAYearAlreadyGiven_IsAProblemAtItsCell_NotASecondValueNeverApplied()
    {
        var (import, criterion) = Import2026WithRows(
            (
                Indicator2026("Đường xã được cứng hóa", "2026"),
                [("Q", "80"), ("R", "unconfirmed"), ("S", "test"), ("U", "70"), ("V", "unconfirmed"), ("W", "t")]
            ),
            (Indicator2026("", "2026"), [("Q", "85"), ("R", "unconfirmed"), ("S", "t")])
        );

        AssertOneProblem(
            import,
            $"'commune@2025-12-29'!Q{criterion + 2}",
            $"the \"Group 1\" column already has the threshold of 2026 at Q{criterion + 1}: a threshold is stated "
                + "once (each year row gives another year)"
        );
    }

    [Theory]
    [InlineData("M", "80", "All")]
    [InlineData("N", "confirmed", "All status")]
    [InlineData("F", "≥", "Direction")]
    [InlineData("H", "input.HasTraditionalCraft", "Applies when")]
    [InlineData("I", "2024", "Year")]
    public void Import_ACellOfACriterionsRowThatOnlyIndicatorsHave_IsAProblem_NotLost(
        string column,
        string text,
        string header
    )
    {
        var (import, row) = ImportStandardWithCell(sheet => RowOf(sheet, "3"), column, text);

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!{column}{row}",
            $"this cell is not read: a criterion has no \"{header}\", which its indicators' rows give; move the "
                + "value to an indicator's row or clear the cell"
        );
    }

    [Fact]
    public void Import_AYearRowCopiedFromItsIndicator_IsRead_AndACellItChanges_IsAProblem_NotLost()
    {
        // The indicator's row copied and pasted below it, its name cleared and its year changed; once with its source.
        (string, string?)[] thresholds = [("M", "80"), ("N", "unconfirmed"), ("O", "test")];
        var (import, criterion) = Import2026WithRows(
            (Indicator2026("Đường xã", "2026"), thresholds),
            (Indicator2026("", "2027"), thresholds),
            (Indicator2026("", "2028", source: "CV 9"), thresholds)
        );

        AssertOneProblem(
            import,
            $"'commune@2025-12-29'!K{criterion + 3}",
            "this cell is not read: a year row holds its year and thresholds only, and the indicator's \"Source\" is "
                + $"K{criterion + 1}; change it there or clear this cell"
        );
    }

    [Fact]
    public void Import_AnIndicatorWithNoThresholdCell_IsAProblemAtItsAllCell_InTheSheetsWords()
    {
        var (import, criterion) = Import2026WithRows(
            (IndicatorRow("1.1", "Có quy hoạch", "", "", "must hold", "HasApprovedCommunePlan"), [])
        );

        AssertOneProblem(
            import,
            $"'commune@2025-12-29'!M{criterion + 1}",
            "indicator 1.1 has no threshold cell filled: write a value and its status in the \"All\" column or in "
                + "the column of each region (commune group), or, where the sources give no value, write \"not set\" "
                + "in a status cell"
        );
    }

    // Indicator 1.1 of the 2026-2030 set, the share of paved commune roads, in a row of the given year.
    private static string[] Indicator2026(string name, string year, string source = "test") =>
        IndicatorRow("1.1", name, "", "%", "≥", "PavedCommuneRoadRate", year: year, source: source);

    // The 2026-2030 set exported in English, the rows inserted under criterion 1 in order, each with its threshold
    // cells, then imported; with the row of criterion 1.
    private (CliResult Import, int Criterion) Import2026WithRows(
        params (string[] Fields, (string, string?)[] Thresholds)[] rows
    )
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        var criterion = 0;
        Edit(
            workbook,
            sheet =>
            {
                criterion = RowOf(sheet, "1");
                for (var i = 0; i < rows.Length; i++)
                {
                    InsertRowAfter(sheet, criterion + i, rows[i].Fields, rows[i].Thresholds);
                }
            }
        );
        return (Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en"), criterion);
    }

    public static TheoryData<string, string, string> BadCells() =>
        new()
        {
            { "M", "≥ 80%", "'commune-standard@2024-03-01'!M{row}: \"≥ 80%\" is not a number; write 80" },
            {
                "M",
                "1,500%",
                "'commune-standard@2024-03-01'!M{row}: \"1,500%\" reads two ways, as 1500 or as 1.5; write the "
                    + "number meant without a thousands separator"
            },
            {
                "B",
                "2.9",
                "'commune-standard@2024-03-01'!B{row}: indicator 2.9 stands under criterion 3, but its number is "
                    + "criterion 2's: put the row under criterion 2 (was the table sorted?)"
            },
            {
                "M",
                "190",
                "'commune-standard@2024-03-01'!M{row}: 190 is outside the range of IrrigatedFarmlandRate (0–100 %)"
            },
            {
                "O",
                "",
                "'commune-standard@2024-03-01'!O{row}: a value marked confirmed needs its source (decision, annex, "
                    + "indicator, page) in the source cell beside it"
            },
            {
                "N",
                "sure",
                "'commune-standard@2024-03-01'!N{row}: \"sure\" is not allowed here; write "
                    + "one of: confirmed, unconfirmed, not set"
            },
            {
                "N",
                "not set",
                "'commune-standard@2024-03-01'!N{row}: the cell has a value but its status is \"not set\"; delete "
                    + "the value or change the status"
            },
            {
                "M",
                "",
                "'commune-standard@2024-03-01'!M{row}: the status \"confirmed\" needs a value; where the sources "
                    + "give none, write \"not set\""
            },
            {
                "G",
                "IrrigatedFarmRate",
                "'commune-standard@2024-03-01'!G{row}: there is no input named \"IrrigatedFarmRate\" (closest: "
                    + "IrrigatedFarmlandRate, TrainedWorkerRate, FieldRoadRate); declare "
                    + "a new input on the \"Inputs\" sheet"
            },
            {
                "F",
                ">",
                "'commune-standard@2024-03-01'!F{row}: \">\" is not allowed here; write one "
                    + "of: ≥, ≤, must hold, must not hold"
            },
            { "B", "3.2", "'commune-standard@2024-03-01'!B{next}: number 3.2 is already used at B{row}" },
            {
                "B",
                "3,1",
                "'commune-standard@2024-03-01'!B{row}: \"3,1\": official numbers are written with a point, as the "
                    + "decisions write them: 3.1"
            },
            {
                "A",
                "chỉ số",
                "'commune-standard@2024-03-01'!A{row}: \"chỉ số\" is not allowed here; write "
                    + "one of: criterion, indicator, precondition, criterion (partial), precondition (partial)"
            },
            {
                "M",
                "1,500",
                "'commune-standard@2024-03-01'!M{row}: \"1,500\" reads two ways, as 1500 or as 1.5; write the "
                    + "number meant without a thousands separator"
            },
            { "M", "1.500,5", "'commune-standard@2024-03-01'!M{row}: \"1.500,5\" is not a number; write a number" },
            {
                "H",
                "input.Region ==",
                "'commune-standard@2024-03-01'!H{row}: expression column 16: expected a value, found the end of the "
                    + "expression"
            },
            {
                "G",
                "HasApprovedCommunePlan",
                "'commune-standard@2024-03-01'!F{row}: \"≥\" does not fit HasApprovedCommunePlan (type boolean): "
                    + "write ≥ or ≤ for a number, must hold or must not hold for a boolean"
            },
            {
                "F",
                "must hold",
                "'commune-standard@2024-03-01'!F{row}: \"must hold\" does not fit IrrigatedFarmlandRate (type "
                    + "number): write ≥ or ≤ for a number, must hold or must not hold for a boolean"
            },
            {
                "H",
                "Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động",
                "'commune-standard@2024-03-01'!H{row}: \"Tỷ lệ người có việc làm trên dân số trong độ tuổi lao "
                    + "động có khả năng tham gia lao động\" names the input EmploymentRate, which is not yes or no: "
                    + "write a condition on it, such as input.EmploymentRate >= 1"
            },
        };

    [Theory]
    [InlineData("Xã có nghề truyền thống")]
    [InlineData("  xã có NGHỀ truyền thống ")]
    [InlineData("The commune has a traditional craft")]
    [InlineData("HasTraditionalCraft")]
    public void Import_AConditionWrittenAsAYesNoInputsLabel_IsTheConditionThatItHolds(string text)
    {
        var (import, _) = ImportStandardWithCell(sheet => RowOf(sheet, "3.1"), "H", text);

        Assert.True(import.ExitCode == 0, import.Error);
        var set = ImportedCatalog().Get(Standard);
        Assert.Equal("input.HasTraditionalCraft", set.FindIndicator("3.1")!.AppliesWhen);
    }

    // Indicator 7 compares the market, or the store where a commune has none: its rule file's Measure, which the sheet
    // does not have a column for. Its input cell says so when selected, and another input typed there, which would
    // change a name and not what the indicator compares, is refused.
    private const string MarketOrStore =
        "input.HasRuralMarket == true ? input.RuralMarketMeetsStandard : input.RetailStoreMeetsStandard";

    [Fact]
    public void Export_AnIndicatorThatComparesAMeasure_SaysSoAtItsInputCell()
    {
        var workbook = ExportedStandard();

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var part = document.WorkbookPart!;
        var sheet = ((WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var note = Assert.Single(sheet.Descendants<DataValidation>(), v => v.ShowInputMessage?.Value == true);
        Assert.Equal(
            (
                $"G{RowOf(sheet.GetFirstChild<SheetData>()!, "7") + 1}",
                "Measure",
                $"This indicator compares '{MarketOrStore}', not its input alone. That is the rule file's Measure: "
                    + "the workbook does not change it."
            ),
            (note.SequenceOfReferences!.InnerText, note.PromptTitle!.Value, note.Prompt!.Value)
        );
    }

    // Excel refuses a workbook whose input message is longer than 255 characters: a long measure is cut.
    [Fact]
    public void Export_ALongMeasure_IsCutToWhatExcelShows()
    {
        var measure = MarketOrStore;
        for (var i = 0; i < 3; i++)
        {
            measure = $"input.HasRuralMarket == true ? input.RuralMarketMeetsStandard : ({measure})";
        }

        var rules = _folder.File("long");
        var file = Path.Combine(rules, "national", "2021-2025", "commune-standard@2024-03-01.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(
            file,
            File.ReadAllText(Cli.File("rules/national/2021-2025/commune-standard@2024-03-01.json"))
                .Replace(MarketOrStore, measure, StringComparison.Ordinal)
        );
        var workbook = _folder.File("w.xlsx");

        var export = Cli.Run("workbook", "export", Standard, "--rules", rules, "--out", workbook, "--lang", "en");

        Assert.True(export.ExitCode == 0, export.Error);
        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var note = document
            .WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>())
            .Single(v => v.ShowInputMessage?.Value == true)
            .Prompt!.Value!;
        Assert.Equal(255, note.Length);
        Assert.StartsWith($"This indicator compares '{measure[..100]}", note, StringComparison.Ordinal);
        Assert.EndsWith(
            "…', not its input alone. That is the rule file's Measure: the workbook does not change it.",
            note
        );
    }

    [Fact]
    public void Import_AnotherInputForAnIndicatorThatComparesAMeasure_IsAProblemAtTheInput()
    {
        var (import, row) = ImportStandardWithCell(sheet => RowOf(sheet, "7") + 1, "G", "RetailStoreMeetsStandard");

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!G{row}",
            $"indicator 7 compares '{MarketOrStore}', the Measure of its rule file, not its input alone: another "
                + "input here would not change what it compares; keep RuralMarketMeetsStandard, and change the Measure "
                + "in the rule file"
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Import_AnIndicatorThatComparesAMeasure_Renumbered_IsAProblemAtItsNumber()
    {
        // 7 typed as 7.1 was imported as a new indicator comparing the market alone, without a word.
        var (import, row) = ImportStandardWithCell(sheet => RowOf(sheet, "7") + 1, "B", "7.1");

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!B{row}",
            $"7.1 reads the input of indicator 7, which the sheet no longer has and which compares '{MarketOrStore}', "
                + "the Measure of its rule file: under a new number it is a new indicator comparing its input alone; "
                + "keep the number 7, or renumber it in the rule file"
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    // A spreadsheet sorts "Số" as text: 1, 1.1, 10, 10.1, …, 19.2, 2, 2.1. The rows are still under their criteria; the
    // file, and the reports, keep the decision's order.
    [Fact]
    public void Import_ASheetSortedByNumberAsText_IsTheSetInOfficialOrder()
    {
        var workbook = ExportedStandard();
        Edit(
            workbook,
            sheet =>
            {
                var rows = sheet.Elements<Row>().Where(r => r.RowIndex! > CriteriaSheetLayout.TableHeaderRow).ToList();
                var first = rows[0].RowIndex!.Value;
                var sorted = rows.OrderBy(r => Text(sheet, $"B{r.RowIndex}"), StringComparer.Ordinal).ToList();
                foreach (var row in rows)
                {
                    row.Remove();
                }

                foreach (var (row, index) in sorted.Select((r, i) => (r, (uint)(first + i))))
                {
                    row.RowIndex = index;
                    foreach (var cell in row.Elements<Cell>())
                    {
                        cell.CellReference =
                            new string([.. cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter)]) + index;
                    }

                    sheet.Append(row);
                }

                Assert.Equal("10", Text(sheet, $"B{RowOf(sheet, "1.2") + 1}"));
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("the sheet says what the version ntm ships says; no file written", import.Out);
    }

    // A condition is tested as equal to its value: "không" where it must hold would fail every commune that meets it.
    [Theory]
    [InlineData(
        "M",
        "không",
        "\"không\" contradicts the indicator's direction \"must hold\": write \"yes\"; for a condition that must not "
            + "hold, write \"must not hold\" in the direction cell"
    )]
    [InlineData(
        "F",
        "không",
        "\"yes\" contradicts the indicator's direction \"must not hold\": write \"no\"; for a condition that must "
            + "hold, write \"must hold\" in the direction cell"
    )]
    public void Import_AConditionsValueAgainstItsDirection_IsAProblemAtTheValue(
        string column,
        string text,
        string expected
    )
    {
        var (import, row) = ImportStandardWithCell(sheet => RowOf(sheet, "1.1"), column, text);

        AssertOneProblem(import, $"'commune-standard@2024-03-01'!M{row}", expected);
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Theory]
    [InlineData("Đạt")]
    [InlineData("dat")]
    public void Import_AConditionsValueWrittenAsTheAnnexWritesIt_IsThatItHolds(string text)
    {
        var (import, _) = ImportStandardWithCell(sheet => RowOf(sheet, "1.1"), "M", text);

        // Read as "có", the sheet says what the shipped version says.
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("the sheet says what the version ntm ships says; no file written", import.Out + import.Error);
    }

    [Theory]
    [MemberData(nameof(BadCells))]
    public void Import_BadCell_IsAProblemAtItsCell_AndNothingIsWritten(string column, string text, string expected)
    {
        var (import, row) = ImportStandardWithCell(sheet => RowOf(sheet, "3.1"), column, text);

        var (at, message) = expected
            .Replace("{row}", row.ToString(), StringComparison.Ordinal)
            .Replace("{next}", (row + 1).ToString(), StringComparison.Ordinal)
            .Split(": ", 2) switch
        {
            [var cell, var said] => (cell, said),
            _ => throw new ArgumentException(expected),
        };
        AssertOneProblem(import, at, message);
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Export_NumbersAreTextCells_InAColumnOfTheTextFormat_SoThat2Point10StaysItself()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", Standard, "--out", workbook);

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var part = document.WorkbookPart!;
        var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool IsText(uint style) => formats[(int)style].NumberFormatId?.Value == 49;
        var sheet = ((WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var column = sheet.GetFirstChild<Columns>()!.Elements<Column>().Single(c => c.Min!.Value == 2);
        Assert.True(IsText(column.Style!.Value));
        var numbers = sheet
            .Descendants<Cell>()
            .Where(c =>
                c.CellReference!.Value!.StartsWith('B')
                && ((Row)c.Parent!).RowIndex!.Value > CriteriaSheetLayout.TableHeaderRow
            )
            .ToList();
        Assert.Equal(19 + 57, numbers.Count);
        Assert.All(numbers, cell => Assert.True(IsText(cell.StyleIndex!.Value), cell.CellReference));
    }

    [Fact]
    public void Import_ANumberHeldAsANumber_ThatDuplicatesAnother_SaysHowASpreadsheetMadeIt()
    {
        // "3.10" typed in a cell of the General format is the number 3.1.
        var workbook = ExportedStandard();
        var (row, first) = (0, 0);
        Edit(
            workbook,
            sheet =>
            {
                (row, first) = (RowOf(sheet, "3.2"), RowOf(sheet, "3.1"));
                var cell = sheet.Descendants<Cell>().Single(c => c.CellReference == $"B{row}");
                cell.DataType = null;
                cell.InlineString = null;
                cell.CellValue = new CellValue(3.1);
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!B{row}",
            $"number 3.1 is already used at B{first}; this cell holds the number 3.1, which a spreadsheet makes of "
                + "3.10 typed in a cell of the General format: format the cell as Text and type the number again"
        );
    }

    [Fact]
    public void Import_AVersionAndDaysTheProgramTookForDates_AreThoseDays_NotTheirSerialNumbers()
    {
        var import = ImportStandardWithDates(
            (sheet => HeaderRow(sheet, "Version"), "B", new DateOnly(2025, 7, 1)),
            (sheet => HeaderRow(sheet, "In force from"), "B", new DateOnly(2025, 7, 1))
        );

        Assert.True(import.ExitCode == 0, import.Error);
        var written = Path.Combine(_folder.File("rules"), "national", "2021-2025", "commune-standard@2025-07-01.json");
        var set = JsonNode.Parse(File.ReadAllText(written))!["Properties"]!["Set"]!;
        Assert.Equal(
            ("2025-07-01", "2025-07-01"),
            (set["Version"]!.GetValue<string>(), set["InForce"]!["From"]!.GetValue<string>())
        );
    }

    [Fact]
    public void Import_DaysWrittenInWordsAsADecisionDatesItself_AreRead()
    {
        var workbook = ExportedStandard();
        Edit(
            workbook,
            sheet =>
            {
                SetText(sheet, $"B{HeaderRow(sheet, "Version")}", "2025-07-01");
                SetText(sheet, $"B{HeaderRow(sheet, "In force from")}", "ngày 01 tháng 7 năm 2025");
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.True(import.ExitCode == 0, import.Error);
        var written = Path.Combine(_folder.File("rules"), "national", "2021-2025", "commune-standard@2025-07-01.json");
        var set = JsonNode.Parse(File.ReadAllText(written))!["Properties"]!["Set"]!;
        Assert.Equal("2025-07-01", set["InForce"]!["From"]!.GetValue<string>());
    }

    [Fact]
    public void Import_DaysOfAWorkbookThatCountsThemFrom1904_AreThoseDays_NotFourYearsEarlier()
    {
        var import = ImportStandardWithStyledCells(
            part =>
            {
                Workbooks.CountDaysFrom1904(part);
                return Workbooks.AddDateStyle(part);
            },
            [
                (sheet => HeaderRow(sheet, "Version"), "B", style => Workbooks.DateFrom1904(new(2025, 7, 1), style)),
                (sheet => HeaderRow(sheet, "In force from"), "B", _ => Workbooks.DateFrom1904(new(2025, 7, 1), 0)),
            ]
        );

        // The day in force from has lost its date format: its number is still a day of the workbook's system.
        Assert.True(import.ExitCode == 0, import.Error);
        var written = Path.Combine(_folder.File("rules"), "national", "2021-2025", "commune-standard@2025-07-01.json");
        var set = JsonNode.Parse(File.ReadAllText(written))!["Properties"]!["Set"]!;
        Assert.Equal("2025-07-01", set["InForce"]!["From"]!.GetValue<string>());
    }

    [Fact]
    public void Import_AThresholdTheProgramTookForADate_IsAProblemAtItsCell_NotItsSerialNumber()
    {
        var row = 0;
        var import = ImportStandardWithDates((sheet => row = RowOf(sheet, "2.1"), "M", new DateOnly(2026, 5, 1)));

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!M{row}",
            "the cell is a date (2026-05-01), not a number (the spreadsheet program took what was typed for a date: "
                + "format the cell as a number or as text and type it again)"
        );
    }

    [Fact]
    public void Import_AFormula_IsReadAsTheValueItComputed()
    {
        var import = ImportStandardWithStyledCells(
            _ => 0,
            [(sheet => RowOf(sheet, "2.1"), "M", _ => Formula("90+5", "95"))]
        );

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal(95, ImportedCatalog().Get(Standard).FindIndicator("2.1")!.Thresholds.Single().Value.Number);
    }

    [Fact]
    public void Import_AFormulaNeverComputed_OrInError_IsAProblemAtItsCell_NotAnEmptyCellOrItsText()
    {
        // A workbook an office's own program wrote holds formulas no spreadsheet has computed: a note read as empty was
        // dropped without a word, and a value read as empty said "the cell has a value but its status is not set". A
        // source copied from a sheet since deleted, #REF!, was written into the rule file as the source.
        var row = 0;
        var import = ImportStandardWithStyledCells(
            _ => 0,
            [
                (sheet => row = RowOf(sheet, "2.2"), "M", _ => Formula("90+5")),
                (
                    sheet => RowOf(sheet, "2.2"),
                    "K",
                    _ => new Cell
                    {
                        DataType = CellValues.Error,
                        CellFormula = new CellFormula("Sources!B7"),
                        CellValue = new("#REF!"),
                    }
                ),
                (sheet => RowOf(sheet, "2.2"), "P", _ => Formula("CONCAT(\"ĐBSH\", \" 100%\")")),
            ]
        );

        var problem =
            "a formula without a computed value (open the file in Excel or LibreOffice and save it to compute it) is "
            + "not a value";
        var workbook = Cli.Shown(_folder.File("w.xlsx"));
        Assert.Equal(2, import.ExitCode);
        Assert.Equal(
            [
                $"{workbook}: 'commune-standard@2024-03-01'!K{row}: the error #REF! of a formula that could not "
                    + "compute (correct the formula or type the value) is not a value",
                $"{workbook}: 'commune-standard@2024-03-01'!M{row}: {problem}",
                $"{workbook}: 'commune-standard@2024-03-01'!P{row}: {problem}",
                "ntm: nothing written: the workbook has 3 problems",
            ],
            import.Error.TrimEnd().Split(Environment.NewLine)
        );
    }

    [Theory]
    [InlineData("w.xls")]
    [InlineData("w.csv")]
    [InlineData("w")]
    public void Export_ToANameNotXlsx_IsRefused(string name)
    {
        var path = _folder.File(name);

        var result = Cli.Run("workbook", "export", Standard, "--out", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            $"{name}: ntm writes the criteria workbook as .xlsx, which a program opening the file by that name would not "
                + "read; give it the extension .xlsx",
            result.Error.Split(Environment.NewLine)[0],
            StringComparison.Ordinal
        );
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Import_AThresholdPastedWithAZeroWidthSpace_IsReadAsTheNumberShown()
    {
        var (import, _) = ImportStandardWithCell(sheet => RowOf(sheet, "2.1"), "M", "\u200B95\u200B");

        Assert.True(import.ExitCode == 0, import.Error);
        var set = ImportedCatalog().Get(Standard);
        Assert.Equal(95, set.FindIndicator("2.1")!.Thresholds.Single().Value.Number);
    }

    [Fact]
    public void Import_AThresholdTypedAsAPercentage_IsTheNumberTheCellShows()
    {
        // 13.9% is stored 0.139, which multiplied out is 13.900000000000002.
        var import = ImportStandardWithStyledCells(
            Workbooks.AddPercentStyle,
            [
                (
                    sheet => RowOf(sheet, "2.1"),
                    "M",
                    style => new Cell { CellValue = new CellValue(0.139), StyleIndex = style }
                ),
            ]
        );

        Assert.True(import.ExitCode == 0, import.Error);
        var set = ImportedCatalog().Get(Standard);
        Assert.Equal(13.9, set.FindIndicator("2.1")!.Thresholds.Single().Value.Number);
    }

    [Theory]
    [InlineData("95%", 95.0)]
    [InlineData("95,5 %", 95.5)]
    public void Import_AThresholdTypedWithAPercentSign_OfAnIndicatorInPercent_IsItsNumber(string text, double number)
    {
        var (import, _) = ImportStandardWithCell(sheet => RowOf(sheet, "2.1"), "M", text);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal(number, ImportedCatalog().Get(Standard).FindIndicator("2.1")!.Thresholds.Single().Value.Number);
    }

    [Theory]
    [InlineData(false, "a percentage")]
    [InlineData(true, "the cell is formatted as a percentage")]
    public void Import_APercentageAsTheThresholdOfAnIndicatorNotInPercent_IsAProblemAtItsCell(
        bool formatted,
        string said
    )
    {
        // Indicator 10, income per capita, stands on the row below its criterion's of the same number.
        var row = 0;
        var import = ImportStandardWithStyledCells(
            Workbooks.AddPercentStyle,
            [
                (
                    sheet => row = RowOf(sheet, "10") + 1,
                    "M",
                    style =>
                        formatted
                            ? new Cell { CellValue = new CellValue(0.52), StyleIndex = style }
                            : Workbooks.Text("52%")
                ),
                (sheet => RowOf(sheet, "10") + 1, "N", _ => Workbooks.Text("unconfirmed")),
                (sheet => RowOf(sheet, "10") + 1, "O", _ => Workbooks.Text("test source")),
            ]
        );

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!M{row}",
            $"{said}, but the input is measured in million VND/person/year"
        );
    }

    [Fact]
    public void Import_ASourcePastedFromAFormTypedInTcvn3_IsReadAsItsFontShowsIt()
    {
        var row = 0;
        var import = ImportStandardWithStyledCells(
            part => Workbooks.AddFontStyle(part, ".VnTime"),
            [
                (
                    sheet => row = RowOf(sheet, "3.1"),
                    "K",
                    style => new Cell
                    {
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text("Q§ 12/2025/Q§-UBND tØnh Thanh Hãa")),
                        StyleIndex = style,
                    }
                ),
            ]
        );

        Assert.True(import.ExitCode == 0, import.Error);
        var set = ImportedCatalog().Get(Standard);
        Assert.Equal("QĐ 12/2025/QĐ-UBND tỉnh Thanh Hóa", set.FindIndicator("3.1")!.Source);
        Assert.Contains(
            "w.xlsx: 1 text cell in the font .VnTime (the TCVN3 encoding) was read as the font shows it: "
                + "'Q§ 12/2025/Q§-UBND tØnh Thanh Hãa' as 'QĐ 12/2025/QĐ-UBND tỉnh Thanh Hóa'",
            import.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(
        "50",
        "the decision has 50 indicators, but the sheet has 57: correct the count from the decision, or "
            + "remove the rows it does not have"
    )]
    [InlineData("about 60", "\"about 60\" is not a whole number")]
    public void Import_ACountOfTheDecisionsIndicatorsBelowTheSheetsOrNotANumber_IsAProblemAtItsCell(
        string text,
        string message
    )
    {
        var (import, row) = ImportStandardWithCell(
            sheet => HeaderRow(sheet, "Indicators in the decision (empty when not known)"),
            "B",
            text
        );

        AssertOneProblem(import, $"'commune-standard@2024-03-01'!B{row}", message);
    }

    [Fact]
    public void Import_AWorkbookExportedBeforeTheDecisionsCountsHadTheirLines_KeepsTheSetsCounts()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "provincial/quang-ninh/commune-model", "--out", workbook, "--lang", "en");
        Edit(
            workbook,
            sheet =>
            {
                foreach (var label in new[] { "Criteria in the decision", "Indicators in the decision" })
                {
                    var row = HeaderRow(sheet, $"{label} (empty when not known)");
                    SetText(sheet, $"A{row}", null);
                    SetText(sheet, $"B{row}", null);
                }
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains(
            "the sheet says what the version ntm ships says; no file written",
            import.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Import_TheDecisionsCountsAnOfficeCorrects_AreTheSets_AndDecideWhetherItIsShortOfIt()
    {
        // Quảng Ninh's model-commune set is exported with the 10 indicators a district's report counts; an office that
        // holds the decision finds 4, the ones the set has.
        var workbook = _folder.File("w.xlsx");
        var export = Cli.Run("workbook", "export", "provincial/quang-ninh/commune-model", "--out", workbook);
        var exported = (Criteria: 0, Indicators: 0);
        Edit(
            workbook,
            sheet =>
            {
                var criteria = HeaderRow(sheet, "Số tiêu chí theo văn bản (để trống khi chưa rõ)");
                var indicators = HeaderRow(sheet, "Số chỉ tiêu theo văn bản (để trống khi chưa rõ)");
                exported = (int.Parse(Text(sheet, $"B{criteria}")!), int.Parse(Text(sheet, $"B{indicators}")!));
                SetText(sheet, $"B{indicators}", "4");
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"));

        Assert.Equal((0, 0), (export.ExitCode, import.ExitCode));
        Assert.Equal((4, 10), exported);
        var set = ImportedCatalog().Get("provincial/quang-ninh/commune-model");
        Assert.Equal((4, 4, false), (set.OfficialCriteriaCount, set.OfficialIndicatorCount, set.IsShortOfItsDecision));
        Assert.True(CriteriaCatalog.Shipped.Get("provincial/quang-ninh/commune-model").IsShortOfItsDecision);
    }

    [Fact]
    public void Import_InForceToBeforeFrom_IsAProblemAtTheToCell()
    {
        var (import, row) = ImportStandardWithCell(sheet => HeaderRow(sheet, "In force to"), "B", "29/02/2024");

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!B{row}",
            "in force to 2024-02-29 is before in force from 2024-03-01: the set would never be in force"
        );
    }

    [Fact]
    public void Import_ANationalSetGivenAnIssuingProvince_IsAProblemAtTheProvince_NotASetForThatProvinceOnly()
    {
        var (import, row) = ImportStandardWithCell(
            sheet => HeaderRow(sheet, "Issuing province (empty for a national set)"),
            "B",
            "Hà Tĩnh"
        );

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!B{row}",
            "national/2021-2025/commune-standard is a national set (its id starts with national/): clear the issuing "
                + "province, or give the set a provincial/… id of the province's own; otherwise it would evaluate the "
                + "communes of Hà Tĩnh only"
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Import_ANationalSheetGivenANewNationalId_IsAProblemAtTheId_NotASecondChainOfItsTier()
    {
        var (import, row) = ImportStandardWithCell(_ => 1, "B", "national/2021-2025/commune-standrd");

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!B{row}",
            "national/2021-2025/commune-standrd would be a new national set of the level, tier and period of "
                + "national/2021-2025/commune-standard, which the sheet was exported from: both would be evaluated. To "
                + "correct national/2021-2025/commune-standard, keep its id; a province's own set has a provincial/… "
                + "id and names its province"
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    // The office that starts its province's set from the national sheet, or a new version from an amending decision,
    // types the decision and the names: what it leaves as exported would trace the set to another text and name.
    [Fact]
    public void Import_ANewSetLeftWithTheNamesAndDecisionSourceItWasStartedFrom_IsAProblemAtEachCell()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        var rows = new Dictionary<string, int>();
        Edit(
            workbook,
            sheet =>
            {
                foreach (var label in new[] { "Set name (Vietnamese)", "Set name (English)", "Decision source" })
                {
                    rows[label] = HeaderRow(sheet, label);
                }

                SetText(sheet, "B1", "provincial/ha-tinh/commune");
                SetText(sheet, $"B{HeaderRow(sheet, "Issuing province (empty for a national set)")}", "Hà Tĩnh");
                SetText(sheet, $"B{HeaderRow(sheet, "Decision")}", "12/2026/QĐ-UBND");
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        const string name =
            "this is the name of national/2026-2030/commune, the set the sheet was exported from: give "
            + "provincial/ha-tinh/commune a name of its own";
        Assert.Equal(2, import.ExitCode);
        Assert.Equal(
            [
                $"'commune@2025-12-29'!B{rows["Set name (Vietnamese)"]}: {name}",
                $"'commune@2025-12-29'!B{rows["Set name (English)"]}: {name}",
                $"'commune@2025-12-29'!B{rows["Decision source"]}: this is the source of 51/2025/QĐ-TTg, the decision "
                    + "of the set the sheet was exported from, not of 12/2026/QĐ-UBND: write where 12/2026/QĐ-UBND "
                    + "was read (page, address)",
                "nothing written: the workbook has 3 problems",
            ],
            import.Error.TrimEnd().Split(Environment.NewLine).Select(l => l.Split(": ", 2)[^1])
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    // The same decision retyped without its diacritics or with other spacing is not another decision: its source stays.
    [Fact]
    public void Import_TheExportedDecisionRetypedOtherwise_KeepsItsSource()
    {
        var (import, _) = ImportStandardWithCell(sheet => HeaderRow(sheet, "Decision"), "B", " 318/QD-TTg ");

        Assert.True(import.ExitCode == 0, import.Error);
    }

    [Fact]
    public void Import_ADecisionNumberLeftEmpty_IsAProblemAtItsCell_InTheSheetsWords()
    {
        var (import, row) = ImportStandardWithCell(sheet => HeaderRow(sheet, "Decision"), "B", "");

        AssertOneProblem(
            import,
            $"'commune-standard@2024-03-01'!B{row}",
            "\"Decision\" is needed: the decision's number, such as 51/2025/QĐ-TTg; where the sources do not give it, "
                + "write \"not set\" in \"Decision status\""
        );
    }

    // A province's folder of its own sets, with its own vocabulary: one set of the synthetic tier chain.
    private string RulesFolderOf(params string[] sets)
    {
        var rules = _folder.File("rules");
        RuleFixtures.CopySyntheticChain(rules, sets);
        return rules;
    }

    [Fact]
    public void Import_ARevisionsSheetExportedWithRulesButImportedWithout_IsNotOfferedAnotherVersionAsItsBase()
    {
        // A ministry's revision of the shipped 2026-2030 set, in its rules folder.
        var rules = _folder.File("rules");
        _folder.Write("rules/" + RuleFixtures.CommuneGroupRevisionPath, RuleFixtures.CommuneGroupRevision);
        var workbook = _folder.File("w.xlsx");
        var export = Cli.Run(
            "workbook",
            "export",
            "national/2026-2030/commune@2026-06-01",
            "--rules",
            rules,
            "--out",
            workbook,
            "--lang",
            "en"
        );
        Assert.True(export.ExitCode == 0, export.Error);

        AssertToldToGiveTheRulesFolder(workbook, "commune@2026-06-01", "national/2026-2030/commune@2026-06-01");

        // Into the folder it came from, the folder is read as --rules would read it.
        var back = Cli.Run("workbook", "import", workbook, "--out", rules, "--lang", "en");
        Assert.True(back.ExitCode == 0, back.Error);
        Assert.Contains("no file written", back.Out + back.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ASheetExportedWithRulesButImportedWithout_IsToldToGiveTheFolder()
    {
        // The model set requires the advanced, which requires the standard: a folder holds the sets they name.
        var rules = RulesFolderOf("commune-standard", "commune-advanced", "commune-model");
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "test/commune-model", "--rules", rules, "--out", workbook, "--lang", "en");

        AssertToldToGiveTheRulesFolder(workbook, "commune-model@2022-01-01", "test/commune-model@2022-01-01");
    }

    [Fact]
    public void Import_ASheetOfAFileInPlaceOfAShippedVersion_WithoutItsFolder_IsToldToGiveIt_NotStartedFromTheShipped()
    {
        // The office's file in place of the shipped 2026-2030 set, with a share its sheet does not show: imported
        // without the folder, the share was lost and 10.1 compared the count of smart villages with 50, unsaid.
        const string Share = "input.SmartVillageModels * 100.0 / input.EthnicMinorityAreaZone";
        var set = JsonNode.Parse(File.ReadAllText(Cli.File("rules/national/2026-2030/commune.json")))!.AsObject();
        var criteria = set["Rules"]!.AsArray();
        criteria[criteria.IndexOf(criteria.First(r => (string?)r!["RuleName"] == "10"))] = JsonNode.Parse(
            $$"""
            { "RuleName": "10", "Operator": "And",
              "Properties": { "Kind": "criterion", "Number": "10", "Name": { "vi": "Tiếp cận pháp luật", "en": "Law" },
                "Status": "confirmed", "Source": "QĐ 51/2025/QĐ-TTg", "Complete": false },
              "Rules": [ { "RuleName": "10.1", "Expression": "{{Share}} >= 50",
                "Properties": { "Kind": "indicator", "Number": "10.1", "Name": { "vi": "Tỷ lệ thử", "en": "A share" },
                  "Status": "unconfirmed", "Source": "a test", "Input": "SmartVillageModels", "Measure": "{{Share}}",
                  "Direction": "min", "Thresholds": [ { "Value": 50, "Status": "unconfirmed", "Source": "a test" } ] } } ] }
            """
        );
        var file = _folder.Write("office/national/2026-2030/commune.json", set.ToJsonString());
        var office = _folder.File("office");
        var workbook = _folder.File("w.xlsx");
        var reference = "national/2026-2030/commune";
        Assert.Equal(0, Cli.Run("workbook", "export", reference, "--rules", office, "--out", workbook).ExitCode);

        var without = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");
        var nothingWritten = !Directory.Exists(_folder.File("rules"));
        var with = Cli.Run("workbook", "import", workbook, "--rules", office, "--out", _folder.File("rules"));

        Assert.Equal(2, without.ExitCode);
        Assert.Contains(
            $"'commune@2025-12-29'!C3: the sheet was exported from {Cli.Shown(file)} (SHA-256 ",
            without.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "which stands in place of the shipped national/2026-2030/commune@2025-12-29; without its folder the "
                + "import starts from the shipped version",
            without.Error,
            StringComparison.Ordinal
        );
        Assert.True(nothingWritten);
        Assert.True(with.ExitCode == 0, with.Error);
        Assert.Equal(Share, ImportedCatalog().Get(reference).FindIndicator("10.1")!.Measure);
    }

    // A sheet exported with --rules, imported into another folder without it: one problem, at its "exported from".
    private void AssertToldToGiveTheRulesFolder(string workbook, string sheet, string exportedFrom)
    {
        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("out"), "--lang", "en");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains(
            $"'{sheet}'!B3: there is no set \"{exportedFrom}\" to start from; ntm workbook export writes this cell, "
                + "and it must not be edited; a sheet exported with --rules is imported with the same --rules folder",
            import.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(
        "01/06/2024",
        null,
        "test/commune-standard@2022-01-01: from 2024-06-01, version 2024-06-01 is taken in its place on the days both "
            + "are in force."
    )]
    [InlineData(
        null,
        "31/12/2023",
        "test/commune-standard@2022-01-01: from 2022-01-01, version 2024-06-01 is taken in its place on the days both "
            + "are in force."
    )]
    [InlineData(
        null,
        null,
        "test/commune-standard@2022-01-01: never used: version 2024-06-01 is in force on all its days (from "
            + "2022-01-01) and is taken in its place; if the revision applies from a later day, give that day as its "
            + "first in force."
    )]
    public void Import_ANewVersionOfASetOfTheRulesFolder_IsSaidToBeOne_AndFromWhenItIsTakenInPlaceOfTheEarlier(
        string? inForceFrom,
        string? inForceTo,
        string taken
    )
    {
        // A province's folder of its own sets: a revision of one is a new version, not a new set. One whose days in
        // force were left as exported stands in place of the earlier version on every day; one that ends sooner does not.
        var rules = RulesFolderOf("commune-standard");
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "test/commune-standard", "--rules", rules, "--out", workbook, "--lang", "en");
        Edit(
            workbook,
            sheet =>
            {
                SetText(sheet, $"B{HeaderRow(sheet, "Version")}", "2024-06-01");
                if (inForceFrom is not null)
                {
                    SetText(sheet, $"B{HeaderRow(sheet, "In force from")}", inForceFrom);
                }

                if (inForceTo is not null)
                {
                    SetText(sheet, $"B{HeaderRow(sheet, "In force to")}", inForceTo);
                }
            }
        );

        var import = Cli.Run("workbook", "import", workbook, "--rules", rules, "--out", rules, "--lang", "en");

        Assert.Equal(0, import.ExitCode);
        var lines = import.Out.TrimEnd().Split(Environment.NewLine);
        Assert.EndsWith("; a new version, beside those there are", lines[0], StringComparison.Ordinal);
        Assert.Equal([taken], lines[1..]);
    }

    [Fact]
    public void Import_AProvincesSetStartedFromTheNationalOne_NamesItsProvinceAndNotTheNationalSetsNotes()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune-modern", "--out", workbook, "--lang", "en");
        const string id = "provincial/ha-tinh/commune-modern";
        var provinceRow = 0;
        CliResult Import(string? province)
        {
            Edit(
                workbook,
                sheet =>
                {
                    SetText(sheet, "B1", id);
                    SetText(sheet, $"B{HeaderRow(sheet, "Version")}", "2026-06-01");
                    SetText(sheet, $"B{HeaderRow(sheet, "Set name (Vietnamese)")}", "Xã NTM hiện đại tỉnh Hà Tĩnh");
                    SetText(sheet, $"B{HeaderRow(sheet, "Set name (English)")}", "Ha Tinh's modern communes");
                    SetText(sheet, $"B{HeaderRow(sheet, "Decision")}", "15/2026/QĐ-UBND");
                    SetText(sheet, $"B{HeaderRow(sheet, "Decision source")}", "test: QĐ 15/2026/QĐ-UBND, page 1");
                    SetText(sheet, $"B{HeaderRow(sheet, "In force from")}", "01/06/2026");
                    SetText(
                        sheet,
                        $"B{provinceRow = HeaderRow(sheet, "Issuing province (empty for a national set)")}",
                        province
                    );
                }
            );
            return Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");
        }

        var unnamed = Import(province: null);
        var named = Import("Hà Tĩnh");

        AssertOneProblem(
            unnamed,
            $"'commune-modern@2025-12-29'!B{provinceRow}",
            $"{id} is a province's set (its id starts with provincial/): name the issuing province, or the set would "
                + "be taken for a national one and evaluate every commune"
        );
        Assert.Equal(0, named.ExitCode);
        Assert.EndsWith("a new set, used under --rules", named.Out.TrimEnd(), StringComparison.Ordinal);
        var set = ImportedCatalog().Get(id);
        Assert.Equal(("Hà Tĩnh", false), (set.Province, set.IsComplete));
        // RulesEngine keys a workflow by its name: the file must not pass for the national workflow it started from.
        Assert.Equal(id, set.Workflow.Workflow.Name);
        Assert.Empty(set.Notes);
        Assert.Null(set.OfficialCriteriaCount);
        Assert.DoesNotContain(ImportedCatalog().InForceOn(new(2026, 12, 31), Level.Commune), s => s.Id == id);
    }

    [Fact]
    public void Import_AnExistingInputsLabelEdited_IsAProblemAtItsCell_NotLostInSilence()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        using (var document = SpreadsheetDocument.Open(workbook, isEditable: true))
        {
            var part = document.WorkbookPart!;
            var inputs = part.Workbook.Sheets!.Elements<Sheet>().Last();
            SetText(((WorksheetPart)part.GetPartById(inputs.Id!)).Worksheet.GetFirstChild<SheetData>()!, "G2", "Vùng");
        }

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");

        AssertOneProblem(
            import,
            "'Inputs'!G2",
            "the input \"Region\" exists with another declaration; an existing input cannot be changed here"
        );
    }

    [Fact]
    public void Import_AWorkbookOfCommuneData_SaysItHasNoCriteriaSheet()
    {
        var data = _folder.File("data.xlsx");
        Workbooks.Write(
            data,
            ["Mã xã", "Vùng"],
            [
                [Workbooks.Text("X0001"), Workbooks.Text("BTB")],
            ]
        );

        var import = Cli.Run("workbook", "import", data, "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal(2, import.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(_folder.File("data.xlsx"))}: the workbook has no criteria sheet (one with "
                + "\"Set id\" in column A); start from a file written by ntm workbook export",
            import.Error.TrimEnd()
        );
    }

    [Fact]
    public void Import_InVietnamese_NamesTheCellInVietnamese()
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", Standard, "--out", workbook);
        var row = 0;
        Edit(workbook, sheet => SetText(sheet, $"M{row = RowOf(sheet, "3.1")}", "≥ 80%"));

        var import = Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"));

        Assert.Contains(
            $"'commune-standard@2024-03-01'!M{row}: \"≥ 80%\" không phải là số; hãy viết 80",
            import.Error,
            StringComparison.Ordinal
        );
        Assert.Contains("ntm: không ghi tệp nào: bảng tính có 1 lỗi", import.Error, StringComparison.Ordinal);
    }

    // The standard set exported with one cell's text set (emptied for ""), in the row rowOf finds, then imported.
    private (CliResult Import, int Row) ImportStandardWithCell(Func<SheetData, int> rowOf, string column, string text)
    {
        var workbook = ExportedStandard();
        var row = 0;
        Edit(
            workbook,
            sheet =>
            {
                row = rowOf(sheet);
                SetText(sheet, $"{column}{row}", text.Length == 0 ? null : text);
            }
        );
        return (Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en"), row);
    }

    // The standard set exported with cells a spreadsheet program took for dates (it stores their serial numbers, in a
    // style that shows a day), in the rows rowOf finds, then imported.
    private CliResult ImportStandardWithDates(
        params (Func<SheetData, int> RowOf, string Column, DateOnly Day)[] cells
    ) =>
        ImportStandardWithStyledCells(
            Workbooks.AddDateStyle,
            [.. cells.Select(c => (c.RowOf, c.Column, (Func<uint, Cell>)(style => Workbooks.Date(c.Day, style))))]
        );

    // The standard set exported with cells in a style added to its workbook, in the rows rowOf finds, then imported.
    private CliResult ImportStandardWithStyledCells(
        Func<WorkbookPart, uint> addStyle,
        (Func<SheetData, int> RowOf, string Column, Func<uint, Cell> Cell)[] cells
    )
    {
        var workbook = ExportedStandard();
        using (var document = SpreadsheetDocument.Open(workbook, isEditable: true))
        {
            var part = document.WorkbookPart!;
            var style = addStyle(part);
            var first = part.Workbook.Sheets!.Elements<Sheet>().First();
            var sheet = ((WorksheetPart)part.GetPartById(first.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (rowOf, column, styled) in cells)
            {
                var reference = $"{column}{rowOf(sheet)}";
                var cell = styled(style);
                cell.CellReference = reference;
                SetCell(sheet, reference, cell);
            }
        }

        return Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en");
    }

    // The 2026-2030 set exported in English with a new row of the inputs sheet and nothing else, then imported; with
    // the row of the new input.
    private (CliResult Import, int InputsRow) Import2026WithInput(string[] input)
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        var row = 0;
        Edit(workbook, _ => { }, inputs: input, inputsRow: r => row = r);
        return (Cli.Run("workbook", "import", workbook, "--out", _folder.File("rules"), "--lang", "en"), row);
    }

    // The 2026-2030 set exported, with an indicator 1.1 (≥) under criterion 1 that reads the input of a new row of the
    // inputs sheet (at inputsRow), and the threshold cells given.
    private string With2026Indicator(string[] input, (string Column, string? Text)[] thresholds, out int inputsRow)
    {
        var workbook = _folder.File("w.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook, "--lang", "en");
        var row = 0;
        Edit(
            workbook,
            sheet =>
                InsertRowAfter(
                    sheet,
                    RowOf(sheet, "1"),
                    IndicatorRow("1.1", "Chỉ tiêu thử", "Test indicator", "", "≥", input[0], source: "test"),
                    thresholds
                ),
            inputs: input,
            inputsRow: r => row = r
        );
        inputsRow = row;
        return workbook;
    }

    // Editing a workbook as a spreadsheet program would: cells set in place on the first sheet.
    private static void Edit(
        string path,
        Action<SheetData> edit,
        string[]? inputs = null,
        Action<int>? inputsRow = null
    )
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        edit(((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.GetFirstChild<SheetData>()!);
        if (inputs is not null)
        {
            var data = ((WorksheetPart)workbook.GetPartById(sheets[^1].Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var row = (uint)data.Elements<Row>().Count() + 1;
            inputsRow?.Invoke((int)row);
            data.Append(
                new Row(inputs.Select((text, i) => Workbooks.Text(CriteriaSheetLayout.Cell(i, (int)row), text)))
                {
                    RowIndex = row,
                }
            );
        }
    }

    // The import of w.xlsx refused for one problem, at that cell ('Sheet'!B7), said in English or Vietnamese.
    private void AssertOneProblem(CliResult import, string at, string message, bool vietnamese = false)
    {
        Assert.Equal(2, import.ExitCode);
        Assert.Equal(
            $"{Cli.Shown(_folder.File("w.xlsx"))}: {at}: {message}"
                + Environment.NewLine
                + (
                    vietnamese
                        ? "ntm: không ghi tệp nào: bảng tính có 1 lỗi"
                        : "ntm: nothing written: the workbook has 1 problem"
                ),
            import.Error.TrimEnd()
        );
    }

    private static int HeaderRow(SheetData sheet, string label) =>
        (int)sheet.Elements<Row>().First(r => Text(sheet, $"A{r.RowIndex}") == label).RowIndex!.Value;

    private static int RowOf(SheetData sheet, string number) =>
        (int)sheet.Elements<Row>().First(r => Text(sheet, $"B{r.RowIndex}") == number).RowIndex!.Value;

    private static string? Text(SheetData sheet, string reference) =>
        sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference) is { } cell
            ? cell.InlineString?.InnerText ?? cell.CellValue?.Text
            : null;

    // A formula cell, with the value a spreadsheet computed for it or none.
    private static Cell Formula(string formula, string? computed = null) =>
        new() { CellFormula = new CellFormula(formula), CellValue = computed is null ? null : new(computed) };

    private static void SetText(SheetData sheet, string reference, string? text) =>
        SetCell(sheet, reference, text is null ? null : Workbooks.Text(reference, text));

    // A cell set in place (removed for null), in the order of its row's cells.
    private static void SetCell(SheetData sheet, string reference, Cell? cell)
    {
        var rowIndex = uint.Parse(
            new string([.. reference.SkipWhile(char.IsAsciiLetter)]),
            System.Globalization.CultureInfo.InvariantCulture
        );
        var row = sheet.Elements<Row>().First(r => r.RowIndex!.Value == rowIndex);
        row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference)?.Remove();
        if (cell is null)
        {
            return;
        }

        var after = row.Elements<Cell>().LastOrDefault(c => Order(c.CellReference!) < Order(reference));
        if (after is null)
        {
            row.PrependChild(cell);
        }
        else
        {
            after.InsertAfterSelf(cell);
        }
    }

    private static int Order(string reference) => Ntm.Criteria.Cli.DataFiles.XlsxCellReader.ColumnIndex(reference);

    // An indicator's row as an officer types it under its criterion, in the sheet's columns from Kind to Source.
    private static string[] IndicatorRow(
        string number,
        string name,
        string english,
        string unit,
        string direction,
        string input,
        string appliesWhen = "",
        string year = "",
        string source = "test source"
    ) => ["indicator", number, name, english, unit, direction, input, appliesWhen, year, "unconfirmed", source];

    // Inserts a row below another, renumbering the rows under it as a spreadsheet program does.
    private static void InsertRowAfter(
        SheetData sheet,
        int after,
        string[] fields,
        (string Column, string? Text)[] thresholds
    )
    {
        foreach (var row in sheet.Elements<Row>().Where(r => r.RowIndex! > after).Reverse())
        {
            var index = row.RowIndex!.Value + 1;
            foreach (var cell in row.Elements<Cell>())
            {
                cell.CellReference = new string([.. cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter)]) + index;
            }

            row.RowIndex = index;
        }

        var number = (uint)after + 1;
        var added = new Row(
            fields
                .Select((text, i) => (text, i))
                .Where(f => f.text.Length > 0)
                .Select(f => Workbooks.Text(CriteriaSheetLayout.Cell(f.i, (int)number), f.text))
                .Concat(
                    thresholds.Where(t => t.Text is not null).Select(t => Workbooks.Text(t.Column + number, t.Text!))
                )
        )
        {
            RowIndex = number,
        };
        sheet.Elements<Row>().First(r => r.RowIndex!.Value == (uint)after).InsertAfterSelf(added);
    }
}
