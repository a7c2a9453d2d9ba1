using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ntm.Criteria;

/// <summary>
/// A day as people write it (ntm's <c>--as-of</c>, a workbook's dates, a year typed as a day, a rule file's date written
/// otherwise than yyyy-MM-dd): 2024-12-31, or day first as Vietnamese documents write it, 31/12/2024, 1/3/2024,
/// 31-12-2024 or 31.12.2024, or in words as a decision dates itself, "ngày 08 tháng 3 năm 2022".
/// </summary>
public static partial class DayText
{
    /// <summary>Reads a day written in one of those ways; false for any other text or a day that does not exist.</summary>
    public static bool TryRead(string text, out DateOnly day)
    {
        var trimmed = text.Trim().Normalize(NormalizationForm.FormC);
        if (InWords().Match(trimmed) is { Success: true } words)
        {
            var (d, m, y) = (Number(words, "d"), Number(words, "m"), Number(words, "y"));
            var valid = y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
            day = valid ? new DateOnly(y, m, d) : default;
            return valid;
        }

        return DateOnly.TryParseExact(
            trimmed,
            ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out day
        );
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?:ngày\s+)?(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex InWords();
}
