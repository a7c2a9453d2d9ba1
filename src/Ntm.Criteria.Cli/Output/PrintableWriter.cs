using System.Text;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// Standard error as messages reach it: values echoed from data files (a commune's name, a cell) cannot send escape
/// sequences to the terminal. Line breaks and the carriage return that redraws the progress line pass.
/// </summary>
internal sealed class PrintableWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) =>
        inner.Write(PrintableText.NeedsSymbol(value, keepLineBreaks: true) ? PrintableText.Symbol(value) : value);

    public override void Write(string? value) =>
        inner.Write(value is null ? null : PrintableText.Of(value, keepLineBreaks: true));

    public override void WriteLine(string? value) =>
        inner.WriteLine(value is null ? null : PrintableText.Of(value, keepLineBreaks: true));

    public override void Flush() => inner.Flush();

    public override string ToString() => inner.ToString() ?? string.Empty;
}
