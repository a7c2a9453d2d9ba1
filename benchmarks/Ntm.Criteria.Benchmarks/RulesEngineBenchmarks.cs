using BenchmarkDotNet.Attributes;
using Ntm.Criteria.Rules;
using Ntm.Criteria.Testing;

namespace Ntm.Criteria.Benchmarks;

/// <summary>
/// Microsoft RulesEngine 6.0.1, the peer: the standard set (amended) exported as one workflow, run on the same communes
/// with the exported class of nullable inputs, at its default settings, at its fastest that still evaluate every rule
/// (FastExpressionCompiler, no message formatting) and at its fastest (short-circuit as well: not every indicator's
/// outcome), beside this library's full report and count of the same communes.
/// </summary>
[MemoryDiagnoser]
public class RulesEngineBenchmarks
{
    private CriteriaSet _set = null!;
    private InputRecord[] _records = null!;
    private object[] _inputs = null!;
    private RulesEngineHost _default = null!;
    private RulesEngineHost _fastestEveryRule = null!;
    private RulesEngineHost _fastest = null!;

    [ParamsSource(nameof(Shapes))]
    public Shape Shape { get; set; }

    public static IEnumerable<Shape> Shapes => Program.ShapesToRun;

    [GlobalSetup]
    public void Setup()
    {
        _set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard", Data.AsOf);
        _records = [.. Data.Values(Shape, TenThousandCommunesBenchmarks.Count).Select(Data.Record)];
        _default = RulesEngineHost.For(_set);
        _fastestEveryRule = RulesEngineHost.For(_set, RulesEngineHost.FastestEveryRule);
        _fastest = RulesEngineHost.For(_set, RulesEngineHost.Fastest);
        _inputs = [.. _records.Select(_default.Input)];

        // Each engine compiles a workflow when it first runs it.
        _default.Run(_inputs[0]);
        _fastestEveryRule.Run(_inputs[0]);
        _fastest.Run(_inputs[0]);
    }

    [Benchmark(Baseline = true)]
    public int OneCommuneFullReport() => OneCommuneBenchmarks.Detail(_set.Evaluate(_records[1]));

    /// <summary>
    /// The report's figures only (criteria and indicators achieved, missing, open), its results not read.
    /// </summary>
    [Benchmark]
    public int OneCommuneCount() => OneCommuneBenchmarks.Figures(_set.Evaluate(_records[1]));

    [Benchmark]
    public int OneCommuneRulesEngineDefault() => Achieved(_default.Run(_inputs[1]));

    [Benchmark]
    public int OneCommuneRulesEngineEveryRule() => Achieved(_fastestEveryRule.Run(_inputs[1]));

    [Benchmark]
    public int OneCommuneRulesEngineFastest() => Achieved(_fastest.Run(_inputs[1]));

    [Benchmark(OperationsPerInvoke = TenThousandCommunesBenchmarks.Count)]
    public int TenThousandFullReports() => _records.Sum(r => OneCommuneBenchmarks.Detail(_set.Evaluate(r)));

    [Benchmark(OperationsPerInvoke = TenThousandCommunesBenchmarks.Count)]
    public int TenThousandCounts() => _records.Sum(r => OneCommuneBenchmarks.Figures(_set.Evaluate(r)));

    [Benchmark(OperationsPerInvoke = TenThousandCommunesBenchmarks.Count)]
    public int TenThousandRulesEngineDefault() => _inputs.Sum(i => Achieved(_default.Run(i)));

    [Benchmark(OperationsPerInvoke = TenThousandCommunesBenchmarks.Count)]
    public int TenThousandRulesEngineEveryRule() => _inputs.Sum(i => Achieved(_fastestEveryRule.Run(i)));

    [Benchmark(OperationsPerInvoke = TenThousandCommunesBenchmarks.Count)]
    public int TenThousandRulesEngineFastest() => _inputs.Sum(i => Achieved(_fastest.Run(i)));

    // Every result read, as a full report reads every one of its own.
    private static int Achieved(IEnumerable<RulesEngine.Models.RuleResultTree> results) =>
        results.Sum(r => (r.IsSuccess ? 1 : 0) + Achieved(r.ChildResults ?? []));
}

/// <summary>
/// Loading every shipped set: this library's catalog from its embedded files against RulesEngine given the same sets
/// exported as workflows, each run once on an empty commune so that it is compiled (RulesEngine compiles on first use).
/// </summary>
[MemoryDiagnoser]
public class RulesEngineLoadBenchmarks
{
    private string[] _workflows = null!;

    [GlobalSetup]
    public void Setup() =>
        _workflows = [.. CriteriaCatalog.Shipped.Sets.Select(s => RulesEngineExport.Workflow(s).ToJsonString())];

    [Benchmark(Baseline = true)]
    public int LoadAndCompileShipped() => new LoadBenchmarks().LoadAndCompileShipped();

    [Benchmark]
    public int RulesEngineDefault() => Load(new RulesEngine.Models.ReSettings());

    [Benchmark]
    public int RulesEngineFastest() => Load(RulesEngineHost.Fastest);

    private int Load(RulesEngine.Models.ReSettings settings)
    {
        var workflows = _workflows
            .Select(Newtonsoft.Json.JsonConvert.DeserializeObject<RulesEngine.Models.Workflow>)
            .ToArray();
        var engine = new RulesEngine.RulesEngine(workflows!, settings);
        var total = 0;
        foreach (var set in CriteriaCatalog.Shipped.Sets)
        {
            var input = Activator.CreateInstance(RulesEngineHost.InputTypeOf(set.Inputs))!;
            total += engine
                .ExecuteAllRulesAsync($"{set.Id}@{set.Version}", new RulesEngine.Models.RuleParameter("input", input))
                .AsTask()
                .Result.Count;
        }

        return total;
    }
}
