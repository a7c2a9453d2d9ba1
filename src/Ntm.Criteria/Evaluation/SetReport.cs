using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
    // A report keeps the compiled masks' bits; the outcomes, and the result objects, are worked out on first use,
    // since most reports of a batch are only counted.
    private readonly SetEvaluator _evaluator;
    private readonly ContextPlan _plan;
    private readonly ulong[] _bits;
    private Detail? _detail;
    private ResultObjects? _results;

    internal SetReport(CriteriaSet set, SetEvaluator evaluator, InputRecord input, ContextPlan plan, ulong[] bits, SetCounts counts)
    {
        Set = set;
        Input = input;
        _evaluator = evaluator;
        _plan = plan;
        _bits = bits;
        CriteriaAchieved = counts.CriteriaAchieved;
        IndicatorsAchieved = counts.IndicatorsAchieved;
        IndicatorsTotal = counts.IndicatorsTotal;
        IsAchieved = counts.IsAchieved;
    }

    /// <summary>The set evaluated.</summary>
    public CriteriaSet Set { get; }

    /// <summary>The subject's input values.</summary>
    public InputRecord Input { get; }

    /// <summary>The criteria's results, in official order.</summary>
    public ImmutableArray<CriterionResult> Criteria => Results.Criteria;

    /// <summary>The preconditions' results (district sets).</summary>
    public ImmutableArray<CriterionResult> Preconditions => Results.Preconditions;

    /// <summary>Every indicator's result, in official order.</summary>
    public IEnumerable<IndicatorResult> Indicators => Criteria.SelectMany(c => c.Indicators);

    /// <summary>Criteria achieved (the 17 of "17/19").</summary>
    public int CriteriaAchieved { get; }

    /// <summary>Criteria in the set (the 19 of "17/19").</summary>
    public int CriteriaTotal => Set.Criteria.Length;

    /// <summary>Indicators achieved or not applicable (the 55 of "55/57").</summary>
    public int IndicatorsAchieved { get; }

    /// <summary>Indicators encoded in the set (the 57 of "55/57" when the set is complete).</summary>
    public int IndicatorsTotal { get; }

    /// <summary>Indicators whose threshold is open for this subject.</summary>
    public int IndicatorsThresholdNotSet => Details.ThresholdNotSet;

    /// <summary>Indicators whose input is missing.</summary>
    public int IndicatorsMissingData => Details.MissingData;

    /// <summary>Indicators whose applied threshold is not confirmed by the sources.</summary>
    public int IndicatorsOnUnconfirmedValues => _plan.CriteriaIndicatorsOnUnconfirmedValues;

    /// <summary>Whether every criterion and precondition is achieved.</summary>
    public bool IsAchieved { get; }

    /// <summary>The indicator result of an official number, or null.</summary>
    public IndicatorResult? this[string number] =>
        Criteria.Concat(Preconditions).SelectMany(c => c.Indicators).FirstOrDefault(i => i.Indicator.Number == number);

    /// <summary>Formats as <c>6/19 criteria, 34/57 indicators</c>.</summary>
    public override string ToString() => $"{CriteriaAchieved}/{CriteriaTotal} criteria, {IndicatorsAchieved}/{IndicatorsTotal} indicators";

    /// <summary>The outcome of the set's indicator at a position (criteria's indicators, then preconditions'), without building result objects.</summary>
    internal Outcome IndicatorOutcome(int position) => Details.Outcomes[position];

    /// <summary>The outcome of the criterion (then precondition) at a position, without building result objects.</summary>
    internal Outcome CriterionOutcome(int position) => Details.Outcomes[Details.CriteriaStart + position];

    private Detail Details => Volatile.Read(ref _detail) ?? Publish(ref _detail, ComputeDetail());

    private ResultObjects Results => Volatile.Read(ref _results) ?? Publish(ref _results, Materialize());

    /// <summary>Publishes a lazily computed value once: equal values either way, but every reader then sees the same objects.</summary>
    private static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;

    private Detail ComputeDetail()
    {
        var starts = _evaluator.GroupStarts;
        var groups = starts.Length - 1;
        var indicators = starts[groups];

        // One array: the indicators' outcomes, then the criteria's (and preconditions').
        var outcomes = _evaluator.Decode(Input, _plan, _bits, extra: groups);
        var criteria = Set.Criteria.Length;
        int thresholdNotSet = 0, missingData = 0;
        for (var g = 0; g < groups; g++)
        {
            var worst = starts[g + 1] > starts[g] ? Outcome.Achieved : Outcome.NotEncoded;
            for (var i = starts[g]; i < starts[g + 1]; i++)
            {
                var outcome = outcomes[i];
                worst = Rank(outcome) > Rank(worst) ? outcome : worst;
                if (g < criteria)
                {
                    thresholdNotSet += outcome == Outcome.ThresholdNotSet ? 1 : 0;
                    missingData += outcome == Outcome.MissingData ? 1 : 0;
                }
            }

            outcomes[indicators + g] = worst;
        }

        return new Detail(outcomes, indicators, thresholdNotSet, missingData);
    }

    private ResultObjects Materialize()
    {
        var detail = Details;
        var starts = _evaluator.GroupStarts;
        var groups = new CriterionResult[starts.Length - 1];
        for (var g = 0; g < groups.Length; g++)
        {
            var criterion = _evaluator.Groups[g];
            var results = new IndicatorResult[starts[g + 1] - starts[g]];
            for (var r = 0; r < results.Length; r++)
            {
                var i = starts[g] + r;
                results[r] = new IndicatorResult(criterion.Indicators[r], detail.Outcomes[i], _evaluator.ActualOf(Input, i), _plan.Thresholds[i]);
            }

            groups[g] = new CriterionResult(criterion, detail.Outcomes[detail.CriteriaStart + g], ImmutableCollectionsMarshal.AsImmutableArray(results));
        }

        // Sliced once: a report's criteria are read again and again (tier gaps, summaries, the command line).
        var all = ImmutableCollectionsMarshal.AsImmutableArray(groups);
        return new ResultObjects(all[..Set.Criteria.Length], all[Set.Criteria.Length..]);
    }

    /// <summary>A definite failure outranks an error, an error outranks missing data, and missing data an open threshold.</summary>
    private static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.NotAchieved => 4,
        Outcome.EvaluationError => 3,
        Outcome.MissingData => 2,
        Outcome.ThresholdNotSet => 1,
        _ => 0,
    };

    private sealed record ResultObjects(ImmutableArray<CriterionResult> Criteria, ImmutableArray<CriterionResult> Preconditions);

    /// <summary>The outcomes of the indicators, then of the criteria (from <see cref="CriteriaStart"/>), and the tallies.</summary>
    private sealed record Detail(Outcome[] Outcomes, int CriteriaStart, int ThresholdNotSet, int MissingData);
}
