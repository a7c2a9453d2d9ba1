using System.Collections.Immutable;
using System.Globalization;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>An indicator's outcome for one subject, with the actual value and the threshold that applied.</summary>
public sealed record IndicatorResult(Indicator Indicator, Outcome Outcome, Value Actual, Threshold? Required)
{
    /// <summary>Whether the indicator counts as achieved (achieved, or not applicable).</summary>
    public bool CountsAsAchieved => Outcome is Outcome.Achieved or Outcome.NotApplicable;

    /// <summary>Whether the outcome rests on a value the sources do not confirm.</summary>
    public bool RestsOnUnconfirmedValue => Required is { Status: ValueStatus.Unconfirmed };

    /// <summary>
    /// How far the actual value is from the threshold, in the indicator's unit: positive when short of it (the gap
    /// to plan against), zero or negative when met; null when either value is missing or not a number.
    /// </summary>
    public double? Gap => Required is { Value.Kind: ValueKind.Number } required && Actual.Kind is ValueKind.Number or ValueKind.Integer
        ? Indicator.Direction == ThresholdDirection.AtMost ? Actual.Number - required.Value.Number : required.Value.Number - Actual.Number
        : null;

    /// <summary>Formats as <c>15.3: NotAchieved (actual 26, required ≤ 24)</c>.</summary>
    public override string ToString() =>
        $"{Indicator.Number}: {Outcome} (actual {Actual}, required {Describe(Indicator.Direction, Required)})";

    internal static string Describe(ThresholdDirection direction, Threshold? threshold) => threshold is not { IsSet: true }
        ? "not set"
        : direction switch
        {
            ThresholdDirection.AtLeast => $"≥ {threshold.Value.ToString(CultureInfo.InvariantCulture)}",
            ThresholdDirection.AtMost => $"≤ {threshold.Value.ToString(CultureInfo.InvariantCulture)}",
            ThresholdDirection.MustHold => "đạt",
            _ => "không",
        };
}

/// <summary>A criterion's or precondition's outcome for one subject, with its indicators' results.</summary>
public sealed record CriterionResult(Criterion Criterion, Outcome Outcome, ImmutableArray<IndicatorResult> Indicators)
{
    /// <summary>Whether the criterion is achieved.</summary>
    public bool IsAchieved => Outcome == Outcome.Achieved;
}

/// <summary>The figures of a <see cref="SetReport"/> without its detail, from <see cref="CriteriaSet.Count"/>.</summary>
/// <param name="CriteriaAchieved">Criteria achieved (the 17 of "17/19").</param>
/// <param name="CriteriaTotal">Criteria in the set.</param>
/// <param name="IndicatorsAchieved">Indicators achieved or not applicable.</param>
/// <param name="IndicatorsTotal">Indicators encoded in the set.</param>
/// <param name="IsAchieved">Whether every criterion and precondition is achieved.</param>
public readonly record struct SetCounts(int CriteriaAchieved, int CriteriaTotal, int IndicatorsAchieved, int IndicatorsTotal, bool IsAchieved)
{
    /// <summary>Formats as <c>6/19 criteria, 34/57 indicators</c>, as <see cref="SetReport"/> does.</summary>
    public override string ToString() => $"{CriteriaAchieved}/{CriteriaTotal} criteria, {IndicatorsAchieved}/{IndicatorsTotal} indicators";
}

/// <summary>
/// One subject (a commune, say) evaluated against one set: the criteria and indicators achieved out of their
/// totals, as district reports state them, and every indicator's result. Immutable.
/// </summary>
public sealed class SetReport
{
    internal SetReport(CriteriaSet set, InputRecord input, ImmutableArray<CriterionResult> criteria, ImmutableArray<CriterionResult> preconditions)
    {
        Set = set;
        Input = input;
        Criteria = criteria;
        Preconditions = preconditions;
        // One pass: a report is built for every subject of every batch.
        var isAchieved = true;
        foreach (var criterion in criteria)
        {
            CriteriaAchieved += criterion.IsAchieved ? 1 : 0;
            isAchieved &= criterion.IsAchieved;
            foreach (var indicator in criterion.Indicators)
            {
                IndicatorsTotal++;
                IndicatorsAchieved += indicator.CountsAsAchieved ? 1 : 0;
                IndicatorsThresholdNotSet += indicator.Outcome == Outcome.ThresholdNotSet ? 1 : 0;
                IndicatorsMissingData += indicator.Outcome == Outcome.MissingData ? 1 : 0;
                IndicatorsOnUnconfirmedValues += indicator.RestsOnUnconfirmedValue ? 1 : 0;
            }
        }

        foreach (var precondition in preconditions)
        {
            isAchieved &= precondition.IsAchieved;
        }

        IsAchieved = isAchieved;
    }

    /// <summary>The set evaluated.</summary>
    public CriteriaSet Set { get; }

    /// <summary>The subject's input values.</summary>
    public InputRecord Input { get; }

    /// <summary>The criteria's results, in official order.</summary>
    public ImmutableArray<CriterionResult> Criteria { get; }

    /// <summary>The preconditions' results (district sets).</summary>
    public ImmutableArray<CriterionResult> Preconditions { get; }

    /// <summary>Every indicator's result, in official order.</summary>
    public IEnumerable<IndicatorResult> Indicators => Criteria.SelectMany(c => c.Indicators);

    /// <summary>Criteria achieved (the 17 of "17/19").</summary>
    public int CriteriaAchieved { get; }

    /// <summary>Criteria in the set (the 19 of "17/19").</summary>
    public int CriteriaTotal => Criteria.Length;

    /// <summary>Indicators achieved or not applicable (the 55 of "55/57").</summary>
    public int IndicatorsAchieved { get; }

    /// <summary>Indicators encoded in the set (the 57 of "55/57" when the set is complete).</summary>
    public int IndicatorsTotal { get; }

    /// <summary>Indicators whose threshold is open for this subject.</summary>
    public int IndicatorsThresholdNotSet { get; }

    /// <summary>Indicators whose input is missing.</summary>
    public int IndicatorsMissingData { get; }

    /// <summary>Indicators whose applied threshold is not confirmed by the sources.</summary>
    public int IndicatorsOnUnconfirmedValues { get; }

    /// <summary>Whether every criterion and precondition is achieved.</summary>
    public bool IsAchieved { get; }

    /// <summary>The indicator result of an official number, or null.</summary>
    public IndicatorResult? this[string number] =>
        Criteria.Concat(Preconditions).SelectMany(c => c.Indicators).FirstOrDefault(i => i.Indicator.Number == number);

    /// <summary>Formats as <c>6/19 criteria, 34/57 indicators</c>.</summary>
    public override string ToString() => $"{CriteriaAchieved}/{CriteriaTotal} criteria, {IndicatorsAchieved}/{IndicatorsTotal} indicators";
}
