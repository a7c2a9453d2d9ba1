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

    /// <summary>
    /// The value the indicator compares: the input it reads, or its measure's value; undefined where the measure has
    /// none (a whole number divided by zero, or no finite number: a share of nothing).
    /// </summary>
    public Value Actual => _report.Evaluator.ActualOf(_report.Input, _position);

    /// <summary>
    /// The threshold row that applied to this subject's region, group and year, or null when none does.
    /// </summary>
    public Threshold? Required => _report.Plan.Thresholds[_position];

    /// <summary>
    /// Whether no threshold row applies because the subject's region, group or year, which picks the row, is missing
    /// (missing data), rather than because the sources give no value.
    /// </summary>
    public bool IsRowKeyMissing => _report.Plan.ContextMissing[_position];

    /// <summary>Whether the indicator counts as achieved (achieved, or not applicable).</summary>
    public bool CountsAsAchieved => Outcome is Outcome.Achieved or Outcome.NotApplicable;

    /// <summary>Whether the outcome rests on a value the sources do not confirm.</summary>
    public bool RestsOnUnconfirmedValue => Required is { Status: ValueStatus.Unconfirmed };

    /// <summary>
    /// How far the actual value is from the threshold, in the indicator's unit and to the decimals its two values are
    /// written with (90 - 89.7 is 0.3, not 0.30000000000000115): positive when short of it (the gap to plan against),
    /// zero or negative when met; null when either value is missing or not a number.
    /// </summary>
    public double? Gap =>
        Required is { Value.Kind: ValueKind.Number } required
        && Actual is { Kind: ValueKind.Number or ValueKind.Integer } actual
            ? Math.Round(
                Indicator.Direction == ThresholdDirection.AtMost
                    ? actual.Number - required.Value.Number
                    : required.Value.Number - actual.Number,
                Math.Max(DecimalsOf(actual.Number), DecimalsOf(required.Value.Number))
            )
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
        Indicator == other.Indicator
        && Outcome == other.Outcome
        && Actual.Equals(other.Actual)
        && Equals(Required, other.Required);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Outcome, Actual, Required);

    /// <summary>
    /// Formats as <c>15.3: NotAchieved (actual 26, required ≤ 24)</c>, or for a condition
    /// <c>1.1: Achieved (actual true, required true)</c>; "required unknown" where the region, group or year that picks
    /// the row is missing.
    /// </summary>
    public override string ToString() =>
        $"{Indicator.Number}: {Outcome} (actual {Actual}, required "
        + $"{(IsRowKeyMissing ? "unknown" : Describe(Indicator.Direction, Required))})";

    internal static string Describe(ThresholdDirection direction, Threshold? threshold) =>
        threshold is not { IsSet: true }
            ? "not set"
            : direction switch
            {
                ThresholdDirection.AtLeast => $"≥ {threshold.Value.ToString(CultureInfo.InvariantCulture)}",
                ThresholdDirection.AtMost => $"≤ {threshold.Value.ToString(CultureInfo.InvariantCulture)}",
                ThresholdDirection.MustHold => "true",
                _ => "false",
            };
}
