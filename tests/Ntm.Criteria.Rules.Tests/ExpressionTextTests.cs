namespace Ntm.Criteria.Rules.Tests;

/// <summary>
/// ExpressionText: expressions compared as parsed, the way a loader holds an expression to the one it writes, and the
/// inputs they name.
/// </summary>
public sealed class ExpressionTextTests
{
    [Theory]
    [InlineData("input.X >= 80", "input.X >= 80.0")]
    [InlineData("input.X>=80", "(input.X >= 80)")]
    [InlineData(
        "region == \"TDMNPB\" ? input.X >= 50.0 : region == \"DBSH\" ? input.X >= 70.0 : false",
        "(region == \"TDMNPB\" ? input.X >= 50.0 : (region == \"DBSH\" ? input.X >= 70.0 : false))"
    )]
    [InlineData("input.A and input.B", "input.A && input.B")]
    [InlineData("!(input.A)", "!input.A")]
    public void AreSame_SpellingAndParenthesesAside_IsTrue(string left, string right) =>
        Assert.True(ExpressionText.AreSame(left, right));

    [Theory]
    [InlineData("input.X >= 80", "input.X >= 90.0")]
    [InlineData("input.X >= 80", "input.X > 80")]
    [InlineData("input.X >= 80", "80 <= input.X")]
    [InlineData("input.X >= 80", "input.Y >= 80")]
    [InlineData("\"80\" == input.T", "80 == input.T")]
    [InlineData("input.X >= 80 &&", "input.X >= 80")]
    [InlineData("(region == \"TDMNPB\" ? input.X >= 50.0 : false)", "(region == \"DBSH\" ? input.X >= 50.0 : false)")]
    public void AreSame_AnotherTreeOrOneThatDoesNotParse_IsFalse(string left, string right) =>
        Assert.False(ExpressionText.AreSame(left, right));

    [Fact]
    public void AreSame_ParametersStandForTheirExpressions()
    {
        ScopedParam[] parameters = [new("ceiling", "15.0"), new("twice", "ceiling * 2")];

        Assert.True(ExpressionText.AreSame("input.X <= ceiling", "input.X <= 15", parameters));
        Assert.True(ExpressionText.AreSame("input.X <= twice", "input.X <= 15 * 2", parameters));
        Assert.False(ExpressionText.AreSame("input.X <= ceiling", "input.X <= 16", parameters));
        Assert.False(ExpressionText.AreSame("input.X <= ceiling", "input.X <= 15"));
    }

    [Theory]
    [InlineData("input.WaterSource == \"piped\"", new[] { "WaterSource" })]
    [InlineData("input.B && (input.X >= 80 || Math.Abs(input.Y) in (1, input.X))", new[] { "B", "X", "Y" })]
    [InlineData("region == \"input.Z\" ? input . A : false", new[] { "A" })]
    [InlineData("input.X >=", new string[0])]
    public void InputsNamed_AreTheInputsReadAsInputDotName_InOrder(string expression, string[] inputs) =>
        Assert.Equal(inputs, ExpressionText.InputsNamed(expression));
}
