namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// A province's sets apply to its own communes only, and a file is told when a run went against that either way: the
/// communes of other provinces evaluated against a province's set, and the communes of a province that has sets of its
/// own in force that the run did not use (without <c>--set</c>, ntm takes the national sets), with the sets to name.
/// </summary>
internal sealed class ProvinceSetUse
{
    // The provinces' sets the run uses, each with its province's key: "Tỉnh Thanh Hoá" and "Thanh Hóa" are one.
    private readonly (CriteriaSet Set, string Province)[] _used;

    // By province key: the province's sets in force, which the run does not use, and the sets to name instead.
    private readonly Dictionary<string, (IReadOnlyList<CriteriaSet> Unused, IReadOnlyList<string> Suggested)> _unused =
    [];

    // By province key: the province as first written, and how many communes, for the provinces either note names.
    private readonly Dictionary<string, (string Shown, long Communes)> _communes = [];

    // Every commune added: a file of several provinces is run again on one province's communes alone.
    private long _all;

    public ProvinceSetUse(CriteriaCatalog catalog, BatchEvaluator batch, DateOnly asOf)
    {
        _used =
        [
            .. batch
                .Chains.SelectMany(c => c.Sets)
                .Distinct()
                .Where(s => s.Province is not null)
                .Select(s => (s, PlaceName.ProvinceKey(s.Province!))),
        ];

        // A run that names some of a province's sets chose among them: it is told nothing of that province's others.
        var chosen = _used.Select(u => u.Province).ToHashSet(StringComparer.Ordinal);
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
                _unused.TryAdd(PlaceName.ProvinceKey(province), (own, suggested));
            }
        }
    }

    public void Add(Locality locality)
    {
        _all++;
        if (_used.Length == 0 && _unused.Count == 0 || locality.Province is not { } province)
        {
            return;
        }

        var key = PlaceName.ProvinceKey(province);
        if (_used.Any(u => u.Province != key) || _unused.ContainsKey(key))
        {
            var (shown, communes) = _communes.GetValueOrDefault(key, (province, 0));
            _communes[key] = (shown, communes + 1);
        }
    }

    /// <summary>Each province's set the run used that evaluated communes of other provinces, with those provinces.</summary>
    public IEnumerable<(CriteriaSet Set, IReadOnlyList<(string Province, long Communes)> Others)> OtherProvinces() =>
        from used in _used
        let others = _communes
            .Where(c => c.Key != used.Province)
            .Select(c => c.Value)
            .OrderByDescending(c => c.Communes)
            .ToList()
        where others.Count > 0
        select (used.Set, (IReadOnlyList<(string, long)>)others);

    /// <summary>
    /// Each province of the file with sets of its own the run did not use: its communes, those sets, the sets to name
    /// with <c>--set</c> to evaluate them against the province's, and whether the file holds other communes too.
    /// </summary>
    public IEnumerable<OwnProvinceSetsNote> OwnSetsUnused() =>
        from c in _communes
        where _unused.ContainsKey(c.Key)
        select new OwnProvinceSetsNote(
            c.Value.Shown,
            c.Value.Communes,
            _unused[c.Key].Unused,
            _unused[c.Key].Suggested,
            c.Value.Communes < _all
        );
}
