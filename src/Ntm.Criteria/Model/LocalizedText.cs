namespace Ntm.Criteria;

/// <summary>A text in Vietnamese, with its English gloss.</summary>
/// <param name="Vietnamese">The official text, with diacritics.</param>
/// <param name="English">An English gloss.</param>
public sealed record LocalizedText(string Vietnamese, string English)
{
    /// <summary>The text in the given language: <c>vi</c> or <c>en</c>.</summary>
    public string In(string language) => language == "en" ? English : Vietnamese;
}
