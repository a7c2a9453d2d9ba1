using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// The columns of percentages whose every value lies between 0 and 1, as a system that stores rates as fractions
/// writes them (0.85 for 85%): read as written, a rate to reach achieves nothing and a rate to stay under achieves
/// wrongly, and a person is told. A file that writes some percentage above 1 writes percentages, and its small rates
/// (a poverty rate of 0.5%) are not said to be fractions. A cell a spreadsheet shows as a percentage is read as one:
/// its column is never said to be fractions.
/// </summary>
internal sealed class FractionLikePercentages
{
    /// <summary>How many of a column's values are listed as examples.</summary>
    public const int Examples = 3;

    private readonly Dictionary<int, Column> _columns = [];

    /// <summary>Counts a value read from a cell of a column (its 0-based index and its header).</summary>
    public void Add(int column, string header, InputDeclaration input, object? cell, Value value)
    {
        if (input.Unit != "%" || !input.IsNumeric || !value.HasValue)
        {
            return;
        }

        var entry = _columns.TryGetValue(column, out var known) ? known : _columns[column] = new Column(header);
        entry.Add(value.Number, shownAsPercentage: cell is PercentCell);
    }

    /// <summary>
    /// The columns, in file order, whose values all lie between 0 and 1, with some strictly between (a column of
    /// 0s and 1s is none), and at least two, in a file whose percentages all lie there: each with its first values and
    /// how many it holds.
    /// </summary>
    public IEnumerable<(string Header, IReadOnlyList<double> First, long Count)> Columns =>
        _columns
            .Where(c => c.Value.LooksLikeFractions && _columns.Values.All(other => other.AllWithinOne))
            .OrderBy(c => c.Key)
            .Select(c => (c.Value.Header, (IReadOnlyList<double>)c.Value.First, c.Value.Count));

    private sealed class Column(string header)
    {
        private bool _someBetween;
        private bool _shownAsPercentage;

        public string Header => header;

        public List<double> First { get; } = [];

        public long Count { get; private set; }

        public bool AllWithinOne { get; private set; } = true;

        public bool LooksLikeFractions => AllWithinOne && _someBetween && Count >= 2 && !_shownAsPercentage;

        public void Add(double value, bool shownAsPercentage)
        {
            _shownAsPercentage |= shownAsPercentage;
            Count++;
            AllWithinOne &= value is >= 0 and <= 1;
            _someBetween |= value is > 0 and < 1;
            if (First.Count < Examples)
            {
                First.Add(value);
            }
        }
    }
}
