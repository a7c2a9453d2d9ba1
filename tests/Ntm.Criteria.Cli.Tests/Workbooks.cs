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
    /// A workbook with a header row, data rows (a null row is an empty row, as a deleted line leaves) and a style
    /// whose number format is 0% (built-in 9).
    /// </summary>
    public static void Write(string path, string[] headers, Cell[]?[] rows)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill()),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat { NumberFormatId = 0 },
                new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }
            )
        );
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(new Row(headers.Select(Text)) { RowIndex = 1 });
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
