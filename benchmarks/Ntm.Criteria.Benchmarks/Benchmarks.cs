using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Benchmarks;

/// <summary>
/// Loading and compiling: every shipped set cold from the embedded files, and one revised file from disk.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A revised file as a ministry would drop it in: a copy of the amended standard set with its inputs file.
        _folder = Path.Combine(Path.GetTempPath(), "ntm-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(_folder, "revised"));
        File.WriteAllText(Path.Combine(_folder, "inputs.json"), Embedded("rules/inputs.json"));
        File.WriteAllText(
            Path.Combine(_folder, "revised", "commune-standard.json"),
            Embedded("rules/national/2021-2025/commune-standard@2024-03-01.json")
                .Replace("../../inputs.json", "../inputs.json", StringComparison.Ordinal)
        );
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The floor: reading every embedded file as JSON, without checking or compiling anything.</summary>
    [Benchmark(Baseline = true)]
    public int ParseEmbeddedJsonOnly()
    {
        var total = 0;
        foreach (var name in ResourceNames())
        {
            using var stream = typeof(CriteriaCatalog).Assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            total += document.RootElement.GetRawText().Length > 0 ? 1 : 0;
        }

        return total;
    }

    /// <summary>
    /// Every shipped set: read, checked, compiled, and each set's evaluator used once (on an empty record of its
    /// inputs).
    /// </summary>
    [Benchmark]
    public int LoadAndCompileShipped()
    {
        var catalog = CriteriaCatalog.LoadEmbedded();
        return catalog.Sets.Sum(s => s.Count(s.Inputs.CreateBuilder().Build()).CriteriaTotal);
    }

    [Benchmark]
    public int LoadAndCompileRevisedFileFromDisk()
    {
        var set = CriteriaCatalog.LoadDirectory(_folder).Sets[0];
        return set.Count(set.Inputs.CreateBuilder().Build()).CriteriaTotal;
    }

    private static IEnumerable<string> ResourceNames() =>
        typeof(CriteriaCatalog)
            .Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".json", StringComparison.Ordinal));

    private static string Embedded(string name)
    {
        using var reader = new StreamReader(typeof(CriteriaCatalog).Assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}

/// <summary>
/// One generated commune (the second of each shape) against the standard set (amended): what one report costs.
/// </summary>
[MemoryDiagnoser]
public class OneCommuneBenchmarks
{
    private CriteriaSet _set = null!;
    private InputRecord _record = null!;

    [ParamsSource(nameof(Shapes))]
    public Shape Shape { get; set; }

    public static IEnumerable<Shape> Shapes => Program.ShapesToRun;

    [GlobalSetup]
    public void Setup()
    {
        _set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard", Data.AsOf);
        _record = Data.Record(Data.Values(Shape, 2).Last());
    }

    /// <summary>A report whose figures are read (achieved, missing data, open thresholds), not its results.</summary>
    [Benchmark(Baseline = true)]
    public int ReportFigures() => Figures(_set.Evaluate(_record));

    /// <summary>A report with every criterion's and indicator's result read.</summary>
    [Benchmark]
    public int FullReport() => Detail(_set.Evaluate(_record));

    /// <summary>What a report's figures cost: its counts and the tallies that need each indicator's outcome.</summary>
    public static int Figures(SetReport report) =>
        report.IndicatorsAchieved + report.IndicatorsMissingData + report.IndicatorsThresholdNotSet;

    /// <summary>
    /// What a full report costs: every criterion's and indicator's result read (outcome, actual value, threshold row).
    /// </summary>
    public static int Detail(SetReport report)
    {
        var total = 0;
        foreach (var criterion in report.Criteria)
        {
            total += criterion.IsAchieved ? 1 : 0;
            foreach (var indicator in criterion.Indicators)
            {
                total +=
                    (indicator.CountsAsAchieved ? 1 : 0)
                    + (indicator.Actual.HasValue ? 2 : 0)
                    + (indicator.Required is null ? 0 : 4);
            }
        }

        return total;
    }
}

/// <summary>
/// 10,000 generated communes of every region: the standard set alone, then every 2021-2025 commune set in its tier
/// chain through the batch, each report read in full (the target: under 50 ms on 2 cores), and the summary.
/// </summary>
[MemoryDiagnoser]
public class TenThousandCommunesBenchmarks
{
    public const int Count = 10_000;

    private CriteriaSet _standard = null!;
    private CriteriaSet[] _sets2021To2025 = null!;
    private InputRecord[] _records = null!;
    private Locality[] _localities = null!;
    private BatchEvaluator _oneThread2021To2025 = null!;
    private BatchEvaluator _allCores2021To2025 = null!;
    private BatchEvaluator _allCoresWith2026 = null!;

    [ParamsSource(nameof(Shapes))]
    public Shape Shape { get; set; }

    public static IEnumerable<Shape> Shapes => Program.ShapesToRun;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = CriteriaCatalog.Shipped;
        _standard = catalog.Get("national/2021-2025/commune-standard", Data.AsOf);
        _sets2021To2025 = catalog.InForceOn(Data.AsOf, Level.Commune).ToArray();
        var values = Data.Values(Shape, Count).ToArray();
        _records = values.Select(Data.Record).ToArray();
        _localities = values
            .Select(
                (v, i) =>
                    new Locality($"C{i:D6}", _records[i]) { District = $"D{i / 30:D4}", Province = $"P{i / 3000:D2}" }
            )
            .ToArray();
        _oneThread2021To2025 = new BatchEvaluator(_sets2021To2025, new BatchOptions { MaxDegreeOfParallelism = 1 });
        _allCores2021To2025 = new BatchEvaluator(_sets2021To2025);
        _allCoresWith2026 = new BatchEvaluator([.. _sets2021To2025, catalog.Get("national/2026-2030/commune")]);
    }

    [Benchmark(Baseline = true)]
    public int ReportFiguresStandard()
    {
        var total = 0;
        foreach (var record in _records)
        {
            total += OneCommuneBenchmarks.Figures(_standard.Evaluate(record));
        }

        return total;
    }

    [Benchmark]
    public int FullReportsStandard()
    {
        var total = 0;
        foreach (var record in _records)
        {
            total += OneCommuneBenchmarks.Detail(_standard.Evaluate(record));
        }

        return total;
    }

    [Benchmark]
    public int FullReports2021To2025OneThread() => Consume(_oneThread2021To2025.Evaluate(_localities));

    [Benchmark]
    public int FullReports2021To2025AllCores() => Consume(_allCores2021To2025.Evaluate(_localities));

    [Benchmark]
    public int FullReports2021To2025And2026AllCores() => Consume(_allCoresWith2026.Evaluate(_localities));

    [Benchmark]
    public int Summary2021To2025And2026AllCores() => _allCoresWith2026.Summarize(_localities).Overall.LocalityCount;

    /// <summary>Every report of every commune read in full: each criterion's and indicator's result.</summary>
    private static int Consume(IEnumerable<LocalityEvaluation> evaluations)
    {
        var total = 0;
        foreach (var evaluation in evaluations)
        {
            foreach (var report in evaluation.Reports)
            {
                total += OneCommuneBenchmarks.Detail(report);
            }
        }

        return total;
    }
}

/// <summary>A district of 30 communes: the communes' tier chains, then the district chain from their reports.</summary>
[MemoryDiagnoser]
public class DistrictBenchmarks
{
    private InputRecord[] _communes = null!;
    private Locality _district = null!;
    private TierChain _chain = null!;

    [ParamsSource(nameof(Shapes))]
    public Shape Shape { get; set; }

    public static IEnumerable<Shape> Shapes => Program.ShapesToRun;

    [GlobalSetup]
    public void Setup()
    {
        var asOf = new DateOnly(2024, 12, 31);
        _chain = TierChain.InForce(CriteriaCatalog.Shipped, Level.Commune, asOf);
        _communes = Data.Values(Shape, 30).Select(Data.Record).ToArray();
        _district = new Locality("D1", Data.Record(Data.Values(Shape, 1).First()));
    }

    /// <summary>The communes alone, for comparison: what the district adds is the rest.</summary>
    [Benchmark(Baseline = true)]
    public int CommuneChainsOnly() => _communes.Sum(c => _chain.Evaluate(c).Chain.Length);

    [Benchmark]
    public int DistrictFromItsCommunes()
    {
        var reports = _communes.Select(_chain.Evaluate).ToList();
        return CriteriaCatalog
            .Shipped.EvaluateDistrict(_district, reports, new DateOnly(2024, 12, 31))
            .Tiers.Chain.Length;
    }
}
