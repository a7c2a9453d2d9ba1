namespace Ntm.Criteria;

/// <summary>
/// How often each indicator of a set had each outcome over a group of localities. A group of a few localities keeps
/// their outcomes, a byte each, until they would take more room than a table of counts: a batch with about as many
/// districts as communes then holds about what it read, not a table of counts for every district.
/// </summary>
internal sealed class OutcomeTally
{
    private static readonly int OutcomeCount = Enum.GetValues<Outcome>().Length;

    // A table of counts takes four bytes for each outcome of an indicator; a locality's outcome takes one.
    private static readonly int MaxKeptLocalities = OutcomeCount * sizeof(int);

    private readonly int _indicators;
    private int _localities;

    // While the group is small: each locality's outcome of each indicator, locality after locality.
    private byte[]? _kept;

    // Once it is not: the count of each outcome of each indicator, at [indicator * OutcomeCount + outcome].
    private int[]? _counts;

    public OutcomeTally(int indicators)
    {
        _indicators = indicators;
        _kept = [];
    }

    private OutcomeTally(OutcomeTally other)
    {
        _indicators = other._indicators;
        _localities = other._localities;
        _kept = other._kept?[..(other._localities * other._indicators)];
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

        if (_kept is not null)
        {
            if (_kept.Length < (_localities + 1) * _indicators)
            {
                Array.Resize(ref _kept, Math.Min(Math.Max(2 * _localities, 1), MaxKeptLocalities) * _indicators);
            }

            for (var i = 0; i < _indicators; i++)
            {
                _kept[(_localities * _indicators) + i] = (byte)report.IndicatorOutcome(i);
            }
        }
        else
        {
            for (var i = 0; i < _indicators; i++)
            {
                _counts![(i * OutcomeCount) + (int)report.IndicatorOutcome(i)]++;
            }
        }

        _localities++;
    }

    /// <summary>How many localities had each outcome of an indicator, indexed by <see cref="Outcome"/>.</summary>
    public int[] Counts(int indicator)
    {
        var counts = new int[OutcomeCount];
        if (_kept is not null)
        {
            for (var l = 0; l < _localities; l++)
            {
                counts[_kept[(l * _indicators) + indicator]]++;
            }
        }
        else
        {
            Array.Copy(_counts!, indicator * OutcomeCount, counts, 0, OutcomeCount);
        }

        return counts;
    }

    /// <summary>A copy, which later additions to this one do not change.</summary>
    public OutcomeTally Copy() => new(this);

    private int[] CountsOfKept()
    {
        var counts = new int[_indicators * OutcomeCount];
        for (var l = 0; l < _localities; l++)
        {
            for (var i = 0; i < _indicators; i++)
            {
                counts[(i * OutcomeCount) + _kept![(l * _indicators) + i]]++;
            }
        }

        return counts;
    }
}
