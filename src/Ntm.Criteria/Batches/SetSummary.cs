using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Ntm.Criteria;

/// <summary>
/// A set's results over a group: the averages district reports print, and every criterion's and indicator's pass
/// rate. A summary has one for each set of each district; the per-criterion and per-indicator lists are built when
/// first read, so the districts nobody looks into cost their counts only.
/// </summary>
public sealed class SetSummary
{
    private readonly OutcomeTally _outcomes;
    private CriterionSummary[]? _criteria;
    private IndicatorSummary[]? _indicators;
    private int[]? _byCriteriaAchieved;

    internal SetSummary(
        CriteriaSet set,
        int evaluated,
        int achieved,
        long criteriaAchieved,
        long indicatorsAchieved,
        OutcomeTally outcomes,
        (int Evaluated, int Achieved) onUnconfirmedValues
    )
    {
        Set = set;
        Evaluated = evaluated;
        Achieved = achieved;
        LocalitiesOnUnconfirmedValues = onUnconfirmedValues.Evaluated;
        AchievedOnUnconfirmedValues = onUnconfirmedValues.Achieved;
        AverageCriteriaAchieved = evaluated == 0 ? 0 : (double)criteriaAchieved / evaluated;
        AverageIndicatorsAchieved = evaluated == 0 ? 0 : (double)indicatorsAchieved / evaluated;
        _outcomes = outcomes;
    }

    /// <summary>The set.</summary>
    public CriteriaSet Set { get; }

    /// <summary>Localities evaluated.</summary>
    public int Evaluated { get; }

    /// <summary>Localities achieving the whole set.</summary>
    public int Achieved { get; }

    /// <summary>
    /// Localities some of whose indicators were decided against a threshold the sources do not confirm
    /// (<see cref="SetReport.IndicatorsOnUnconfirmedValues"/>): their outcomes there hold only once it is confirmed.
    /// </summary>
    public int LocalitiesOnUnconfirmedValues { get; }

    /// <summary>
    /// Of the localities achieving the whole set, those whose achievement rests on an unconfirmed threshold.
    /// </summary>
    public int AchievedOnUnconfirmedValues { get; }

    /// <summary>Criteria achieved per locality (the 17.87 of "17.87/19").</summary>
    public double AverageCriteriaAchieved { get; }

    /// <summary>Indicators achieved per locality (the 55.75 of "55.75/57").</summary>
    public double AverageIndicatorsAchieved { get; }

    /// <summary>Each criterion's pass count, in official order.</summary>
    public ImmutableArray<CriterionSummary> Criteria =>
        ImmutableCollectionsMarshal.AsImmutableArray(
            LazyInitializer.EnsureInitialized(
                ref _criteria,
                () =>
                    [
                        .. Set.Criteria.Select(
                            (c, i) =>
                                new CriterionSummary(
                                    c,
                                    Evaluated,
                                    new OutcomeCountDictionary(_outcomes.CriterionCounts(i))
                                )
                        ),
                    ]
            )
        );

    /// <summary>Each indicator's outcome counts, in official order.</summary>
    public ImmutableArray<IndicatorSummary> Indicators =>
        ImmutableCollectionsMarshal.AsImmutableArray(
            LazyInitializer.EnsureInitialized(
                ref _indicators,
                () =>
                    [
                        .. Set.Indicators.Select(
                            (indicator, i) =>
                                new IndicatorSummary(
                                    indicator,
                                    Evaluated,
                                    new OutcomeCountDictionary(_outcomes.IndicatorCounts(i))
                                )
                        ),
                    ]
            )
        );

    /// <summary>
    /// How many localities achieved each number of criteria, from none (index 0) to all: the distribution district
    /// reports print in bands ("15-18 criteria").
    /// </summary>
    public ImmutableArray<int> LocalitiesByCriteriaAchieved =>
        ImmutableCollectionsMarshal.AsImmutableArray(
            LazyInitializer.EnsureInitialized(ref _byCriteriaAchieved, _outcomes.ByCriteriaAchieved)
        );

    /// <summary>
    /// How many localities achieved between <paramref name="least"/> and <paramref name="most"/> criteria, both
    /// included.
    /// </summary>
    public int LocalitiesAchievingCriteria(int least, int most) =>
        LocalitiesByCriteriaAchieved
            .Skip(Math.Max(0, least))
            .Take(Math.Max(0, Math.Min(most, Set.Criteria.Length) - Math.Max(0, least) + 1))
            .Sum();

    /// <summary>The average share of criteria achieved, from 0 to 1 (the 94% of "17.87/19 (94%)").</summary>
    public double AverageCriteriaShare => Set.Criteria.Length == 0 ? 0 : AverageCriteriaAchieved / Set.Criteria.Length;

    /// <summary>
    /// The average share of the encoded indicators achieved, from 0 to 1 (the 98% of "55.75/57 (98%)"), which district
    /// reports give beside the criteria's.
    /// </summary>
    public double AverageIndicatorsShare => Indicators.Length == 0 ? 0 : AverageIndicatorsAchieved / Indicators.Length;

    /// <summary>
    /// Formats as <c>17.87/19 criteria (94%), 55.75/57 indicators (98%) per locality</c>, in the invariant culture.
    /// </summary>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats as <c>17,87/19 criteria (94%), 55,75/57 indicators (98%) per locality</c> in a culture, the figures as
    /// <see cref="ReportFigures"/> states them; a set none of whose
    /// indicators is in the sources as <c>not encoded: 19 criteria, no indicator in the sources</c>, never 0/0, and one
    /// whose decision has more indicators than it encodes ends with their number: <c>…; the decision has 10</c>; a summary
    /// of no locality as <c>no locality evaluated (19 criteria, 57 indicators)</c>.
    /// </summary>
    public string ToString(IFormatProvider provider)
    {
        if (!Set.IsEncoded)
        {
            return SetFigureText.NotEncoded(Set);
        }

        // An average of no locality is no figure: "0.00/19" would read as communes achieving nothing.
        if (Evaluated == 0)
        {
            return $"no locality evaluated ({Set.Criteria.Length} criteria, {Indicators.Length} indicators)";
        }

        var averages = string.Format(
            provider,
            "{0:0.00}/{1} criteria ({2}%), {3:0.00}/{4} indicators ({5}%) per locality",
            ReportFigures.Average(AverageCriteriaAchieved),
            Set.Criteria.Length,
            ReportFigures.Percent(AverageCriteriaShare),
            ReportFigures.Average(AverageIndicatorsAchieved),
            Indicators.Length,
            ReportFigures.Percent(AverageIndicatorsShare)
        );
        return SetFigureText.DecisionHas(Set, Indicators.Length) is { } decisionHas
            ? $"{averages}; {decisionHas}"
            : averages;
    }
}
