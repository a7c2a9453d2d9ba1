using System.Collections.Frozen;
using System.Text;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// The two Vietnamese encodings of before Unicode that offices still type in: TCVN3 (ABC), a character per letter, and
/// VNI, a letter followed by the character of its marks. Text in them is stored as Latin-1 characters ("X· An Th¹nh",
/// "Xaõ An Thaïnh") that a font made for the encoding shows as "Xã An Thạnh".
/// </summary>
internal static class LegacyVietnamese
{
    // Each row: the characters at which a TCVN3 font draws the letters, then the letters.
    private static readonly (string Codes, string Letters)[] Tcvn3Rows =
    [
        ("µ¶·¸¹", "àảãáạ"),
        ("¨»¼½¾Æ", "ăằẳẵắặ"),
        ("©ÇÈÉÊË", "âầẩẫấậ"),
        ("®", "đ"),
        ("ÌÎÏÐÑ", "èẻẽéẹ"),
        ("ªÒÓÔÕÖ", "êềểễếệ"),
        ("×ØÜÝÞ", "ìỉĩíị"),
        ("ßáâãä", "òỏõóọ"),
        ("«åæçèé", "ôồổỗốộ"),
        ("¬êëìíî", "ơờởỡớợ"),
        ("ïñòóô", "ùủũúụ"),
        ("\u00ADõö÷øù", "ưừửữứự"),
        ("úûüýþ", "ỳỷỹýỵ"),
        ("¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ"),
    ];

    private static readonly FrozenDictionary<char, char> Tcvn3 = Tcvn3Rows
        .SelectMany(row => row.Codes.Zip(row.Letters))
        .ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    // The tones, in the order VNI's characters for them are listed below: acute, grave, hook above, tilde, dot below.
    private const string Tones = "\u0301\u0300\u0309\u0303\u0323";

    // VNI's characters that follow a vowel, with the combining marks they stand for: a tone, the circumflex (on a, e,
    // o) with or without a tone, the breve (on a) with or without a tone.
    private static readonly FrozenDictionary<char, string> VniTones = MarkTable("ùøûõï", "");

    private static readonly FrozenDictionary<char, string> VniCircumflexes = MarkTable("áàåãä", "\u0302", bare: 'â');

    private static readonly FrozenDictionary<char, string> VniBreves = MarkTable("éèúüë", "\u0306", bare: 'ê');

    private static FrozenDictionary<char, string> MarkTable(string toned, string mark, char? bare = null) =>
        toned
            .Zip(Tones, (character, tone) => KeyValuePair.Create(character, mark + tone))
            .Concat(bare is { } alone ? [KeyValuePair.Create(alone, mark)] : [])
            .ToFrozenDictionary();

    // VNI's letters of one character: ơ and ư (which take a tone after them), đ, the toned i's and ỵ.
    private static readonly FrozenDictionary<char, char> VniLetters = new Dictionary<char, char>
    {
        ['ô'] = 'ơ',
        ['ö'] = 'ư',
        ['ñ'] = 'đ',
        ['í'] = 'í',
        ['ì'] = 'ì',
        ['æ'] = 'ỉ',
        ['ó'] = 'ĩ',
        ['ò'] = 'ị',
        ['î'] = 'ỵ',
    }.ToFrozenDictionary();

    /// <summary>Text stored in TCVN3, as a TCVN3 font shows it.</summary>
    public static string FromTcvn3(string stored)
    {
        var letters = stored.ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = Tcvn3.GetValueOrDefault(letters[i], letters[i]);
        }

        return new string(letters);
    }

    /// <summary>Text stored in VNI, as a VNI font shows it.</summary>
    public static string FromVni(string stored)
    {
        var shown = new StringBuilder(stored.Length);
        for (var i = 0; i < stored.Length; i++)
        {
            var c = stored[i];
            var lower = char.ToLowerInvariant(c);
            var capital = c != lower;
            if (VniLetters.TryGetValue(lower, out var letter) && letter is not ('ơ' or 'ư'))
            {
                shown.Append(capital ? char.ToUpperInvariant(letter) : letter);
                continue;
            }

            var vowel = VniLetters.TryGetValue(lower, out var hooked) ? hooked : lower;
            var marks =
                i + 1 < stored.Length && vowel is 'a' or 'e' or 'o' or 'u' or 'y' or 'ơ' or 'ư'
                    ? Marks(vowel, char.ToLowerInvariant(stored[i + 1]))
                    : null;
            if (vowel == lower && marks is null)
            {
                shown.Append(c);
                continue;
            }

            var composed = (vowel + marks).Normalize(NormalizationForm.FormC);
            shown.Append(capital ? composed.ToUpperInvariant() : composed);
            i += marks is null ? 0 : 1;
        }

        return shown.ToString();
    }

    // The combining marks VNI's character after a vowel stands for, or null when it stands for none on that vowel.
    private static string? Marks(char vowel, char next) =>
        VniTones.TryGetValue(next, out var tone) ? tone
        : vowel is 'a' or 'e' or 'o' && VniCircumflexes.TryGetValue(next, out var circumflex) ? circumflex
        : vowel == 'a' && VniBreves.TryGetValue(next, out var breve) ? breve
        : null;

    /// <summary>
    /// Whether text reads as TCVN3 rather than Unicode: no character past Latin-1, and one TCVN3 uses for a letter
    /// that Unicode text never has inside a word: a sign next to a letter ("·" in "x·", "ª" in "Tªn") or a capital
    /// after a small letter ("Ö" in "HuyÖn").
    /// </summary>
    public static bool LooksLikeTcvn3(string text)
    {
        if (IsUnicode(text))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var afterLetter = i > 0 && char.IsAsciiLetter(text[i - 1]);
            var beforeLetter = i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]);
            if (
                IsTcvn3Sign(text[i]) && (afterLetter || beforeLetter)
                || text[i] is >= 'À' and <= 'Þ'
                    && Tcvn3.ContainsKey(text[i])
                    && i > 0
                    && char.IsAsciiLetterLower(text[i - 1])
            )
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether text is Unicode beyond doubt, with a character past Latin-1, which the legacy encodings do not use.
    /// </summary>
    public static bool IsUnicode(string text) => text.Any(c => c > '\u00FF');

    // The characters TCVN3 draws letters at that are signs, not letters, in Latin-1.
    private static bool IsTcvn3Sign(char c) => c is (>= '\u00A1' and <= '\u00BE') or '×' or '÷' && Tcvn3.ContainsKey(c);
}
