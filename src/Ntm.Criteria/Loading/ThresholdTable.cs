using System.Text.Json;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>Reads the threshold table of an overridden indicator's properties, to write the expression that applies it.</summary>
internal static class ThresholdTable
{
    public static string WriteExpression(IReadOnlyDictionary<string, JsonElement> properties, Workflow workflow)
    {
        if (!properties.TryGetValue("Input", out var inputElement) || inputElement.ValueKind != JsonValueKind.String
            || !properties.TryGetValue("Thresholds", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            // The set reader reports the missing Input or table; any boolean expression lets it get there.
            return "false";
        }

        var measure = properties.TryGetValue("Measure", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : $"input.{inputElement.GetString()}";
        var direction = (properties.TryGetValue("Direction", out var d) && d.ValueKind == JsonValueKind.String ? RuleFileWords.DirectionNamed(d.GetString()) : null)
            ?? ThresholdDirection.AtLeast;

        // Malformed rows are the set reader's to report.
        return ThresholdExpression.Write(measure, direction, rows.EnumerateArray().Select(Row).OfType<Threshold>(),
            ThresholdExpression.RegionOf(workflow.GlobalParams), ThresholdExpression.GroupOf(workflow.GlobalParams));
    }

    private static Threshold? Row(JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("Value", out var value))
        {
            return null;
        }

        return new Threshold
        {
            Region = row.TryGetProperty("Region", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null,
            Group = Key(row, "Group"),
            Year = Key(row, "Year"),
            Value = value.ValueKind switch
            {
                JsonValueKind.Number => Value.FromNumber(value.GetDouble()),
                JsonValueKind.True or JsonValueKind.False => Value.FromBoolean(value.GetBoolean()),
                _ => Value.Missing,
            },
            Status = (row.TryGetProperty("Status", out var status) && status.ValueKind == JsonValueKind.String ? RuleFileWords.StatusNamed(status.GetString()) : null)
                ?? ValueStatus.NotSet,
        };
    }

    private static int? Key(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var key) ? key : null;
}
