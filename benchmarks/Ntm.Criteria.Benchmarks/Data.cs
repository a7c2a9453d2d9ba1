using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Benchmarks;

/// <summary>The shapes of generated data the benchmarks run over.</summary>
public enum Shape
{
    /// <summary>Every input at its best value.</summary>
    AllPass,

    /// <summary>Every other commune at its best, the others at their worst.</summary>
    HalfPass,

    /// <summary>Every input at its worst value.</summary>
    NonePass,

    /// <summary>Values around the thresholds, with one in ten missing.</summary>
    TenPercentMissing,
}

/// <summary>
/// Generated communes of every region, the same values as engine records and as plain objects. Seeded: every run sees
/// the same data.
/// </summary>
public static class Data
{
    public static readonly DateOnly AsOf = new(2024, 6, 30);

    private static readonly string[] Regions = Enum.GetNames<Region>();

    public static IEnumerable<Dictionary<string, object?>> Values(Shape shape, int count, int seed = 20240630)
    {
        var random = new Random(seed);
        var schema = NtmInputs.Schema;
        var indicators = CriteriaCatalog
            .Shipped.Sets.SelectMany(s => s.AllCriteria)
            .SelectMany(c => c.Indicators)
            .ToList();
        var ceilings = indicators.Where(i => i.Direction == ThresholdDirection.AtMost).Select(i => i.Input).ToHashSet();
        var mustNot = indicators
            .Where(i => i.Direction == ThresholdDirection.MustNotHold)
            .Select(i => i.Input)
            .ToHashSet();
        for (var n = 0; n < count; n++)
        {
            var best = shape switch
            {
                Shape.AllPass => true,
                Shape.NonePass => false,
                Shape.HalfPass => n % 2 == 0,
                _ => (bool?)null,
            };
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var input in schema.Declarations)
            {
                var good = best ?? random.NextDouble() < 0.6;
                var lowIsGood = ceilings.Contains(input.Name);
                values[input.Name] = input.Type switch
                {
                    InputType.Boolean => mustNot.Contains(input.Name) ? !good : good,
                    InputType.Integer => (object)(int)(good ^ lowIsGood ? input.Maximum ?? 10 : input.Minimum ?? 0),
                    InputType.Number when best is null => lowIsGood ? random.Next(0, 40) : random.Next(60, 101),
                    InputType.Number => good ^ lowIsGood ? input.Maximum ?? 100 : input.Minimum ?? 0,
                    _ => null,
                };
                if (shape == Shape.TenPercentMissing && random.NextDouble() < 0.1)
                {
                    values[input.Name] = null;
                }
            }

            values["Region"] = Regions[n % Regions.Length];
            values["CommuneGroup"] = 1 + (n % 3);
            values["AssessmentYear"] = 2024;
            values["UsesNorthernMountainThresholds"] = n % 11 == 0;
            values["HasTraditionalCraft"] = n % 3 == 0;
            yield return values;
        }
    }

    public static InputRecord Record(IReadOnlyDictionary<string, object?> values) =>
        NtmInputs.Schema.CreateRecord(values);

    /// <summary>A commune of one of 700 districts in 63 provinces, about the country's count before 2025.</summary>
    public static Locality Locality(IReadOnlyDictionary<string, object?> values, int n) =>
        new($"C{n:D7}", Record(values)) { District = $"D{n % 700:D3}", Province = $"P{n % 700 % 63:D2}" };
}
