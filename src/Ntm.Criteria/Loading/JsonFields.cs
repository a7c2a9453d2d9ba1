using System.Text.Json;

namespace Ntm.Criteria;

/// <summary>
/// Reads a rule file's metadata (a rule's <c>Properties</c>, a threshold row) leniently: a field that is missing or of
/// another kind reads as null, for the set reader to report where it stands. The one reader of those fields.
/// </summary>
internal static class JsonFields
{
    public static string? String(IReadOnlyDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string? String(JsonElement owner, string name) =>
        Object(owner, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static int? Integer(JsonElement owner, string name) =>
        Object(owner, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var i) ? i : null;

    /// <summary>The field's element, or the default element (of kind Undefined) when there is none.</summary>
    public static JsonElement Object(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) ? value : default;
}
