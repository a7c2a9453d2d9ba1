namespace Ntm.Criteria.Cli.Tests;

/// <summary>How explain says the condition an indicator applies under.</summary>
public class ConditionTextTests
{
    [Theory]
    [InlineData("vi", "input.HasTraditionalCraft", "\"Xã có nghề truyền thống\"")]
    [InlineData("en", "input.HasTraditionalCraft == true", "\"The commune has a traditional craft\"")]
    [InlineData("en", "input.AgricultureShareOfEconomy < 10", "input.AgricultureShareOfEconomy < 10")]
    [InlineData(
        "en",
        "input.HasTraditionalCraft && input.HasRuralMarket",
        "input.HasTraditionalCraft && input.HasRuralMarket"
    )]
    [InlineData("en", "input.NoSuchInput", "input.NoSuchInput")]
    public void Condition_OneYesNoInput_IsItsLabel_AnyOtherIsAsWritten(string language, string condition, string said)
    {
        Assert.Equal(said, Texts.For(language).Condition(condition, NtmInputs.Schema));
    }
}
