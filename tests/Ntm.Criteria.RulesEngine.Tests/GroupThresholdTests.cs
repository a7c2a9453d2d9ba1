namespace Ntm.Criteria.RulesEngine.Tests;

/// <summary>
/// A 2026-2030 set as an office completes it, its thresholds by commune group (none of the shipped sets has one yet):
/// it runs in RulesEngine and agrees with this engine for every group, given or placed from the facts, and for a
/// group the facts cannot decide.
/// </summary>
public sealed class GroupThresholdTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ntm-groups-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RevisionWithGroupThresholds_AgreesRuleByRuleForEveryGroup()
    {
        var path = Path.Combine(_folder, RuleFixtures.CommuneGroupRevisionPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, RuleFixtures.CommuneGroupRevision);
        var set = CriteriaCatalog.Shipped.WithDirectory(_folder).Get("national/2026-2030/commune@2026-06-01");
        var host = RulesEngineHost.For(set);

        var records =
            from given in new int?[] { null, 1, 2, 3 }
            from zone in new int?[] { null, 0, 2 }
            from agriculture in new double?[] { null, 5, 50 }
            from water in new double?[] { null, 55, 60, 85, 95 }
            select set
                .Inputs.CreateBuilder()
                .Set("CommuneGroup", given)
                .Set("EthnicMinorityAreaZone", zone)
                .Set("IsNextToUrbanAreaAndOrientedToUrban", false)
                .Set("IsOrientedToNewUrbanArea", false)
                .Set("AgricultureShareOfEconomy", agriculture)
                .Set("CleanWaterHouseholdRate", water)
                .Build();

        Assert.Empty(records.SelectMany(r => Agreement.Differences(host, r).Select(d => $"{r}: {d}")).Take(20));
        var group2 = set.Inputs.CreateBuilder().Set("CommuneGroup", 2).Set("CleanWaterHouseholdRate", 85.0).Build();
        Assert.Equal(Outcome.Achieved, set.Evaluate(group2)["8.1"]!.Outcome);
        Assert.True(host.Execute(group2)["8 › 8.1"].IsSuccess);
    }
}
