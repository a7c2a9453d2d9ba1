using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Ntm.Criteria.Benchmarks;

if (args.Contains("--memory"))
{
    return MemoryRun.Run(args);
}

// --quick: a short in-process job over the half-pass shape (iterations of 250 ms), for a check before each change.
var quick = args.Contains("--quick");
if (quick)
{
    Environment.SetEnvironmentVariable(Program.QuickVariable, "1");
}

var config = quick
    ? DefaultConfig.Instance.AddJob(
        Job.ShortRun.WithWarmupCount(1)
            .WithIterationCount(3)
            .WithLaunchCount(1)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithToolchain(InProcessEmitToolchain.Instance)
    )
    : DefaultConfig.Instance;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
return 0;

/// <summary>Entry point and what the benchmarks share.</summary>
public static partial class Program
{
    public const string QuickVariable = "NTM_BENCH_QUICK";

    /// <summary>
    /// The data shapes to run: all four, or half-pass only in quick mode (the variable reaches the benchmark
    /// processes).
    /// </summary>
    public static IEnumerable<Shape> ShapesToRun =>
        Environment.GetEnvironmentVariable(QuickVariable) == "1" ? [Shape.HalfPass] : Enum.GetValues<Shape>();
}
