using FsCheck.Fluent;

namespace Ntm.Criteria.Tests;

/// <summary>
/// One catalog and its compiled sets, used from many threads at once from their first use, give what one thread gives.
/// The only state they share is memoised (the per-context threshold plans, the last schema found equal); these runs
/// race on it.
/// </summary>
public class ConcurrencyTests
{
    private const int Communes = 3_000;

    [Fact]
    public void FreshCatalog_UsedFromManyThreadsAtOnce_GivesWhatOneThreadGives()
    {
        var reference = CriteriaCatalog.LoadDirectory(Path.Combine(Repository.Root, "rules"));
        var sets = reference.Sets.Where(s => s.Inputs.Equals(reference.Sets[0].Inputs)).ToList();
        var communes = Gen.Sample(CommuneGenerators.Communes(reference, sets[0].Inputs), Communes).ToList();
        var expected = communes
            .Select(c => sets.Select(s => Describe(s.Evaluate(c.Build(s.Inputs)))).ToArray())
            .ToArray();

        // A second catalog, untouched until the threads start: its plans are built under contention, and half the
        // records come from the other catalog's schema (equal, not the same instance).
        var fresh = CriteriaCatalog.LoadDirectory(Path.Combine(Repository.Root, "rules"));
        var freshSets = sets.Select(s => fresh.Versions(s.Id).Single(v => v.Version == s.Version)).ToList();
        var actual = new string[Communes][];
        var counts = new SetCounts[Communes * sets.Count];
        Parallel.For(
            0,
            Communes * sets.Count,
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            i =>
            {
                var commune = i / sets.Count;
                var set = (i * 7 + commune) % sets.Count;
                var schema = commune % 2 == 0 ? freshSets[set].Inputs : sets[set].Inputs;
                var record = communes[commune].Build(schema);
                var report = freshSets[set].Evaluate(record);
                counts[i] = freshSets[set].Count(record);
                lock (actual)
                {
                    (actual[commune] ??= new string[sets.Count])[set] = Describe(report);
                }
            }
        );

        Assert.Equal(expected, actual);
        Assert.All(
            Enumerable.Range(0, counts.Length),
            i =>
            {
                var (commune, set) = (i / sets.Count, (i * 7 + (i / sets.Count)) % sets.Count);
                Assert.Equal(sets[set].Count(communes[commune].Build(sets[set].Inputs)), counts[i]);
            }
        );
    }

    [Fact]
    public async Task Batches_RunningAtOnceOnOneEvaluator_GiveWhatOneThreadGives()
    {
        var catalog = CriteriaCatalog.LoadDirectory(Path.Combine(Repository.Root, "rules"));
        var asOf = new DateOnly(2024, 6, 30);
        var single = BatchEvaluator.InForce(
            catalog,
            Level.Commune,
            asOf,
            new BatchOptions { MaxDegreeOfParallelism = 1 }
        );
        var localities = Gen.Sample(CommuneGenerators.Communes(catalog, single.Inputs), 2_000)
            .Select((c, i) => new Locality($"X{i}", c.Build(single.Inputs)) { District = $"H{i % 20}" })
            .ToList();
        var expected = single.Evaluate(localities).Select(Describe).ToList();

        var shared = BatchEvaluator.InForce(
            CriteriaCatalog.LoadDirectory(Path.Combine(Repository.Root, "rules")),
            Level.Commune,
            asOf,
            new BatchOptions { MaxDegreeOfParallelism = 4, ChunkSize = 64 }
        );
        var runs = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(_ => Task.Run(() => shared.Evaluate(localities).Select(Describe).ToList()))
        );

        Assert.All(runs, run => Assert.Equal(expected, run));
    }

    [Fact]
    public void OneReport_ReadFromManyThreadsAtOnce_GivesEachWhatOneThreadReads()
    {
        // A report builds its result lists when first read: here every thread reads them first, at once.
        var set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard", new DateOnly(2024, 6, 30));
        var records = Gen.Sample(CommuneGenerators.Communes(CriteriaCatalog.Shipped, set.Inputs), 300)
            .Select(c => c.Build(set.Inputs))
            .ToList();
        foreach (var record in records)
        {
            var expected = Read(set.Evaluate(record));
            var report = set.Evaluate(record);
            var read = new string[4];
            using var start = new Barrier(read.Length);
            var threads = Enumerable
                .Range(0, read.Length)
                .Select(t => new Thread(() =>
                {
                    start.SignalAndWait();
                    read[t] = Read(report);
                }))
                .ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(read, r => Assert.Equal(expected, r));
        }

        static string Read(SetReport report) => Describe(report) + " | " + string.Join(";", report.Indicators);
    }

    private static string Describe(LocalityEvaluation evaluation) =>
        $"{evaluation}: " + string.Join(" | ", evaluation.Reports.Select(Describe));

    private static string Describe(SetReport report) =>
        $"{report.Set} {report}: "
        + string.Join(
            ";",
            report.Criteria.Concat(report.Preconditions).SelectMany(c => c.Indicators).Select(i => i.ToString())
        );
}
