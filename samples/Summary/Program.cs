using System.Globalization;
using System.Text.Json;
using Ntm.Criteria;

// Evaluates the synthetic sample communes against the commune sets in force on a date and prints the summary a
// district report would: communes per tier, average criteria and indicators per commune, indicators most often missed.
var path = args.Length > 0 ? args[0] : Path.Combine("samples", "communes.json");
var asOf = new DateOnly(2024, 6, 30);
var batch = BatchEvaluator.InForce(CriteriaCatalog.Shipped, Level.Commune, asOf);
var rejected = 0;

IEnumerable<Locality> Read()
{
    using var document = JsonDocument.Parse(File.ReadAllText(path));
    foreach (var commune in document.RootElement.GetProperty("Communes").EnumerateArray())
    {
        string? Text(string name) => commune.TryGetProperty(name, out var value) ? value.GetString() : null;
        var values = commune.EnumerateObject().Where(p => p.Name is not ("CommuneId" or "CommuneName" or "District" or "Province"))
            .Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String => p.Value.GetString(),
                _ => (object?)p.Value.GetDouble(),
            }));
        Locality locality;
        try
        {
            locality = LocalityReader.FromDictionary(Text("CommuneId"), values) with
            {
                Name = Text("CommuneName"), District = Text("District"), Province = Text("Province"),
            };
        }
        catch (LocalityInputException e)
        {
            rejected++;
            Console.Error.WriteLine(e.Message);
            continue;
        }

        yield return locality;
    }
}

var summary = batch.Summarize(Read()).Overall;
var standard = summary.Sets[0];
var culture = CultureInfo.GetCultureInfo("vi-VN");
Console.WriteLine($"{summary.LocalityCount} xã đánh giá theo {standard.Set.Id} ({standard.Set.LegalBasis}), ngày {asOf:dd/MM/yyyy}; {rejected} dòng bị loại.");
foreach (var tier in summary.Chains[0].Highest)
{
    Console.WriteLine($"  {tier.Tier}: {summary.Chains[0].Reaching(tier.Tier)} xã");
}

Console.WriteLine(string.Create(culture,
    $"Bình quân {standard.AverageCriteriaAchieved:0.00}/{standard.Set.Criteria.Length} tiêu chí ({standard.AverageCriteriaShare:0%}), {standard.AverageIndicatorsAchieved:0.00}/{standard.Indicators.Length} chỉ tiêu mỗi xã; {standard.Indicators.Count(i => i.Outcomes[Outcome.ThresholdNotSet] > 0)} chỉ tiêu chưa có ngưỡng trong nguồn ở một số hoặc mọi vùng."));
Console.WriteLine("Chỉ tiêu không đạt nhiều nhất:");
foreach (var missed in standard.Indicators.Where(i => i.Missed > 0).OrderByDescending(i => i.Missed).Take(5))
{
    Console.WriteLine($"  {missed.Indicator.Number} {missed.Indicator.Name.Vietnamese}: {missed.Missed} xã");
}
