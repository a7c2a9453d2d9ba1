using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Data;

/// <summary>
/// Reads the values of a workbook's cells as a spreadsheet program shows them: shared and inline strings, numbers,
/// booleans, and numbers formatted as percentages (Excel stores 95% as 0.95).
/// </summary>
internal sealed class XlsxCellReader
{
    /// <summary>Excel's last column is XFD: a cell reference past it is not a workbook's.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>What a workbook may unpack to: a district's data is a few megabytes, a zip bomb gigabytes.</summary>
    public const long MaxUnpackedBytes = 512L << 20;

    // Excel's built-in percentage formats: 0% and 0.00%.
    private static readonly HashSet<uint> BuiltInPercentFormats = [9, 10];

    /// <summary>
    /// What the shared texts of a workbook (every distinct text of its cells, held while its sheets are read) may
    /// hold: a province's communes, villages and notes are a few million characters.
    /// </summary>
    public const int MaxSharedCharacters = 16 << 20;

    /// <summary>How many shared texts a workbook may have.</summary>
    public const int MaxSharedStrings = 4 << 20;

    private readonly object[] _sharedStrings;
    private readonly bool[] _percentStyles;

    /// <exception cref="InvalidDataException">The workbook's shared texts pass a limit, or their XML is broken.</exception>
    public XlsxCellReader(WorkbookPart workbook)
    {
        _sharedStrings = SharedStrings(workbook.SharedStringTablePart);
        _percentStyles = PercentStyles(workbook.WorkbookStylesPart?.Stylesheet);
    }

    /// <summary>
    /// A cell's value: text, a number, a boolean, a <see cref="PercentCell"/> for a number shown as a percentage, a
    /// <see cref="NotAValue"/> for a broken reference, or null for an empty cell.
    /// </summary>
    public object? Value(Cell cell)
    {
        var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
        if (string.IsNullOrEmpty(text))
        {
            // A formula that was never computed (a file written by a program, not saved by a spreadsheet) has no value
            // to read; it is not an empty cell.
            return cell.CellFormula is not null ? new NotAValue("a formula without a computed value (open the file in Excel or LibreOffice and save it to compute it)") : null;
        }

        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length
                ? _sharedStrings[index]
                : new NotAValue("a broken shared-string reference");
        }

        if (type == CellValues.Boolean)
        {
            return text == "1";
        }

        if (type is null || type == CellValues.Number)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return text;
            }

            var style = (int)(cell.StyleIndex?.Value ?? 0);
            return style < _percentStyles.Length && _percentStyles[style] ? new PercentCell(number) : number;
        }

        // Inline and formula strings, and error values such as #DIV/0!, which the value parser then refuses.
        return text;
    }

    /// <summary>
    /// The shared texts, read a piece at a time from the part's XML so that no text is held whole before its length is
    /// known: a text past a cell's limit is kept as a <see cref="NotAValue"/> saying so. Phonetic runs, which a
    /// spreadsheet does not show, are left out.
    /// </summary>
    private static object[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<object>();
        var characters = 0L;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.ReadToFollowing("si", SpreadsheetNamespace))
        {
            if (strings.Count == MaxSharedStrings)
            {
                throw new InvalidDataException($"it has more than {MaxSharedStrings:N0} shared texts (a province's data has a few hundred thousand; is the file a data sheet?)");
            }

            using var item = xml.ReadSubtree();
            strings.Add(SharedString(item, ref characters));
        }

        return [.. strings];
    }

    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>One shared text: the text of its <c>t</c> elements, directly or in runs.</summary>
    private static object SharedString(XmlReader item, ref long characters)
    {
        var text = new StringBuilder();
        var chunk = new char[1024];
        var inText = false;
        var tooLong = false;
        item.Read();
        while (!item.EOF)
        {
            if (item.NodeType == XmlNodeType.Element && item.LocalName == "rPh")
            {
                item.Skip();
                continue;
            }

            if (item.NodeType is XmlNodeType.Element or XmlNodeType.EndElement && item.LocalName == "t")
            {
                inText = item.NodeType == XmlNodeType.Element && !item.IsEmptyElement;
            }
            else if (inText && item.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = item.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    characters += read;
                    if (characters > MaxSharedCharacters)
                    {
                        throw new InvalidDataException($"its shared texts pass {MaxSharedCharacters:N0} characters (a province's data is a few million; is the file a data sheet?)");
                    }

                    tooLong |= text.Length + read > LocalityTable.MaxCellLength;
                    if (!tooLong)
                    {
                        text.Append(chunk, 0, read);
                    }
                }
            }

            item.Read();
        }

        return tooLong ? new NotAValue($"a text longer than a spreadsheet cell can hold ({LocalityTable.MaxCellLength:N0} characters)") : text.ToString();
    }

    private static bool[] PercentStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsPercentCode(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        return styles?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id && (BuiltInPercentFormats.Contains(id) || custom.Contains(id)))
            .ToArray() ?? [];
    }

    /// <summary>Whether a number format shows a percentage: a % outside quoted text and escapes.</summary>
    private static bool IsPercentCode(string? code)
    {
        var quoted = false;
        for (var i = 0; code is not null && i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\':
                    i++;
                    break;
                case '%' when !quoted:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What is wrong with a workbook that fails to read, for a message; null for a failure that is not the file's (a
    /// bug), which must not be dressed as one.
    /// </summary>
    public static string? Describe(Exception e) => e switch
    {
        System.Xml.XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) =>
            "its XML declares a DTD (a document type), which no workbook needs and this reader refuses",
        System.Xml.XmlException x => $"its XML is broken: {x.Message}",
        FormatException => "a row or cell reference in it is not a number",
        InvalidOperationException x when x.Message.Contains("part does not exist", StringComparison.OrdinalIgnoreCase) =>
            "a part of the workbook is missing (a sheet named in the workbook is not in the file)",
        ArgumentOutOfRangeException or KeyNotFoundException => "a part of the workbook is missing (a sheet named in the workbook is not in the file)",
        InvalidDataException x => x.Message,
        OpenXmlPackageException x => $"the package is damaged: {x.Message}",
        IOException x => $"it could not be read: {x.Message}",
        _ => null,
    };

    /// <summary>
    /// Refuses, before anything is unpacked, a workbook whose parts declare more than <see cref="MaxUnpackedBytes"/>:
    /// a small file that would fill the memory (a zip bomb) is named with its size and the limit.
    /// </summary>
    /// <exception cref="CliUsageException">The workbook unpacks past the limit.</exception>
    public static void CheckUnpackedSize(string path)
    {
        long total;
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            total = zip.Entries.Sum(e => e.Length);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // Not a zip at all, or a damaged one: the workbook reader says so in its own words.
            return;
        }

        if (total > MaxUnpackedBytes)
        {
            throw new CliUsageException($"{path}: the workbook unpacks to {total / (1 << 20):N0} MB, over the limit of {MaxUnpackedBytes / (1 << 20):N0} MB (a district's data is a few MB; is the file a zip bomb?)");
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
