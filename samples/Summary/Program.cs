using System.Globalization;
using System.Text.Json;
using Ntm.Criteria;

// Evaluates the synthetic sample communes against the commune sets in force on a date and prints the summary a
// district report would: communes per tier, average criteria and indicators per commune, indicators most often missed.
var path = args.Length > 0 ? args[0] : Path.Combine("samples", "communes.json");
var asOf = new DateOnly(2024, 6, 30);
var catalog = CriteriaCatalog.Shipped;
var standard = catalog.InForceOn(asOf, Level.Commune, Tier.Standard).Single();
string[] identity = ["CommuneId", "CommuneName", "District", "Province"];

using var document = JsonDocument.Parse(File.ReadAllText(path));
var reports = new List<TierReport>();
var rejected = 0;
foreach (var commune in document.RootElement.GetProperty("Communes").EnumerateArray())
{
    var builder = standard.Inputs.CreateBuilder();
    foreach (var property in commune.EnumerateObject().Where(p => !identity.Contains(p.Name)))
    {
        builder.Set(property.Name, property.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => property.Value.GetString(),
            _ => (object)property.Value.GetDouble(),
        });
    }

    if (!builder.TryBuild(out var record))
    {
        rejected++;
        Console.Error.WriteLine($"{commune.GetProperty("CommuneId")}: {string.Join("; ", builder.Errors)}");
        continue;
    }

    reports.Add(catalog.EvaluateTiers(record, Level.Commune, asOf));
}

var standardReports = reports.Select(r => r.Chain[0]).ToList();
var culture = CultureInfo.GetCultureInfo("vi-VN");
Console.WriteLine($"{reports.Count} xã đánh giá theo {standard.Id} ({standard.LegalBasis}), ngày {asOf:dd/MM/yyyy}; {rejected} dòng bị loại.");
foreach (var tier in Enum.GetValues<Tier>().Where(t => reports.Any(r => r.Chain.Any(c => c.Set.Tier == t))))
{
    Console.WriteLine($"  {tier}: {reports.Count(r => r.Reached >= tier)} xã");
}

Console.WriteLine(string.Create(culture,
    $"Bình quân {standardReports.Average(r => r.CriteriaAchieved):0.00}/{standard.Criteria.Length} tiêu chí, {standardReports.Average(r => r.IndicatorsAchieved):0.00}/{standard.Indicators.Count()} chỉ tiêu mỗi xã; {standardReports.Min(r => r.IndicatorsThresholdNotSet)}-{standardReports.Max(r => r.IndicatorsThresholdNotSet)} chỉ tiêu (tùy vùng) chưa có ngưỡng trong nguồn."));
Console.WriteLine("Chỉ tiêu không đạt nhiều nhất:");
foreach (var missed in standardReports.SelectMany(r => r.Indicators).Where(i => i.Outcome == Outcome.NotAchieved)
    .GroupBy(i => i.Indicator).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.RuleIndex).Take(5))
{
    Console.WriteLine($"  {missed.Key.Number} {missed.Key.Name.Vietnamese}: {missed.Count()} xã");
}
