using System.Text.RegularExpressions;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// A report names what it evaluates by the level of its sets: a province's villages are "thôn", a district set's rows
/// "huyện", in every line, template and message, so that an office can sign what it forwards.
/// </summary>
public sealed partial class LocalityWordsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // "xã" the commune, not "xã hội", society.
    [GeneratedRegex(@"\bxã\b(?! hội)", RegexOptions.IgnoreCase)]
    private static partial Regex CommuneWord();

    [Fact]
    public void VillageReport_SaysVillagesThroughout()
    {
        var vi = Cli.Run(
            "evaluate",
            Cli.File("samples/villages-ha-tinh.csv"),
            "--set",
            "provincial/ha-tinh/residential-area-model"
        );
        var en = Cli.Run(
            "evaluate",
            Cli.File("samples/villages-ha-tinh.csv"),
            "--set",
            "provincial/ha-tinh/residential-area-model",
            "--format",
            "markdown",
            "--lang",
            "en"
        );

        Assert.Equal((0, 0), (vi.ExitCode, en.ExitCode));
        Assert.StartsWith(
            "Đánh giá 6 thôn theo bộ tiêu chí có hiệu lực ngày 31/12/2024",
            vi.Out,
            StringComparison.Ordinal
        );
        Assert.Contains("\nTừng thôn\n", vi.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  • 0/6 thôn đạt NTM kiểu mẫu", vi.Out, StringComparison.Ordinal);
        Assert.Contains("\nSố thôn đạt từng tiêu chí\n", vi.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Empty(CommuneWord().Matches(vi.Out));
        Assert.StartsWith(
            "# 6 villages evaluated against the sets in force on 2024-12-31",
            en.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\n## Villages achieving each criterion\n",
            en.Out.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("commune", en.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void DistrictRows_AreCalledDistricts()
    {
        var data = _folder.File("districts.csv");
        File.WriteAllText(
            data,
            "LocalityId,LocalityName,Province,AssessmentYear,Region,StandardCommuneShare\n"
                + "H01,Huyện Một,Hà Giang,2024,TDMNPB,100\n"
                + "H02,Huyện Hai,Hà Giang,2024,TDMNPB,96\n"
        );

        var result = Cli.Run("evaluate", data, "--set", "national/2021-2025/district-standard", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(
            "2 districts evaluated against the sets in force on 2024-12-31",
            result.Out,
            StringComparison.Ordinal
        );
        Assert.Contains("  • 0/2 districts reach the standard tier", result.Out, StringComparison.Ordinal);
        Assert.Contains(
            "so every district lacks them (missing data, never achieved)",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(
            "commune",
            result.Out.Replace("CommuneShare", "", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("provincial/ha-tinh/residential-area-model", "vi", "Mã thôn,Tên thôn,Huyện,Tỉnh,Năm đánh giá,")]
    [InlineData(
        "provincial/ha-tinh/residential-area-model",
        "en",
        "VillageId,VillageName,District,Province,AssessmentYear,"
    )]
    [InlineData("national/2021-2025/district-standard", "vi", "Mã đơn vị,Tên đơn vị,Tỉnh,Năm đánh giá,")]
    [InlineData("national/2021-2025/district-standard", "en", "LocalityId,LocalityName,Province,AssessmentYear,")]
    [InlineData("national/2021-2025/commune-standard", "en", "CommuneId,CommuneName,District,Province,AssessmentYear,")]
    public void Template_NamesTheIdentityColumnsOfTheSetsLevel_AndAFilledRowEvaluates(
        string set,
        string language,
        string start
    )
    {
        var template = _folder.File("template.csv");

        var written = Cli.Run("inputs", "--set", set, "--template", template, "--lang", language);
        var header = File.ReadAllLines(template).Single().TrimStart('\uFEFF');
        var year = start.Split(',').Length - 2;
        File.AppendAllText(
            template,
            string.Join(
                ',',
                header
                    .Split(',')
                    .Select(
                        (_, i) =>
                            i == 0 ? "U1"
                            : i == 1 ? "A"
                            : i == year ? "2024"
                            : ""
                    )
            ) + "\n"
        );
        var evaluated = Cli.Run("evaluate", template, "--set", set, "--format", "csv");

        Assert.Equal(0, written.ExitCode);
        Assert.StartsWith(start, header, StringComparison.Ordinal);
        Assert.True(evaluated.ExitCode == 0, evaluated.Error);
        Assert.Equal(2, evaluated.Out.Trim().Split('\n').Length);
    }

    [Fact]
    public void VillageFileWithoutIds_NamesTheVillagesIdColumn()
    {
        var data = _folder.File("villages.csv");
        File.WriteAllText(data, "Địa bàn,AssessmentYear\nThôn Một,2024\n");

        var vi = Cli.Run("evaluate", data, "--set", "provincial/ha-tinh/residential-area-model");
        var en = Cli.Run("evaluate", data, "--set", "provincial/ha-tinh/residential-area-model", "--lang", "en");

        Assert.Equal((2, 2), (vi.ExitCode, en.ExitCode));
        Assert.Contains(
            "không cột nào chứa mã hay tên thôn; dòng 1 được lấy làm dòng tiêu đề ('Địa bàn', 'AssessmentYear'): đặt "
                + "tên cột mã là VillageId hoặc 'Mã thôn' (hoặc cột tên là VillageName hoặc 'Tên thôn', để nhận mỗi "
                + "thôn theo tên), hoặc chỉ ra nó bằng --column \"TÊN_CỘT=VillageId\"",
            vi.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "no column holds the villages' ids or names; row 1 was taken as the header ('Địa bàn', 'AssessmentYear'): "
                + "name the ids' column VillageId or 'Mã thôn' (or the names' column VillageName or 'Tên thôn', to "
                + "know each village by its name), or name it with --column \"HEADER=VillageId\"",
            en.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void SetsOfSeveralLevels_NameTheirRowsUnits()
    {
        var result = Cli.Run(
            "evaluate",
            Cli.Fixture("communes-small.csv"),
            "--set",
            "national/2021-2025/commune-standard",
            "--set",
            "national/2021-2025/district-standard"
        );

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Đánh giá \d+ đơn vị theo bộ tiêu chí", result.Out);
    }

    [Fact]
    public void CommuneRows_AgainstSetsOfAnotherLevelOnly_AreRefusedWithTheFileThatLevelTakes()
    {
        // Each commune was evaluated as a district ("586 districts evaluated", 'Xã An Thạnh' among them), lacking
        // every district input.
        var communes = Cli.Fixture("communes-small.csv");
        var json = _folder.Write("communes.json", """[{"Mã xã": "X1", "Tên xã": "Xã Một", "AssessmentYear": 2024}]""");

        var district = Cli.Run("evaluate", communes, "--set", "national/2021-2025/district-standard");
        var province = Cli.Run(
            "explain",
            json,
            "--set",
            "national/2026-2030/province-completion",
            "--as-of",
            "2026-12-31",
            "--lang",
            "en"
        );
        var villages = Cli.Run(
            "evaluate",
            communes,
            "--set",
            "provincial/ha-tinh/residential-area-model",
            "--lang",
            "en"
        );
        var diff = Cli.Run(
            "diff",
            "national/2021-2025/district-standard@2022-03-08",
            "national/2021-2025/district-standard@2024-03-01",
            "--data",
            communes,
            "--lang",
            "en"
        );

        Assert.Equal((2, 2, 2, 2), (district.ExitCode, province.ExitCode, villages.ExitCode, diff.ExitCode));
        Assert.Equal("", district.Out + province.Out + villages.Out + diff.Out);
        Assert.Equal(
            "ntm: tests/Ntm.Criteria.Cli.Tests/Fixtures/communes-small.csv: các dòng là xã (cột 'CommuneId'), mà "
                + "national/2021-2025/district-standard đánh giá huyện: mỗi xã sẽ được đánh giá như một huyện, thiếu "
                + "dữ liệu của huyện; để đánh giá các xã, hãy bỏ --set hoặc chọn bộ tiêu chí xã; hoặc dùng một tệp các "
                + "huyện, cột mã ghi 'Mã đơn vị' hoặc 'LocalityId' (ntm inputs --set "
                + "national/2021-2025/district-standard --template TỆP viết một mẫu như vậy)",
            district.Error.Trim()
        );
        Assert.Equal(
            $"ntm: {Cli.Shown(json)}: the rows are communes (column 'Mã xã'), and "
                + "national/2026-2030/province-completion evaluates provinces: each commune would be evaluated as a "
                + "province, lacking a province's data; to evaluate the communes, leave out --set or name commune "
                + "sets; or give a file of provinces, its ids headed 'LocalityId' or 'Mã đơn vị' (ntm inputs --set "
                + "national/2026-2030/province-completion --template FILE writes one)",
            province.Error.Trim()
        );
        Assert.Contains(
            "evaluates villages: each commune would be evaluated as a village, lacking a village's data; to evaluate "
                + "the communes, leave out --set or name commune sets; or give a file of villages, its ids headed "
                + "'VillageId' or 'Mã thôn'",
            villages.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "national/2021-2025/district-standard evaluates districts: each commune would be evaluated as a "
                + "district, lacking a district's data; --data takes a file of districts, its ids headed 'LocalityId' "
                + "or 'Mã đơn vị'",
            diff.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(Level.Commune)]
    [InlineData(Level.District)]
    [InlineData(Level.Village)]
    [InlineData(Level.Province)]
    [InlineData(null)]
    public void HeaderNames_AreNamesTheIdentityColumnsAreReadBy(Level? level)
    {
        foreach (var column in LocalityColumns.All)
        {
            var (english, vietnamese) = Texts.English.About(level).HeaderNames(column);

            Assert.Contains(english, column.Names);
            Assert.Contains(vietnamese, column.Names);
        }
    }
}
