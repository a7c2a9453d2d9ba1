using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// Reads the values of a workbook's cells as a spreadsheet program shows them: shared and inline strings, numbers,
/// booleans, numbers formatted as percentages (Excel stores 95% as 0.95) or dates, and text in a font of a legacy
/// Vietnamese encoding (".VnTime" stores "X· An Th¹nh" and shows "Xã An Thạnh").
/// </summary>
internal sealed class XlsxCellReader
{
    /// <summary>Excel's last column is XFD: a cell reference past it is not a workbook's.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>What a workbook may unpack to: a district's data is a few megabytes, a zip bomb gigabytes.</summary>
    public const long MaxUnpackedBytes = 512L << 20;

    // Excel's built-in percentage formats: 0% and 0.00%.
    private static readonly HashSet<uint> BuiltInPercentFormats = [9, 10];

    // Excel's built-in formats that show a day (times of day alone are left numbers): d/m/yyyy, d-mmm-yy, d-mmm,
    // mmm-yy, m/d/yy h:mm, and those of East Asian locales.
    private static readonly HashSet<uint> BuiltInDateFormats =
    [
        14,
        15,
        16,
        17,
        22,
        27,
        28,
        29,
        30,
        31,
        32,
        33,
        34,
        35,
        36,
        50,
        51,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
    ];

    /// <summary>
    /// What the shared texts of a workbook (every distinct text of its cells, held while its sheets are read) may
    /// hold: a province's communes, villages and notes are a few million characters.
    /// </summary>
    public const int MaxSharedCharacters = 16 << 20;

    /// <summary>How many shared texts a workbook may have.</summary>
    public const int MaxSharedStrings = 4 << 20;

    private readonly Texts _t;
    private readonly char[] _chunk = new char[4096];
    private readonly object[] _sharedStrings;
    private readonly bool[] _percentStyles;
    private readonly bool[] _dateStyles;
    private readonly string?[] _paddedStyles;
    private readonly LegacyFont?[] _legacyFontStyles;

    /// <exception cref="InvalidDataException">The workbook's shared texts pass a limit, or their XML is
    /// broken.</exception>
    public XlsxCellReader(WorkbookPart workbook, Texts texts)
    {
        _t = texts;
        Dates = new SpreadsheetDates(workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true);
        _sharedStrings = SharedStrings(workbook.SharedStringTablePart);
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = StyleFormats(styles);
        _percentStyles = [.. formats.Select(f => BuiltInPercentFormats.Contains(f.Id) || IsPercentCode(f.Code))];
        _dateStyles = [.. formats.Select(f => BuiltInDateFormats.Contains(f.Id) || IsDateCode(f.Code))];

        // A number shown padded with zeros (00000, "X"0000): an official code ("00004") typed as a number and shown
        // so is read as it shows, as a CSV saved from the sheet writes it.
        _paddedStyles = [.. formats.Select(f => IsZeroPaddedCode(f.Code) ? f.Code : null)];
        _legacyFontStyles = LegacyFontStyles(styles);
    }

    /// <summary>How the workbook numbers its days.</summary>
    public SpreadsheetDates Dates { get; }

    /// <summary>
    /// For each font of a legacy Vietnamese encoding, how many text cells in it were read as it shows them (texts it
    /// shows otherwise than they are stored), and the first of them.
    /// </summary>
    public IEnumerable<(LegacyFont Font, long Count, string Stored, string Shown)> LegacyFontCells =>
        _legacyFontCells.Select(f => (f.Key, f.Value.Count, f.Value.Stored, f.Value.Shown));

    private readonly Dictionary<LegacyFont, (long Count, string Stored, string Shown)> _legacyFontCells = [];

    /// <summary>
    /// A cell's value: text, a number, a boolean, a <see cref="PercentCell"/> for a number shown as a percentage, a
    /// <see cref="DateCell"/> for one shown as a date, a <see cref="NotAValue"/> for a broken reference, a formula's
    /// error or none computed, or a text past a cell's limit, or null for an empty cell.
    /// </summary>
    public object? Value(Cell cell) =>
        Value(
            new RawCell(
                cell.DataType?.InnerText,
                cell.StyleIndex?.Value ?? 0,
                cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text,
                cell.CellFormula is not null
            )
        );

    /// <inheritdoc cref="Value(Cell)"/>
    public object? Value(RawCell cell)
    {
        var value = StoredValue(cell);
        if (
            value is string stored
            && cell.Style < _legacyFontStyles.Length
            && _legacyFontStyles[cell.Style] is { } font
            && font.Shown(stored) is var shown
            && shown != stored
        )
        {
            _legacyFontCells[font] = _legacyFontCells.TryGetValue(font, out var cells)
                ? cells with
                {
                    Count = cells.Count + 1,
                }
                : (1, stored, shown);
            return shown;
        }

        return value;
    }

    private object? StoredValue(RawCell cell)
    {
        if (cell.Text is NotAValue notAValue)
        {
            return notAValue;
        }

        var text = (string?)cell.Text;
        if (string.IsNullOrEmpty(text))
        {
            // A formula that was never computed (a file written by a program, not saved by a spreadsheet) has no value
            // to read; it is not an empty cell.
            return cell.HasFormula ? new NotAValue(NotAValueKind.UncomputedFormula) : null;
        }

        switch (cell.Type)
        {
            case "s":
                return
                    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < _sharedStrings.Length
                    ? _sharedStrings[index]
                    : new NotAValue(NotAValueKind.BrokenSharedText);
            case "b":
                return text == "1";
            case "e":
                return new NotAValue(NotAValueKind.ErrorValue, text);
            case null or "n":
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return text;
                }

                // A text of no more characters than the digits a spreadsheet shows has no more digits either.
                if (text.Length > SpreadsheetNumber.SignificantDigits)
                {
                    number = SpreadsheetNumber.AsShown(number);
                }

                return cell.Style < _percentStyles.Length && _percentStyles[cell.Style] ? new PercentCell(number)
                    : cell.Style < _dateStyles.Length && _dateStyles[cell.Style] && number is > 0 and < MaxDateSerial
                        ? new DateCell(Dates.Day(number))
                    : cell.Style < _paddedStyles.Length
                    && _paddedStyles[cell.Style] is { } padded
                    && number is >= 0 and < MaxPaddedNumber
                    && number == Math.Floor(number)
                        ? number.ToString(padded, CultureInfo.InvariantCulture)
                    : number;
            default:
                // Inline and formula strings.
                return text;
        }
    }

    /// <summary>
    /// Reads a cell from the sheet's XML, the reader on its <c>c</c> element and left on its end: its type, style,
    /// value (an inline string's text, without holding one longer than a cell's limit) and whether it has a formula.
    /// </summary>
    public RawCell ReadCell(XmlReader xml)
    {
        var type = xml.GetAttribute("t");
        var style = xml.GetAttribute("s") is { } s ? uint.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        object? text = null;
        var formula = false;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (xml.Depth > depth)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "v" or "is")
                {
                    text = Text(xml, out _, xml.LocalName == "v" ? null : "t");
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "f")
                {
                    formula = true;
                    xml.Skip();
                    continue;
                }

                xml.Read();
            }
        }

        return new RawCell(type, style, text, formula);
    }

    /// <summary>
    /// A cell as the sheet's XML gives it: <c>t</c>, <c>s</c>, the value's text and whether it has a formula.
    /// </summary>
    internal readonly record struct RawCell(string? Type, uint Style, object? Text, bool HasFormula);

    /// <summary>
    /// The shared texts, read a piece at a time from the part's XML so that no text is held whole before its length is
    /// known: a text past a cell's limit is kept as a <see cref="NotAValue"/> saying so. Phonetic runs, which a
    /// spreadsheet does not show, are left out.
    /// </summary>
    private object[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<object>();
        var characters = 0L;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(
            stream,
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }
        );
        while (ReadToNext(xml, "si"))
        {
            if (strings.Count == MaxSharedStrings)
            {
                throw new InvalidDataException(_t.TooManySharedTexts(MaxSharedStrings));
            }

            strings.Add(Text(xml, out var length));
            characters += length;
            if (characters > MaxSharedCharacters)
            {
                throw new InvalidDataException(_t.SharedTextsTooLong(MaxSharedCharacters));
            }
        }

        return [.. strings];
    }

    /// <summary>
    /// Moves the reader to the next element of that local name, whatever its namespace and prefix: a workbook saved as
    /// Strict Open XML names its elements in another namespace than the usual one, and a program may prefix them.
    /// </summary>
    public static bool ReadToNext(XmlReader xml, string localName)
    {
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == localName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text of an element, the reader on its start and left on its end: of its <c>t</c> elements, directly or in
    /// runs (a shared or inline string), when a text element is named, or all of it (a value). Phonetic runs, which a
    /// spreadsheet does not show, are left out; a text past a cell's limit is a <see cref="NotAValue"/> saying so,
    /// never held whole.
    /// </summary>
    private object Text(XmlReader xml, out long characters, string? textElement = "t")
    {
        characters = 0;
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        // Most texts are one piece: a string is made of it without a builder.
        string? first = null;
        StringBuilder? pieces = null;
        var inText = textElement is null;
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
                continue;
            }

            if (
                textElement is not null
                && xml.NodeType is XmlNodeType.Element or XmlNodeType.EndElement
                && xml.LocalName == textElement
            )
            {
                inText = xml.NodeType == XmlNodeType.Element && !xml.IsEmptyElement;
            }
            else if (
                inText
                && xml.NodeType
                    is XmlNodeType.Text
                        or XmlNodeType.CDATA
                        or XmlNodeType.Whitespace
                        or XmlNodeType.SignificantWhitespace
            )
            {
                int read;
                while ((read = xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    characters += read;
                    if (characters > LocalityTable.MaxCellLength)
                    {
                        continue;
                    }

                    if (first is null && pieces is null)
                    {
                        first = new string(_chunk, 0, read);
                    }
                    else
                    {
                        pieces ??= new StringBuilder(first);
                        pieces.Append(_chunk, 0, read);
                    }
                }
            }

            xml.Read();
        }

        return characters > LocalityTable.MaxCellLength
            ? new NotAValue(NotAValueKind.TooLongText)
            : pieces?.ToString() ?? first ?? string.Empty;
    }

    // 9999-12-31, the last day a spreadsheet can show.
    private const double MaxDateSerial = 2958466;

    /// <summary>
    /// Each cell style's number format: its id (none, for a style without one, is <see cref="uint.MaxValue"/>), and its
    /// code where the workbook defines one, else empty (a built-in format; a code defined twice is the first).
    /// </summary>
    private static (uint Id, string Code)[] StyleFormats(Stylesheet? styles)
    {
        var codes = new Dictionary<uint, string>();
        foreach (var format in styles?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                codes.TryAdd(id, format.FormatCode?.Value ?? string.Empty);
            }
        }

        return
        [
            .. styles
                ?.CellFormats?.Elements<CellFormat>()
                .Select(f => f.NumberFormatId?.Value ?? uint.MaxValue)
                .Select(id => (id, codes.GetValueOrDefault(id, string.Empty)))
                ?? [],
        ];
    }

    // Whole numbers a double holds exactly, as a code's digits show them.
    private const double MaxPaddedNumber = 1e15;

    /// <summary>
    /// Whether a number format shows a whole number padded with zeros (two or more), with quoted or escaped text before
    /// or after them and nothing else: a code .NET's custom format writes as the spreadsheet does.
    /// </summary>
    private static bool IsZeroPaddedCode(string code)
    {
        var zeros = 0;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '0':
                    zeros++;
                    break;
                case '"' when code.IndexOf('"', i + 1) is var end and > 0:
                    i = end;
                    break;
                case '\\' when i + 1 < code.Length:
                    i++;
                    break;
                default:
                    return false;
            }
        }

        return zeros > 1;
    }

    /// <summary>For each cell style of a workbook, the legacy Vietnamese font its text is in, if any.</summary>
    private static LegacyFont?[] LegacyFontStyles(Stylesheet? styles)
    {
        var fonts =
            styles?.Fonts?.Elements<Font>().Select(f => LegacyFont.Named(f.FontName?.Val?.Value)).ToArray() ?? [];
        return styles
                ?.CellFormats?.Elements<CellFormat>()
                .Select(f => f.FontId?.Value is { } id && id < fonts.Length ? fonts[id] : null)
                .ToArray()
            ?? [];
    }

    /// <summary>Whether a number format shows a percentage: a % outside quoted text and escapes.</summary>
    private static bool IsPercentCode(string code) => CodeLetters(code).Contains('%');

    /// <summary>Whether a number format shows a day: a year or a day outside quoted text, escapes and brackets.</summary>
    private static bool IsDateCode(string code) => CodeLetters(code).Any(c => c is 'y' or 'Y' or 'd' or 'D');

    // The characters of a number format code that format: not quoted text, a character escaped or padded with (\d,
    // _d, *d), or a [section] (a colour, a locale, a condition).
    private static IEnumerable<char> CodeLetters(string code)
    {
        var quoted = false;
        var bracketed = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"' when !bracketed:
                    quoted = !quoted;
                    break;
                case '\\' or '_' or '*' when !quoted && !bracketed:
                    i++;
                    break;
                case '[' when !quoted:
                    bracketed = true;
                    break;
                case ']' when bracketed:
                    bracketed = false;
                    break;
                case var c when !quoted && !bracketed:
                    yield return c;
                    break;
            }
        }
    }

    /// <summary>
    /// What is wrong with a workbook that fails to read, for a message; null for a failure that is not the file's (a
    /// bug), which must not be dressed as one.
    /// </summary>
    public static string? Describe(Exception e, Texts t) =>
        e switch
        {
            System.Xml.XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) => t.WorkbookDeclaresDtd,
            System.Xml.XmlException x => t.WorkbookXmlBroken(x.Message),
            FormatException or OverflowException => t.WorkbookReferenceNotANumber,
            InvalidOperationException x
                when x.Message.Contains("part does not exist", StringComparison.OrdinalIgnoreCase) =>
                t.WorkbookPartMissing,
            ArgumentOutOfRangeException or KeyNotFoundException => t.WorkbookPartMissing,
            InvalidDataException x => x.Message,
            OpenXmlPackageException x => t.WorkbookPackageDamaged(x.Message),
            IOException x => t.WorkbookNotReadable(x.Message),
            _ => null,
        };

    /// <summary>
    /// Refuses, before anything is unpacked, a workbook whose parts declare more than <see cref="MaxUnpackedBytes"/>:
    /// a small file that would fill the memory (a zip bomb) is named with its size and the limit.
    /// </summary>
    /// <exception cref="CliUsageException">The workbook unpacks past the limit.</exception>
    public static void CheckUnpackedSize(string path, Texts t)
    {
        long total;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(FileToRead.Open(path));
            total = zip.Entries.Sum(e => e.Length);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // Not a zip at all, or a damaged one: the workbook reader says so in its own words.
            return;
        }

        if (total > MaxUnpackedBytes)
        {
            throw new CliUsageException(
                $"{path}: {t.UnpacksPastLimit(total / (1 << 20), MaxUnpackedBytes / (1 << 20))}"
            );
        }
    }

    /// <summary>"AB12" → 27 (0-based column).</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            // Past Excel's last column the exact index does not matter, and a long run of letters must not overflow.
            index = Math.Min((index * 26) + (char.ToUpperInvariant(c) - 'A' + 1), MaxColumns + 1);
        }

        return Math.Max(0, index - 1);
    }
}
