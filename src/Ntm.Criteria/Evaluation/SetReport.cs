using System.Collections;
using System.Globalization;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// An indicator's outcome for one subject, with the actual value and the threshold that applied. A view of its
/// <see cref="SetReport"/>, worked out when read: a report is made for every subject of a batch, its results only for
/// those read. Two results are equal when their indicator, outcome, actual and required values are.
/// </summary>
public readonly struct IndicatorResult : IEquatable<IndicatorResult>
{
    private readonly SetReport _report;
    private readonly int _position;

    internal IndicatorResult(SetReport report, int position)
    {
        _report = report;
        _position = position;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator => _report.Evaluator.Indicators[_position];

    /// <summary>The outcome for this subject.</summary>
    public Outcome Outcome => _report.IndicatorOutcome(_position);

    /// <summary>The value of the input the indicator reads.</summary>
    public Value Actual => _report.Evaluator.ActualOf(_report.Input, _position);

    /// <summary>The threshold row that applied to this subject's region, group and year, or null when none does.</summary>
    public Threshold? Required => _report.Plan.Thresholds[_position];

    /// <summary>Whether the indicator counts as achieved (achieved, or not applicable).</summary>
    public bool CountsAsAchieved => Outcome is Outcome.Achieved or Outcome.NotApplicable;

    /// <summary>Whether the outcome rests on a value the sources do not confirm.</summary>
    public bool RestsOnUnconfirmedValue => Required is { Status: ValueStatus.Unconfirmed };

    /// <summary>
    /// How far the actual value is from the threshold, in the indicator's unit and to the decimals its two values are
    /// written with (90 - 89.7 is 0.3, not 0.30000000000000115): positive when short of it (the gap to plan against),
    /// zero or negative when met; null when either value is missing or not a number.
    /// </summary>
    public double? Gap => Required is { Value.Kind: ValueKind.Number } required && Actual is { Kind: ValueKind.Number or ValueKind.Integer } actual
        ? Math.Round(Indicator.Direction == ThresholdDirection.AtMost ? actual.Number - required.Value.Number : required.Value.Number - actual.Number,
            Math.Max(DecimalsOf(actual.Number), DecimalsOf(required.Value.Number)))
        : null;

    // The decimals a value is written with, as its shortest decimal form shows them (at most 6).
    private static int DecimalsOf(double value) =>
        Math.Abs(value) < 1e15 ? Math.Min(6, (int)(new decimal(value) / 1.000000000000000000000000000000m).Scale) : 0;

    /// <summary>Whether two results have the same indicator, outcome, actual and required values.</summary>
    public static bool operator ==(IndicatorResult left, IndicatorResult right) => left.Equals(right);

    /// <summary>Whether two results differ in their indicator, outcome, actual or required values.</summary>
    public static bool operator !=(IndicatorResult left, IndicatorResult right) => !left.Equals(right);

    /// <summary>The indicator, outcome, actual and required values.</summary>
    public void Deconstruct(out Indicator indicator, out Outcome outcome, out Value actual, out Threshold? required) =>
        (indicator, outcome, actual, required) = (Indicator, Outcome, Actual, Required);

    /// <inheritdoc />
    public bool Equals(IndicatorResult other) =>
        Indicator == other.Indicator && Outcome == other.Outcome && Actual.Equals(other.Actual) && Equals(Required, other.Required);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Outcome, Actual, Required);

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

/// <summary>
/// A criterion's or precondition's outcome for one subject, with its indicators' results: a view of its
/// <see cref="SetReport"/>. Two results are equal when their criterion, outcome and indicators' results are.
/// </summary>
public readonly struct CriterionResult : IEquatable<CriterionResult>
{
    private readonly SetReport _report;
    private readonly int _group;

    internal CriterionResult(SetReport report, int group)
    {
        _report = report;
        _group = group;
    }

    /// <summary>The criterion or precondition.</summary>
    public Criterion Criterion => _report.Evaluator.Groups[_group];

    /// <summary>The worst outcome of its indicators: not achieved, then an error, missing data, an open threshold.</summary>
    public Outcome Outcome => _report.CriterionOutcome(_group);

    /// <summary>Its indicators' results, in official order.</summary>
    public ResultList<IndicatorResult> Indicators
    {
        get
        {
            var starts = _report.Evaluator.GroupStarts;
            return new ResultList<IndicatorResult>(_report, starts[_group], starts[_group + 1] - starts[_group]);
        }
    }

    /// <summary>Whether the criterion is achieved.</summary>
    public bool IsAchieved => Outcome == Outcome.Achieved;

    /// <summary>Whether two results have the same criterion, outcome and indicators' results.</summary>
    public static bool operator ==(CriterionResult left, CriterionResult right) => left.Equals(right);

    /// <summary>Whether two results differ in their criterion, outcome or indicators' results.</summary>
    public static bool operator !=(CriterionResult left, CriterionResult right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CriterionResult other) =>
        Criterion == other.Criterion && Outcome == other.Outcome && Indicators.SequenceEqual(other.Indicators);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CriterionResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Criterion, Outcome);

    /// <summary>Formats as <c>17: NotAchieved</c>.</summary>
    public override string ToString() => $"{Criterion.Number}: {Outcome}";
}

/// <summary>
/// Results of a <see cref="SetReport"/> (<see cref="CriterionResult"/> or <see cref="IndicatorResult"/>), in
/// official order. A view: enumerating it or reading an item allocates nothing.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
public readonly struct ResultList<T> : IReadOnlyList<T>
    where T : struct
{
    private readonly SetReport? _report;
    private readonly int _start;

    internal ResultList(SetReport report, int start, int count)
    {
        _report = report;
        _start = start;
        Count = count;
    }

    /// <summary>How many results the list holds.</summary>
    public int Count { get; }

    /// <summary>The result at a position.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the list.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return At(_start + index);
        }
    }

    /// <summary>An enumerator that allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Both result types are views of (report, position); the type test is resolved when the list is compiled for T.
    private T At(int position) => typeof(T) == typeof(IndicatorResult)
        ? (T)(object)new IndicatorResult(_report!, position)
        : (T)(object)new CriterionResult(_report!, position);

    /// <summary>Enumerates a <see cref="ResultList{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly ResultList<T> _list;
        private int _index;

        internal Enumerator(ResultList<T> list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly T Current => _list.At(_list._start + _index);

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _list.Count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
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
    // One bit plane per outcome (SetEvaluator.PlaneOutcomes): every figure is a population count, and a result is
    // read off the planes, so a report costs the same whether its results are read or not.
    private readonly ulong[] _planes;

    internal SetReport(SetEvaluator evaluator, InputRecord input, ContextPlan plan, ulong[] planes, SetCounts counts, int missingData, int thresholdNotSet)
    {
        Evaluator = evaluator;
        Input = input;
        Plan = plan;
        _planes = planes;
        CriteriaAchieved = counts.CriteriaAchieved;
        IndicatorsAchieved = counts.IndicatorsAchieved;
        IndicatorsTotal = counts.IndicatorsTotal;
        IsAchieved = counts.IsAchieved;
        IndicatorsMissingData = missingData;
        IndicatorsThresholdNotSet = thresholdNotSet;
    }

    /// <summary>The set evaluated.</summary>
    public CriteriaSet Set => Evaluator.Set;

    /// <summary>The subject's input values.</summary>
    public InputRecord Input { get; }

    /// <summary>The criteria's results, in official order.</summary>
    public ResultList<CriterionResult> Criteria => new(this, 0, CriteriaTotal);

    /// <summary>The preconditions' results (district sets).</summary>
    public ResultList<CriterionResult> Preconditions => new(this, CriteriaTotal, Evaluator.Groups.Length - CriteriaTotal);

    /// <summary>The criteria's indicators' results, in official order.</summary>
    public ResultList<IndicatorResult> Indicators => new(this, 0, IndicatorsTotal);

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
        var indicators = Evaluator.Indicators;
        for (var i = 0; i < indicators.Length; i++)
        {
            if (indicators[i].Number == number)
            {
                result = new IndicatorResult(this, i);
                return true;
            }
        }

        result = default;
        return false;
    }

    internal SetEvaluator Evaluator { get; }

    internal ContextPlan Plan { get; }

    /// <summary>Formats as <c>6/19 criteria, 34/57 indicators</c>.</summary>
    public override string ToString() => $"{CriteriaAchieved}/{CriteriaTotal} criteria, {IndicatorsAchieved}/{IndicatorsTotal} indicators";

    /// <summary>The outcome of the set's indicator at a position (criteria's indicators, then preconditions').</summary>
    internal Outcome IndicatorOutcome(int position) => Evaluator.OutcomeOf(_planes, position);

    /// <summary>The outcome of the criterion (then precondition) at a position.</summary>
    internal Outcome CriterionOutcome(int position) => Evaluator.GroupOutcomeOf(_planes, position);
}
