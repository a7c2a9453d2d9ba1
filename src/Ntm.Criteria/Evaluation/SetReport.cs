using System.Collections.Immutable;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// One subject (a commune, say) evaluated against one set: the criteria and indicators achieved out of their
/// totals, as district reports state them, and every indicator's result. Immutable.
/// </summary>
public sealed class SetReport
{
    // Each indicator's outcome, criteria's indicators first, then the preconditions', and each criterion's (then
    // precondition's): the facts every figure and result is read from.
    private readonly Outcome[] _outcomes;
    private readonly Outcome[] _criterionOutcomes;

    // The results, built when first read: a batch makes a report for every subject, and reads most through its figures.
    private ImmutableArray<IndicatorResult> _indicatorResults;
    private ImmutableArray<CriterionResult> _criterionResults;

    internal SetReport(SetEvaluator evaluator, InputRecord input, ContextPlan plan, Outcome[] outcomes)
    {
        Evaluator = evaluator;
        Input = input;
        Plan = plan;
        _outcomes = outcomes;
        IndicatorsTotal = evaluator.GroupStarts[CriteriaTotal];
        var criteriaIndicators = outcomes.AsSpan(0, IndicatorsTotal);
        foreach (var outcome in criteriaIndicators)
        {
            IndicatorsAchieved += outcome is Outcome.Achieved or Outcome.NotApplicable ? 1 : 0;
            IndicatorsMissingData += outcome == Outcome.MissingData ? 1 : 0;
            IndicatorsThresholdNotSet += outcome == Outcome.ThresholdNotSet ? 1 : 0;
        }

        _criterionOutcomes = new Outcome[evaluator.Groups.Length];
        IsAchieved = true;
        for (var group = 0; group < _criterionOutcomes.Length; group++)
        {
            _criterionOutcomes[group] = evaluator.GroupOutcomeOf(outcomes, group);
            var achieved = _criterionOutcomes[group] == Outcome.Achieved;
            CriteriaAchieved += achieved && group < CriteriaTotal ? 1 : 0;
            IsAchieved &= achieved;
        }
    }

    /// <summary>The set evaluated.</summary>
    public CriteriaSet Set => Evaluator.Set;

    /// <summary>The subject's input values.</summary>
    public InputRecord Input { get; }

    /// <summary>The criteria's results, in official order.</summary>
    public ImmutableArray<CriterionResult> Criteria => AllCriterionResults[..CriteriaTotal];

    /// <summary>The preconditions' results (district sets).</summary>
    public ImmutableArray<CriterionResult> Preconditions => AllCriterionResults[CriteriaTotal..];

    /// <summary>The criteria's indicators' results, in official order.</summary>
    public ImmutableArray<IndicatorResult> Indicators => AllIndicatorResults[..IndicatorsTotal];

    /// <summary>Criteria achieved (the 17 of "17/19").</summary>
    public int CriteriaAchieved { get; }

    /// <summary>Criteria in the set (the 19 of "17/19").</summary>
    public int CriteriaTotal => Set.Criteria.Length;

    /// <summary>Indicators achieved or not applicable (the 55 of "55/57").</summary>
    public int IndicatorsAchieved { get; }

    /// <summary>Indicators encoded in the set (the 57 of "55/57" when the set is complete).</summary>
    public int IndicatorsTotal { get; }

    /// <summary>Indicators whose threshold is open for this subject.</summary>
    public int IndicatorsThresholdNotSet { get; }

    /// <summary>Indicators whose input is missing.</summary>
    public int IndicatorsMissingData { get; }

    /// <summary>Indicators whose applied threshold is not confirmed by the sources.</summary>
    public int IndicatorsOnUnconfirmedValues => Plan.CriteriaIndicatorsOnUnconfirmedValues;

    /// <summary>Whether every criterion and precondition is achieved.</summary>
    public bool IsAchieved { get; }

    /// <summary>The result of the indicator of an official number (of a criterion or a precondition).</summary>
    /// <exception cref="KeyNotFoundException">The set has no indicator of that number.</exception>
    public IndicatorResult this[string number] => TryGetIndicator(number, out var result)
        ? result
        : throw new KeyNotFoundException($"Set {Set.Id} has no indicator numbered '{number}'.");

    /// <summary>Finds the result of the indicator of an official number (of a criterion or a precondition).</summary>
    public bool TryGetIndicator(string number, out IndicatorResult result)
    {
        var position = Array.FindIndex(Evaluator.Indicators, i => i.Number == number);
        result = position >= 0 ? new IndicatorResult(this, position) : default;
        return position >= 0;
    }

    internal SetEvaluator Evaluator { get; }

    internal ContextPlan Plan { get; }

    /// <summary>The figures without the detail.</summary>
    internal SetCounts Counts => new(CriteriaAchieved, CriteriaTotal, IndicatorsAchieved, IndicatorsTotal, IsAchieved);

    /// <summary>Formats as <c>6/19 criteria, 34/57 indicators</c>.</summary>
    public override string ToString() => Counts.ToString();

    /// <summary>The outcome of the set's indicator at a position (criteria's indicators, then preconditions').</summary>
    internal Outcome IndicatorOutcome(int position) => _outcomes[position];

    /// <summary>The outcome of the criterion (then precondition) at a position.</summary>
    internal Outcome CriterionOutcome(int position) => _criterionOutcomes[position];

    /// <summary>The results of a criterion's (or precondition's) indicators.</summary>
    internal ImmutableArray<IndicatorResult> IndicatorsOf(int group) =>
        AllIndicatorResults[Evaluator.GroupStarts[group]..Evaluator.GroupStarts[group + 1]];

    private ImmutableArray<IndicatorResult> AllIndicatorResults => Built(ref _indicatorResults, _outcomes.Length, i => new IndicatorResult(this, i));

    private ImmutableArray<CriterionResult> AllCriterionResults => Built(ref _criterionResults, _criterionOutcomes.Length, g => new CriterionResult(this, g));

    private static ImmutableArray<T> Built<T>(ref ImmutableArray<T> results, int count, Func<int, T> result)
    {
        if (results.IsDefault)
        {
            ImmutableInterlocked.InterlockedInitialize(ref results, [.. Enumerable.Range(0, count).Select(result)]);
        }

        return results;
    }
}
