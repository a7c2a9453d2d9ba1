namespace Ntm.Criteria.Rules.Tests;

/// <summary>Spelling: the edit distance and nearest names behind every "did you mean" message.</summary>
public sealed class SpellingTests
{
    [Theory]
    [InlineData("Region", "Region", false, 0)]
    [InlineData("Regoin", "Region", false, 1)] // two letters swapped: one slip
    [InlineData("mni", "min", false, 1)]
    [InlineData("mni", "max", false, 2)]
    [InlineData("ba", "ab", false, 1)]
    [InlineData("Rgeoin", "Region", false, 2)]
    [InlineData("region", "Region", false, 1)]
    [InlineData("region", "Region", true, 0)]
    [InlineData("", "abc", false, 3)]
    public void EditDistance_CountsSingleCharacterEditsAndSwaps(string a, string b, bool ignoreCase, int expected) =>
        Assert.Equal(expected, Spelling.EditDistance(a, b, ignoreCase));

    [Fact]
    public void Closest_FewestEditsFirst_TiesInTheGivenOrderOrAsGiven()
    {
        string[] candidates = ["17.10", "17.2", "17.1", "18.1"];

        Assert.Equal(["17.1", "17.10", "17.2"], Spelling.Closest("17.1", candidates, tieBreak: StringComparer.Ordinal));
        Assert.Equal(["17.1", "17.10", "17.2"], Spelling.Closest("17.1", candidates));
        Assert.Equal(["17.1"], Spelling.Closest("17.1", candidates, count: 1));
        Assert.Equal(["Score"], Spelling.Closest("SCORE", ["Score", "Scope"], count: 1, ignoreCase: true));
    }

    [Fact]
    public void Closest_WithAMaximumDistance_LeavesFartherCandidatesOut()
    {
        string[] candidates = ["Income", "IncomePerCapita", "Outcome"];

        Assert.Equal(["Income", "Outcome"], Spelling.Closest("Incone", candidates, maxDistance: 4));
        Assert.Equal(["Income"], Spelling.Closest("Incone", candidates, maxDistance: 1));
        Assert.Empty(Spelling.Closest("Population", candidates, maxDistance: 2));
    }

    [Theory]
    // A slip of two letters first, even where a longer name holds every word.
    [InlineData("RoadRat", "RoadRate")]
    // The one name with every word typed, in order, a word left out: "FieldRoadRate" is fewer edits away.
    [InlineData("PavedRoadRate", "PavedCommuneRoadRate")]
    [InlineData("paved_road_rate", "PavedCommuneRoadRate")]
    // Two names hold the words: neither is meant for that, and the nearest within a third of its length is.
    [InlineData("RoadRates", "RoadRate")]
    // A single word held is no sign.
    [InlineData("Field", null)]
    public void Meant_ASlipFirst_ThenTheOnlyNameWithTheWordsTyped_ThenTheNearest(string word, string? expected)
    {
        string[] names = ["RoadRate", "FieldRoadRate", "PavedCommuneRoadRate", "RoadRatesByVillage", "FieldRoadRates"];

        Assert.Equal(expected, Spelling.Meant(word, names));
    }
}
