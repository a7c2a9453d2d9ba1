using System.Diagnostics;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error for large inputs: drawn only when standard error is a terminal and
/// once a few thousand rows are read, then redrawn a few times a second, and erased at the end, so it never reaches
/// redirected output or a short run's screen.
/// </summary>
internal sealed class ProgressLine(CliConsole console, Func<double?> fraction)
{
    /// <summary>Below this many rows no bar is drawn.</summary>
    public const long RowThreshold = 5_000;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private bool _drawn;

    /// <summary>Called after each row; draws when due.</summary>
    public void Report(long rows)
    {
        if (!console.ErrorIsTerminal || rows < RowThreshold || (_drawn && _sinceDrawn.Elapsed < Interval))
        {
            return;
        }

        _sinceDrawn.Restart();
        var share = Math.Clamp(fraction() ?? 0, 0, 1);
        const int width = 30;
        var filled = (int)(share * width);
        console.Error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {share, 4:P0} {rows:N0}");
        _drawn = true;
    }

    /// <summary>Erases the bar, if it was drawn.</summary>
    public void Complete()
    {
        if (_drawn)
        {
            console.Error.Write("\r" + new string(' ', 60) + "\r");
            console.Error.Flush();
        }
    }
}
