using System.Globalization;
using System.Text.RegularExpressions;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// The row under a form's header that numbers its columns: "(1)", "(2)", … or "1", "2", …, after letters for the first
/// ones ("A", "B"), as Vietnamese report forms do. It is no commune, and read as one it would be rejected cell by cell.
/// </summary>
internal static partial class ColumnNumbering
{
    // Fewer numbered cells are as likely a commune's row of small numbers.
    private const int MinNumbers = 3;

    [GeneratedRegex(@"^[(\[]?(?:(?<number>\d{1,3})|(?<letter>[A-Z]))[)\]]?$")]
    private static partial Regex Label();

    /// <summary>
    /// The row's labels when every cell with a value is one, the letters first and the numbers consecutive from 1;
    /// null for any other row.
    /// </summary>
    public static IReadOnlyList<string>? Of(RawRow row)
    {
        var labels = row
            .Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim())
            .Where(text => !string.IsNullOrEmpty(text))
            .Select(text => text!)
            .ToList();

        // "(6)" typed into a spreadsheet's cell is the number -6, as accountants write a negative amount; saved as
        // CSV, it is "-6".
        var matches = labels
            .Select(label => Label().Match(label is ['-', .. var digits] ? $"({digits})" : label))
            .ToList();
        if (row.Problem is not null || matches.Count == 0 || !matches.All(m => m.Success))
        {
            return null;
        }

        var numbers = matches.SkipWhile(m => m.Groups["letter"].Success).Select(m => m.Groups["number"]).ToList();
        if (numbers.Count < MinNumbers || !numbers.All(n => n.Success))
        {
            return null;
        }

        var values = numbers.Select(n => int.Parse(n.Value, CultureInfo.InvariantCulture)).ToList();
        return values[0] == 1 && values.Zip(values.Skip(1)).All(pair => pair.Second == pair.First + 1) ? labels : null;
    }
}
