using System.Collections.Immutable;

namespace Ntm.Criteria.Rules;

/// <summary>
/// The words an input declaration's <c>Type</c> is written with, for the loader that reads them and the tools that
/// write them.
/// </summary>
public static class InputTypeWords
{
    /// <summary>The words of <see cref="InputType"/>, in its order: number, integer, boolean, text, enum.</summary>
    public static ImmutableArray<string> All { get; } = ["number", "integer", "boolean", "text", "enum"];

    /// <summary>The word a rule file writes for a type.</summary>
    public static string Of(InputType type) => All[(int)type];

    /// <summary>The type a word names, in any letter case, or null when it names none.</summary>
    public static InputType? Named(string? word) =>
        word is not null && All.IndexOf(word, 0, StringComparer.OrdinalIgnoreCase) is var i and >= 0
            ? (InputType)i
            : null;
}
