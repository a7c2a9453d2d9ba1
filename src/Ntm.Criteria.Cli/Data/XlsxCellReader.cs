using System.Globalization;
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
    // Excel's built-in percentage formats: 0% and 0.00%.
    private static readonly HashSet<uint> BuiltInPercentFormats = [9, 10];

    private readonly string[] _sharedStrings;
    private readonly bool[] _percentStyles;

    public XlsxCellReader(WorkbookPart workbook)
    {
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
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
            return null;
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

    /// <summary>"AB12" → 27 (0-based column).</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }
}
