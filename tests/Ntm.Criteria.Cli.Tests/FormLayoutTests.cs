using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// The rows of a form around its data: the row under the header that numbers its columns ("(1)", "(2)", … or "A", "B",
/// "1", "2", …) is passed over and named, a CSV's second header row names its groups' columns, a totals row labelled
/// in its first cell is left out; a commune's row, whatever its numbers, is read.
/// </summary>
public sealed class FormLayoutTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("(1),(2),(3),(4),(5)", "'(1)', '(2)', '(3)', …")]
    [InlineData("A,B,1,2,3", "'A', 'B', '1', …")]
    [InlineData("[1],[2],[3],,", "'[1]', '[2]', '[3]'")]
    [InlineData("-1,-2,-3,-4,-5", "'-1', '-2', '-3', …")] // "(1)" typed in a spreadsheet is -1
    public void Evaluate_ARowNumberingTheColumns_IsPassedOverAndNamed(string numbering, string shown)
    {
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,AssessmentYear,Region,IrrigatedFarmlandRate\n" + numbering + "\nX1,Xã Một,2024,BTB,85\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var root = result.Json();
        var commune = Assert.Single(root.GetProperty("localities").EnumerateArray());
        Assert.Equal(("X1", 3), (commune.GetProperty("id").GetString(), commune.GetProperty("row").GetInt32()));
        Assert.Equal((1, 1, 0), Cli.RowCounts(root));
        Assert.Contains(
            $"{Cli.Shown(_folder.File("communes.csv"))}: row 2 numbers the columns ({shown}) and is no "
                + "commune: skipped",
            result.Error.Split('\n').Select(l => l.TrimEnd())
        );
    }

    [Theory]
    [InlineData(",,,,%\n", 2, "'%'")]
    [InlineData(",ĐVT,,,(%)\n(1),(2),(3),(4),(5)\n", 2, "'(%)'")]
    [InlineData("(1),(2),(3),(4),(5)\nĐơn vị tính,,,,%\n", 3, "'%'")]
    public void Evaluate_ARowGivingTheColumnsUnits_IsPassedOverAndNamed(string underHeader, int row, string shown)
    {
        // Under a form's header, the units of its columns, with or without the row that numbers them. The "%" under
        // the last column named it once, as a header's second level would: its input was read from no column.
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,AssessmentYear,Region,IrrigatedFarmlandRate\n" + underHeader + "X1,Xã Một,2024,BTB,85\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var commune = Assert.Single(result.Json().GetProperty("localities").EnumerateArray());
        Assert.Equal("X1", commune.GetProperty("id").GetString());
        Assert.Equal((1, 1, 0), Cli.RowCounts(result.Json()));
        Assert.Contains(
            $"{Cli.Shown(_folder.File("communes.csv"))}: row {row} gives the columns' units ({shown}) and is no "
                + "commune: skipped",
            result.Error.Split('\n').Select(l => l.TrimEnd())
        );
        Assert.DoesNotContain("IrrigatedFarmlandRate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ARowWithAValueWhereAUnitGoes_IsNoRowOfUnits()
    {
        // A commune's row without its id: rejected as such, not passed over for its "%".
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,AssessmentYear,Region,IrrigatedFarmlandRate,ChildStuntingRate\n,Xã Một,2024,BTB,%,20\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en", "--as-of", "2024-12-31");

        Assert.Equal((1, 0, 1), Cli.RowCounts(result.Json()));
    }

    [Fact]
    public void Evaluate_AFormSavedAsCsv_ReadsItsTwoLevelHeaderNumberingAndTotalsRows()
    {
        // A district's form saved as CSV: its merged cells gone, a heading over its indicators' columns written in the
        // first of them, the indicators named in the row below, the columns numbered, the totals row labelled in STT.
        var path = _folder.Write(
            "form.csv",
            "UBND HUYỆN QUẢNG XƯƠNG,,,,,\n"
                + "STT,Mã xã,Tên xã,AssessmentYear,Region,Tiêu chí 3 - Thủy lợi,\n"
                + ",,,,,IrrigatedFarmlandRate,DisasterPreparednessMet\n"
                + "(1),(2),(3),(4),(5),(6),(7)\n"
                + "1,X1,Xã Quảng Lợi,2024,BTB,85.6,có\n"
                + "Tổng cộng,,,,,85.6,\n"
        );

        var result = Cli.Run("explain", path, "--commune", "X1", "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var indicators = Cli.ExplainedIndicators(result.Out);
        Assert.Equal(
            ["Achieved", "Achieved"],
            new[] { "3.1", "3.2" }.Select(n => indicators[n].GetProperty("outcome").GetString())
        );
        var shown = Cli.Shown(_folder.File("form.csv"));
        Assert.Equal(
            [
                $"{shown}: row 1 above the header (row 2) was read as a title and skipped: 'UBND HUYỆN QUẢNG XƯƠNG'",
                $"{shown}: rows 2-3 were read as one header of several levels: each column is named by its lowest cell "
                    + "with text ('IrrigatedFarmlandRate' under 'Tiêu chí 3 - Thủy lợi')",
                $"{shown}: row 4 numbers the columns ('(1)', '(2)', '(3)', …) and is no commune: skipped",
            ],
            result
                .Error.Split('\n')
                .Select(l => l.TrimEnd())
                .Where(l => !l.Contains("have no column", StringComparison.Ordinal) && l.Length > 0)
        );

        var evaluated = Cli.Run("evaluate", path, "--format", "json");
        Assert.Equal(0, evaluated.ExitCode);
        var input = evaluated.Json();
        Assert.Equal((2, 1, 0), Cli.RowCounts(input));
    }

    [Fact]
    public void Evaluate_AFormTurnedTheOtherWay_IsRefusedWithHowToTurnIt_NotTakenForNamesInItsUnitColumn()
    {
        // A district's form of results: a row per indicator, a column per commune.
        var path = _folder.Write(
            "form.csv",
            "STT,Chỉ tiêu,Đơn vị,Xã An Lạc,Xã Hòa Bình,Thị trấn Yên Thế\n"
                + "1,Năm đánh giá,,2024,2024,2024\n"
                + "2,Tỷ lệ hộ nghèo đa chiều,%,1.5,2.5,0.9\n"
                + "3,Thu nhập bình quân đầu người khu vực nông thôn,triệu đồng/người/năm,60,55,70\n"
        );

        var result = Cli.Run("evaluate", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            "The table seems to give each commune a column ('Xã An Lạc', 'Xã Hòa Bình', 'Thị trấn Yên Thế') and each "
                + "input a row ('Năm đánh giá', 'Tỷ lệ hộ nghèo đa chiều', 'Thu nhập bình quân đầu người khu vực nông "
                + "thôn'): ntm reads one commune per row and one input per column. Turn it in the spreadsheet program "
                + "(copy the table, then Paste Special › Transpose), head the column of the communes 'Tên xã', and "
                + "keep one row of headers above them, the inputs' names",
            result.Error.TrimEnd(),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("--column \"Đơn vị=CommuneName\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AFormsRowsHeadingItsCommunesByDistrict_AreLeftOutAndGiveThemTheirDistrict()
    {
        // "I | Huyện Tân Kỳ", then its communes and their subtotal; a district column, where a row has one, is its own.
        var path = _folder.Write(
            "form.csv",
            "STT,Tên xã,Huyện,Năm đánh giá,Vùng kinh tế - xã hội\n"
                + "I,Huyện Tân Kỳ,,,\n1,Xã Tân An,,2024,BTB\n2,Xã Tân Hợp,,2024,BTB\n,Cộng huyện Tân Kỳ,,2024,BTB\n"
                + "II,Thị xã Thái Hòa,,,\n1,Xã Nghĩa Lộc,Huyện Nghĩa Đàn,2024,BTB\n2,Cộng Hòa,,2024,BTB\n"
                + ",Cộng II,,2024,BTB\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var root = result.Json();
        Assert.Equal(
            [
                ("Xã Tân An", "Huyện Tân Kỳ"),
                ("Xã Tân Hợp", "Huyện Tân Kỳ"),
                ("Xã Nghĩa Lộc", "Huyện Nghĩa Đàn"),
                ("Cộng Hòa", "Thị xã Thái Hòa"),
            ],
            root.GetProperty("localities")
                .EnumerateArray()
                .Select(l => (l.GetProperty("name").GetString(), l.GetProperty("district").GetString()))
        );
        Assert.Equal(
            [(2, "groupHeading"), (5, "totalsRow"), (6, "groupHeading"), (9, "totalsRow")],
            root.GetProperty("leftOut")
                .EnumerateArray()
                .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("reason").GetString()))
        );
        Assert.Equal(0, root.GetProperty("rejected").GetArrayLength());
        Assert.Contains(
            "row 2 ('Huyện Tân Kỳ') heads the communes below it, not a commune: left out; it is the district of those "
                + "the file gives none",
            Cli.Run("evaluate", path, "--format", "csv", "--lang", "en").Error,
            StringComparison.Ordinal
        );

        // A district's row under a district set is a locality, data or none.
        var districts = _folder.Write("districts.csv", "Mã đơn vị,Tên đơn vị\nH1,Huyện Tân Kỳ\n");
        var evaluated = Cli.Run(
            "evaluate",
            districts,
            "--set",
            "national/2021-2025/district-standard",
            "--as-of",
            "2024-12-31",
            "--format",
            "json"
        );
        Assert.Equal(1, evaluated.Json().GetProperty("localities").GetArrayLength());
    }

    [Fact]
    public void Evaluate_ARowWithoutIdUnderNamedColumns_IsACommuneRejected_NotAHeader()
    {
        // Values under columns the header names (not under a heading's empty columns): a commune without its id.
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,AssessmentYear,Region\n,Xã Một,2024,BTB\nX2,Xã Hai,2024,BTB\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("header of several levels", result.Error, StringComparison.Ordinal);
        var root = result.Json();
        Assert.Equal((2, 1, 1), Cli.RowCounts(root));
    }

    [Fact]
    public void Evaluate_AFormWithoutIds_KnowsEachCommuneByItsNameAndSaysSo()
    {
        // A district's form lists its communes by name under its title rows; a name given twice (written two ways, as
        // "Xã Hà Sơn" and "Hà Sơn" are), or none, is rejected.
        var path = _folder.Write(
            "form.csv",
            "UBND HUYỆN HÀ TRUNG,,,,\n"
                + "STT,Tên xã,AssessmentYear,Region,IrrigatedFarmlandRate\n"
                + "1,Xã Hà Sơn,2024,BTB,85\n"
                + "2,Xã Hà Bình,2024,BTB,90\n"
                + "3,Hà Sơn,2024,BTB,70\n"
                + "4,,2024,BTB,60\n"
                + "Tổng cộng,,,,\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");
        var vietnamese = Cli.Run("evaluate", path, "--format", "json");
        var explain = Cli.Run("explain", path, "--commune", "Xã Hà Bình", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var root = result.Json();
        Assert.Equal(["Xã Hà Sơn", "Xã Hà Bình"], Cli.LocalityIds(root));
        Assert.Equal(
            [
                (
                    5,
                    "Tên xã",
                    "the commune name is already used on row 3 as 'Xã Hà Sơn': the file has no ids' column, so each "
                        + "commune is known by its name; add a 'Mã xã' column to tell them apart"
                ),
                (
                    6,
                    null,
                    "the row has no commune name (the file has no ids' column, so each commune is known by "
                        + "its name)"
                ),
            ],
            root.GetProperty("rejected")
                .EnumerateArray()
                .Select(r =>
                    (
                        r.GetProperty("row").GetInt32(),
                        r.GetProperty("column").GetString(),
                        r.GetProperty("message").GetString()
                    )
                )
        );
        var shown = Cli.Shown(_folder.File("form.csv"));
        Assert.Contains(
            $"{shown}: the file has no column of communes' ids (CommuneId or 'Mã xã'): each commune is known by its "
                + "name in the column 'Tên xã', and two rows of one name are rejected",
            result.Error.Split('\n').Select(l => l.TrimEnd())
        );
        Assert.Contains(
            $"{shown}: tệp không có cột mã xã (CommuneId hoặc 'Mã xã'): mỗi xã được nhận theo tên ở cột 'Tên xã', và "
                + "hai dòng cùng tên bị loại",
            vietnamese.Error.Split('\n').Select(l => l.TrimEnd())
        );
        Assert.Equal(0, explain.ExitCode);
        Assert.Equal("Xã Hà Bình", explain.Json().GetProperty("id").GetString());
    }

    [Fact]
    public void Evaluate_ANameOfTwoDistrictsInAFileOfNames_IsRejectedNamingTheFirstsDistrict()
    {
        var path = _folder.Write(
            "province.csv",
            "Tên xã,Huyện,AssessmentYear,Region\n"
                + "Xã Đông Hòa,Huyện Kỳ Anh,2024,BTB\n"
                + "Xã Đông Hòa,Huyện Cẩm Xuyên,2024,BTB\n"
                + "Xã Hà Sơn,Huyện Hà Trung,2024,BTB\n"
                + "Xã Hà Sơn,huyện hà trung,2024,BTB\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json");

        var root = result.Json();
        Assert.Equal(
            [
                "tên xã đã có ở dòng 2, thuộc Huyện Kỳ Anh: tệp không có cột mã, nên mỗi xã được nhận theo tên; thêm "
                    + "cột 'Mã xã' để phân biệt",
                "tên xã đã có ở dòng 4: tệp không có cột mã, nên mỗi xã được nhận theo tên; thêm cột 'Mã xã' để phân "
                    + "biệt",
            ],
            root.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("message").GetString())
        );
    }

    [Fact]
    public void Evaluate_AFormsOwnNamesHeaderNamedByColumn_MarksTheHeaderUnderItsTitles()
    {
        var path = _folder.Write(
            "form.csv",
            "UBND HUYỆN HÀ TRUNG,,\nBÁO CÁO NĂM 2024,,\nĐơn vị,AssessmentYear,Region\nXã Hà Sơn,2024,BTB\n"
        );

        var result = Cli.Run("evaluate", path, "--column", "Đơn vị=CommuneName", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var root = result.Json();
        Assert.Equal(["Xã Hà Sơn"], Cli.LocalityIds(root));
        Assert.Equal(4, root.GetProperty("localities")[0].GetProperty("row").GetInt32());
    }

    [Theory]
    [InlineData("Xã")]
    [InlineData("Xã, thị trấn")]
    [InlineData("TÊN XÃ/THỊ TRẤN")]
    public void Evaluate_AFormHeadingItsCommunesWithTheirKind_KnowsEachByItsName(string header)
    {
        var path = _folder.Write(
            "form.csv",
            $"UBND HUYỆN HÀ TRUNG,,,\nSTT,\"{header}\",AssessmentYear,Region\n1,Xã Hà Sơn,2024,BTB\n2,Xã Hà Bình,2024,BTB\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");
        var table = Cli.Run("evaluate", path, "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var root = result.Json();
        Assert.Equal(["Xã Hà Sơn", "Xã Hà Bình"], Cli.LocalityIds(root));
        Assert.Equal(3, root.GetProperty("localities")[0].GetProperty("row").GetInt32());

        // The report forwarded says it too: its column of ids holds names.
        Assert.Equal(header, root.GetProperty("input").GetProperty("idsFromNames").GetString());
        Assert.Contains(
            $"The file has no column of ids: each commune is known by its name in the column '{header}'.",
            table.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"each commune is known by its name in the column '{header}'",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("not read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AVillageForm_TakesThônForTheNames_AndXãForTheCommuneTheyAreIn()
    {
        var villages = _folder.Write(
            "villages.csv",
            "STT,Thôn,Xã,Huyện,Tỉnh,Năm đánh giá\n1,Thôn Đông,Xã Hà Bình,Hà Trung,Thanh Hóa,2024\n"
                + "2,Thôn Tây,Xã Hà Bình,Hà Trung,Thanh Hóa,2024\n"
        );
        var communesOnly = _folder.Write("communes.csv", "STT,Xã,Năm đánh giá\n1,Xã Hà Bình,2024\n");
        const string Set = "provincial/thanh-hoa/village-standard";

        var result = Cli.Run("evaluate", villages, "--set", Set, "--format", "json", "--lang", "en");
        var refused = Cli.Run("evaluate", communesOnly, "--set", Set, "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["Thôn Đông", "Thôn Tây"], Cli.LocalityIds(result.Json()));
        Assert.Contains(
            "1 column is not an input of the criteria and is not read: 'Xã'",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("no column holds the villages' ids or names", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AVillageFormNamingAVillageTwoWays_RejectsItsSecondRow()
    {
        // "Thôn Đông" and "Đông" are one village, as "Xã Hà Bình" and "Hà Bình" are one commune.
        var villages = _folder.Write(
            "villages.csv",
            "STT,Thôn,Huyện,Tỉnh,Năm đánh giá\n1,Thôn Đông,Hà Trung,Thanh Hóa,2024\n2,Đông,Hà Trung,Thanh Hóa,2024\n"
        );

        var result = Cli.Run(
            "evaluate",
            villages,
            "--set",
            "provincial/thanh-hoa/village-standard",
            "--format",
            "json",
            "--lang",
            "en"
        );

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["Thôn Đông"], Cli.LocalityIds(result.Json()));
        Assert.Equal(
            3,
            Assert.Single(result.Json().GetProperty("rejected").EnumerateArray()).GetProperty("row").GetInt32()
        );
    }

    [Fact]
    public void Evaluate_ATableOfIndicatorsByRow_ItsĐơnVịTheUnit_IsNotReadAsCommunes()
    {
        // Reports also lay out communes by column: "Đơn vị" is then the unit of each indicator, not a commune. Its
        // indicators are named as the form names them, not as ntm's inputs: the column of indicators tells the table.
        var path = _folder.Write(
            "table.csv",
            "STT,Chỉ tiêu,Đơn vị,Xã Hà Sơn,Xã Hà Bình\n1,Tỷ lệ hộ dùng nước sạch,%,95,90\n2,Thu nhập,triệu đồng,60,58\n"
        );
        var notTurned = _folder.Write("plain.csv", "STT,Xã có chợ,Xã có bưu điện,Đơn vị\n1,có,có,Xã Hà Sơn\n");

        var result = Cli.Run("evaluate", path, "--lang", "en");
        var plain = Cli.Run("evaluate", notTurned, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no column holds the communes' ids or names", result.Error, StringComparison.Ordinal);
        Assert.Contains(
            ". The table seems to give each commune a column ('Xã Hà Sơn', 'Xã Hà Bình') and each input a row: ntm "
                + "reads one commune per row",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("--column \"Đơn vị=CommuneName\"", result.Error, StringComparison.Ordinal);
        Assert.EndsWith(
            ". If 'Đơn vị' holds the communes' names, read it so: --column \"Đơn vị=CommuneName\"",
            plain.Error.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_ACriteriaWorkbook_SaysToImportIt_NotThatItLacksIds()
    {
        var workbook = _folder.File("tieu-chi.xlsx");
        Cli.Run("workbook", "export", "national/2021-2025/commune-standard", "--out", workbook, "--lang", "en");

        var result = Cli.Run("evaluate", workbook, "--lang", "en");

        var shown = Cli.Shown(_folder.File("tieu-chi.xlsx"));
        Assert.Equal(
            (
                2,
                $"ntm: {shown}: a criteria workbook (ntm workbook export), not the communes' data: import it with ntm "
                    + $"workbook import \"{shown}\" --out DIR, then evaluate the communes' file with --rules DIR"
            ),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Theory]
    [InlineData("Thôn, bản", "provincial/thanh-hoa/village-standard")]
    [InlineData("Khu dân cư", "provincial/ha-tinh/residential-area-model")]
    public void Evaluate_AVillageFormHeadingItsVillagesWithTheirKind_KnowsEachByItsName(string header, string set)
    {
        var path = _folder.Write("villages.csv", $"STT,\"{header}\",Năm đánh giá\n1,Thôn Đông,2024\n2,Thôn Tây,2024\n");

        var result = Cli.Run("evaluate", path, "--set", set, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["Thôn Đông", "Thôn Tây"], Cli.LocalityIds(result.Json()));
    }

    [Fact]
    public void Evaluate_AFormWithIds_LeavesXãUnread_AsItDidBefore()
    {
        var path = _folder.Write("form.csv", "Mã xã,Xã,AssessmentYear,Region\nX1,Xã Hà Sơn,2024,BTB\n");

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["X1"], Cli.LocalityIds(result.Json()));
        Assert.Contains("is not read: 'Xã'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new object[] { "(1)", "(2)", "(3)" }, true)]
    [InlineData(new object[] { 1.0, 2.0, 3.0, 4.0 }, true)]
    [InlineData(new object[] { "A", "B", "C", "1", "2", "3" }, true)]
    [InlineData(new object[] { "1", "2" }, false)]
    [InlineData(new object[] { "1", "3", "4" }, false)]
    [InlineData(new object[] { "1", "2", "3", "A" }, false)]
    [InlineData(new object[] { "X1", "(2)", "(3)", "(4)" }, false)]
    [InlineData(new object[] { "7", "8", "9", "10" }, false)]
    public void ColumnNumbering_TakesOnlyLabelsInOrder(object[] cells, bool numbers)
    {
        Assert.Equal(numbers, ColumnNumbering.Of(new RawRow(2, cells)) is not null);
    }
}
