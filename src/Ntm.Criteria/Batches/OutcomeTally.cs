namespace Ntm.Criteria;

/// <summary>
/// How often each criterion and each indicator of a set had each outcome over a group of localities, and how many
/// localities achieved each number of criteria. A group of a few localities keeps their outcomes, a byte each, until
/// they would take more room than a table of counts: a batch with about as many districts as communes then holds about
/// what it read, not a table of counts for every district.
/// </summary>
internal sealed class OutcomeTally
{
    private static readonly int OutcomeCount = Enum.GetValues<Outcome>().Length;

    // A table of counts takes four bytes for each outcome of an indicator; a locality's outcome takes one.
    private static readonly int MaxKeptLocalities = OutcomeCount * sizeof(int);

    // A locality's row: its criteria's outcomes, its indicators' outcomes, then how many criteria it achieved.
    private readonly int _criteria;
    private readonly int _columns;
    private readonly int _row;
    private int _localities;

    // While the group is small: each locality's row, locality after locality.
    private byte[]? _kept;

    // Once it is not: the count of each outcome of each column at [column * OutcomeCount + outcome], then the
    // localities that achieved k criteria at [_columns * OutcomeCount + k].
    private int[]? _counts;

    public OutcomeTally(int criteria, int indicators)
    {
        _criteria = criteria;
        _columns = criteria + indicators;
        _row = _columns + 1;

        // A kept row holds the criteria achieved in a byte: a set of more criteria (no official one) is counted at
        // once.
        if (criteria <= byte.MaxValue)
        {
            _kept = [];
        }
        else
        {
            _counts = new int[(_columns * OutcomeCount) + _criteria + 1];
        }
    }

    private OutcomeTally(OutcomeTally other)
    {
        _criteria = other._criteria;
        _columns = other._columns;
        _row = other._row;
        _localities = other._localities;
        _kept = other._kept?[..(other._localities * other._row)];
        _counts = other._counts?.ToArray();
    }

    /// <summary>Adds a locality's outcomes.</summary>
    public void Add(SetReport report)
    {
        if (_kept is not null && _localities == MaxKeptLocalities)
        {
            _counts = new int[(_columns * OutcomeCount) + _criteria + 1];
            for (var l = 0; l < _localities; l++)
            {
                Count(_kept.AsSpan(l * _row, _row));
            }

            _kept = null;
        }

        if (_kept is null)
        {
            for (var column = 0; column < _columns; column++)
            {
                _counts![(column * OutcomeCount) + (int)OutcomeOf(report, column)]++;
            }

            _counts![(_columns * OutcomeCount) + report.CriteriaAchieved]++;
        }
        else
        {
            var row = Kept();
            for (var column = 0; column < _columns; column++)
            {
                row[column] = (byte)OutcomeOf(report, column);
            }

            row[_columns] = (byte)report.CriteriaAchieved;
        }

        _localities++;
    }

    private Outcome OutcomeOf(SetReport report, int column) =>
        column < _criteria ? report.CriterionOutcome(column) : report.IndicatorOutcome(column - _criteria);

    /// <summary>How many localities had each outcome of a criterion, indexed by <see cref="Outcome"/>.</summary>
    public int[] CriterionCounts(int criterion) => Counts(criterion);

    /// <summary>How many localities had each outcome of an indicator, indexed by <see cref="Outcome"/>.</summary>
    public int[] IndicatorCounts(int indicator) => Counts(_criteria + indicator);

    /// <summary>How many localities achieved each number of criteria, from none to all.</summary>
    public int[] ByCriteriaAchieved()
    {
        if (_counts is not null)
        {
            return _counts[(_columns * OutcomeCount)..];
        }

        var localities = new int[_criteria + 1];
        for (var l = 0; l < _localities; l++)
        {
            localities[_kept![(l * _row) + _columns]]++;
        }

        return localities;
    }

    /// <summary>A copy, which later additions to this one do not change.</summary>
    public OutcomeTally Copy() => new(this);

    // The next locality's row among the kept ones, the array grown as needed.
    private Span<byte> Kept()
    {
        if (_kept!.Length < (_localities + 1) * _row)
        {
            Array.Resize(ref _kept, Math.Min(Math.Max(2 * _localities, 1), MaxKeptLocalities) * _row);
        }

        return _kept.AsSpan(_localities * _row, _row);
    }

    private void Count(ReadOnlySpan<byte> row)
    {
        for (var column = 0; column < _columns; column++)
        {
            _counts![(column * OutcomeCount) + row[column]]++;
        }

        _counts![(_columns * OutcomeCount) + row[_columns]]++;
    }

    private int[] Counts(int column)
    {
        var counts = new int[OutcomeCount];
        if (_kept is not null)
        {
            for (var l = 0; l < _localities; l++)
            {
                counts[_kept[(l * _row) + column]]++;
            }
        }
        else
        {
            Array.Copy(_counts!, column * OutcomeCount, counts, 0, OutcomeCount);
        }

        return counts;
    }
}
