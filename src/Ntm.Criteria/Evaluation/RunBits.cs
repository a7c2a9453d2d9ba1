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
    // Per word: for each of the two additions, the runs' bits, their lowest bits, the bits just past them; and the
    // carries of the runs that count (the criteria, not the preconditions). One struct per word, read together.
    private readonly WordRuns[] _words;

    // Runs checked on their own: their bits in each word they reach, and whether they count.
    private readonly (int Word, ulong Bits)[][] _spanning;
    private readonly bool[] _spanningCounts;
    private readonly int _nonEmpty;
    private readonly bool _hasEmpty;

    /// <param name="bounds">Each run's bits [start, end), in order and adjacent.</param>
    /// <param name="counted">Runs [0, counted) count towards <see cref="Test(ReadOnlySpan{ulong})"/>'s first figure.</param>
    public RunBits(IReadOnlyList<(int Start, int End)> bounds, int counted)
    {
        var words = Math.Max(1, ((bounds.Count == 0 ? 0 : bounds[^1].End) + 63) / 64);
        _words = new WordRuns[words];
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

            ref var runs = ref _words[word];
            var bits = (ulong.MaxValue << start) & ((1UL << end) - 1);
            if (passOf[word] == 0)
            {
                (runs.Runs0, runs.Lows0, runs.Carries0) = (runs.Runs0 | bits, runs.Lows0 | (1UL << start), runs.Carries0 | (1UL << end));
            }
            else
            {
                (runs.Runs1, runs.Lows1, runs.Carries1) = (runs.Runs1 | bits, runs.Lows1 | (1UL << start), runs.Carries1 | (1UL << end));
            }

            passOf[word] ^= 1;
            runs.Counted |= r < counted ? 1UL << end : 0;
        }

        _spanning = [.. spanning];
        _spanningCounts = [.. spanningCounts];
    }

    /// <summary>How many counted runs are all set, and whether every run is (false when a run is empty).</summary>
    public (int Counted, bool All) Test(ReadOnlySpan<ulong> bits)
    {
        int counted = 0, full = 0;
        var words = _words;
        for (var w = 0; w < words.Length && w < bits.Length; w++)
        {
            ref readonly var runs = ref words[w];
            var carries = runs.Carries(bits[w]);
            full += BitOperations.PopCount(carries);
            counted += BitOperations.PopCount(carries & runs.Counted);
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

    /// <summary><see cref="Test(ReadOnlySpan{ulong})"/> on one word.</summary>
    public (int Counted, bool All) Test(ulong bits)
    {
        if (_words.Length != 1 || _spanning.Length != 0)
        {
            return Test([bits]);
        }

        ref readonly var runs = ref _words[0];
        var carries = runs.Carries(bits);
        return (BitOperations.PopCount(carries & runs.Counted), BitOperations.PopCount(carries) == _nonEmpty && !_hasEmpty);
    }

    private struct WordRuns
    {
        public ulong Runs0, Lows0, Carries0, Runs1, Lows1, Carries1, Counted;

        /// <summary>The bit just past each run of the word that is all set in <paramref name="bits"/>.</summary>
        public readonly ulong Carries(ulong bits) =>
            (((bits & Runs0) + Lows0) & Carries0) | (((bits & Runs1) + Lows1) & Carries1);
    }
}
