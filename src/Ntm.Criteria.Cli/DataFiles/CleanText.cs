using System.Text;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A cell's text as it is read: composed Unicode, trimmed, and without the characters that show nothing (a zero-width
/// space or joiner, a word joiner, a byte order mark) which text copied from a web page, a document or a CSV file
/// brings along: "​80" is 80 and "X1​" is X1, not a value refused, or an id other than the one shown.
/// </summary>
internal static class CleanText
{
    // Not the soft hyphen, which shows nothing in Unicode text but is TCVN3's "ư".
    private static readonly char[] ShowingNothing = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

    /// <summary>The text of a cell as read and matched.</summary>
    public static string Of(string raw) =>
        (raw.AsSpan().IndexOfAny(ShowingNothing) < 0 ? raw : string.Concat(raw.Split(ShowingNothing)))
            .Trim()
            .Normalize(NormalizationForm.FormC);
}
