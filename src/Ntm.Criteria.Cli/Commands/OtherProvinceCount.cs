namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// The communes of a file evaluated against a province's set whose own province is another: a province's criteria
/// apply to its communes only, so a file that mixes provinces is told so, set by set, rather than evaluated in silence.
/// </summary>
internal sealed class OtherProvinceCount(BatchEvaluator batch)
{
    // Each province's set with its province's key: "Tỉnh Thanh Hoá" and "Thanh Hóa" are one province.
    private readonly (CriteriaSet Set, string Province)[] _provincial =
    [
        .. batch
            .Chains.SelectMany(c => c.Sets)
            .Where(s => s.Province is not null)
            .Select(s => (s, PlaceName.ProvinceKey(s.Province!))),
    ];

    // By set and province key: the province as first written, and how many communes.
    private readonly Dictionary<(CriteriaSet Set, string Province), (string Shown, long Communes)> _communes = [];

    public void Add(Locality locality)
    {
        if (_provincial.Length == 0 || locality.Province is not { } province)
        {
            return;
        }

        var key = PlaceName.ProvinceKey(province);
        foreach (var (set, _) in _provincial.Where(p => p.Province != key))
        {
            var (shown, communes) = _communes.GetValueOrDefault((set, key), (province, 0));
            _communes[(set, key)] = (shown, communes + 1);
        }
    }

    /// <summary>Each provincial set that evaluated communes of other provinces, with those provinces and counts.</summary>
    public IEnumerable<(CriteriaSet Set, IReadOnlyList<(string Province, long Communes)> Others)> BySet() =>
        _communes
            .GroupBy(c => c.Key.Set)
            .Select(g =>
                (g.Key, (IReadOnlyList<(string, long)>)[.. g.Select(c => c.Value).OrderByDescending(c => c.Communes)])
            );
}
