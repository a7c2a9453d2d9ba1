using System.Text.Json;

namespace Ntm.Criteria.Testing;

/// <summary>Reads samples/communes.json the plain way, independently of the command line's readers.</summary>
internal static class JsonValues
{
    /// <summary>A JSON value as an input value: null, a boolean, text, or a number.</summary>
    public static object? ToInputValue(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => value.GetString(),
            _ => value.GetDouble(),
        };
}
