using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Ntm.Criteria.Tests;

namespace Ntm.Criteria.RulesEngine.Tests;

/// <summary>
/// Every shipped set version, resolved (overlays applied), runs in Microsoft RulesEngine unchanged with the nullable
/// input class of its export, and agrees with this engine rule by rule, on the sample communes and on generated ones.
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
                .Where(r => !string.IsNullOrEmpty(r.Value.ExceptionMessage))
                .Select(r => $"{r.Key}: {r.Value.Rule.Expression} — {r.Value.ExceptionMessage}")
        );
    }

    [Theory]
    [MemberData(nameof(ShippedSets))]
    public void ShippedSet_OnTheSampleCommunes_AgreesRuleByRule(string reference)
    {
        var host = RulesEngineHost.For(CriteriaCatalog.Shipped.Get(reference));

        var differences = SampleRecords(host.Set.Inputs)
            .SelectMany(r => Agreement.Differences(host, r.Record).Select(d => $"{r.Id}: {d}"))
            .Take(20);

        Assert.Empty(differences);
    }

    [ScaledProperty(300)]
    public Property GeneratedCommunes_AgreeRuleByRule() =>
        Prop.ForAll(
            CommuneGenerators.SetsAndCommunes(CriteriaCatalog.Shipped).ToArbitrary(),
            pair =>
            {
                var host = Hosts.GetOrAdd(pair.Set, set => RulesEngineHost.For(set));
                var differences = Agreement.Differences(host, pair.Commune.Build(pair.Set.Inputs)).ToList();
                return differences.Count == 0 ? true.ToProperty() : false.Label(string.Join("\n", differences));
            }
        );

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<CriteriaSet, RulesEngineHost> Hosts =
        new();

    // samples/communes.json read plainly, the inputs a set does not declare left out.
    private static IEnumerable<(string Id, Rules.InputRecord Record)> SampleRecords(Rules.InputSchema schema)
    {
        using var document = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Repository.Root, "samples", "communes.json"))
        );
        foreach (var commune in document.RootElement.GetProperty("Communes").EnumerateArray())
        {
            var builder = schema.CreateBuilder();
            foreach (var value in commune.EnumerateObject().Where(p => schema.IndexOf(p.Name) >= 0))
            {
                builder.Set(value.Name, JsonValues.ToInputValue(value.Value));
            }

            yield return (commune.GetProperty("CommuneId").GetString()!, builder.Build());
        }
    }
}
