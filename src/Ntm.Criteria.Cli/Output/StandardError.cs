using System.Text;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// Standard error as ntm writes it. Beside a redirected standard output, the report's lines written so far go out
/// before each message, so that a file that takes both (<c>&gt; report.txt 2&gt;&amp;1</c>) has the message on a line
/// of its own, where it was said, and not inside a line of the report that was still in the buffer. A message that
/// cannot be written (standard error redirected to a full disk) is lost, and the run ends with its exit code: there is
/// nowhere left to say it.
/// </summary>
internal sealed class StandardError(TextWriter error, TextWriter? output) : TextWriter
{
    public override Encoding Encoding => error.Encoding;

    public override void Write(char value) => Say(() => error.Write(value));

    public override void Write(string? value) => Say(() => error.Write(value));

    public override void Write(char[] buffer, int index, int count) => Say(() => error.Write(buffer, index, count));

    public override void WriteLine(string? value) => Say(() => error.WriteLine(value));

    public override void Flush() => Say(error.Flush);

    private void Say(Action write)
    {
        try
        {
            output?.Flush();
        }
        catch (OutputWriteException)
        {
            // Its reader is gone, or its disk full: the message, which may say so, still goes out.
        }

        try
        {
            write();
        }
        catch (IOException)
        {
            // Lost with the disk's space; the exit code still tells.
        }
    }
}
