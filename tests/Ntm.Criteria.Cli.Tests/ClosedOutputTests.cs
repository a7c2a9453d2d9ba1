using System.Diagnostics;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// A reader that closes the output (<c>ntm evaluate … | head</c>) stops the run: the process is started for real.
/// </summary>
public sealed class ClosedOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Evaluate_OutputClosedByItsReader_StopsWithAMessage()
    {
        var lines = File.ReadAllLines(Cli.File("samples/communes.csv"));
        var rows = Enumerable.Range(0, 50_000).Select(i => "Z" + i + lines[2 + (i % 586)][5..]);
        var path = _folder.Write("many.csv", string.Join("\n", rows.Prepend(lines[1])) + "\n");
        var start = new ProcessStartInfo(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ntm.dll"), "evaluate", path, "--format", "csv", "--lang", "en"]
        )
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var first = await process.StandardOutput.ReadLineAsync();
        process.StandardOutput.Close();
        var exited = process.WaitForExit(TimeSpan.FromSeconds(60));

        Assert.True(exited, "ntm went on after its output was closed");
        Assert.StartsWith("Row,CommuneId,", first, StringComparison.Ordinal);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains(
            "ntm: the output was closed before the report was complete; the run stopped",
            await error,
            StringComparison.Ordinal
        );
    }
}
