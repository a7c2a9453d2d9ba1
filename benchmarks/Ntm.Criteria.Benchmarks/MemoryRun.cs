using System.Diagnostics;

namespace Ntm.Criteria.Benchmarks;

/// <summary>
/// Streams generated communes through the batch summary and prints the heap and working set every 100,000, to show
/// that memory stays flat in the number of communes: <c>-- --memory [count]</c> (default one million).
/// </summary>
public static class MemoryRun
{
    public static int Run(string[] args)
    {
        var count =
            args.SkipWhile(a => a != "--memory")
                .Skip(1)
                .Select(a => int.TryParse(a, out var n) ? n : (int?)null)
                .FirstOrDefault()
            ?? 1_000_000;
        var batch = BatchEvaluator.InForce(CriteriaCatalog.Shipped, Level.Commune, Data.AsOf);
        var summary = batch.CreateSummary();
        var watch = Stopwatch.StartNew();
        var localities = Data.Values(Shape.TenPercentMissing, count).Select(Data.Locality);
        var n = 0;
        Console.WriteLine("communes  | managed heap after GC | working set | peak working set | elapsed");
        foreach (var evaluation in batch.Evaluate(localities))
        {
            summary.Add(evaluation);
            if (++n % 100_000 == 0 || n == count)
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                using var process = Process.GetCurrentProcess();
                Console.WriteLine(
                    $"{n, 9:N0} | {heap / 1048576.0, 18:N1} MB | {process.WorkingSet64 / 1048576.0, 8:N1} MB | "
                        + $"{process.PeakWorkingSet64 / 1048576.0, 13:N1} MB | {watch.Elapsed.TotalSeconds, 5:N1} s"
                );
            }
        }

        var overall = summary.ToSummary().Overall;
        Console.WriteLine(
            $"{overall.LocalityCount:N0} communes; {overall.Sets[0]}; {summary.ToSummary().ByDistrict.Length:N0} "
                + "districts"
        );
        return 0;
    }
}
