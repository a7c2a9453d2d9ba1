namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// What one run of ntm printed and returned; paths under the repository and the temporary folder are shortened.
/// </summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>The JSON document standard output holds (<c>--format json</c>).</summary>
    public System.Text.Json.JsonElement Json() => System.Text.Json.JsonDocument.Parse(Out).RootElement.Clone();
}

/// <summary>Runs ntm in process, as the command line would, with its output captured.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args) => Run(errorIsTerminal: false, args);

    public static CliResult Run(bool errorIsTerminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, new CliConsole(output, error, errorIsTerminal));
        return new CliResult(exit, Shorten(output.ToString()), Shorten(error.ToString()));
    }

    /// <summary>A file of the repository, by its path from the root.</summary>
    public static string File(string relative) => Path.Combine(Repository.Root, relative);

    public static string Fixture(string name) =>
        Path.Combine(Repository.Root, "tests", "Ntm.Criteria.Cli.Tests", "Fixtures", name);

    /// <summary>
    /// A file's SHA-256 in lower-case hexadecimal, worked out here apart from ntm, to check the digests reports give.
    /// </summary>
    public static string Sha256(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(path)));

    /// <summary>The rows read, evaluated and rejected, as a JSON report's <c>input</c> states them.</summary>
    public static (int Read, int Evaluated, int Rejected) RowCounts(System.Text.Json.JsonElement report)
    {
        var input = report.GetProperty("input");
        return (
            input.GetProperty("rowsRead").GetInt32(),
            input.GetProperty("rowsEvaluated").GetInt32(),
            input.GetProperty("rowsRejected").GetInt32()
        );
    }

    /// <summary>The ids of the localities a JSON report of <c>ntm evaluate</c> holds, in its order.</summary>
    public static IEnumerable<string?> LocalityIds(System.Text.Json.JsonElement report) =>
        report.GetProperty("localities").EnumerateArray().Select(l => l.GetProperty("id").GetString());

    /// <summary>Every indicator of the first set of <c>ntm explain --format json</c>'s first chain, by its number.</summary>
    public static Dictionary<string, System.Text.Json.JsonElement> ExplainedIndicators(string json) =>
        System
            .Text.Json.JsonDocument.Parse(json)
            .RootElement.GetProperty("chains")[0]
            .GetProperty("sets")[0]
            .GetProperty("criteria")
            .EnumerateArray()
            .SelectMany(c => c.GetProperty("indicators").EnumerateArray())
            .ToDictionary(i => i.GetProperty("number").GetString()!);

    private static string Shorten(string text) =>
        Shown(text.Replace(Repository.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));

    /// <summary>A path of a test's temporary file as <see cref="Run(string[])"/> gives the output: "TEMP/…".</summary>
    public static string Shown(string path) => path.Replace(Path.GetTempPath(), "TEMP/", StringComparison.Ordinal);
}

/// <summary>
/// Golden files: the report a command prints, checked in under Golden/. A change to a report is a visible diff;
/// regenerate with NTM_UPDATE_DOCS=1 dotnet test --filter Golden.
/// </summary>
internal static class Golden
{
    public static void Check(string name, string actual) =>
        Snapshot.Check($"tests/Ntm.Criteria.Cli.Tests/Golden/{name}", actual, "Golden");
}
