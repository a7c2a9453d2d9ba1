using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>The number an error message offers in place of a text that is not one: only a number standing alone.</summary>
public class NumberInTextTests
{
    [Theory]
    [InlineData("Nhóm 2", "2")]
    [InlineData("≥ 80%", "80")]
    [InlineData("≥80%", "80")]
    [InlineData("12,5 (ước tính)", "12,5")]
    [InlineData("khoảng 1.234,5 tr", "1.234,5")]
    [InlineData("#DIV/0!", null)] // a spreadsheet's error, not a value
    [InlineData("KV2", null)] // a number inside a word
    [InlineData("1 - 2", null)] // two numbers
    [InlineData("chưa có", null)]
    [InlineData("80", null)] // already a number: nothing to offer
    public void Only_IsTheOneNumberStandingAlone(string text, string? expected) =>
        Assert.Equal(expected, NumberInText.Only(text));
}
