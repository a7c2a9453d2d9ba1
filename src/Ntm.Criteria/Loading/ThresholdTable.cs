using System.Text.Json;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Reads the threshold table of an overridden indicator's properties, to write the expression that applies it.
/// </summary>
internal static class ThresholdTable
{
    public static string WriteExpression(IReadOnlyDictionary<string, JsonElement> properties, Workflow workflow)
    {
        if (
            JsonFields.String(properties, "Input") is not { } input
            || !properties.TryGetValue("Thresholds", out var rows)
            || rows.ValueKind != JsonValueKind.Array
        )
        {
            // The set reader reports the missing Input or table; any boolean expression lets it get there.
            return "false";
        }

        var measure = JsonFields.String(properties, "Measure") ?? $"input.{input}";
        var direction =
            RuleFileWords.DirectionNamed(JsonFields.String(properties, "Direction")) ?? ThresholdDirection.AtLeast;

        // Malformed rows are the set reader's to report.
        return ThresholdExpression.Write(
            measure,
            direction,
            rows.EnumerateArray().Select(Row).OfType<Threshold>(),
            ThresholdExpression.RegionOf(workflow.GlobalParams),
            ThresholdExpression.GroupOf(workflow.GlobalParams)
        );
    }

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
