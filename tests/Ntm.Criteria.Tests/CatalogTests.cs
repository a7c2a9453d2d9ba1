using System.Globalization;
using Ntm.Criteria.Rules;
using static Ntm.Criteria.Tests.Communes;

namespace Ntm.Criteria.Tests;

public class CatalogTests
{
    [Fact]
    public void Shipped_HoldsEveryNationalSetAndVersion()
    {
        Assert.Equal(
            [
                "national/2016-2020/commune-standard@2016-10-17",
                "national/2021-2025/commune-advanced@2022-03-08",
                "national/2021-2025/commune-advanced@2024-03-01",
                "national/2021-2025/commune-model@2022-03-08",
                "national/2021-2025/commune-standard@2022-03-08",
                "national/2021-2025/commune-standard@2024-03-01",
                "national/2021-2025/district-advanced@2022-03-08",
                "national/2021-2025/district-advanced@2024-03-01",
                "national/2021-2025/district-standard@2022-03-08",
                "national/2021-2025/district-standard@2024-03-01",
                "national/2026-2030/commune@2025-12-29",
                "national/2026-2030/commune-modern@2025-12-29",
                "national/2026-2030/province-completion@2025-12-29",
            ],
            Catalog.Sets.Where(s => s.Province is null).Select(s => s.ToString())
        );
    }

    [Fact]
    public void Shipped_NationalSetsShareTheSchemaOfTheirInputsFile()
    {
        var national = Catalog.Sets.Where(s => s.Province is null).ToList();

        Assert.All(national, set => Assert.Same(national[0].Inputs, set.Inputs));
    }

    [Fact]
    public void Shipped_HoldsTheProvincialSets()
    {
        Assert.Equal(
            [
                ("provincial/ha-tinh/residential-area-model@2014-08-04", "Hà Tĩnh", Level.Village, Tier.Model, null),
                (
                    "provincial/quang-ninh/commune-model@2021-2025",
                    "Quảng Ninh",
                    Level.Commune,
                    Tier.Model,
                    "national/2021-2025/commune-model@2022-03-08"
                ),
                (
                    "provincial/thanh-hoa/commune-advanced@2022",
                    "Thanh Hóa",
                    Level.Commune,
                    Tier.Advanced,
                    "national/2021-2025/commune-advanced@2022-03-08"
                ),
                ("provincial/thanh-hoa/village-model@2021-2025", "Thanh Hóa", Level.Village, Tier.Model, null),
                ("provincial/thanh-hoa/village-standard@2021-2025", "Thanh Hóa", Level.Village, Tier.Standard, null),
            ],
            Catalog
                .Sets.Where(s => s.Province is not null)
                .Select(s => (s.ToString(), s.Province, s.Level, s.Tier, s.Extends))
        );
        Assert.Equal(
            ("33/2022/QĐ-UBND", ValueStatus.Confirmed),
            (
                Catalog.Get("provincial/thanh-hoa/commune-advanced").LegalBasis.Decision,
                Catalog.Get("provincial/thanh-hoa/commune-advanced").LegalBasis.Status
            )
        );
        Assert.Equal(
            (4, 10),
            (
                Catalog.Get("provincial/quang-ninh/commune-model").OfficialCriteriaCount,
                Catalog.Get("provincial/quang-ninh/commune-model").OfficialIndicatorCount
            )
        );
        Assert.Empty(Catalog.InForceOn(new DateOnly(2023, 6, 30), Level.Village));
        Assert.Equal(
            ["provincial/thanh-hoa/village-model", "provincial/thanh-hoa/village-standard"],
            Catalog.InForceOn(new DateOnly(2023, 6, 30), Level.Village, province: "Thanh Hóa").Select(s => s.Id)
        );
    }

    [Theory]
    // id, encoded criteria, encoded indicators, official criteria, official indicators (-1: none stated), complete
    [InlineData("national/2021-2025/commune-standard", 19, 57, 19, 57, true)]
    [InlineData("national/2021-2025/commune-advanced", 19, 0, 19, 75, false)]
    [InlineData("national/2021-2025/commune-model", 4, 4, 4, -1, true)]
    [InlineData("national/2021-2025/district-standard", 9, 4, 9, 36, false)]
    [InlineData("national/2021-2025/district-advanced", 9, 0, 9, 38, false)]
    [InlineData("national/2016-2020/commune-standard", 19, 13, 19, 49, false)]
    [InlineData("national/2026-2030/commune", 10, 0, 10, 47, false)]
    public void Set_Counts_MatchTheDecisionOrDeclareTheGap(
        string id,
        int criteria,
        int indicators,
        int officialCriteria,
        int officialIndicators,
        bool complete
    )
    {
        foreach (var set in Catalog.Versions(id))
        {
            Assert.Equal(criteria, set.Criteria.Length);
            Assert.Equal(indicators, set.Indicators.Count());
            Assert.Equal(officialCriteria, set.OfficialCriteriaCount);
            Assert.Equal(officialIndicators < 0 ? null : officialIndicators, set.OfficialIndicatorCount);
            Assert.Equal(complete, set.IsComplete);
            Assert.Equal(
                complete,
                set.OfficialIndicatorCount is null || set.OfficialIndicatorCount == set.Indicators.Count()
            );
        }
    }

    [Fact]
    public void Set_CriteriaInOfficialOrder_WithVietnameseNames()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard");

        Assert.Equal(
            Enumerable.Range(1, 19).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            set.Criteria.Select(c => c.Number)
        );
        Assert.Equal("Thủy lợi và phòng, chống thiên tai", set.Criteria[2].Name.Vietnamese);
        Assert.Equal(
            ["17.1", "17.2", "17.3", "17.4", "17.5", "17.6", "17.7", "17.8", "17.9", "17.10", "17.11"],
            set.Criteria[16].Indicators.Select(i => i.Number)
        );
        Assert.Equal("5", Assert.Single(set.Criteria[4].Indicators).Number);
        Assert.Equal("QĐ 318/QĐ-TTg (08/03/2022), Phụ lục I, sửa đổi bởi QĐ 211/QĐ-TTg", set.LegalBasis.ToString());
        Assert.Equal("QĐ 318/QĐ-TTg (08/03/2022), Phụ lục I", Catalog.Versions(set.Id)[0].LegalBasis.ToString());
    }

    [Fact]
    public void Set_Metadata_LevelTierPeriodAndPrerequisites()
    {
        var model = Catalog.Get("national/2021-2025/commune-model");
        var advanced = Catalog.Get("national/2021-2025/commune-advanced");
        var district = Catalog.Get("national/2021-2025/district-standard");

        Assert.Equal((Level.Commune, Tier.Model, "2021-2025"), (model.Level, model.Tier, model.Period));
        Assert.Equal("national/2021-2025/commune-advanced", model.Requires!.SetId);
        Assert.Equal(ValueStatus.Confirmed, model.Requires.Status);
        Assert.Equal("national/2021-2025/commune-standard", advanced.Requires!.SetId);
        Assert.Equal(ValueStatus.Unconfirmed, advanced.Requires.Status);
        Assert.Equal(
            [("national/2021-2025/commune-standard", 100.0), ("national/2021-2025/commune-advanced", 10.0)],
            district.CommuneRequirements.Select(r => (r.SetId, r.Share))
        );
        Assert.Equal(["ĐK1", "ĐK2", "ĐK3", "ĐK4"], district.Preconditions.Select(p => p.Number));
        Assert.Equal("CommuneGroup", Catalog.Get("national/2026-2030/commune").ThresholdsBy);
    }

    [Theory]
    [InlineData("2023-06-30", "2022-03-08")]
    [InlineData("2024-02-29", "2022-03-08")]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2025-06-30", "2024-03-01")]
    public void Get_AsOfDate_PicksVersionInForce(string date, string version)
    {
        var set = Catalog.Get(
            "national/2021-2025/commune-standard",
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)
        );

        Assert.Equal(version, set.Version);
    }

    [Fact]
    public void Get_AmendedVersion_KeepsOriginalAndNamesTheAmendment()
    {
        var original = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2023, 6, 30));
        var amended = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2025, 6, 30));

        Assert.Empty(original.LegalBasis.AmendedBy);
        Assert.Equal("211/QĐ-TTg", Assert.Single(amended.LegalBasis.AmendedBy).Decision);
        Assert.Equal(new DateOnly(2024, 2, 29), original.InForceTo);
        Assert.Equal(new DateOnly(2024, 3, 1), amended.InForceFrom);
    }

    [Fact]
    public void Get_DateNoVersionCovers_ListsCoveredRanges()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() =>
            Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2021, 1, 1))
        );

        Assert.Equal(
            "No version of national/2021-2025/commune-standard is in force on 2021-01-01; its versions cover "
                + "2022-03-08 to 2024-02-29, 2024-03-01 to 2026-02-14.",
            exception.Message
        );
    }

    [Fact]
    public void Get_IdAtVersion_IsThatVersion_AndAnUnknownVersionListsThem()
    {
        var amended = Catalog.Get("national/2021-2025/commune-standard@2024-03-01");
        var original = Catalog.Get("national/2021-2025/commune-standard@2022-03-08");
        var exception = Assert.Throws<KeyNotFoundException>(() =>
            Catalog.Get("national/2021-2025/commune-standard@2023")
        );

        Assert.Equal(("2024-03-01", "2022-03-08"), (amended.Version, original.Version));
        Assert.Equal(
            "national/2021-2025/commune-standard has no version '2023'; its versions are 2022-03-08, 2024-03-01.",
            exception.Message
        );
    }

    [Fact]
    public void Get_AMistypedId_SaysTheIdItSeemsToMean()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Catalog.Get("national/2021-2025/commune-standar"));

        Assert.StartsWith(
            "No criteria set has the id 'national/2021-2025/commune-standar' (did you mean "
                + "national/2021-2025/commune-standard?); the catalog has national/2016-2020/commune-standard, ",
            exception.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Get_UnknownId_ListsIds()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Catalog.Get("national/2021-2025/village"));

        Assert.StartsWith(
            "No criteria set has the id 'national/2021-2025/village'; the catalog has "
                + "national/2016-2020/commune-standard, ",
            exception.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("2019-06-30", "national/2016-2020/commune-standard")]
    [InlineData(
        "2023-06-30",
        "national/2021-2025/commune-advanced,national/2021-2025/commune-model,national/2021-2025/commune-standard"
    )]
    [InlineData("2026-06-30", "national/2026-2030/commune,national/2026-2030/commune-modern")]
    public void InForceOn_CommuneSets_ByDate(string date, string ids)
    {
        var sets = Catalog.InForceOn(
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Level.Commune
        );

        Assert.Equal(ids.Split(','), sets.Select(s => s.Id));
    }

    [Fact]
    public void InForceOn_DistrictsAfterTheirAbolition_None()
    {
        Assert.Equal(2, Catalog.InForceOn(new DateOnly(2025, 6, 30), Level.District).Count());
        Assert.Empty(Catalog.InForceOn(new DateOnly(2025, 7, 1), Level.District));
    }

    [Fact]
    public void Thresholds_EveryValueCarriesItsSource()
    {
        var rows = Catalog
            .Sets.SelectMany(s => s.Preconditions.Concat(s.Criteria))
            .SelectMany(c => c.Indicators)
            .SelectMany(i => i.Thresholds)
            .ToList();

        Assert.All(rows.Where(t => t.IsSet), t => Assert.False(string.IsNullOrWhiteSpace(t.Source)));
        Assert.All(rows.Where(t => !t.IsSet), t => Assert.Equal(ValueStatus.NotSet, t.Status));
        Assert.Contains(rows, t => t.Status == ValueStatus.Confirmed);
        Assert.Contains(rows, t => t.Status == ValueStatus.Unconfirmed);
    }

    [Fact]
    public void AdvancedCommuneSet_HasItsOwnHeadingsAndNumbering()
    {
        foreach (var set in Catalog.Versions("national/2021-2025/commune-advanced"))
        {
            Assert.Equal(
                [
                    "1 Quy hoạch",
                    "2 Giao thông",
                    "3 Thủy lợi và phòng, chống thiên tai",
                    "4 Điện",
                    "5 Giáo dục",
                    "6 Văn hóa",
                    "7 Cơ sở hạ tầng thương mại nông thôn",
                    "8 Thông tin và Truyền thông",
                    "9 Nhà ở dân cư",
                    "10 Thu nhập",
                    "11 Nghèo đa chiều",
                    "12 Lao động",
                    "13 Tổ chức sản xuất và phát triển kinh tế nông thôn",
                    "14 Y tế",
                    "15 Hành chính công",
                    "16 Tiếp cận pháp luật",
                    "17 Môi trường",
                    "18 Chất lượng môi trường sống",
                    "19 Quốc phòng và An ninh",
                ],
                set.Criteria.Select(c => $"{c.Number} {c.Name.Vietnamese}")
            );

            // Confirmed nationally: 3, 8 and 12-16; the others are read in one province's copy only.
            Assert.Equal(
                ["3", "8", "12", "13", "14", "15", "16"],
                set.Criteria.Where(c => c.Status == ValueStatus.Confirmed).Select(c => c.Number)
            );
            Assert.All(
                set.Criteria.Where(c => c.Status != ValueStatus.Confirmed),
                c => Assert.Contains("Bình Phước", c.Source, StringComparison.Ordinal)
            );
        }

        var amended = Catalog.Get("national/2021-2025/commune-advanced", new DateOnly(2024, 6, 30));
        Assert.Equal(
            ["3", "8", "12", "13", "14", "15", "16"],
            amended
                .Criteria.Where(c => c.Note?.Contains("QĐ 211/QĐ-TTg", StringComparison.Ordinal) == true)
                .Select(c => c.Number)
        );
    }

    [Fact]
    public void WithDirectory_AFileOrAFolderThatIsNotThere_IsRefusedSayingWhich()
    {
        using var temp = new TempFolder();
        var file = temp.Write("commune-standard.json", "{}");

        var ofAFile = Assert.Throws<DirectoryNotFoundException>(() => Catalog.WithDirectory(file));
        var missing = Assert.Throws<DirectoryNotFoundException>(() => Catalog.WithDirectory(temp.File("rules")));

        Assert.Equal(
            $"The rules folder {file} is a file; give the folder that holds it, or the file to WithFiles.",
            ofAFile.Message
        );
        Assert.Equal($"The rules folder {temp.File("rules")} does not exist.", missing.Message);
    }

    [Fact]
    public void WithDirectory_PassesOverHiddenFilesAndFolders()
    {
        // An editor's settings (.vscode) and what an interrupted workbook import left staged (.ntm-import-…, a copy of
        // the set it was writing) are not rule files.
        using var temp = new TempFolder();
        var folder = temp.Path;
        var shipped = Path.Combine(Repository.Root, "rules", "provincial", "ha-tinh");
        var set = File.ReadAllText(Path.Combine(shipped, "residential-area-model.json"));
        foreach (var place in new[] { "provincial/ha-tinh", ".vscode", ".ntm-import-1" })
        {
            Directory.CreateDirectory(Path.Combine(folder, place));
        }

        File.Copy(Path.Combine(shipped, "inputs.json"), Path.Combine(folder, "provincial", "ha-tinh", "inputs.json"));
        File.WriteAllText(Path.Combine(folder, "provincial", "ha-tinh", "residential-area-model.json"), set);
        File.WriteAllText(Path.Combine(folder, ".ntm-import-1", "residential-area-model.json"), set);
        File.WriteAllText(Path.Combine(folder, ".vscode", "settings.json"), "{}");
        File.WriteAllText(Path.Combine(folder, ".hidden.json"), "{}");

        var catalog = Catalog.WithDirectory(folder);

        Assert.Equal(
            Path.Combine(folder, "provincial", "ha-tinh", "residential-area-model.json"),
            Assert.Single(catalog.Replacements).Replacement.SourceFile
        );
    }

    /// <summary>A shipped set's file copied to its place in a folder laid out like rules/; returns the copy.</summary>
    private static string CopyToItsPlace(string id, string folder)
    {
        var copy = Path.Combine(folder, id + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Path.Combine(Repository.Root, "rules", id + ".json"), copy);
        return copy;
    }

    [Fact]
    public void WithDirectory_ASetCopiedToItsPlace_ReadsTheShippedInputsFilesTheFolderDoesNotHave()
    {
        // A ministry copies a shipped set to amend it; it names ../../inputs.json, or Thanh Hoá's own inputs.json, as
        // the shipped sets do, and reads them as this version ships them rather than a copy that could fall behind.
        using var temp = new TempFolder();
        var folder = temp.Path;
        var sets = new[] { "national/2026-2030/commune", "provincial/thanh-hoa/village-standard" };
        foreach (var id in sets)
        {
            CopyToItsPlace(id, folder);
        }

        var catalog = Catalog.WithDirectory(folder);
        var fromFiles = Catalog.WithFiles(sets.Select(id => Path.Combine(folder, id + ".json")));

        foreach (var id in sets)
        {
            Assert.Equal(Path.Combine(folder, id + ".json"), catalog.Get(id).SourceFile);
            Assert.Equal(Catalog.Get(id).Inputs, catalog.Get(id).Inputs);
            Assert.Equal(Catalog.Get(id).Inputs, fromFiles.Get(id).Inputs);

            // It names the file it read, as the shipped set does, not the copy the folder does not have.
            Assert.Equal(
                Catalog.Get(id).Workflow.Workflow.InputsFile!.Path,
                catalog.Get(id).Workflow.Workflow.InputsFile!.Path
            );
        }

        Assert.NotEqual(Catalog.Get(sets[0]).Inputs, catalog.Get(sets[1]).Inputs);
    }

    [Fact]
    public void WithDirectory_AnInputsFileOfTheFolder_IsReadBeforeTheShippedOne()
    {
        using var temp = new TempFolder();
        var folder = temp.Path;
        CopyToItsPlace("national/2026-2030/commune", folder);
        var inputs = File.ReadAllText(Path.Combine(Repository.Root, "rules", "inputs.json"));
        File.WriteAllText(
            Path.Combine(folder, "inputs.json"),
            inputs.Replace(
                "\"Inputs\": [",
                "\"Inputs\": [ { \"Name\": \"ProvinceOwnFact\", \"Type\": \"boolean\" },",
                StringComparison.Ordinal
            )
        );

        var set = Catalog.WithDirectory(folder).Get("national/2026-2030/commune");

        Assert.Equal("ProvinceOwnFact", set.Inputs.Declarations[0].Name);
        Assert.Equal(Path.Combine(folder, "inputs.json"), set.Workflow.Workflow.InputsFile!.Path);
    }

    [Fact]
    public void LoadDirectory_AMissingInputsFile_IsAnErrorWithoutTheShippedRules()
    {
        using var temp = new TempFolder();
        var folder = temp.Path;
        var copy = CopyToItsPlace("national/2026-2030/commune", folder);

        var exception = Assert.Throws<RuleFileException>(() => CriteriaCatalog.LoadDirectory(folder));

        Assert.Contains(
            exception.Errors,
            e =>
                e.Kind == RuleFileErrorKind.MissingReference
                && e.File == copy
                && e.Message.Contains("../../inputs.json", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void AnExtensionThatAddsTheMissingIndicator_AndSaysSo_MakesACriterionGivenInPartAchievable()
    {
        using var temp = new TempFolder();
        temp.Write(
            "provincial/x.json",
            """
            { "WorkflowName": "provincial/x",
              "Properties": { "Set": { "Extends": "national/2021-2025/district-standard@2024-03-01", "Province": "Tỉnh X",
                "Name": { "vi": "Bộ X", "en": "Set X" },
                "LegalBasis": { "Decision": "1/QĐ-UBND", "Status": "confirmed", "Source": "test" } } },
              "Rules": [ { "RuleName": "2", "Operator": "And",
                "Properties": { "Change": "override", "Complete": true, "Status": "confirmed", "Source": "test" },
                "Rules": [ { "RuleName": "2.3", "Properties": { "Change": "add", "Kind": "indicator", "Number": "2.3",
                  "Name": { "vi": "Chỉ tiêu 2.3", "en": "Indicator 2.3" }, "Status": "confirmed", "Source": "test",
                  "Input": "DistrictRoadsConnectAndMaintained", "Direction": "true",
                  "Thresholds": [ { "Value": true, "Status": "confirmed", "Source": "test" } ] } } ] } ] }
            """
        );
        var national = CriteriaCatalog.Shipped.Get("national/2021-2025/district-standard");
        var completed = CriteriaCatalog.Shipped.WithDirectory(temp.Path).Get("provincial/x");
        InputRecord Meeting(CriteriaSet set) =>
            Communes.Record(
                set,
                ("DistrictRoadsConnectAndMaintained", true),
                ("DistrictRoadStandardRate", 100.0),
                ("HasDistrictBusStation", false)
            );

        Outcome Transport(CriteriaSet set) =>
            set.Evaluate(Meeting(set)).Criteria.Single(c => c.Criterion.Number == "2").Outcome;

        Assert.Equal((Outcome.NotEncoded, Outcome.Achieved), (Transport(national), Transport(completed)));
    }

    [Fact]
    public void ASetShortOfItsDecision_IsNeverAchieved_EvenByASubjectMeetingAllItEncodes()
    {
        // Quảng Ninh's model-commune set gives 4 of the province's 10 indicators; a revision gives the income threshold.
        using var temp = new TempFolder();
        temp.Write(RuleFixtures.QuangNinhIncomeRevisionPath, RuleFixtures.QuangNinhIncomeRevision);
        var set = Catalog.WithDirectory(temp.Path).Get("provincial/quang-ninh/commune-model@2025-01-01");
        var commune = Communes.Record(
            set,
            ("IsAdvancedCommune20212025", true),
            ("IncomePerCapita", 120.0),
            ("SmartVillageModels", 2),
            ("MeetsOutstandingFieldCriteria", true)
        );

        var report = set.Evaluate(commune);

        Assert.Equal((4, 4, 10), (report.CriteriaAchieved, report.IndicatorsAchieved, set.OfficialIndicatorCount));
        Assert.Equal(
            (true, false, false),
            (set.IsShortOfItsDecision, report.IsAchieved, set.Count(commune).IsAchieved)
        );
        Assert.False(Catalog.Get("national/2021-2025/commune-standard").IsShortOfItsDecision);
        Assert.Equal("4/4 criteria, 4/4 indicators; the decision has 10", report.ToString());
        Assert.Equal(
            "4.00/4 criteria (100%), 4.00/4 indicators (100%) per locality; the decision has 10",
            new BatchEvaluator([set]).Summarize([new Locality("Q1", commune)]).Overall.Sets[0].ToString()
        );
    }

    // A set of one criterion not encoded, of this period and these in-force facts.
    private static CriteriaSet SetOfDays(string period, string inForce)
    {
        using var temp = new TempFolder();
        temp.Write(
            "test/set.json",
            $$"""
            { "WorkflowName": "W", "Inputs": [ { "Name": "X", "Type": "number" } ],
              "Properties": { "Set": { "Level": "commune", "Tier": "standard", "Period": "{{period}}",
                "LegalBasis": { "Decision": "1/QĐ-X" }, "InForce": {{inForce}} } },
              "Rules": [ { "RuleName": "1", "Expression": "false",
                "Properties": { "Kind": "criterion", "Name": { "vi": "Tiêu chí" }, "Encoded": false } } ] }
            """
        );
        return CriteriaCatalog.LoadDirectory(temp.Path).Get("test/set");
    }

    [Fact]
    public void AVersionWhoseFirstDayIsUnknown_IsInForceFromItsPeriod_NeverBefore()
    {
        // An office that empties "in force from" of a 2026-2030 set must not have it judge the communes of 2024.
        var set = SetOfDays("2026-2030", """{ "To": "2030-12-31" }""");

        Assert.Equal(
            (false, true, true, false),
            (
                set.IsInForceOn(new(2025, 12, 31)),
                set.IsInForceOn(new(2026, 1, 1)),
                set.IsInForceOn(new(2030, 12, 31)),
                set.IsInForceOn(new(2031, 1, 1))
            )
        );
    }

    [Theory]
    [InlineData("2021-2025", "2025-12-31")]
    [InlineData("2014", null)]
    public void AVersionWhoseLastDayIsUnknown_IsInForceToTheEndOfItsPeriod_NeverAfter(string period, string? last)
    {
        // A province's set of 2021-2025 must not judge the communes of 2027; a set issued in 2014 (a period of one year)
        // stays in force until another replaces it.
        var set = SetOfDays(period, """{ "FromNote": "not in the sources" }""");

        Assert.Null(set.InForceTo);
        Assert.Equal(last is null ? null : DateOnly.Parse(last, CultureInfo.InvariantCulture), set.LastDayInForce);
        Assert.Equal((true, last is null), (set.IsInForceOn(new(2025, 12, 31)), set.IsInForceOn(new(2026, 1, 1))));
    }

    [Fact]
    public void ModernCommuneTier_AProvincesFileSuppliesItsCriteria()
    {
        using var temp = new TempFolder();
        var folder = temp.Path;
        Directory.CreateDirectory(Path.Combine(folder, "provincial", "lao-cai"));
        File.WriteAllText(
            Path.Combine(folder, "provincial", "lao-cai", "commune-modern.json"),
            """
            { "WorkflowName": "provincial/lao-cai/commune-modern",
              "Properties": { "Set": { "Version": "2026-05-01", "Extends": "national/2026-2030/commune-modern", "Province": "Lào Cai",
                "Name": { "vi": "Bộ tiêu chí xã NTM hiện đại tỉnh Lào Cai (thử)", "en": "Lào Cai modern communes (test)" },
                "LegalBasis": { "Decision": "test/QĐ-UBND", "Status": "unconfirmed", "Source": "test: a provincial file" }, "InForce": { "From": "2026-05-01" } } },
              "Rules": [
                { "RuleName": "ĐK1", "Properties": { "Change": "remove", "Reason": "the province issues its criteria", "Source": "test/QĐ-UBND" } },
                { "RuleName": "1", "Operator": "And", "Properties": { "Change": "add", "Kind": "criterion", "Number": "1", "Name": { "vi": "Chuyển đổi số", "en": "Digital transformation" }, "Status": "unconfirmed", "Source": "test" },
                  "Rules": [ { "RuleName": "1.1", "Properties": { "Kind": "indicator", "Number": "1.1", "Name": { "vi": "Ứng dụng công nghệ thông tin", "en": "IT in administration" },
                    "Status": "unconfirmed", "Source": "test", "Input": "UsesItInAdministration", "Direction": "true",
                    "Thresholds": [ { "Value": true, "Status": "unconfirmed", "Source": "test" } ] } } ] } ] }
            """
        );
        var catalog = Catalog.WithDirectory(folder);
        var national = Catalog.Get("national/2026-2030/commune-modern");
        var province = catalog.Get("provincial/lao-cai/commune-modern");

        Assert.Equal(
            Outcome.NotEncoded,
            national.Evaluate(national.Inputs.CreateBuilder().Build()).Preconditions[0].Outcome
        );
        Assert.Equal(["1"], province.Criteria.Select(c => c.Number));
        Assert.Equal(
            Outcome.Achieved,
            province
                .Evaluate(province.Inputs.CreateBuilder().Set("UsesItInAdministration", true).Build())["1.1"]
                .Outcome
        );
        Assert.Equal("national/2026-2030/commune", province.Requires!.SetId);
        Assert.Equal(Tier.Modern, province.Tier);
    }
}
