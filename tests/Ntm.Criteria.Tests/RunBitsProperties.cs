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
            var (expected, someFull) = BitByBit(sample.Runs, sample.Counted, sample.Bits);
            var actual = new RunBits(sample.Runs, sample.Counted).Test(sample.Bits);
            return (actual == expected).Label($"runs {string.Join(" ", sample.Runs)}, counted {sample.Counted}: expected {expected}, got {actual}")
                .Classify(someFull, "some full");
        });
        Check.One(Config, property);
    }

    /// <summary>The one-word overload counting uses: runs within 64 bits, the last often ending on bit 63.</summary>
    [Fact]
    public void TestOfOneWord_AgreesWithCheckingEachRunBitByBit()
    {
        var gen =
            from lengths in Gen.ListOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 8)), (1, Gen.Choose(9, 64))))
            let runs = Runs([.. lengths.Aggregate(new List<int>(), (kept, length) => kept.Sum() + length <= 64 ? [.. kept, length] : kept)])
            let total = runs.Count == 0 ? 0 : runs[^1].End
            from fillToLastBit in Gen.Elements(false, true)
            let filled = fillToLastBit && total < 64 ? [.. runs, (total, 64)] : runs
            from counted in Gen.Choose(0, filled.Count)
            from density in Gen.Elements(0.0, 0.5, 0.9, 0.97, 1.0)
            from seed in Gen.Choose(0, int.MaxValue)
            select (filled, counted, Bits(64, density, seed)[0]);
        var property = Prop.ForAll(Arb.From(gen), ((List<(int Start, int End)> Runs, int Counted, ulong Bits) sample) =>
        {
            var (expected, someFull) = BitByBit(sample.Runs, sample.Counted, [sample.Bits]);
            var actual = new RunBits(sample.Runs, sample.Counted).Test(sample.Bits);
            return (actual == expected).Label($"runs {string.Join(" ", sample.Runs)}, counted {sample.Counted}, bits {sample.Bits:X16}: expected {expected}, got {actual}")
                .Classify(someFull, "some full")
                .Classify(sample.Runs.Count > 0 && sample.Runs[^1].End == 64, "ends on bit 63");
        });
        Check.One(Config, property);
    }

    private static ((int Counted, bool All) Expected, bool SomeFull) BitByBit(List<(int Start, int End)> runs, int counted, ulong[] bits)
    {
        var full = runs.Select(r => r.End > r.Start && Enumerable.Range(r.Start, r.End - r.Start).All(i => (bits[i >> 6] & (1UL << i)) != 0)).ToList();
        return ((full.Take(counted).Count(f => f), full.All(f => f)), full.Any(f => f) && !full.All(f => f));
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
