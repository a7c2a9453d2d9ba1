namespace Ntm.Criteria;

/// <summary>Re-evaluation of localities under two versions of a set: which of them change tier.</summary>
public static class TierChanges
{
    /// <summary>
    /// The batch that evaluates a set version in its tier chain, on the day it comes into force: the sets it requires,
    /// down to the first tier, and the sets that require it, up to the last (a provincial or revised set included).
    /// </summary>
    /// <exception cref="ArgumentException">The sets of the chain read different inputs.</exception>
    public static BatchEvaluator ChainOf(this CriteriaCatalog catalog, CriteriaSet set, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(set);
        var date = set.InForceFrom;
        var chain = new List<CriteriaSet> { set };
        for (var below = set; below.Requires is { } required && catalog.Ids.Contains(required.SetId) && chain.All(s => s.Id != required.SetId);)
        {
            below = VersionOn(catalog, required.SetId, date);
            chain.Insert(0, below);
        }

        // The sets that can build on it: its province's, then the national ones.
        var candidates = catalog.InForceOn(date, set.Level).ToList();
        if (set.Province is not null)
        {
            candidates.InsertRange(0, catalog.InForceOn(date, set.Level, province: set.Province));
        }

        for (var above = set; candidates.FirstOrDefault(s => s.Requires?.SetId == above.Id && chain.All(c => c.Id != s.Id)) is { } next;)
        {
            chain.Add(next);
            above = next;
        }

        return new BatchEvaluator(chain, options);
    }

    /// <summary>The version of a set in force on a date, or its latest when none is (a date the sources do not give).</summary>
    private static CriteriaSet VersionOn(CriteriaCatalog catalog, string id, DateOnly date) =>
        catalog.Versions(id).LastOrDefault(v => v.IsInForceOn(date)) ?? catalog.Get(id);

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
