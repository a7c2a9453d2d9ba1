using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// The first visible worksheet of an Excel workbook, or the one <c>--sheet</c> names, its XML read a cell at a time:
/// the first non-empty row is the header, a row's number is the sheet's own. Numbers come as numbers (no decimal separator to guess), and a
/// number shown as a percentage (Excel stores 95% as 0.95) comes as a <see cref="PercentCell"/>.
/// </summary>
internal sealed class XlsxRowSource : RowSource
{
    private readonly FileStream _file;
    private readonly SpreadsheetDocument _document;
    private readonly Stream _sheet;
    private readonly XmlReader _reader;
    private readonly XlsxCellReader _cells;

    // Each row is checked against every merged range: a few hundred are a report's layout, more are not data.
    private const int MaxMergedRanges = 10_000;

    private const int HiddenRowsNamed = 5;

    private readonly List<string> _notes = [];
    private List<string> _others = [];
    private readonly List<MergedRange> _merged;
    private readonly string _path;
    private readonly List<string> _headers = [];

    // Rows read while looking for the header, after it: the first data rows.
    private readonly List<RawRow> _pending = [];

    // Data rows the sheet hides, read like the others: how many, and the first.
    private long _hiddenRows;
    private readonly List<long> _firstHidden = [];
    private long _lastRow;
    private long _currentRow;

    public XlsxRowSource(string path, Func<IReadOnlyList<string>, bool> isHeader, Texts texts, string? sheetName = null)
        : base(texts)
    {
        _path = path;
        XlsxCellReader.CheckUnpackedSize(path, texts);
        _file = FileToRead.Open(path);
        try
        {
            _document = SpreadsheetDocument.Open(_file, isEditable: false);
        }
        catch (Exception e)
            when (e is OpenXmlPackageException or InvalidDataException or FileFormatException
                || XlsxCellReader.Describe(e, T) is not null
            )
        {
            _file.Dispose();
            throw new CliUsageException($"{path}: {OtherWorkbookKind.Describe(path, T) ?? T.NotAWorkbook(e.Message)}");
        }

        var workbook =
            _document.WorkbookPart
            ?? throw new CliUsageException(
                $"{path}: {OtherWorkbookKind.Describe(path, T) ?? T.NoSheets(noneVisible: false)}"
            );
        var sheets = Guarded(() => workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? []);
        var sheet = sheetName is null ? FirstVisible(sheets, path) : Named(sheets, sheetName, path);

        _cells = Guarded(() => new XlsxCellReader(workbook, T));
        var worksheet = Guarded(() =>
            workbook.GetPartById(sheet.Id?.Value ?? string.Empty) as WorksheetPart
            ?? throw new InvalidDataException(T.NotAWorksheet(sheet.Name?.Value ?? ""))
        );
        _merged = Guarded(() => MergedRanges(worksheet, T));
        if (_merged.Count > 0)
        {
            _notes.Add(T.MergedRangesRead([.. _merged.Select(m => m.Reference)]));
        }

        _sheet = Guarded(() => worksheet.GetStream(FileMode.Open, FileAccess.Read));
        _reader = XmlReader.Create(_sheet, XmlSettings);

        // The header is the first row that names the ids among the first rows (a form's title rows come before it),
        // or the first row when none does; the rows read after it are data.
        var candidates = new List<RawRow>();
        while (candidates.Count <= HeaderSearchRows && Guarded(NextRow) is { } row)
        {
            if (row.Cells.Any(c => c is not null))
            {
                candidates.Add(row);
                if (isHeader(CellTexts(row)))
                {
                    break;
                }
            }
        }

        if (candidates.Count == 0)
        {
            throw new CliUsageException($"{path}: {T.SheetEmpty(sheet.Name?.Value ?? "", first: sheetName is null)}");
        }

        var header = candidates.FindIndex(r => isHeader(CellTexts(r)));
        var headerRows = new List<RawRow> { candidates[Math.Max(header, 0)] };
        HeaderRow = headerRows[0].Row;
        _pending.AddRange(candidates.Skip(Math.Max(header, 0) + 1));
        if (header >= 0)
        {
            while (Guarded(NextRow) is { } below)
            {
                if (!ContinuesHeader(headerRows, below, isHeader))
                {
                    _pending.Add(below);
                    break;
                }

                headerRows.Add(below);
            }
        }

        _headers.AddRange(LowestTexts([.. headerRows.Select(CellTexts)]));
        if (header > 0)
        {
            // A title row may hold no text at all: a formula's error (#REF!), a broken reference.
            var title = candidates.Take(header).SelectMany(CellTexts).FirstOrDefault(t => t.Length > 0);
            _notes.Add(T.TitleRowsSkipped(candidates[0].Row, HeaderRow, title));
        }

        if (headerRows.Count > 1)
        {
            _notes.Add(SeveralRowsNote(HeaderRow, headerRows[^1].Row, CellTexts(headerRows[0]), _headers));
        }
    }

    /// <summary>
    /// Whether a row continues a header of several levels, as report forms lay one out: the ids' header merged down
    /// into it ("Mã xã" over two rows), or headings over groups of columns ("Tiêu chí 3" merged across, or written in
    /// the first of them with empty headers after it) whose columns it names, its other cells empty or those merged
    /// down. A cell merged down from the header into the communes' rows does not make them header rows: they have ids
    /// where the header names them.
    /// </summary>
    private bool ContinuesHeader(List<RawRow> header, RawRow row, Func<IReadOnlyList<string>, bool> isHeader)
    {
        var (first, last) = (header[0].Row, header[^1].Row);
        if (
            _merged.Any(m => m.FirstRow >= first && m.FirstRow <= last && m.LastRow >= row.Row)
            && isHeader(CellTexts(row))
        )
        {
            return true;
        }

        var groups = _merged.Where(m => m.FirstRow == last && m.LastRow == last && m.LastColumn > m.FirstColumn);
        return NamesGroupColumns(
            CellTexts(header[^1]),
            CellTexts(row),
            CellTexts(header[0]).FindIndex(h => isHeader([h])),
            column => groups.Any(g => column >= g.FirstColumn && column <= g.LastColumn)
        );
    }

    public override long HeaderRow { get; }

    public override IReadOnlyList<string> Headers => _headers;

    public override string Format => "XLSX";

    // Read after the rows, when every cell in a legacy font and every hidden row has been.
    public override IReadOnlyList<string> Notes =>
        [
            .. _notes,
            .. _cells.LegacyFontCells.Select(c => T.LegacyFontCellsRead(c.Count, c.Font, c.Stored, c.Shown)),
            .. _hiddenRows > 0 ? [T.HiddenRowsRead(_hiddenRows, _firstHidden)] : Array.Empty<string>(),
        ];

    /// <summary>
    /// Whether a file's extension is a workbook's this reads: .xlsx, or a macro-enabled .xlsm, whose macros are never
    /// run.
    /// </summary>
    public static bool Reads(string extension) => extension.ToLowerInvariant() is ".xlsx" or ".xlsm";

    public override IReadOnlyList<string> OtherSheets => _others;

    // The first visible sheet, said to be the one read when others could hold communes.
    private Sheet FirstVisible(List<Sheet> sheets, string path)
    {
        var sheet =
            sheets.FirstOrDefault(IsVisible)
            ?? throw new CliUsageException($"{path}: {T.NoSheets(noneVisible: sheets.Count > 0)}");

        // A hidden first sheet is often last year's data; communes continued on another sheet would be lost unseen.
        _notes.AddRange(
            sheets
                .TakeWhile(s => s != sheet)
                .Select(s => T.HiddenSheetSkipped(s.Name?.Value ?? "", sheet.Name?.Value ?? ""))
        );
        _others = sheets.SkipWhile(s => s != sheet).Skip(1).Where(IsVisible).Select(s => s.Name?.Value ?? "").ToList();
        if (_others.Count > 0)
        {
            _notes.Add(T.OtherSheetsNotRead(sheet.Name?.Value ?? "", _others));
        }

        return sheet;
    }

    // The sheet --sheet names, hidden or not (it was asked for), its name matched as a header is: case, spaces and
    // Unicode composition aside.
    private Sheet Named(List<Sheet> sheets, string name, string path)
    {
        List<string> names = [.. sheets.Select(s => s.Name?.Value ?? "")];
        return sheets.FirstOrDefault(s => LocalityTable.SameHeader(s.Name?.Value ?? "", name))
            ?? throw new CliUsageException($"{path}: {T.NoSuchSheet(name, names, LocalityTable.Meant(name, names))}");
    }

    private static bool IsVisible(Sheet sheet) =>
        sheet.State?.Value is null || sheet.State.Value == SheetStateValues.Visible;

    public override double? Progress => _lastRow == 0 ? null : Math.Min(1, (double)_currentRow / _lastRow);

    public override IEnumerable<RawRow> Rows()
    {
        var pending = new Queue<RawRow>(_pending);
        while (true)
        {
            RawRow? row;
            string? stopped = null;
            try
            {
                row = pending.Count > 0 ? pending.Dequeue() : NextRow();
            }
            catch (Exception e) when (XlsxCellReader.Describe(e, T) is { } reason)
            {
                row = null;
                stopped = reason;
            }

            if (row is null)
            {
                if (stopped is not null)
                {
                    yield return new RawRow(_currentRow + 1, [], T.ReadingStopped(T.RowUnit, stopped));
                }

                yield break;
            }

            if (row.Problem is null && row.IsBlank)
            {
                continue;
            }

            // A filter hides rows without taking them out of the file: evaluated, and said, since the sheet did not
            // show them.
            if (row.Hidden && ++_hiddenRows <= HiddenRowsNamed)
            {
                _firstHidden.Add(row.Row);
            }

            // Cells past the header's last column are those of columns without a header: read as such (a value in one is
            // said, an empty one formatted there is nothing).
            yield return row;
        }
    }

    // A broken workbook (a DTD, a missing part, a row numbered "abc") is a problem of the file, said with its name.
    private TResult Guarded<TResult>(Func<TResult> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (XlsxCellReader.Describe(e, T) is { } reason)
        {
            throw new CliUsageException($"{_path}: {T.WorkbookUnreadable(reason)}");
        }
    }

    private RawRow? NextRow()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "dimension")
            {
                _lastRow = LastRowOf(_reader.GetAttribute("ref"));
            }
            else if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "row")
            {
                return ReadRow();
            }
        }

        return null;
    }

    // The sheet's XML is read as it comes, a cell at a time: no row is built as a document before it is read.
    private RawRow ReadRow()
    {
        _currentRow = _reader.GetAttribute("r") is { } number
            ? long.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture)
            : _currentRow + 1;
        var hidden = _reader.GetAttribute("hidden") is "1" or "true";
        var cells = new List<object?>();
        string? problem = null;
        var next = 0;
        if (!_reader.IsEmptyElement)
        {
            var depth = _reader.Depth;
            _reader.Read();
            while (_reader.Depth > depth)
            {
                if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "c")
                {
                    var reference = _reader.GetAttribute("r");
                    var column = reference is null ? next : XlsxCellReader.ColumnIndex(reference);
                    next = column + 1;
                    if (column >= XlsxCellReader.MaxColumns)
                    {
                        // A cell at column ZZZZZZ would make a row of millions of cells: the row is refused, not built.
                        problem ??= T.CellPastLastColumn(reference);
                        _reader.Skip();
                        continue;
                    }

                    var value = _cells.Value(_cells.ReadCell(_reader));
                    if (problem is null)
                    {
                        while (cells.Count <= column)
                        {
                            cells.Add(null);
                        }

                        cells[column] = value;
                    }
                }

                _reader.Read();
            }
        }

        if (problem is not null)
        {
            return new RawRow(_currentRow, [], problem);
        }

        // A merged range shows its first cell's value in all its cells: the file stores it once, at the top left.
        foreach (var range in _merged.Where(m => _currentRow >= m.FirstRow && _currentRow <= m.LastRow))
        {
            if (_currentRow == range.FirstRow)
            {
                range.Value = range.FirstColumn < cells.Count ? cells[range.FirstColumn] : null;
            }

            for (var column = range.FirstColumn; column <= range.LastColumn; column++)
            {
                while (cells.Count <= column)
                {
                    cells.Add(null);
                }

                cells[column] ??= range.Value;
            }
        }

        return new RawRow(_currentRow, cells) { Hidden = hidden };
    }

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    // The merged ranges follow the rows in the sheet's XML, so they are read in a first pass over it.
    private static List<MergedRange> MergedRanges(WorksheetPart worksheet, Texts t)
    {
        var ranges = new List<MergedRange>();
        if (!Mentions(worksheet, "mergeCell"u8))
        {
            return ranges;
        }

        using var stream = worksheet.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, XmlSettings);
        while (XlsxCellReader.ReadToNext(reader, "mergeCell"))
        {
            if (reader.GetAttribute("ref") is { } reference && reference.Split(':') is [var first, var last])
            {
                ranges.Add(
                    new MergedRange(
                        reference,
                        RowOf(first),
                        XlsxCellReader.ColumnIndex(first),
                        RowOf(last),
                        Math.Min(XlsxCellReader.ColumnIndex(last), XlsxCellReader.MaxColumns - 1)
                    )
                );
                if (ranges.Count > MaxMergedRanges)
                {
                    throw new InvalidDataException(t.TooManyMergedRanges(MaxMergedRanges));
                }
            }
        }

        return ranges;
    }

    /// <summary>
    /// Whether a part's bytes hold a word: most data sheets have no merged range, and finding that out by searching the
    /// bytes takes a fraction of the time of reading the sheet's XML once more.
    /// </summary>
    private static bool Mentions(WorksheetPart worksheet, ReadOnlySpan<byte> word)
    {
        using var stream = worksheet.GetStream(FileMode.Open, FileAccess.Read);
        var buffer = new byte[1 << 16];
        var kept = 0;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + read;
            if (buffer.AsSpan(0, filled).IndexOf(word) >= 0)
            {
                return true;
            }

            // The end of this piece may hold the start of the word.
            kept = Math.Min(word.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return false;
    }

    /// <summary>"BT587" → 587; 0 when the reference has no row.</summary>
    private static long RowOf(string reference) =>
        long.TryParse(
            new string([.. reference.SkipWhile(char.IsAsciiLetter)]),
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var row
        )
            ? row
            : 0;

    /// <summary>A merged range of cells, and the value of its first cell once its first row is read.</summary>
    private sealed record MergedRange(string Reference, long FirstRow, int FirstColumn, long LastRow, int LastColumn)
    {
        public object? Value { get; set; }
    }

    /// <summary>"A1:BT587" → 587.</summary>
    private static long LastRowOf(string? reference) => reference is null ? 0 : RowOf(reference.Split(':')[^1]);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _sheet.Dispose();
            _document.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
