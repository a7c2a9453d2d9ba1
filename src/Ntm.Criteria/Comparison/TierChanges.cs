namespace Ntm.Criteria;

/// <summary>Re-evaluation of localities under two versions of a set: which of them change tier.</summary>
public static class TierChanges
{
    /// <summary>
    /// The batch that evaluates a set version in its tier chain (<see cref="TierChain.Around"/>), on the day it comes
    /// into force: the sets it requires, down to the first tier, and the sets that require it, up to the last.
    /// </summary>
    /// <exception cref="ArgumentException">The sets of the chain read different inputs.</exception>
    public static BatchEvaluator ChainOf(this CriteriaCatalog catalog, CriteriaSet set, BatchOptions? options = null) =>
        new(TierChain.Around(catalog, set).Sets, options);

    /// <summary>
    /// Evaluates each locality under both batches, in input order, streaming, and gives its tier under each: the
    /// tier of the first chain of each batch. Filter on <see cref="TierChange.IsChanged"/> for those that change.
    /// </summary>
    /// <exception cref="ArgumentException">A locality's record was built for other inputs than the batches
    /// read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IEnumerable<TierChange> Compare(
        BatchEvaluator before,
        BatchEvaluator after,
        IEnumerable<Locality> localities,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(localities);
        return Stream(before, after, localities, cancellationToken);
    }

    private static IEnumerable<TierChange> Stream(
        BatchEvaluator before,
        BatchEvaluator after,
        IEnumerable<Locality> localities,
        CancellationToken cancellationToken
    )
    {
        foreach (var locality in localities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new TierChange(
                locality,
                before.Evaluate(locality).Tiers[0].Reached,
                after.Evaluate(locality).Tiers[0].Reached
            );
        }
    }
}
