namespace Ntm.Criteria.RulesEngine.Tests;

/// <summary>
/// Every shipped set version, resolved, runs in Microsoft RulesEngine unchanged with a nullable input class.
/// </summary>
public class ConformanceTests
{
    public static TheoryData<string> ShippedSets() =>
        [.. CriteriaCatalog.Shipped.Sets.Select(s => $"{s.Id}@{s.Version}")];

    [Theory]
    [MemberData(nameof(ShippedSets))]
    public void ShippedSet_CompilesInRulesEngine(string reference)
    {
        var host = RulesEngineHost.For(CriteriaCatalog.Shipped.Get(reference));

        var results = host.Execute(host.Set.Inputs.CreateBuilder().Build());

        Assert.Empty(
            results
                .Where(r => r.Value.ExceptionMessage?.Contains("parsing", StringComparison.OrdinalIgnoreCase) == true)
                .Select(r => $"{r.Key}: {r.Value.Rule.Expression} — {r.Value.ExceptionMessage}")
        );
    }
}
