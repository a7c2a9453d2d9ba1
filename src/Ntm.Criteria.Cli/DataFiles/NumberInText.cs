using System.Text.RegularExpressions;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// The one number a text that is not a number holds as a word of its own ("khoảng 85", "≥ 80%", "12 (ước tính)"): what an
/// error message offers to write instead. Never read as the value: the text may mean something else, and a number
/// inside a word ("#DIV/0!", "KV2") is offered not at all.
/// </summary>
internal static partial class NumberInText
{
    /// <summary>The number, as written, when the text holds exactly one and as a word; otherwise null.</summary>
    public static string? Only(string text) =>
        Number().Matches(text) is [var only] && only.Value != text.Trim() && AsAWord().IsMatch(text)
            ? only.Value
            : null;

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    // The number after the start, a space or a comparison, and before the end, a space, a bracket or a percent sign.
    [GeneratedRegex(@"(?<![^\s(≥≤<>=~])\d+(?:[.,]\d+)*(?![^\s)%])")]
    private static partial Regex AsAWord();
}
