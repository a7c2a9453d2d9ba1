using System.Text.Json;
using Ntm.Criteria;

// The README's five lines: one commune, its tier and what the next tier needs.
var commune = NtmInputs
    .CreateBuilder()
    .Set(NtmInputs.Region, Region.BTB)
    .Set(NtmInputs.IrrigatedFarmlandRate, 76.5)
    .Build();
var tiers = CriteriaCatalog.Shipped.EvaluateTiers(commune, Level.Commune, asOf: new DateOnly(2024, 12, 31));
Console.WriteLine(tiers);

// The sample communes, read as an application reads its own data, evaluated and summarized.
using var document = JsonDocument.Parse(File.ReadAllText(args[0]));
var localities = document
    .RootElement.GetProperty("Communes")
    .EnumerateArray()
    .Select(row => LocalityReader.FromDictionary(id: null, row.Deserialize<Dictionary<string, object?>>()!));
var summary = BatchEvaluator
    .InForce(CriteriaCatalog.Shipped, Level.Commune, new DateOnly(2024, 12, 31))
    .Summarize(localities);
var overall = summary.Overall;
Console.WriteLine(
    $"{overall.LocalityCount} communes of {summary.ByDistrict.Length} districts; "
        + $"{overall.Chains[0].Reaching(Tier.Standard)} reach the standard tier"
);
foreach (var set in overall.Sets)
{
    Console.WriteLine($"{set.Set.Id}: {set}");
}
