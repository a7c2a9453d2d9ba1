using System.Text;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// Standard error beside a redirected standard output: the report's lines written so far go out before each message,
/// so that a file that takes both (<c>&gt; report.txt 2&gt;&amp;1</c>) has the message on a line of its own, where it
/// was said, and not inside a line of the report that was still in the buffer.
/// </summary>
internal sealed class StandardError(TextWriter error, TextWriter output) : TextWriter
{
    public override Encoding Encoding => error.Encoding;

    public override void Write(char value)
    {
        OutputFirst();
        error.Write(value);
    }

    public override void Write(string? value)
    {
        OutputFirst();
        error.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        OutputFirst();
        error.Write(buffer, index, count);
    }

    public override void WriteLine(string? value)
    {
        OutputFirst();
        error.WriteLine(value);
    }

    public override void Flush() => error.Flush();

    private void OutputFirst()
    {
        try
        {
            output.Flush();
        }
        catch (OutputClosedException)
        {
            // Its reader is gone: the message, which may say so, still goes out.
        }
    }
}
