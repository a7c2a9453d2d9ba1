using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>Builds commune records for tests.</summary>
internal static class Communes
{
    public static CriteriaCatalog Catalog => CriteriaCatalog.Shipped;

    /// <summary>A record with the given values; everything else missing.</summary>
    public static InputRecord Record(CriteriaSet set, params (string Name, object? Value)[] values)
    {
        var builder = set.Inputs.CreateBuilder();
        foreach (var (name, value) in values)
        {
            builder.Set(name, value);
        }

        return builder.Build();
    }

    /// <summary>
    /// A commune that meets every indicator of every set as well as it can: the best value of each input, every
    /// "nếu có" condition present, every condition held.
    /// </summary>
    public static InputRecord Complete(CriteriaSet set, string? region = "DBSH", int? group = 2, int year = 2023)
    {
        var builder = set.Inputs.CreateBuilder();
        var indicators = Catalog
            .Sets.SelectMany(s => s.Preconditions.Concat(s.Criteria))
            .SelectMany(c => c.Indicators)
            .ToList();
        foreach (var declaration in set.Inputs.Declarations)
        {
            var uses = indicators.Where(i => i.Input == declaration.Name).Select(i => i.Direction).Distinct().ToList();
            switch (declaration.Type)
            {
                case InputType.Boolean:
                    builder.Set(
                        declaration.Name,
                        !uses.Contains(ThresholdDirection.MustNotHold)
                            && declaration.Name != "UsesNorthernMountainThresholds"
                    );
                    break;
                case InputType.Number or InputType.Integer when uses.Contains(ThresholdDirection.AtMost):
                    builder.Set(declaration.Name, declaration.Minimum ?? 0);
                    break;
                case InputType.Number or InputType.Integer:
                    builder.Set(declaration.Name, declaration.Maximum ?? 100);
                    break;
            }
        }

        builder
            .Set("Region", region)
            .Set("CommuneGroup", group)
            .Set("AssessmentYear", year)
            .Set("HasTraditionalCraft", true)
            .Set("HasDistrictBusStation", true);
        return builder.Build();
    }
}
