using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>SetDiff: what changed between two sets, by official number, and loading sets from files anywhere.</summary>
public sealed class SetDiffTests : IDisposable
{
    private const string StandardCommunes = "national/2021-2025/commune-standard@2024-03-01";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ntm-diff-" + Guid.NewGuid().ToString("N"));

    public SetDiffTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Indicator(string number, string name, string direction, string thresholds) =>
        $$"""{ "RuleName": "{{number}}", "Expression": "{{ExpressionOf(direction, thresholds).Replace("\"", "\\\"", StringComparison.Ordinal)}}", "Properties": { "Kind": "indicator", "Number": "{{number}}", "Name": { "vi": "{{name}}", "en": "{{name}}" }, "Input": "X", "Direction": "{{direction}}", "Thresholds": [ {{thresholds}} ] } }""";

    // The expression a file must carry for its table.
    private static string ExpressionOf(string direction, string thresholds) =>
        ThresholdExpression.Write(
            "input.X",
            direction == "max" ? ThresholdDirection.AtMost : ThresholdDirection.AtLeast,
            System
                .Text.Json.JsonDocument.Parse($"[{thresholds}]")
                .RootElement.EnumerateArray()
                .Select(row => new Threshold
                {
                    Region = row.GetProperty("Region").GetString(),
                    Value =
                        row.GetProperty("Value").ValueKind == System.Text.Json.JsonValueKind.Number
                            ? Value.FromNumber(row.GetProperty("Value").GetDouble())
                            : Value.Missing,
                    Status =
                        row.GetProperty("Status").GetString() == "notSet" ? ValueStatus.NotSet : ValueStatus.Confirmed,
                }),
            "input.Region"
        );

    private static string Row(string region, string value, string status = "confirmed") =>
        $$"""{ "Region": "{{region}}", "Value": {{value}}, "Status": "{{status}}"{{(value == "null" ? "" : ", \"Source\": \"QĐ 1\"")}} }""";

    private string Write(string name, string id, string version, params string[] criteria) =>
        WriteWithInputs(name, id, version, """{ "Name": "X", "Type": "number" }""", criteria);

    private string WriteWithInputs(string name, string id, string version, string inputs, params string[] criteria)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(
            path,
            $$"""
            { "WorkflowName": "W",
              "Inputs": [ {{inputs}}, { "Name": "Region", "Type": "enum", "Values": ["North", "South"] } ],
              "Properties": { "Set": { "Id": "{{id}}", "Version": "{{version}}", "Level": "commune", "Tier": "standard",
                "LegalBasis": { "Decision": "1/QĐ-X" }, "InForce": { "From": "2022-01-01" } } },
              "Rules": [ {{string.Join(", ", criteria)}} ] }
            """
        );
        return path;
    }

    // The two versions of test/set in two files, compared.
    private static SetDiff Compare(string before, string after)
    {
        var catalog = CriteriaCatalog.LoadFiles([before, after]);
        return SetDiff.Compare(catalog.Versions("test/set")[0], catalog.Versions("test/set")[1]);
    }

    private static string Criterion(string number, string name, params string[] indicators) =>
        $$"""{ "RuleName": "{{number}}", "Operator": "And", "Properties": { "Kind": "criterion", "Name": { "vi": "{{name}}" } }, "Rules": [ {{string.Join(", ", indicators)}} ] }""";

    [Fact]
    public void Compare_RevisedSet_ListsEveryChangeByNumberInOfficialOrder()
    {
        var before = Write(
            "before.json",
            "test/set",
            "1",
            Criterion(
                "2",
                "Giao thông",
                Indicator("2.1", "Đường xã", "min", Row("North", "90") + ", " + Row("South", "null", "notSet")),
                Indicator("2.10", "Đường ngõ", "min", Row("North", "50"))
            ),
            Criterion("10", "Thu nhập", Indicator("10", "Thu nhập", "min", Row("North", "40")))
        );
        var after = Write(
            "after.json",
            "test/set",
            "2",
            Criterion(
                "2",
                "Giao thông",
                Indicator(
                    "2.1",
                    "Đường xã, liên xã",
                    "min",
                    Row("North", "95") + ", " + Row("South", "80", "unconfirmed")
                ),
                Indicator("2.2", "Đường thôn", "min", Row("North", "70"))
            ),
            Criterion("10", "Thu nhập", Indicator("10", "Thu nhập", "max", Row("North", "40")))
        );
        var diff = Compare(before, after);

        Assert.Equal(
            [
                "IndicatorRenamed 2.1: Đường xã -> Đường xã, liên xã",
                "ThresholdChanged 2.1 [North]: 90 (confirmed) -> 95 (confirmed)",
                "ThresholdChanged 2.1 [South]: open (not set) -> 80 (unconfirmed)",
                "IndicatorAdded 2.2: - -> Đường thôn",
                "ThresholdAdded 2.2 [North]: - -> 70 (confirmed)",
                "IndicatorRemoved 2.10: Đường ngõ -> -",
                "ThresholdRemoved 2.10 [North]: 50 (confirmed) -> -",
                "IndicatorConditionChanged 10 [Direction]: AtLeast -> AtMost",
            ],
            diff.Changes.Select(c => c.ToString())
        );
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Compare_CriterionWithoutIndicatorsThatGainsSome_SaysNoneBefore_NotAllOfThem()
    {
        var notEncoded = """
            { "RuleName": "3", "Expression": "false",
              "Properties": { "Kind": "criterion", "Name": { "vi": "Điện" }, "Encoded": false } }
            """;
        var partial = $$"""
            { "RuleName": "3", "Operator": "And",
              "Properties": { "Kind": "criterion", "Name": { "vi": "Điện" }, "Complete": false },
              "Rules": [ {{Indicator("3.1", "Điện", "min", Row("North", "90"))}} ] }
            """;
        var complete = Criterion("3", "Điện", Indicator("3.1", "Điện", "min", Row("North", "90")));

        var gained = Compare(Write("a.json", "test/set", "1", notEncoded), Write("b.json", "test/set", "2", partial));
        var completed = Compare(Write("c.json", "test/set", "1", partial), Write("d.json", "test/set", "2", complete));

        Assert.Equal(
            "CriterionCompletenessChanged 3: none -> some",
            gained.Changes.Single(c => c.Kind == SetChangeKind.CriterionCompletenessChanged).ToString()
        );
        Assert.Equal(
            "CriterionCompletenessChanged 3: some -> all",
            completed.Changes.Single(c => c.Kind == SetChangeKind.CriterionCompletenessChanged).ToString()
        );
    }

    [Fact]
    public void Compare_RevisionThatDeclaresOtherInputs_ListsThemWithTheSetsOwnChanges_BeforeTheNumbered()
    {
        // A new input asks every data file for a new column: a ministry reviewing a revision must see it.
        var before = WriteWithInputs(
            "before.json",
            "test/set",
            "1",
            """{ "Name": "X", "Type": "number" }, { "Name": "Old", "Type": "boolean" }""",
            Criterion("1", "Một", Indicator("1.1", "Một", "min", Row("North", "1")))
        );
        var after = WriteWithInputs(
            "after.json",
            "test/set",
            "2",
            """{ "Name": "X", "Type": "number", "Unit": "%", "Minimum": 0, "Maximum": 100 }, """
                + """{ "Name": "Share", "Type": "number", "Minimum": 0 }""",
            Criterion("1", "Một", Indicator("1.1", "Hai", "min", Row("North", "1")))
        );
        var diff = Compare(before, after);

        Assert.Equal(
            [
                "InputChanged [X]: number -> number, %, 0–100",
                "InputRemoved [Old]: boolean -> -",
                "InputAdded [Share]: - -> number, ≥ 0",
                "IndicatorRenamed 1.1: Một -> Hai",
            ],
            diff.Changes.Select(c => c.ToString())
        );
    }

    [Fact]
    public void Compare_ProvincesSetWithTheNationalOne_SaysTheProvince()
    {
        var national = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard", new DateOnly(2024, 12, 31));
        var provincial = CriteriaCatalog.Shipped.Get("provincial/thanh-hoa/commune-advanced");

        var changes = SetDiff.Compare(national, provincial).Changes.Take(2).Select(c => c.ToString());

        // The province's set is of the advanced tier: said first, as its numbers name other things.
        Assert.Equal(["SetChanged [Tier]: standard -> advanced", "SetChanged [Province]: - -> Thanh Hóa"], changes);
    }

    // A revision of a shipped version, in force from its own version's day, that makes the changes given.
    private string Revision(string extends, string version, string changes)
    {
        var id = extends.Split('@')[0];
        var path = Path.Combine(_folder, $"revision-{version}.json");
        File.WriteAllText(
            path,
            $$"""
            { "WorkflowName": "{{id}}",
              "Properties": { "Set": { "Id": "{{id}}", "Version": "{{version}}", "Extends": "{{extends}}",
                "LegalBasis": { "Decision": "9/QĐ-TEST", "Status": "unconfirmed", "Source": "a test" },
                "InForce": { "From": "{{version}}", "To": "2026-02-14" } } },
              "Rules": [ {{changes}} ] }
            """
        );
        return path;
    }

    // A revision that overrides one indicator, numbered as its criterion or under it: its rule's fields given (local
    // params), and its properties.
    private string IndicatorRevision(
        string extends,
        string version,
        string number,
        string properties,
        string ruleFields = ""
    ) =>
        Revision(
            extends,
            version,
            $$"""
            { "RuleName": "{{number.Split('.')[
                0
            ]}}", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
              { "RuleName": "{{number}}", {{ruleFields}}
                "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "a test", {{properties}} } } ] }
            """
        );

    [Fact]
    public void Compare_AnIndicatorThatComparesAnotherMeasure_IsAChange()
    {
        // A revision that compares the market alone, not the store of a commune without one: "no changes" before.
        var revision = IndicatorRevision(
            StandardCommunes,
            "2025-01-01",
            "7",
            "\"Measure\": \"input.RuralMarketMeetsStandard\""
        );
        var catalog = CriteriaCatalog.Shipped.WithFiles([revision]);

        Assert.Contains(
            "IndicatorConditionChanged 7 [Measure]: input.HasRuralMarket == true ? input.RuralMarketMeetsStandard : "
                + "input.RetailStoreMeetsStandard -> input.RuralMarketMeetsStandard",
            SetDiff
                .Compare(catalog.Get(StandardCommunes), catalog.Get("national/2021-2025/commune-standard@2025-01-01"))
                .Changes.Select(c => c.ToString())
        );
    }

    [Fact]
    public void Compare_AConditionThatCountsTheCommunesOfAnotherSet_IsAChange()
    {
        // A district condition that counts the advanced communes, not the standard ones: "no changes" before.
        const string shipped = "national/2021-2025/district-standard@2024-03-01";
        var revision = IndicatorRevision(
            shipped,
            "2025-01-01",
            "ĐK1",
            "\"CommuneSet\": \"national/2021-2025/commune-advanced\""
        );
        var catalog = CriteriaCatalog.Shipped.WithFiles([revision]);

        Assert.Equal(
            [
                "IndicatorConditionChanged ĐK1 [CommuneSet]: national/2021-2025/commune-standard -> "
                    + "national/2021-2025/commune-advanced",
            ],
            SetDiff
                .Compare(catalog.Get(shipped), catalog.Get("national/2021-2025/district-standard@2025-01-01"))
                .Changes.Where(c => c.Number == "ĐK1")
                .Select(c => c.ToString())
        );
    }

    [Fact]
    public void Compare_ALocalParamThatAMeasureNames_IsAChange()
    {
        // Indicator 7 compares a local param of its rule: a revision of the param changes every commune's result.
        string ComparingTrade(string version, string trade) =>
            IndicatorRevision(
                StandardCommunes,
                version,
                "7",
                "\"Measure\": \"trade\"",
                $$"""
                "LocalParams": [ { "Name": "trade", "Expression": "{{trade}}" } ],
                """
            );
        var catalog = CriteriaCatalog.Shipped.WithFiles([
            ComparingTrade("2025-01-01", "input.RuralMarketMeetsStandard"),
            ComparingTrade("2025-06-01", "input.RetailStoreMeetsStandard"),
        ]);

        Assert.Equal(
            [
                "IndicatorConditionChanged 7 [LocalParams]: trade = input.RuralMarketMeetsStandard -> "
                    + "trade = input.RetailStoreMeetsStandard",
            ],
            SetDiff
                .Compare(
                    catalog.Get("national/2021-2025/commune-standard@2025-01-01"),
                    catalog.Get("national/2021-2025/commune-standard@2025-06-01")
                )
                .Changes.Where(c => c.Number == "7")
                .Select(c => c.ToString())
        );
    }

    [Fact]
    public void Compare_SetsOfTwoLevels_SaysTheLevelFirst()
    {
        var commune = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard");
        var district = CriteriaCatalog.Shipped.Get("national/2021-2025/district-standard");

        Assert.Equal(
            "SetChanged [Level]: commune -> district",
            SetDiff.Compare(commune, district).Changes[0].ToString()
        );
    }

    [Fact]
    public void Compare_SetWithItself_IsEmpty()
    {
        var set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard");

        Assert.True(SetDiff.Compare(set, set).IsEmpty);
        Assert.Equal($"{set} → {set}: no changes", SetDiff.Compare(set, set).ToString());
    }

    [Fact]
    public void ToString_NamesBothSetsAndListsTheChanges()
    {
        var national = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard", new DateOnly(2024, 12, 31));
        var provincial = CriteriaCatalog.Shipped.Get("provincial/thanh-hoa/commune-advanced");

        var diff = SetDiff.Compare(national, provincial);

        Assert.StartsWith(
            $"national/2021-2025/commune-standard@2024-03-01 → provincial/thanh-hoa/commune-advanced@2022: "
                + $"{diff.Changes.Length} changes\n  SetChanged [Tier]: standard -> advanced\n  "
                + "SetChanged [Province]: - -> Thanh Hóa\n  ",
            diff.ToString(),
            StringComparison.Ordinal
        );
        Assert.Equal(diff.Changes.Length + 1, diff.ToString().Split('\n').Length);
    }

    [Fact]
    public void Compare_ShippedVersions_ShowsWhatQD211Changed()
    {
        var versions = CriteriaCatalog.Shipped.Versions("national/2021-2025/commune-standard");

        var changes = SetDiff.Compare(versions[0], versions[1]).Changes.Select(c => c.ToString()).ToList();

        Assert.Contains("SetChanged [InForce]: 2022-03-08 to 2024-02-29 -> 2024-03-01 to 2026-02-14", changes);
        Assert.Contains(
            "SetChanged [RegionOverride]: UsesNorthernMountainThresholds → TDMNPB -> EthnicMinorityAreaZone is 2 or "
                + "3, or IsEspeciallyDifficultCoastalCommune, or IsSafeZoneCommuneOfPoorDistrict → TDMNPB",
            changes
        );
        Assert.Contains("ThresholdChanged 15.3 [BTB]: 25 (confirmed) -> 25 (unconfirmed)", changes);
        Assert.Contains("ThresholdChanged 15.4 [DBSH]: 70 (confirmed) -> open (not set)", changes);
        Assert.Equal(11, changes.Count);
    }

    [Fact]
    public void LoadFiles_SetWithoutId_IsNamedAfterItsFile()
    {
        var path = Write(
            "unnamed@2.json",
            "",
            "",
            Criterion("1", "Quy hoạch", Indicator("1.1", "Quy hoạch", "min", Row("North", "1")))
        );
        File.WriteAllText(
            path,
            File.ReadAllText(path).Replace("\"Id\": \"\", \"Version\": \"\", ", "", StringComparison.Ordinal)
        );

        var set = Assert.Single(CriteriaCatalog.LoadFiles([path]).Sets);

        Assert.Equal(("unnamed", "2"), (set.Id, set.Version));
    }

    [Fact]
    public void LoadFiles_MissingAndBrokenFiles_AreAllReported()
    {
        var broken = Path.Combine(_folder, "broken.json");
        File.WriteAllText(broken, "{ \"WorkflowName\": ");

        var errors = Assert
            .Throws<RuleFileException>(() => CriteriaCatalog.LoadFiles([Path.Combine(_folder, "missing.json"), broken]))
            .Errors;

        Assert.Equal(2, errors.Length);
        Assert.Equal(RuleFileErrorKind.FileUnreadable, errors[0].Kind);
        Assert.StartsWith("the file cannot be read: Could not find file", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(broken, errors[1].File);
    }

    [Fact]
    public void InputsRead_IncludesTheInputsOfIndicatorsWithOpenThresholds()
    {
        var set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard");

        Assert.Contains(set.InputsRead, i => i.Name == "CleanAlleyRate");
        Assert.Contains(set.InputsRead, i => i.Name == "Region");
        Assert.DoesNotContain(set.InputsRead, i => i.Name == "SmartVillageModels");
    }

    [Fact]
    public void InputsRead_IncludesWhatTheIndicatorsConditionsRead()
    {
        // 13.4 applies to communes with a traditional craft: a data file needs that column, or it is never decided.
        var set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard");

        Assert.Equal("input.HasTraditionalCraft", set.AllIndicators.Single(i => i.AppliesWhen is not null).AppliesWhen);
        Assert.Contains(set.InputsRead, i => i.Name == "HasTraditionalCraft");
    }
}
