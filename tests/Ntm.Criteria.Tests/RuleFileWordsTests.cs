namespace Ntm.Criteria.Tests;

/// <summary>
/// The words rule files write statuses and directions with: each value has one, and reads back as itself.
/// </summary>
public class RuleFileWordsTests
{
    [Fact]
    public void Every_status_reads_back_from_its_word()
    {
        Assert.All(
            Enum.GetValues<ValueStatus>(),
            status => Assert.Equal(status, RuleFileWords.StatusNamed(RuleFileWords.Of(status)))
        );
        Assert.Equal(["confirmed", "unconfirmed", "notSet"], Enum.GetValues<ValueStatus>().Select(RuleFileWords.Of));
    }

    [Fact]
    public void Every_direction_reads_back_from_its_word()
    {
        Assert.All(
            Enum.GetValues<ThresholdDirection>(),
            direction => Assert.Equal(direction, RuleFileWords.DirectionNamed(RuleFileWords.Of(direction)))
        );
        Assert.Equal(["min", "max", "true", "false"], Enum.GetValues<ThresholdDirection>().Select(RuleFileWords.Of));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Confirmed")]
    [InlineData("not set")]
    [InlineData(">=")]
    public void A_word_of_neither_names_nothing(string? word)
    {
        Assert.Null(RuleFileWords.StatusNamed(word));
        Assert.Null(RuleFileWords.DirectionNamed(word));
    }
}
