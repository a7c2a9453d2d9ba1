using System.Runtime.Versioning;
using System.Text;

namespace Ntm.Criteria.Cli;

/// <summary>
/// Where a command writes: its report on <see cref="Out"/>, messages and progress on <see cref="Error"/>. Tests run the
/// commands in process with their own writers; progress is drawn only when standard error is a terminal.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>The process's own console, set to UTF-8 first on Windows.</summary>
    public static CliConsole OfProcess()
    {
        if (OperatingSystem.IsWindows())
        {
            WriteConsoleInUtf8();
        }

        if (!Console.IsOutputRedirected)
        {
            return new(Console.Out, new Output.StandardError(Console.Error, output: null), !Console.IsErrorRedirected);
        }

        var output = new Output.StandardOutput();
        return new(output, new Output.StandardError(Console.Error, output), !Console.IsErrorRedirected);
    }

    /// <remarks>
    /// A Windows console reads what it is given in its code page (437, 1258), in which most Vietnamese letters are
    /// "?"; in UTF-8 they are shown as written. Without a console to set (a process whose output all goes to files),
    /// nothing is changed: the report is written in UTF-8 whatever the console's code page.
    /// </remarks>
    [SupportedOSPlatform("windows")]
    private static void WriteConsoleInUtf8()
    {
        try
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }
        catch (IOException)
        {
            // No console.
        }
    }
}

/// <summary>The exit codes of <c>ntm</c>, as docs/cli.md documents them.</summary>
internal static class ExitCode
{
    /// <summary>Everything was read and evaluated.</summary>
    public const int Ok = 0;

    /// <summary>Some data rows were invalid: listed, not evaluated; every other row was.</summary>
    public const int SomeRowsInvalid = 1;

    /// <summary>The command line, a file that cannot be read, or a rule file is wrong: nothing was evaluated.</summary>
    public const int UsageOrRuleFileError = 2;

    /// <summary>A bug in ntm: the message says what happened; please report it.</summary>
    public const int InternalError = 3;
}

/// <summary>
/// A problem that stops a command before it produces a report: the message says what to fix. Exit code 2.
/// </summary>
internal sealed class CliUsageException(string message) : Exception(message);
