namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// The communes of a file evaluated against a province's set whose own province is another: a province's criteria
/// apply to its communes only, so a file that mixes provinces is told so, set by set, rather than evaluated in silence.
/// </summary>
internal sealed class OtherProvinceCount(BatchEvaluator batch)
{
    private readonly CriteriaSet[] _provincial =
    [
        .. batch.Chains.SelectMany(c => c.Sets).Where(s => s.Province is not null),
    ];
    private readonly Dictionary<(CriteriaSet Set, string Province), long> _communes = [];

    public void Add(Locality locality)
    {
        if (locality.Province is not { } province)
        {
            return;
        }

        foreach (
            var set in _provincial.Where(s => PlaceName.ProvinceKey(s.Province!) != PlaceName.ProvinceKey(province))
        )
        {
            _communes[(set, province)] = _communes.GetValueOrDefault((set, province)) + 1;
        }
    }

    /// <summary>Each provincial set that evaluated communes of other provinces, with those provinces and counts.</summary>
    public IEnumerable<(CriteriaSet Set, IReadOnlyList<(string Province, long Communes)> Others)> BySet() =>
        _communes
            .GroupBy(c => c.Key.Set)
            .Select(g =>
                (
                    g.Key,
                    (IReadOnlyList<(string, long)>)
                        [.. g.OrderByDescending(c => c.Value).Select(c => (c.Key.Province, c.Value))]
                )
            );
}
