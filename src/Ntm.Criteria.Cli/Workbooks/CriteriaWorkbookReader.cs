using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// Turns a filled criteria workbook into rule files: each criteria sheet becomes one set file, the set the sheet was
/// exported from (its "Exported from" cell) with the sheet's facts, criteria, indicators and thresholds, and the
/// expressions written from the tables. Every problem is collected with its sheet and cell.
/// </summary>
internal sealed class CriteriaWorkbookReader(CriteriaCatalog catalog, Texts t)
{
    /// <summary>What the reading noticed that is no problem, for standard error: cells in a legacy font, read as shown.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>
    /// A set's sheet as <c>ntm workbook export</c> writes it, read back: what the import of a sheet left as exported
    /// gives; null when it does not read back (the catalog lacks the set it names as exported from).
    /// </summary>
    public static ImportedSet? AsExported(CriteriaSet set, CriteriaCatalog catalog, Texts t)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ntm-{Guid.NewGuid():N}.xlsx");
        try
        {
            CriteriaWorkbookWriter.Write(path, [set], t);
            var (sets, problems) = new CriteriaWorkbookReader(catalog, t).Read(path);
            return problems.Count == 0 && sets is [var sheet] ? sheet : null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Whether a sheet says exactly what a version says: the file it gives is the one the version's sheet, left as
    /// exported, gives.
    /// </summary>
    public static bool SaysWhat(
        ImportedSet sheet,
        CriteriaSet version,
        string folder,
        CriteriaCatalog catalog,
        Texts t
    ) =>
        AsExported(version, catalog, t) is { } exported
        && JsonNode.DeepEquals(
            sheet.FileIn(folder),
            (exported with { RelativePath = sheet.RelativePath }).FileIn(folder)
        );

    /// <summary>The sets of the workbook as rule-file JSON, or the problems that stop any being written.</summary>
    public (List<ImportedSet> Sets, List<WorkbookProblem> Problems) Read(string path)
    {
        XlsxCellReader.CheckUnpackedSize(path, t);
        using var file = OpenToRead(path);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(file, isEditable: false);
        }
        catch (Exception e)
            when (e
                    is OpenXmlPackageException
                        or InvalidDataException
                        or FileFormatException
                        or IOException
                        or UnauthorizedAccessException
                || XlsxCellReader.Describe(e, t) is not null
            )
        {
            throw new CliUsageException(
                $"{path}: {OtherWorkbookKind.Describe(path, t) ?? t.NotACriteriaWorkbook(e.Message)}"
            );
        }

        using (document)
        {
            var workbook =
                document.WorkbookPart
                ?? throw new CliUsageException($"{path}: {OtherWorkbookKind.Describe(path, t) ?? t.NoCriteriaSheet}");
            XlsxCellReader cells;
            List<(string Name, Dictionary<(int Row, int Column), object> Grid, List<string> Merged)> sheets;
            try
            {
                cells = new XlsxCellReader(workbook, t);
                sheets =
                [
                    .. (workbook.Workbook.Sheets?.Elements<Sheet>() ?? []).Select(s =>
                        (Name: s.Name?.Value ?? "?", Grid: Grid(workbook, s, cells), Merged: MergedRanges(workbook, s))
                    ),
                ];
            }
            catch (Exception e) when (XlsxCellReader.Describe(e, t) is { } reason)
            {
                throw new CliUsageException($"{path}: {t.CriteriaWorkbookUnreadable(reason)}");
            }

            Notes.AddRange(
                cells.LegacyFontCells.Select(c => t.LegacyFontCellsRead(c.Count, c.Font, c.Stored, c.Shown))
            );

            var problems = new List<WorkbookProblem>();
            var inputsReader = new InputsSheetReader(catalog, t);
            var inputsSheets = sheets
                .Where(s => InputsSheetReader.IsInputsSheet(s.Name))
                .Select(s => SheetCells.Of(s.Name, s.Grid, s.Merged, cells.Dates, t, problems))
                .ToList();
            var newInputs = inputsSheets
                .SelectMany(s => inputsReader.Read(s).Select(i => (Sheet: s, i.Declaration, i.Row)))
                .ToList();
            var result = new List<ImportedSet>();
            var criteriaSheets = sheets
                .Where(s =>
                    s.Grid.GetValueOrDefault((1, 0)) is { } a1
                    && CriteriaSheetLayout.IndexOf(SheetCells.Show(a1), x => x.WorkbookHeaderLabels)
                        == (int)HeaderField.SetId
                )
                .ToList();
            if (criteriaSheets.Count == 0)
            {
                throw new CliUsageException($"{path}: {t.NoCriteriaSheet}");
            }

            var read = new HashSet<string>(StringComparer.Ordinal);
            var sheetOfVersion = new Dictionary<string, string>(StringComparer.Ordinal);
            var rowsNotRead = false;
            foreach (var (name, grid, merged) in criteriaSheets)
            {
                var reader = new CriteriaSheetReader(
                    catalog,
                    t,
                    inputsReader.Refused,
                    SheetCells.Of(name, grid, merged, cells.Dates, t, problems)
                );
                if (reader.Read([.. newInputs.Select(i => i.Declaration)], read, sheetOfVersion) is { } set)
                {
                    result.Add(set);
                }

                rowsNotRead |= reader.RowsNotRead;
            }

            // Each set declares the new inputs it reads: one that none reads would be declared nowhere, and lost. When
            // a sheet's rows could not be read, they may read it.
            foreach (
                var (sheet, declaration, row) in newInputs.Where(i =>
                    !rowsNotRead && !read.Contains(i.Declaration.Name)
                )
            )
            {
                sheet.Problem(0, row, t.InputReadByNoIndicator(declaration.Name));
            }

            return (result, problems);
        }
    }

    private FileStream OpenToRead(string path)
    {
        try
        {
            return FileToRead.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(
                $"{path}: {(FileToRead.IsHeld(e) ? t.FileHeldByAnotherProgram : t.NotACriteriaWorkbook(e.Message))}"
            );
        }
    }

    /// <summary>The references of a sheet's merged ranges (<c>M22:M25</c>).</summary>
    private static List<string> MergedRanges(WorkbookPart workbook, Sheet sheet) =>
        sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part
            ?
            [
                .. part
                    .Worksheet.Elements<MergeCells>()
                    .SelectMany(m => m.Elements<MergeCell>())
                    .Select(m => m.Reference?.Value)
                    .OfType<string>(),
            ]
            : [];

    /// <summary>A sheet's non-empty cells by 1-based row and 0-based column.</summary>
    private Dictionary<(int Row, int Column), object> Grid(WorkbookPart workbook, Sheet sheet, XlsxCellReader reader)
    {
        var grid = new Dictionary<(int, int), object>();
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return grid;
        }

        var rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? XlsxCellReader.ColumnIndex(reference) : next;
                next = column + 1;
                if (column >= XlsxCellReader.MaxColumns)
                {
                    throw new InvalidDataException(t.CellPastLastColumn(cell.CellReference?.Value));
                }

                var value = reader.Value(cell);
                if (value is string text)
                {
                    value = CleanText.Of(text);
                }

                if (value is not (null or ""))
                {
                    grid[(rowNumber, column)] = value;
                }
            }
        }

        return grid;
    }
}
