using System.Globalization;
using System.Text;
using System.Xml;

namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>The names and rules of the SpreadsheetML a report workbook is written in.</summary>
internal static class Xlsx
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static CultureInfo Invariant => CultureInfo.InvariantCulture;

    /// <summary>Excel's limit for a cell's text; a longer one is cut, with "…".</summary>
    public const int MaxCellText = 32_767;

    /// <summary>The letters of a column: 0 is A, 26 is AA.</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public static XmlWriter Writer(Stream stream) =>
        XmlWriter.Create(
            stream,
            new XmlWriterSettings
            {
                Encoding = new UTF8Encoding(false),
                CloseOutput = false,
                CheckCharacters = true,
            }
        );

    /// <summary>
    /// A text as a cell can hold it: characters XML cannot carry (controls, lone surrogates) become U+FFFD, and a text
    /// longer than a cell can hold is cut.
    /// </summary>
    public static string CellText(string text)
    {
        var clean =
            text.Any(c => !IsXmlChar(c)) || HasLoneSurrogate(text)
                ? new string([.. text.Select((c, i) => IsXmlChar(c) && !IsLoneSurrogate(text, i) ? c : '\uFFFD')])
                : text;
        return clean.Length > MaxCellText ? clean[..(MaxCellText - 1)] + "…" : clean;
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');

    private static bool HasLoneSurrogate(string text) =>
        Enumerable.Range(0, text.Length).Any(i => IsLoneSurrogate(text, i));

    private static bool IsLoneSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
}
