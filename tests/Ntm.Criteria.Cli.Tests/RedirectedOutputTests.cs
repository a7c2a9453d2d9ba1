using System.Diagnostics;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Standard output redirected as a shell does it, the process started for real: a reader that closes the output
/// (<c>ntm evaluate … | head</c>) stops the run; a file that takes the messages too (<c>&gt; report.txt 2&gt;&amp;1</c>)
/// keeps every line of both.
/// </summary>
public sealed class RedirectedOutputTests : IDisposable
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

    [Fact]
    public void Evaluate_OutputAndMessagesToOneFile_KeepsEveryLineOfBoth()
    {
        var alone = _folder.File("report.txt");
        var messages = _folder.File("messages.txt");
        var both = _folder.File("both.txt");

        Assert.Equal(0, Shell($"{Ntm} evaluate samples/communes.csv --lang en > '{alone}' 2> '{messages}'"));
        Assert.Equal(0, Shell($"{Ntm} evaluate samples/communes.csv --lang en > '{both}' 2>&1"));

        Assert.NotEmpty(File.ReadAllLines(messages));
        Assert.Equal(
            File.ReadAllLines(alone).Concat(File.ReadAllLines(messages)).Order(StringComparer.Ordinal),
            File.ReadAllLines(both).Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Evaluate_ToAFullDisk_SaysTheReportIsIncomplete_AndMessagesThatCannotBeWrittenDoNotAbortIt()
    {
        // Linux's /dev/full fails every write with "no space left", as a full disk does; standard error there threw
        // from ntm's last message and the process aborted (exit 134).
        var messages = _folder.File("messages.txt");

        var full = Shell($"{Ntm} evaluate samples/communes.csv --lang en > /dev/full 2> '{messages}'");
        var errorsLost = Shell($"{Ntm} evaluate samples/communes.csv --rules nowhere > /dev/null 2> /dev/full");
        var reportKept = Shell($"{Ntm} evaluate samples/communes.csv > /dev/null 2> /dev/full");

        Assert.Equal(2, full);
        Assert.Equal(
            "ntm: the output could not be written: No space left on device; the report is incomplete and the run "
                + "stopped",
            File.ReadAllText(messages).TrimEnd()
        );
        Assert.Equal((2, 0), (errorsLost, reportKept));
    }

    private static string Ntm => $"dotnet '{Path.Combine(AppContext.BaseDirectory, "ntm.dll")}'";

    private static int Shell(string command)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { WorkingDirectory = Cli.File(".") };
        using var process = Process.Start(start)!;
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"'{command}' did not finish in a minute");
        return process.ExitCode;
    }
}
