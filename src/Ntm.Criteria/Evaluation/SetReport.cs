using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// One subject (a commune, say) evaluated against one set: the criteria and indicators achieved out of their
/// totals, as district reports state them, and every indicator's result. Immutable.
/// </summary>
public sealed class SetReport
{
    // Each indicator's outcome (criteria's indicators first, then the preconditions'), then from _criteriaStart each
    // criterion's (then precondition's): the facts every figure and result is read from, in one array.
    private readonly Outcome[] _outcomes;
    private readonly int _criteriaStart;

    // The result lists, each built when first read (a batch makes a report for every subject, and reads most through
    // its figures) and kept, so that reading one again costs nothing. Two threads reading a list at once may each build
    // it: the two are equal, and an ImmutableArray is one reference, stored whole, so either may be kept.
    private ImmutableArray<CriterionResult> _criteria;
    private ImmutableArray<CriterionResult> _preconditions;
    private ImmutableArray<IndicatorResult> _indicators;
    private ImmutableArray<IndicatorResult>[]? _indicatorsByGroup;
    private int _onUnconfirmedValues = -1;

    internal SetReport(SetEvaluator evaluator, InputRecord input, ContextPlan plan, Outcome[] outcomes)
    {
        Evaluator = evaluator;
        Input = input;
        Plan = plan;
        _outcomes = outcomes;
        _criteriaStart = evaluator.Indicators.Length;
        IndicatorsTotal = evaluator.GroupStarts[CriteriaTotal];

        // A tally of the criteria's indicators by outcome (EvaluationError is the last of the outcomes' values).
        Span<int> tally = stackalloc int[(int)Outcome.EvaluationError + 1];
        foreach (var outcome in outcomes.AsSpan(0, IndicatorsTotal))
        {
            tally[(int)outcome]++;
        }

        IndicatorsAchieved = tally[(int)Outcome.Achieved] + tally[(int)Outcome.NotApplicable];
        IndicatorsMissingData = tally[(int)Outcome.MissingData];
        IndicatorsThresholdNotSet = tally[(int)Outcome.ThresholdNotSet];

        IsAchieved = !evaluator.Set.IsShortOfItsDecision;
        for (var group = 0; group < evaluator.Groups.Length; group++)
        {
            outcomes[_criteriaStart + group] = evaluator.GroupOutcomeOf(outcomes.AsSpan(0, _criteriaStart), group);
            var achieved = outcomes[_criteriaStart + group] == Outcome.Achieved;
            CriteriaAchieved += achieved && group < CriteriaTotal ? 1 : 0;
            IsAchieved &= achieved;
        }
    }

    /// <summary>The set evaluated.</summary>
    public CriteriaSet Set => Evaluator.Set;

    /// <summary>The subject's input values.</summary>
    public InputRecord Input { get; }

    /// <summary>The criteria's results, in official order.</summary>
    public ImmutableArray<CriterionResult> Criteria =>
        _criteria.IsDefault ? _criteria = CriterionResults(0, CriteriaTotal) : _criteria;

    /// <summary>The preconditions' results (district sets).</summary>
    public ImmutableArray<CriterionResult> Preconditions =>
        _preconditions.IsDefault
            ? _preconditions = CriterionResults(CriteriaTotal, Evaluator.Groups.Length)
            : _preconditions;

    /// <summary>The criteria's indicators' results, in official order.</summary>
    public ImmutableArray<IndicatorResult> Indicators =>
        _indicators.IsDefault ? _indicators = IndicatorResults(0, IndicatorsTotal) : _indicators;

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

    /// <summary>Whether some indicator's <see cref="IndicatorResult.IsRowKeyMissing"/>, read without building results.</summary>
    public bool IsAnyRowKeyMissing => Array.IndexOf(Plan.ContextMissing, true) >= 0;

    /// <summary>
    /// Indicators, the criteria's and the preconditions', achieved or not achieved against a threshold the sources do not
    /// confirm: outcomes that hold only once the value is confirmed in the official text.
    /// </summary>
    public int IndicatorsOnUnconfirmedValues
    {
        get
        {
            if (_onUnconfirmedValues >= 0)
            {
                return _onUnconfirmedValues;
            }

            // Read for every subject of a batch summary: counted without building the results.
            var count = 0;
            if (Plan.AnyUnconfirmed)
            {
                for (var i = 0; i < _criteriaStart; i++)
                {
                    count += DecidedOnUnconfirmedValue(i) ? 1 : 0;
                }
            }

            return _onUnconfirmedValues = count;
        }
    }

    /// <summary>
    /// Whether every criterion and precondition is achieved, and the set encodes all its decision has (<see
    /// cref="CriteriaSet.IsShortOfItsDecision"/>).
    /// </summary>
    public bool IsAchieved { get; }

    /// <summary>
    /// How many of the criteria (preconditions apart) have an outcome: the "3 không đạt, 13 chưa có ngưỡng" of a report
    /// line.
    /// </summary>
    public int CriteriaWith(Outcome outcome)
    {
        var count = 0;
        for (var criterion = 0; criterion < CriteriaTotal; criterion++)
        {
            count += _outcomes[_criteriaStart + criterion] == outcome ? 1 : 0;
        }

        return count;
    }

    /// <summary>The result of the indicator of an official number (of a criterion or a precondition).</summary>
    /// <exception cref="KeyNotFoundException">The set has no indicator of that number.</exception>
    public IndicatorResult this[string number] =>
        TryGetIndicator(number, out var result)
            ? result
            : throw new KeyNotFoundException(
                $"Set {Set.Id} has no indicator numbered '{number}'"
                    + (
                        SetOverlay.Closest(number, Set.AllIndicators.Select(i => i.Number)).ToList() is [_, ..] nearest
                            ? $"; its nearest numbers: {string.Join(", ", nearest)}."
                            : "; it has no indicator encoded."
                    )
            );

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

    /// <summary>
    /// Formats as <c>6/19 criteria, 34/57 indicators</c>; a set none of whose indicators is in the sources as
    /// <c>not encoded: 19 criteria, no indicator in the sources</c>, never 0/0, and one whose decision has more
    /// indicators than it encodes with their number: <c>4/4 criteria, 4/4 indicators; the decision has 10</c>.
    /// </summary>
    public override string ToString() =>
        !Set.IsEncoded ? SetFigureText.NotEncoded(Set)
        : SetFigureText.DecisionHas(Set, IndicatorsTotal) is { } decisionHas ? $"{Counts}; {decisionHas}"
        : Counts.ToString();

    /// <summary>
    /// The outcome of the set's indicator at a position (criteria's indicators, then preconditions').
    /// </summary>
    internal Outcome IndicatorOutcome(int position) => _outcomes[position];

    /// <summary>The outcome of the criterion (then precondition) at a position.</summary>
    internal Outcome CriterionOutcome(int position) => _outcomes[_criteriaStart + position];

    /// <summary>
    /// The preconditions' indicators, then the criteria's, that do not count as achieved: what a subject still lacks.
    /// </summary>
    internal IEnumerable<IndicatorResult> NotCountingAsAchieved() =>
        PreconditionsFirst().Where(i => !CountsAsAchieved(i)).Select(i => new IndicatorResult(this, i));

    /// <summary>
    /// The results counted by <see cref="IndicatorsOnUnconfirmedValues"/>: the preconditions' indicators, then the
    /// criteria's, in official order.
    /// </summary>
    public IEnumerable<IndicatorResult> OnUnconfirmedValues() =>
        Plan.AnyUnconfirmed
            ? PreconditionsFirst().Where(DecidedOnUnconfirmedValue).Select(i => new IndicatorResult(this, i))
            : [];

    private bool DecidedOnUnconfirmedValue(int indicator) =>
        _outcomes[indicator] is Outcome.Achieved or Outcome.NotAchieved
        && Plan.Thresholds[indicator] is { Status: ValueStatus.Unconfirmed };

    // The preconditions' indicators follow the criteria's in the outcomes, and come first in what a report lists.
    private IEnumerable<int> PreconditionsFirst() =>
        Enumerable
            .Range(IndicatorsTotal, _criteriaStart - IndicatorsTotal)
            .Concat(Enumerable.Range(0, IndicatorsTotal));

    private bool CountsAsAchieved(int indicator) => _outcomes[indicator] is Outcome.Achieved or Outcome.NotApplicable;

    /// <summary>The results of a criterion's (or precondition's) indicators.</summary>
    internal ImmutableArray<IndicatorResult> IndicatorsOf(int group)
    {
        var byGroup = _indicatorsByGroup ??= new ImmutableArray<IndicatorResult>[Evaluator.Groups.Length];
        return byGroup[group].IsDefault
            ? byGroup[group] = IndicatorResults(Evaluator.GroupStarts[group], Evaluator.GroupStarts[group + 1])
            : byGroup[group];
    }

    /// <summary>The results of the criteria (then preconditions) at positions [start, end).</summary>
    private ImmutableArray<CriterionResult> CriterionResults(int start, int end) =>
        Results(start, end, static (report, position) => new CriterionResult(report, position));

    /// <summary>The results of the indicators at positions [start, end).</summary>
    private ImmutableArray<IndicatorResult> IndicatorResults(int start, int end) =>
        Results(start, end, static (report, position) => new IndicatorResult(report, position));

    private ImmutableArray<T> Results<T>(int start, int end, Func<SetReport, int, T> result)
    {
        var results = new T[end - start];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = result(this, start + i);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }
}
