namespace Ntm.Criteria;

/// <summary>How a criterion fared over a group: the count of each outcome.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Evaluated">Localities evaluated.</param>
/// <param name="Outcomes">How many localities had each outcome (a criterion's is its worst indicator's).</param>
public sealed record CriterionSummary(Criterion Criterion, int Evaluated, OutcomeCountDictionary Outcomes)
{
    /// <summary>Localities achieving it.</summary>
    public int Achieved => Outcomes[Outcome.Achieved];

    /// <summary>The share achieving it, from 0 to 1.</summary>
    public double PassRate => Evaluated == 0 ? 0 : (double)Achieved / Evaluated;
}
