using FsCheck;
using FsCheck.Fluent;

namespace Ntm.Criteria.Tests;

/// <summary>
/// The carry trick that tests every criterion's run of indicator bits at once must agree with testing each run bit
/// by bit: runs of any length (empty, one bit, a whole word, across words, ending on a word's last bit), any bits.
/// </summary>
public class RunBitsProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(3_000).WithQuietOnSuccess(true);

    [Fact]
    public void Test_AgreesWithCheckingEachRunBitByBit()
    {
        var gen =
            from lengths in Gen.ListOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 8)), (1, Gen.Choose(9, 70))))
            let runs = Runs([.. lengths.Take(40)])
            let total = runs.Count == 0 ? 0 : runs[^1].End
            from counted in Gen.Choose(0, runs.Count)
            from density in Gen.Elements(0.0, 0.5, 0.9, 0.97, 1.0)
            from seed in Gen.Choose(0, int.MaxValue)
            select (runs, counted, Bits(total, density, seed));
        var property = Prop.ForAll(Arb.From(gen), ((List<(int Start, int End)> Runs, int Counted, ulong[] Bits) sample) =>
        {
            var full = sample.Runs.Select(r => r.End > r.Start && Enumerable.Range(r.Start, r.End - r.Start).All(i => (sample.Bits[i >> 6] & (1UL << i)) != 0)).ToList();
            var expected = (full.Take(sample.Counted).Count(f => f), full.All(f => f));
            var actual = new RunBits(sample.Runs, sample.Counted).Test(sample.Bits);
            return (actual == expected).Label($"runs {string.Join(" ", sample.Runs)}, counted {sample.Counted}: expected {expected}, got {actual}")
                .Classify(full.Any(f => f) && !full.All(f => f), "some full");
        });
        Check.One(Config, property);
    }

    private static List<(int Start, int End)> Runs(IReadOnlyList<int> lengths)
    {
        var runs = new List<(int, int)>();
        var start = 0;
        foreach (var length in lengths)
        {
            runs.Add((start, start + length));
            start += length;
        }

        return runs;
    }

    private static ulong[] Bits(int total, double density, int seed)
    {
        var random = new Random(seed);
        var bits = new ulong[Math.Max(1, (total + 63) / 64)];
        for (var i = 0; i < total; i++)
        {
            bits[i >> 6] |= random.NextDouble() < density ? 1UL << i : 0;
        }

        return bits;
    }
}
