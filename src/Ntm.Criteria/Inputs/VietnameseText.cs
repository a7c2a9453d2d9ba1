using System.Globalization;
using System.Text;

namespace Ntm.Criteria;

/// <summary>
/// Vietnamese text as people type it in their own spreadsheets, with or without diacritics: the key under which
/// "Bắc Trung Bộ", "bac trung bo" and "BẮC TRUNG BỘ" are one.
/// </summary>
public static class VietnameseText
{
    /// <summary>
    /// The text in lower case, without tone and vowel marks (đ as d), its spaces single and trimmed: the form to match
    /// a written-out name against, never to show.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }
}
