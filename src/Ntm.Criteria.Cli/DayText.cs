using System.Globalization;

namespace Ntm.Criteria.Cli;

/// <summary>
/// A day as people write it where ntm reads one (<c>--as-of</c>, a workbook's dates, a year typed as a day): 2024-12-31,
/// or day first as Vietnamese documents write it, 31/12/2024, 1/3/2024, 31-12-2024 or 31.12.2024.
/// </summary>
internal static class DayText
{
    public static bool TryRead(string text, out DateOnly day) =>
        DateOnly.TryParseExact(
            text.Trim(),
            ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out day
        );
}
