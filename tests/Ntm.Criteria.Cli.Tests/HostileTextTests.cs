namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Names and values from a data file never act on what shows the report: terminal escape sequences become symbols in
/// every format and on standard error, and HTML or links stay text in Markdown.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    private const string Escape = "\u001b[31mĐỎ\u001b[0m";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Data() =>
        _folder.Write(
            "hostile.csv",
            "CommuneId,CommuneName,District,Region,AssessmentYear,IrrigatedFarmlandRate\n"
                + $"A1,\"Xã {Escape}\",\"<script>alert(1)</script>\",BTB,2024,90\n"
                + "A2,\"[bấm vào](javascript:alert(1))\",Huyện \u202Eđảo\u202C,BTB,2024,80\n"
                + $"A3,Xã Ba,Huyện Ba,\"BTB{Escape}\",2024,70\n"
        );

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    [InlineData("csv")]
    [InlineData("json")]
    public void Evaluate_EscapeSequencesInNamesAndValues_NeverReachTheOutputOrStandardError(string format)
    {
        var result = Cli.Run("evaluate", Data(), "--format", format);

        // JSON escapes control characters itself (\u001B); a reversed-direction mark is ordinary text to a JSON reader.
        var shown = format == "markdown" ? "␛\\[31mĐỎ␛\\[0m" : "␛[31mĐỎ␛[0m";
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain('\u001b', result.Error);
        if (format != "json")
        {
            Assert.DoesNotContain('\u202E', result.Out);
            Assert.Contains("Xã " + shown, result.Out, StringComparison.Ordinal);
        }

        // The row with the bad region is rejected, its value shown with the symbol (on standard error for CSV).
        Assert.Contains(
            "BTB" + shown,
            format == "csv" ? result.Error
                : format == "json" ? result.Out.Replace("\\u001B", "␛", StringComparison.Ordinal)
                : result.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_Markdown_KeepsHtmlAndLinksAsText()
    {
        var result = Cli.Run("evaluate", Data(), "--format", "markdown");

        Assert.DoesNotContain("<script>", result.Out, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[bấm vào](javascript", result.Out, StringComparison.Ordinal);
        Assert.Contains("\\[bấm vào\\](javascript:alert(1))", result.Out, StringComparison.Ordinal);
    }
}
