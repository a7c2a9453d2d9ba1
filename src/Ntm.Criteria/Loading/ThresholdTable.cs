using System.Text.Json;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Reads the threshold table of an overridden indicator's properties, to write the expression that applies it.
/// </summary>
internal static class ThresholdTable
{
    /// <summary>
    /// The expression of an indicator's table, for a workflow whose inputs are <paramref name="inputs"/>; "false" where
    /// the table cannot be written (no declared input, or one its direction does not compare), since the set reader
    /// reports that at the property: the engine would report the expression written, which the file does not hold.
    /// </summary>
    public static string WriteExpression(
        IReadOnlyDictionary<string, JsonElement> properties,
        Workflow workflow,
        IReadOnlyCollection<InputDeclaration> inputs
    )
    {
        var measure = JsonFields.String(properties, "Measure");
        var direction =
            RuleFileWords.DirectionNamed(JsonFields.String(properties, "Direction")) ?? ThresholdDirection.AtLeast;
        if (
            JsonFields.String(properties, "Input") is not { } input
            || inputs.FirstOrDefault(i => i.Name == input) is not { } declaration
            || (measure is null && !direction.Compares(declaration))
            || !properties.TryGetValue("Thresholds", out var rows)
            || rows.ValueKind != JsonValueKind.Array
        )
        {
            return "false";
        }

        // Malformed rows, and values of another kind than the direction compares, are the set reader's to report.
        return ThresholdExpression.Write(
            measure ?? $"input.{input}",
            direction,
            rows.EnumerateArray().Select(Row).OfType<Threshold>().Where(t => Fits(t.Value, direction)),
            ThresholdExpression.RegionOf(workflow.GlobalParams),
            ThresholdExpression.GroupOf(workflow.GlobalParams)
        );
    }

    private static bool Fits(Value value, ThresholdDirection direction) =>
        !value.HasValue || value.Kind == (direction.ComparesNumbers() ? ValueKind.Number : ValueKind.Boolean);

    private static Threshold? Row(JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("Value", out var value))
        {
            return null;
        }

        return new Threshold
        {
            Region = JsonFields.String(row, "Region"),
            Group = JsonFields.Integer(row, "Group"),
            Year = JsonFields.Integer(row, "Year"),
            Value = value.ValueKind switch
            {
                JsonValueKind.Number => Value.FromNumber(value.GetDouble()),
                JsonValueKind.True or JsonValueKind.False => Value.FromBoolean(value.GetBoolean()),
                _ => Value.Missing,
            },
            Status = RuleFileWords.StatusNamed(JsonFields.String(row, "Status")) ?? ValueStatus.NotSet,
        };
    }
}
