namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The figures a report states, as a district office would sign them: a share is a whole percentage unless rounding
/// would say none or all where some but not all count (199 of 200 communes is 99.5%, not 100%), and an average is cut
/// at two decimals, as district reports write them ("15,16/19 tiêu chí" for 15.1667), so that no figure reads "19,00/19"
/// unless every locality achieves every criterion. Every format states the same figure (the workbook's cells hold it).
/// </summary>
internal static class ReportFigures
{
    // Beyond a million localities, a share one short of all could still round to 100%; none evaluates that many.
    private const int MostPercentDecimals = 6;

    /// <summary>
    /// A share's percentage as reports state it, and its decimals: the fewest that keep it from reading 0% or 100%
    /// untruly.
    /// </summary>
    public static (decimal Percent, int Decimals) PercentOf(double share)
    {
        // In decimal, so that a share of whole counts rounds as written (0.995 is a midpoint, not 0.99499999…).
        var exact = (decimal)share * 100;
        for (var decimals = 0; ; decimals++)
        {
            var shown = Math.Round(exact, decimals, MidpointRounding.AwayFromZero);
            if ((shown < 100 || exact >= 100) && (shown > 0 || exact <= 0) || decimals == MostPercentDecimals)
            {
                return (shown, decimals);
            }
        }
    }

    /// <summary>A share as reports state it (0.995 for 199 of 200, 0.87 for 87.2%): a workbook cell's value.</summary>
    public static double ShareAsShown(double share) => (double)(PercentOf(share).Percent / 100);

    /// <summary>An average as reports state it: cut, not rounded, at two decimals.</summary>
    public static double AverageAsShown(double average) => (double)(decimal.Truncate((decimal)average * 100) / 100);
}
