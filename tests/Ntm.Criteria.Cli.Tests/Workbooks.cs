using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>Writes XLSX workbooks as Excel saves them, for the data-file tests.</summary>
internal static class Workbooks
{
    public static Cell Text(string text) =>
        new()
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)),
        };

    /// <summary>A text cell at a reference ("B7").</summary>
    public static Cell Text(string reference, string text)
    {
        var cell = Text(text);
        cell.CellReference = reference;
        return cell;
    }

    public static Cell Number(double number) => new() { CellValue = new CellValue(number) };

    public static Cell Boolean(bool value) =>
        new() { DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") };

    public static Cell Percent(double fraction) => new() { CellValue = new CellValue(fraction), StyleIndex = 1 };

    /// <summary>
    /// A number shown padded with zeros by a format of the workbook's own, <c>00000</c> (style 8): an official code typed
    /// as a number.
    /// </summary>
    public static Cell Padded(double number) => new() { CellValue = new CellValue(number), StyleIndex = 8 };

    /// <summary>A number in a format of the workbook's own whose words and padding hold a "d": no date.</summary>
    public static Cell Counted(double number) => new() { CellValue = new CellValue(number), StyleIndex = 4 };

    /// <summary>
    /// A text typed in a font of a legacy Vietnamese encoding: ".VnTime" (TCVN3, style 5), ".VnTimeH" (TCVN3 capitals,
    /// style 6) or "VNI-Times" (VNI, style 7), stored as the font's characters.
    /// </summary>
    public static Cell InFont(string font, string stored)
    {
        var cell = Text(stored);
        cell.StyleIndex = font switch
        {
            ".VnTime" => 5,
            ".VnTimeH" => 6,
            "VNI-Times" => 7,
            _ => throw new ArgumentOutOfRangeException(nameof(font), font, "not a font of the test workbooks"),
        };
        return cell;
    }

    /// <summary>A day as a spreadsheet program stores it: its serial number, in a style that shows it as a date.</summary>
    public static Cell Date(DateOnly day, uint style = 2) =>
        new() { CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = style };

    /// <summary>
    /// A day as a workbook that counts its days from 1904 stores it (an older Excel for Mac's): 1,462 less than from
    /// 1900, in a style that shows it as a date.
    /// </summary>
    public static Cell DateFrom1904(DateOnly day, uint style) =>
        new() { CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate() - 1462), StyleIndex = style };

    /// <summary>Makes a workbook count its days from 1904 (<c>workbookPr date1904</c>).</summary>
    public static void CountDaysFrom1904(WorkbookPart workbook) =>
        (workbook.Workbook.WorkbookProperties ??= new WorkbookProperties()).Date1904 = true;

    /// <summary>Adds to a workbook a cell style that shows a number as a day (built-in format 14), and gives its index.</summary>
    public static uint AddDateStyle(WorkbookPart workbook) => AddBuiltInFormatStyle(workbook, 14);

    /// <summary>Adds to a workbook a cell style that shows a number as a percentage (built-in 0.00%); its index.</summary>
    public static uint AddPercentStyle(WorkbookPart workbook) => AddBuiltInFormatStyle(workbook, 10);

    private static uint AddBuiltInFormatStyle(WorkbookPart workbook, uint format)
    {
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!;
        formats.Append(new CellFormat { NumberFormatId = format, ApplyNumberFormat = true });
        formats.Count = (uint)formats.Elements<CellFormat>().Count();
        return formats.Count.Value - 1;
    }

    /// <summary>Adds to a workbook a font and a cell style whose text is in it, and gives the style's index.</summary>
    public static uint AddFontStyle(WorkbookPart workbook, string font)
    {
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var fonts = stylesheet.Fonts!;
        fonts.Append(new Font(new FontName { Val = font }));
        fonts.Count = (uint)fonts.Elements<Font>().Count();
        var formats = stylesheet.CellFormats!;
        formats.Append(new CellFormat { FontId = fonts.Count.Value - 1, ApplyFont = true });
        formats.Count = (uint)formats.Elements<CellFormat>().Count();
        return formats.Count.Value - 1;
    }

    /// <summary>
    /// A workbook with a header row, data rows (a null row is an empty row, as a deleted line leaves), a style whose
    /// number format is 0% (built-in 9, style 1), two that show a day: built-in 14 (style 2) and dd/mm/yyyy, a format
    /// of the workbook's own (style 3), one of its own that shows a number with words and padding, no day (style
    /// 4), the text styles of <see cref="InFont"/> (5 to 7) and a number padded with zeros (style 8).
    /// </summary>
    public static void Write(string path, string[] headers, Cell[]?[] rows) =>
        Write(path, headers.Select(Text).ToArray(), rows);

    /// <summary>A cell of a text the workbook's table of shared texts holds (<see cref="AddSharedTexts"/>).</summary>
    public static Cell Shared(int index) =>
        new()
        {
            DataType = CellValues.SharedString,
            CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)),
        };

    /// <summary>Gives a workbook a table of shared texts, as spreadsheet programs write their texts.</summary>
    public static void AddSharedTexts(string path, params string[] texts)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var part = document.WorkbookPart!.AddNewPart<SharedStringTablePart>();
        part.SharedStringTable = new SharedStringTable(texts.Select(t => new SharedStringItem(new Text(t))));
    }

    /// <summary>
    /// Rewrites a workbook as Excel saves one as "Strict Open XML Spreadsheet": its elements and relationships in the
    /// namespaces of ISO/IEC 29500 Strict.
    /// </summary>
    public static void AsStrict(string path)
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".xml") || e.Name.EndsWith(".rels")).ToList())
        {
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            xml = xml.Replace(
                    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    "http://purl.oclc.org/ooxml/spreadsheetml/main"
                )
                .Replace(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                    "http://purl.oclc.org/ooxml/officeDocument/relationships"
                );
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml);
        }
    }

    /// <inheritdoc cref="Write(string, string[], Cell[][])"/>
    public static void Write(string path, Cell[] headers, Cell[]?[] rows)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0\" mô hình\"_d;[Red]\\-#,##0" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "00000" }
            )
            {
                Count = 3,
            },
            new Fonts(
                new Font(),
                new Font(new FontName { Val = ".VnTime" }),
                new Font(new FontName { Val = ".VnTimeH" }),
                new Font(new FontName { Val = "VNI-Times" })
            ),
            new Fills(new Fill()),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat { NumberFormatId = 0 },
                new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat { FontId = 3, ApplyFont = true },
                new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true }
            )
        );
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(new Row(headers) { RowIndex = 1 });
        for (var i = 0; i < rows.Length; i++)
        {
            data.Append(new Row(rows[i] ?? []) { RowIndex = (uint)(i + 2) });
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(
            new Sheets(
                new Sheet
                {
                    Id = workbook.GetIdOfPart(sheetPart),
                    SheetId = 1,
                    Name = "Xã",
                }
            )
        );
    }
}
