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
    /// <summary>The name Excel keeps a sheet's print titles in (<see cref="PrintTitles"/>).</summary>
    public const string PrintTitlesName = "_xlnm.Print_Titles";

    /// <summary>
    /// Writes a workbook of these styles and sheets, in their order, each printing as <see cref="PagePrinting"/> says,
    /// headed on every page by its titles.
    /// </summary>
    public static void Write(
        string path,
        Stylesheet styles,
        IEnumerable<(string Name, Worksheet Sheet, PrintTitles? Titles)> sheets,
        Texts texts
    )
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles;
        var list = workbook.Workbook.AppendChild(new Sheets());
        var names = new DefinedNames();
        foreach (var (name, sheet, titles) in sheets)
        {
            sheet.Append(PagePrinting.Setup(texts, onePageWide: false));
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = sheet;
            if (titles is not null)
            {
                names.Append(
                    new DefinedName(titles.Reference(name))
                    {
                        Name = PrintTitlesName,
                        LocalSheetId = (uint)list.Count(),
                    }
                );
            }

            list.Append(
                new Sheet
                {
                    Id = workbook.GetIdOfPart(part),
                    SheetId = (uint)list.Count() + 1,
                    Name = name,
                }
            );
        }

        if (names.HasChildren)
        {
            workbook.Workbook.Append(names);
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
