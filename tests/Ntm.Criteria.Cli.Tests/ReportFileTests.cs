using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Ntm.Criteria.Cli.Output.Spreadsheets;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// The reports people look at, tested in the programs that open them: the workbook is validated by the Open XML SDK
/// and read back by LibreOffice; the page is rendered by Chromium, its DOM read back and a screenshot kept under
/// artifacts/screenshots. .ci/run installs both programs, so these tests run in CI and never skip there.
/// </summary>
public sealed partial class ReportFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Evaluate(string format, string language = "vi", string? data = null)
    {
        var path = _folder.File($"report.{language}.{format}");
        var result = Cli.Run(
            "evaluate",
            data ?? Cli.Fixture("communes-small.csv"),
            "--format",
            format,
            "--out",
            path,
            "--lang",
            language
        );
        Assert.True(result.ExitCode == 0, result.Error);
        return path;
    }

    /// <summary>The small sample with a commune's name replaced, evaluated to a report file.</summary>
    private string EvaluateWithName(string format, string name) =>
        Evaluate(
            format,
            data: _folder.Write(
                "renamed.csv",
                File.ReadAllText(Cli.Fixture("communes-small.csv"))
                    .Replace("Xã An Thạnh", name, StringComparison.Ordinal)
            )
        );

    [Fact]
    public void Xlsx_IsValidOpenXml_AndItsCellsAreTheReviewedOnes()
    {
        var path = Evaluate("xlsx");

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document);
        Assert.Empty(errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Equal(
            ["Tổng hợp", "Từng xã", "Từng chỉ tiêu", "Theo huyện", "Chỉ tiêu", "Dòng bị loại"],
            Sheets(document).Select(s => s.Name)
        );
        Golden.Check("evaluate-small.vi.xlsx.txt", Dump(document));
    }

    [Fact]
    public void Xlsx_OfCommunesWithoutDistricts_HasNoEmptyDistrictColumn()
    {
        using var document = SpreadsheetDocument.Open(
            Evaluate("xlsx", "en", Cli.File("samples/communes-2026.csv")),
            isEditable: false
        );

        var (_, byProvince) = Sheets(document).Single(s => s.Name == "By province");
        var rows = Rows(document, byProvince);
        Assert.Equal(["Province", "Communes"], rows[0][..2]);
        Assert.DoesNotContain("District", rows[0]);
        Assert.Contains(rows, r => r[0] == "Lào Cai" && int.Parse(r[1], CultureInfo.InvariantCulture) > 0);
        foreach (var name in new[] { "Communes", "Indicators by commune" })
        {
            var (_, sheet) = Sheets(document).Single(s => s.Name == name);
            Assert.Equal(["Row", "Id", "Name", "Province"], Rows(document, sheet)[1][..4]);
        }
    }

    [Fact]
    public void TheTableAndTheWorkbookOf2026Communes_GiveTheGroupEachWasEvaluatedIn()
    {
        // A group decides every threshold of a 2026-2030 commune; only explain, the JSON and the CSV said which. M1's
        // facts cannot place it, M2's data gives group 1 (its facts say 3), M3 is placed from its facts.
        var data = _folder.Write(
            "communes.csv",
            "CommuneId,CommuneName,Province,AssessmentYear,CommuneGroup,EthnicMinorityAreaZone,"
                + "AgricultureShareOfEconomy,IsNextToUrbanAreaAndOrientedToUrban,IsOrientedToNewUrbanArea\n"
                + "M1,Xã A,Lào Cai,2026,,1,30,,\n"
                + "M2,Xã B,Lào Cai,2026,1,3,60,false,false\n"
                + "M3,Xã C,Lào Cai,2026,,2,60,false,false\n"
        );

        using var document = SpreadsheetDocument.Open(Evaluate("xlsx", "en", data), isEditable: false);
        var markdown = Cli.Run("evaluate", data, "--format", "markdown").Out.Split(Environment.NewLine);

        var (_, communes) = Sheets(document).Single(s => s.Name == "Communes");
        Assert.Equal(
            [
                ["Row", "Id", "Name", "Province", "Commune group", "Tier"],
                ["2", "M1", "Xã A", "Lào Cai", "unknown", "none"],
                ["3", "M2", "Xã B", "Lào Cai", "1", "none"],
                ["4", "M3", "Xã C", "Lào Cai", "3", "none"],
            ],
            Rows(document, communes)[1..].Select(r => r[..6])
        );
        Assert.Equal(
            [
                ["Dòng", "Mã", "Tên", "Tỉnh", "Nhóm xã"],
                ["2", "M1", "Xã A", "Lào Cai", "chưa rõ"],
                ["3", "M2", "Xã B", "Lào Cai", "1"],
                ["4", "M3", "Xã C", "Lào Cai", "3"],
            ],
            markdown
                .Where(l =>
                    l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| -", StringComparison.Ordinal)
                )
                .Take(4)
                .Select(l => l.Split(" | ").Take(5).Select(c => c.Trim('|', ' ')))
        );
    }

    [Fact]
    public void Reports_OfADistrictsCommunesWithoutProvinces_HaveNoEmptyProvinceColumn()
    {
        var data = _folder.Write(
            "district.csv",
            "Mã xã,Tên xã,Huyện,Region,AssessmentYear\nX1,Xã An,Huyện Một,BTB,2024\nX2,Xã Bình,Huyện Một,BTB,2024\n"
        );

        using var document = SpreadsheetDocument.Open(Evaluate("xlsx", "en", data), isEditable: false);

        foreach (var name in new[] { "Communes", "Indicators by commune" })
        {
            var (_, sheet) = Sheets(document).Single(s => s.Name == name);
            var header = Rows(document, sheet)[1];
            Assert.Equal(["Row", "Id", "Name", "District"], header[..4]);
            Assert.DoesNotContain("Province", header);
        }

        var (_, byDistrict) = Sheets(document).Single(s => s.Name == "By district");
        Assert.Equal(["District", "Communes"], Rows(document, byDistrict)[0][..2]);
        var table = Cli.Run("evaluate", data, "--lang", "en").Out.Split(Environment.NewLine);
        Assert.StartsWith(
            "District   Communes",
            table[Array.IndexOf(table, "By district") + 2],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void TheTableByDistrict_HasARowForTheCommunesWithoutADistrict_SoThatItsCommunesAddUp()
    {
        var data = _folder.Write(
            "district.csv",
            "Mã xã,Tên xã,Huyện,Region,AssessmentYear\nX1,Xã An,Huyện Một,BTB,2024\nX2,Xã Bình,,BTB,2024\n"
                + "X3,Xã Cát,Huyện Một,BTB,2024\n"
        );

        using var document = SpreadsheetDocument.Open(Evaluate("xlsx", "en", data), isEditable: false);
        var table = Cli.Run("evaluate", data).Out.Split(Environment.NewLine);

        var (_, byDistrict) = Sheets(document).Single(s => s.Name == "By district");
        Assert.Equal(
            [
                ["Huyện Một", "2"],
                ["(not given)", "1"],
            ],
            Rows(document, byDistrict)[1..].Select(r => r[..2])
        );
        var heading = Array.IndexOf(table, "Theo huyện");
        Assert.Equal(
            ["Huyện Một", "(không ghi)"],
            table[(heading + 4)..(heading + 6)].Select(l => l[..l.IndexOf("  ", StringComparison.Ordinal)])
        );
    }

    [Fact]
    public void ACriterionGivenInPart_CountsItsLocalitiesNotEncoded_SoThatItsRowAddsUp()
    {
        // Hà Tĩnh's criterion 3 has one indicator in the sources: a village achieving it is "not encoded" for 3, and
        // the row counted 3 of the 6 villages.
        string[] run =
        [
            "evaluate",
            Cli.File("samples/villages-ha-tinh.csv"),
            "--set",
            "provincial/ha-tinh/residential-area-model",
            "--lang",
            "en",
        ];
        var path = _folder.File("villages.xlsx");

        var table = Cli.Run(run).Out.Split(Environment.NewLine);
        Assert.Equal(0, Cli.Run([.. run, "--out", path]).ExitCode);

        Assert.Contains(
            "Number  Criterion                                       Villages achieving it  not achieved  missing data  "
                + "threshold not set  not encoded  Share",
            table
        );
        Assert.Contains(
            "3       Fences and hedges (partial)                                         0             2             1  "
                + "                0            3     0%",
            table
        );
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var (_, sheet) = Sheets(document).Single(s => s.Name == "Summary");
        var rows = Rows(document, sheet);
        Assert.Equal("not encoded", rows.Single(r => r.Count > 6 && r[2] == "Villages achieving it")[6]);
        Assert.Equal(
            ["3", "Fences and hedges (partial)", "0", "2", "1", "0", "3"],
            rows.Single(r => r is ["3", ..])[..7]
        );

        // The page's chart of criteria says it too, where it said "0%" alone.
        Assert.Equal(0, Cli.Run([.. run, "--format", "html", "--out", _folder.File("villages.html")]).ExitCode);
        Assert.Contains(
            ">3. Fences and hedges (partial)</text>",
            File.ReadAllText(_folder.File("villages.html")),
            StringComparison.Ordinal
        );
        Assert.Contains(
            ">0% · 3 not encoded</text>",
            File.ReadAllText(_folder.File("villages.html")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void OneCommuneOfTwoHundredMissingACriterion_IsNeverReportedAsAHundredPercent_InAnyFormat()
    {
        // A province's 200 communes, one of which lacks its planning rules (1.2): the share achieving criterion 1 and
        // indicator 1.2 was "100%" in every report, the workbook's cell included.
        var rows = Enumerable
            .Range(0, 200)
            .Select(i => $"X{i:000},Xã {i},Huyện A,DBSH,2024,true,{(i == 0 ? "false" : "true")}");
        var data = _folder.Write(
            "province.csv",
            string.Join(
                "\n",
                rows.Prepend(
                    "CommuneId,CommuneName,District,Region,AssessmentYear,HasApprovedCommunePlan,HasPlanManagementRules"
                )
            ) + "\n"
        );

        var table = Cli.Run("evaluate", data).Out.Split(Environment.NewLine);
        var page = File.ReadAllText(Evaluate("html", "vi", data));
        using var document = SpreadsheetDocument.Open(Evaluate("xlsx", "vi", data), isEditable: false);

        Assert.Contains(table, l => Regex.IsMatch(l, @"^1 +Quy hoạch +199 +1 +0 +0 +99,5%$"));
        Assert.Contains(table, l => Regex.IsMatch(l, @"^1\.2 +Ban hành quy định .* +1 +99,5%$"));
        Assert.Contains(">99,5%</text>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">100%</text>", page, StringComparison.Ordinal);
        var (_, summary) = Sheets(document).Single(s => s.Name == "Tổng hợp");
        var words = Words(document);
        var share = summary
            .Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToList())
            .Single(cells => cells.Count > 0 && CellText(cells[0], words) == "1")[^1];
        Assert.Equal(("0.995", ReportStyle.FinePercent), (share.CellValue?.Text, (ReportStyle)share.StyleIndex!.Value));
    }

    [Fact]
    public void NoIndicatorMissed_TheReportsSaySoInALine_NotAnEmptyTable()
    {
        // Only the region and year: every indicator lacks data, and missing data is not "missed".
        var data = _folder.Write("communes.csv", "CommuneId,Region,AssessmentYear\nX1,BTB,2024\nX2,BTB,2024\n");
        const string Line =
            "No commune failed an indicator: an indicator without data or without a threshold is not counted as "
            + "missed.";

        var table = Cli.Run("evaluate", data, "--lang", "en").Out.ReplaceLineEndings("\n");
        var page = File.ReadAllText(Evaluate("html", "en", data));

        Assert.Contains(
            $"Indicators most often missed\n----------------------------\n{Line}\n",
            table,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Communes missing it", table, StringComparison.Ordinal);
        Assert.Contains($"<p>{Line}</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Communes missing it", page, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryReport_SaysHowTheDataFileWasRead_SinceAForwardedReportHasNoStandardError()
    {
        // A value under no header and inputs without a column: the figures rest on them, and the reader of a forwarded
        // report must see it. A file of neither districts nor provinces has no table by group to show.
        var data = _folder.Write(
            "communes.csv",
            "CommuneId,Region,AssessmentYear,IrrigatedFarmlandRate,\nX1,BTB,2024,80,85\nX2,BTB,2024,70,\n"
        );
        const string Headerless =
            "1 cell holds a value in a column without a header, such as '85' in row 2, column 5: it is not read; give "
            + "the column a header if it is an input";

        var table = Cli.Run("evaluate", data, "--lang", "en").Out;
        var json = Cli.Run("evaluate", data, "--lang", "en", "--format", "json").Json();
        var page = File.ReadAllText(Evaluate("html", "en", data));
        using var document = SpreadsheetDocument.Open(Evaluate("xlsx", "en", data), isEditable: false);

        Assert.Contains(
            $"How the data file was read\n--------------------------\n  • {Headerless}",
            table.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
        Assert.Contains("inputs the sets read have no column", table, StringComparison.Ordinal);
        Assert.DoesNotContain("By province", table, StringComparison.Ordinal);
        Assert.Equal(Headerless, json.GetProperty("input").GetProperty("notes")[0].GetString());
        Assert.Contains(
            $"<li>{Headerless}</li>",
            page.Replace("&#39;", "'", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        var (_, summary) = Sheets(document).Single(s => s.Name == "Summary");
        Assert.Contains(Rows(document, summary), row => row.Count > 0 && row[0] == Headerless);
        Assert.DoesNotContain(Sheets(document), s => s.Name == "By province");

        // One commune's page says it too.
        var explained = Cli.Run("explain", data, "--commune", "X1", "--lang", "en", "--format", "json").Json();
        Assert.Equal(Headerless, explained.GetProperty("fileNotes")[0].GetString());
        Assert.Contains(
            $"How the data file was read\n--------------------------\n  • {Headerless}",
            Cli.Run("explain", data, "--commune", "X1", "--lang", "en").Out.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Xlsx_PerCommuneSheets_HaveFrozenHeadersFiltersAndColouredOutcomes()
    {
        using var document = SpreadsheetDocument.Open(Evaluate("xlsx", "en"), isEditable: false);

        var communes = Sheets(document).Single(s => s.Name == "Communes").Part.Worksheet;
        var pane = communes.Descendants<Pane>().Single();
        Assert.Equal(
            (3.0, 2.0, PaneStateValues.Frozen),
            (pane.HorizontalSplit?.Value, pane.VerticalSplit?.Value, pane.State?.Value)
        );
        Assert.StartsWith(
            "A2:",
            communes.Descendants<AutoFilter>().Single().Reference?.Value,
            StringComparison.Ordinal
        );
        var words = document
            .WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>()
            .Select(i => i.InnerText)
            .ToList();
        var achieved = communes
            .Descendants<Cell>()
            .Where(c =>
                c.DataType?.Value == CellValues.SharedString && words[int.Parse(c.CellValue!.Text)] == "achieved"
            )
            .ToList();
        Assert.NotEmpty(achieved);
        Assert.All(achieved, c => Assert.Equal((uint)ReportStyle.Achieved, c.StyleIndex?.Value));
        var fills = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ToList();
        var formats = document.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.Equal(
            "FFC6EFCE",
            fills[(int)formats[(int)ReportStyle.Achieved].FillId!.Value].PatternFill!.ForegroundColor!.Rgb!.Value
        );
    }

    [Fact]
    public void Xlsx_PrintsOnA4Landscape_EachPageNumbered_WhatStaysInViewHeadingEveryPage()
    {
        using var document = SpreadsheetDocument.Open(Evaluate("xlsx", "en"), isEditable: false);
        using var vietnamese = SpreadsheetDocument.Open(Evaluate("xlsx"), isEditable: false);

        var sheets = Sheets(document);
        Assert.All(
            sheets.Select(s => s.Part.Worksheet),
            sheet =>
            {
                var setup = sheet.Elements<PageSetup>().Single();
                Assert.Equal((9u, OrientationValues.Landscape), (setup.PaperSize?.Value, setup.Orientation?.Value));
                Assert.Equal("&L&A&RPage &P of &N", sheet.Descendants<OddFooter>().Single().Text);
            }
        );
        Assert.Equal("&L&A&RTrang &P/&N", Sheets(vietnamese)[0].Part.Worksheet.Descendants<OddFooter>().Single().Text);
        var onePageWide = sheets.Where(s =>
            s.Part.Worksheet.SheetProperties?.PageSetupProperties?.FitToPage?.Value == true
        );
        Assert.Equal(["Summary", "By district", "Indicators", "Rejected rows"], onePageWide.Select(s => s.Name));
        Assert.All(
            onePageWide.Select(s => s.Part.Worksheet.Elements<PageSetup>().Single()),
            setup => Assert.Equal((1u, 0u), (setup.FitToWidth?.Value, setup.FitToHeight?.Value))
        );
        var titles = document
            .WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>()
            .Where(n => n.Name == "_xlnm.Print_Titles")
            .ToDictionary(n => sheets[(int)n.LocalSheetId!.Value].Name, n => n.Text);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Communes"] = "'Communes'!$A:$C,'Communes'!$1:$2",
                ["Indicators by commune"] = "'Indicators by commune'!$A:$C,'Indicators by commune'!$1:$2",
                ["By district"] = "'By district'!$1:$1",
                ["Indicators"] = "'Indicators'!$1:$1",
                ["Rejected rows"] = "'Rejected rows'!$1:$1",
            },
            titles
        );
    }

    [Fact]
    public void Xlsx_OpensInLibreOffice_WithNumbersShownAsVietnameseNumbers()
    {
        var sheets = LibreOfficeCsv(Evaluate("xlsx"));

        var summary = sheets["Tổng hợp"];
        Assert.Equal("Đánh giá 12 xã theo bộ tiêu chí có hiệu lực ngày 31/12/2024", summary[0][0]);
        var standard = summary.Single(r => r[0] == "national/2021-2025/commune-standard");
        Assert.Matches("^[0-9]+,[0-9]{2}$", standard[1]);
        Assert.Equal("19", standard[2]);
        Assert.Contains(summary, r => r.Count > 2 && Regex.IsMatch(r[2], "^[0-9]+%$"));

        var communes = sheets["Từng xã"];
        Assert.Equal(["Dòng", "Mã", "Tên", "Huyện", "Tỉnh"], communes[1].Take(5));
        Assert.Equal(["3", "X0001", "Xã An Thạnh", "Huyện Hà Giang 1", "Hà Giang"], communes[2].Take(5));
        Assert.Equal(14, communes.Count);
        Assert.All(
            communes.Skip(2),
            row => Assert.Contains(row[11], new[] { "đạt", "không đạt", "thiếu dữ liệu", "chưa có ngưỡng" })
        );
        Assert.Equal(12, sheets["Từng chỉ tiêu"].Count - 2);
        Assert.Equal(["Dòng", "Cột", "Giá trị", "Lỗi"], sheets["Dòng bị loại"][0]);
    }

    [Fact]
    public void Xlsx_ListsRejectedRowsWithTheirReasons()
    {
        var data = File.ReadAllText(Cli.Fixture("communes-small.csv"))
            .Replace(
                "X0002,Xã Phú Lộc,Huyện Hà Giang 1,Hà Giang,TDMNPB,3,2024",
                "X0002,Xã Phú Lộc,Huyện Hà Giang 1,Hà Giang,Miền Trung,3,2024",
                StringComparison.Ordinal
            );
        var path = _folder.File("report.xlsx");
        var result = Cli.Run(
            "evaluate",
            _folder.Write("bad.csv", data),
            "--format",
            "xlsx",
            "--out",
            path,
            "--lang",
            "en"
        );

        Assert.Equal(ExitCode.SomeRowsInvalid, result.ExitCode);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var rejected = Rows(document, Sheets(document).Single(s => s.Name == "Rejected rows").Part);
        Assert.Equal(
            [
                "4",
                "Region",
                "Miền Trung",
                "\"Miền Trung\" is not one of TDMNPB (Trung du và miền núi phía Bắc), DBSH (Đồng bằng sông Hồng), BTB "
                    + "(Bắc Trung Bộ), DHNTB (Duyên hải Nam Trung Bộ), TN (Tây Nguyên), DNB (Đông Nam Bộ), DBSCL (Đồng "
                    + "bằng sông Cửu Long)",
            ],
            rejected[1]
        );
    }

    [Fact]
    public void Xlsx_ACharacterXmlCannotCarry_IsReplacedAndTheWorkbookStaysValid()
    {
        var path = EvaluateWithName("xlsx", "Xã An\u0007Thạnh");

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        Assert.Equal("Xã An\uFFFDThạnh", Rows(document, Sheets(document)[1].Part)[2][2]);
    }

    [Fact]
    public void Xlsx_WithoutOut_IsAUsageError()
    {
        var result = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "xlsx", "--lang", "en");

        Assert.Equal(ExitCode.UsageOrRuleFileError, result.ExitCode);
        Assert.Contains(
            "--format xlsx writes a workbook file: name it with --out",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Html_IsOneSelfContainedPage_AndItsTextIsTheReviewedOne()
    {
        var page = File.ReadAllText(Evaluate("html"));

        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", page, StringComparison.OrdinalIgnoreCase);
        // The only address is the SVG namespace, which is a name, never fetched.
        Assert.Equal(Regex.Count(page, "https?://"), Regex.Count(page, "http://www\\.w3\\.org/2000/svg"));
        Golden.Check("evaluate-small.vi.html.txt", VisibleText(page));
    }

    [Fact]
    public void Html_DataIsText_NeverMarkup()
    {
        var page = File.ReadAllText(EvaluateWithName("html", "<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_RendersInChromium_WithItsFiguresChartsAndDetails()
    {
        var path = Evaluate("html");

        var (dom, log) = Chromium("--dump-dom", new Uri(path).AbsoluteUri);

        Assert.Contains(
            "<h1>Đánh giá 12 xã theo bộ tiêu chí có hiệu lực ngày 31/12/2024</h1>",
            dom,
            StringComparison.Ordinal
        );
        Assert.Contains("<b>12</b>xã được đánh giá", dom, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(dom, "<svg "));
        Assert.Equal(4 + 5 + 19, Regex.Count(dom, "<rect "));
        Assert.Equal(12, Regex.Count(dom, "<details "));
        Assert.DoesNotMatch("CONSOLE|Uncaught|Failed to load", log);

        var screenshots = Path.Combine(Repository.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(screenshots);
        foreach (var (name, size) in new[] { ("report-desktop.png", "1280,2400"), ("report-phone.png", "390,1800") })
        {
            var shot = Path.Combine(screenshots, name);
            File.Delete(shot);
            Chromium($"--window-size={size}", "--hide-scrollbars", $"--screenshot={shot}", new Uri(path).AbsoluteUri);
            Assert.True(new FileInfo(shot).Length > 10_000, $"{name} was not written");
        }

        // Printed on A4: the page's print style gives Chromium's PDF its paper.
        var pdf = Path.Combine(screenshots, "report.pdf");
        File.Delete(pdf);
        Chromium("--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(path).AbsoluteUri);
        var printed = File.ReadAllText(pdf, Encoding.Latin1);
        Assert.StartsWith("%PDF", printed, StringComparison.Ordinal);
        Assert.Matches(@"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]", printed);
    }

    [Fact]
    public void Explain_Html_IsTheCommunesDetailPage()
    {
        var result = Cli.Run(
            "explain",
            Cli.Fixture("communes-small.csv"),
            "--commune",
            "X0001",
            "--format",
            "html",
            "--lang",
            "en"
        );

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", result.Out, StringComparison.Ordinal);
        Assert.Contains(
            "<title>&#39;X0001&#39; (Xã An Thạnh) — evaluated as of 2024-12-31</title>",
            result.Out,
            StringComparison.Ordinal
        );
        Assert.Contains("<td class=\"o0\">achieved</td>", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("</html>", result.Out.TrimEnd(), StringComparison.Ordinal);
    }

    private static List<(string Name, WorksheetPart Part)> Sheets(SpreadsheetDocument document) =>
        [
            .. document
                .WorkbookPart!.Workbook.Sheets!.Elements<Sheet>()
                .Select(s => (s.Name!.Value!, (WorksheetPart)document.WorkbookPart.GetPartById(s.Id!.Value!))),
        ];

    private static List<List<string>> Rows(SpreadsheetDocument document, WorksheetPart part)
    {
        var words = Words(document);
        return
        [
            .. part
                .Worksheet.Descendants<Row>()
                .Select(row => row.Elements<Cell>().Select(c => CellText(c, words)).ToList()),
        ];
    }

    private static List<string> Words(SpreadsheetDocument document) =>
        document
            .WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>()
            .Select(i => i.InnerText)
            .ToList()
        ?? [];

    private static string CellText(Cell cell, List<string> words) =>
        cell.DataType?.Value == CellValues.SharedString ? words[int.Parse(cell.CellValue!.Text)]
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
        : cell.CellValue?.Text ?? "";

    // Every sheet's cells as a reader checks them: each row's cells with their column and, where styled, the style.
    private static string Dump(SpreadsheetDocument document)
    {
        var text = new StringBuilder();
        var words = Words(document);
        foreach (var (name, part) in Sheets(document))
        {
            text.Append("== ").AppendLine(name);
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                text.AppendLine(
                    string.Join(
                        " | ",
                        row.Elements<Cell>()
                            .Select(c =>
                            {
                                var value = CellText(c, words)
                                    .Replace(Repository.Root + "/", "", StringComparison.Ordinal);
                                return $"{c.CellReference}={value}"
                                    + (c.StyleIndex is { } s ? $" [{(ReportStyle)s.Value}]" : "");
                            })
                    )
                );
            }
        }

        return text.ToString();
    }

    // The text a reader sees, a line per block, with the style and the charts' drawing left out.
    private static string VisibleText(string page)
    {
        var body = page[page.IndexOf("<main>", StringComparison.Ordinal)..];
        body = Regex.Replace(body, "<svg.*?</svg>", "[chart]", RegexOptions.Singleline);
        body = Regex.Replace(body, "</(p|h[1-6]|li|tr|summary|figure)>", "\n");
        body = Regex.Replace(body, "</t[dh]>", " | ");
        body = Regex.Replace(body, "<[^>]+>", "");
        body = System.Net.WebUtility.HtmlDecode(body).Replace(Repository.Root + "/", "", StringComparison.Ordinal);
        return string.Join("\n", body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)) + "\n";
    }

    private static Dictionary<string, List<List<string>>> LibreOfficeCsv(string workbook)
    {
        var folder = Path.Combine(Path.GetDirectoryName(workbook)!, "libreoffice");
        Directory.CreateDirectory(folder);

        // UTF-8, comma-separated, every sheet to a file of its own, cells as the spreadsheet shows them.
        Run(
            "soffice",
            $"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
            "--outdir",
            folder,
            workbook
        );
        var prefix = Path.GetFileNameWithoutExtension(workbook) + "-";
        return Directory
            .GetFiles(folder, "*.csv")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f)[prefix.Length..], ReadCsv);
    }

    // A sheet as LibreOffice wrote it: its first line is a row like the others, not a header.
    private static List<List<string>> ReadCsv(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = CsvHelper.CsvReader.Create(
            stream,
            CsvHelper.CsvReaderOptions.Default with
            {
                CommentPrefix = null,
                TrimWhitespace = false,
            }
        );
        List<List<string>> rows =
        [
            [.. reader.Headers],
        ];
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "")]);
        }

        return rows;
    }

    private static (string Out, string Error) Chromium(params string[] arguments)
    {
        var browser =
            new[] { "chromium", "chromium-headless-shell", "google-chrome" }.FirstOrDefault(Found)
            ?? throw new InvalidOperationException("No Chromium found: .ci/run installs the Debian package chromium.");
        return Run(
            browser,
            [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--enable-logging=stderr",
                "--v=0",
                $"--user-data-dir={Path.Combine(Path.GetTempPath(), "ntm-chromium-" + Guid.NewGuid().ToString("N"))}",
                .. arguments,
            ]
        );
    }

    private static bool Found(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));

    private static (string Out, string Error) Run(string program, params string[] arguments)
    {
        if (!Found(program))
        {
            throw new InvalidOperationException($"{program} is not installed: .ci/run installs it.");
        }

        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in two minutes");
        }

        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {error.Result}");
        return (output.Result, error.Result);
    }
}
