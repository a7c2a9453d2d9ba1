using static Ntm.Criteria.Tests.Synthetic;

namespace Ntm.Criteria.Tests;

/// <summary>Measures the heap, so it runs alone: other tests allocating at the same time would be counted.</summary>
[CollectionDefinition(nameof(SummaryMemoryTests), DisableParallelization = true)]
public sealed class HeapMeasuringTests;

[Collection(nameof(SummaryMemoryTests))]
public class SummaryMemoryTests
{
    [Fact]
    public void Summary_OfAsManyDistrictsAsCommunes_HoldsLittleForEach()
    {
        // Every commune its own district: the shape that once took 16 KB a district (0.8 GB for 50,000 districts).
        const int Districts = 20_000;
        var shipped = BatchEvaluator.InForce(CriteriaCatalog.Shipped, Level.Commune, AsOf);
        var record = shipped.Inputs.CreateBuilder().Build();
        var evaluations = shipped.Evaluate(
            Enumerable
                .Range(0, Districts)
                .Select(i => new Locality($"X{i}", record) { District = $"Huyện {i}", Province = "Tỉnh A" })
        );
        var builder = shipped.CreateSummary();
        var before = Heap();

        foreach (var evaluation in evaluations)
        {
            builder.Add(evaluation);
        }

        var summary = builder.ToSummary();
        var perDistrict = (Heap() - before) / Districts;

        Assert.Equal(Districts, summary.ByDistrict.Length);
        Assert.InRange(perDistrict, 0, 2_000);
        GC.KeepAlive(builder);
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
