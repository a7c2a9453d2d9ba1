using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// The row under a form's header that numbers its columns ("(1)", "(2)", … or "A", "B", "1", "2", …) is passed over
/// and named; a commune's row, whatever its numbers, is read.
/// </summary>
public sealed class ColumnNumberingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("(1),(2),(3),(4),(5)", "'(1)', '(2)', '(3)', …")]
    [InlineData("A,B,1,2,3", "'A', 'B', '1', …")]
    [InlineData("[1],[2],[3],,", "'[1]', '[2]', '[3]', …")]
    public void Evaluate_ARowNumberingTheColumns_IsPassedOverAndNamed(string numbering, string shown)
    {
        var path = _folder.Write(
            "communes.csv",
            "Mã xã,Tên xã,AssessmentYear,Region,IrrigatedFarmlandRate\n" + numbering + "\nX1,Xã Một,2024,BTB,85\n"
        );

        var result = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        var root = System.Text.Json.JsonDocument.Parse(result.Out).RootElement;
        var commune = Assert.Single(root.GetProperty("localities").EnumerateArray());
        Assert.Equal(("X1", 3), (commune.GetProperty("id").GetString(), commune.GetProperty("row").GetInt32()));
        Assert.Equal((1, 1, 0), Cli.RowCounts(root));
        Assert.Contains(
            $"TEMP/{Path.GetFileName(_folder.Path)}/communes.csv: row 2 numbers the columns ({shown}) and is no "
                + "commune: skipped",
            result.Error.Split('\n').Select(l => l.TrimEnd())
        );
    }

    [Theory]
    [InlineData(new object[] { "(1)", "(2)", "(3)" }, true)]
    [InlineData(new object[] { 1.0, 2.0, 3.0, 4.0 }, true)]
    [InlineData(new object[] { "A", "B", "C", "1", "2", "3" }, true)]
    [InlineData(new object[] { "1", "2" }, false)]
    [InlineData(new object[] { "1", "3", "4" }, false)]
    [InlineData(new object[] { "1", "2", "3", "A" }, false)]
    [InlineData(new object[] { "X1", "(2)", "(3)", "(4)" }, false)]
    [InlineData(new object[] { "7", "8", "9", "10" }, false)]
    public void Of_TakesOnlyLabelsInOrder(object[] cells, bool numbers)
    {
        Assert.Equal(numbers, ColumnNumbering.Of(new RawRow(2, cells)) is not null);
    }
}
