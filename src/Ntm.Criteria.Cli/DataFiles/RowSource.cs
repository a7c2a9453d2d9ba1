using System.Globalization;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A data row as the file holds it. <see cref="Row"/> is what a person finds in the file: the line of a CSV row, the
/// sheet row of an XLSX row, the line where a JSON object starts (its place in the list, in a file of objects sharing
/// lines). Cells are strings, doubles, booleans or null, in header order; <see cref="Problem"/> says when the file
/// itself is broken at that row (a bad quote, a truncated line).
/// </summary>
internal sealed record RawRow(long Row, IReadOnlyList<object?> Cells, string? Problem = null)
{
    /// <summary>
    /// Whether every cell is empty or blank: an empty line, a sheet's row whose cells are formatted but hold nothing, or
    /// the row of separators alone (",,,,") a spreadsheet saves for one. Not a locality, and skipped as an empty line.
    /// </summary>
    public bool IsBlank => AreBlank(Cells);

    /// <summary>Whether the sheet hides the row (a filter, or rows hidden by hand): a sheet's row only.</summary>
    public bool Hidden { get; init; }

    /// <inheritdoc cref="IsBlank"/>
    public static bool AreBlank(IEnumerable<object?> cells) => cells.All(IsBlankCell);

    /// <summary>Whether a cell is empty or holds blank text.</summary>
    public static bool IsBlankCell(object? cell) =>
        cell is null || cell is string text && string.IsNullOrWhiteSpace(text);
}

/// <summary>A table of rows read from a data file, one row at a time.</summary>
internal abstract class RowSource : IDisposable
{
    /// <summary>A source whose problems and notes are said in the language of <paramref name="texts"/>.</summary>
    protected RowSource(Texts texts) => T = texts;

    /// <summary>The language of the source's problems and notes.</summary>
    protected Texts T { get; }

    /// <summary>A data file opened to be read once from start to end, as every reader of one does.</summary>
    internal static FileStream OpenToRead(string path) => FileToRead.Open(path, FileOptions.SequentialScan);

    /// <summary>The column headers, as written in the file.</summary>
    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>The format's name for reports: CSV, JSON or XLSX.</summary>
    public abstract string Format { get; }

    /// <summary>How much of the file has been read, from 0 to 1, for a progress bar; null when unknown.</summary>
    public abstract double? Progress { get; }

    /// <summary>The rows after the header, in file order; read once.</summary>
    public abstract IEnumerable<RawRow> Rows();

    /// <summary>
    /// What the reader chose that a person must know (a hidden sheet passed over, other sheets not read).
    /// </summary>
    public virtual IReadOnlyList<string> Notes => [];

    /// <summary>The visible sheets of a workbook besides the first one, read in their place; empty otherwise.</summary>
    public virtual IReadOnlyList<string> OtherSheets => [];

    /// <summary>The row (line, sheet row) taken as the header: after the title rows of a form, if any.</summary>
    public abstract long HeaderRow { get; }

    /// <summary>How many rows past the first a header is looked for: a form's heading is a few lines.</summary>
    protected const int HeaderSearchRows = 20;

    /// <summary>A row's cells as text, trimmed; an empty cell, and one that holds no value, as "".</summary>
    protected static List<string> CellTexts(RawRow row) =>
        [
            .. row.Cells.Select(c =>
                c switch
                {
                    NotAValue => string.Empty,
                    DateCell date => date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
                }
            ),
        ];

    /// <summary>
    /// Whether a row under a header's last row is the header's next level, naming the columns of its groups: each of
    /// its cells with text stands in a group — one <paramref name="mergedGroup"/> says, or a heading saved without its
    /// merged cells (in the group's first column, empty headers after it) — or repeats the cell above (merged down);
    /// none is in the ids' column, none is a number or a unit.
    /// </summary>
    protected static bool NamesGroupColumns(
        IReadOnlyList<string> above,
        IReadOnlyList<string> row,
        int ids,
        Func<int, bool>? mergedGroup = null
    )
    {
        var names = false;
        for (var column = 0; column < row.Count; column++)
        {
            var text = row[column];
            if (text.Length == 0 || (column < above.Count && text == above[column]))
            {
                continue;
            }

            var inGroup = mergedGroup?.Invoke(column) == true || InUnmergedGroup(above, column);
            if (column == ids || !inGroup || IsNumber(text) || IsUnit(text))
            {
                return false;
            }

            names = true;
        }

        return names;
    }

    /// <summary>
    /// Each column's name in a header of one or several rows: its lowest cell with text, a unit under the first row
    /// aside ("%" under "Tỷ lệ hộ nghèo", in a row the ids' header is merged down into).
    /// </summary>
    protected static List<string> LowestTexts(IReadOnlyList<IReadOnlyList<string>> rows) =>
        [
            .. Enumerable
                .Range(0, rows.Max(r => r.Count))
                .Select(column =>
                    rows.Select((r, level) => (Text: column < r.Count ? r[column] : "", Level: level))
                        .LastOrDefault(c => c.Text.Length > 0 && (c.Level == 0 || !IsUnit(c.Text)))
                        .Text
                    ?? ""
                ),
        ];

    /// <summary>
    /// The note that rows were read as one header, with a column it names under a heading ("'IrrigatedFarmlandRate'
    /// under 'Tiêu chí 3'") where one is.
    /// </summary>
    protected string SeveralRowsNote(long first, long last, IReadOnlyList<string> top, IReadOnlyList<string> names)
    {
        var named = Enumerable
            .Range(0, Math.Min(top.Count, names.Count))
            .FirstOrDefault(c => top[c].Length > 0 && top[c] != names[c], -1);
        return T.HeaderOfSeveralRows(first, last, named < 0 ? null : (names[named], top[named]));
    }

    // A heading over a group of columns saved without its merged cells: in the group's first column, with empty
    // headers (or none) after it.
    private static bool InUnmergedGroup(IReadOnlyList<string> header, int column) =>
        column + 1 >= header.Count || header[column].Length == 0 || header[column + 1].Length == 0;

    // A unit ("%", "(%)", "(ha)") or a column's number in parentheses ("(6)"), as a form writes them under its
    // header: no column's name.
    private static bool IsUnit(string text) => text == "%" || text is ['(', .., ')'];

    // A value, in either decimal separator: no column's name.
    private static bool IsNumber(string text) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the file.</summary>
    protected virtual void Dispose(bool disposing) { }

    /// <summary>
    /// Opens a data file by its extension: <c>.csv</c> (or <c>.txt</c>, <c>.tsv</c>), <c>.json</c>, <c>.xlsx</c>. The
    /// header is the first row <paramref name="isHeader"/> accepts among the first rows, or the first row when none is.
    /// A workbook's <paramref name="sheet"/>, by its name, is read in place of its first visible sheet.
    /// </summary>
    /// <exception cref="CliUsageException">The file is missing, unreadable, of another kind, or has no
    /// header.</exception>
    public static RowSource Open(
        string path,
        Func<IReadOnlyList<string>, bool> isHeader,
        Texts texts,
        string? sheet = null
    )
    {
        CliApp.RequireFile(path, texts);

        try
        {
            if (new FileInfo(path).Length == 0)
            {
                throw new CliUsageException($"{path}: {texts.FileEmpty}");
            }

            var kind = Path.GetExtension(path).ToLowerInvariant();
            if (sheet is not null && !XlsxRowSource.Reads(kind))
            {
                throw new CliUsageException($"--sheet '{sheet}': {texts.SheetOfNoWorkbook(path)}");
            }

            var isCsv = kind is ".csv" or ".txt" or ".tsv";
            var encoding = isCsv || kind == ".json" ? TextEncoding.Check(path, texts, utf16Read: isCsv) : null;
            return kind switch
            {
                ".csv" or ".txt" or ".tsv" => new CsvRowSource(path, isHeader, texts, encoding),
                ".json" => new JsonRowSource(path, texts),
                _ when XlsxRowSource.Reads(kind) => new XlsxRowSource(path, isHeader, texts, sheet),
                "" => throw new CliUsageException($"{path}: {texts.FileHasNoExtension}"),
                var other when OtherWorkbookKind.IsOtherWorkbookExtension(other) => throw new CliUsageException(
                    $"{path}: {texts.OtherWorkbookNotRead(other)}"
                ),
                var other => throw new CliUsageException($"{path}: {texts.FileKindNotRead(other)}"),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException(
                $"{path}: {(FileToRead.IsHeld(e) ? texts.FileHeldByAnotherProgram : texts.FileNotReadable(e.Message))}"
            );
        }
    }
}
