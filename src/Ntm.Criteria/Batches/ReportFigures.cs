namespace Ntm.Criteria;

/// <summary>
/// The figures a report states, as a district office signs them: a share is a whole percentage unless rounding would
/// say none or all where some but not all count (199 of 200 communes is 99.5%, not 100%), and an average is cut at two
/// decimals, as district reports write them ("17,87/19 tiêu chí" for 17.875, "15,16" for 15.1667), so that no
/// figure reads "19,00/19" unless every locality achieves every criterion.
/// </summary>
public static class ReportFigures
{
    // Beyond a million localities, a share one short of all could still round to 100%; none evaluates that many.
    private const int MostPercentDecimals = 6;

    /// <summary>
    /// The percentage a report states for a share (0.995 → 99.5, 0.872 → 87): rounded to the fewest decimals that keep
    /// it from reading 0 or 100 untruly, which its scale gives.
    /// </summary>
    /// <exception cref="OverflowException"><paramref name="share"/> is not a finite number.</exception>
    public static decimal Percent(double share)
    {
        // In decimal, so that a share of whole counts rounds as written (0.995 is a midpoint, not 0.99499999…).
        var exact = (decimal)share * 100;
        for (var decimals = 0; ; decimals++)
        {
            var shown = Math.Round(exact, decimals, MidpointRounding.AwayFromZero);
            if ((shown < 100 || exact >= 100) && (shown > 0 || exact <= 0) || decimals == MostPercentDecimals)
            {
                return shown;
            }
        }
    }

    /// <summary>The average a report states: cut, not rounded, at two decimals (17.875 → 17.87).</summary>
    /// <exception cref="OverflowException"><paramref name="average"/> is not a finite number.</exception>
    public static decimal Average(double average) => decimal.Truncate((decimal)average * 100) / 100;
}
