namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// The communes of a file whose province has sets of its own, in force on the day of assessment, that the run did not
/// evaluate them against. Without <c>--set</c>, ntm takes the national sets; a district of a province that issued its
/// own criteria is told which sets to name, rather than judged against the national ones without a word.
/// </summary>
internal sealed class OwnProvinceSets
{
    // By province key: the province's sets in force, which the run does not use, and the sets to name instead.
    private readonly Dictionary<string, (IReadOnlyList<CriteriaSet> Unused, IReadOnlyList<string> Suggested)> _sets =
    [];

    // By province key: the province as first written, and how many communes.
    private readonly Dictionary<string, (string Shown, long Communes)> _communes = [];

    // Every commune added: a province's sets apply to its own communes only, so a file of several provinces is run
    // again on that province's communes alone.
    private long _all;

    public OwnProvinceSets(CriteriaCatalog catalog, BatchEvaluator batch, DateOnly asOf)
    {
        // A run that names some of a province's sets chose among them: it is told nothing of that province.
        var chosen = batch
            .Chains.SelectMany(c => c.Sets)
            .Select(s => s.Province)
            .OfType<string>()
            .Select(PlaceName.ProvinceKey)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var chain in batch.Chains)
        {
            foreach (
                var province in catalog
                    .Sets.Select(s => s.Province)
                    .OfType<string>()
                    .Distinct()
                    .Where(p => !chosen.Contains(PlaceName.ProvinceKey(p)))
            )
            {
                var own = catalog.InForceOn(asOf, chain.Level, province: province).ToList();
                if (own.Count == 0)
                {
                    continue;
                }

                // The chain with the province's set in place of the one of its tier, ordered by tier.
                var suggested = chain
                    .Sets.Where(s => own.All(o => o.Tier != s.Tier))
                    .Concat(own)
                    .OrderBy(s => s.Tier)
                    .Select(s => s.Id)
                    .ToList();
                _sets.TryAdd(PlaceName.ProvinceKey(province), (own, suggested));
            }
        }
    }

    public void Add(Locality locality)
    {
        _all++;
        if (_sets.Count == 0 || locality.Province is not { } province)
        {
            return;
        }

        var key = PlaceName.ProvinceKey(province);
        if (_sets.ContainsKey(key))
        {
            var (shown, communes) = _communes.GetValueOrDefault(key, (province, 0));
            _communes[key] = (shown, communes + 1);
        }
    }

    /// <summary>
    /// Each province of the file with sets of its own the run did not use: its communes, those sets, the sets to name
    /// with <c>--set</c> to evaluate them against the province's, and whether the file holds other communes too.
    /// </summary>
    public IEnumerable<OwnProvinceSetsNote> ByProvince() =>
        _communes.Select(c => new OwnProvinceSetsNote(
            c.Value.Shown,
            c.Value.Communes,
            _sets[c.Key].Unused,
            _sets[c.Key].Suggested,
            c.Value.Communes < _all
        ));
}
