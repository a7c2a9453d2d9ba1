using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Data;

/// <summary>
/// The first worksheet of an Excel workbook, read row by row without loading the sheet: the first non-empty row is
/// the header, a row's number is the sheet's own. Numbers come as numbers (no decimal separator to guess), and a
/// number shown as a percentage (Excel stores 95% as 0.95) comes as a <see cref="PercentCell"/>.
/// </summary>
internal sealed class XlsxRowSource : RowSource
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly XlsxCellReader _cells;
    private readonly List<string> _notes = [];
    private readonly string _path;
    private readonly List<string> _headers = [];
    private long _lastRow;
    private long _currentRow;

    public XlsxRowSource(string path)
    {
        _path = path;
        XlsxCellReader.CheckUnpackedSize(path);
        try
        {
            _document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException || XlsxCellReader.Describe(e) is not null)
        {
            throw new CliUsageException($"{path}: the file is not a readable XLSX workbook (cut short, damaged, or another kind of file): {e.Message}");
        }

        var workbook = _document.WorkbookPart ?? throw new CliUsageException($"{path}: the workbook has no sheets");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheets.FirstOrDefault(IsVisible) ?? throw new CliUsageException($"{path}: the workbook has no {(sheets.Count == 0 ? string.Empty : "visible ")}sheets");

        // A hidden first sheet is often last year's data; communes continued on another sheet would be lost unseen.
        _notes.AddRange(sheets.TakeWhile(s => s != sheet).Select(s => $"the sheet '{s.Name}' is hidden and was not read; '{sheet.Name}', the first visible sheet, was"));
        var others = sheets.SkipWhile(s => s != sheet).Skip(1).Where(IsVisible).Select(s => $"'{s.Name}'").ToList();
        if (others.Count > 0)
        {
            _notes.Add($"only the sheet '{sheet.Name}' was read; the workbook has {others.Count} other visible sheet{(others.Count == 1 ? string.Empty : "s")} ({string.Join(", ", others)}): put every commune on one sheet, or give each sheet as its own file");
        }

        _cells = new XlsxCellReader(workbook);
        _reader = Guarded(() => OpenXmlReader.Create(workbook.GetPartById(sheet.Id?.Value ?? string.Empty) as WorksheetPart
            ?? throw new InvalidDataException($"the first sheet, '{sheet.Name}', is not a worksheet (a chart sheet?)")));
        while (Guarded(NextRow) is { } row)
        {
            if (row.Cells.Any(c => c is not null))
            {
                _headers.AddRange(row.Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty));
                return;
            }
        }

        throw new CliUsageException($"{path}: the first sheet, '{sheet.Name}', is empty");
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override string Format => "XLSX";

    public override IReadOnlyList<string> Notes => _notes;

    private static bool IsVisible(Sheet sheet) => sheet.State?.Value is null || sheet.State.Value == SheetStateValues.Visible;

    public override double? Progress => _lastRow == 0 ? null : Math.Min(1, (double)_currentRow / _lastRow);

    public override IEnumerable<RawRow> Rows()
    {
        while (true)
        {
            RawRow? row;
            string? stopped = null;
            try
            {
                row = NextRow();
            }
            catch (Exception e) when (XlsxCellReader.Describe(e) is { } reason)
            {
                row = null;
                stopped = reason;
            }

            if (row is null)
            {
                if (stopped is not null)
                {
                    yield return new RawRow(_currentRow + 1, [], $"the sheet could not be read past this row, and the rest of it was not read: {stopped}");
                }

                yield break;
            }

            if (row.Problem is null && row.Cells.All(c => c is null))
            {
                continue;
            }

            yield return row.Cells.Count > _headers.Count && row.Problem is null
                ? row with { Problem = $"the row has cells beyond the header's {_headers.Count} columns" }
                : row;
        }
    }

    // A broken workbook (a DTD, a missing part, a row numbered "abc") is a problem of the file, said with its name.
    private T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (XlsxCellReader.Describe(e) is { } reason)
        {
            throw new CliUsageException($"{_path}: the workbook cannot be read: {reason}");
        }
    }

    private RawRow? NextRow()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType == typeof(SheetDimension) && _reader.IsStartElement)
            {
                _lastRow = LastRowOf(((SheetDimension)_reader.LoadCurrentElement()!).Reference?.Value);
            }
            else if (_reader.ElementType == typeof(Row) && _reader.IsStartElement)
            {
                return Read((Row)_reader.LoadCurrentElement()!);
            }
        }

        return null;
    }

    private RawRow Read(Row row)
    {
        _currentRow = row.RowIndex?.Value ?? _currentRow + 1;
        var cells = new List<object?>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? XlsxCellReader.ColumnIndex(reference) : next;
            next = column + 1;
            if (column >= XlsxCellReader.MaxColumns)
            {
                // A cell at column ZZZZZZ would make a row of millions of cells: the row is refused, not built.
                return new RawRow(_currentRow, [], $"a cell at {cell.CellReference?.Value} is past Excel's last column, XFD");
            }

            while (cells.Count <= column)
            {
                cells.Add(null);
            }

            cells[column] = _cells.Value(cell);
        }

        return new RawRow(_currentRow, cells);
    }

    /// <summary>"A1:BT587" → 587.</summary>
    private static long LastRowOf(string? reference)
    {
        var last = reference?.Split(':')[^1];
        var digits = new string(last?.SkipWhile(char.IsAsciiLetter).ToArray());
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _document.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>A spreadsheet number formatted as a percentage: Excel stores 95% as 0.95.</summary>
internal sealed record PercentCell(double Fraction);
