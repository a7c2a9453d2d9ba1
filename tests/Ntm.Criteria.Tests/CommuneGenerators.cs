using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>A generated commune: input values by name, printed when a property fails.</summary>
internal sealed record GeneratedCommune(IReadOnlyList<(string Name, object? Value)> Values)
{
    public InputRecord Build(InputSchema schema)
    {
        var builder = schema.CreateBuilder();
        foreach (var (name, value) in Values)
        {
            builder.Set(name, value);
        }

        return builder.Build();
    }

    public GeneratedCommune With(string name, object? value) =>
        new(Values.Select(v => v.Name == name ? (name, value) : v).ToList());

    public object? this[string name] => Values.First(v => v.Name == name).Value;

    public override string ToString() =>
        string.Join(
            ", ",
            Values
                .Where(v => v.Value is not null)
                .Select(v => $"{v.Name}={Convert.ToString(v.Value, CultureInfo.InvariantCulture)}")
        );
}

/// <summary>
/// Generates communes for a catalog: every region and group, years of the sets' periods, numbers concentrated around
/// every threshold the catalog has for them (and anywhere in range), about one value in ten missing, and the
/// "nếu có" conditions both present and absent, so that not-applicable indicators come up.
/// </summary>
internal static class CommuneGenerators
{
    private static readonly double[] Offsets = [-1, -0.5, -0.01, 0, 0.01, 0.5, 1];

    /// <summary>A set of the catalog and a commune for it.</summary>
    public static Gen<(CriteriaSet Set, GeneratedCommune Commune)> SetsAndCommunes(CriteriaCatalog catalog) =>
        from set in Gen.Elements(catalog.Sets.ToArray())
        from commune in Communes(catalog, set.Inputs)
        select (set, commune);

    public static Gen<GeneratedCommune> Communes(CriteriaCatalog catalog, InputSchema schema)
    {
        var thresholds = catalog
            .Sets.SelectMany(s => s.AllCriteria)
            .SelectMany(c => c.Indicators)
            .SelectMany(i =>
                i.Thresholds.Where(t => t.IsSet && t.Value.Kind is ValueKind.Number or ValueKind.Integer)
                    .Select(t => (i.Input, t.Value.Number))
            )
            .GroupBy(t => t.Input, t => t.Number)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
        var years = catalog
            .Sets.SelectMany(s => s.Thresholds())
            .Select(t => t.Year)
            .OfType<int>()
            .Concat(
                catalog.Sets.SelectMany(s => new[] { s.InForceFrom.Year, s.InForceTo?.Year ?? s.InForceFrom.Year + 4 })
            )
            .Where(y => y is >= 2010 and <= 2100)
            .Distinct()
            .Order()
            .ToArray();

        var fields = schema
            .Declarations.Select(d =>
                Value(d, thresholds.GetValueOrDefault(d.Name, []), years).Select(v => (d.Name, v))
            )
            .ToArray();
        return Gen.CollectToList(fields).Select(values => new GeneratedCommune(values.ToList()));
    }

    private static Gen<object?> Value(InputDeclaration declaration, double[] thresholds, int[] years)
    {
        var present = declaration.Type switch
        {
            InputType.Enumeration => Gen.Elements(declaration.AllowedValues.ToArray()).Select(v => (object?)v),
            InputType.Boolean => Gen.Elements(true, false).Select(v => (object?)v),
            InputType.Integer when declaration.Name == "AssessmentYear" && years.Length > 0 => Gen.Elements(years)
                .Select(y => (object?)y),
            InputType.Integer => Number(declaration, thresholds).Select(n => (object?)(int)Math.Round(n)),
            InputType.Number => Number(declaration, thresholds).Select(n => (object?)n),
            _ => Gen.Constant<object?>("text"),
        };

        // The context inputs select thresholds; they are missing less often so that most communes are comparable.
        var missing = declaration.Name is "Region" or "CommuneGroup" or "AssessmentYear" ? 1 : 4;
        return Gen.Frequency((40 - missing, present), (missing, Gen.Constant<object?>(null)));
    }

    private static Gen<double> Number(InputDeclaration declaration, double[] thresholds)
    {
        var min = declaration.Minimum ?? 0;
        var max = declaration.Maximum ?? Math.Max(100, thresholds.DefaultIfEmpty(0).Max() * 2);
        var anywhere = Gen.Choose(0, 10_000).Select(i => min + ((max - min) * i / 10_000));
        if (thresholds.Length == 0)
        {
            return anywhere;
        }

        var near =
            from t in Gen.Elements(thresholds)
            from offset in Gen.Elements(Offsets)
            select Math.Clamp(t + offset, min, max);
        return Gen.Frequency((3, near), (1, anywhere));
    }

    private static IEnumerable<Threshold> Thresholds(this CriteriaSet set) =>
        set.AllIndicators.SelectMany(i => i.Thresholds);
}
