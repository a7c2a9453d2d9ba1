using System.Collections.Immutable;

namespace Ntm.Criteria;

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

    /// <summary>
    /// The worst outcome of its indicators: not achieved, then an error, missing data, an open threshold.
    /// </summary>
    public Outcome Outcome => _report.CriterionOutcome(_group);

    /// <summary>Its indicators' results, in official order.</summary>
    public ImmutableArray<IndicatorResult> Indicators => _report.IndicatorsOf(_group);

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
