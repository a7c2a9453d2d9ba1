using System.Globalization;
using static Ntm.Criteria.Tests.Communes;

namespace Ntm.Criteria.Tests;

public class TierTests
{
    private static readonly DateOnly Mid2023 = new(2023, 6, 30);

    [Fact]
    public void EvaluateTiers_2021To2025Commune_FollowsStandardAdvancedModel()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard", Mid2023);

        var report = Catalog.EvaluateTiers(Complete(set), Level.Commune, Mid2023);

        Assert.Equal([Tier.Standard, Tier.Advanced, Tier.Model], report.Chain.Select(r => r.Set.Tier));
        Assert.Null(report.Reached);
        Assert.Equal(Tier.Standard, report.Next);
        Assert.Equal("tier: none; next: Standard (6/19 criteria, 35/57 indicators)", report.ToString());
    }

    [Fact]
    public void EvaluateTiers_2026Commune_SaysTheNextSetIsNotEncoded_NeverZeroOfZero()
    {
        var commune = NtmInputs.CreateBuilder().Set(NtmInputs.CommuneGroup, 2).Build();

        var report = Catalog.EvaluateTiers(commune, Level.Commune, new DateOnly(2026, 12, 31));

        Assert.Equal(
            "tier: none; next: Standard (not encoded: 10 criteria, no indicator in the sources)",
            report.ToString()
        );
    }

    [Fact]
    public void EvaluateTiers_Gap_ListsWhatTheNextTierMissesWithAmounts()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard", Mid2023);
        var commune = Record(
            set,
            ("Region", "BTB"),
            ("IrrigatedFarmlandRate", 76.5),
            ("ChildStuntingRate", 26.0),
            ("DisasterPreparednessMet", true),
            ("IncomePerCapita", 50.0)
        );

        var gap = Catalog.EvaluateTiers(commune, Level.Commune, Mid2023).Gap.ToList();

        Assert.Equal(3.5, gap.Single(i => i.Indicator.Number == "3.1").Gap!.Value, 6);
        Assert.Equal(1.0, gap.Single(i => i.Indicator.Number == "15.3").Gap!.Value, 6);
        Assert.DoesNotContain(gap, i => i.Indicator.Number == "3.2");
        Assert.Contains(gap, i => i.Indicator.Number == "10" && i.Outcome == Outcome.ThresholdNotSet);
        Assert.Contains(gap, i => i.Indicator.Number == "1.1" && i.Outcome == Outcome.MissingData);
    }

    [Fact]
    public void Gap_IsRoundedToTheDecimalsItsValuesAreWrittenWith()
    {
        // 90 - 89.7 in doubles is 0.30000000000000115; a district plans against 0.3.
        var set = Catalog.Get("national/2021-2025/commune-standard", Mid2023);

        var report = set.Evaluate(Record(set, ("Region", "BTB"), ("IrrigatedFarmlandRate", 79.7)));

        Assert.Equal(0.3, report["3.1"]!.Gap);
    }

    [Fact]
    public void Evaluate_EmptyCellUnderAnOpenThreshold_IsMissingData()
    {
        // A district finds its data gaps whatever the sources lack: the income threshold is open, the cell is empty.
        var set = Catalog.Get("national/2021-2025/commune-standard", Mid2023);

        var empty = set.Evaluate(Record(set, ("Region", "BTB")));
        var given = set.Evaluate(Record(set, ("Region", "BTB"), ("IncomePerCapita", 50.0)));

        Assert.Equal(Outcome.MissingData, empty["10"]!.Outcome);
        Assert.Equal(Outcome.ThresholdNotSet, given["10"]!.Outcome);
    }

    [Fact]
    public void EvaluateTiers_HigherTierWithoutLowerOne_DoesNotCount()
    {
        // The model conditions can be met while the standard set is not: the chain still stops at the bottom.
        var model = Catalog.Get("national/2021-2025/commune-model", Mid2023);
        var commune = Record(
            model,
            ("IsAdvancedCommune20212025", true),
            ("SmartVillageModels", 2),
            ("MeetsOutstandingFieldCriteria", true)
        );

        var report = Catalog.EvaluateTiers(commune, Level.Commune, Mid2023);

        Assert.Null(report.Reached);
        Assert.Equal(Tier.Standard, report.Next);
        Assert.Equal(2, report.Chain[2].CriteriaAchieved);
        Assert.Equal(Outcome.NotAchieved, report.Chain[2].Criteria[0].Outcome);
        Assert.True(Assert.Single(report.PrerequisiteDisagreements).Given);
    }

    [Fact]
    public void EvaluateTiers_NextTierWithoutIndicators_SaysSo()
    {
        var report = Catalog.EvaluateTiers(
            Complete(Catalog.Get("national/2026-2030/commune")),
            Level.Commune,
            new DateOnly(2026, 6, 30)
        );

        Assert.Equal(10, report.NextCriteriaNotEncoded.Count());

        // 2026-2030: the commune set, then the modern commune, whose criteria each province issues.
        Assert.Equal(
            ["national/2026-2030/commune", "national/2026-2030/commune-modern"],
            report.Chain.Select(r => r.Set.Id)
        );
        Assert.Equal(Outcome.NotEncoded, Assert.Single(report.Chain[1].Preconditions).Outcome);
        Assert.Null(report.Reached);
    }

    [Fact]
    public void EvaluateTiers_NoSetInForce_IsMisuse()
    {
        var set = Catalog.Get("national/2021-2025/district-standard");

        var exception = Assert.Throws<ArgumentException>(() =>
            Catalog.EvaluateTiers(Complete(set), Level.District, new DateOnly(2026, 1, 1))
        );

        Assert.StartsWith(
            "No district set is in force on 2026-01-01; the district sets are in force 2022-03-08 to 2025-06-30.",
            exception.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(Level.Commune, "2010-01-01", "the commune sets are in force 2016-12-01 to 2030-12-31")]
    [InlineData(Level.Province, "2025-06-30", "the province sets are in force 2026-02-15 to 2030-12-31")]
    public void InForce_ADateNoSetOfTheLevelCovers_IsToldTheDaysTheSetsCover(Level level, string date, string told)
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            TierChain.InForce(Catalog, level, DateOnly.Parse(date, CultureInfo.InvariantCulture))
        );

        Assert.Contains($"; {told}.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchInForce_OfALevelOnlyProvincesHaveSetsOf_NamesTheirSets_NotThatThereIsNone()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            BatchEvaluator.InForce(Catalog, Level.Village, new DateOnly(2024, 12, 31))
        );

        Assert.StartsWith(
            "No national village set is in force on 2024-12-31; the provinces' own sets in force "
                + "(provincial/ha-tinh/residential-area-model, provincial/thanh-hoa/village-model, "
                + "provincial/thanh-hoa/village-standard) apply to their province's localities only",
            exception.Message,
            StringComparison.Ordinal
        );
    }
}
