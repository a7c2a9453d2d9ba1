using System.Collections.Immutable;
using System.Globalization;

namespace Ntm.Criteria;

/// <summary>A set's results over a group: the averages district reports print, and every criterion's and indicator's pass rate.</summary>
/// <param name="Set">The set.</param>
/// <param name="Evaluated">Localities evaluated.</param>
/// <param name="Achieved">Localities achieving the whole set.</param>
/// <param name="AverageCriteriaAchieved">Criteria achieved per locality (the 17.87 of "17.87/19").</param>
/// <param name="AverageIndicatorsAchieved">Indicators achieved per locality (the 55.75 of "55.75/57").</param>
/// <param name="Criteria">Each criterion's pass count, in official order.</param>
/// <param name="Indicators">Each indicator's outcome counts, in official order.</param>
public sealed record SetSummary(CriteriaSet Set, int Evaluated, int Achieved, double AverageCriteriaAchieved, double AverageIndicatorsAchieved,
    ImmutableArray<CriterionSummary> Criteria, ImmutableArray<IndicatorSummary> Indicators)
{
    /// <summary>The average share of criteria achieved, from 0 to 1 (the 94% of "17.87/19 (94%)").</summary>
    public double AverageCriteriaShare => Set.Criteria.Length == 0 ? 0 : AverageCriteriaAchieved / Set.Criteria.Length;

    /// <summary>Formats as <c>17.87/19 criteria (94%), 55.75/57 indicators per locality</c>, in the invariant culture.</summary>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats as <c>17,87/19 criteria (94%), 55,75/57 indicators per locality</c> in a culture.</summary>
    public string ToString(IFormatProvider provider) => string.Format(provider,
        "{0:0.00}/{1} criteria ({2:0%}), {3:0.00}/{4} indicators per locality",
        AverageCriteriaAchieved, Set.Criteria.Length, AverageCriteriaShare, AverageIndicatorsAchieved, Indicators.Length);
}
