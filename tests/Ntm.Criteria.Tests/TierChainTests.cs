using static Ntm.Criteria.Tests.Synthetic;

namespace Ntm.Criteria.Tests;

/// <summary>The tier chain on the synthetic catalog, where every tier can be reached.</summary>
public class TierChainTests
{
    [Fact]
    public void InForce_FollowsRequirements()
    {
        Assert.Equal(
            "test/commune-standard@2022-01-01 → test/commune-advanced@2022-01-01 → test/commune-model@2022-01-01",
            Chain.ToString()
        );
        Assert.Equal(Level.Commune, Chain.Level);
    }

    [Theory]
    [InlineData(45.0, 15.0, null)]
    [InlineData(55.0, 15.0, Tier.Standard)]
    [InlineData(75.0, 5.0, Tier.Advanced)]
    [InlineData(95.0, 5.0, Tier.Model)]
    [InlineData(95.0, 15.0, Tier.Standard)]
    public void Evaluate_HighestTierWithEveryTierBelow(double score, double poverty, Tier? expected)
    {
        var report = Chain.Evaluate(Commune(score: score, poverty: poverty, craft: false));

        Assert.Equal(expected, report.Reached);
    }

    [Fact]
    public void Evaluate_RegionalThreshold_Applies()
    {
        Assert.Equal(Tier.Standard, Chain.Evaluate(Commune("North", score: 45, poverty: 15, craft: false)).Reached);
        Assert.Null(Chain.Evaluate(Commune("South", score: 45, poverty: 15, craft: false)).Reached);
    }

    [Fact]
    public void Evaluate_PrerequisiteNotGiven_TakesTheComputedTier()
    {
        var advanced = Chain.Evaluate(Commune(score: 95, poverty: 5, craft: false));
        var standardOnly = Chain.Evaluate(Commune(score: 95, poverty: 15, craft: false));

        Assert.Equal(Outcome.Achieved, advanced.Chain[2].Criteria[0].Outcome);
        Assert.Equal(Outcome.NotAchieved, standardOnly.Chain[2].Criteria[0].Outcome);
        Assert.True(advanced.Chain[2]["1"]!.Actual.Boolean);
    }

    [Fact]
    public void Evaluate_PrerequisiteGivenOtherwise_TakesTheChainsResultAndSaysSo()
    {
        // The data says advanced; the chain finds the commune standard only: one report never says both.
        var report = Chain.Evaluate(Commune(score: 95, poverty: 15, craft: false, advanced: true));

        Assert.Equal(Outcome.NotAchieved, report.Chain[2].Criteria[0].Outcome);
        Assert.Equal(Tier.Standard, report.Reached);
        var disagreement = Assert.Single(report.PrerequisiteDisagreements);
        Assert.Equal(
            (report.Chain[1].Set, true, false),
            (disagreement.Prerequisite, disagreement.Given, disagreement.Computed)
        );
        Assert.Equal(report.Chain[2].Criteria[0].Indicators[0].Indicator, disagreement.Indicator);
    }

    [Fact]
    public void Evaluate_PrerequisiteGivenAsTheChainFindsItOrNotGiven_AgreesSilently()
    {
        var given = Chain.Evaluate(Commune(score: 95, poverty: 5, craft: false, advanced: true));
        var notGiven = Chain.Evaluate(Commune(score: 95, poverty: 5, craft: false));

        Assert.Equal((Tier.Model, Tier.Model), (given.Reached, notGiven.Reached));
        Assert.Empty(given.PrerequisiteDisagreements);
        Assert.Empty(notGiven.PrerequisiteDisagreements);
    }

    [Fact]
    public void Evaluate_NotApplicableIndicator_CountsAsAchievedMissingConditionDoesNot()
    {
        var noCraft = Chain.Evaluate(Commune(score: 55, poverty: 15, craft: false)).Chain[0];
        var unknownCraft = Chain.Evaluate(Commune(score: 55, poverty: 15)).Chain[0];

        Assert.Equal(Outcome.NotApplicable, noCraft["3.1"]!.Outcome);
        Assert.Equal("3/3 criteria, 3/3 indicators", noCraft.ToString());
        Assert.Equal(Outcome.MissingData, unknownCraft["3.1"]!.Outcome);
        Assert.Equal("2/3 criteria, 2/3 indicators", unknownCraft.ToString());
    }

    [Fact]
    public void Gap_NextTierWithAmounts()
    {
        var report = Chain.Evaluate(Commune(score: 55, poverty: 12.5, craft: false));

        Assert.Equal(Tier.Standard, report.Reached);
        Assert.Equal(Tier.Advanced, report.Next);
        Assert.Equal([("1.1", 15.0), ("2.1", 2.5)], report.Gap.Select(g => (g.Indicator.Number, g.Gap!.Value)));
    }

    [Fact]
    public void InputsRead_LeaveOutWhatTheChainGivesFromAnEarlierSet()
    {
        var model = Chain.Sets[2];
        var alone = TierChain.From([model]).Single();

        Assert.Contains("IsAdvanced", model.InputsRead.Select(i => i.Name));
        Assert.Contains("IsAdvanced", alone.InputsRead.Select(i => i.Name));
        Assert.DoesNotContain("IsAdvanced", Chain.InputsRead.Select(i => i.Name));
        Assert.Equal(
            Chain.Sets.SelectMany(s => s.InputsRead).Select(i => i.Name).Distinct().Order().Except(["IsAdvanced"]),
            Chain.InputsRead.Select(i => i.Name).Order()
        );
    }

    [Fact]
    public void UnevaluatedRequirement_IsTheFirstSetsWhenNeitherTheChainNorTheDataGivesIt()
    {
        var (advanced, model) = (Chain.Sets[1], Chain.Sets[2]);

        // The model tier takes "is advanced" from the data when the chain does not evaluate it; the advanced tier
        // takes nothing of the standard tier.
        Assert.Equal(
            ((string?)null, (string?)"test/commune-standard", (string?)null),
            (
                Chain.UnevaluatedRequirement?.SetId,
                TierChain.From([advanced]).Single().UnevaluatedRequirement?.SetId,
                TierChain.From([model]).Single().UnevaluatedRequirement?.SetId
            )
        );
    }

    [Fact]
    public void From_ArrangesSetsIntoChainsInGivenOrder()
    {
        var shipped = CriteriaCatalog.Shipped;
        var sets = new[]
        {
            shipped.Get("national/2026-2030/commune"),
            shipped.Get("national/2021-2025/commune-model"),
            shipped.Get("national/2021-2025/commune-standard"),
            shipped.Get("national/2021-2025/commune-advanced"),
        };

        var chains = TierChain.From(sets);

        Assert.Equal(
            ["national/2026-2030/commune", "national/2021-2025/commune-standard"],
            chains.Select(c => c.Sets[0].Id)
        );
        Assert.Equal([Tier.Standard, Tier.Advanced, Tier.Model], chains[1].Sets.Select(s => s.Tier));
    }

    [Fact]
    public void From_NoSet_GivesNoChain() => Assert.Empty(TierChain.From([]));

    [Fact]
    public void From_SetGivenTwiceOrSetsOfOtherInputs_IsMisuse()
    {
        var standard = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard");

        Assert.Equal(
            "The set national/2021-2025/commune-standard@2024-03-01 is given twice. (Parameter 'sets')",
            Assert.Throws<ArgumentException>(() => TierChain.From([standard, standard])).Message
        );
        Assert.StartsWith(
            "The sets national/2021-2025/commune-standard@2024-03-01, "
                + "test/commune-advanced@2022-01-01 read different inputs",
            Assert
                .Throws<ArgumentException>(() => TierChain.From([standard, Catalog.Get("test/commune-advanced")]))
                .Message,
            StringComparison.Ordinal
        );
    }
}
