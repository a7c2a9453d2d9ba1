using BenchmarkDotNet.Attributes;
using Ntm.Criteria.Cli;
using Ntm.Criteria.Cli.Workbooks;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Benchmarks;

/// <summary>
/// The criteria workbook of the largest set (the amended 2021-2025 commune standard: 57 indicators, a column group per
/// region): writing it, and reading a filled one back into a rule file that is then loaded as <c>--rules</c> loads it.
/// </summary>
[MemoryDiagnoser]
public class WorkbookBenchmarks
{
    private string _folder = null!;
    private string _workbook = null!;
    private CriteriaSet _set = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "ntm-bench-workbook-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        _set = CriteriaCatalog
            .Shipped.Versions("national/2021-2025/commune-standard")
            .Single(v => v.Version == "2024-03-01");
        _workbook = Path.Combine(_folder, "export.xlsx");
        CriteriaWorkbookWriter.Write(_workbook, [_set], Texts.Vietnamese);
        if (Import() != _set.Indicators.Count())
        {
            throw new InvalidOperationException(
                "The exported workbook does not import to the set it was exported from."
            );
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public long Export()
    {
        var path = Path.Combine(_folder, "written.xlsx");
        CriteriaWorkbookWriter.Write(path, [_set], Texts.Vietnamese);
        return new FileInfo(path).Length;
    }

    /// <summary>
    /// Read every sheet, check every cell, write the rule file, and load it with the shipped catalog.
    /// </summary>
    [Benchmark]
    public int Import()
    {
        var (sets, problems) = new CriteriaWorkbookReader(CriteriaCatalog.Shipped, Texts.Vietnamese).Read(_workbook);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        var path = Path.Combine(_folder, "imported.json");
        File.WriteAllText(path, WorkflowJson.Write(sets[0].File));
        return CriteriaCatalog
            .Shipped.WithFiles([path])
            .Versions(_set.Id)
            .Single(v => v.Version == _set.Version)
            .Indicators.Count();
    }
}
