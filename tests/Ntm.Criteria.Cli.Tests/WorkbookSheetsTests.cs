using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// A data workbook is read as a careful analyst expects: a hidden first sheet (last year's data) is passed over and
/// named, other sheets that were not read are named, and a formula never computed is reported, not read as empty.
/// </summary>
public sealed class WorkbookSheetsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Evaluate_HiddenFirstSheetAndAnotherSheet_ReadsTheFirstVisibleOneAndSaysSo()
    {
        var path = Write(("Năm 2023", SheetStateValues.Hidden, "X9"), ("Năm 2024", null, "X1"), ("Tiếp", null, "X2"));

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var communes = Cli.LocalityIds(result.Json());
        Assert.Equal(["X1"], communes);
        var notes = result.Error.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains(
            $"{Cli.Shown(_folder.File("w.xlsx"))}: the sheet 'Năm 2023' is hidden and was not read; 'Năm "
                + "2024', the first visible sheet, was",
            notes
        );
        Assert.Contains(
            $"{Cli.Shown(_folder.File("w.xlsx"))}: only the sheet 'Năm 2024' was read; the workbook has 1 "
                + "other visible sheet ('Tiếp'): put every commune on one sheet, or read each with --sheet NAME",
            notes
        );
    }

    [Theory]
    [InlineData("Tiếp", "X2")]
    [InlineData("  tiếp ", "X2")]
    [InlineData("Năm 2023", "X9")]
    public void Evaluate_SheetNamed_ReadsThatSheet_HiddenOrNot_WithoutNotesOnTheOthers(string sheet, string commune)
    {
        var path = Write(("Năm 2023", SheetStateValues.Hidden, "X9"), ("Năm 2024", null, "X1"), ("Tiếp", null, "X2"));

        var evaluated = Cli.Run("evaluate", path, "--sheet", sheet, "--format", "json", "--lang", "en");
        var explained = Cli.Run("explain", path, "--sheet", sheet, "--commune", commune, "--format", "json");

        Assert.True(evaluated.ExitCode == 0, evaluated.Error);
        Assert.Equal([commune], Cli.LocalityIds(evaluated.Json()));
        Assert.DoesNotContain("sheet", evaluated.Error, StringComparison.Ordinal);
        Assert.True(explained.ExitCode == 0, explained.Error);
        Assert.Equal(commune, explained.Json().GetProperty("id").GetString());
    }

    [Fact]
    public void Evaluate_AFirstSheetOfInstructions_SaysTheOtherSheetsAndHowToReadOne()
    {
        var path = Write(("Hướng dẫn", null, "X0"), ("Năm 2024", null, "X1"), ("Ẩn", SheetStateValues.Hidden, "X9"));
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var part = document.WorkbookPart!;
            var first = part.Workbook.Sheets!.Elements<Sheet>().First();
            ((WorksheetPart)part.GetPartById(first.Id!)).Worksheet.ReplaceChild(
                new SheetData(new Row(Workbooks.Text("A1", "Điền số liệu vào trang Năm 2024")) { RowIndex = 1 }),
                ((WorksheetPart)part.GetPartById(first.Id!)).Worksheet.GetFirstChild<SheetData>()!
            );
        }

        var result = Cli.Run("evaluate", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            "This was the workbook's first sheet; if the communes are on another ('Năm 2024'), read it with "
                + "--sheet \"Năm 2024\"",
            result.Error.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_SheetTheWorkbookDoesNotHave_ListsItsSheets()
    {
        var path = Write(("Năm 2023", SheetStateValues.Hidden, "X9"), ("Năm 2024", null, "X1"));

        var english = Cli.Run("evaluate", path, "--sheet", "Năm 2025", "--lang", "en");
        var vietnamese = Cli.Run("evaluate", path, "--sheet", "Năm 2025");

        var shown = Cli.Shown(_folder.File("w.xlsx"));
        Assert.Equal(
            (2, $"ntm: {shown}: the workbook has no sheet 'Năm 2025'; its sheets are 'Năm 2023', 'Năm 2024'"),
            (english.ExitCode, english.Error.TrimEnd())
        );
        Assert.Equal(
            $"ntm: {shown}: bảng tính không có trang 'Năm 2025'; các trang của nó là 'Năm 2023', 'Năm 2024'",
            vietnamese.Error.TrimEnd()
        );
    }

    [Fact]
    public void Evaluate_SheetNamedWithoutItsDiacritics_IsToldTheSheetMeant()
    {
        var path = Write(("Tổng hợp", null, "X9"), ("Năm 2024", null, "X1"));

        var result = Cli.Run("evaluate", path, "--sheet", "nam 2024", "--lang", "en");

        Assert.Equal(
            (
                2,
                $"ntm: {Cli.Shown(_folder.File("w.xlsx"))}: the workbook has no sheet 'nam 2024' (did you mean "
                    + "'Năm 2024'?); its sheets are 'Tổng hợp', 'Năm 2024'"
            ),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Fact]
    public void Sheet_OfACsvFile_OrForDiffWithoutData_IsAUsageError()
    {
        var csv = Cli.File("samples/communes.csv");
        var shown = "samples/communes.csv";

        var evaluated = Cli.Run("evaluate", csv, "--sheet", "Năm 2024", "--lang", "en");
        var diffed = Cli.Run(
            "diff",
            "national/2021-2025/commune-model",
            "national/2021-2025/commune-model",
            "--sheet",
            "Năm 2024"
        );

        Assert.Equal(
            (2, $"ntm: --sheet 'Năm 2024': {shown} is not a workbook: only an .xlsx file has sheets to choose from"),
            (evaluated.ExitCode, evaluated.Error.TrimEnd())
        );
        Assert.Equal(
            (2, "ntm: --sheet nói cách đọc tệp dữ liệu, mà diff chỉ đọc khi có --data TỆP"),
            (diffed.ExitCode, diffed.Error.TrimEnd())
        );
    }

    [Fact]
    public void Evaluate_FormulaWithoutAComputedValue_IsReportedNotReadAsEmpty()
    {
        var path = Write(("Xã", null, "X1"));
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var row = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Last();
            row.Append(new Cell { CellReference = "D2", CellFormula = new CellFormula("B2*2") });
        }

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json", "--as-of", "2024-12-31");

        Assert.True(result.ExitCode == 1, result.Error + result.Out);
        var rejected = result.Json().GetProperty("rejected")[0];
        Assert.Equal(
            (
                "IrrigatedFarmlandRate",
                "a formula without a computed value (open the file in Excel or LibreOffice and "
                    + "save it to compute it) is not a value"
            ),
            (rejected.GetProperty("column").GetString(), rejected.GetProperty("message").GetString())
        );
    }

    [Fact]
    public void Evaluate_AFormulasError_IsReportedAsOne_NotReadAsTheTextItShows()
    {
        // A commune's id looked up with VLOOKUP that found nothing shows #N/A: it was a commune named "#N/A"; a rate
        // divided by an empty total, #DIV/0!, was "not a number".
        var path = Write(("Xã", null, "X1"));
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var row = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Last();
            Cell Error(string reference, string error) =>
                new()
                {
                    CellReference = reference,
                    DataType = CellValues.Error,
                    CellFormula = new CellFormula("VLOOKUP(E2,Sheet2!A:B,2,FALSE)"),
                    CellValue = new CellValue(error),
                };
            row.Elements<Cell>().First().Remove();
            row.PrependChild(Error("A2", "#N/A"));
            row.Append(Error("D2", "#DIV/0!"));
        }

        var result = Cli.Run("evaluate", path, "--format", "json", "--as-of", "2024-12-31");

        Assert.True(result.ExitCode == 1, result.Error + result.Out);
        Assert.Equal(
            [
                (
                    "CommuneId",
                    "#N/A",
                    "lỗi #N/A của một công thức không tính được (hãy sửa công thức hoặc gõ giá trị): cần một đoạn chữ"
                ),
                (
                    "IrrigatedFarmlandRate",
                    "#DIV/0!",
                    "lỗi #DIV/0! của một công thức không tính được (hãy sửa công thức hoặc gõ giá trị): không phải một "
                        + "giá trị"
                ),
            ],
            result
                .Json()
                .GetProperty("rejected")
                .EnumerateArray()
                .Select(r =>
                    (
                        r.GetProperty("column").GetString(),
                        r.GetProperty("value").GetString(),
                        r.GetProperty("message").GetString()
                    )
                )
        );
    }

    [Fact]
    public void Evaluate_DistrictWrittenOnceInAMergedCell_CountsForEachOfItsCommunes()
    {
        var path = Write(("Xã", null, "X1"));
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            data.Elements<Row>().First().Append(Workbooks.Text("E1", "District"));
            data.Elements<Row>().Last().Append(Workbooks.Text("E2", "Huyện Một"));
            foreach (var (id, index) in new[] { ("X2", 3u), ("X3", 4u) })
            {
                data.Append(
                    new Row(
                        Workbooks.Text($"A{index}", id),
                        Workbooks.Text($"B{index}", "BTB"),
                        new Cell { CellReference = $"C{index}", CellValue = new CellValue(2024) }
                    )
                    {
                        RowIndex = index,
                    }
                );
            }

            part.Worksheet.InsertAfter(new MergeCells(new MergeCell { Reference = "E2:E4" }), data);
        }

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        var districts = result
            .Json()
            .GetProperty("localities")
            .EnumerateArray()
            .Select(c => c.GetProperty("district").GetString());
        Assert.Equal(["Huyện Một", "Huyện Một", "Huyện Một"], districts);
        Assert.Contains(
            "1 merged cell range was read as the value of its first cell in each of its cells (a district written "
                + "once beside its communes counts for each of them): E2:E4",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_RowsAFilterHides_AreEvaluatedWithTheOthersAndNamed()
    {
        // A province's sheet filtered to one district: the other districts' rows are hidden, not taken out.
        var path = Write(("Xã", null, "X1"));
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            for (var index = 3u; index <= 9; index++)
            {
                data.Append(
                    new Row(Workbooks.Text($"A{index}", $"X{index - 1}"), Workbooks.Text($"B{index}", "BTB"))
                    {
                        RowIndex = index,
                        Hidden = index < 9,
                    }
                );
            }

            // A hidden row with nothing in it is no commune, and not counted.
            data.Append(new Row { RowIndex = 10, Hidden = true });
            part.Worksheet.InsertAfter(new AutoFilter { Reference = "A1:D10" }, data);
        }

        var english = Cli.Run("evaluate", path, "--format", "json", "--as-of", "2024-12-31", "--lang", "en");
        var vietnamese = Cli.Run("evaluate", path, "--format", "csv", "--as-of", "2024-12-31");

        Assert.Equal(8, english.Json().GetProperty("localities").GetArrayLength());
        Assert.Contains(
            "6 rows hidden in the sheet (by a filter, or by hand) were read and evaluated with the others, since "
                + "the file holds them (rows 3, 4, 5, 6, 7, …); to evaluate only the rows shown, copy them to a "
                + "sheet of their own and read it with --sheet NAME",
            english.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "6 dòng bị ẩn trong trang (do bộ lọc, hoặc ẩn bằng tay) vẫn được đọc và đánh giá như các dòng khác",
            vietnamese.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_ADistrictHeadingMergedAcrossItsRow_GivesTheCommunesBelowItTheirDistrict()
    {
        var path = _folder.File("form.xlsx");
        Workbooks.Write(
            path,
            ["STT", "Tên xã", "Năm đánh giá", "Vùng kinh tế - xã hội"],
            [
                [Workbooks.Text("A2", "I"), Workbooks.Text("B2", "Huyện Tân Kỳ")],
                [Workbooks.Number(1), Workbooks.Text("Xã Tân An"), Workbooks.Number(2024), Workbooks.Text("BTB")],
            ]
        );
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            part.Worksheet.InsertAfter(
                new MergeCells(new MergeCell { Reference = "B2:D2" }),
                part.Worksheet.GetFirstChild<SheetData>()
            );
        }

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var commune = Assert.Single(result.Json().GetProperty("localities").EnumerateArray());
        Assert.Equal(
            ("Xã Tân An", "Huyện Tân Kỳ"),
            (commune.GetProperty("name").GetString(), commune.GetProperty("district").GetString())
        );
    }

    [Fact]
    public void Evaluate_TitleRowsAboveTheHeader_AreSkippedAndNamed()
    {
        // A district's form: its heading in merged rows above the table, the table's header on row 4.
        var path = Write(("Xã", null, "X1"));
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var data = document.WorkbookPart!.WorksheetParts.First().Worksheet.GetFirstChild<SheetData>()!;
            foreach (var row in data.Elements<Row>())
            {
                row.RowIndex = row.RowIndex!.Value + 3;
                foreach (var cell in row.Elements<Cell>())
                {
                    cell.CellReference = cell.CellReference!.Value![..1] + row.RowIndex.Value;
                }
            }

            data.InsertAt(
                new Row(Workbooks.Text("A2", "BÁO CÁO KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ NĂM 2024")) { RowIndex = 2 },
                0
            );
            data.InsertAt(new Row(Workbooks.Text("A1", "UBND HUYỆN MỘT")) { RowIndex = 1 }, 0);
        }

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var commune = Assert.Single(result.Json().GetProperty("localities").EnumerateArray());
        Assert.Equal(("X1", 5), (commune.GetProperty("id").GetString(), commune.GetProperty("row").GetInt32()));
        Assert.Contains(
            $"{Cli.Shown(_folder.File("w.xlsx"))}: rows 1-3 above the header (row 4) were read as a title "
                + "and skipped: 'UBND HUYỆN MỘT'",
            result.Error.Split('\n').Select(l => l.TrimEnd())
        );
    }

    [Theory]
    [InlineData("A1:A2 B1:B2 C1:C2 D1:E1")]
    [InlineData("D1:E1")]
    [InlineData("")]
    public void Evaluate_HeaderOfTwoLevels_NamesEachColumnByItsLowestCell(string merged)
    {
        // A district's form: "Tiêu chí 3" over the columns of its indicators (merged across, or not), the other
        // headers merged down over both rows (or left empty below), the ids and names in Vietnamese.
        var path = Sheet(
            merged.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            ["Mã xã", "Tên xã", "AssessmentYear", "Tiêu chí 3 Thủy lợi", null],
            [null, null, null, "IrrigatedFarmlandRate", "Region"],
            ["X1", "Xã Một", 2024, 85, "BTB"]
        );

        var result = Cli.Run("explain", path, "--commune", "X1", "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var commune = result.Json();
        var irrigation = Cli.ExplainedIndicators(result.Out)["3.1"];
        Assert.Equal((3, 85), (commune.GetProperty("row").GetInt32(), irrigation.GetProperty("actual").GetInt32()));
        Assert.Equal("Achieved", irrigation.GetProperty("outcome").GetString());
        Assert.Contains(
            $"{Cli.Shown(_folder.File("w.xlsx"))}: rows 1-2 were read as one header of several levels: each "
                + "column is named by its lowest cell with text ('IrrigatedFarmlandRate' under 'Tiêu chí 3 Thủy lợi')",
            result.Error.Split('\n').Select(l => l.TrimEnd())
        );
    }

    [Theory]
    [InlineData("A1:A2 B1:B2 C1:C2 D1:D2")]
    [InlineData("")]
    public void Evaluate_ARowOfUnitsUnderTheHeader_NamesNoColumn(string merged)
    {
        // The units under the rates, the other headers merged down over them (or not): the rates keep their names.
        var path = Sheet(
            merged.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            ["Mã xã", "Tên xã", "AssessmentYear", "Region", "IrrigatedFarmlandRate", "MultidimensionalPovertyRate"],
            [null, null, null, null, "%", "(%)"],
            ["X1", "Xã Một", 2024, "BTB", 85, 1.5]
        );

        var result = Cli.Run("explain", path, "--commune", "X1", "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(85, Cli.ExplainedIndicators(result.Out)["3.1"].GetProperty("actual").GetInt32());
        Assert.DoesNotContain("IrrigatedFarmlandRate", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("MultidimensionalPovertyRate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HeadingMergedAcrossOverData_KeepsItsFirstRowAsTheHeader()
    {
        // "Ghi chú" merged over two columns, the communes right below it: the row below is data.
        var path = Sheet(
            ["D1:E1"],
            ["CommuneId", "Region", "AssessmentYear", "Ghi chú", null],
            ["X1", "BTB", 2024, "mới sáp nhập", "2025"]
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var commune = Assert.Single(result.Json().GetProperty("localities").EnumerateArray());
        Assert.Equal(("X1", 2), (commune.GetProperty("id").GetString(), commune.GetProperty("row").GetInt32()));
        Assert.DoesNotContain("header of several levels", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AHeaderCellMergedDownOverTheCommunes_LeavesThemCommunes()
    {
        // "Ghi chú" merged from the header down the communes' rows: they have ids, so they are no header.
        var path = Sheet(
            ["D1:D3"],
            ["CommuneId", "Region", "AssessmentYear", "Ghi chú"],
            ["X1", "BTB", 2024, null],
            ["X2", "BTB", 2024, null]
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var ids = Cli.LocalityIds(result.Json());
        Assert.Equal(["X1", "X2"], ids);
        Assert.DoesNotContain("header of several levels", result.Error, StringComparison.Ordinal);
    }

    // One sheet of rows (texts, numbers, empty cells) from row 1, with merged ranges.
    private string Sheet(string[] merged, params object?[][] rows)
    {
        var path = _folder.File("w.xlsx");
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData(
            rows.Select(
                (cells, r) =>
                    new Row(
                        cells
                            .Select((value, c) => (value, reference: $"{(char)('A' + c)}{r + 1}"))
                            .Where(cell => cell.value is not null)
                            .Select(cell =>
                                cell.value is string text
                                    ? Workbooks.Text(cell.reference, text)
                                    : new Cell
                                    {
                                        CellReference = cell.reference,
                                        CellValue = new CellValue(
                                            Convert.ToDouble(
                                                cell.value,
                                                System.Globalization.CultureInfo.InvariantCulture
                                            )
                                        ),
                                    }
                            )
                    )
                    {
                        RowIndex = (uint)r + 1,
                    }
            )
        );
        part.Worksheet = new Worksheet(data);
        if (merged.Length > 0)
        {
            part.Worksheet.InsertAfter(new MergeCells(merged.Select(m => new MergeCell { Reference = m })), data);
        }

        workbook.Workbook.Sheets!.Append(
            new Sheet
            {
                Id = workbook.GetIdOfPart(part),
                SheetId = 1,
                Name = "Xã",
            }
        );
        return path;
    }

    // A workbook of sheets, each with a header and one commune.
    private string Write(params (string Name, SheetStateValues? State, string Id)[] sheets)
    {
        var path = _folder.File("w.xlsx");
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        uint id = 1;
        foreach (var (name, state, commune) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(
                new SheetData(
                    new Row(
                        Workbooks.Text("A1", "CommuneId"),
                        Workbooks.Text("B1", "Region"),
                        Workbooks.Text("C1", "AssessmentYear"),
                        Workbooks.Text("D1", "IrrigatedFarmlandRate")
                    )
                    {
                        RowIndex = 1,
                    },
                    new Row(
                        Workbooks.Text("A2", commune),
                        Workbooks.Text("B2", "BTB"),
                        new Cell { CellReference = "C2", CellValue = new CellValue(2024) }
                    )
                    {
                        RowIndex = 2,
                    }
                )
            );
            var sheet = new Sheet
            {
                Id = workbook.GetIdOfPart(part),
                SheetId = id++,
                Name = name,
            };
            if (state is { } s)
            {
                sheet.State = s;
            }

            workbook.Workbook.Sheets!.Append(sheet);
        }

        return path;
    }
}
