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
        var set = Revision();
        var host = RulesEngineHost.For(set);

        var records =
            from given in new int?[] { null, 1, 2, 3 }
            from zone in new int?[] { null, 0, 2 }
            from agriculture in new double?[] { null, 5, 50 }
            from roads in new double?[] { null, 85, 95, 100 }
            from plan in new bool?[] { null, true, false }
            select set
                .Inputs.CreateBuilder()
                .Set("CommuneGroup", given)
                .Set("EthnicMinorityAreaZone", zone)
                .Set("IsNextToUrbanAreaAndOrientedToUrban", false)
                .Set("IsOrientedToNewUrbanArea", false)
                .Set("AgricultureShareOfEconomy", agriculture)
                .Set("PavedCommuneRoadRate", roads)
                .Set("HasApprovedCommunePlan", plan)
                .Build();

        Assert.Empty(records.SelectMany(r => Agreement.Differences(host, r).Select(d => $"{r}: {d}")).Take(20));
        var group2 = set.Inputs.CreateBuilder().Set("CommuneGroup", 2).Set("PavedCommuneRoadRate", 95.0).Build();
        Assert.Equal(Outcome.Achieved, set.Evaluate(group2)["1.2"]!.Outcome);
        Assert.True(host.Execute(group2)["1 › 1.2"].IsSuccess);
    }

    private CriteriaSet Revision()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "national", "2026-2030")).FullName;
        File.WriteAllText(
            Path.Combine(folder, "commune@2026-06-01.json"),
            """
            {
              "WorkflowName": "national/2026-2030/commune", "InputsFile": "../../inputs.json",
              "Properties": { "Set": { "Extends": "national/2026-2030/commune@2025-12-29",
                "LegalBasis": { "Decision": "123/QĐ-BNNMT", "Date": "2026-06-01", "Status": "confirmed", "Source": "test" },
                "InForce": { "From": "2026-06-01" } } },
              "Rules": [
                { "RuleName": "1", "Operator": "And", "Properties": { "Change": "override", "Status": "confirmed", "Source": "test", "Complete": true },
                  "Rules": [
                    { "RuleName": "1.1", "Properties": { "Change": "add", "Kind": "indicator", "Number": "1.1", "Name": { "vi": "Quy hoạch", "en": "Plan" },
                      "Status": "confirmed", "Source": "test", "Input": "HasApprovedCommunePlan", "Direction": "true",
                      "Thresholds": [ { "Value": true, "Status": "confirmed", "Source": "test" } ] } },
                    { "RuleName": "1.2", "Properties": { "Change": "add", "Kind": "indicator", "Number": "1.2", "Name": { "vi": "Đường", "en": "Roads" },
                      "Status": "confirmed", "Source": "test", "Input": "PavedCommuneRoadRate", "Direction": "min", "Unit": "%",
                      "Thresholds": [ { "Group": 1, "Value": 100, "Status": "confirmed", "Source": "test" },
                                      { "Group": 2, "Value": 90, "Status": "unconfirmed", "Source": "test" },
                                      { "Group": 3, "Value": null, "Status": "notSet" } ] } } ] }
              ]
            }
            """
        );
        return CriteriaCatalog.Shipped.WithDirectory(_folder).Get("national/2026-2030/commune@2026-06-01");
    }
}
