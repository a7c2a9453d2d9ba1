using Ntm.Criteria.Rules;
using static Ntm.Criteria.Tests.Communes;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Every indicator of every shipped set at its thresholds: the expression in the rule file must agree with the
/// threshold table in its Properties, at the threshold and just beyond it, in each region, group and year a row
/// covers (two of them where a row covers all).
/// </summary>
public class ThresholdBoundaryTests
{
    public static TheoryData<string, string, string> Indicators()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var set in Catalog.Sets)
        {
            foreach (var indicator in set.Preconditions.Concat(set.Criteria).SelectMany(c => c.Indicators))
            {
                data.Add(set.Id, set.Version, indicator.Number);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Indicator_AtAndBeyondEachThreshold_AgreesWithItsTable(string id, string version, string number)
    {
        var set = Catalog.Versions(id).Single(s => s.Version == version);
        var indicator = set.FindIndicator(number)!;
        var byGroup = set.ThresholdsBy == "CommuneGroup";
        string[] regions = ["TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"];
        var checkedCases = 0;
        foreach (var threshold in indicator.Thresholds.Where(t => !t.IsGeneral && t.IsSet))
        {
            var contexts =
                threshold.Region is not null || byGroup ? [threshold.Region ?? "DBSH"] : new[] { "DBSH", "TN" };
            int?[] groups =
                threshold.Group is { } g ? [g]
                : byGroup ? [1, 3]
                : [2];
            foreach (var region in contexts)
            {
                foreach (var group in groups)
                {
                    var year = threshold.Year ?? 2023;
                    foreach (var (value, expected) in Cases(set, indicator, threshold))
                    {
                        Assert.Equal(
                            (region, group, year, value, expected),
                            (region, group, year, value, Evaluate(set, indicator, region, group, year, value))
                        );
                        checkedCases++;
                    }
                }
            }
        }

        // Where the table has no value for a region (or year), the outcome is "threshold not set", and the raw rule
        // says "not achieved" for RulesEngine users.
        foreach (
            var region in regions
                .Where(r => indicator.ThresholdFor(r, 2, 2023) is not { IsSet: true })
                .Take(byGroup ? 0 : 2)
        )
        {
            var value = AnyValue(set, indicator);
            Assert.Equal((region, Outcome.ThresholdNotSet), (region, Evaluate(set, indicator, region, 2, 2023, value)));
            var record = Record(
                set,
                [
                    ("Region", region),
                    ("AssessmentYear", 2023),
                    (indicator.Input, value),
                    .. ApplicabilityInputs(indicator),
                ]
            );
            Assert.Equal(RuleOutcome.NotAchieved, set.Workflow.Evaluate(record).All[indicator.RuleIndex].Outcome);
            checkedCases++;
        }

        Assert.True(checkedCases > 0 || byGroup, $"{id} {number} has no case");
    }

    [Fact]
    public void Indicator_CommuneTakingNorthernMountainThresholdsBeforeQD211_UsesThem()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2023, 12, 31));

        Assert.Equal(Outcome.NotAchieved, Evaluate(set, set.FindIndicator("15.3")!, "DBSH", 2, 2023, 24.0));
        var record = Record(
            set,
            ("Region", "DBSH"),
            ("UsesNorthernMountainThresholds", true),
            ("ChildStuntingRate", 24.0)
        );
        var result = set.Evaluate(record)["15.3"]!;
        Assert.Equal(Outcome.Achieved, result.Outcome);
        Assert.Equal("TDMNPB", result.Required!.Region);
    }

    // QĐ 211/QĐ-TTg (01/03/2024) sends these communes to the TDMNPB thresholds, in the standard and the advanced set.
    public static TheoryData<string, object> QD211Communes() =>
        new()
        {
            { "EthnicMinorityAreaZone", 2.0 },
            { "EthnicMinorityAreaZone", 3.0 },
            { "IsEspeciallyDifficultCoastalCommune", true },
            { "IsSafeZoneCommuneOfPoorDistrict", true },
        };

    [Theory]
    [MemberData(nameof(QD211Communes))]
    public void Indicator_CommuneOfQD211_TakesTheNorthernMountainThresholdsInTheAmendedVersionOnly(
        string fact,
        object value
    )
    {
        var amended = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2024, 6, 30));
        var original = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2023, 6, 30));

        // 16.5 is DBSH's ceiling for stunting, 24 TDMNPB's: 20 is achieved only under the TDMNPB thresholds.
        var inAmended = amended.Evaluate(
            Record(amended, ("Region", "DBSH"), (fact, value), ("ChildStuntingRate", 20.0))
        )["15.3"];
        var inOriginal = original.Evaluate(
            Record(original, ("Region", "DBSH"), (fact, value), ("ChildStuntingRate", 20.0))
        )["15.3"];

        Assert.Equal((Outcome.Achieved, "TDMNPB"), (inAmended.Outcome, inAmended.Required!.Region));
        Assert.Equal((Outcome.NotAchieved, "DBSH"), (inOriginal.Outcome, inOriginal.Required!.Region));
    }

    [Theory]
    [InlineData("EthnicMinorityAreaZone", 1.0)]
    [InlineData("EthnicMinorityAreaZone", 0.0)]
    [InlineData("IsEspeciallyDifficultCoastalCommune", false)]
    [InlineData("UsesNorthernMountainThresholds", true)]
    public void Indicator_OtherCommunes_KeepTheirRegionInTheAmendedVersion(string fact, object value)
    {
        var amended = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2024, 6, 30));

        var result = amended.Evaluate(Record(amended, ("Region", "DBSH"), (fact, value), ("ChildStuntingRate", 20.0)))[
            "15.3"
        ];

        Assert.Equal((Outcome.NotAchieved, "DBSH"), (result.Outcome, result.Required!.Region));
    }

    [Fact]
    public void Set_AdvancedAmendedVersion_RoutesTheSameCommunesAsTheStandard()
    {
        var standard = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2024, 6, 30));
        var advanced = Catalog.Get("national/2021-2025/commune-advanced", new DateOnly(2024, 6, 30));

        Assert.Equal(standard.RegionOverride!.ToString(), advanced.RegionOverride!.ToString());
        Assert.Equal(
            "UsesNorthernMountainThresholds → TDMNPB",
            Catalog.Get("national/2021-2025/commune-advanced", new DateOnly(2023, 6, 30)).RegionOverride!.ToString()
        );
    }

    [Fact]
    public void Indicator_Income2016To2020_SetOnlyForTheYearTheSourcesGive()
    {
        var set = Catalog.Get("national/2016-2020/commune-standard");
        var income = set.FindIndicator("10")!;

        Assert.Equal(Outcome.Achieved, Evaluate(set, income, "DNB", 2, 2020, 59.0));
        Assert.Equal(Outcome.NotAchieved, Evaluate(set, income, "DNB", 2, 2020, 58.99));
        Assert.Equal(Outcome.Achieved, Evaluate(set, income, "TDMNPB", 2, 2020, 36.0));
        Assert.Equal(Outcome.ThresholdNotSet, Evaluate(set, income, "DNB", 2, 2019, 70.0));
    }

    private static IEnumerable<(object Value, Outcome Expected)> Cases(
        CriteriaSet set,
        Indicator indicator,
        Threshold threshold
    )
    {
        var declaration = set.Inputs.Declarations.Single(d => d.Name == indicator.Input);
        var step = declaration.Type == InputType.Integer ? 1 : 0.01;
        object Of(double v) => declaration.Type == InputType.Integer ? (int)v : v;
        switch (indicator.Direction)
        {
            case ThresholdDirection.MustHold or ThresholdDirection.MustNotHold:
                var required = threshold.Value.Boolean;
                yield return (required, Outcome.Achieved);
                yield return (!required, Outcome.NotAchieved);
                break;
            default:
                var value = threshold.Value.Number;
                var beyond = indicator.Direction == ThresholdDirection.AtLeast ? value - step : value + step;
                yield return (Of(value), Outcome.Achieved);
                if (
                    beyond >= (declaration.Minimum ?? double.MinValue)
                    && beyond <= (declaration.Maximum ?? double.MaxValue)
                )
                {
                    yield return (Of(beyond), Outcome.NotAchieved);
                }

                break;
        }
    }

    private static object AnyValue(CriteriaSet set, Indicator indicator) =>
        set.Inputs.Declarations.Single(d => d.Name == indicator.Input).Type switch
        {
            InputType.Boolean => true,
            InputType.Integer => 1,
            _ => 50.0,
        };

    private static Outcome Evaluate(
        CriteriaSet set,
        Indicator indicator,
        string region,
        int? group,
        int year,
        object value
    )
    {
        // Village sets have no region or group.
        (string Name, object? Value)[] context =
        [
            ("Region", region),
            ("CommuneGroup", group),
            ("AssessmentYear", year),
        ];
        var record = Record(
            set,
            [
                .. context.Where(c => set.Inputs.IndexOf(c.Name) >= 0),
                (indicator.Input, value),
                .. ApplicabilityInputs(indicator),
            ]
        );
        return set.Evaluate(record)[indicator.Number]!.Outcome;
    }

    /// <summary>
    /// The inputs that make a "nếu có" indicator apply (its condition is written <c>input.Flag</c>), and for a measure
    /// that chooses between inputs (criterion 7: a market if there is one, a store otherwise) the flag that makes it
    /// read the indicator's input.
    /// </summary>
    private static (string Name, object? Value)[] ApplicabilityInputs(Indicator indicator) =>
        [
            .. indicator.AppliesWhen is { } condition
                ? [(condition["input.".Length..], (object?)true)]
                : Array.Empty<(string, object?)>(),
            .. indicator.Measure is { } measure
            && measure.StartsWith("input.", StringComparison.Ordinal)
            && measure.Contains(" ? input." + indicator.Input + " :", StringComparison.Ordinal)
                ? [(measure["input.".Length..measure.IndexOf(' ', StringComparison.Ordinal)], (object?)true)]
                : Array.Empty<(string, object?)>(),
        ];

    [Fact]
    public void RegionalThreshold_RegionMissing_IsMissingDataNotAnOpenThreshold()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2023, 6, 30));

        var withoutRegion = set.Evaluate(Record(set, ("ChildStuntingRate", 10.0), ("IncomePerCapita", 80.0)));

        Assert.Equal(Outcome.MissingData, withoutRegion["15.3"]!.Outcome);
        Assert.Equal(Outcome.ThresholdNotSet, withoutRegion["10"]!.Outcome);
        Assert.Equal(
            Outcome.Achieved,
            set.Evaluate(Record(set, ("ChildStuntingRate", 10.0), ("Region", "DBSH")))["15.3"]!.Outcome
        );
    }
}
