using System.Globalization;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A number as a spreadsheet shows it. Excel holds and shows 15 significant digits, while its file may store 17
/// (a formula's 57 / 100 is 0.56999999999999995), and 13.9% stored as 0.139 is 13.900000000000002 multiplied out:
/// a commune must reach a threshold of 13.9 with the 13.9% its sheet shows.
/// </summary>
internal static class SpreadsheetNumber
{
    /// <summary>The most significant digits a spreadsheet shows.</summary>
    public const int SignificantDigits = 15;

    /// <summary>The number rounded to the digits a spreadsheet shows.</summary>
    public static double AsShown(double number) =>
        double.IsFinite(number)
            ? double.Parse(number.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : number;
}
