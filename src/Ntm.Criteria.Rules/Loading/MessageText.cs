using System.Globalization;
using System.Text.RegularExpressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// How error messages quote what a file holds, so a hostile value cannot swamp or hide in the message.
/// </summary>
internal static partial class MessageText
{
    /// <summary>Numbers as an English message writes them: "2.5".</summary>
    public static NumberFormatInfo EnglishNumbers => NumberFormatInfo.InvariantInfo;

    /// <summary>Numbers as a Vietnamese message writes them, as the offices do: "2,5".</summary>
    public static readonly NumberFormatInfo VietnameseNumbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
    };

    /// <summary>A number as a message in the language of <paramref name="numbers"/> writes it.</summary>
    public static string Number(double number, NumberFormatInfo numbers) => number.ToString("R", numbers);

    /// <summary>
    /// Shortens every run of more than 24 digits to its first and last digits and its length: "1000…000 (401 digits)".
    /// </summary>
    public static string ShortenNumbers(string message) =>
        LongDigitRun().Replace(message, match => $"{match.Value[..4]}…{match.Value[^3..]} ({match.Length} digits)");

    /// <summary>
    /// A character as a reader can see it: 'x' for printable ASCII, 'і' (U+0456) beyond, U+0000 for controls and
    /// spaces.
    /// </summary>
    public static string Character(char c) =>
        c switch
        {
            _ when char.IsControl(c)
                    || char.IsWhiteSpace(c)
                    || char.IsSurrogate(c)
                    || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format => $"U+{(int)c:X4}",
            < (char)0x80 => $"'{c}'",
            _ => $"'{c}' (U+{(int)c:X4})",
        };

    [GeneratedRegex("[0-9]{25,}")]
    private static partial Regex LongDigitRun();
}
