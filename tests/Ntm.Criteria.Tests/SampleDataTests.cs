using System.Text.Json;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// samples/communes.json and .csv: synthetic, valid, spread over every region and group, the same in both forms.
/// </summary>
public class SampleDataTests
{
    private static readonly string[] Identity = ["CommuneId", "CommuneName", "District", "Province"];

    private static List<Dictionary<string, JsonElement>> Json()
    {
        using var document = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Repository.Root, "samples", "communes.json"))
        );
        Assert.StartsWith(
            "Synthetic data",
            document.RootElement.GetProperty("Description").GetString(),
            StringComparison.Ordinal
        );
        return document
            .RootElement.GetProperty("Communes")
            .EnumerateArray()
            .Select(c => c.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()))
            .ToList();
    }

    private static InputRecord Record(CriteriaSet set, Dictionary<string, JsonElement> commune)
    {
        var builder = set.Inputs.CreateBuilder();
        foreach (var (name, value) in commune.Where(p => !Identity.Contains(p.Key)))
        {
            builder.Set(name, JsonValues.ToInputValue(value));
        }

        Assert.Empty(builder.Errors);
        return builder.Build();
    }

    [Fact]
    public void Samples_AtLeast500Communes_EveryRegionAndGroup()
    {
        var communes = Json();

        Assert.True(communes.Count >= 500);
        Assert.Equal(7, communes.Select(c => c["Region"].GetString()).Distinct().Count());
        Assert.Equal([1, 2, 3], communes.Select(c => c["CommuneGroup"].GetInt32()).Distinct().Order());
        Assert.Equal(communes.Count, communes.Select(c => c["CommuneId"].GetString()).Distinct().Count());
    }

    [Fact]
    public void Samples_MostCommunesMissOneToThreeOfTheIndicatorsThatHaveThresholds()
    {
        var set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard", new DateOnly(2024, 6, 30));

        var missed = Json()
            .Select(c => set.Evaluate(Record(set, c)).Indicators.Count(i => i.Outcome == Outcome.NotAchieved))
            .ToList();

        Assert.InRange(missed.Count(m => m == 0), missed.Count / 10, missed.Count / 3);
        Assert.True(missed.Count(m => m is >= 1 and <= 3) > missed.Count / 2);
        Assert.Contains(missed, m => m >= 5);
    }

    [Fact]
    public void Samples_CsvHoldsTheSameCommunesAsJson()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "samples", "communes.csv"));
        Assert.StartsWith("# Synthetic data", lines[0], StringComparison.Ordinal);
        var header = lines[1].Split(',');
        var json = Json();

        Assert.Equal(json.Count, lines.Length - 2);
        for (var i = 0; i < json.Count; i++)
        {
            var cells = lines[i + 2].Split(',');
            Assert.Equal(header.Length, cells.Length);
            foreach (var (column, cell) in header.Zip(cells))
            {
                var value = json[i][column];
                var expected = value.ValueKind switch
                {
                    JsonValueKind.Null => string.Empty,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.String => value.GetString(),
                    _ => value.GetRawText(),
                };
                Assert.True(expected == cell, $"row {i + 3}, column {column}: csv '{cell}', json '{expected}'");
            }
        }
    }
}
