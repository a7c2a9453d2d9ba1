using System.Text;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// Text from data files made harmless to print: control characters (a terminal's escape sequences among them) and
/// the characters that reverse the direction of text are shown as symbols instead of acting on the screen.
/// </summary>
internal static class PrintableText
{
    /// <summary>
    /// The text with every control character shown as its symbol (␛ for escape); line breaks kept where asked.
    /// </summary>
    public static string Of(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => NeedsSymbol(c, keepLineBreaks)))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(NeedsSymbol(c, keepLineBreaks) ? Symbol(c) : c);
        }

        return result.ToString();
    }

    /// <summary>Whether a character acts on a terminal or on the direction of text rather than showing.</summary>
    public static bool NeedsSymbol(char c, bool keepLineBreaks) =>
        (char.IsControl(c) && !(keepLineBreaks && c is '\n' or '\r'))
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    // The Unicode "control pictures" for C0 and DEL (␛, ␊, ␡); a replacement character for the others.
    public static char Symbol(char c) =>
        c switch
        {
            < ' ' => (char)(0x2400 + c),
            '\u007F' => '\u2421',
            _ => '\uFFFD',
        };
}
