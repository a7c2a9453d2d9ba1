using System.Numerics;

namespace Ntm.Criteria;

/// <summary>
/// Runs of consecutive bits (each criterion's indicators), tested all at once for being all set. Adding a run's
/// lowest bit to its bits carries one past its highest bit exactly when they are all set; the runs of a word
/// alternate between two such additions, so every carry lands on a bit the addition had cleared. A run that ends on
/// a word's last bit, or spans words, is checked on its own.
/// </summary>
internal sealed class RunBits
{
    // Per word, for each of the two additions: the runs' bits, their lowest bits, the bits just past them.
    private readonly ulong[][] _runs = [[], []];
    private readonly ulong[][] _lows = [[], []];
    private readonly ulong[][] _carries = [[], []];

    // Per word: the carries of the runs that count (the criteria, not the preconditions).
    private readonly ulong[] _countedCarries;

    // Runs checked on their own: their bits in each word they reach, and whether they count.
    private readonly (int Word, ulong Bits)[][] _spanning;
    private readonly bool[] _spanningCounts;
    private readonly int _nonEmpty;
    private readonly bool _hasEmpty;

    /// <param name="bounds">Each run's bits [start, end), in order and adjacent.</param>
    /// <param name="counted">Runs [0, counted) count towards <see cref="Test"/>'s first figure.</param>
    public RunBits(IReadOnlyList<(int Start, int End)> bounds, int counted)
    {
        var words = Math.Max(1, ((bounds.Count == 0 ? 0 : bounds[^1].End) + 63) / 64);
        for (var pass = 0; pass < 2; pass++)
        {
            _runs[pass] = new ulong[words];
            _lows[pass] = new ulong[words];
            _carries[pass] = new ulong[words];
        }

        _countedCarries = new ulong[words];
        var spanning = new List<(int Word, ulong Bits)[]>();
        var spanningCounts = new List<bool>();
        var passOf = new int[words];
        for (var r = 0; r < bounds.Count; r++)
        {
            var (start, end) = bounds[r];
            if (end <= start)
            {
                _hasEmpty = true;
                continue;
            }

            _nonEmpty++;
            var word = start >> 6;
            if ((end - 1) >> 6 != word || (end & 63) == 0)
            {
                spanning.Add([.. Enumerable.Range(start, end - start).GroupBy(i => i >> 6).Select(g => (g.Key, g.Aggregate(0UL, (bits, i) => bits | (1UL << i))))]);
                spanningCounts.Add(r < counted);
                continue;
            }

            var pass = passOf[word];
            passOf[word] ^= 1;
            _runs[pass][word] |= (ulong.MaxValue << start) & ((1UL << end) - 1);
            _lows[pass][word] |= 1UL << start;
            _carries[pass][word] |= 1UL << end;
            _countedCarries[word] |= r < counted ? 1UL << end : 0;
        }

        _spanning = [.. spanning];
        _spanningCounts = [.. spanningCounts];
    }

    /// <summary>How many counted runs are all set, and whether every run is (false when a run is empty).</summary>
    public (int Counted, bool All) Test(ReadOnlySpan<ulong> bits)
    {
        int counted = 0, full = 0;
        for (var w = 0; w < _countedCarries.Length; w++)
        {
            var carries = (((bits[w] & _runs[0][w]) + _lows[0][w]) & _carries[0][w])
                | (((bits[w] & _runs[1][w]) + _lows[1][w]) & _carries[1][w]);
            full += BitOperations.PopCount(carries);
            counted += BitOperations.PopCount(carries & _countedCarries[w]);
        }

        for (var s = 0; s < _spanning.Length; s++)
        {
            var all = true;
            foreach (var (word, runBits) in _spanning[s])
            {
                all &= (bits[word] & runBits) == runBits;
            }

            full += all ? 1 : 0;
            counted += all && _spanningCounts[s] ? 1 : 0;
        }

        return (counted, full == _nonEmpty && !_hasEmpty);
    }
}
