using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// A subject evaluated against the chain of sets of its level in force on a date (standard, then advanced, then
/// model): the highest tier reached, with each tier counting only when every tier below it is reached, and for
/// the next tier up, what is missing and by how much.
/// </summary>
public sealed class TierReport
{
    internal TierReport(
        ImmutableArray<SetReport> chain,
        ImmutableArray<PrerequisiteDisagreement> prerequisiteDisagreements
    )
    {
        Chain = chain;
        PrerequisiteDisagreements = prerequisiteDisagreements;
        var reached = chain.TakeWhile(r => r.IsAchieved).ToList();
        Reached = reached.Count > 0 ? reached[^1].Set.Tier : null;
        NextReport = chain.Length > reached.Count ? chain[reached.Count] : null;
    }

    /// <summary>The reports of the chain, lowest tier first.</summary>
    public ImmutableArray<SetReport> Chain { get; }

    /// <summary>
    /// Where the data said otherwise than the chain for a criterion a lower tier decides (a commune given as advanced
    /// that the chain does not find advanced); the chain's result was evaluated. Empty when they agree.
    /// </summary>
    public ImmutableArray<PrerequisiteDisagreement> PrerequisiteDisagreements { get; }

    /// <summary>The highest tier reached with its whole prerequisite chain, or null when not even the first.</summary>
    public Tier? Reached { get; }

    /// <summary>The report of the next tier up, or null when the top of the chain is reached.</summary>
    public SetReport? NextReport { get; }

    /// <summary>The next tier up, or null.</summary>
    public Tier? Next => NextReport?.Set.Tier;

    /// <summary>
    /// What the next tier is missing: every indicator not counted as achieved, in official order, with its gap where
    /// it has one (the amount a district plans against); open thresholds and missing data included.
    /// </summary>
    public IEnumerable<IndicatorResult> Gap => NextReport?.NotCountingAsAchieved() ?? [];

    /// <summary>
    /// The next tier's criteria that are not encoded, which no data can meet: no indicator in the sources, or only some
    /// (all achieved here).
    /// </summary>
    public IEnumerable<Criterion> NextCriteriaNotEncoded =>
        NextReport?.Criteria.Where(c => c.Outcome == Outcome.NotEncoded).Select(c => c.Criterion) ?? [];

    /// <summary>Formats as <c>tier: none; next: Standard (6/19 criteria, 34/57 indicators)</c>.</summary>
    public override string ToString() =>
        $"tier: {(Reached?.ToString() ?? "none")}; next: "
        + $"{(NextReport is null ? "none" : $"{NextReport.Set.Tier} ({NextReport})")}";
}
