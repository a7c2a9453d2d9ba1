using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// The small workbooks written whole through the Open XML SDK (the criteria workbook, the data template), unlike a
/// report, which is streamed: the package, a sheet's frozen header row, its text cells and its columns.
/// </summary>
internal static class OpenXmlWorkbook
{
    /// <summary>Writes a workbook of these styles and sheets, in their order.</summary>
    public static void Write(string path, Stylesheet styles, IEnumerable<(string Name, Worksheet Sheet)> sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles;
        var list = workbook.Workbook.AppendChild(new Sheets());
        foreach (var (name, sheet) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = sheet;
            list.Append(
                new Sheet
                {
                    Id = workbook.GetIdOfPart(part),
                    SheetId = (uint)list.Count() + 1,
                    Name = name,
                }
            );
        }

        workbook.Workbook.Save();
    }

    /// <summary>A sheet's view with its first row frozen above the others, which scroll under it.</summary>
    public static SheetViews FrozenHeaderRow() =>
        new(
            new SheetView(
                new Pane
                {
                    VerticalSplit = 1,
                    TopLeftCell = "A2",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                }
            )
            {
                WorkbookViewId = 0,
            }
        );

    /// <summary>A cell of text at a column (from 0) and row, its spaces kept.</summary>
    public static Cell TextCell(int column, int row, string text, uint style) =>
        new()
        {
            CellReference = Xlsx.Column(column) + row.ToString(Xlsx.Invariant),
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = style,
        };

    // Excel refuses a workbook whose list of a check passes this length.
    private const int MaxList = 255;

    /// <summary>
    /// The formula of a check that takes one of <paramref name="values"/>; null where Excel cannot hold the list: past
    /// its length, or with a value that holds a comma or a quote.
    /// </summary>
    public static Formula1? ListFormula(IReadOnlyCollection<string> values)
    {
        var list = string.Join(",", values);
        return list.Length <= MaxList && !values.Any(v => v.Contains(',') || v.Contains('"'))
            ? new Formula1($"\"{list}\"")
            : null;
    }

    /// <summary>A column (from 0) of a width, in a style where one is given.</summary>
    public static Column Column(int index, double width, uint? style = null) =>
        new()
        {
            Min = (uint)index + 1,
            Max = (uint)index + 1,
            Width = width,
            CustomWidth = true,
            Style = style,
        };
}
