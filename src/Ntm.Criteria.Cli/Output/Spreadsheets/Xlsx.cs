using System.Globalization;
using System.Text;
using System.Xml;

namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>The names and rules of the SpreadsheetML the workbooks ntm writes are written in.</summary>
internal static class Xlsx
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static CultureInfo Invariant => CultureInfo.InvariantCulture;

    /// <summary>Excel's built-in "@" number format: what is typed in a cell of it is kept as text ("001", "2.10").</summary>
    public const uint TextFormat = 49;

    /// <summary>
    /// Whether a file's name is that of a workbook of another kind than the .xlsx ntm writes (.xls, .xlsm, .ods): a
    /// program that opens it by its name would not read what ntm writes.
    /// </summary>
    public static bool IsOtherWorkbookName(string path) =>
        Path.GetExtension(path) is var extension
        && (
            DataFiles.OtherWorkbookKind.IsOtherWorkbookExtension(extension)
            || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase)
        );

    /// <summary>Whether a file's name is a workbook's, of any kind (.xlsx, .xlsm, .xls, .ods).</summary>
    public static bool IsWorkbookName(string path) =>
        IsOtherWorkbookName(path) || Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Excel's limit for a cell's text; a longer one is cut, with "…".</summary>
    public const int MaxCellText = 32_767;

    /// <summary>A sheet's name as a reference starts with it: <c>'Từng xã'!</c>, a quote in it doubled.</summary>
    public static string SheetReference(string sheet) => $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!";

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
        // Most texts (Vietnamese with its diacritics included) hold no control and no character past U+D7FF.
        var clean = text.AsSpan().ContainsAnyExceptInRange(' ', '\uD7FF') ? Replaced(text) : text;
        return Cut(clean, MaxCellText);
    }

    /// <summary>A text cut to a limit of Excel's, its last character "…" where it was longer.</summary>
    public static string Cut(string text, int most) => text.Length <= most ? text : text[..(most - 1)] + "…";

    private static string Replaced(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i + 1 < chars.Length && XmlConvert.IsXmlSurrogatePair(chars[i + 1], chars[i]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
