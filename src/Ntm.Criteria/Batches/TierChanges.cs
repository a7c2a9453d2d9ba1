namespace Ntm.Criteria;

/// <summary>A locality's tier under two versions of the criteria.</summary>
/// <param name="Locality">The locality.</param>
/// <param name="Before">The tier reached under the first version, or null for none.</param>
/// <param name="After">The tier reached under the second version, or null for none.</param>
public sealed record TierChange(Locality Locality, Tier? Before, Tier? After)
{
    /// <summary>Whether the tier differs between the versions.</summary>
    public bool IsChanged => Before != After;
}

/// <summary>Re-evaluation of localities under two versions of a set: which of them change tier.</summary>
public static class TierChanges
{
    /// <summary>
    /// The batch that evaluates a set version in its tier chain: the national sets of its level in force on the day
    /// it comes into force, with it in the place of the set of its tier (a provincial or revised set included).
    /// </summary>
    /// <exception cref="ArgumentException">The set and the sets around it read different inputs.</exception>
    public static BatchEvaluator ChainOf(this CriteriaCatalog catalog, CriteriaSet set, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(set);
        var others = catalog.InForceOn(set.InForceFrom, set.Level).Where(s => s.Id != set.Id && s.Tier != set.Tier);
        return new BatchEvaluator(others.Append(set).OrderBy(s => s.Tier), options);
    }

    /// <summary>
    /// Evaluates each locality under both batches, in input order, streaming, and gives its tier under each: the
    /// tier of the first chain of each batch. Filter on <see cref="TierChange.IsChanged"/> for those that change.
    /// </summary>
    /// <exception cref="ArgumentException">A locality's record was built for other inputs than the batches read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IEnumerable<TierChange> Compare(BatchEvaluator before, BatchEvaluator after, IEnumerable<Locality> localities,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(localities);
        return Stream(before, after, localities, cancellationToken);
    }

    private static IEnumerable<TierChange> Stream(BatchEvaluator before, BatchEvaluator after, IEnumerable<Locality> localities, CancellationToken cancellationToken)
    {
        foreach (var locality in localities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new TierChange(locality, before.Evaluate(locality).Tiers[0].Reached, after.Evaluate(locality).Tiers[0].Reached);
        }
    }
}
