namespace Ntm.Criteria;

/// <summary>
/// How often each criterion and each indicator of a set had each outcome over a group of localities. A group of a few
/// localities keeps their outcomes, a byte each, until they would take more room than a table of counts: a batch with
/// about as many districts as communes then holds about what it read, not a table of counts for every district.
/// </summary>
internal sealed class OutcomeTally
{
    private static readonly int OutcomeCount = Enum.GetValues<Outcome>().Length;

    // A table of counts takes four bytes for each outcome of an indicator; a locality's outcome takes one.
    private static readonly int MaxKeptLocalities = OutcomeCount * sizeof(int);

    // The outcomes of a locality: its criteria's, then its indicators'.
    private readonly int _criteria;
    private readonly int _columns;
    private int _localities;

    // While the group is small: each locality's outcomes, locality after locality.
    private byte[]? _kept;

    // Once it is not: the count of each outcome of each column, at [column * OutcomeCount + outcome].
    private int[]? _counts;

    public OutcomeTally(int criteria, int indicators)
    {
        _criteria = criteria;
        _columns = criteria + indicators;
        _kept = [];
    }

    private OutcomeTally(OutcomeTally other)
    {
        _criteria = other._criteria;
        _columns = other._columns;
        _localities = other._localities;
        _kept = other._kept?[..(other._localities * other._columns)];
        _counts = other._counts?.ToArray();
    }

    /// <summary>Adds a locality's outcomes.</summary>
    public void Add(SetReport report)
    {
        if (_kept is not null && _localities == MaxKeptLocalities)
        {
            _counts = CountsOfKept();
            _kept = null;
        }

        if (_kept is not null && _kept.Length < (_localities + 1) * _columns)
        {
            Array.Resize(ref _kept, Math.Min(Math.Max(2 * _localities, 1), MaxKeptLocalities) * _columns);
        }

        for (var column = 0; column < _columns; column++)
        {
            var outcome = column < _criteria ? report.CriterionOutcome(column) : report.IndicatorOutcome(column - _criteria);
            if (_kept is not null)
            {
                _kept[(_localities * _columns) + column] = (byte)outcome;
            }
            else
            {
                _counts![(column * OutcomeCount) + (int)outcome]++;
            }
        }

        _localities++;
    }

    /// <summary>How many localities had each outcome of a criterion, indexed by <see cref="Outcome"/>.</summary>
    public int[] CriterionCounts(int criterion) => Counts(criterion);

    /// <summary>How many localities had each outcome of an indicator, indexed by <see cref="Outcome"/>.</summary>
    public int[] IndicatorCounts(int indicator) => Counts(_criteria + indicator);

    private int[] Counts(int column)
    {
        var counts = new int[OutcomeCount];
        if (_kept is not null)
        {
            for (var l = 0; l < _localities; l++)
            {
                counts[_kept[(l * _columns) + column]]++;
            }
        }
        else
        {
            Array.Copy(_counts!, column * OutcomeCount, counts, 0, OutcomeCount);
        }

        return counts;
    }

    /// <summary>A copy, which later additions to this one do not change.</summary>
    public OutcomeTally Copy() => new(this);

    private int[] CountsOfKept()
    {
        var counts = new int[_columns * OutcomeCount];
        for (var l = 0; l < _localities; l++)
        {
            for (var column = 0; column < _columns; column++)
            {
                counts[(column * OutcomeCount) + _kept![(l * _columns) + column]]++;
            }
        }

        return counts;
    }
}
