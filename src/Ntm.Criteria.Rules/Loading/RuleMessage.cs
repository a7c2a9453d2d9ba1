namespace Ntm.Criteria.Rules;

/// <summary>
/// What a <see cref="RuleFileError"/> says, in each language the engine writes: English (the language of
/// <see cref="RuleFileError.Message"/>) and Vietnamese, the language of the offices that write rule files.
/// </summary>
/// <param name="English">The message in English.</param>
/// <param name="Vietnamese">The same message in Vietnamese, with diacritics.</param>
public sealed record RuleMessage(string English, string Vietnamese)
{
    /// <summary>
    /// The message in the language of a code: Vietnamese for "vi" (or "vi-VN"), English for any other.
    /// </summary>
    public string In(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return IsVietnamese(language) ? Vietnamese : English;
    }

    /// <summary>The English message.</summary>
    public override string ToString() => English;

    internal static bool IsVietnamese(string language) =>
        language.Equals("vi", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("vi-", StringComparison.OrdinalIgnoreCase);
}
