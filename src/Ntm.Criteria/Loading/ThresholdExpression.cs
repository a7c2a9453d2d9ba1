using System.Globalization;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Writes the expression that applies an indicator's threshold table: the one form of it that rule files, overlays and
/// imported workbooks carry, and that the loader holds every hand-written expression to.
/// </summary>
public static class ThresholdExpression
{
    /// <summary>The GlobalParam that gives a subject's region after a set's regional override.</summary>
    public const string RegionParam = "region";

    /// <summary>The GlobalParam that gives a commune's group, as given or as its facts give it.</summary>
    public const string GroupParam = "group";

    /// <summary>
    /// The expression for a table: per region, commune group and year, the most specific row with a value applies (the
    /// first of equally specific rows, as <see cref="Indicator.ThresholdFor"/> picks it); where no row applies it is
    /// <c>false</c>, which the library reports as "threshold not set". General rows never apply.
    /// </summary>
    /// <param name="measure">What is compared: <c>input.Name</c>, or the indicator's measure expression.</param>
    /// <param name="direction">How the measure is compared with each row's value.</param>
    /// <param name="rows">The table.</param>
    /// <param name="region">What the region is read from: <see cref="RegionParam"/> in sets that declare it, otherwise
    /// <c>input.Region</c>.</param>
    /// <param name="group">What the commune group is read from: <see cref="GroupParam"/> in sets that declare it,
    /// otherwise <c>input.CommuneGroup</c>.</param>
    public static string Write(
        string measure,
        ThresholdDirection direction,
        IEnumerable<Threshold> rows,
        string region,
        string group = "input.CommuneGroup"
    )
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(region);

        // OrderByDescending is stable: among equally specific rows the first in the table stays first.
        var applicable = rows.Where(t => t is { IsGeneral: false, IsSet: true })
            .OrderByDescending(t => t.Specificity)
            .ToList();
        var expression = applicable.FirstOrDefault(t => t.Specificity == 0) is { } everywhere
            ? Test(measure, direction, everywhere.Value)
            : "false";
        foreach (var row in applicable.Where(t => t.Specificity > 0).Reverse())
        {
            expression = $"({Condition(row, region, group)} ? {Test(measure, direction, row.Value)} : {expression})";
        }

        return expression;
    }

    /// <summary>
    /// The expression for an indicator's own table, in a set whose workflow declares <paramref name="globalParams"/>.
    /// </summary>
    internal static string For(Indicator indicator, IEnumerable<ScopedParam> globalParams) =>
        Write(
            indicator.Measure ?? $"input.{indicator.Input}",
            indicator.Direction,
            indicator.Thresholds,
            RegionOf(globalParams),
            GroupOf(globalParams)
        );

    /// <summary>
    /// The expression of the <see cref="RegionParam"/> GlobalParam for a set's region override: the override's region
    /// when any of its conditions holds (a missing input holds none), the subject's own region otherwise.
    /// </summary>
    public static string RegionExpression(RegionOverride? regionOverride)
    {
        if (regionOverride is null || regionOverride.When.IsEmpty)
        {
            return "input.Region";
        }

        // A missing fact holds no condition: the subject keeps its own region.
        var conditions = regionOverride.When.Select(c => $"input.{c.Input} != null && ({c.Expression})");
        return $"{string.Join(" || ", conditions.Select(c => $"({c})"))} ? \"{regionOverride.Region}\" : input.Region";
    }

    /// <summary>
    /// The expression of the <see cref="GroupParam"/> GlobalParam for a set's group rule: the group the data gives,
    /// else the first group whose conditions hold (a missing fact that could decide it leaves the group missing).
    /// </summary>
    public static string GroupExpression(CommuneGroupRule? rule)
    {
        var given = "input." + NtmInputs.CommuneGroup.Name;
        if (rule is null)
        {
            return given;
        }

        var derived = rule
            .Groups.Reverse()
            .Aggregate(
                rule.Otherwise.ToString(CultureInfo.InvariantCulture),
                (otherwise, g) =>
                    $"({string.Join(" || ", g.When.Select(c => $"({c.Expression})"))} ? "
                    + $"{g.Group.ToString(CultureInfo.InvariantCulture)} : {otherwise})"
            );
        return $"{given} != null ? {given} : {derived}";
    }

    /// <summary>Where the expressions of a workflow with these GlobalParams read the commune group from.</summary>
    public static string GroupOf(IEnumerable<ScopedParam> globalParams) =>
        globalParams.Any(p => p.Name == GroupParam) ? GroupParam : "input.CommuneGroup";

    /// <summary>Where the expressions of a workflow with these GlobalParams read the region from.</summary>
    public static string RegionOf(IEnumerable<ScopedParam> globalParams) =>
        globalParams.Any(p => p.Name == RegionParam) ? RegionParam : "input.Region";

    private static string Condition(Threshold row, string region, string group) =>
        string.Join(
            " && ",
            new[]
            {
                row.Region is { } r ? $"{region} == \"{r}\"" : null,
                row.Group is { } g ? $"{group} == {g.ToString(CultureInfo.InvariantCulture)}" : null,
                row.Year is { } year ? $"input.AssessmentYear == {year.ToString(CultureInfo.InvariantCulture)}" : null,
            }.OfType<string>()
        );

    private static string Test(string measure, ThresholdDirection direction, Value value)
    {
        var operand =
            measure.StartsWith("input.", StringComparison.Ordinal) && !measure.Contains(' ', StringComparison.Ordinal)
                ? measure
                : $"({measure})";
        return value.Kind switch
        {
            ValueKind.Number =>
                $"{operand} {(direction == ThresholdDirection.AtMost ? "<=" : ">=")} {Number(value.Number)}",
            // Compared with true or false rather than tested bare: Microsoft RulesEngine, given a class of nullable
            // inputs, refuses a bool? where a condition goes; both engines read the comparison alike.
            _ => $"{operand} == {(value.Boolean ? "true" : "false")}",
        };
    }

    // A whole number is written as one ("1", not "1.0"): RulesEngine compares an int? with an integer, not with a real.
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
