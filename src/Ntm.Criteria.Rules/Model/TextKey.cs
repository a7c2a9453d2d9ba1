using System.Globalization;
using System.Text;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Text as people type it in their own spreadsheets: the key under which "Bắc Trung Bộ", "bac trung bo" and
/// "BẮC  TRUNG BỘ" are one, for matching written-out names, never for showing them.
/// </summary>
public static class TextKey
{
    /// <summary>The text in lower case, without diacritics (đ as d), its spaces single and trimmed.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = key.Length > 0;
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return key.ToString();
    }
}
