namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// Standard output stopped taking the report before it was complete: its reader closed the pipe
/// (<see cref="ReaderGone"/>), or the file it goes to could not be written (a full disk).
/// </summary>
internal sealed class OutputWriteException(IOException inner) : Exception("standard output failed", inner)
{
    // On Unix an IOException's HResult is the errno of the failed write.
    private const int BrokenPipe = 32;

    /// <summary>
    /// Whether the reader went away (<c>ntm evaluate … | head</c>), which is no fault; on Windows, whose errors are not
    /// told apart here, always.
    /// </summary>
    public bool ReaderGone => OperatingSystem.IsWindows() || inner.HResult == BrokenPipe;
}
