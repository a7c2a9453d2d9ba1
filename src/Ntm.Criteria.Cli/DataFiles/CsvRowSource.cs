using System.Text;
using CsvHelper;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A CSV file as spreadsheets and people write it: UTF-8 with or without a byte order mark, the separator detected
/// among comma, semicolon, tab and bar (a decimal-comma file usually uses semicolons), lines starting with <c>#</c>
/// before the header as comments (after it, a line is a row: a commune's id may start with <c>#</c>), empty lines
/// skipped. Broken quoting is read as far as it goes and reported on its row.
/// </summary>
internal sealed class CsvRowSource : RowSource
{
    // A row of a commune's data is a few kilobytes; a longer one is an unclosed quote swallowing the file.
    private const int MaxRowBytes = 1 << 20;

    private readonly Stream _stream;
    private readonly CsvReader _reader;
    private readonly string[] _headers;
    private readonly bool _lastLineUnended;

    // The first row, read to see whether it continues the header, when it does not.
    private readonly RawRow? _first;

    // The comment lines before the header, which the reader starts after: row numbers count them.
    private readonly long _linesBefore;
    private string? _malformed;
    private readonly List<string> _notes = [];

    /// <summary>Opens a CSV file; <paramref name="encoding"/> is the file's where it is not UTF-8 (UTF-16 that says
    /// so), null for UTF-8.</summary>
    public CsvRowSource(string path, Func<IReadOnlyList<string>, bool> isHeader, Texts texts, Encoding? encoding)
        : base(texts)
    {
        _stream = encoding is null ? OpenToRead(path) : TextEncoding.AsUtf8(path, encoding, texts);
        if (encoding is not null)
        {
            _notes.Add(T.ReadAsUtf16);
        }

        _lastLineUnended = LastLineUnended(_stream);
        (_linesBefore, var title) = SkipToHeader(_stream, isHeader);
        if (title is not null)
        {
            _notes.Add(T.TitleRowsSkipped(title.Value.First, _linesBefore + 1, title.Value.Text));
        }

        var options = CsvReaderOptions.Default with
        {
            CommentPrefix = null,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            OnMalformedRecord = OnMalformed,
            MaxRecordSize = MaxRowBytes,
        };
        try
        {
            _reader = CsvReader.Create(_stream, options);
            _headers = [.. _reader.Headers];
        }
        catch (CsvFormatException e)
        {
            _stream.Dispose();
            throw new CliUsageException($"{path}: {T.HeaderLineUnreadable(e.Message)}");
        }

        if (_headers.Length == 0)
        {
            Dispose();
            throw new CliUsageException($"{path}: {T.FileEmpty}");
        }

        // A form saved as CSV loses its merged cells: a heading over a group of columns is written in the first of
        // them, the others left empty, and the row below names the group's columns.
        var ids = Array.FindIndex(_headers, h => isHeader([h]));
        _first = ReadRows().FirstOrDefault();
        if (ids >= 0 && _first is { Problem: null } below && NamesGroupColumns(_headers, CellTexts(below), ids))
        {
            var top = _headers;
            _headers = [.. LowestTexts([top, CellTexts(below)]).Take(top.Length)];
            _notes.Add(SeveralRowsNote(HeaderRow, below.Row, top, _headers));
            _first = null;
        }
    }

    public override IReadOnlyList<string> Headers => _headers;

    public override string Format => "CSV";

    public override long HeaderRow => _linesBefore + 1;

    public override IReadOnlyList<string> Notes => _notes;

    public override double? Progress => _stream.Length == 0 ? null : (double)_stream.Position / _stream.Length;

    public override IEnumerable<RawRow> Rows()
    {
        // One row is held back: the last row of a file whose last line has no line ending may be cut short (a copy
        // interrupted, a file still being written: "…,10" where "100" was being written), so it is reported, not read.
        RawRow? held = null;
        // Reading that stopped at the first row (a broken quote, bytes that are not text) stays stopped.
        var rows =
            _first is null ? ReadRows()
            : _first is { Cells.Count: 0, Problem: not null } ? [_first]
            : ReadRows().Prepend(_first);
        foreach (var row in rows)
        {
            if (held is not null)
            {
                yield return held;
            }

            held = row;
        }

        if (held is not null)
        {
            yield return _lastLineUnended && held.Problem is null ? held with { Problem = T.LastLineUnended } : held;
        }
    }

    private IEnumerable<RawRow> ReadRows()
    {
        while (true)
        {
            if (!TryRead(out var stopped))
            {
                if (stopped is not null)
                {
                    yield return new RawRow(_reader.LineNumber + _linesBefore, [], stopped);
                }

                yield break;
            }

            var cells = new object?[_reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var text = _reader.GetString(i);
                cells[i] = NotAValue.ErrorIn(text) ?? (object)text;
            }

            var problem = _malformed;
            _malformed = null;

            // Whatever its number of separators, a line of them alone is an empty line.
            if (problem is null && RawRow.AreBlank(cells))
            {
                continue;
            }

            // Empty cells after the header's last column (a spreadsheet saves the separators of a row formatted wider) are
            // no cells; a row with a value past it, or with fewer cells, may have its values shifted, and is not read.
            if (cells.Length > _headers.Length && RawRow.AreBlank(cells[_headers.Length..]))
            {
                cells = cells[.._headers.Length];
            }

            if (problem is null && cells.Length != _headers.Length)
            {
                problem = T.CellCountDiffers(cells.Length, _headers.Length);
            }

            yield return new RawRow(_reader.LineNumber + _linesBefore, cells, problem);
        }
    }

    /// <summary>
    /// Moves past what comes before the header (a byte order mark, comment and blank lines, and the title lines of a
    /// form: "UBND HUYỆN …", "BÁO CÁO …"), and says how many lines that was and which line the title started on. The
    /// header is the first line <paramref name="isHeader"/> accepts among the first lines, or the first line that is
    /// not a comment when none is.
    /// </summary>
    private static (long Lines, (long First, string Text)? Title) SkipToHeader(
        Stream stream,
        Func<IReadOnlyList<string>, bool> isHeader
    )
    {
        var start = stream.Position;
        var bytes = new byte[Math.Min(stream.Length, 1 << 20)];
        stream.ReadExactly(bytes);
        var at = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

        // Each line that is not a comment or blank, up to the header search: where it starts, its number and its text.
        var candidates = new List<(int Start, long Number, string Text)>();
        long number = 0;
        while (at < bytes.Length && candidates.Count <= HeaderSearchRows)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', at);
            var line = System.Text.Encoding.UTF8.GetString(bytes, at, (end < 0 ? bytes.Length : end) - at).Trim();
            number++;

            // Excel's line naming the separator ("sep=;", which makes Excel split the file on it) is no title.
            var separatorLine = number == 1 && line.Length == 5 && line.StartsWith("sep=", StringComparison.Ordinal);
            if (line.Length > 0 && !separatorLine && (candidates.Count > 0 || !line.StartsWith('#')))
            {
                candidates.Add((at, number, line));
                if (isHeader(Cells(line)))
                {
                    break;
                }
            }

            if (end < 0)
            {
                break;
            }

            at = end + 1;
        }

        if (candidates.Count == 0)
        {
            stream.Seek(start, SeekOrigin.Begin);
            return (0, null);
        }

        var header = candidates.FindIndex(c => isHeader(Cells(c.Text)));
        var chosen = candidates[Math.Max(header, 0)];
        stream.Seek(start + chosen.Start, SeekOrigin.Begin);
        return (
            chosen.Number - 1,
            header > 0 ? (candidates[0].Number, candidates[0].Text.TrimEnd(',', ';', '\t', '|')) : null
        );
    }

    // A line's cells as far as finding the header needs: split on every separator the file may use, quotes dropped.
    private static string[] Cells(string line) =>
        [.. line.Split([',', ';', '\t', '|']).Select(cell => cell.Trim().Trim('"').Trim())];

    /// <summary>
    /// Whether the file's last line holds data but no line ending: a last line that is empty or blank is not a row,
    /// and the file is read back to where it was.
    /// </summary>
    private static bool LastLineUnended(Stream stream)
    {
        const int Tail = 1 << 16;
        if (stream.Length == 0)
        {
            return false;
        }

        var start = Math.Max(0, stream.Length - Tail);
        var bytes = new byte[stream.Length - start];
        stream.Seek(start, SeekOrigin.Begin);
        stream.ReadExactly(bytes);
        stream.Seek(0, SeekOrigin.Begin);
        var end = Array.LastIndexOf(bytes, (byte)'\n');
        if (end == bytes.Length - 1 || (bytes.Length > 0 && bytes[^1] == (byte)'\r'))
        {
            return false;
        }

        var last = System.Text.Encoding.UTF8.GetString(bytes, end + 1, bytes.Length - end - 1).Trim();
        return last.Length > 0;
    }

    private bool TryRead(out string? stopped)
    {
        stopped = null;
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException e)
        {
            stopped = T.ReadingStopped(T.LineUnit, T.Verbatim(e.Message));
            return false;
        }
    }

    // The reader reports a malformed record just before returning it, so the problem belongs to the next row read.
    private void OnMalformed(CsvMalformedRecord record) =>
        _malformed = record.Reason switch
        {
            CsvMalformedReason.StrayQuote => T.StrayQuote,
            CsvMalformedReason.TextAfterClosingQuote => T.TextAfterClosingQuote,
            CsvMalformedReason.UnterminatedQuote => T.UnterminatedQuote,
            CsvMalformedReason.FieldCountMismatch => T.AnotherCellCount,
            _ => T.MalformedRow(record.Reason.ToString()),
        };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
