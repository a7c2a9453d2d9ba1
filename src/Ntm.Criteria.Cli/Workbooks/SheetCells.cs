using System.Globalization;
using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// One sheet of a criteria workbook as read: its non-empty cells by 1-based row and 0-based column, each read as the
/// field it is (text, a number, a whole number, a status), and the problems of its cells, added to the workbook's list
/// in the order they are found.
/// </summary>
internal sealed class SheetCells(
    string name,
    IReadOnlyDictionary<(int Row, int Column), object> cells,
    IReadOnlyList<string> mergedRanges,
    SpreadsheetDates dates,
    Texts t,
    List<WorkbookProblem> problems
)
{
    private readonly int _problemsBefore = problems.Count;

    /// <summary>
    /// A sheet's cells, each that holds no value (a formula never computed, a broken shared text, a text longer than a
    /// cell holds) a problem of its cell at once, and then empty: read as empty unsaid, what it should say would be
    /// lost.
    /// </summary>
    public static SheetCells Of(
        string name,
        IReadOnlyDictionary<(int Row, int Column), object> cells,
        IReadOnlyList<string> mergedRanges,
        SpreadsheetDates dates,
        Texts t,
        List<WorkbookProblem> problems
    )
    {
        var sheet = new SheetCells(
            name,
            cells.Where(c => c.Value is not NotAValue).ToDictionary(),
            mergedRanges,
            dates,
            t,
            problems
        );
        foreach (var ((row, column), cell) in cells.OrderBy(c => c.Key.Row).ThenBy(c => c.Key.Column))
        {
            if (cell is NotAValue notAValue)
            {
                sheet.Problem(column, row, t.NotAValue(notAValue));
            }
        }

        return sheet;
    }

    /// <summary>The sheet's name, as problems give it.</summary>
    public string Name => name;

    /// <summary>The non-empty cells by 1-based row and 0-based column.</summary>
    public IReadOnlyDictionary<(int Row, int Column), object> Cells => cells;

    /// <summary>How the workbook numbers its days, for a day's number that lost its date format.</summary>
    public SpreadsheetDates Dates => dates;

    /// <summary>The last row with a cell; 0 for an empty sheet.</summary>
    public int LastRow { get; } = cells.Keys.Select(k => k.Row).DefaultIfEmpty(0).Max();

    /// <summary>Whether a problem of this sheet has been found.</summary>
    public bool HasProblems => problems.Count > _problemsBefore;

    /// <summary>The cell's value; null for an empty cell.</summary>
    public object? this[int row, int column] => cells.GetValueOrDefault((row, column));

    /// <summary>The cell as text (see <see cref="Show"/>); null for an empty cell.</summary>
    public string? Text(int row, int column) => cells.TryGetValue((row, column), out var cell) ? Show(cell) : null;

    /// <summary>A reference's 1-based row and 0-based column (<c>B7</c>: 7, 1); row 0 for a reference of no row.</summary>
    private static (int Row, int Column) Position(string reference) =>
        (
            int.TryParse(
                reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var row
            )
                ? row
                : 0,
            XlsxCellReader.ColumnIndex(reference)
        );

    /// <summary>The cell as a number (see <see cref="NumberOf"/>); null for an empty cell or a problem.</summary>
    public double? Number(int row, int column) =>
        Text(row, column) is { } text && !string.IsNullOrWhiteSpace(text)
            ? NumberOf(cells[(row, column)], column, row)
            : null;

    /// <summary>
    /// A number as a sheet holds it or an office types it: a number cell, a percentage (95% is 95, typed or
    /// formatted), or text with a decimal point or a decimal comma ("90,5"). Text that is no number, or reads two ways
    /// ("1,500": a thousand and five hundred, or one and a half), is a problem of its cell: never a guess.
    /// </summary>
    public double? NumberOf(object cell, int column, int row)
    {
        var text = Show(cell).Trim();

        // A percentage typed with its sign is its number: "95,5 %" is 95.5.
        var digits = cell is string && text.EndsWith('%') ? text[..^1].TrimEnd() : text;
        if (cell is string && ReadsTwoWays(digits))
        {
            var asDecimal = double.Parse(digits.Replace(',', '.'), CultureInfo.InvariantCulture);
            Problem(
                column,
                row,
                t.NumberReadsTwoWays(text, digits.Replace(",", "").Replace(".", ""), t.Show(asDecimal))
            );
            return null;
        }

        if (cell is DateCell date)
        {
            Problem(column, row, t.DateNotANumber(date.Day, year: null));
            return null;
        }

        double? number = cell switch
        {
            double d => d,
            PercentCell p => p.Percent,
            string when Parse(digits) is { } parsed => parsed,
            _ => null,
        };
        if (number is { } value && double.IsFinite(value))
        {
            return value;
        }

        Problem(column, row, t.NotANumber(text, NumberInText.Only(text)));
        return null;
    }

    private static double? Parse(string text) =>
        double.TryParse(
            text.Replace(',', '.'),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out var parsed
        )
            ? parsed
            : null;

    /// <summary>
    /// The cell as a year: a whole number, typed or as text; null for an empty cell or a problem (a day is not a year).
    /// </summary>
    public int? Year(int row, int column)
    {
        if (!cells.TryGetValue((row, column), out var cell))
        {
            return null;
        }

        if (cell is double d && d == Math.Floor(d) && d is >= 1900 and <= 2100)
        {
            return (int)d;
        }

        if (cell is DateCell date)
        {
            Problem(column, row, t.DateNotANumber(date.Day, date.Day.Year));
            return null;
        }

        if (int.TryParse(Show(cell), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        Problem(column, row, t.NotAWholeNumber(Show(cell)));
        return null;
    }

    /// <summary>
    /// A status in either language's words or the rule files'; null, and a problem, for another text.
    /// </summary>
    public ValueStatus? Status(string text, int column, int row)
    {
        if (CriteriaSheetLayout.IndexOf(text, x => x.StatusNames, [.. RuleFileWords.Statuses]) is { } index)
        {
            return (ValueStatus)index;
        }

        Problem(column, row, t.NotOneOf(text, t.StatusNames));
        return null;
    }

    /// <summary>
    /// A column of a table the sheet does not have (an officer's own, a header mistyped) would lose its values
    /// unseen: its first value below the header is a problem.
    /// </summary>
    public void ColumnsNotRead(int headerRow, Func<int, bool> read)
    {
        var lost = cells
            .Where(g => g.Key.Row > headerRow && !read(g.Key.Column))
            .Where(g => Show(g.Value).Trim().Length > 0)
            .GroupBy(g => g.Key.Column)
            .Select(g => g.MinBy(c => c.Key.Row).Key);
        foreach (var (row, column) in lost.OrderBy(c => c.Column))
        {
            Problem(column, row, t.ColumnNotRead(Text(headerRow, column)));
        }
    }

    /// <summary>
    /// A merged range with a value (<c>M22:M25</c>) over a cell the sheet reads is a problem at its first cell: a
    /// spreadsheet keeps the value there alone, and the cell read would be empty. One merged for show (a name across
    /// columns the sheet does not read) loses nothing.
    /// </summary>
    public void MergedCellsRead(Func<int, int, bool> read)
    {
        var lastColumn = cells.Keys.Select(k => k.Column).DefaultIfEmpty(0).Max();
        foreach (var range in mergedRanges)
        {
            if (range.Split(':') is not [var first, var last])
            {
                continue;
            }

            var (top, left) = Position(first);
            var (bottom, right) = Position(last);

            // Past the last row and column with a value, no cell is read.
            var covered =
                from row in Enumerable.Range(top, Math.Max(0, Math.Min(bottom, LastRow) - top + 1))
                from column in Enumerable.Range(left, Math.Max(0, Math.Min(right, lastColumn) - left + 1))
                where (row, column) != (top, left)
                select (row, column);
            if (Text(top, left) is { Length: > 0 } && covered.Any(c => read(c.row, c.column)))
            {
                Problem(first, t.MergedCellsNotRead(range));
            }
        }
    }

    /// <summary>A problem of the cell at a 0-based column and 1-based row.</summary>
    public void Problem(int column, int row, string message) => Problem(CriteriaSheetLayout.Cell(column, row), message);

    /// <summary>A problem of a cell by its reference (<c>B7</c>).</summary>
    public void Problem(string cell, string message) => problems.Add(new WorkbookProblem(name, cell, message));

    /// <summary>A cell's value as text, numbers and days as the rule files write them.</summary>
    public static string Show(object cell) =>
        cell switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            PercentCell p => p.Percent.ToString("R", CultureInfo.InvariantCulture),

            // A version, a decision's number or a text the program took for a date, as the project writes a day.
            DateCell date => date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            NotAValue => string.Empty,
            _ => cell.ToString() ?? string.Empty,
        };

    // "1,500" or "-12.345": one to three digits, not starting with 0, then one mark and three digits, as a thousands
    // separator writes them and as a decimal mark before three decimals does.
    private static bool ReadsTwoWays(string text)
    {
        var unsigned = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        var mark = unsigned.IndexOfAny([',', '.']);
        return mark is >= 1 and <= 3
            && unsigned[0] != '0'
            && unsigned.Length == mark + 4
            && unsigned.Remove(mark, 1).All(char.IsAsciiDigit);
    }
}
