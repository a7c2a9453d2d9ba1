using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// Standard output when it is redirected, in UTF-8: on Unix a pipe is written through the file descriptor itself, so
/// that a reader that goes away (<c>ntm evaluate … | head</c>) is noticed at the next write and the run stops, instead
/// of evaluating the whole file into a closed pipe (the console stream ignores a broken pipe).
/// </summary>
internal sealed class StandardOutput : TextWriter
{
    private readonly StreamWriter _inner = new(Descriptor(), new UTF8Encoding(false), 1 << 16);

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => Guard(() => _inner.Write(value));

    public override void Write(string? value) => Guard(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => _inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => _inner.WriteLine(value));

    public override void Flush() => Guard(_inner.Flush);

    /// <remarks>
    /// A file stream keeps a position of its own in a file and writes there, over what standard error wrote at the
    /// same offset of the same file (<c>&gt; report.txt 2&gt;&amp;1</c>); a file is written by the console stream,
    /// at the offset the two descriptors share. Only a pipe can close under the run. Descriptor 1 is standard output
    /// on Unix only: Windows names it by a handle the console stream holds.
    /// </remarks>
    private static Stream Descriptor()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        var descriptor = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 1);
        if (!descriptor.CanSeek)
        {
            return descriptor;
        }

        descriptor.Dispose();
        return Console.OpenStandardOutput();
    }

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputWriteException(e);
        }
    }
}
