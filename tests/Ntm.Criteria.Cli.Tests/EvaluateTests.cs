using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ntm.Criteria.Cli.Tests;

/// <summary><c>ntm evaluate</c> on the shipped sample data, in every output format.</summary>
public class EvaluateTests
{
    private static readonly DateOnly SampleDate = new(2024, 12, 31);

    /// <summary>The sample communes read independently of the command line, from samples/communes.json.</summary>
    private static List<Locality> SampleLocalities()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Cli.File("samples/communes.json")));
        return
        [
            .. document
                .RootElement.GetProperty("Communes")
                .EnumerateArray()
                .Select(commune =>
                    LocalityReader.FromDictionary(
                        id: null,
                        commune
                            .EnumerateObject()
                            .Select(p => KeyValuePair.Create(p.Name, JsonValues.ToInputValue(p.Value)))
                    )
                ),
        ];
    }

    [Fact]
    public void Evaluate_EveryFigureExplained_CountsAddUpAndNothingIsZeroOfZero()
    {
        var json = Cli.Run("evaluate", Cli.File("samples/communes.csv"), "--format", "json").Json();
        var csv = Cli.Run("evaluate", Cli.File("samples/communes.csv"), "--format", "csv")
            .Out.Split(Environment.NewLine);
        var table = Cli.Run("evaluate", Cli.File("samples/communes.csv"), "--lang", "en")
            .Out.Split(Environment.NewLine);

        // Each commune: the next tier's criteria, achieved or not, add up to its total.
        foreach (
            var set in json.GetProperty("localities")
                .EnumerateArray()
                .Select(l => l.GetProperty("chains")[0].GetProperty("sets")[0])
        )
        {
            var byOutcome = set.GetProperty("criteriaByOutcome").EnumerateObject().Sum(o => o.Value.GetInt32());
            Assert.Equal(
                set.GetProperty("criteriaTotal").GetInt32(),
                set.GetProperty("criteriaAchieved").GetInt32() + byOutcome
            );
        }

        // The summary: each criterion's outcomes and the bands add up to the communes evaluated.
        var standard = json.GetProperty("summary").GetProperty("sets")[0];
        Assert.All(
            standard.GetProperty("criteria").EnumerateArray(),
            c =>
                Assert.Equal(
                    586,
                    c.EnumerateObject().Where(p => p.Name is not ("number" or "passRate")).Sum(p => p.Value.GetInt32())
                )
        );
        Assert.Equal(
            586,
            standard.GetProperty("bands").EnumerateArray().Sum(b => b.GetProperty("localities").GetInt32())
        );
        Assert.Equal(586, standard.GetProperty("localitiesByCriteriaAchieved").EnumerateArray().Sum(c => c.GetInt32()));
        Assert.Equal(
            JsonValueKind.Null,
            standard
                .GetProperty("indicators")
                .EnumerateArray()
                .Single(i => i.GetProperty("number").GetString() == "10")
                .GetProperty("passRate")
                .ValueKind
        );

        // The advanced set has no encoded indicator: "not encoded", never 0/0, and short of its decision.
        Assert.False(json.GetProperty("summary").GetProperty("sets")[1].GetProperty("encoded").GetBoolean());
        Assert.Equal(
            [false, true, false],
            json.GetProperty("chains")[0].EnumerateArray().Select(s => s.GetProperty("shortOfItsDecision").GetBoolean())
        );
        Assert.Equal(
            ["57 of 57", "0 of 75", "4 of null"],
            json.GetProperty("chains")[0]
                .EnumerateArray()
                .Select(s => $"{s.GetProperty("indicators")} of {s.GetProperty("officialIndicators").GetRawText()}")
        );
        var header = csv[0].Split(',');
        Assert.Equal("false", csv[1].Split(',')[Array.IndexOf(header, "national/2021-2025/commune-advanced:Encoded")]);
        Assert.DoesNotContain(table, line => line.Contains(" 0/0 ", StringComparison.Ordinal));
        Assert.Contains(
            "  3  X0001  Xã An Thạnh    Huyện Hà Giang 1           5/19         32/57  not encoded   not encoded     "
                + "  2/4        2/4  none                2                0                    "
                + "12               0  8.2 18.4",
            table
        );
        Assert.Contains(
            "  • national/2021-2025/commune-advanced: not encoded (none of its indicators is "
                + "in the sources); no commune achieves it",
            table
        );
        Assert.Contains(
            "2       Transport                                                                   0            19     "
                + "        1                566     0%",
            table
        );
        Assert.Contains("5–9                     507    87%", table);
        Assert.Contains("under 5                  79    13%", table);
    }

    [Fact]
    public void Evaluate_ASetNotEncoded_SaysSoInEveryTable_NeverZeroOfTen()
    {
        var table = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--lang", "en")
            .Out.Split(Environment.NewLine);

        Assert.DoesNotContain(
            table,
            line =>
                line.Contains("0.00/10", StringComparison.Ordinal) || line.Contains("under 5", StringComparison.Ordinal)
        );
        Assert.Contains("Bắc Ninh            5         0    not encoded", table);
        Assert.Contains(
            "national/2026-2030/commune: none of the set's indicators is in the sources, so no commune can achieve "
                + "any criterion yet; there are no bands of criteria achieved or indicators missed.",
            table
        );
    }

    [Theory]
    [InlineData("table")]
    [InlineData("html")]
    public void Evaluate_AFileEveryRowOfWhichIsRejected_HasNoAverageAndNoShares_NotFiguresOfZero(string format)
    {
        using var folder = new TempFolder();
        var path = folder.Write(
            "bad.csv",
            "CommuneId,Region,AssessmentYear,IrrigatedFarmlandRate\nA1,BTB,2024,185\nA2,BTB,2024,x\n"
        );

        var result = Cli.Run("evaluate", path, "--as-of", "2024-12-31", "--lang", "en", "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith(
            "bad.csv: 2 of 2 rows rejected (listed at the end of the report); no commune was evaluated",
            result.Error.TrimEnd(),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "national/2021-2025/commune-standard: no commune was evaluated, so there is no average",
            result.Out,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("0.00/19", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0/0 communes", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(0%)", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Communes achieving each criterion", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AFileEveryRowOfWhichIsRejected_InJson_HasNullAverages_NotZeros()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.csv", "CommuneId,Region,AssessmentYear,IrrigatedFarmlandRate\nA1,BTB,2024,185\n");

        var result = Cli.Run("evaluate", path, "--as-of", "2024-12-31", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var set = result.Json().GetProperty("summary").GetProperty("sets")[0];
        Assert.Equal(0, set.GetProperty("evaluated").GetInt32());
        Assert.All(
            new[]
            {
                "averageCriteriaAchieved",
                "averageIndicatorsAchieved",
                "averageCriteriaShare",
                "averageIndicatorsShare",
            },
            name => Assert.Equal(System.Text.Json.JsonValueKind.Null, set.GetProperty(name).ValueKind)
        );
    }

    [Theory]
    [InlineData(
        "CommuneId,CommuneName,Province,AssessmentYear,CommuneGroup\nM1,Xã A,Lào Cai,2026,2\n",
        "a commune whose group the file gives is evaluated in it, unchecked against the facts; one without may not be "
            + "placed, and its indicators whose thresholds differ by group are then missing data"
    )]
    [InlineData(
        "CommuneId,CommuneName,Province,AssessmentYear\nM1,Xã A,Lào Cai,2026\n",
        "the file gives no group (CommuneGroup) either, so no commune has one: indicators whose thresholds differ by "
            + "group are missing data"
    )]
    public void Evaluate_2026FileWithoutTheFactsThatPlaceAGroup_SaysWhatTheyDecide_NotThatEveryCommuneMissesThem(
        string data,
        string said
    )
    {
        using var folder = new TempFolder();
        var path = folder.Write("communes.csv", data);

        var result = Cli.Run("evaluate", path, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var facts =
            "IsNextToUrbanAreaAndOrientedToUrban, AgricultureShareOfEconomy, IsOrientedToNewUrbanArea, "
            + "EthnicMinorityAreaZone";
        Assert.Contains(
            $"communes.csv: 4 facts placing a commune in its group have no column ({facts}): {said}",
            result.Error
        );
        Assert.DoesNotContain("AgricultureShareOfEconomy", result.Error.Replace(facts, "", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_2026FileWithTheFactsButNoGroup_SaysTheGroupIsPlacedFromThem_NotThatEveryCommuneMissesIt()
    {
        // The province has not assigned the groups yet: "CommuneGroup has no column, so every commune lacks it (missing
        // data, never achieved)" was said, while each commune was placed from its facts.
        using var folder = new TempFolder();
        var path = folder.Write(
            "communes.csv",
            "CommuneId,CommuneName,Province,AssessmentYear,EthnicMinorityAreaZone,AgricultureShareOfEconomy,"
                + "IsNextToUrbanAreaAndOrientedToUrban,IsOrientedToNewUrbanArea\n"
                + "M1,Xã A,Lào Cai,2026,2,60,false,false\n"
        );

        var result = Cli.Run("evaluate", path, "--lang", "en");
        var explained = Cli.Run("explain", path, "--lang", "en");

        Assert.Equal((0, 0), (result.ExitCode, explained.ExitCode));
        Assert.Equal(
            $"{Cli.Shown(path)}: the file gives no group (CommuneGroup): each commune is placed in its group from its "
                + "facts (zone, urban orientation, agriculture share)",
            result.Error.Trim()
        );
        Assert.Contains("Commune group: 3, from the commune's facts", explained.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupTheFactsCannotPlace_NamesTheFactsMissing_AndJsonAndCsvGiveEachGroup()
    {
        // Zone I and 30% agriculture: group 1 or 2, as the commune adjoins a town or is to become one; the file
        // leaves both empty for M1. "Facts to place it are missing" did not say which, and the JSON had no group; the
        // page names them by their labels, as the data template heads their columns, and the JSON by their ids.
        using var folder = new TempFolder();
        var path = folder.Write(
            "communes.csv",
            "CommuneId,CommuneName,Province,AssessmentYear,CommuneGroup,EthnicMinorityAreaZone,"
                + "AgricultureShareOfEconomy,IsNextToUrbanAreaAndOrientedToUrban,IsOrientedToNewUrbanArea\n"
                + "M1,Xã A,Lào Cai,2026,,1,30,,\n"
                + "M2,Xã B,Lào Cai,2026,1,3,60,false,false\n"
        );

        var vi = Cli.Run("explain", path, "--commune", "M1");
        var en = Cli.Run("explain", path, "--commune", "M1", "--lang", "en", "--format", "json").Json();
        var evaluated = Cli.Run("evaluate", path, "--format", "json").Json().GetProperty("localities");
        var csv = Cli.Run("evaluate", path, "--format", "csv").Out.Split(Environment.NewLine);

        Assert.Contains(
            "Nhóm xã: chưa xác định được — dữ liệu không ghi nhóm và thiếu dữ kiện để xếp nhóm: \"Xã liền kề đô thị "
                + "hiện hữu và có định hướng phát triển thành đô thị\", \"Xã được định hướng là đô thị mới\".",
            vi.Out.Split(Environment.NewLine)
        );
        Assert.Equal(
            "{\"given\":null,\"derived\":null,\"missingFacts\":[\"IsNextToUrbanAreaAndOrientedToUrban\","
                + "\"IsOrientedToNewUrbanArea\"]}",
            JsonSerializer.Serialize(en.GetProperty("chains")[0].GetProperty("group"))
        );
        Assert.Equal(
            """{"given":1,"derived":3,"missingFacts":[]}""",
            JsonSerializer.Serialize(evaluated[1].GetProperty("chains")[0].GetProperty("group"))
        );
        // The CSV gives the group each commune was evaluated in: the data's where it gives one.
        Assert.Equal(
            ["national/2026-2030/commune:Group", "", "1"],
            csv.Where(l => l.Length > 0).Select(l => l.Split(',')[7])
        );
    }

    [Fact]
    public void Evaluate_CommunesWithoutWhatPicksTheirThresholds_AreNamedOnce_NotLeftToReadAsOpenThresholds()
    {
        // X1 leaves its region empty, and M1 neither gives its group nor the facts to place it: their indicators by
        // region or group were counted missing data without a word of why.
        using var folder = new TempFolder();
        var communes2024 = folder.Write(
            "communes.csv",
            "CommuneId,Region,AssessmentYear,ChildStuntingRate\nX1,,2024,20\nX2,BTB,2024,20\n"
        );
        var communes2026 = folder.Write(
            "communes-2026.csv",
            "CommuneId,Province,AssessmentYear,CommuneGroup,EthnicMinorityAreaZone,AgricultureShareOfEconomy,"
                + "IsNextToUrbanAreaAndOrientedToUrban,IsOrientedToNewUrbanArea\n"
                + "M1,Lào Cai,2026,,1,30,,\nM2,Lào Cai,2026,,3,,,\n"
        );
        folder.Write("rules/" + RuleFixtures.CommuneGroupRevisionPath, RuleFixtures.CommuneGroupRevision);

        var byRegion = Cli.Run("evaluate", communes2024, "--lang", "en");
        var byGroup = Cli.Run("evaluate", communes2026, "--rules", folder.File("rules"));

        Assert.Contains(
            "communes.csv: 1 commune gives no region (Region) (row 2), so its indicators whose thresholds differ by "
                + "region are missing data",
            byRegion.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "1 commune gives no region (Region) (row 2), so its indicators whose thresholds differ by region are "
                + "missing data",
            byRegion.Out.Split(Environment.NewLine)
        );
        Assert.Contains(
            "communes-2026.csv: 1 xã chưa rõ nhóm xã (dòng 2): dữ liệu không ghi nhóm và thiếu dữ kiện để xếp nhóm "
                + "(lệnh explain nêu các dữ kiện còn thiếu), nên các chỉ tiêu có ngưỡng theo nhóm được tính là thiếu "
                + "dữ liệu",
            byGroup.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_2024FileWithoutTheFactsThatSendACommuneToTDMNPB_SaysItsOwnRegionDecides()
    {
        using var folder = new TempFolder();
        var path = folder.Write(
            "communes.csv",
            "CommuneId,CommuneName,Region,AssessmentYear,ChildStuntingRate\nX1,Xã A,BTB,2024,24.5\n"
        );

        var result = Cli.Run("evaluate", path, "--lang", "en");
        var sample = Cli.Run("evaluate", Cli.File("samples/communes.csv"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var facts = "EthnicMinorityAreaZone, IsEspeciallyDifficultCoastalCommune, IsSafeZoneCommuneOfPoorDistrict";
        Assert.Contains(
            $"communes.csv: 3 facts sending a commune to the TDMNPB thresholds have no column ({facts}): every "
                + "commune is evaluated against the thresholds of the region the file gives, as if none were sent; for "
                + "a commune that should be, give those columns",
            result.Error
        );
        Assert.DoesNotContain("EthnicMinorityAreaZone", result.Error.Replace(facts, "", StringComparison.Ordinal));
        Assert.DoesNotContain("TDMNPB thresholds", sample.Error, StringComparison.Ordinal);

        // In Vietnamese, as the template heads their columns, beside their ids.
        Assert.Contains(
            "3 dữ kiện chuyển xã sang ngưỡng của vùng TDMNPB không có cột ('Khu vực của xã thuộc vùng đồng bào "
                + "dân tộc thiểu số và miền núi theo phân định của cấp có thẩm quyền cho giai đoạn đánh giá: 1, 2, 3 "
                + "(khu vực I, II, III); 0 nếu xã không thuộc vùng' (EthnicMinorityAreaZone), 'Xã đặc biệt khó khăn "
                + "vùng bãi ngang ven biển và hải đảo' (IsEspeciallyDifficultCoastalCommune), 'Xã an toàn khu thuộc "
                + "huyện nghèo' (IsSafeZoneCommuneOfPoorDistrict)): ",
            Cli.Run("evaluate", path).Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_ADistrictMeetingEveryIndicatorOfACriterionTheSourcesGiveInPart_IsNotCountedAsAchievingIt()
    {
        using var folder = new TempFolder();
        var path = folder.Write(
            "districts.csv",
            "LocalityId,LocalityName,Province,AssessmentYear,HasRuralCraftCluster\nH1,Huyện A,Nghệ An,2024,có\n"
        );
        string[] options = ["--set", "national/2021-2025/district-standard", "--as-of", "2024-12-31", "--lang", "en"];

        var evaluated = Cli.Run(["evaluate", path, .. options]);
        var explained = Cli.Run(["explain", path, "--commune", "H1", .. options]);

        var said =
            "Criteria marked \"(partial)\" (2, 6): the sources give only some of their indicators, so no district can "
            + "achieve them; where those given are all achieved, the outcome is not encoded.";
        var table = evaluated.Out.Split(Environment.NewLine);
        // Not achieved, missing data, threshold not set, then not encoded: the district counted in its row.
        Assert.Contains(table, l => Regex.IsMatch(l, @"^6 +Economy \(partial\) +0 +0 +0 +0 +1 +0%$"));
        Assert.Contains(said, table);
        var detail = explained.Out.Split(Environment.NewLine);
        Assert.Contains(
            detail,
            l => Regex.IsMatch(l, @"^6 +Economy \(partial\) +not encoded +các nguồn chỉ có chỉ tiêu 6\.1; .*$")
        );
        Assert.Contains(detail, l => Regex.IsMatch(l, @"^  6\.1 .* yes +yes \(unconfirmed\) +achieved +"));
        Assert.Contains(said, detail);

        // A program reading the JSON tells a criterion given in part from one achieved on all its indicators.
        var criteria = Cli.Run(["explain", path, "--commune", "H1", "--format", "json", .. options])
            .Json()
            .GetProperty("chains")[0]
            .GetProperty("sets")[0]
            .GetProperty("criteria")
            .EnumerateArray()
            .ToDictionary(c => c.GetProperty("number").GetString()!, c => c.GetProperty("complete").GetBoolean());
        Assert.False(criteria["6"]);
        Assert.False(criteria["1"]);
        Assert.True(criteria["ĐK4"]);
    }

    [Fact]
    public void EveryReport_SaysTheReleaseOfNtmItWasMadeWith()
    {
        // The release whose shipped sets decided: two reports of one file that a correction in between tells apart.
        var release = System
            .Xml.Linq.XDocument.Load(Cli.File("Directory.Build.props"))
            .Descendants("VersionPrefix")
            .Single()
            .Value;
        var data = Cli.Fixture("communes-small.csv");

        var json = new[]
        {
            Cli.Run("evaluate", data, "--format", "json"),
            Cli.Run("explain", data, "--commune", "X0001", "--format", "json"),
            Cli.Run(
                "diff",
                "national/2021-2025/commune-standard@2022-03-08",
                "national/2021-2025/commune-standard@2024-03-01",
                "--format",
                "json"
            ),
        };
        var table = Cli.Run("evaluate", data, "--lang", "en");
        var explained = Cli.Run("explain", data, "--commune", "X0001");

        Assert.All(json, r => Assert.Equal(release, r.Json().GetProperty("ntmVersion").GetString()));
        Assert.Contains($" Made with ntm {release}.", table.Out, StringComparison.Ordinal);
        Assert.Contains($", dòng 3. Lập bằng ntm {release}.", explained.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SampleCsvAsJson_MatchesTheLibraryOnTheSameCommunes()
    {
        var result = Cli.Run("evaluate", Cli.File("samples/communes.csv"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("2024-12-31", root.GetProperty("asOf").GetString());
        Assert.Equal("AssessmentYear", root.GetProperty("asOfFrom").GetString());
        Assert.Equal(586, root.GetProperty("localities").GetArrayLength());
        var input = root.GetProperty("input");
        Assert.Equal((586, 586, 0), Cli.RowCounts(root));
        Assert.Equal(".", input.GetProperty("decimalSeparator").GetString());

        var expected = BatchEvaluator
            .InForce(CriteriaCatalog.Shipped, Level.Commune, SampleDate)
            .Summarize(SampleLocalities())
            .Overall;
        var sets = root.GetProperty("summary").GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal(expected.Sets.Select(s => s.Set.Id), sets.Select(s => s.GetProperty("id").GetString()));
        foreach (var (set, actual) in expected.Sets.Zip(sets))
        {
            Assert.Equal(
                Math.Round(set.AverageCriteriaAchieved, 4),
                actual.GetProperty("averageCriteriaAchieved").GetDouble()
            );
            Assert.Equal(
                Math.Round(set.AverageIndicatorsAchieved, 4),
                actual.GetProperty("averageIndicatorsAchieved").GetDouble()
            );
            Assert.Equal(
                set.Indicators.Select(i => i.Missed),
                actual.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("notAchieved").GetInt32())
            );
        }

        var first = root.GetProperty("localities")[0];
        Assert.Equal(
            (3, "X0001", "Xã An Thạnh"),
            (
                first.GetProperty("row").GetInt32(),
                first.GetProperty("id").GetString(),
                first.GetProperty("name").GetString()
            )
        );
        var standard = first.GetProperty("chains")[0].GetProperty("sets")[0];
        Assert.Equal("national/2021-2025/commune-standard", standard.GetProperty("id").GetString());
        Assert.Equal(["8.2", "18.4"], standard.GetProperty("notAchieved").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("chains")[0].GetProperty("tier").ValueKind);
    }

    [Fact]
    public void Evaluate_SampleJsonAndCsv_GiveTheSameResults()
    {
        static JsonElement Localities(string file)
        {
            var result = Cli.Run("evaluate", Cli.File(file), "--format", "json");
            Assert.Equal(0, result.ExitCode);
            return result.Json().GetProperty("localities").Clone();
        }

        var fromCsv = Localities("samples/communes.csv")
            .EnumerateArray()
            .Select(l => l.GetProperty("chains").GetRawText())
            .ToList();
        var fromJson = Localities("samples/communes.json")
            .EnumerateArray()
            .Select(l => l.GetProperty("chains").GetRawText())
            .ToList();

        Assert.Equal(586, fromJson.Count);
        Assert.Equal(fromCsv, fromJson);
    }

    [Fact]
    public void Evaluate_Csv_OneRowPerCommuneWithStableColumns()
    {
        var result = Cli.Run("evaluate", Cli.File("samples/communes.csv"), "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(587, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal(
            [
                "Row",
                "CommuneId",
                "CommuneName",
                "District",
                "Province",
                "national/2021-2025/commune-standard:Tier",
                "national/2021-2025/commune-standard:NextTier",
            ],
            header[..7]
        );
        var row = lines[1].Split(',');
        string Cell(string column) => row[Array.IndexOf(header, column)];
        Assert.Equal("X0001", Cell("CommuneId"));
        Assert.Equal("Standard", Cell("national/2021-2025/commune-standard:NextTier"));
        Assert.Equal("5", Cell("national/2021-2025/commune-standard:CriteriaAchieved"));
        Assert.Equal("19", Cell("national/2021-2025/commune-standard:CriteriaTotal"));
        Assert.Equal("8.2 18.4", Cell("national/2021-2025/commune-standard:NotAchieved"));
        Assert.Equal("false", Cell("national/2021-2025/commune-standard:Achieved"));
    }

    [Fact]
    public void Evaluate_OutToFile_WritesTheReportThereAndCsvWithAByteOrderMark()
    {
        using var folder = new TempFolder();
        var path = folder.File("result.csv");

        var result = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "csv", "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(13, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void Evaluate_NamedSetsAndDate_EvaluatesThoseVersions()
    {
        var result = Cli.Run(
            "evaluate",
            Cli.Fixture("communes-small.csv"),
            "--format",
            "json",
            "--as-of",
            "30/06/2023",
            "--set",
            "national/2021-2025/commune-standard",
            "--set",
            "national/2016-2020/commune-standard@2016-10-17"
        );

        Assert.Equal(0, result.ExitCode);
        var chains = result.Json().GetProperty("chains");
        Assert.Equal(
            [
                ["national/2021-2025/commune-standard@2022-03-08"],
                ["national/2016-2020/commune-standard@2016-10-17"],
            ],
            chains
                .EnumerateArray()
                .Select(c =>
                    c.EnumerateArray()
                        .Select(s => $"{s.GetProperty("id").GetString()}@{s.GetProperty("version").GetString()}")
                        .ToArray()
                )
                .ToArray()
        );
        Assert.Equal("option", result.Json().GetProperty("asOfFrom").GetString());
    }

    // By its id and by id@version, one set named twice: it was an internal error (exit 3).
    [Theory]
    [InlineData("evaluate")]
    [InlineData("explain")]
    public void EvaluateAndExplain_ASetNamedTwice_AreEvaluatedOnce(string command)
    {
        var result = Cli.Run([
            command,
            Cli.Fixture("communes-small.csv"),
            .. command == "explain" ? new[] { "--commune", "X0001" } : [],
            "--set",
            "national/2021-2025/commune-standard",
            "--set",
            "national/2021-2025/commune-standard@2024-03-01",
            "--as-of",
            "2024-12-31",
            "--format",
            "json",
        ]);

        Assert.True(result.ExitCode == 0, result.Error);
        var chains = result.Json().GetProperty("chains");
        var sets =
            command == "explain"
                ? chains.EnumerateArray().Single().GetProperty("sets")
                : chains.EnumerateArray().Single();
        Assert.Single(sets.EnumerateArray());
    }

    // A tier named without the tier it requires: the report says its communes were not checked against that tier,
    // unless the set takes it from the data (the model tier's "is advanced"), or the run evaluates that tier beside it
    // (a province's variant of the advanced tier next to the national chain).
    [Theory]
    [InlineData("national/2021-2025/commune-advanced", true)]
    [InlineData("national/2021-2025/commune-model", false)]
    [InlineData("national/2021-2025/commune-standard", false)]
    [InlineData(
        "national/2021-2025/commune-standard national/2021-2025/commune-advanced provincial/thanh-hoa/commune-advanced",
        false
    )]
    public void Evaluate_ATierWithoutTheTierItRequires_SaysItsCommunesWereNotCheckedAgainstIt(string sets, bool told)
    {
        var result = Cli.Run([
            "evaluate",
            Cli.Fixture("communes-small.csv"),
            .. sets.Split(' ').SelectMany(s => new[] { "--set", s }),
            "--lang",
            "en",
            "--format",
            "json",
        ]);

        const string line =
            "national/2021-2025/commune-advanced requires national/2021-2025/commune-standard, which this run does "
            + "not evaluate: a commune it gives the advanced tier has not been checked against "
            + "national/2021-2025/commune-standard; to check it, add --set national/2021-2025/commune-standard";
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            told ? [line] : [],
            result
                .Json()
                .GetProperty("setNotes")
                .EnumerateArray()
                .Select(n => n.GetString())
                .Where(n => n!.Contains("this run does not evaluate", StringComparison.Ordinal))
        );
        Assert.Equal(told, result.Error.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_TableAndMarkdown_MatchTheirGoldenFiles()
    {
        var table = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"));
        var markdown = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "markdown", "--lang", "en");

        Assert.Equal((0, 0), (table.ExitCode, markdown.ExitCode));
        Golden.Check("evaluate-small.vi.txt", table.Out);
        Golden.Check("evaluate-small.en.md", markdown.Out);
        // The decimal point is said in the report's heading; a run that read every value asks nothing more.
        Assert.Equal("", table.Error);
    }

    [Fact]
    public void Evaluate_VietnameseReport_WritesDecimalCommasAndDiacritics()
    {
        var result = Cli.Run("evaluate", Cli.File("samples/communes.csv"));

        Assert.Contains("0/586 xã đạt chuẩn NTM", result.Out, StringComparison.Ordinal);
        Assert.Contains(
            "national/2021-2025/commune-standard: bình quân 5,32/19 tiêu chí (28%), 32,38/57 chỉ tiêu (57%) mỗi xã",
            result.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_ManyRowsOnATerminal_DrawsProgressOnStandardErrorOnly()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.File("samples/communes.csv"));
        var rows = Enumerable.Range(0, 6_000).Select(i => "Y" + i + lines[2 + (i % 586)][5..]);
        var path = folder.Write("many.csv", string.Join("\n", rows.Prepend(lines[1])) + "\n");

        var onTerminal = Cli.Run(errorIsTerminal: true, "evaluate", path, "--format", "csv");
        var redirected = Cli.Run(errorIsTerminal: false, "evaluate", path, "--format", "csv");

        Assert.Equal((0, 0), (onTerminal.ExitCode, redirected.ExitCode));
        Assert.Contains("\r[", onTerminal.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", onTerminal.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\r[", redirected.Error, StringComparison.Ordinal);
        Assert.Equal(onTerminal.Out, redirected.Out);
    }
}

/// <summary>The README shows a real excerpt of the run command's output.</summary>
public class ReadmeTests
{
    [Fact]
    public void ReadmeRunCommand_ExcerptIsWhatItPrints()
    {
        var readme = File.ReadAllText(Cli.File("README.md"));
        Assert.Contains(
            "dotnet run --project src/Ntm.Criteria.Cli -- evaluate samples/communes.csv",
            readme,
            StringComparison.Ordinal
        );
        var start =
            readme.IndexOf(
                "```",
                readme.IndexOf("An excerpt of its output", StringComparison.Ordinal),
                StringComparison.Ordinal
            ) + 3;
        var excerpt = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l != "…")
            .ToList();

        var output = Cli.Run("evaluate", Cli.File("samples/communes.csv"))
            .Out.Split(Environment.NewLine)
            .Select(l => l.Trim())
            .ToHashSet();

        Assert.True(excerpt.Count > 20);
        Assert.All(excerpt, line => Assert.Contains(line, output));
    }
}

/// <summary>
/// The five lines the README and the package README show are those samples/Consumer runs against the packages.
/// </summary>
public class PackageExampleTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Ntm.Criteria/README.md")]
    public void FiveLineExample_IsTheConsumersCodeAndPrintsItsExpectedFirstLine(string readme)
    {
        var text = File.ReadAllText(Cli.File(readme));
        var consumer = File.ReadAllLines(Cli.File("samples/Consumer/Program.cs"));
        var expected = File.ReadAllLines(Cli.File("samples/Consumer/expected.txt"))[0];

        foreach (
            var line in consumer.Where(l =>
                l.StartsWith("var commune = ", StringComparison.Ordinal)
                || l.StartsWith("var tiers = ", StringComparison.Ordinal)
            )
        )
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.Contains($"Console.WriteLine(tiers);   // {expected}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_2026Communes_GroupByProvinceAndListTheGroupsTheFactsContradict()
    {
        var result = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains(
            "  • national/2026-2030/commune-modern@2025-12-29: Pilot framework for modern new-rural communes, "
                + "2026-2030 (QĐ 51/2025/QĐ-TTg (2025-12-29), Phụ lục II)",
            lines
        );
        Assert.Contains("By province", lines);
        Assert.DoesNotContain("By district", lines);
        Assert.Contains("Lào Cai             5         0    not encoded", lines);
        Assert.Contains(
            "6 communes have a group in the data that their facts (zone, urban orientation, agriculture share) "
                + "contradict: each is evaluated in the group the data gives (listed below).",
            lines
        );
        Assert.Contains("  3  M001  Xã Minh Tân                    2                     3", lines);
    }

    [Fact]
    public void Evaluate_2026CommunesAsCsv_ListsTheContradictionsOnStandardError()
    {
        var result = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--format", "csv");

        Assert.Contains(
            "samples/communes-2026.csv: dòng 3 (M001): nhóm 2 theo dữ liệu, nhóm 3 theo các dữ "
                + "kiện của xã; đánh giá theo nhóm 2",
            result.Error.Split('\n').Select(l => l.TrimEnd())
        );
        Assert.Equal(
            6,
            result.Error.Split('\n').Count(l => l.Contains("theo các dữ kiện của xã", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void Evaluate_2026CommunesAsJson_HasByProvinceAndTheContradictions()
    {
        var result = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(10, json.RootElement.GetProperty("byProvince").GetArrayLength());
        var first = json.RootElement.GetProperty("groupContradictions")[0];
        Assert.Equal(
            (3, "M001", 2, 3),
            (
                first.GetProperty("row").GetInt32(),
                first.GetProperty("id").GetString(),
                first.GetProperty("given").GetInt32(),
                first.GetProperty("fromFacts").GetInt32()
            )
        );
    }

    [Theory]
    [InlineData("CommuneGroup")]
    [InlineData("Nhóm xã", "--column", "Nhóm xã=CommuneGroup")]
    public void Evaluate_GroupByAColumnThatIsAnInput_StillReadsTheInput(string column, params string[] options)
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.File("samples/communes-2026.csv")).Skip(1).ToList();
        var path = folder.Write(
            "communes.csv",
            string.Join('\n', [lines[0].Replace("CommuneGroup", column), .. lines[1..]]) + "\n"
        );
        string[] evaluate = ["evaluate", path, "--format", "json", .. options];

        var grouped = Cli.Run([.. evaluate, "--group-by", column]);
        var ungrouped = Cli.Run(evaluate);

        Assert.Equal(0, grouped.ExitCode);
        Assert.DoesNotContain("CommuneGroup", grouped.Error, StringComparison.Ordinal);
        Assert.Equal(
            ungrouped.Json().GetProperty("groupContradictions").GetRawText(),
            grouped.Json().GetProperty("groupContradictions").GetRawText()
        );
        Assert.Contains(
            "2",
            grouped.Json().GetProperty("byDistrict").EnumerateArray().Select(g => g.GetProperty("district").GetString())
        );
    }

    [Fact]
    public void Evaluate_GroupByAColumnOrAFormerDistrict_GroupsTheSummaryByIt()
    {
        using var folder = new TempFolder();
        var rows = File.ReadAllLines(Cli.File("samples/communes-2026.csv")).Skip(1).ToList();
        var withCluster = folder.Write(
            "clusters.csv",
            string.Join('\n', rows.Select((line, i) => i == 0 ? line + ",Cụm" : line + (i <= 25 ? ",Cụm A" : ",Cụm B")))
                + "\n"
        );
        var withFormerDistrict = folder.Write(
            "former.csv",
            string.Join('\n', rows.Select((line, i) => i == 0 ? line + ",Huyện cũ" : line + ",Huyện Bảo Thắng")) + "\n"
        );

        var clusters = Cli.Run("evaluate", withCluster, "--group-by", "Cụm", "--lang", "en")
            .Out.Split('\n')
            .Select(l => l.TrimEnd())
            .ToList();
        var former = Cli.Run("evaluate", withFormerDistrict, "--lang", "en")
            .Out.Split('\n')
            .Select(l => l.TrimEnd())
            .ToList();
        var unknown = Cli.Run("evaluate", withCluster, "--group-by", "Xã cũ", "--lang", "en");
        var mistyped = Cli.Run("evaluate", withCluster, "--group-by", "cum", "--lang", "en");

        Assert.Contains("By Cụm", clusters);
        Assert.Contains("Lào Cai      Cụm A         5         0    not encoded", clusters);
        // Districts were abolished in 2025: a column of former districts is said to be one.
        Assert.Contains("By former district", former);
        Assert.Contains("Province     Former district  Communes  standard  Cr (criteria)", former);
        Assert.Contains("Cần Thơ      Huyện Bảo Thắng         5         0    not encoded", former);
        Assert.Contains(
            "Theo huyện cũ",
            Cli.Run("evaluate", withFormerDistrict).Out.Split('\n').Select(l => l.TrimEnd())
        );
        // Named by --group-by too, the former districts are said to be such, not by the column's header.
        Assert.Contains(
            "By former district",
            Cli.Run("evaluate", withFormerDistrict, "--group-by", "Huyện cũ", "--lang", "en")
                .Out.Split('\n')
                .Select(l => l.TrimEnd())
        );
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith(
            $"ntm: --group-by 'Xã cũ': {Cli.Shown(folder.File("clusters.csv"))} has no such column; its "
                + "columns are 'CommuneId', 'CommuneName', 'Province'",
            unknown.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "has no such column (did you mean 'Cụm'?); its columns",
            mistyped.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("CommuneId", "CommuneId")]
    [InlineData("Mã xã", "CommuneId")]
    [InlineData("CommuneName", "CommuneName")]
    [InlineData("Tỉnh", "Province")]
    public void Evaluate_GroupByTheIdsNamesOrProvinces_IsRefused_TheyWouldNoLongerBeReadAsSuch(
        string column,
        string field
    )
    {
        // Grouped by their ids, the communes were known by their names ("the file has no column of ids"); by their
        // provinces, they had none, and a province's own set was not theirs.
        var result = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--group-by", column, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: --group-by '{column}': the column is read as {field}, and would no longer be if it grouped the "
                + "communes; name a column that groups them (a former district, a cluster); the report has a table by "
                + "province already",
            result.Error.Split(Environment.NewLine)[0]
        );
    }

    [Theory]
    [InlineData(
        "M001",
        "vi",
        "Nhóm xã: 2 theo dữ liệu; các dữ kiện của xã cho nhóm 3, trái với dữ liệu. Đánh giá theo nhóm 2."
    )]
    [InlineData("M002", "vi", "Nhóm xã: 2 theo dữ liệu.")]
    [InlineData("M003", "en", "Commune group: 3, from the commune's facts (the data gives none).")]
    public void Explain_2026Commune_SaysWhichGroupItIsEvaluatedInAndWhy(
        string commune,
        string language,
        string expected
    )
    {
        var result = Cli.Run(
            "explain",
            Cli.File("samples/communes-2026.csv"),
            "--commune",
            commune,
            "--lang",
            language
        );

        Assert.Contains(expected, result.Out.Split('\n').Select(l => l.TrimEnd()));
    }
}
