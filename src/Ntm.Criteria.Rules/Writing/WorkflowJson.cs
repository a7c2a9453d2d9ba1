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
        return Members(
            ("WorkflowName", workflow.Name),
            ("Inputs", new JsonArray([.. workflow.Inputs.Select(ToJson)])),
            ("GlobalParams", workflow.GlobalParams.IsEmpty ? null : Params(workflow.GlobalParams)),
            ("Properties", Properties(workflow.Properties)),
            ("Rules", new JsonArray([.. workflow.Rules.Select(ToJson)]))
        );
    }

    /// <summary>A rule as a JSON object, with its child rules.</summary>
    public static JsonObject ToJson(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Members(
            ("RuleName", rule.Name),
            ("Operator", rule.Operator?.ToString()),
            ("LocalParams", rule.LocalParams.IsEmpty ? null : Params(rule.LocalParams)),
            ("Expression", rule.Expression),
            ("SuccessEvent", rule.SuccessEvent),
            ("ErrorMessage", rule.ErrorMessage),
            ("Enabled", rule.Enabled ? null : false),
            ("Properties", Properties(rule.Properties)),
            ("Rules", rule.Rules.IsEmpty ? null : new JsonArray([.. rule.Rules.Select(ToJson)]))
        );
    }

    /// <summary>An input declaration as a JSON object, as an inputs file lists it.</summary>
    public static JsonObject ToJson(InputDeclaration input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Labels in a stable order: Vietnamese first, as the shipped vocabulary writes them.
        var labels = input
            .Labels.OrderBy(l => l.Key == "vi" ? 0 : 1)
            .ThenBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value));
        return Members(
            ("Name", input.Name),
            ("Type", InputTypeWords.Of(input.Type)),
            ("Unit", input.Unit),
            ("Minimum", input.Minimum),
            ("Maximum", input.Maximum),
            (
                "Values",
                input.AllowedValues.IsEmpty ? null : new JsonArray([.. input.AllowedValues.Select(v => (JsonNode)v)])
            ),
            (
                "ValueNames",
                input.ValueNames.IsEmpty
                    ? null
                    : new JsonObject(
                        input.NamedValues.Select(v =>
                            KeyValuePair.Create(
                                v,
                                (JsonNode?)new JsonArray([.. input.ValueNames[v].Select(n => (JsonNode)n)])
                            )
                        )
                    )
            ),
            ("Labels", input.Labels.IsEmpty ? null : new JsonObject(labels)),
            ("Properties", Properties(input.Properties))
        );
    }

    /// <summary>
    /// A JSON node written as a rule file is: indented, non-ASCII text as it is, ending with a new line.
    /// </summary>
    public static string Write(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(FileOptions) + "\n";
    }

    // A member without a value is left out, as the loader reads an absent member: the file states only what is set.
    private static JsonObject Members(params (string Name, JsonNode? Value)[] members) =>
        new(members.Where(m => m.Value is not null).Select(m => KeyValuePair.Create(m.Name, m.Value)));

    private static JsonArray Params(IEnumerable<ScopedParam> parameters) =>
        new([.. parameters.Select(p => (JsonNode)new JsonObject { ["Name"] = p.Name, ["Expression"] = p.Expression })]);

    // A workflow keeps its properties by name, not in the file's order: they are written in ordinal order, so that the
    // same workflow is always the same text. Values keep the order they were written in.
    private static JsonObject? Properties(IReadOnlyCollection<KeyValuePair<string, JsonElement>> properties) =>
        properties.Count == 0
            ? null
            : new(
                properties
                    .OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => KeyValuePair.Create(p.Key, JsonNode.Parse(p.Value.GetRawText())))
            );
}
