using System.Globalization;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>A spreadsheet number formatted as a percentage: Excel stores 95% as 0.95.</summary>
internal sealed record PercentCell(double Fraction)
{
    /// <summary>The percentage the cell shows: 13.9 for 0.139, not its product 13.900000000000002.</summary>
    public double Percent => SpreadsheetNumber.AsShown(Fraction * 100);

    /// <summary>The percentage as the cell shows it: "13.9%".</summary>
    public override string ToString() => Percent.ToString(CultureInfo.InvariantCulture) + "%";
}
