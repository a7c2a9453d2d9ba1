using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Data files as offices produce them, and broken ones: every bad row named, every good row evaluated.
/// </summary>
public sealed class DataFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string[] SampleLines = File.ReadAllLines(Cli.Fixture("communes-small.csv"));

    private static string Header => SampleLines[1];

    /// <summary>The sample row of a commune (1-based), as written in the fixture.</summary>
    private static string Row(int commune) => SampleLines[1 + commune];

    /// <summary>A sample row with one cell changed.</summary>
    private static string WithCell(string row, string column, string value)
    {
        var cells = row.Split(',');
        cells[Array.IndexOf(Header.Split(','), column)] = value;
        return string.Join(',', cells);
    }

    /// <summary>A data file of the sample's header and these rows, each line ended.</summary>
    private static string FileOf(params string[] rows) => string.Join("\n", rows.Prepend(Header)) + "\n";

    private static List<string> Standard(JsonElement root) =>
        [
            .. root.GetProperty("localities")
                .EnumerateArray()
                .Select(l => l.GetProperty("chains")[0].GetProperty("sets")[0].GetRawText()),
        ];

    [Fact]
    public void Evaluate_DecimalCommaSemicolonsBomAndVietnameseHeaders_ReadsTheSameValues()
    {
        var labels = NtmInputs.Schema.Declarations.ToDictionary(d => d.Name, d => d.Labels["vi"]);
        var header = string.Join(
            ';',
            Header
                .Split(',')
                .Select(h =>
                    h switch
                    {
                        "CommuneId" => "Mã xã",
                        "CommuneName" => "Tên xã",
                        "District" => "Huyện",
                        "Province" => "Tỉnh",
                        _ => labels[h].Contains(';', StringComparison.Ordinal) ? $"\"{labels[h]}\"" : labels[h],
                    }
                )
        );
        var rows = Enumerable
            .Range(1, 12)
            .Select(i => string.Join(';', Row(i).Split(',').Select(cell => cell.Replace('.', ','))));
        var path = _folder.Write("vi.csv", string.Join("\r\n", rows.Prepend(header)) + "\r\n", byteOrderMark: true);

        var vietnamese = Cli.Run("evaluate", path, "--format", "json");
        var original = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "json");

        Assert.Equal(0, vietnamese.ExitCode);
        Assert.Equal(",", vietnamese.Json().GetProperty("input").GetProperty("decimalSeparator").GetString());
        Assert.Equal(Standard(original.Json()), Standard(vietnamese.Json()));
        Assert.DoesNotContain("--culture", vietnamese.Error, StringComparison.Ordinal);
    }

    // The numbers explain --format json shows the first set read, by input.
    private static Dictionary<string, double> NumbersRead(CliResult explained) =>
        explained
            .Json()
            .GetProperty("chains")[0]
            .GetProperty("sets")[0]
            .GetProperty("criteria")
            .EnumerateArray()
            .SelectMany(c => c.GetProperty("indicators").EnumerateArray())
            .Where(i => i.GetProperty("actual").ValueKind == JsonValueKind.Number)
            .ToDictionary(i => i.GetProperty("input").GetString()!, i => i.GetProperty("actual").GetDouble());

    [Fact]
    public void Header_MarkedForANoteUnderTheTable_IsReadAsItsColumnWouldBeAlone()
    {
        // "(*)", "(1)", "[2]": a form's marks for its notes, after a label, a unit or another mark.
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,Năm đánh giá (*),Vùng kinh tế - xã hội [2],"
                + "Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm) (1),"
                + "Tỷ lệ hộ nghèo đa chiều (%) (*)(**),Tỷ lệ hộ nghèo (*)\n"
                + "X1,Xã Một,2024,BTB,61.6,2.5,7\n"
        );

        var result = Cli.Run("explain", path, "--commune", "X1", "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var actual = NumbersRead(result);
        Assert.Equal((61.6, 2.5), (actual["IncomePerCapita"], actual["MultidimensionalPovertyRate"]));

        // Without its mark, a header still names its column only as it would alone.
        Assert.Contains("'Tỷ lệ hộ nghèo (*)'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_ALabelFollowedByItsUnit_IsReadAsTheInput()
    {
        // Forms write the unit after the label, in either language, with or without a space.
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,Năm đánh giá,Vùng kinh tế - xã hội,"
                + "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động (%),"
                + "Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm),"
                + "Multidimensional poverty rate(%),Tỷ lệ hộ nghèo (%)\n"
                + "X1,Xã Một,2024,BTB,88,61.6,2.5,7\n"
        );

        var result = Cli.Run("explain", path, "--commune", "X1", "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var actual = NumbersRead(result);
        Assert.Equal(
            (88.0, 61.6, 2.5),
            (actual["IrrigatedFarmlandRate"], actual["IncomePerCapita"], actual["MultidimensionalPovertyRate"])
        );

        // A label the unit does not follow exactly is not read as it.
        Assert.Contains("'Tỷ lệ hộ nghèo (%)'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_AHeaderOfTheDistrictsOwn_IsReadAsTheInputItNames()
    {
        // A district's own sheet: its id column and its group column under headers of its own, below a title.
        var path = _folder.Write(
            "own.csv",
            "BÁO CÁO NĂM 2026,,,,\nSố hiệu xã,Tên,Tỉnh,Năm đánh giá,Nhóm xã\nX01,Xã A,Lào Cai,2026,Nhóm 3\n"
        );
        string[] columns = ["--column", "Số hiệu xã=CommuneId", "--column", "nhóm  XÃ = CommuneGroup"];

        var unmapped = Cli.Run("evaluate", path, "--lang", "en");
        var explained = Cli.Run(["explain", path, "--commune", "X01", "--lang", "en", .. columns]);
        var evaluated = Cli.Run(["evaluate", path, "--lang", "en", .. columns]);

        // Unmapped, the ids' column is not read, and the names are the ids.
        Assert.Equal(0, unmapped.ExitCode);
        Assert.Contains("are not read: 'Số hiệu xã'", unmapped.Error, StringComparison.Ordinal);
        Assert.Contains(
            "each commune is known by its name in the column 'Tên'",
            unmapped.Error,
            StringComparison.Ordinal
        );
        Assert.Contains("Commune group: 3 in the data.", explained.Out, StringComparison.Ordinal);
        Assert.True(evaluated.ExitCode == 0, evaluated.Error);
        Assert.DoesNotContain("not read", evaluated.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CommuneGroup", evaluated.Error, StringComparison.Ordinal);
        Assert.Contains(
            "Columns read as --column says: 'Số hiệu xã' as CommuneId, 'Nhóm xã' as CommuneGroup.",
            evaluated.Out,
            StringComparison.Ordinal
        );
        using var json = System.Text.Json.JsonDocument.Parse(
            Cli.Run(["evaluate", path, "--format", "json", .. columns]).Out
        );
        Assert.Equal(
            [("Số hiệu xã", "CommuneId"), ("Nhóm xã", "CommuneGroup")],
            json.RootElement.GetProperty("input")
                .GetProperty("columns")
                .EnumerateArray()
                .Select(c => (c.GetProperty("header").GetString(), c.GetProperty("readAs").GetString()))
        );
    }

    [Fact]
    public void Column_HeadedByAnIndicatorsNumber_IsSuggestedWithTheOptionThatReadsIt()
    {
        // A report form heads its indicators' columns by their numbers in the decision.
        var path = _folder.Write("form.csv", "Mã xã,Region,AssessmentYear,3.1\nX01,BTB,2024,85.5\n");

        var suggested = Cli.Run("evaluate", path, "--lang", "en");
        var read = Cli.Run("explain", path, "--column", "3.1=IrrigatedFarmlandRate", "--format", "json");

        Assert.Contains(
            "'3.1' (did you mean IrrigatedFarmlandRate?); a column is read when it is headed by the input's id or its "
                + "full label (as ntm inputs lists them), or named with --column \"3.1=IrrigatedFarmlandRate\"",
            suggested.Error,
            StringComparison.Ordinal
        );
        Assert.Equal(85.5, Cli.ExplainedIndicators(read.Out)["3.1"].GetProperty("actual").GetDouble());
    }

    [Fact]
    public void Column_AKeyOfAJsonFile_IsReadAsTheInputItNames_OrSaidNeverMet()
    {
        // A JSON file shows its keys object by object: a key never met is said once the file has been read.
        var path = _folder.Write(
            "own.json",
            """[ { "Mã xã": "X01", "Năm đánh giá": 2026, "Nhóm xã": 3 }, { "Mã xã": "X02", "Năm đánh giá": 2026 } ]"""
        );

        var read = Cli.Run("explain", path, "--commune", "X01", "--column", "Nhóm xã=CommuneGroup", "--lang", "en");
        var never = Cli.Run("evaluate", path, "--column", "Nhom=CommuneGroup", "--lang", "en");

        Assert.Contains("Commune group: 3 in the data.", read.Out, StringComparison.Ordinal);
        Assert.Equal(0, never.ExitCode);
        Assert.Contains(
            "own.json has no such column; its columns are 'Mã xã', 'Năm đánh giá', 'Nhóm xã'",
            never.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(
        "Nhóm xã",
        "ntm: --column 'Nhóm xã': write the file's header, '=' and the input it gives, as \"Nhóm xã=CommuneGroup\""
    )]
    [InlineData(
        "Nhóm xã=",
        "ntm: --column 'Nhóm xã=': write the file's header, '=' and the input it gives, as \"Nhóm xã=CommuneGroup\""
    )]
    [InlineData(
        "Nhóm xã=CommuneGrup",
        "ntm: --column 'Nhóm xã=CommuneGrup': no input or identity column is named 'CommuneGrup'; the closest are "
            + "CommuneGroup, CommuneId, CommuneName ('ntm inputs' lists the inputs)"
    )]
    [InlineData(
        "Nhom=CommuneGroup",
        "ntm: --column 'Nhom=CommuneGroup': {file} has no such column; its columns are 'Mã xã', 'Nhóm xã'"
    )]
    [InlineData(
        "Nhom xa=CommuneGroup",
        "ntm: --column 'Nhom xa=CommuneGroup': {file} has no such column (did you mean 'Nhóm xã'?); its columns are "
            + "'Mã xã', 'Nhóm xã'"
    )]
    public void Column_ThatCannotBeRead_IsAUsageError(string column, string expected)
    {
        var path = _folder.Write("c.csv", "Mã xã,Nhóm xã\nX01,2\n");

        var result = Cli.Run("evaluate", path, "--column", column, "--as-of", "2026-12-31", "--lang", "en");

        Assert.Equal(
            (2, expected.Replace("{file}", path.Replace(Path.GetTempPath(), "TEMP/", StringComparison.Ordinal))),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Fact]
    public void Evaluate_ACellLongerThanASpreadsheetCellCanHold_RejectsItsRowShowingTheBeginning()
    {
        var name = "Xã " + new string('x', 39_997);
        var csv = _folder.Write("long.csv", FileOf(WithCell(Row(1), "CommuneName", name), Row(2)));
        var json = _folder.Write(
            "long.json",
            $$"""[{"CommuneId": "X1", "CommuneName": "{{name}}"}, {"CommuneId": "X2"}]""" + "\n"
        );

        foreach (var path in new[] { csv, json })
        {
            var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31", "--format", "json");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(1, result.Json().GetProperty("localities").GetArrayLength());
            var rejected = Assert.Single(result.Json().GetProperty("rejected").EnumerateArray());
            Assert.Equal(
                (
                    "CommuneName",
                    name[..100] + "…",
                    "the cell holds 40,000 characters, over the limit of 32,767 (a spreadsheet's own limit for a cell)"
                ),
                (
                    rejected.GetProperty("column").GetString(),
                    rejected.GetProperty("value").GetString(),
                    rejected.GetProperty("message").GetString()
                )
            );
        }
    }

    [Fact]
    public void Evaluate_JsonTextOfMillionsOfCharacters_StopsThereWithoutHoldingIt()
    {
        var path = _folder.Write(
            "huge.json",
            $$"""
            [{"CommuneId": "X1"},
             {"CommuneId": "X2", "CommuneName": "{{new string('x', 3_000_000)}}"},
             {"CommuneId": "X3"}]
            """
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["X1"], Cli.LocalityIds(result.Json()));
        var rejected = Assert.Single(result.Json().GetProperty("rejected").EnumerateArray());
        Assert.Equal(
            (
                2,
                "the file could not be read past this object, and the rest of it was not read: a text in the file is "
                    + "longer than 1,048,576 characters (a commune's values are a few dozen)"
            ),
            (rejected.GetProperty("row").GetInt32(), rejected.GetProperty("message").GetString())
        );
    }

    [Fact]
    public void Evaluate_ValuesReadingEitherWayBeforeTheSeparatorIsKnown_AreNotedWithTheCultureThatReadsThem()
    {
        var path = _folder.Write(
            "either.csv",
            "CommuneId,Region,AssessmentYear,IncomePerCapita\nA1,BTB,2024,1.234\nA2,BTB,2024,45.5\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "csv", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "either.csv: 1 value that reads either way (thousands or a decimal) was refused before the file told "
                + "its decimal separator, the first at row 2, column 'IncomePerCapita', value "
                + "'1.234'; the file then uses "
                + "'.' (row 3, column 'IncomePerCapita', value '45.5'): --culture en-US reads it",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_RegionsWrittenOut_AreReadAsTheirCodes()
    {
        // The fixture's first two communes are in TDMNPB.
        var path = _folder.Write(
            "regions.csv",
            FileOf(
                WithCell(Row(1), "Region", "Trung du và miền núi phía Bắc"),
                WithCell(Row(2), "Region", "TRUNG DU MIEN NUI PHIA BAC")
            )
        );

        var result = Cli.Run("evaluate", path, "--format", "json");
        var original = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Standard(original.Json())[..2], Standard(result.Json()));
    }

    [Fact]
    public void Evaluate_TitleLinesAboveTheHeader_AreSkippedAndNamed()
    {
        var path = _folder.Write(
            "form.csv",
            string.Join(
                "\n",
                "UBND HUYỆN HÀ GIANG 1,,,",
                "\"BÁO CÁO KẾT QUẢ, NĂM 2024\",,,",
                ",,,",
                Header,
                Row(1),
                Row(2)
            ) + "\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [5L, 6L],
            result.Json().GetProperty("localities").EnumerateArray().Select(l => l.GetProperty("row").GetInt64())
        );
        Assert.Contains(
            "form.csv: rows 1-3 above the header (row 4) were read as a title and skipped: 'UBND HUYỆN HÀ GIANG 1'",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_CsvReportWithAVietnameseCulture_IsSeparatedBySemicolons()
    {
        // What a Vietnamese Excel opens directly: its list separator is the semicolon where the decimal mark is a
        // comma.
        var rows = Enumerable
            .Range(1, 3)
            .Select(i => string.Join(';', Row(i).Split(',').Select(cell => cell.Replace('.', ','))));
        var path = _folder.Write("vi.csv", string.Join("\n", rows.Prepend(Header.Replace(',', ';'))) + "\n");

        var vietnamese = Cli.Run("evaluate", path, "--format", "csv", "--culture", "vi-VN")
            .Out.Split(Environment.NewLine);
        var invariant = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "csv")
            .Out.Split(Environment.NewLine);

        Assert.StartsWith("Row;CommuneId;CommuneName;District;Province;", vietnamese[0], StringComparison.Ordinal);
        Assert.Equal(invariant[0].Split(','), vietnamese[0].Split(';'));
        Assert.Equal(invariant[1].Split(',')[1..], vietnamese[1].Split(';')[1..]);
    }

    [Fact]
    public void Evaluate_RejectedRowsInVietnamese_SayEveryReasonInVietnamese()
    {
        var path = _folder.Write(
            "bad.csv",
            "CommuneId,Region,AssessmentYear,IncomePerCapita,MultidimensionalPovertyRate,HasRuralMarket\n"
                + "A0,BTB,2024,40.5,5,có\nA2,BTB,2024,45.5,120,maybe\nA3,Miền Trung,2024,x,5,\n"
                + "A4,BTB,2024,61600000,5,có\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "csv");

        var lines = result.Error.Split(Environment.NewLine);
        var file = Cli.Shown(_folder.File("bad.csv"));
        Assert.Contains(
            $"{file}: dòng 3, cột 'HasRuralMarket', giá trị 'maybe': không phải giá trị "
                + "có/không (viết có/không, true/false hoặc 1/0)",
            lines
        );
        Assert.Contains(
            $"{file}: dòng 3, cột 'MultidimensionalPovertyRate', giá trị '120': 120 nằm ngoài miền giá trị của "
                + "MultidimensionalPovertyRate (0–100 %)",
            lines
        );
        Assert.Contains($"{file}: dòng 4, cột 'IncomePerCapita', giá trị 'x': không phải một số", lines);

        // In đồng where the input is in million đồng: the range's unit, in Vietnamese, shows the slip.
        Assert.Contains(
            $"{file}: dòng 5, cột 'IncomePerCapita', giá trị '61600000': 61600000 nằm ngoài miền giá trị của "
                + "IncomePerCapita (0–10000 triệu đồng/người/năm)",
            lines
        );
        Assert.Contains(
            $"{file}: dòng 4, cột 'Region', giá trị 'Miền Trung': \"Miền Trung\" không phải một trong TDMNPB (Trung "
                + "du và miền núi phía Bắc), DBSH (Đồng bằng sông Hồng), BTB (Bắc Trung Bộ), DHNTB (Duyên hải Nam "
                + "Trung Bộ), TN (Tây Nguyên), DNB (Đông Nam Bộ), DBSCL (Đồng bằng sông Cửu Long)",
            lines
        );
        Assert.Contains($"{file}: loại 3 trong 4 dòng; các dòng khác đã được đánh giá", lines);
    }

    [Fact]
    public void Evaluate_AFileNoRowOfWhichCanBeRead_SaysTheFirstProblem_AndHowToSeeEvery()
    {
        var path = _folder.Write(
            "bad.csv",
            "CommuneId,Region,AssessmentYear,IrrigatedFarmlandRate\nA1,BTB,2024,185\nA2,BTB,2024,x\n"
        );

        var dated = Cli.Run("evaluate", path, "--lang", "en");
        var listed = Cli.Run("evaluate", path, "--lang", "en", "--as-of", "2024-12-31");

        Assert.Equal(
            (
                2,
                $"ntm: {Cli.Shown(_folder.File("bad.csv"))}: no row can be read, so no year of assessment "
                    + "gives the date; the first: row 2, column 'IrrigatedFarmlandRate', value '185': 185 is outside "
                    + "the range of IrrigatedFarmlandRate (0–100 %). With --as-of DATE, the report lists every row "
                    + "rejected and why"
            ),
            (dated.ExitCode, dated.Error.TrimEnd())
        );
        Assert.Equal(1, listed.ExitCode);
        Assert.Contains("  3  IrrigatedFarmlandRate  x", listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AFileNoRowOfWhichCanBeRead_ShowsThreeProblemsOfTheFirstRow_AndCountsTheRest()
    {
        // A problem in every column: more than one line can hold.
        var path = _folder.Write(
            "bad.csv",
            "CommuneId,Region,AssessmentYear,IrrigatedFarmlandRate,PavedCommuneRoadRate,FieldRoadRate,"
                + "CleanAlleyRate,SolidHouseRate\nA1,BTB,2024,185,186,187,188,189\n"
        );

        var result = Cli.Run("evaluate", path);

        Assert.Equal(
            (
                2,
                $"ntm: {Cli.Shown(_folder.File("bad.csv"))}: không đọc được dòng nào, nên không có "
                    + "năm đánh giá để lấy ngày đánh giá; dòng đầu tiên: dòng 2, cột 'IrrigatedFarmlandRate', "
                    + "giá trị '185': 185 nằm ngoài miền giá trị của IrrigatedFarmlandRate (0–100 %); dòng 2, cột "
                    + "'PavedCommuneRoadRate', giá trị '186': 186 nằm ngoài miền giá trị của PavedCommuneRoadRate "
                    + "(0–100 %); dòng 2, cột 'FieldRoadRate', giá trị '187': 187 nằm ngoài miền giá trị của "
                    + "FieldRoadRate (0–100 %); và 2 lỗi khác của dòng đó. Với --as-of NGÀY, báo cáo liệt kê mọi dòng "
                    + "bị loại và lý do"
            ),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Fact]
    public void Evaluate_AYearWrittenAsADay_IsRefusedWithTheYearToWrite()
    {
        var path = _folder.Write("days.csv", "CommuneId,Region,AssessmentYear\nA1,BTB,31/12/2024\nA2,BTB,2024-12-31\n");

        var result = Cli.Run("evaluate", path, "--as-of", "2024-12-31", "--format", "csv", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        var file = Cli.Shown(_folder.File("days.csv"));
        Assert.Equal(
            [
                $"{file}: row 2, column 'AssessmentYear', value '31/12/2024': the cell is a date (2024-12-31), not a "
                    + "number; write the year, 2024",
                $"{file}: row 3, column 'AssessmentYear', value '2024-12-31': the cell is a date (2024-12-31), not a "
                    + "number; write the year, 2024",
            ],
            result.Error.Split(Environment.NewLine).Where(line => line.Contains("value '", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void Evaluate_AFileThatCannotBeRead_SaysWhyInVietnamese()
    {
        var missing = Cli.Run("evaluate", _folder.File("nope.csv"));
        var empty = Cli.Run("evaluate", _folder.Write("header.csv", "CommuneId,Region\n"));
        var other = Cli.Run("evaluate", _folder.Write("report.pdf", "x"));

        var folder = Cli.Shown(_folder.Path);
        Assert.Equal((2, $"ntm: {folder}/nope.csv: không có tệp này"), (missing.ExitCode, missing.Error.TrimEnd()));
        Assert.Equal(
            (2, $"ntm: {folder}/header.csv: tệp không có dòng dữ liệu nào"),
            (empty.ExitCode, empty.Error.TrimEnd())
        );
        Assert.Equal(
            (2, $"ntm: {folder}/report.pdf: không đọc được tệp '.pdf'; dùng tệp .csv, .json hoặc .xlsx"),
            (other.ExitCode, other.Error.TrimEnd())
        );
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("vietnam")]
    public void Evaluate_CultureNoSystemKnows_IsRefused_NotReadWithAPoint(string culture)
    {
        var result = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--culture", culture, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: --culture '{culture}' is not a culture name; use vi-VN (decimal comma) or en-US (decimal point)",
            result.Error.TrimEnd()
        );
    }

    [Fact]
    public void Evaluate_PercentSignsAndGivenCulture_ReadAsNumbers()
    {
        var row = WithCell(Row(1), "HardenedVillageRoadRate", "98.8%");
        var path = _folder.Write("percent.csv", FileOf(row));

        var result = Cli.Run("evaluate", path, "--format", "json", "--culture", "en-US");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Standard(Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "json").Json())[0],
            Standard(result.Json())[0]
        );
        Assert.DoesNotContain("detected", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BadRows_ListsEachWithRowColumnAndValueAndEvaluatesTheRest()
    {
        var lines = new[]
        {
            Header,
            Row(1),
            WithCell(Row(2), "HardenedVillageRoadRate", "abc"),
            WithCell(Row(3), "MultidimensionalPovertyRate", "120"),
            Row(1),
            WithCell(Row(4), "HasApprovedCommunePlan", "maybe"),
            "",
            Row(5)[..40],
            WithCell(Row(6), "CommuneId", ""),
            WithCell(Row(7), "Region", "Mars"),
            Row(8),
            Row(9)[..30] + "\"unterminated",
        };
        var path = _folder.Write("bad.csv", string.Join("\n", lines));

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var root = result.Json();
        Assert.Equal((10, 2, 8), Cli.RowCounts(root));
        Assert.Equal(["X0001", "X0008"], Cli.LocalityIds(root));
        var rejected = root.GetProperty("rejected")
            .EnumerateArray()
            .Select(e =>
                $"{e.GetProperty("row").GetInt32()} | {e.GetProperty("column").GetString()} | "
                + $"{e.GetProperty("value").GetString()} | {e.GetProperty("message").GetString()}"
            )
            .ToList();
        Assert.Equal(
            [
                "3 | HardenedVillageRoadRate | abc | not a number",
                "4 | MultidimensionalPovertyRate | 120 | 120 is outside the range of MultidimensionalPovertyRate (0–100 %)",
                "5 | CommuneId | X0001 | commune id already used on row 2",
                "6 | HasApprovedCommunePlan | maybe | not a yes/no value (write true/false, 1/0 or có/không)",
                "8 |  |  | the row has 4 cells and the header 75",
                "9 |  |  | the row has no commune id (a CommuneId or 'Mã xã' column)",
                "10 | Region | Mars | \"Mars\" is not one of TDMNPB (Trung du và miền núi phía Bắc), DBSH (Đồng bằng "
                    + "sông Hồng), BTB (Bắc Trung Bộ), DHNTB (Duyên hải Nam Trung Bộ), TN (Tây Nguyên), DNB (Đông Nam "
                    + "Bộ), DBSCL (Đồng bằng sông Cửu Long)",
                "12 |  |  | a quote inside an unquoted cell",
            ],
            rejected
        );
        Assert.Contains(
            "bad.csv: 8 of 10 rows rejected (listed at the end of the report); the others were evaluated",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_RowOfAnotherYear_IsRejectedUnlessADateIsGiven()
    {
        var path = _folder.Write("years.csv", FileOf(Row(1), WithCell(Row(2), "AssessmentYear", "2023")));

        var fromData = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");
        var onOneDate = Cli.Run("evaluate", "--lang", "en", path, "--format", "json", "--as-of", "2024-12-31");

        Assert.Equal(1, fromData.ExitCode);
        var error = Assert.Single(fromData.Json().GetProperty("rejected").EnumerateArray());
        Assert.Equal(
            "3 AssessmentYear 2023: the file is assessed as of 2024 (from its first row); give --as-of to evaluate "
                + "rows of several years on one date",
            $"{error.GetProperty("row").GetInt32()} {error.GetProperty("column").GetString()} "
                + $"{error.GetProperty("value").GetString()}: {error.GetProperty("message").GetString()}"
        );
        Assert.Equal(0, onOneDate.ExitCode);
        Assert.Equal(2, onOneDate.Json().GetProperty("localities").GetArrayLength());
    }

    [Fact]
    public void Evaluate_PointInADecimalCommaFile_IsRefusedNotMisread()
    {
        static string Comma(string row) => string.Join(';', row.Split(',').Select(cell => cell.Replace('.', ',')));
        var second = Comma(Row(2)).Split(';');
        second[Array.IndexOf(Header.Split(','), "HardenedVillageRoadRate")] = "81.4";
        var path = _folder.Write(
            "mixed.csv",
            string.Join("\n", Header.Replace(',', ';'), Comma(Row(1)), string.Join(';', second)) + "\n"
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Json().GetProperty("rejected").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("HardenedVillageRoadRate", error.GetProperty("column").GetString());
        Assert.Equal(
            "'81.4' uses '.' as its decimal separator, but this file uses ',' (detected at row 2, column "
                + "'HardenedVillageRoadRate', value '98,8')",
            error.GetProperty("message").GetString()
        );
    }

    [Theory]
    [InlineData("en", "the decimal separator of --culture vi-VN is ','")]
    [InlineData("vi", "dấu thập phân của --culture vi-VN là ','")]
    public void Evaluate_PointWhereTheCultureGivenWritesAComma_NamesTheCulture_NotTheFile(string lang, string why)
    {
        var path = _folder.Write("points.csv", FileOf(Row(1)));

        var result = Cli.Run(
            "evaluate",
            path,
            "--format",
            "json",
            "--culture",
            "vi-VN",
            "--as-of",
            "2024-12-31",
            "--lang",
            lang
        );

        Assert.Equal(1, result.ExitCode);
        var error = result.Json().GetProperty("rejected")[0];
        Assert.EndsWith(why, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AFormulasErrorInASheetSavedAsCsv_IsRefusedAsOne_NotACommuneNamedByIt()
    {
        // Names looked up with VLOOKUP that found nothing, saved as CSV by Excel (#N/A) or LibreOffice (Err:502).
        var path = _folder.Write(
            "errors.csv",
            FileOf(
                WithCell(Row(1), "CommuneName", "#N/A"),
                WithCell(Row(2), "HardenedVillageRoadRate", "Err:502"),
                Row(3)
            )
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "csv");

        Assert.Equal(
            [
                "errors.csv: row 2, column 'CommuneName', value '#N/A': the error #N/A of a formula that could not "
                    + "compute (correct the formula or type the value), where a text was expected",
                "errors.csv: row 3, column 'HardenedVillageRoadRate', value 'Err:502': the error Err:502 of a formula "
                    + "that could not compute (correct the formula or type the value) is not a value",
            ],
            result
                .Error.Split(Environment.NewLine)
                .Where(l => l.Contains("errors.csv: row", StringComparison.Ordinal))
                .Select(l => l[l.IndexOf("errors.csv", StringComparison.Ordinal)..])
        );
    }

    [Fact]
    public void Evaluate_RowsOfFormulasFilledDownPastTheLastCommune_AreLeftOut_ButACommuneWithAnErrorIsRefused()
    {
        // A sheet whose lookups are filled down for communes to come shows #N/A in every cell read: each such row was
        // refused cell by cell, burying the report's list. A row with a value of its own is a commune and is refused.
        var path = _folder.Write(
            "communes.csv",
            "STT,CommuneId,CommuneName,Region,AssessmentYear,PavedCommuneRoadRate\n"
                + "1,X1,Xã A,BTB,2024,95\n"
                + "2,X2,Xã B,BTB,2024,#N/A\n"
                + "3,#N/A,#N/A,#N/A,,#N/A\n"
                + "4,#N/A,#N/A,#N/A,,\n"
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var root = result.Json();
        Assert.Equal((4, 1, 1), Cli.RowCounts(root));
        Assert.Equal(
            [(4, "#N/A", "formulaErrors"), (5, "#N/A", "formulaErrors")],
            root.GetProperty("leftOut")
                .EnumerateArray()
                .Select(r =>
                    (
                        r.GetProperty("row").GetInt32(),
                        r.GetProperty("label").GetString(),
                        r.GetProperty("reason").GetString()
                    )
                )
        );
        Assert.Equal(3, root.GetProperty("rejected")[0].GetProperty("row").GetInt32());
    }

    [Fact]
    public void Evaluate_ANumberWrittenWithWords_IsRefusedWithTheNumberToWrite()
    {
        var path = _folder.Write(
            "words.csv",
            FileOf(
                WithCell(Row(1), "HardenedVillageRoadRate", "khoảng 85 (ước tính)"),
                WithCell(Row(2), "HardenedVillageRoadRate", "#DIV/0!"),
                Row(3)
            )
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "csv");

        Assert.Contains(
            "words.csv: row 2, column 'HardenedVillageRoadRate', value 'khoảng 85 (ước tính)': not a number; write 85",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "words.csv: row 3, column 'HardenedVillageRoadRate', value '#DIV/0!': the error #DIV/0! of a formula that "
                + "could not compute (correct the formula or type the value) is not a value"
                + Environment.NewLine,
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_AWholeNumberWrittenByItsName_IsReadAsTheNumber()
    {
        // Zones and groups as district reports write them: "KV III", "khu vực II", "Nhóm 2" (rules/inputs.json).
        var path = _folder.Write(
            "zones.csv",
            "CommuneId,AssessmentYear,CommuneGroup,EthnicMinorityAreaZone\nA,2026,Nhóm 2,KV III\n"
                + "B,2026,nhóm 1,khu vực II\nC,2026,group 3,ngoài vùng\nD,2026,2,KV IV\n"
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json").Json();

        Assert.Equal(
            ["2 A 2 3", "3 B 1 3"],
            result
                .GetProperty("groupContradictions")
                .EnumerateArray()
                .Select(c =>
                    $"{c.GetProperty("row")} {c.GetProperty("id").GetString()} {c.GetProperty("given")} "
                    + $"{c.GetProperty("fromFacts")}"
                )
        );
        Assert.Equal(
            "5 EthnicMinorityAreaZone: neither a number nor the name of a value (ngoài vùng, khu vực I, khu vực II, "
                + "khu vực III)",
            Assert.Single(
                result
                    .GetProperty("rejected")
                    .EnumerateArray()
                    .Select(e =>
                        $"{e.GetProperty("row")} {e.GetProperty("column").GetString()}: "
                        + e.GetProperty("message").GetString()
                    )
            )
        );
    }

    [Fact]
    public void Evaluate_CsvFormatWithBadRows_ListsThemOnStandardError()
    {
        var path = _folder.Write("bad.csv", FileOf(WithCell(Row(1), "HardenedVillageRoadRate", "x"), Row(2)));

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Out.TrimEnd().Split(Environment.NewLine).Length);
        Assert.Contains(
            "bad.csv: row 2, column 'HardenedVillageRoadRate', value 'x': not a number",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_CsvFormat_WritesFormulaLikeTextInert()
    {
        var row = WithCell(
            WithCell(Row(1), "CommuneId", "\"=HYPERLINK(\"\"http://x\"\")\""),
            "CommuneName",
            "@SUM(1+1)"
        );
        var path = _folder.Write("formula.csv", Header + "\n" + WithCell(row, "District", "-2+3") + "\n");

        var result = Cli.Run("evaluate", path, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var cells = result.Out.Split(Environment.NewLine)[1];
        Assert.StartsWith("2,\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(1+1),'-2+3,", cells, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x", "true")]
    [InlineData("X", "true")]
    [InlineData("✓", "true")]
    [InlineData("không", "false")]
    [InlineData("", "null")]
    public void Explain_AFormsTick_IsYes_AndAnEmptyCellMissingData(string cell, string actual)
    {
        var path = _folder.Write("ticks.csv", FileOf(WithCell(Row(1), "HasApprovedCommunePlan", cell)));

        var result = Cli.Run("explain", path, "--commune", "X0001", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var plan = Cli.ExplainedIndicators(result.Out)
            .Values.First(i => i.GetProperty("input").GetString() == "HasApprovedCommunePlan");
        Assert.Equal(actual, plan.GetProperty("actual").GetRawText());
    }

    [Fact]
    public void Explain_MinusZero_IsZero()
    {
        var path = _folder.Write("zero.csv", FileOf(WithCell(Row(1), "IrrigatedFarmlandRate", "-0")));

        var json = Cli.Run("explain", path, "--commune", "X0001", "--format", "json");
        var text = Cli.Run("explain", path, "--commune", "X0001", "--lang", "en");

        Assert.True(json.ExitCode == 0, json.Error);
        var irrigated = Cli.ExplainedIndicators(json.Out)
            .Values.First(i => i.GetProperty("input").GetString() == "IrrigatedFarmlandRate");
        Assert.Equal("0", irrigated.GetProperty("actual").GetRawText());
        Assert.Contains(" 0%  ", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" -0%", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AValueAHairShortOfItsThreshold_IsShownShortOfIt()
    {
        // A rate a spreadsheet computed, 79.99961 against 80: "80%  ≥ 80%  not achieved" would read as a mistake.
        var path = _folder.Write("near.csv", FileOf(WithCell(Row(1), "IrrigatedFarmlandRate", "79.99961")));

        var result = Cli.Run("explain", path, "--commune", "X0001", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = result.Out.Split('\n').Where(l => l.TrimStart().StartsWith("3.1 ", StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Matches(@" 79\.9996%  ≥ 80% ", row));
        Assert.Contains(rows, row => row.Contains(" 0.0004%  not achieved", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_UnknownAndMissingColumns_AreNamedOnStandardError()
    {
        // A form's row numbers and notes hold no input: they are not worth a warning.
        var header = "STT," + Header.Replace("CleanAlleyRate", "Ý kiến", StringComparison.Ordinal) + ",Ghi chú";
        var path = _folder.Write("columns.csv", header + "\n1," + Row(1) + ",mới sáp nhập\n");

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "columns.csv: 1 column is not an input of the criteria and is not read: 'Ý kiến'",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "columns.csv: 1 input the sets read has no column, so every commune lacks it (missing data, never "
                + "achieved): CleanAlleyRate",
            result.Error,
            StringComparison.Ordinal
        );

        // In Vietnamese, as the template heads its column.
        Assert.Contains(
            "columns.csv: 1 dữ liệu vào mà bộ tiêu chí đọc không có cột, nên mọi xã đều thiếu (thiếu dữ liệu, không "
                + "bao giờ tính là đạt): 'Tỷ lệ đường ngõ, xóm sạch và không lầy lội vào mùa mưa' (CleanAlleyRate)",
            Cli.Run("evaluate", path, "--format", "csv").Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("", "empty.csv: the file is empty")]
    [InlineData("CommuneId,Region\n", "header.csv: the file has no data rows")]
    [InlineData(
        "Region,AssessmentYear\nDBSH,2024\n",
        "noid.csv: no column holds the communes' ids or names; row 1 was taken as the header ('Region', "
            + "'AssessmentYear'): name the ids' column CommuneId or 'Mã xã' (or the names' column CommuneName or 'Tên "
            + "xã', to know each commune by its name), or name it with --column \"HEADER=CommuneId\""
    )]
    [InlineData(
        "CommuneId,Region,Region\nA,DBSH,DBSH\n",
        "twice.csv: 'Region' and 'Region' both give input Region; keep one column for each"
    )]
    [InlineData(
        "CommuneId,Region\nA,DBSH\n",
        "noyear.csv: the file has no column of the year of assessment ('AssessmentYear'), and no --as-of was given: "
            + "give the date of assessment with --as-of, or add the column"
    )]
    [InlineData(
        "CommuneId,Region,Năm đánh giá\nA,DBSH,\n",
        "emptyyear.csv: no row has a year of assessment in the column 'Năm đánh giá', and no --as-of was given: give "
            + "the date of assessment with --as-of, or fill the column"
    )]
    public void Evaluate_FileThatCannotBeEvaluated_ExitsWithCode2AndSaysWhy(string text, string expected)
    {
        var name = expected[..expected.IndexOf(':', StringComparison.Ordinal)];
        var path = _folder.Write(name, text);

        var result = Cli.Run("evaluate", "--lang", "en", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntm: {Cli.Shown(_folder.Path)}/{expected}", result.Error.TrimEnd());
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData(
        "Mã xã,Năm đánh giá\nA1,\nA2,2024\n",
        "dòng 2 không có năm đánh giá ở cột 'Năm đánh giá'; điền năm, hoặc cho ngày đánh giá bằng --as-of"
    )]
    [InlineData(
        "Mã xã,Vùng kinh tế - xã hội\nA1,BTB\n",
        "dòng 2 không có năm đánh giá: tệp không có cột năm đánh giá ('Năm đánh giá' hoặc 'AssessmentYear'); cho "
            + "ngày đánh giá bằng --as-of"
    )]
    public void Explain_ACommuneWithoutAYear_NamesTheColumnAsTheFileHeadsIt(string text, string expected)
    {
        var path = _folder.Write("year.csv", text);

        var result = Cli.Run("explain", path, "--commune", "A1");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntm: {Cli.Shown(path)}: {expected}", result.Error.TrimEnd());
    }

    [Theory]
    [InlineData("CommuneId,Region,AssessmentYear\nA1,BTB,2024\nA2,BTB,\nA3,BTB,2024\n", 3)]
    [InlineData("CommuneId,Region,AssessmentYear\nA2,BTB,\nA1,BTB,2024\nA3,BTB,2024\n", 2)]
    public void Evaluate_RowWithoutAssessmentYear_IsRejectedAloneWhereverItIs(string text, int row)
    {
        var path = _folder.Write("year.csv", text);

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["A1", "A3"], Cli.LocalityIds(result.Json()));
        var rejected = Assert.Single(result.Json().GetProperty("rejected").EnumerateArray());
        Assert.Equal(
            (
                row,
                "the row has no year of assessment, and the file is assessed as of 2024 (from its first row that "
                    + "has one): fill it, or give --as-of"
            ),
            (rejected.GetProperty("row").GetInt32(), rejected.GetProperty("message").GetString())
        );
        var vietnamese = Cli.Run("evaluate", path, "--format", "json");
        Assert.Equal(
            "dòng không có năm đánh giá, mà tệp được đánh giá theo năm 2024 (từ dòng đầu tiên "
                + "có năm): điền năm, hoặc dùng --as-of",
            vietnamese.Json().GetProperty("rejected")[0].GetProperty("message").GetString()
        );
    }

    [Fact]
    public void Evaluate_TotalsRows_AreLeftOutAndNamedNeverEvaluated()
    {
        // A district table's totals, labelled in the id or the name column; a commune whose name starts like one is
        // a commune; sums without an id or label are rejected as any row without an id.
        var sums = string.Join(',', Header.Split(',').Select(h => h is "CommuneId" or "CommuneName" ? "" : "12"));
        var path = _folder.Write(
            "totals.csv",
            FileOf(
                Row(1),
                WithCell(Row(2), "CommuneName", "Xã Tổng Cọt"),
                WithCell(WithCell(sums, "CommuneId", "Tổng cộng"), "AssessmentYear", "2024"),
                WithCell(WithCell(sums, "CommuneName", "TONG SO:"), "AssessmentYear", "2024"),
                WithCell(sums, "AssessmentYear", "2024")
            )
        );

        var json = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");
        var table = Cli.Run("evaluate", path, "--lang", "en");
        var csv = Cli.Run("evaluate", path, "--format", "csv", "--lang", "en");

        Assert.Equal(1, json.ExitCode);
        var root = json.Json();
        Assert.Equal(2, root.GetProperty("localities").GetArrayLength());
        Assert.Equal((5, 2, 1), Cli.RowCounts(root));
        Assert.Equal(2, root.GetProperty("input").GetProperty("rowsLeftOut").GetInt32());
        Assert.Equal(
            [(4, "Tổng cộng"), (5, "TONG SO:")],
            root.GetProperty("leftOut")
                .EnumerateArray()
                .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("label").GetString()))
        );
        Assert.Contains(
            (6, "the row has no commune id (a CommuneId or 'Mã xã' column)"),
            root.GetProperty("rejected")
                .EnumerateArray()
                .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("message").GetString()))
        );
        Assert.Contains(
            "5 rows read, 2 evaluated, 1 rejected, 2 totals rows left out (row 4 'Tổng cộng', row 5 'TONG SO:').",
            table.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "totals.csv: row 4 ('Tổng cộng') is a totals row, not a commune: left out",
            csv.Error,
            StringComparison.Ordinal
        );
    }

    /// <summary>
    /// A district's table lists its communes, its town and a totals row: the sample's rows 2 and 3 named as a town and
    /// a ward, a commune whose name only looks like a ward's, and a totals row.
    /// </summary>
    private string WardsAndTowns() =>
        _folder.Write(
            "wards.csv",
            FileOf(
                Row(1),
                WithCell(Row(2), "CommuneName", "Thị trấn Hà Trung"),
                WithCell(Row(3), "CommuneName", "P. Hà Huy Tập"),
                WithCell(Row(4), "CommuneName", "Xã Phương Trung"),
                WithCell(Row(5), "CommuneId", "Tổng cộng")
            )
        );

    [Fact]
    public void Evaluate_WardsAndTowns_AreLeftOutOfACommuneSetsReportAndNamed()
    {
        var path = WardsAndTowns();

        var json = Cli.Run("evaluate", path, "--format", "json").Json();
        var table = Cli.Run("evaluate", path);
        var english = Cli.Run("evaluate", path, "--lang", "en");
        var csv = Cli.Run("evaluate", path, "--format", "csv", "--lang", "en");

        Assert.Equal(["X0001", "X0004"], Cli.LocalityIds(json));
        Assert.Equal((5, 2, 0), Cli.RowCounts(json));
        Assert.Equal(3, json.GetProperty("input").GetProperty("rowsLeftOut").GetInt32());
        Assert.Equal(
            [(3, "Thị trấn Hà Trung", "wardOrTown"), (4, "P. Hà Huy Tập", "wardOrTown"), (6, "Tổng cộng", "totalsRow")],
            json.GetProperty("leftOut")
                .EnumerateArray()
                .Select(r =>
                    (
                        r.GetProperty("row").GetInt32(),
                        r.GetProperty("label").GetString(),
                        r.GetProperty("reason").GetString()
                    )
                )
        );
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(
            "đọc 5 dòng, đánh giá 2, loại 0, bỏ qua 1 dòng tổng (dòng 6 'Tổng cộng'), bỏ qua 2 phường, thị trấn "
                + "(dòng 3 'Thị trấn Hà Trung', dòng 4 'P. Hà Huy Tập').",
            table.Out,
            StringComparison.Ordinal
        );
        Assert.Contains("0/2 xã đạt chuẩn NTM", table.Out, StringComparison.Ordinal);
        Assert.Contains(
            "5 rows read, 2 evaluated, 0 rejected, 1 totals row left out (row 6 'Tổng cộng'), 2 wards or towns left "
                + "out (row 3 'Thị trấn Hà Trung', row 4 'P. Hà Huy Tập').",
            english.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "wards.csv: row 3 ('Thị trấn Hà Trung') is a ward or town, not a commune: the commune criteria do not "
                + "apply; left out",
            csv.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_ATownsNameAgainstADistrictSet_IsEvaluated()
    {
        // Only the criteria for communes leave wards and towns out: a row is what the sets evaluated say it is. A file
        // headed as communes' is refused against a district set, so this one is headed as localities'.
        var path = WardsAndTowns();
        File.WriteAllText(
            path,
            File.ReadAllText(path)
                .Replace("CommuneId", "LocalityId", StringComparison.Ordinal)
                .Replace("CommuneName", "LocalityName", StringComparison.Ordinal)
        );
        var json = Cli.Run("evaluate", path, "--set", "national/2021-2025/district-standard", "--format", "json")
            .Json();

        Assert.Equal(["X0001", "X0002", "X0003", "X0004"], Cli.LocalityIds(json));
    }

    [Fact]
    public void ExplainAndDiff_AWardOrTown_IsExplainedWithANoteAndLeftOutOfTheTierChanges()
    {
        var path = WardsAndTowns();

        var explain = Cli.Run("explain", path, "--commune", "thị trấn hà trung");
        var diff = Cli.Run(
            "diff",
            "national/2021-2025/commune-standard@2022-03-08",
            "national/2021-2025/commune-standard@2024-03-01",
            "--data",
            path,
            "--lang",
            "en"
        );

        Assert.Contains(
            "'Thị trấn Hà Trung' là phường hoặc thị trấn, không phải một xã: bộ tiêu chí xã không áp dụng và lệnh "
                + "evaluate bỏ qua dòng này; giải thích chỉ để tham khảo.",
            explain.Out.Split('\n')[3],
            StringComparison.Ordinal
        );
        Assert.Contains("0 of 2 communes change tier between the two sets", diff.Out, StringComparison.Ordinal);
        Assert.Contains(
            "wards.csv: row 4 ('P. Hà Huy Tập') is a ward or town, not a commune: the commune criteria do not "
                + "apply; left out",
            diff.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_DataGivingALowerTierOtherwise_TheChainsResultIsEvaluatedAndTheDisagreementSaid()
    {
        // The sample's first commune is given as advanced; the chain does not find it so (not even standard).
        var path = _folder.Write("advanced.csv", FileOf(Row(1), WithCell(Row(2), "IsAdvancedCommune20212025", "")));

        var json = Cli.Run("evaluate", path, "--format", "json").Json();
        var csv = Cli.Run("evaluate", path, "--format", "csv", "--lang", "en");

        var localities = json.GetProperty("localities").EnumerateArray().ToList();
        var disagreement = Assert.Single(
            localities[0].GetProperty("chains")[0].GetProperty("prerequisiteDisagreements").EnumerateArray()
        );
        Assert.Equal(
            ("national/2021-2025/commune-model", "1", true, false),
            (
                disagreement.GetProperty("set").GetString(),
                disagreement.GetProperty("indicator").GetString(),
                disagreement.GetProperty("given").GetBoolean(),
                disagreement.GetProperty("evaluated").GetBoolean()
            )
        );
        Assert.False(localities[1].GetProperty("chains")[0].TryGetProperty("prerequisiteDisagreements", out _));
        Assert.Contains(
            "advanced.csv: 1 commune has IsAdvancedCommune20212025 'yes' in the data, but evaluates as advanced: "
                + "not achieved; indicator 1 of national/2021-2025/commune-model takes the evaluation (row 2)",
            csv.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_Json_ReadsObjectsOneByOneAndReportsBrokenOnes()
    {
        var json = """
            [
              {"CommuneId": "A1", "Region": "DBSH", "AssessmentYear": 2024, "PavedCommuneRoadRate": "95,5%"},
              {"CommuneId": "A2", "Region": "DBSH", "AssessmentYear": 2024, "PavedCommuneRoadRate": {"value": 1}},
              {"CommuneId": "A3", "Region": "DBSH", "AssessmentYear": 2024, "PavedCommuneRoadRate": 90, "Extra": 1},
              {"CommuneId": "A4", "Region":
            """;
        var path = _folder.Write("communes.json", json);

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var root = result.Json();
        Assert.Equal(["A1", "A3"], Cli.LocalityIds(root));
        var rejected = root.GetProperty("rejected")
            .EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("message").GetString()))
            .ToList();
        Assert.Equal((3, "an object is not a value"), rejected[0]);
        Assert.Equal((5, "the file ends inside an object (is it cut short?); its end was not read"), rejected[1]);
        Assert.Contains(
            "communes.json: 1 column is not an input of the criteria and is not read: 'Extra'",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("communes.csv")]
    [InlineData("communes.xlsx")]
    public void Evaluate_AFileAnotherProgramHoldsAlone_IsSaidToBeHeld_NotDamaged(string name)
    {
        // Held by a program that lets no other read it, the file was "not a readable XLSX workbook (cut short,
        // damaged, or another kind of file)", with .NET's words after.
        var path = _folder.File(name);
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            File.Copy(Cli.Fixture("communes-small.csv"), path);
        }
        else
        {
            Cli.Run("inputs", "--template", path);
        }

        CliResult vietnamese,
            english;
        using (File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            vietnamese = Cli.Run("evaluate", path);
            english = Cli.Run("evaluate", path, "--lang", "en");
        }

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(path)}: cannot be read now: another program holds the file and lets no other read it. "
                + "Close it there (or give a copy of it), and run again",
            english.Error.TrimEnd()
        );
        Assert.Equal(
            $"ntm: {Cli.Shown(path)}: chưa đọc được tệp: một chương trình khác đang giữ tệp và không cho chương trình "
                + "nào khác đọc. Hãy đóng tệp trong chương trình đó (hoặc dùng một bản sao của tệp), rồi chạy lại",
            vietnamese.Error.TrimEnd()
        );
    }

    [Fact]
    public void Evaluate_JsonValuesInsideAnObject_AreNamedAsNotRead()
    {
        // An application's export with its values under "Inputs": a column not read, and its communes without a group.
        var json = """
            [
              {"CommuneId": "A1", "AssessmentYear": 2026, "Inputs": {"CommuneGroup": 2, "Zone": {"Of": 1}, "A": 1,
                "B": 1, "C": 1, "D": 1, "E": 1, "F": 1, "G": 1}},
              {"CommuneId": "A2", "AssessmentYear": 2026, "Inputs": {"Other": 3}, "Notes": {}},
              {"CommuneId": "A3", "AssessmentYear": 2026, "Region": {"Name": "DBSH"}}
            ]
            """;
        var path = _folder.Write("communes.json", json);

        var english = Cli.Run("evaluate", "--lang", "en", path);
        var vietnamese = Cli.Run("evaluate", path);

        Assert.Equal(1, english.ExitCode);
        Assert.Contains(
            "communes.json: 'Inputs' holds objects, whose members are not read ('CommuneGroup', 'Zone', 'A', 'B', 'C', "
                + "'D', 'E', 'F', …): a commune's values are the keys of its own object (\"CommuneGroup\": 2), not of "
                + "an object inside it",
            english.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "communes.json: 'Notes' holds objects, whose members are not read: ",
            english.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "communes.json: 'Region' holds objects, whose members are not read ('Name')",
            english.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "communes.json: 'Inputs' chứa các đối tượng; các thành phần của chúng không được đọc ('CommuneGroup', ",
            vietnamese.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_JsonWholeNumbersPastWhatADoubleHolds_AreIdsAsWrittenAndValuesRefusedAsWritten()
    {
        // Ids of 17 or 26 digits lost their last digits or stopped the run; a value of 26 digits did too.
        var json = """
            [
              {"CommuneId": 12345678901234567, "Region": "DBSH", "AssessmentYear": 2024, "PavedCommuneRoadRate": 90},
              {"CommuneId": 12345678901234567890123456, "Region": "DBSH", "AssessmentYear": 2024},
              {"CommuneId": "A3", "Region": "DBSH", "AssessmentYear": 2024, "PavedCommuneRoadRate": 99999999999999999999999999},
              {"CommuneId": "A4", "Region": "DBSH", "AssessmentYear": 2024, "PavedCommuneRoadRate": -9223372036854775808}
            ]
            """;
        var path = _folder.Write("communes.json", json);

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var root = result.Json();
        Assert.Equal(["12345678901234567", "12345678901234567890123456"], Cli.LocalityIds(root));
        Assert.Equal(
            [(4, "99999999999999999999999999"), (5, "-9223372036854775808")],
            root.GetProperty("rejected")
                .EnumerateArray()
                .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("value").GetString()))
        );
        Assert.All(
            root.GetProperty("rejected").EnumerateArray(),
            e => Assert.Contains("is outside the range", e.GetProperty("message").GetString(), StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Evaluate_AJsonFileOnOneLine_NumbersItsCommunesByTheirPlace_NotAllRow1()
    {
        // A program's export writes every object on line 1: "row 1" named every rejected commune, and every commune
        // of the report. A syntax error then says its position on the line.
        var path = _folder.Write(
            "communes.json",
            """[{"CommuneId": "A1", "Region": "DBSH", "AssessmentYear": 2024},"""
                + """{"CommuneId": "A2", "Region": "DBSH", "AssessmentYear": 2024, "PavedCommuneRoadRate": 120},"""
                + """{"CommuneId": "A3", "Region": "DBSH", "AssessmentYear": 2024},"""
                + """{"CommuneId": "A4" "Region": "DBSH"}]"""
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var root = result.Json();
        Assert.Equal(
            [1, 3],
            root.GetProperty("localities").EnumerateArray().Select(l => l.GetProperty("row").GetInt32())
        );
        Assert.Equal(
            [
                (2, "120 is outside the range of PavedCommuneRoadRate (0–100 %)"),
                (
                    4,
                    "the file is not valid JSON here, and nothing after this was read: After parsing a value an "
                        + "unexpected character was encountered: \". Path '[3].CommuneId', line 1, position 235."
                ),
            ],
            root.GetProperty("rejected")
                .EnumerateArray()
                .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("message").GetString()))
        );
        Assert.Contains(
            "communes.json: the file writes its objects on shared lines: each commune is numbered by its place in the "
                + "list (1 for the first object), not by its line",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(
        """{ "meta": { "rows": 1 }, "data": [ { "CommuneId": "X1" } ] }""",
        "en",
        "expected an array of communes, or an object with a \"Communes\" (or \"Localities\") array; its array is named "
            + "'data': name it \"Communes\""
    )]
    [InlineData(
        """{ "data": [ { "CommuneId": "X1" } ], "errors": [] }""",
        "vi",
        "cần một mảng các xã, hoặc một đối tượng có mảng \"Communes\" (hoặc \"Localities\"); các mảng của nó tên là "
            + "'data', 'errors': hãy đặt tên mảng các xã là \"Communes\""
    )]
    [InlineData(
        """{ "CommuneId": "X1" }""",
        "en",
        "expected an array of communes, or an object with a \"Communes\" (or \"Localities\") array"
    )]
    public void Evaluate_AJsonObjectWithoutACommunesArray_NamesTheArraysItHas(
        string json,
        string language,
        string error
    )
    {
        var path = _folder.Write("communes.json", json);

        var result = Cli.Run("evaluate", path, "--lang", language);

        Assert.Equal((2, $"ntm: {Cli.Shown(path)}: {error}"), (result.ExitCode, result.Error.TrimEnd()));
    }

    [Fact]
    public void Evaluate_ANumberTooLargeWithTheOtherMark_IsToldTheMarkGroupsThousands()
    {
        // A file of decimal commas: "61.600" is 61600, which no income per capita in million đồng is.
        var path = _folder.Write(
            "communes.csv",
            "Mã xã;Năm đánh giá;Vùng kinh tế - xã hội;IncomePerCapita\nX1;2024;BTB;61,6\nX2;2024;BTB;61.600\n"
        );

        var result = Cli.Run("evaluate", path, "--lang", "en", "--format", "csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"{Cli.Shown(path)}: row 3, column 'IncomePerCapita', value '61.600': 61600 is outside the range of "
                + "IncomePerCapita (0–10000 million VND/person/year); the file writes decimals with a comma, so the "
                + "point in '61.600' groups thousands",
            result.Error.Split('\n'),
            StringComparer.Ordinal
        );
    }

    [Fact]
    public void Evaluate_PercentagesWrittenAsFractions_AreReadAsWrittenAndSaid()
    {
        // A system that stores rates as fractions: 0.88 is read as 0.88%, which achieves nothing; a person is told.
        const string header =
            "CommuneId,CommuneName,AssessmentYear,Region,IrrigatedFarmlandRate,"
            + "MultidimensionalPovertyRate,PavedCommuneRoadRate\n";
        var fractions = _folder.Write(
            "fractions.csv",
            header
                + "X1,Xã Một,2024,BTB,0.88,0.025,1\nX2,Xã Hai,2024,BTB,0.92,0.01,0\nX3,Xã Ba,2024,BTB,0.75,0.04,1\n"
                + "X4,Xã Bốn,2024,BTB,0.5,0.02,1\n"
        );
        var percentages = _folder.Write(
            "percentages.csv",
            header + "X1,Xã Một,2024,BTB,88,0.5,100\nX2,Xã Hai,2024,BTB,0.9,0.2,95\n"
        );

        var english = Cli.Run("evaluate", fractions, "--lang", "en", "--format", "json");
        var vietnamese = Cli.Run("evaluate", fractions, "--format", "csv");
        var written = Cli.Run("evaluate", percentages, "--lang", "en", "--format", "json");

        Assert.Contains(
            "2 columns of percentages hold only values between 0 and 1, as fractions do (0.85 for 85%): "
                + "'IrrigatedFarmlandRate' (0.88, 0.92, 0.75, …), 'MultidimensionalPovertyRate' (0.025, 0.01, 0.04, "
                + "…); if they are fractions, write the percentages (85 or 85%), as the thresholds are written",
            english.Json().GetProperty("input").GetProperty("notes").EnumerateArray().Select(n => n.GetString())
        );
        Assert.Contains(
            $"{Cli.Shown(fractions)}: 2 cột tỷ lệ phần trăm chỉ có giá trị từ 0 đến 1, như số thập phân (0,85 thay cho "
                + "85%): 'IrrigatedFarmlandRate' (0,88; 0,92; 0,75; …), 'MultidimensionalPovertyRate' (0,025; 0,01; "
                + "0,04; …); nếu đó là số thập phân, hãy ghi theo phần trăm (85 hoặc 85%), như các ngưỡng được ghi",
            vietnamese.Error.Split('\n'),
            StringComparer.Ordinal
        );

        // A file that writes some percentage above 1 writes percentages: its small poverty rates are not fractions.
        Assert.Equal(0, written.ExitCode);
        Assert.DoesNotContain("fractions", written.Out + written.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_XlsxCellsShownAsPercentages_AreNotSaidToBeFractions()
    {
        // Cells shown as percentages say the file writes percentages: the small rates beside them are not fractions.
        var path = _folder.File("communes.xlsx");
        Workbooks.Write(
            path,
            ["CommuneId", "AssessmentYear", "Region", "IrrigatedFarmlandRate", "MultidimensionalPovertyRate"],
            [
                [
                    Workbooks.Text("X1"),
                    Workbooks.Number(2024),
                    Workbooks.Text("BTB"),
                    Workbooks.Percent(0.88),
                    Workbooks.Number(0.4),
                ],
                [
                    Workbooks.Text("X2"),
                    Workbooks.Number(2024),
                    Workbooks.Text("BTB"),
                    Workbooks.Percent(0.92),
                    Workbooks.Number(0.2),
                ],
            ]
        );

        var result = Cli.Run("evaluate", path, "--lang", "en", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("fractions", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("communes.csv", "X1,2024,BTB,88\n", "CSV, no decimals")]
    [InlineData("communes.csv", "X1,2024,BTB,88.5\n", "CSV, decimal point")]
    [InlineData("communes.json", "", "JSON, numbers read as stored")]
    public void Evaluate_TheReportSaysHowNumbersWereRead(string name, string row, string said)
    {
        // A JSON file's numbers are JSON numbers, whatever decimals they have: no decimal mark is read in them.
        var path = _folder.Write(
            name,
            name.EndsWith(".json", StringComparison.Ordinal)
                ? """[ { "CommuneId": "X1", "AssessmentYear": 2024, "Region": "BTB", "IrrigatedFarmlandRate": 88.5 }"""
                    + " ]"
                : "CommuneId,AssessmentYear,Region,IrrigatedFarmlandRate\n" + row
        );

        var result = Cli.Run("evaluate", path, "--lang", "en");

        // And the file's digest, by which whoever receives the report tells it was made from the file they hold.
        var digest = Cli.Sha256(path);
        Assert.StartsWith(
            $"File {Cli.Shown(path)} ({said}, SHA-256 {digest[..16]}): 1 row read",
            result.Out.Split('\n')[2],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_Xlsx_ReadsNumbersBooleansAndPercentageFormattedCells()
    {
        var path = _folder.File("communes.xlsx");
        Workbooks.Write(
            path,
            [
                "CommuneId",
                "Tên xã",
                "Region",
                "AssessmentYear",
                "PavedCommuneRoadRate",
                "HasApprovedCommunePlan",
                "SmartVillageModels",
            ],
            [
                [
                    Workbooks.Text("A1"),
                    Workbooks.Text("Xã Một"),
                    Workbooks.Text("DBSH"),
                    Workbooks.Number(2024),
                    Workbooks.Percent(0.95),
                    Workbooks.Boolean(true),
                    Workbooks.Number(2),
                ],
                [
                    Workbooks.Text("A2"),
                    Workbooks.Text("Xã Hai"),
                    Workbooks.Text("DBSH"),
                    Workbooks.Number(2024),
                    Workbooks.Number(95),
                    Workbooks.Boolean(false),
                    Workbooks.Percent(0.5),
                ],
                [
                    Workbooks.Text("A3"),
                    Workbooks.Text("Xã Ba"),
                    Workbooks.Text("DBSH"),
                    Workbooks.Number(2024),
                    Workbooks.Text("#DIV/0!"),
                    Workbooks.Boolean(true),
                    Workbooks.Number(1),
                ],
            ]
        );

        var result = Cli.Run("explain", "--lang", "en", path, "--commune", "A1", "--format", "json");
        var batch = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var paved = Cli.ExplainedIndicators(result.Out)["2.1"];
        Assert.Equal("PavedCommuneRoadRate", paved.GetProperty("input").GetString());
        Assert.Equal(95, paved.GetProperty("actual").GetDouble(), 9);
        Assert.Equal(1, batch.ExitCode);
        var rejected = batch
            .Json()
            .GetProperty("rejected")
            .EnumerateArray()
            .Select(e =>
                $"{e.GetProperty("row").GetInt32()} {e.GetProperty("column").GetString()}: "
                + $"{e.GetProperty("message").GetString()}"
            );
        Assert.Equal(
            [
                "3 SmartVillageModels: the cell is formatted as a percentage, but the input "
                    + "is measured in plain numbers",
                "4 PavedCommuneRoadRate: not a number",
            ],
            rejected
        );
        Assert.Equal("XLSX", batch.Json().GetProperty("input").GetProperty("format").GetString());
    }

    [Fact]
    public void Explain_Xlsx_ANumberIsReadAsTheSheetShowsIt_APercentage_AndAFormulasSeventeenDigits()
    {
        // 2016-2020, stunting at most 13.9% in the Red River delta and 26.7% in the northern mountains: 13.9% is stored
        // 0.139, which multiplied out is 13.900000000000002, and a formula's 26.7 may be stored with 17 digits.
        var path = _folder.File("stunting.xlsx");
        Workbooks.Write(
            path,
            ["CommuneId", "Tên xã", "Region", "AssessmentYear", "ChildStuntingRate"],
            [
                [
                    Workbooks.Text("A1"),
                    Workbooks.Text("Xã Một"),
                    Workbooks.Text("DBSH"),
                    Workbooks.Number(2019),
                    Workbooks.Percent(0.139),
                ],
                [
                    Workbooks.Text("A2"),
                    Workbooks.Text("Xã Hai"),
                    Workbooks.Text("TDMNPB"),
                    Workbooks.Number(2019),
                    new Cell { CellValue = new CellValue("26.700000000000003") },
                ],
            ]
        );

        var stunting = new[] { "A1", "A2" }
            .Select(commune =>
                Cli.ExplainedIndicators(
                    Cli.Run(
                        "explain",
                        path,
                        "--commune",
                        commune,
                        "--set",
                        "national/2016-2020/commune-standard",
                        "--format",
                        "json"
                    ).Out
                )["15.3"]
            )
            .Select(i => (i.GetProperty("actual").GetDouble(), i.GetProperty("outcome").GetString()));

        Assert.Equal([(13.9, "Achieved"), (26.7, "Achieved")], stunting);
    }

    [Fact]
    public void Evaluate_Xlsx_SavedAsStrictOpenXml_IsReadAsTheUsualWorkbook()
    {
        // Excel's "Strict Open XML Spreadsheet": the texts, shared by the cells, and the styles in other namespaces.
        var path = _folder.File("strict.xlsx");
        Workbooks.Write(
            path,
            [.. Enumerable.Range(0, 5).Select(Workbooks.Shared)],
            [
                [
                    Workbooks.Shared(5),
                    Workbooks.Shared(6),
                    Workbooks.Shared(7),
                    Workbooks.Number(2024),
                    Workbooks.Percent(0.85),
                ],
            ]
        );
        Workbooks.AddSharedTexts(
            path,
            ["Mã xã", "Tên xã", "Region", "AssessmentYear", "IrrigatedFarmlandRate", "A1", "Xã Một", "BTB"]
        );
        var usual = Cli.Run("evaluate", path, "--format", "json");
        Workbooks.AsStrict(path);

        var strict = Cli.Run("evaluate", path, "--format", "json");

        Assert.Equal(0, strict.ExitCode);
        Assert.Equal(usual.Json().GetProperty("chains").ToString(), strict.Json().GetProperty("chains").ToString());
        Assert.Equal(
            85,
            Cli.ExplainedIndicators(Cli.Run("explain", path, "--format", "json").Out)["3.1"]
                .GetProperty("actual")
                .GetDouble()
        );
    }

    [Fact]
    public void Evaluate_Xlsx_AHeaderCellThatHoldsNoText_IsNoHeader_NotShownAsTheReadersValue()
    {
        // A shared text the workbook does not have, in the header: a damaged file.
        var path = _folder.File("damaged.xlsx");
        Workbooks.Write(
            path,
            [
                new Cell { DataType = CellValues.SharedString, CellValue = new CellValue("99") },
                Workbooks.Text("Region"),
            ],
            [
                [Workbooks.Text("A1"), Workbooks.Text("BTB")],
            ]
        );

        var result = Cli.Run("evaluate", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("row 1 was taken as the header ('Region')", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Xlsx_ACellShownAsADate_IsRefusedAsThatDay_NotReadAsItsSerialNumber()
    {
        // A year typed as the last day of the year (built-in format 14), and a count typed "1/5", which the program
        // took for the first of May (a format of the workbook's own, dd/mm/yyyy).
        var path = _folder.File("communes.xlsx");
        Workbooks.Write(
            path,
            ["CommuneId", "Region", "AssessmentYear", "SmartVillageModels"],
            [
                [
                    Workbooks.Text("A1"),
                    Workbooks.Text("DBSH"),
                    Workbooks.Date(new DateOnly(2024, 12, 31), style: 2),
                    Workbooks.Number(2),
                ],
                [
                    Workbooks.Text("A2"),
                    Workbooks.Text("DBSH"),
                    Workbooks.Number(2024),
                    Workbooks.Date(new DateOnly(2024, 5, 1), style: 3),
                ],
                [Workbooks.Text("A3"), Workbooks.Text("DBSH"), Workbooks.Number(2024), Workbooks.Counted(3)],
            ]
        );

        var result = Cli.Run("evaluate", path, "--as-of", "2024-12-31", "--format", "csv");

        // A format whose words and padding hold a "d" shows no day: its number is read.
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["A3"], result.Out.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[1]));
        var file = Cli.Shown(_folder.File("communes.xlsx"));
        Assert.Equal(
            [
                $"{file}: dòng 2, cột 'AssessmentYear', giá trị '31/12/2024': ô là một ngày (31/12/2024), không phải "
                    + "một số; hãy ghi năm, 2024",
                $"{file}: dòng 3, cột 'SmartVillageModels', giá trị '01/05/2024': ô là một ngày (01/05/2024), không "
                    + "phải một số (chương trình bảng tính đã đổi chữ gõ vào thành ngày: hãy định dạng ô là số hoặc "
                    + "chữ rồi gõ lại)",
            ],
            result
                .Error.Split(Environment.NewLine)
                .Where(line => line.Contains("giá trị", StringComparison.Ordinal))
                .ToArray()
        );
    }

    [Fact]
    public void Evaluate_Xlsx_ACodeTypedAsANumberAndShownWithZeros_IsReadAsShown_AsACsvOfTheSheetWritesIt()
    {
        // Official commune codes have five digits ("00004"); a sheet types them as numbers, formatted 00000.
        var path = _folder.File("communes.xlsx");
        Workbooks.Write(
            path,
            ["Mã xã", "Region", "AssessmentYear", "SmartVillageModels"],
            [
                [Workbooks.Padded(4), Workbooks.Text("DBSH"), Workbooks.Padded(2024), Workbooks.Padded(3)],
                [Workbooks.Padded(12.5), Workbooks.Text("DBSH"), Workbooks.Number(2024), Workbooks.Number(1)],
            ]
        );
        var csv = _folder.Write("communes.csv", "Mã xã,Region,AssessmentYear,SmartVillageModels\n00004,DBSH,2024,3\n");

        var result = Cli.Run("evaluate", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var localities = result.Json().GetProperty("localities");
        Assert.Equal(
            ["00004", "12.5"],
            localities.EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToArray()
        );
        Assert.Equal(
            Cli.Run("evaluate", csv, "--format", "json").Json().GetProperty("localities")[0].GetRawText(),
            localities[0].GetRawText()
        );

        // A number format defined twice under one id, as a damaged workbook has it, is read as its first.
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!;
            formats.Append(new NumberingFormat { NumberFormatId = 166, FormatCode = "000000" });
        }

        var twice = Cli.Run("evaluate", path, "--format", "json");
        Assert.Equal(0, twice.ExitCode);
        Assert.Equal("00004", twice.Json().GetProperty("localities")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Evaluate_Xlsx_TextInAFontOfALegacyEncoding_IsReadAsTheFontShowsIt()
    {
        // An office's old form: its headers and names typed in .VnTime (TCVN3), a district in .VnTimeH (capitals), and
        // a row copied from a VNI-Times sheet. Excel shows "Xã An Thạnh" where the file stores "X· An Th¹nh".
        var path = _folder.File("communes.xlsx");
        Workbooks.Write(
            path,
            [
                Workbooks.InFont(".VnTime", "M· x·"),
                Workbooks.InFont(".VnTime", "Tªn x·"),
                Workbooks.InFont(".VnTime", "HuyÖn"),
                Workbooks.Text("Region"),
                Workbooks.InFont(".VnTime", "N¨m ®¸nh gi¸"),
            ],
            [
                [
                    Workbooks.Text("X1"),
                    Workbooks.InFont(".VnTime", "X· An Th¹nh"),
                    Workbooks.InFont(".VnTimeH", "HuyÖn Hµ Trung"),
                    Workbooks.InFont(".VnTime", "DBSH"),
                    Workbooks.Number(2024),
                ],
                [
                    Workbooks.Text("X2"),
                    Workbooks.InFont("VNI-Times", "Xaõ Phuù Loäc"),
                    Workbooks.InFont("VNI-Times", "Huyeän Haø Trung"),
                    Workbooks.Text("DBSH"),
                    Workbooks.Number(2024),
                ],
            ]
        );

        var result = Cli.Run("evaluate", path, "--format", "json");

        var communes = result
            .Json()
            .GetProperty("localities")
            .EnumerateArray()
            .Select(c => $"{c.GetProperty("name").GetString()}, {c.GetProperty("district").GetString()}");
        Assert.Equal(["Xã An Thạnh, HUYỆN HÀ TRUNG", "Xã Phú Lộc, Huyện Hà Trung"], communes);
        var file = Cli.Shown(_folder.File("communes.xlsx"));
        Assert.Equal(
            [
                $"{file}: 5 ô chữ dùng phông .VnTime (bảng mã TCVN3) được đọc đúng như phông hiển thị: 'M· x·' là "
                    + "'Mã xã'",
                $"{file}: 1 ô chữ dùng phông .VnTimeH (bảng mã TCVN3) được đọc đúng như phông hiển thị: "
                    + "'HuyÖn Hµ Trung' là 'HUYỆN HÀ TRUNG'",
                $"{file}: 2 ô chữ dùng phông VNI-Times (bảng mã VNI) được đọc đúng như phông hiển thị: 'Xaõ Phuù Loäc' "
                    + "là 'Xã Phú Lộc'",
            ],
            result.Error.Split(Environment.NewLine).Where(line => line.Contains("phông", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void Evaluate_AHeaderTypedInTcvn3WithoutItsFont_IsToldToConvertTheFile()
    {
        // A form saved as "CSV UTF-8" from a .VnTime sheet keeps TCVN3's characters, which no font draws as letters.
        var path = _folder.Write("communes.csv", "STT,Tªn x·,HuyÖn,N¨m\n1,X· An Th¹nh,HuyÖn A,2024\n");

        var result = Cli.Run("evaluate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            "Dòng tiêu đề có vẻ được gõ bằng bảng mã TCVN3 (phông .VnTime): 'Tªn x·' là 'Tên xã'; hãy chuyển tệp sang "
                + "Unicode (như bằng công cụ chuyển mã của Unikey, từ TCVN3 sang Unicode) rồi chạy lại",
            result.Error.Split(Environment.NewLine)[0],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_NamesTypedInTcvn3WithoutItsFont_AreCountedOnce_AndTheFileIsToldToBeConverted()
    {
        // The template's header, with names pasted from an old .VnTime form; the first row is read twice, to find the
        // date of assessment and to be evaluated.
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,Huyện,Region,AssessmentYear\nX1,X· An Th¹nh,HuyÖn A,BTB,2024\n"
                + "X2,Xã Bình,Huyện A,BTB,2024\nX3,Xã Đông,HuyÖn A,BTB,2024\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("X· An Th¹nh", result.Out, StringComparison.Ordinal);
        var file = Cli.Shown(_folder.File("communes.csv"));
        Assert.Equal(
            [
                $"{file}: tên ở 2 dòng có vẻ được gõ bằng bảng mã TCVN3 (phông .VnTime) mà tệp không còn phông đó, như "
                    + "'X· An Th¹nh' ở dòng 2 (là 'Xã An Thạnh'): báo cáo ghi các tên như trong tệp; hãy chuyển tệp "
                    + "sang Unicode (như bằng công cụ chuyển mã của Unikey, từ TCVN3 sang Unicode) rồi chạy lại",
            ],
            result.Error.Split(Environment.NewLine).Where(line => line.Contains("TCVN3", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void Evaluate_Utf8TextAProgramReadAsWindows1252_IsToldWhatItWas_NotTakenForTcvn3()
    {
        // A CSV without a byte order mark opened in Excel, then saved: "Xã Minh Tân" became "XÃ£ Minh TÃ¢n".
        var names = _folder.Write(
            "names.csv",
            "Mã xã,Tên xã,Huyện,Region,AssessmentYear\nX1,XÃ£ Minh TÃ¢n,Huyá»‡n A,BTB,2024\nX2,Xã Bình,Huyện A,BTB,2024\n"
        );
        var header = _folder.Write("header.csv", "STT,TÃªn xÃ£,NÄƒm\n1,XÃ£ Minh TÃ¢n,2024\n");

        var read = Cli.Run("evaluate", names, "--format", "csv", "--lang", "en");
        var refused = Cli.Run("evaluate", header);

        Assert.Equal(0, read.ExitCode);
        Assert.Contains("XÃ£ Minh TÃ¢n", read.Out, StringComparison.Ordinal);
        Assert.Equal(
            [
                $"{Cli.Shown(names)}: the names of 1 row seem to be UTF-8 text that a program read as Windows-1252 "
                    + "before the file was saved, such as 'XÃ£ Minh TÃ¢n' in row 2 (which was 'Xã Minh Tân'): the "
                    + "report gives the names as the file has them; open the original CSV file again as UTF-8 (in "
                    + "Excel: Data › From Text/CSV, File Origin 65001: Unicode (UTF-8)), save it, and run again",
            ],
            read.Error.Split(Environment.NewLine).Where(l => l.Contains("UTF-8", StringComparison.Ordinal))
        );
        Assert.DoesNotContain("TCVN3", read.Error, StringComparison.Ordinal);
        Assert.EndsWith(
            "Dòng tiêu đề có vẻ là chữ UTF-8 mà một chương trình đã đọc theo bảng mã Windows-1252: 'TÃªn xÃ£' vốn là "
                + "'Tên xã'; hãy mở lại tệp CSV gốc theo UTF-8 (trong Excel: Dữ liệu › Từ Văn bản/CSV, Nguồn tệp "
                + "65001: Unicode (UTF-8)), lưu lại rồi chạy lại",
            refused.Error.Split(Environment.NewLine)[0],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_CharactersThatShowNothing_CopiedWithAValueAnIdOrAHeader_AreNotRead()
    {
        // Zero-width spaces and joiners, a word joiner and a byte order mark, as text pasted from a web page brings.
        var path = _folder.Write(
            "communes.csv",
            "CommuneId,Region,AssessmentYear,\u200BIrrigatedFarmlandRate\n"
                + "X1\u200B,BTB,2024,\u200B80\u200D\nX2,BTB\u2060,2024,8\uFEFF5\n"
        );

        var result = Cli.Run("explain", path, "--commune", "X1", "--format", "json");
        var batch = Cli.Run("evaluate", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(80, Cli.ExplainedIndicators(result.Out)["3.1"].GetProperty("actual").GetDouble());
        Assert.Equal(["X1", "X2"], Cli.LocalityIds(batch.Json()));
        Assert.Equal(0, batch.Json().GetProperty("rejected").GetArrayLength());
    }

    [Fact]
    public void Evaluate_TheEmptyColumnsAndRowsASpreadsheetSaves_AreNeitherRejectedNorListed()
    {
        // Excel saves the separators of columns and rows once formatted and left empty; a value under no header is
        // said, since it is not read.
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,Region,AssessmentYear,IrrigatedFarmlandRate,,,\n"
                + "X1,Xã A,BTB,2024,80.5,,,,,\nX2,Xã B,BTB,2024,70,, 85 ,\n,,,,,,,\n , ,,,\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "csv", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"{Cli.Shown(path)}: 1 cell holds a value in a column without a header, such as '85' in row 3, column 7: it is "
                    + "not read; give the column a header if it is an input",
            ],
            result
                .Error.Split(Environment.NewLine)
                .Where(line => line.Contains("header", StringComparison.Ordinal) || line.Contains("''"))
        );
        Assert.DoesNotContain("rejected", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Xlsx_ARowOfBlankCells_IsAnEmptyRow_AndACellPastTheHeader_IsInAColumnWithoutAHeader()
    {
        var path = _folder.File("communes.xlsx");
        Workbooks.Write(
            path,
            ["CommuneId", "Region", "AssessmentYear"],
            [
                [Workbooks.Text("X1"), Workbooks.Text("BTB"), Workbooks.Number(2024)],
                [Workbooks.Text(" "), Workbooks.Text(""), Workbooks.Text("  ")],
                [
                    Workbooks.Text("X2"),
                    Workbooks.Text("BTB"),
                    Workbooks.Number(2024),
                    new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = "E4", StyleIndex = 1 },
                ],
                [
                    Workbooks.Text("X3"),
                    Workbooks.Text("BTB"),
                    Workbooks.Number(2024),
                    Workbooks.Text("F5", "đã kiểm tra"),
                ],
            ]
        );

        var result = Cli.Run("evaluate", path, "--format", "json");

        // A cell formatted past the header's last column and left empty (a border drawn wider than the table) holds
        // nothing; a note typed there is in a column without a header, said and not read.
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.Json().GetProperty("rejected").GetArrayLength());
        Assert.Equal(["X1", "X2", "X3"], Cli.LocalityIds(result.Json()));
        Assert.Contains(
            "1 ô có giá trị ở cột không có tiêu đề (như 'đã kiểm tra' ở dòng 5, cột thứ 6) không được đọc",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_ExcelsLineNamingTheSeparator_IsNeitherATitleNorTheHeader()
    {
        // "sep=;" makes Excel split the file on semicolons whatever Windows' list separator.
        var path = _folder.Write("communes.csv", "sep=;\nMã xã;Region;AssessmentYear\nX1;BTB;2024\n");

        var result = Cli.Run("evaluate", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["X1"], Cli.LocalityIds(result.Json()));
        Assert.Equal(3, result.Json().GetProperty("localities")[0].GetProperty("row").GetInt32());
        Assert.DoesNotContain("sep=", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "communes.csv")]
    [InlineData("explain", "communes.csv", "--commune", "X1")]
    [InlineData("workbook import", "criteria.xlsx", "--out", "rules")]
    [InlineData("diff", "set.json", "national/2026-2030/commune")]
    public void AFolderGivenForAFile_IsSaidToBeOne_NotThatThereIsNoSuchFile(
        string command,
        string name,
        params string[] rest
    )
    {
        var folder = _folder.File(name);
        Directory.CreateDirectory(folder);

        var result = Cli.Run([.. command.Split(' '), folder, .. rest, "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntm: {Cli.Shown(folder)}: a folder, where a file is wanted", result.Error.TrimEnd());
    }

    [Theory]
    [InlineData("evaluate", "Dữ liệu xã.csv", "Du lieu xa.csv")]
    [InlineData("explain", "Xã.csv", "XÃ.csv", "--commune", "X1")]
    [InlineData("workbook import", "tieu-chi.xlsx", "tieu-chi.xlxs", "--out", "rules")]
    [InlineData("diff", "commune.json", "comune.json", "national/2026-2030/commune")]
    [InlineData("validate", "commune.json", "commune.jsn")]
    public void AFileNamedWithoutItsDiacriticsOrWithASlip_IsOffered(
        string command,
        string name,
        string typed,
        params string[] rest
    )
    {
        // A name a Mac wrote keeps its letters decomposed: typed, it is the same name, and it is offered too.
        File.WriteAllText(_folder.File(name.Normalize(System.Text.NormalizationForm.FormD)), "");

        var result = Cli.Run([.. command.Split(' '), _folder.File(typed), .. rest, "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(_folder.File(typed))}: no such file; did you mean "
                + $"'{Cli.Shown(_folder.File(name.Normalize(System.Text.NormalizationForm.FormD)))}'?",
            result.Error.TrimEnd()
        );
    }

    [Fact]
    public void Evaluate_MissingFileOrUnknownKind_ExitsWithCode2()
    {
        Assert.Equal(
            "ntm: nowhere.csv: no such file",
            Cli.Run("evaluate", "--lang", "en", "nowhere.csv").Error.TrimEnd()
        );
        Assert.Equal(
            "ntm: -: ntm does not read standard input: save the data as a .csv, .json or .xlsx file and name that file",
            Cli.Run("evaluate", "--lang", "en", "-").Error.TrimEnd()
        );
        var path = _folder.Write("communes.pdf", "x");
        var result = Cli.Run("evaluate", "--lang", "en", path);
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            "communes.pdf: cannot read '.pdf' files; give a .csv, .json or .xlsx file",
            result.Error.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("A,BTB,2024,90\nB,BTB,2024,10", true)]
    [InlineData("A,BTB,2024,90\nB,BTB,2024,10\n", false)]
    [InlineData("A,BTB,2024,90\r\nB,BTB,2024,10\r\n", false)]
    [InlineData("A,BTB,2024,90\nB,BTB,2024,10\n   ", false)]
    public void Evaluate_LastLineWithoutItsLineEnding_IsReportedNotTrusted(string rows, bool reported)
    {
        var path = _folder.Write("cut.csv", "CommuneId,Region,AssessmentYear,IrrigatedFarmlandRate\n" + rows);

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        var rejected = result
            .Json()
            .GetProperty("rejected")
            .EnumerateArray()
            .Select(e => $"{e.GetProperty("row").GetInt64()}: {e.GetProperty("message").GetString()}")
            .ToList();
        Assert.Equal(
            reported
                ?
                [
                    "3: the last line of the file has no line ending, so it may be cut short (a copy interrupted, a "
                        + "file still being written); it was not evaluated. If it is complete, end it with a new line",
                ]
                : [],
            rejected
        );
        Assert.Equal(reported ? 1 : 0, result.ExitCode);
    }

    public static TheoryData<string, string, string> Encodings() =>
        new()
        {
            {
                "utf16.csv",
                "utf-16le",
                "the file is UTF-16 without a byte order mark (little-endian), not UTF-8; "
                    + "save it as UTF-8 (in Excel: \"CSV UTF-8\", or give ntm the .xlsx workbook itself)"
            },
            {
                "utf16bom.json",
                "utf-16le-bom",
                "the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8; save it as UTF-8"
            },
            {
                "legacy.csv",
                "windows-1258",
                "the file is not valid UTF-8 (0xE3 at byte 49, line 2); it is probably in a legacy Vietnamese "
                    + "encoding (Windows-1258, TCVN3 or VNI): save it as UTF-8 (in Excel: \"CSV UTF-8\", or give "
                    + "ntm the .xlsx workbook itself) so that names are read as written"
            },
            {
                "legacy.json",
                "windows-1258",
                "the file is not valid UTF-8 (0xD0 at byte 35, line 1); it is probably in a legacy Vietnamese "
                    + "encoding (Windows-1258, TCVN3 or VNI): save it as UTF-8 so that names are read as written"
            },
        };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Evaluate_FileNotInUtf8_IsRefusedNamingWhatItSeemsToBeAndWhere(
        string name,
        string encoding,
        string expected
    )
    {
        var text = name.EndsWith(".json", StringComparison.Ordinal)
            ? "[{\"CommuneId\":\"A1\",\"CommuneName\":\"Đông\",\"Region\":\"BTB\",\"AssessmentYear\":2024}]"
            : "CommuneId,CommuneName,Region,AssessmentYear\nA1,Xã Đông Hòa,BTB,2024\n";
        var bytes = encoding switch
        {
            "utf-16le" => System.Text.Encoding.Unicode.GetBytes(text),
            "utf-16le-bom" =>
            [
                .. System.Text.Encoding.Unicode.GetPreamble(),
                .. System.Text.Encoding.Unicode.GetBytes(text),
            ],
            _ => Windows1258(text),
        };
        var path = _folder.File(name);
        File.WriteAllBytes(path, bytes);

        var result = Cli.Run("evaluate", "--lang", "en", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntm: {Cli.Shown(_folder.Path)}/{name}: {expected}", result.Error.TrimEnd());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Explain_Utf16ThatSaysSo_AsExcelSavesUnicodeText_IsReadAsSuch(bool bigEndian)
    {
        // Excel's "Unicode Text": tab-separated UTF-16 that starts with its byte order mark, the way older versions of
        // Excel without "CSV UTF-8" keep Vietnamese names.
        var encoding = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: true);
        var text =
            "Mã xã\tTên xã\tRegion\tAssessmentYear\tIrrigatedFarmlandRate\r\nA1\tXã Đông Hòa\tBTB\t2024\t85,5\r\n";
        var path = _folder.File("unicode.txt");
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var table = Cli.Run("explain", "--lang", "en", path);
        var json = Cli.Run("explain", "--lang", "en", path, "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("'A1' (Xã Đông Hòa)", table.Out, StringComparison.Ordinal);
        Assert.Contains(
            "unicode.txt: the file is UTF-16 text (as Excel saves \"Unicode Text\"), which says so at its start: read "
                + "as such",
            table.Error,
            StringComparison.Ordinal
        );
        Assert.Equal(85.5, Cli.ExplainedIndicators(json.Out)["3.1"].GetProperty("actual").GetDouble());
    }

    // Windows-1258 as a legacy export writes it: one byte per letter here (Đ is 0xD0, ô 0xF4, ã 0xE3, ò 0xF2).
    private static byte[] Windows1258(string text) =>
        [
            .. text.Select(c =>
                c switch
                {
                    'Đ' => (byte)0xD0,
                    'ô' => (byte)0xF4,
                    'ã' => (byte)0xE3,
                    'ò' => (byte)0xF2,
                    _ => (byte)c,
                }
            ),
        ];

    [Fact]
    public void Evaluate_IdsEqualButForCaseWidthOrInvisibleCharacters_AreOneCommune()
    {
        var path = _folder.Write(
            "ids.csv",
            "CommuneId,Region,AssessmentYear\nX0001,BTB,2024\nx0001,BTB,2024\nＸ０００１,BTB,2024\nX0001\u200B,BTB,2024\nX0002,BTB,2024\n"
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        var rejected = result
            .Json()
            .GetProperty("rejected")
            .EnumerateArray()
            .Select(e =>
                $"{e.GetProperty("row").GetInt64()} {e.GetProperty("value").GetString()}: "
                + $"{e.GetProperty("message").GetString()}"
            )
            .ToList();
        const string Same =
            "commune id already used on row 2 as 'X0001' (ids that differ only in case, character "
            + "width or invisible characters are one id)";
        // A zero-width space is not read at all: that id is X0001 itself.
        Assert.Equal(
            [$"3 x0001: {Same}", $"4 Ｘ０００１: {Same}", "5 X0001: commune id already used on row 2"],
            rejected
        );
    }

    [Fact]
    public void Evaluate_JsonObjectGivingAnInputTwice_IsRejectedNotReadAsTheLastKey()
    {
        var path = _folder.Write(
            "twice.json",
            "[{\"CommuneId\":\"A\",\"Region\":\"BTB\",\"Vùng kinh tế - xã hội\":\"DBSH\",\"AssessmentYear\":2024},"
                + "{\"CommuneId\":\"B\",\"Region\":\"BTB\",\"AssessmentYear\":2024}]"
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json", "--as-of", "2024-12-31");

        var rejected = result.Json().GetProperty("rejected")[0];
        Assert.Equal(
            "'Region' and 'Vùng kinh tế - xã hội' both give input Region in this row; keep one",
            rejected.GetProperty("message").GetString()
        );
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Evaluate_ANoteInANumberCell_DoesNotDecideTheDecimalSeparator()
    {
        var path = _folder.Write(
            "note.csv",
            "CommuneId,Region,AssessmentYear,IrrigatedFarmlandRate,HardenedVillageRoadRate\nA,BTB,2024,\"chưa có, "
                + "đang cập nhật\",80.5\nB,BTB,2024,90.5,70.25\n"
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        var json = result.Json();
        Assert.Equal(
            "2 IrrigatedFarmlandRate: not a number",
            string.Join(
                ";",
                json.GetProperty("rejected")
                    .EnumerateArray()
                    .Select(e =>
                        $"{e.GetProperty("row").GetInt64()} {e.GetProperty("column").GetString()}: "
                        + $"{e.GetProperty("message").GetString()}"
                    )
            )
        );
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Evaluate_JsonObjectsEachAddingAKey_StopPastTenThousandKeys()
    {
        var objects = Enumerable
            .Range(0, 12_000)
            .Select(i => $"{{\"CommuneId\":\"C{i}\",\"Region\":\"BTB\",\"AssessmentYear\":2024,\"Extra{i}\":1}}");
        var path = _folder.Write("keys.json", "[" + string.Join(",\n", objects) + "]");

        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        var rejected = result.Json().GetProperty("rejected").EnumerateArray().Last();
        Assert.Equal(
            "the objects name more than 10,000 different keys (a commune's data has about a "
                + "hundred), so the rest of the file was not read",
            rejected.GetProperty("message").GetString()
        );

        // The columns not read are told by their number and the first twenty, not in a line of ten thousand names.
        Assert.Contains(
            "keys.json: 9,997 columns are not inputs of the criteria and are not read: 'Extra0', 'Extra1', 'Extra2', "
                + "'Extra3', 'Extra4', 'Extra5', 'Extra6', 'Extra7', 'Extra8', 'Extra9', 'Extra10', 'Extra11', "
                + "'Extra12', 'Extra13', 'Extra14', 'Extra15', 'Extra16', 'Extra17', 'Extra18', 'Extra19' "
                + "and 9,977 more\n",
            result.Error.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"took {started.Elapsed}");
    }

    [Fact]
    public void Evaluate_HugeNameInATableReport_IsShortenedNotPaddedIntoEveryRow()
    {
        var name = new string('x', 30_000);
        var path = _folder.Write(
            "huge.csv",
            $"CommuneId,CommuneName,Region,AssessmentYear\nA,{name},BTB,2024\nB,Xã Bê,BTB,2024\n"
        );

        var table = Cli.Run("evaluate", path);
        var csv = Cli.Run("evaluate", path, "--format", "csv");

        Assert.True(table.Out.Length < 50_000, $"the table report is {table.Out.Length} characters");
        Assert.Contains(new string('x', 1_999) + "…", table.Out, StringComparison.Ordinal);
        Assert.Contains(name, csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_IdStartingWithAHash_IsARowNotAComment_CommentsBeforeTheHeaderStillAre()
    {
        var path = _folder.Write(
            "hash.csv",
            "# Danh sách xã, năm 2024\n\n# lập ngày "
                + "31/12/2024\nCommuneId,Region,AssessmentYear\n#12,BTB,2024\nA13,BTB,2024\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json");

        var json = result.Json();
        Assert.Equal(["#12", "A13"], Cli.LocalityIds(json));
        Assert.Equal(
            [5L, 6L],
            json.GetProperty("localities").EnumerateArray().Select(l => l.GetProperty("row").GetInt64())
        );
    }

    [Fact]
    public void Evaluate_ManyRejectedRows_ListsTheFirst10000AndCountsTheRest()
    {
        var rows = Enumerable.Range(0, 12_000).Select(i => $"C{i},Mars,2024");
        var path = _folder.Write("bad.csv", "CommuneId,Region,AssessmentYear\n" + string.Join("\n", rows) + "\n");

        var json = Cli.Run("evaluate", path, "--format", "json", "--as-of", "2024-12-31").Json();
        var table = Cli.Run("evaluate", path, "--as-of", "2024-12-31", "--lang", "en");

        Assert.Equal(
            (10_000, 2_000L),
            (json.GetProperty("rejected").GetArrayLength(), json.GetProperty("rejectedNotListed").GetInt64())
        );
        Assert.Contains(
            "… and 2,000 more problems of rejected rows, not listed here (a report lists the first 10,000).",
            table.Out.Split('\n').Select(l => l.TrimEnd())
        );
    }
}
