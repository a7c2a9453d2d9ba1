using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Sets that extend others (docs/criteria-files.md, "Extending a set"): every operation, chains, versions, and every
/// error with its whole message. The base is the synthetic catalog (Fixtures/tiers), whose tiers can be reached.
/// </summary>
public sealed class SetOverlayTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ntm-overlay-" + Guid.NewGuid().ToString("N"));

    public SetOverlayTests() => Directory.CreateDirectory(Path.Combine(_folder, "province"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Writes <c>province/NAME.json</c>: a set extending <paramref name="extends"/> with the given rules, and the
    /// inputs it adds (JSON declarations).
    /// </summary>
    private void Overlay(
        string name,
        string rules,
        string extends = "test/commune-standard",
        string set = "",
        string inputs = ""
    )
    {
        File.WriteAllText(
            Path.Combine(_folder, "province", name + ".json"),
            $$"""
            {
              "WorkflowName": "{{name}}", "Inputs": [ {{inputs}} ],
              "Properties": { "Set": { "Extends": "{{extends}}", "Province": "Tỉnh Thử", {{set}}
                "LegalBasis": { "Decision": "9/2024/QĐ-UBND", "Date": "2024-05-01", "Status": "confirmed", "Source": "provincial decision 9/2024, Phụ lục" } } },
              "Rules": [
            {{rules}}
              ]
            }
            """
        );
    }

    /// <summary>
    /// Writes <c>province/NAME.json</c>: a set that overrides indicator 1.1 of <paramref name="extends"/> with the
    /// properties given, which start line 8 at column 5 (where the tests' positions put them).
    /// </summary>
    private void OverrideIndicator(
        string properties,
        string name = "a",
        string extends = "test/commune-standard",
        string inputs = ""
    ) =>
        Overlay(
            name,
            $$"""
            { "RuleName": "1", "Properties": { "Change": "override" }, "Operator": "And", "Rules": [
              { "RuleName": "1.1", "Properties": { "Change": "override", "Status": "confirmed", "Source": "9/2024",
                {{properties}} } } ] }
            """,
            extends,
            inputs: inputs
        );

    // Indicator 1.1 compares a measure and has no threshold set: its rule is "false", and holds nothing of the measure.
    private void MeasureWithoutThreshold(string measure, string inputs = "") =>
        OverrideIndicator(
            $"\"Measure\": \"{measure}\", \"Thresholds\": [ {{ \"Value\": null, \"Status\": \"notSet\" }} ]",
            inputs: inputs
        );

    private CriteriaSet Load(string name = "a") => Synthetic.Catalog.WithDirectory(_folder).Get("province/" + name);

    private string LoadError() =>
        Assert
            .Throws<RuleFileException>(() => Synthetic.Catalog.WithDirectory(_folder))
            .Message.Replace(_folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace('\\', '/');

    private static InputRecord Commune(CriteriaSet set, string region, double score, double poverty = 10) =>
        set
            .Inputs.CreateBuilder()
            .Set("Region", region)
            .Set("Score", score)
            .Set("PovertyRate", poverty)
            .Set("HasCraft", false)
            .Build();

    private const string LowerScore = """
            { "RuleName": "1", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
              { "RuleName": "1.1", "Properties": { "Change": "override", "Status": "confirmed", "Source": "9/2024/QĐ-UBND, Điều 2",
                "Thresholds": [ { "Region": "North", "Value": 30, "Status": "confirmed", "Source": "9/2024/QĐ-UBND, Điều 2, khoản 1" },
                                { "Region": "South", "Value": 45, "Status": "confirmed", "Source": "9/2024/QĐ-UBND, Điều 2, khoản 2" } ] } } ] }
        """;

    [Fact]
    public void Override_ThresholdsWithoutExpression_AreAppliedPerRegionWithTheirSources()
    {
        Overlay("a", LowerScore);

        var set = Load();
        var national = Synthetic.Catalog.Get("test/commune-standard");

        Assert.Equal(Outcome.NotAchieved, national.Evaluate(Commune(national, "South", 46))["1.1"]!.Outcome);
        Assert.Equal(Outcome.Achieved, set.Evaluate(Commune(set, "South", 45))["1.1"]!.Outcome);
        Assert.Equal(Outcome.NotAchieved, set.Evaluate(Commune(set, "South", 44.99))["1.1"]!.Outcome);
        Assert.Equal(Outcome.Achieved, set.Evaluate(Commune(set, "North", 30))["1.1"]!.Outcome);
        Assert.Equal(Outcome.NotAchieved, set.Evaluate(Commune(set, "North", 29.99))["1.1"]!.Outcome);
        var indicator = set.FindIndicator("1.1")!;
        Assert.Equal(
            ("9/2024/QĐ-UBND, Điều 2, khoản 2", 45.0),
            (
                indicator.ThresholdFor("South", null, null)!.Source,
                indicator.ThresholdFor("South", null, null)!.Value.Number
            )
        );
        Assert.Equal("9/2024/QĐ-UBND, Điều 2", indicator.Source);
        Assert.Equal("province/a", set.Id);
        Assert.Equal(("test/commune-standard@2022-01-01", "Tỉnh Thử"), (set.Extends, set.Province));
    }

    [Fact]
    public void UnconfirmedValue_TheOutcomesDecidedAgainstIt_AreCountedPerCommuneAndInTheSummary()
    {
        Overlay(
            "a",
            """
                { "RuleName": "1", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
                  { "RuleName": "1.1", "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "draft",
                    "Thresholds": [ { "Value": 50, "Status": "unconfirmed", "Source": "draft, Điều 2" } ] } } ] }
            """
        );
        var set = Load();
        var batch = new BatchEvaluator([set]);
        Locality Row(string id, double? score) =>
            new(
                id,
                set.Inputs.CreateBuilder()
                    .Set("Region", "South")
                    .Set("Score", score)
                    .Set("PovertyRate", 10.0)
                    .Set("HasCraft", false)
                    .Build()
            );
        Locality[] communes = [Row("X1", 60), Row("X2", 45), Row("X3", null)];

        var reports = batch.Evaluate(communes).Select(e => e[set.Id]).ToList();
        var summary = batch.Summarize(communes).Overall[set.Id];

        // Achieved or not against the unconfirmed 50, the outcome is provisional; missing data decides nothing on it.
        Assert.Equal(
            [
                ["1.1"],
                ["1.1"],
                [],
            ],
            reports.Select(r => r.OnUnconfirmedValues().Select(i => i.Indicator.Number).ToArray())
        );
        Assert.Equal([1, 1, 0], reports.Select(r => r.IndicatorsOnUnconfirmedValues));
        Assert.Equal([true, false, false], reports.Select(r => r.IsAchieved));
        Assert.Equal(
            (2, 1, 1),
            (summary.LocalitiesOnUnconfirmedValues, summary.Achieved, summary.AchievedOnUnconfirmedValues)
        );
    }

    [Fact]
    public void Override_ThresholdOfOneRegion_LeavesTheOtherWithoutValue()
    {
        OverrideIndicator(
            """
            "Thresholds": [ { "Region": "North", "Value": 30, "Status": "confirmed", "Source": "9/2024" }, { "Region": "South", "Value": null, "Status": "notSet" } ]
            """
        );

        var set = Load();

        Assert.Equal(Outcome.Achieved, set.Evaluate(Commune(set, "North", 30))["1.1"]!.Outcome);
        Assert.Equal(Outcome.ThresholdNotSet, set.Evaluate(Commune(set, "South", 99))["1.1"]!.Outcome);
        Assert.Equal(
            RuleOutcome.NotAchieved,
            set.Workflow.Evaluate(Commune(set, "South", 99)).All[set.FindIndicator("1.1")!.RuleIndex].Outcome
        );
    }

    [Fact]
    public void Override_WithAMeasure_ComparesTheMeasure_AndAnOpenThresholdIsMissingDataOnlyWhereTheMeasureIs()
    {
        // The measure reads the score only where the commune has no craft: the score missing is no gap there.
        OverrideIndicator(
            """
            "Measure": "input.HasCraft == true ? 100.0 : input.Score",
            "Thresholds": [ { "Region": "North", "Value": 30, "Status": "confirmed", "Source": "9/2024" }, { "Region": "South", "Value": null, "Status": "notSet" } ]
            """
        );
        var set = Load();
        IndicatorResult Result(string region, bool craft) =>
            set.Evaluate(set.Inputs.CreateBuilder().Set("Region", region).Set("HasCraft", craft).Build())["1.1"];

        Assert.Equal(
            (Outcome.Achieved, Value.FromNumber(100)),
            (Result("North", true).Outcome, Result("North", true).Actual)
        );
        Assert.Equal(Outcome.ThresholdNotSet, Result("South", craft: true).Outcome);
        Assert.Equal(
            (Outcome.MissingData, Value.Missing),
            (Result("South", false).Outcome, Result("South", false).Actual)
        );
    }

    [Fact]
    public void AnInputOnlyAMeasureReads_IsAnInputTheSetReads_EvenWhereNoThresholdIsSet()
    {
        // With every threshold open the rule is "false" and reads nothing: the template had no column for the bonus.
        MeasureWithoutThreshold("input.Score + input.Bonus", inputs: """{ "Name": "Bonus", "Type": "number" }""");

        Assert.Contains("Bonus", Load().InputsRead.Select(d => d.Name));
    }

    [Fact]
    public void Override_WithAMeasureNamingALocalParam_ShowsItsValue()
    {
        Overlay(
            "a",
            """
            { "RuleName": "1", "Properties": { "Change": "override" }, "Operator": "And", "Rules": [
              { "RuleName": "1.1", "LocalParams": [ { "Name": "doubled", "Expression": "input.Score * 2.0" } ],
                "Properties": { "Change": "override", "Status": "confirmed", "Source": "9/2024", "Measure": "doubled",
                  "Thresholds": [ { "Region": "North", "Value": 30, "Status": "confirmed", "Source": "9/2024" }, { "Region": "South", "Value": 45, "Status": "confirmed", "Source": "9/2024" } ] } } ] }
            """
        );
        var set = Load();

        var result = set.Evaluate(Commune(set, "South", 20))["1.1"];

        Assert.Equal((Outcome.NotAchieved, Value.FromNumber(40)), (result.Outcome, result.Actual));
    }

    [Fact]
    public void AnEmptyMeasure_IsALoadErrorAtTheMeasure_NotAnInternalError()
    {
        MeasureWithoutThreshold("  ");

        Assert.EndsWith(
            ": a › 1 › 1.1: Properties.Measure: the expression is empty",
            LoadError(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void AMeasureThatDoesNotBind_IsALoadErrorAtTheMeasure_EvenWhereNoThresholdPutsItInTheExpression()
    {
        // With every threshold open the expression is "false": a measure it does not hold is checked nowhere else.
        MeasureWithoutThreshold("input.Scor * 2.0");

        Assert.Equal(
            "province/a.json(8,16): a › 1 › 1.1, expression column 7: Properties.Measure: unknown input 'input.Scor': it "
                + "is not declared in the workflow's Inputs; did you mean 'Score'?",
            LoadError()
        );
    }

    // A share of nothing: IEEE arithmetic makes 40 * 100.0 / 0 infinite, which "≥ 30" achieved, and 0 * 100.0 / 0 not a
    // number, which it did not; neither has a value to compare, as a whole number divided by zero has none.
    [Theory]
    [InlineData(40.0, "{ \"Value\": 30, \"Status\": \"confirmed\", \"Source\": \"9/2024\" }")]
    [InlineData(0.0, "{ \"Value\": 30, \"Status\": \"confirmed\", \"Source\": \"9/2024\" }")]
    [InlineData(40.0, "{ \"Value\": null, \"Status\": \"notSet\" }")]
    public void AMeasureThatIsNoFiniteNumber_IsAnEvaluationError_WithoutAValue(double score, string threshold)
    {
        OverrideIndicator(
            $$"""
            "Measure": "input.Score * 100.0 / input.PovertyRate", "Thresholds": [ {{threshold}} ]
            """
        );
        var set = Load();

        var result = set.Evaluate(Commune(set, "North", score, poverty: 0))["1.1"];

        Assert.Equal((Outcome.EvaluationError, Value.Undefined), (result.Outcome, result.Actual));
        Assert.Equal(Value.FromNumber(400), set.Evaluate(Commune(set, "North", 40, poverty: 10))["1.1"].Actual);
    }

    // With a threshold set, the expression written from the table holds the measure: the engine reported that
    // expression, at the rule ("expression column 8: unknown input 'input.Scor'"), which the file does not hold.
    [Fact]
    public void AMeasureThatDoesNotBind_InATableWithAThreshold_IsALoadErrorAtTheMeasure()
    {
        OverrideIndicator(
            """
            "Measure": "input.Scor * 2.0", "Thresholds": [ { "Value": 30, "Status": "confirmed", "Source": "9/2024" } ]
            """
        );

        Assert.Equal(
            "province/a.json(8,16): a › 1 › 1.1, expression column 7: Properties.Measure: unknown input 'input.Scor': it "
                + "is not declared in the workflow's Inputs; did you mean 'Score'?",
            LoadError()
        );
    }

    // A revision that gave an indicator comparing a measure another Input compared what it did before: the change was
    // a name in the file, with every commune's result unchanged.
    [Fact]
    public void ANewInputOfAnIndicatorThatComparesAMeasure_IsALoadError_UnlessItsMeasureIsGivenToo()
    {
        MeasureWithoutThreshold("input.Score * 2.0");
        void Revision(string measure) =>
            OverrideIndicator(
                $$"""
                "Input": "PovertyRate", {{measure}}
                "Thresholds": [ { "Value": 15, "Status": "confirmed", "Source": "10/2025" } ]
                """,
                name: "b",
                extends: "province/a"
            );
        Revision("");

        Assert.Equal(
            "province/b.json(8,14): b › 1 › 1.1: Properties.Input: indicator 1.1 compares its Measure 'input.Score * "
                + "2.0', which a new Input alone does not change; give the Measure it is to compare too (the input "
                + "itself: \"Measure\": \"input.PovertyRate\")",
            LoadError()
        );

        Revision("\"Measure\": \"input.PovertyRate\",");
        var set = Load("b");

        Assert.Equal(Value.FromNumber(12), set.Evaluate(Commune(set, "North", score: 40, poverty: 12))["1.1"].Actual);
    }

    // An override's expression is written from its table: where the table cannot be written, the engine reported the
    // expression written ("expression column 1: '>=' needs numbers, not a boolean"), which the file does not hold.
    [Theory]
    [InlineData(
        "\"Input\": \"HasCraft\"",
        "Properties.Direction 'min' compares numbers, but the input HasCraft is of type boolean: write true (must "
            + "hold) or false (must not hold) for a boolean, or read a number"
    )]
    [InlineData("\"Input\": \"Scor\"", "Properties.Input 'Scor' is not a declared input; did you mean 'Score'?")]
    [InlineData(
        "\"Input\": \"HasCraft\", \"Direction\": \"sideways\"",
        "Properties.Direction must be min, max, true or false, not 'sideways'"
    )]
    [InlineData(
        "\"Thresholds\": [ { \"Value\": true, \"Status\": \"confirmed\", \"Source\": \"9/2024\" } ]",
        "Properties.Thresholds[0].Value must be a number for Direction 'min', or null; not true"
    )]
    public void AnOverrideWhoseTableCannotBeWritten_IsALoadErrorAtItsProperty(string change, string expected)
    {
        OverrideIndicator(change);

        Assert.EndsWith($"a › 1 › 1.1: {expected}", LoadError(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASetRequiredOrCountedThatNoSetIs_IsALoadError_WithTheIdMeant()
    {
        // A slip in Requires split the tier chain (and the report offered "--set test/commune-standart"); one in a
        // condition's CommuneSet failed only when a district was evaluated, blaming its communes' reports.
        var tiers = Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiers", "test");
        Directory.CreateDirectory(Path.Combine(_folder, "test"));
        File.Copy(Path.Combine(tiers, "..", "inputs.json"), Path.Combine(_folder, "inputs.json"));
        foreach (
            var (name, from, to) in new[]
            {
                ("commune-advanced", "\"Set\": \"test/commune-standard\"", "\"Set\": \"test/commune-standart\""),
                (
                    "district-standard",
                    "\"CommuneSet\": \"test/commune-advanced\"",
                    "\"CommuneSet\": \"test/commune-advnced\""
                ),
                ("district-standard", "\"Set\": \"test/commune-standard\"", "\"Set\": \"test/commune-standad\""),
            }
        )
        {
            var written = Path.Combine(_folder, "test", name + ".json");
            var text = File.ReadAllText(File.Exists(written) ? written : Path.Combine(tiers, name + ".json"));
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(written, text.Replace(from, to, StringComparison.Ordinal));
        }

        var error = LoadError();

        Assert.Contains(
            "test/commune-advanced.json(27,16): test/commune-advanced: Properties.Set.Requires.Set "
                + "'test/commune-standart': no set has that id; did you mean 'test/commune-standard'?",
            error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "test/district-standard: Properties.Set.Requires.Communes[0].Set 'test/commune-standad': no set has that "
                + "id; did you mean 'test/commune-standard'?",
            error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            ": Properties.CommuneSet 'test/commune-advnced': no set has that id; did you mean 'test/commune-advanced'?",
            error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void TwoConditionsCountingOtherCommuneSetsIntoOneInput_IsALoadErrorAtTheSecondsCommuneSet()
    {
        // ĐK2 copied from ĐK1 with its input kept: the district's evaluation wrote both shares into it, the last one
        // winning, so ĐK1 read the share of advanced communes.
        var text = File.ReadAllText(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiers", "test", "district-standard.json")
        );
        foreach (
            var (from, to) in new[]
            {
                ("input.AdvancedShare >= 50.0", "input.StandardShare >= 50.0"),
                ("\"Input\": \"AdvancedShare\"", "\"Input\": \"StandardShare\""),
            }
        )
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        Directory.CreateDirectory(Path.Combine(_folder, "test"));
        File.Copy(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiers", "inputs.json"),
            Path.Combine(_folder, "inputs.json")
        );
        File.WriteAllText(Path.Combine(_folder, "test", "district-standard.json"), text);

        Assert.EndsWith(
            "test/district-standard.json(109,27): test/district-standard › ĐK2 › ĐK2: Properties.CommuneSet: ĐK2 "
                + "counts the communes reaching test/commune-advanced into the input StandardShare, which ĐK1 fills "
                + "with the share of those reaching test/commune-standard; an input holds one share: give ĐK2 an "
                + "input of its own",
            LoadError(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Override_ExpressionAndLocalParams_AreTakenAsWritten()
    {
        Overlay(
            "a",
            """
            { "RuleName": "2", "Properties": { "Change": "override" }, "Operator": "And", "Rules": [
              { "RuleName": "2.1", "LocalParams": [ { "Name": "ceiling", "Expression": "15.0" } ], "Expression": "input.PovertyRate <= ceiling",
                "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "9/2024, Điều 3",
                  "Thresholds": [ { "Value": 15, "Status": "unconfirmed", "Source": "9/2024, Điều 3" } ] } } ] }
            """
        );

        var set = Load();

        Assert.Equal(Outcome.Achieved, set.Evaluate(Commune(set, "South", 60, poverty: 15))["2.1"]!.Outcome);
        Assert.Equal(Outcome.NotAchieved, set.Evaluate(Commune(set, "South", 60, poverty: 16))["2.1"]!.Outcome);
        Assert.Equal(ValueStatus.Unconfirmed, set.FindIndicator("2.1")!.Status);
    }

    [Fact]
    public void Override_ExpressionThatDisagreesWithItsTable_IsALoadErrorAtTheExpression()
    {
        Overlay(
            "a",
            """
            { "RuleName": "2", "Properties": { "Change": "override" }, "Operator": "And", "Rules": [
              { "RuleName": "2.1", "Expression": "input.PovertyRate <= 20",
                "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "9/2024, Điều 3",
                  "Thresholds": [ { "Value": 15, "Status": "unconfirmed", "Source": "9/2024, Điều 3" } ] } } ] }
            """
        );

        Assert.Equal(
            "province/a.json(7,38): a › 2 › 2.1: the Expression 'input.PovertyRate <= 20' does not say what "
                + "Properties.Thresholds says, which is "
                + "'input.PovertyRate <= 15': correct the one that is wrong (an overriding file may leave the "
                + "Expression out, and it is written from the table)",
            LoadError()
        );
    }

    [Fact]
    public void Override_DirectionWithoutExpression_GetsTheExpressionOfTheTableReadThatWay()
    {
        Overlay(
            "a",
            """
            { "RuleName": "2", "Properties": { "Change": "override" }, "Operator": "And", "Rules": [
              { "RuleName": "2.1", "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "9/2024, Điều 3", "Direction": "min" } } ] }
            """
        );

        var set = Load();
        var required = set.FindIndicator("2.1")!.Thresholds.Single(t => t.IsSet).Value.Number;

        Assert.Equal(Outcome.Achieved, set.Evaluate(Commune(set, "South", 60, poverty: required))["2.1"]!.Outcome);
        Assert.Equal(
            Outcome.NotAchieved,
            set.Evaluate(Commune(set, "South", 60, poverty: required - 0.5))["2.1"]!.Outcome
        );
    }

    [Fact]
    public void Override_Names_RenameTheCriterionAndIndicatorOnly()
    {
        Overlay(
            "a",
            """
            { "RuleName": "2", "Properties": { "Change": "override", "Name": { "vi": "Giảm nghèo", "en": "Poverty reduction" }, "Status": "confirmed", "Source": "9/2024, Điều 4" },
              "Operator": "And", "Rules": [
              { "RuleName": "2.1", "Properties": { "Change": "override", "Name": { "vi": "Tỷ lệ hộ nghèo đa chiều", "en": "Multidimensional poverty" }, "Status": "confirmed", "Source": "9/2024, Điều 4" } } ] }
            """
        );

        var set = Load();
        var national = Synthetic.Catalog.Get("test/commune-standard");

        Assert.Equal(
            ("Giảm nghèo", "Tỷ lệ hộ nghèo đa chiều"),
            (set.Criteria[1].Name.Vietnamese, set.FindIndicator("2.1")!.Name.Vietnamese)
        );
        Assert.Equal(national.FindIndicator("2.1")!.Thresholds.AsEnumerable(), set.FindIndicator("2.1")!.Thresholds);
        Assert.Equal(
            [(SetChangeKind.CriterionRenamed, "2"), (SetChangeKind.IndicatorRenamed, "2.1")],
            SetDiff
                .Compare(national, set)
                .Changes.Where(c => c.Kind != SetChangeKind.SetChanged)
                .Select(c => (c.Kind, c.Number))
        );
    }

    [Fact]
    public void Add_IndicatorAndCriterion_TakeTheirPlaceInOfficialOrder()
    {
        Overlay(
            "a",
            """
            { "RuleName": "1", "Properties": { "Change": "override" }, "Operator": "And", "Rules": [
              { "RuleName": "1.2", "Expression": "input.Score <= 95.0", "Properties": { "Change": "add", "Kind": "indicator", "Number": "1.2",
                "Name": { "vi": "Điểm trần", "en": "Score ceiling" }, "Status": "confirmed", "Source": "9/2024, Điều 5", "Input": "Score", "Direction": "max",
                "Thresholds": [ { "Value": 95, "Status": "confirmed", "Source": "9/2024, Điều 5" } ] } } ] },
            { "RuleName": "4", "Operator": "And", "Properties": { "Change": "add", "Kind": "criterion", "Number": "4", "Name": { "vi": "Đường", "en": "Roads" }, "Status": "confirmed", "Source": "9/2024, Điều 6" },
              "Rules": [ { "RuleName": "4.1", "Properties": { "Kind": "indicator", "Number": "4.1", "Name": { "vi": "Tỷ lệ đường", "en": "Roads" },
                "Status": "confirmed", "Source": "9/2024, Điều 6", "Input": "RoadRate", "Direction": "min",
                "Thresholds": [ { "Value": 80, "Status": "confirmed", "Source": "9/2024, Điều 6" } ] }, "Expression": "input.RoadRate >= 80.0" } ] }
            """
        );

        var set = Load();

        Assert.Equal(["1.1", "1.2", "2.1", "3.1", "4.1"], set.Indicators.Select(i => i.Number));
        Assert.Equal(["1", "2", "3", "4"], set.Criteria.Select(c => c.Number));
        var report = set.Evaluate(
            set.Inputs.CreateBuilder().Set("Region", "South").Set("Score", 96.0).Set("RoadRate", 80.0).Build()
        );
        Assert.Equal((Outcome.NotAchieved, Outcome.Achieved), (report["1.2"]!.Outcome, report["4.1"]!.Outcome));
        Assert.Null(set.OfficialIndicatorCount);
    }

    /// <summary>
    /// Writes a revision of the shipped 2026-2030 commune set (its 10 criteria and 47 indicators have no indicator in
    /// the sources) with the given rules, and loads it onto the shipped catalog.
    /// </summary>
    private CriteriaCatalog Revision2026(string rules, string set = "")
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "national", "2026-2030")).FullName;
        File.WriteAllText(
            Path.Combine(folder, "commune@2026-06-01.json"),
            $$"""
            {
              "WorkflowName": "national/2026-2030/commune", "InputsFile": "../../inputs.json",
              "Properties": { "Set": { "Extends": "national/2026-2030/commune@2025-12-29", {{set}}
                "LegalBasis": { "Decision": "123/QĐ-BNNMT", "Date": "2026-06-01", "Status": "confirmed", "Source": "QĐ 123, Phụ lục" },
                "InForce": { "From": "2026-06-01" } } },
              "Rules": [
            {{rules}}
              ]
            }
            """
        );
        return CriteriaCatalog.Shipped.WithDirectory(_folder);
    }

    private const string PlanIndicator = """
        { "RuleName": "1", "Operator": "And", "Properties": { "Change": "override", "Status": "confirmed", "Source": "QĐ 123, tiêu chí 1", "Encoded": true, "Complete": true }, "Rules": [
          { "RuleName": "1.1", "Properties": { "Change": "add", "Kind": "indicator", "Number": "1.1", "Name": { "vi": "Có quy hoạch", "en": "Plan" },
            "Status": "confirmed", "Source": "QĐ 123, chỉ tiêu 1.1", "Input": "HasApprovedCommunePlan", "Direction": "true",
            "Thresholds": [ { "Value": true, "Status": "confirmed", "Source": "QĐ 123, chỉ tiêu 1.1" } ] } } ] }
        """;

    [Fact]
    public void Revision_FillingInAVersionShortOfItsDecision_KeepsTheDecisionsCounts()
    {
        var set = Revision2026(PlanIndicator).Get("national/2026-2030/commune@2026-06-01");

        Assert.Equal((10, 47, 1), (set.OfficialCriteriaCount, set.OfficialIndicatorCount, set.Indicators.Count()));
        Assert.True(set.IsShortOfItsDecision);
    }

    [Theory]
    [InlineData(false, " (as the version it revises states them)")]
    [InlineData(true, "")]
    public void Revision_EncodingMoreThanItsDecisionCounts_IsALoadError(bool statesCounts, string whose)
    {
        var counts = statesCounts
            ? """ "OfficialCounts": { "Criteria": 10, "Indicators": 47, "Status": "confirmed", "Source": "QĐ 123" }, """
            : "";
        var eleventh = """
            , { "RuleName": "11", "Operator": "And", "Properties": { "Change": "add", "Kind": "criterion", "Number": "11", "Name": { "vi": "Khác", "en": "Other" }, "Status": "confirmed", "Source": "QĐ 123" },
              "Rules": [ { "RuleName": "11.1", "Expression": "input.HasRuralMarket == true", "Properties": { "Kind": "indicator", "Number": "11.1", "Name": { "vi": "Chợ", "en": "Market" },
                "Status": "confirmed", "Source": "QĐ 123", "Input": "HasRuralMarket", "Direction": "true",
                "Thresholds": [ { "Value": true, "Status": "confirmed", "Source": "QĐ 123" } ] } } ] }
            """;

        var error = Assert.Throws<RuleFileException>(() => Revision2026(PlanIndicator + eleventh, counts)).Errors;

        Assert.Equal(
            "the set encodes 11 criteria, more than the 10 its decision has by "
                + $"Properties.Set.OfficialCounts{whose}: state the decision's counts there if they changed, or "
                + "correct the numbers of what it encodes",
            Assert.Single(error).Text.English
        );
    }

    [Fact]
    public void Remove_IndicatorAndCriterion_AreGoneAndKeptWithTheirReason()
    {
        Overlay(
            "a",
            """
            { "RuleName": "3", "Properties": { "Change": "remove", "Reason": "the province has no craft villages", "Source": "9/2024, Điều 7" } },
            { "RuleName": "1", "Properties": { "Change": "override" }, "Operator": "And", "Rules": [
              { "RuleName": "1.2", "Expression": "input.Score <= 95.0", "Properties": { "Change": "add", "Kind": "indicator", "Number": "1.2", "Name": { "vi": "Trần", "en": "Ceiling" },
                "Status": "confirmed", "Source": "9/2024", "Input": "Score", "Direction": "max", "Thresholds": [ { "Value": 95, "Status": "confirmed", "Source": "9/2024" } ] } },
              { "RuleName": "1.1", "Properties": { "Change": "remove", "Reason": "replaced by 1.2", "Source": "9/2024, Điều 8" } } ] }
            """
        );

        var set = Load();

        Assert.Equal(["1.2", "2.1"], set.Indicators.Select(i => i.Number));
        Assert.Equal(
            [
                new Removal(
                    "3",
                    new LocalizedText("Nghề", "Nghề"),
                    true,
                    "the province has no craft villages",
                    "9/2024, Điều 7"
                ),
                new Removal(
                    "1.1",
                    new LocalizedText("Điểm tổng hợp", "Điểm tổng hợp"),
                    false,
                    "replaced by 1.2",
                    "9/2024, Điều 8"
                ),
            ],
            set.Removals.AsEnumerable()
        );
        Assert.Contains(
            SetDiff.Compare(Synthetic.Catalog.Get("test/commune-standard"), set).Changes,
            c => (c.Kind, c.Number) == (SetChangeKind.CriterionRemoved, "3")
        );
    }

    [Fact]
    public void Chain_NationalProvinceRevision_EachStepBuildsOnTheOneBefore()
    {
        Overlay("a", LowerScore);
        Overlay(
            "b",
            """
            { "RuleName": "2", "Properties": { "Change": "override" }, "Operator": "And", "Rules": [
              { "RuleName": "2.1", "Properties": { "Change": "override", "Status": "confirmed", "Source": "12/2025, Điều 1",
                "Thresholds": [ { "Value": 5, "Status": "confirmed", "Source": "12/2025, Điều 1" } ] } } ] }
            """,
            extends: "province/a",
            set: "\"Version\": \"2025-01-01\", \"InForce\": { \"From\": \"2025-01-01\" },"
        );

        var catalog = Synthetic.Catalog.WithDirectory(_folder);
        var revision = catalog.Get("province/b");

        Assert.Equal("province/a@1", revision.Extends);
        Assert.Equal(Outcome.Achieved, revision.Evaluate(Commune(revision, "South", 45, poverty: 5))["1.1"]!.Outcome);
        Assert.Equal(
            Outcome.NotAchieved,
            revision.Evaluate(Commune(revision, "South", 45, poverty: 6))["2.1"]!.Outcome
        );
        Assert.Equal("Tỉnh Thử", revision.Province);
        Assert.Equal(new DateOnly(2025, 1, 1), revision.InForceFrom);
    }

    // A province's variant of the advanced tier, and its revision, stand for the national advanced set that the model
    // tier requires: the model tier takes whether the commune is advanced from them, not from the data.
    [Fact]
    public void ChainThroughAProvincesVariant_TheNextTierRequiresTheSetItExtends()
    {
        Overlay("a", "", extends: "test/commune-advanced");
        Overlay(
            "b",
            "",
            extends: "province/a",
            set: "\"Version\": \"2025-01-01\", \"InForce\": { \"From\": \"2025-01-01\" },"
        );
        var catalog = Synthetic.Catalog.WithDirectory(_folder);
        var (standard, model) = (catalog.Get("test/commune-standard"), catalog.Get("test/commune-model"));
        var (variant, revision) = (catalog.Get("province/a"), catalog.Get("province/b"));

        var chains = TierChain.From([standard, revision, model]);

        Assert.Equal(
            (true, true, false),
            (
                revision.StandsFor("test/commune-advanced"),
                revision.StandsFor("province/a"),
                variant.StandsFor("test/commune-standard")
            )
        );
        var chain = Assert.Single(chains);
        Assert.Equal(
            "test/commune-standard@2022-01-01 → province/b@2025-01-01 → test/commune-model@2022-01-01",
            chain.ToString()
        );
        Assert.Equal(
            "test/commune-standard@2022-01-01 → province/a@1 → test/commune-model@2022-01-01",
            TierChain.Around(catalog, variant).ToString()
        );

        // Advanced by the data's word only: the model tier takes the province's finding.
        var report = chain.Evaluate(
            chain
                .Inputs.CreateBuilder()
                .Set("Region", "South")
                .Set("Score", 95.0)
                .Set("PovertyRate", 15.0)
                .Set("HasCraft", false)
                .Set("IsAdvanced", true)
                .Build()
        );
        Assert.Equal((Tier.Standard, Outcome.NotAchieved), (report.Reached, report.Chain[2].Criteria[0].Outcome));
        Assert.Equal(revision, Assert.Single(report.PrerequisiteDisagreements).Prerequisite);
    }

    // The 2026-2030 criteria have no indicator in the sources: a rule file that gives one some leaves it in part, as the
    // criteria workbook's "tiêu chí (một phần)" does, until its override says "Complete": true.
    [Theory]
    [InlineData("", true)]
    [InlineData("\"Complete\": true, ", false)]
    public void Override_IndicatorsGivenToACriterionThatHadNone_AreInPartUntilItSaysComplete(
        string complete,
        bool partial
    )
    {
        Overlay(
            "a",
            $$"""
            { "RuleName": "1", "Operator": "And",
              "Properties": { "Change": "override", {{complete}}"Status": "unconfirmed", "Source": "test" }, "Rules": [
              { "RuleName": "1.1", "Properties": { "Change": "add", "Kind": "indicator", "Number": "1.1",
                "Name": { "vi": "Quy hoạch", "en": "Plan" }, "Status": "unconfirmed", "Source": "test",
                "Input": "HasApprovedCommunePlan", "Direction": "true",
                "Thresholds": [ { "Value": true, "Status": "unconfirmed", "Source": "test" } ] } } ] }
            """,
            extends: "national/2026-2030/commune"
        );
        var set = CriteriaCatalog.Shipped.WithDirectory(_folder).Get("province/a");

        var report = set.Evaluate(
            set.Inputs.CreateBuilder().Set("HasApprovedCommunePlan", true).Set("CommuneGroup", 1).Build()
        );

        Assert.Equal(
            (partial, partial ? Outcome.NotEncoded : Outcome.Achieved),
            (set.Criteria[0].IsPartlyEncoded, report.Criteria[0].Outcome)
        );
    }

    [Fact]
    public void Extends_WithoutVersion_TakesTheVersionInForceOnTheFirstDay()
    {
        Overlay(
            "a",
            LowerScore,
            set: "\"Id\": \"province/a\", \"Version\": \"2022\", \"InForce\": { \"From\": \"2022-01-01\", \"To\": "
                + "\"2024-12-31\" },"
        );
        Overlay(
            "a2025",
            """
            { "RuleName": "2", "Properties": { "Change": "remove", "Reason": "r", "Source": "s" } }
            """,
            set: "\"Id\": \"province/a\", \"Version\": \"2025\", \"InForce\": { \"From\": \"2025-01-01\" },"
        );
        Overlay(
            "c",
            """
            { "RuleName": "3", "Properties": { "Change": "remove", "Reason": "r", "Source": "s" } }
            """,
            extends: "province/a",
            set: "\"InForce\": { \"From\": \"2023-06-01\" },"
        );

        var catalog = Synthetic.Catalog.WithDirectory(_folder);

        Assert.Equal("province/a@2022", catalog.Get("province/c").Extends);
        Assert.Equal(["1", "2"], catalog.Get("province/c").Criteria.Select(c => c.Number));
        Assert.Equal("province/a@2025", catalog.Get("province/a", new DateOnly(2025, 3, 1)).ToString());
    }

    [Fact]
    public void Replacement_OfAVersionTheCatalogHas_IsReported()
    {
        File.WriteAllText(
            Path.Combine(_folder, "province", "revised.json"),
            File.ReadAllText(Synthetic.Catalog.Get("test/commune-standard").SourceFile!)
                .Replace(
                    "\"InputsFile\": \"../inputs.json\"",
                    $"\"InputsFile\": \"{TiersInputsFile}\"",
                    StringComparison.Ordinal
                )
                .Replace("\"Bộ tiêu chí thử standard\"", "\"Bộ tiêu chí thử, bản sửa\"", StringComparison.Ordinal)
        );

        var catalog = Synthetic.Catalog.WithDirectory(_folder);

        var replacement = Assert.Single(catalog.Replacements);
        Assert.Equal(
            ("test/commune-standard@2022-01-01", "Bộ tiêu chí thử, bản sửa"),
            (replacement.Replacement.ToString(), catalog.Get("test/commune-standard").Name.Vietnamese)
        );
        Assert.EndsWith("commune-standard.json", replacement.Replaced.SourceFile, StringComparison.Ordinal);
        Assert.Equal(Synthetic.Catalog.Sets.Length, catalog.Sets.Length);
    }

    [Fact]
    public void Error_Cycle_NamesTheChain()
    {
        Overlay("a", "", extends: "province/b");
        Overlay("b", "", extends: "province/a");

        Assert.Equal(
            """
            province/a.json(3,39): a: Extends forms a cycle: province/a@1 → province/b@1 → province/a@1
            """,
            LoadError()
        );
    }

    [Fact]
    public void Error_OverrideOfMissingNumbers_NamesTheClosest()
    {
        Overlay(
            "a",
            """
            { "RuleName": "21", "Properties": { "Change": "override", "Status": "confirmed", "Source": "s" } },
            { "RuleName": "1", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
              { "RuleName": "1.11", "Properties": { "Change": "remove", "Reason": "r", "Source": "s" } } ] }
            """
        );

        Assert.Equal(
            """
            province/a.json: 2 problems:
              province/a.json(6,1): a › 21: test/commune-standard@2022-01-01 has no criterion 21 to override; the closest numbers are 1, 2, 3
              province/a.json(8,3): a › 1 › 1.11: test/commune-standard@2022-01-01 has no indicator 1.11 to remove; the closest numbers are 1.1
            """.ReplaceLineEndings(),
            LoadError().ReplaceLineEndings()
        );
    }

    [Theory]
    [InlineData(
        """{ "RuleName": "2", "Expression": "true", "Properties": { "Change": "add", "Kind": "criterion", "Name": {"""
            + """ "vi": "X" } } }""",
        "province/a.json(6,1): a › 2: criterion 2 already exists in test/commune-standard@2022-01-01; to change it, "
            + "say \"Change\": \"override\""
    )]
    [InlineData(
        """{ "RuleName": "2", "Properties": { "Change": "remove", "Reason": "no longer assessed" } }""",
        "province/a.json(6,1): a › 2: removing 2 needs a Reason and a Source (the decision, "
            + "article or annex that removes it)"
    )]
    [InlineData(
        """{ "RuleName": "2", "Properties": { "Change": "override", "Name": { "vi": "Nghèo đa chiều" } } }""",
        "province/a.json(6,1): a › 2: the override of 2 needs its own Source (the decision, article or annex that "
            + "changes it) and Status (confirmed, unconfirmed or notSet)"
    )]
    [InlineData(
        """{ "RuleName": "2", "Properties": { "Name": { "vi": "Nghèo đa chiều" } } }""",
        "province/a.json(6,1): a › 2: a rule of a set that Extends another needs "
            + "Properties.Change: add, override or remove"
    )]
    [InlineData(
        """{ "RuleName": "2", "Properties": { "Change": "replace" } }""",
        "province/a.json(6,1): a › 2: Properties.Change must be add, override or remove, not 'replace'"
    )]
    [InlineData(
        """{ "RuleName": "2", "Properties": { "Change": "overide" } }""",
        "province/a.json(6,1): a › 2: Properties.Change must be add, override or remove, not 'overide' (did you mean "
            + "'override'?)"
    )]
    [InlineData(
        """{ "RuleName": "2", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [ { "RuleName":"""
            + """ "2.1", "Properties": { "Change": "remove", "Reason": "r", "Source": "s" } } ] }""",
        "province/a.json(6,1): a › 2: the changes leave criterion 2 without indicators; remove the criterion instead"
    )]
    [InlineData(
        """{ "RuleName": "2", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [ { "RuleName":"""
            + """ "2.1", "Expression": "input.Poverty <= 5.0", "Properties": { "Change": "override", "Status":"""
            + """ "confirmed","""
            + """ "Source": "s" } } ] }""",
        "province/a.json(6,125): a › 2 › 2.1, expression column 7: unknown input 'input.Poverty': "
            + "it is not declared in the workflow's Inputs"
    )]
    [InlineData(
        """{ "RuleName": "5", "Operator": "And", "Properties": { "Change": "add", "Kind": "criterion", "Number": "5","""
            + """ "Name": { "vi": "X" } }, "Rules": [ { "RuleName": "5.1", "Expression": "true", "Properties": {"""
            + """ "Change":"""
            + """ "override" } } ] }""",
        "province/a.json(6,144): a › 5 › 5.1: indicator 5.1 belongs to a criterion being added, so it can only be added"
    )]
    [InlineData(
        """{ "RuleName": "2", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [ { "RuleName":"""
            + """ "2.1", "Properties": { "Change": "override", "Status": "confirmed", "Source": "s","""
            + """ "Treshold": [] } } ] }""",
        "province/a.json(6,199): a › 2 › 2.1: unknown field 'Treshold' in Properties; expected Kind, Number, "
            + "NumberStatus, Name, Status, Note, Source, Input, Measure, Direction, Unit, Thresholds, AppliesWhen, "
            + "CommuneSet, Strengthens, Change; did you mean 'Thresholds'?"
    )]
    public void Error_BadOperation_IsReportedWithFileRuleAndPosition(string rule, string expected)
    {
        Overlay("a", rule);

        var lines = LoadError().Split(Environment.NewLine).Select(l => l.Trim()).ToList();
        Assert.True(lines.Contains(expected), string.Join(Environment.NewLine, lines));
    }

    // An indicator given to a 2026-2030 criterion (which has none) without its Change: that one error, not also the
    // criterion "left without indicators" and refused as a combination of nothing, at a line of the shipped file.
    [Fact]
    public void Error_AChangeWithoutItsKindUnderACriterionThatHadNoIndicator_IsTheOnlyError()
    {
        Overlay(
            "a",
            """
            { "RuleName": "1", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
              { "RuleName": "1.1", "Properties": { "Kind": "indicator", "Number": "1.1", "Name": { "vi": "X" },
                "Status": "unconfirmed", "Source": "s", "Input": "HasApprovedCommunePlan", "Direction": "true",
                "Thresholds": [ { "Value": true, "Status": "unconfirmed", "Source": "s" } ] } } ] }
            """,
            extends: "national/2026-2030/commune"
        );

        var message = Assert
            .Throws<RuleFileException>(() => CriteriaCatalog.Shipped.WithDirectory(_folder))
            .Message.Replace(_folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace('\\', '/');

        Assert.Equal(
            "province/a.json(7,3): a › 1 › 1.1: a rule of a set that Extends another needs Properties.Change: add, "
                + "override or remove",
            message.Trim()
        );
    }

    // The combined rule keeps the shipped expression of a criterion without indicators ("false"): a problem with it is
    // the overlay's, and is placed in the overlay's file, not at the shipped file's line under the overlay's name.
    [Fact]
    public void Error_OnAnExpressionAnOverrideKept_IsPlacedAtTheOverride()
    {
        Overlay(
            "a",
            """
            { "RuleName": "1", "Operator": "And",
              "Properties": { "Change": "override", "Note": "n", "Status": "unconfirmed", "Source": "s" } }
            """,
            extends: "national/2026-2030/commune"
        );

        var errors = Assert.Throws<RuleFileException>(() => CriteriaCatalog.Shipped.WithDirectory(_folder)).Errors;

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal((6, 1), (e.Position.Line, e.Position.Column)));
    }

    // An indicator added where criteria go is said once, with where it goes: it was also three fields "unknown" to a
    // criterion (Input, Direction, Thresholds).
    [Fact]
    public void Error_AnIndicatorAddedAmongTheCriteria_IsOneErrorSayingWhereItGoes()
    {
        Overlay(
            "a",
            """
            { "RuleName": "1.9", "Properties": { "Change": "add", "Kind": "indicator", "Number": "1.9",
              "Name": { "vi": "X", "en": "X" }, "Status": "confirmed", "Source": "s", "Input": "Score",
              "Direction": "min", "Thresholds": [ { "Value": 1, "Status": "confirmed", "Source": "s" } ] } }
            """
        );

        Assert.Equal(
            "province/a.json(6,63): a › 1.9: indicator 1.9 stands among the criteria: put it in the Rules of its "
                + "criterion 1; a file that extends a set adds it under the criterion's override, { \"RuleName\": "
                + "\"1\", \"Properties\": { \"Change\": \"override\" }, \"Rules\": [ … ] }",
            LoadError().Trim()
        );
    }

    [Fact]
    public void Error_UnknownBaseIdOrVersion_ListsWhatThereIs()
    {
        Overlay("a", "", extends: "test/commune-standart");
        Overlay("b", "", extends: "test/commune-standard@2019-01-01");

        Assert.Equal(
            """
            province/a.json(3,39): a: Extends 'test/commune-standart': no set has the id 'test/commune-standart'; the closest are test/commune-standard, test/commune-advanced, test/commune-model
            province/b.json(3,39): b: Extends 'test/commune-standard@2019-01-01': test/commune-standard has no version '2019-01-01'; its versions are 2022-01-01
            """.ReplaceLineEndings(),
            string.Join(
                Environment.NewLine,
                LoadError().Split(Environment.NewLine).Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0)
            )
        );
    }

    [Fact]
    public void Error_NoBaseVersionInForceOnTheFirstDay_ListsTheCoveredRanges()
    {
        Overlay("a", "", set: "\"InForce\": { \"From\": \"2021-01-01\" },");

        Assert.Equal(
            "province/a.json(3,39): a: Extends 'test/commune-standard': no version of test/commune-standard is in "
                + "force on 2021-01-01, the first day of this set; "
                + "its versions cover 2022-01-01 to 2025-12-31; name one as test/commune-standard@version",
            LoadError()
        );
    }

    [Fact]
    public void Error_ExtendingWithoutLegalBasis_IsRefused()
    {
        File.WriteAllText(
            Path.Combine(_folder, "province", "a.json"),
            """
            { "WorkflowName": "a", "Properties": { "Set": { "Extends": "test/commune-standard" } }, "Rules": [] }
            """
        );

        // At the Set object that lacks it.
        Assert.Contains(
            "province/a.json(1,47): a: a set that Extends another states its own LegalBasis: the "
                + "decision that makes its changes",
            LoadError().Split(Environment.NewLine).Select(l => l.Trim())
        );
    }

    [Fact]
    public void Error_InputRedeclaredDifferently_IsRefused()
    {
        File.WriteAllText(
            Path.Combine(_folder, "province", "a.json"),
            """
            { "WorkflowName": "a", "Inputs": [ { "Name": "Score", "Type": "integer" } ],
              "Properties": { "Set": { "Extends": "test/commune-standard", "LegalBasis": { "Decision": "9/2024/QĐ-UBND" } } }, "Rules": [] }
            """
        );

        Assert.Equal(
            "province/a.json(1,36): a: input 'Score' is declared differently from the one of "
                + "test/commune-standard@2022-01-01 it extends; give the new input another name",
            LoadError()
        );
    }

    [Fact]
    public void Evaluate_ARecordWithoutTheInputASetAdds_IsMisuseNamingIt_AndTheInputsToBuildWith()
    {
        // A province's application builds its records with the shared vocabulary; the office's set adds an input.
        Overlay(
            "a",
            """
            { "RuleName": "4", "Operator": "And", "Properties": { "Change": "add", "Kind": "criterion", "Number": "4", "Name": { "vi": "Cây xanh", "en": "Greenery" }, "Status": "confirmed", "Source": "9/2024, Điều 6" },
              "Rules": [ { "RuleName": "4.1", "Properties": { "Kind": "indicator", "Number": "4.1", "Name": { "vi": "Tỷ lệ cây xanh", "en": "Green area" },
                "Status": "confirmed", "Source": "9/2024, Điều 6", "Input": "GreenAreaRate", "Direction": "min",
                "Thresholds": [ { "Value": 20, "Status": "confirmed", "Source": "9/2024, Điều 6" } ] }, "Expression": "input.GreenAreaRate >= 20.0" } ] }
            """,
            inputs: """{ "Name": "GreenAreaRate", "Type": "number" }"""
        );
        var set = Load();
        var shared = Synthetic.Catalog.Get("test/commune-standard").Inputs.CreateBuilder().Set("Score", 96.0).Build();

        var exception = Assert.Throws<ArgumentException>(() => set.Evaluate(shared));

        Assert.Equal(
            $"The record was built for other inputs than set {set} reads: it lacks GreenAreaRate. Build it with the "
                + "set's Inputs (set.Inputs.CreateBuilder(), or as LocalityReader's schema); a tier chain's or a "
                + "batch's Inputs serve every set of it. (Parameter 'input')",
            exception.Message
        );
        Assert.Equal(
            Outcome.Achieved,
            set.Evaluate(set.Inputs.CreateBuilder().Set("GreenAreaRate", 30.0).Build())["4.1"]!.Outcome
        );
    }

    [Fact]
    public void TierChanges_UnderARevision_ListTheCommunesThatChangeTier()
    {
        Overlay(
            "a",
            LowerScore,
            extends: "test/commune-standard",
            set: "\"Id\": \"test/commune-standard\", \"Version\": \"2024-06-01\", \"InForce\": { \"From\": "
                + "\"2024-06-01\", \"To\": \"2025-12-31\" },"
        );
        var catalog = Synthetic.Catalog.WithDirectory(_folder);
        var (before, after) = (
            catalog.Versions("test/commune-standard")[0],
            catalog.Versions("test/commune-standard")[1]
        );
        Locality Commune(string id, string region, double score) =>
            new(
                id,
                before
                    .Inputs.CreateBuilder()
                    .Set("Region", region)
                    .Set("Score", score)
                    .Set("PovertyRate", 10.0)
                    .Set("HasCraft", false)
                    .Build()
            );

        var changes = TierChanges
            .Compare(
                catalog.ChainOf(before),
                catalog.ChainOf(after),
                [
                    Commune("A", "South", 47),
                    Commune("B", "South", 40),
                    Commune("C", "North", 35),
                    Commune("D", "South", 60),
                ]
            )
            .ToList();

        Assert.Equal(
            [("A", null, Tier.Standard), ("C", null, Tier.Standard)],
            changes.Where(c => c.IsChanged).Select(c => (c.Locality.Id, c.Before, c.After))
        );
        Assert.Equal(4, changes.Count);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(
            new DateOnly(2024, 6, 1),
            catalog.Get("test/commune-standard", new DateOnly(2024, 7, 1)).InForceFrom
        );
        Assert.Single(catalog.InForceOn(new DateOnly(2024, 7, 1), Level.Commune, Tier.Standard));
    }

    [Fact]
    public void RevisedNationalSet_FromAFolder_ChangesOutcomesAndShowsInTheDiff()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "national", "2021-2025"));
        File.WriteAllText(
            Path.Combine(_folder, "national", "2021-2025", "commune-standard@2025-07-01.json"),
            """
            {
              "WorkflowName": "national/2021-2025/commune-standard",
              "Properties": { "Set": {
                "Extends": "national/2021-2025/commune-standard@2024-03-01",
                "Name": { "vi": "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (bản sửa đổi thử)", "en": "Test revision" },
                "LegalBasis": { "Decision": "999/QĐ-TEST", "Date": "2025-06-01", "Status": "unconfirmed", "Source": "a test revision, not a real decision" },
                "InForce": { "From": "2025-07-01", "To": "2026-02-14" } } },
              "Rules": [
                { "RuleName": "17", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
                  { "RuleName": "17.2", "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "999/QĐ-TEST, Điều 1",
                    "Thresholds": [ { "Value": 90, "Status": "unconfirmed", "Source": "999/QĐ-TEST, Điều 1" } ] } },
                  { "RuleName": "17.12", "Expression": "input.PublicGreenAreaPerPerson >= 2.0", "Properties": { "Change": "add", "Kind": "indicator", "Number": "17.12",
                    "Name": { "vi": "Diện tích cây xanh công cộng bình quân", "en": "Public green area per person" }, "Status": "unconfirmed", "Source": "999/QĐ-TEST, Điều 2",
                    "Input": "PublicGreenAreaPerPerson", "Direction": "min", "Unit": "m²/person",
                    "Thresholds": [ { "Value": 2, "Status": "unconfirmed", "Source": "999/QĐ-TEST, Điều 2" } ] } } ] }
              ]
            }
            """
        );

        var catalog = CriteriaCatalog.Shipped.WithDirectory(_folder);
        var before = catalog.Get("national/2021-2025/commune-standard", new DateOnly(2025, 6, 30));
        var after = catalog.Get("national/2021-2025/commune-standard", new DateOnly(2025, 7, 1));
        var commune = after
            .Inputs.CreateBuilder()
            .Set("Region", "DBSH")
            .Set("EnvironmentallyCompliantEstablishmentRate", 95.0)
            .Set("PublicGreenAreaPerPerson", 1.5)
            .Build();

        Assert.Equal(("2024-03-01", "2025-07-01"), (before.Version, after.Version));
        Assert.Equal(Outcome.NotAchieved, before.Evaluate(commune)["17.2"]!.Outcome);
        Assert.Equal(Outcome.Achieved, after.Evaluate(commune)["17.2"]!.Outcome);
        Assert.False(before.Evaluate(commune).TryGetIndicator("17.12", out _));
        Assert.Equal(Outcome.NotAchieved, after.Evaluate(commune)["17.12"]!.Outcome);
        Assert.Equal(before.Indicators.Count() + 1, after.Indicators.Count());
        Assert.Equal("rules/inputs.json", after.Workflow.Workflow.InputsFile?.Path);
        Assert.Equal(
            [
                (SetChangeKind.ThresholdChanged, "17.2", "all", "100 (unconfirmed)", "90 (unconfirmed)"),
                (SetChangeKind.IndicatorAdded, "17.12", null, null, "Diện tích cây xanh công cộng bình quân"),
                (SetChangeKind.ThresholdAdded, "17.12", "all", null, "2 (unconfirmed)"),
            ],
            SetDiff
                .Compare(before, after)
                .Changes.Where(c => c.Kind != SetChangeKind.SetChanged)
                .Select(c => (c.Kind, c.Number, c.Key, c.Before, c.After))
        );
        Assert.Empty(catalog.Replacements);
        Assert.Contains(after, catalog.InForceOn(new DateOnly(2025, 7, 1), Level.Commune));
        Assert.DoesNotContain(before, catalog.InForceOn(new DateOnly(2025, 7, 1), Level.Commune));
    }

    [Theory]
    [InlineData("\"From\": \"2025-07-01\"", "2025-07-01", "2026-02-14")]
    [InlineData("\"From\": \"2025-07-01\", \"To\": \"2025-09-30\"", "2024-03-01", "2025-09-30")]
    public void Revision_GivingOnlyItsFirstDay_StaysInForceAsLongAsTheVersionItRevises(
        string inForce,
        string versionOn2026,
        string lastDay
    )
    {
        // Without it, the revision would end with the period (2025-12-31) and the version it corrects would come back
        // for the days until the 2026-2030 set.
        Directory.CreateDirectory(Path.Combine(_folder, "national", "2021-2025"));
        File.WriteAllText(
            Path.Combine(_folder, "national", "2021-2025", "commune-standard@2025-07-01.json"),
            $$"""
            {
              "WorkflowName": "national/2021-2025/commune-standard",
              "Properties": { "Set": {
                "Extends": "national/2021-2025/commune-standard@2024-03-01",
                "LegalBasis": { "Decision": "999/QĐ-TEST", "Status": "unconfirmed", "Source": "a test revision" },
                "InForce": { {{inForce}} } } },
              "Rules": [
                { "RuleName": "17", "Properties": { "Change": "override" }, "Rules": [
                  { "RuleName": "17.2", "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "Điều 1",
                    "Thresholds": [ { "Value": 90, "Status": "unconfirmed", "Source": "Điều 1" } ] } } ] }
              ]
            }
            """
        );

        var catalog = CriteriaCatalog.Shipped.WithDirectory(_folder);
        var revision = catalog.Get("national/2021-2025/commune-standard@2025-07-01");

        Assert.Equal(
            DateOnly.ParseExact(lastDay, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            revision.LastDayInForce
        );
        Assert.Equal(
            versionOn2026,
            catalog.Get("national/2021-2025/commune-standard", new DateOnly(2026, 1, 31)).Version
        );
    }

    // The tiers fixture's inputs file, as a rule file written elsewhere names it.
    private static string TiersInputsFile =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiers", "inputs.json")
            .Replace("\\", "/", StringComparison.Ordinal);
}
