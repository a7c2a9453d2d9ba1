using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Writes workflows and input declarations back as RulesEngine-format JSON, in the shape the loader reads (its own
/// extensions included: declared <c>Inputs</c>, <c>Properties</c>), for tools that produce rule files.
/// </summary>
public static class WorkflowJson
{
    /// <summary>How the rule files of this project are written: indented, non-ASCII text as it is.</summary>
    public static readonly JsonSerializerOptions FileOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The workflow as a JSON object, its inputs declared in it (no <c>InputsFile</c> to resolve).</summary>
    public static JsonObject ToJson(Workflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var json = new JsonObject { ["WorkflowName"] = workflow.Name };
        json["Inputs"] = new JsonArray([.. workflow.Inputs.Select(ToJson)]);
        if (!workflow.GlobalParams.IsEmpty)
        {
            json["GlobalParams"] = Params(workflow.GlobalParams);
        }

        if (!workflow.Properties.IsEmpty)
        {
            json["Properties"] = Properties(workflow.Properties);
        }

        json["Rules"] = new JsonArray([.. workflow.Rules.Select(ToJson)]);
        return json;
    }

    /// <summary>A rule as a JSON object, with its child rules.</summary>
    public static JsonObject ToJson(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var json = new JsonObject { ["RuleName"] = rule.Name };
        if (rule.Operator is { } op)
        {
            json["Operator"] = op.ToString();
        }

        if (!rule.LocalParams.IsEmpty)
        {
            json["LocalParams"] = Params(rule.LocalParams);
        }

        if (rule.Expression is { } expression)
        {
            json["Expression"] = expression;
        }

        if (rule.SuccessEvent is { } success)
        {
            json["SuccessEvent"] = success;
        }

        if (rule.ErrorMessage is { } error)
        {
            json["ErrorMessage"] = error;
        }

        if (!rule.Enabled)
        {
            json["Enabled"] = false;
        }

        if (!rule.Properties.IsEmpty)
        {
            json["Properties"] = Properties(rule.Properties);
        }

        if (!rule.Rules.IsEmpty)
        {
            json["Rules"] = new JsonArray([.. rule.Rules.Select(ToJson)]);
        }

        return json;
    }

    /// <summary>An input declaration as a JSON object, as an inputs file lists it.</summary>
    public static JsonObject ToJson(InputDeclaration input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var json = new JsonObject
        {
            ["Name"] = input.Name,
            ["Type"] = input.Type switch
            {
                InputType.Number => "number",
                InputType.Integer => "integer",
                InputType.Boolean => "boolean",
                InputType.Text => "text",
                _ => "enum",
            },
        };
        if (input.Unit is { } unit)
        {
            json["Unit"] = unit;
        }

        if (input.Minimum is { } minimum)
        {
            json["Minimum"] = minimum;
        }

        if (input.Maximum is { } maximum)
        {
            json["Maximum"] = maximum;
        }

        if (!input.AllowedValues.IsEmpty)
        {
            json["Values"] = new JsonArray([.. input.AllowedValues.Select(v => (JsonNode)v)]);
        }

        if (!input.Labels.IsEmpty)
        {
            // Labels in a stable order: Vietnamese first, as the shipped vocabulary writes them.
            json["Labels"] = new JsonObject(input.Labels.OrderBy(l => l.Key == "vi" ? 0 : 1).ThenBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value)));
        }

        if (!input.Properties.IsEmpty)
        {
            json["Properties"] = Properties(input.Properties);
        }

        return json;
    }

    /// <summary>A JSON node written as a rule file is: indented, non-ASCII text as it is, ending with a new line.</summary>
    public static string Write(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(FileOptions) + "\n";
    }

    private static JsonArray Params(IEnumerable<ScopedParam> parameters) =>
        new([.. parameters.Select(p => (JsonNode)new JsonObject { ["Name"] = p.Name, ["Expression"] = p.Expression })]);

    // A workflow keeps its properties by name, not in the file's order: they are written in ordinal order, so that the
    // same workflow is always the same text. Values keep the order they were written in.
    private static JsonObject Properties(IEnumerable<KeyValuePair<string, JsonElement>> properties) =>
        new(properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, JsonNode.Parse(p.Value.GetRawText()))));
}
