namespace Ntm.Criteria;

/// <summary>How an indicator fared over a group: the count of each outcome.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Evaluated">Localities evaluated.</param>
/// <param name="Outcomes">How many localities had each outcome.</param>
public sealed record IndicatorSummary(Indicator Indicator, int Evaluated, OutcomeCountDictionary Outcomes)
{
    /// <summary>Localities counted as achieving it (achieved or not applicable).</summary>
    public int Passed => Outcomes[Outcome.Achieved] + Outcomes[Outcome.NotApplicable];

    /// <summary>The share counted as achieving it, from 0 to 1.</summary>
    public double PassRate => Evaluated == 0 ? 0 : (double)Passed / Evaluated;

    /// <summary>Localities that definitely missed it (not achieved), the figure for "most often missed".</summary>
    public int Missed => Outcomes[Outcome.NotAchieved];
}
