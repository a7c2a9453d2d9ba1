using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// Accumulates a batch's evaluations as they stream by, for the whole batch and by province and district; its
/// memory grows with the number of districts, not of localities. Not thread-safe: add from one thread.
/// </summary>
public sealed class BatchSummaryBuilder
{
    private readonly ImmutableArray<TierChain> _chains;
    private readonly GroupAccumulator _overall;
    private readonly Dictionary<string, GroupAccumulator> _provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<(string? Province, string? District), GroupAccumulator> _districts = [];

    // The localities that name no province: a group of their own, listed when others name one.
    private GroupAccumulator? _withoutProvince;

    // A province or district written two ways ("Thanh Hoá", "Tỉnh Thanh Hóa"; "huyện  Quảng Xương") is one group, shown
    // as first written. A file names a few dozen places: each spelling's key is made once.
    private readonly Dictionary<string, string> _provinceKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _districtKeys = new(StringComparer.Ordinal);

    internal BatchSummaryBuilder(ImmutableArray<TierChain> chains)
    {
        _chains = chains;
        _overall = new GroupAccumulator(chains, null, null);
    }

    /// <summary>Adds one evaluation.</summary>
    /// <exception cref="ArgumentException">The evaluation comes from a batch over other chains.</exception>
    public void Add(LocalityEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (!FromTheseChains(evaluation))
        {
            throw new ArgumentException("The evaluation comes from a batch over other sets.", nameof(evaluation));
        }

        _overall.Add(evaluation);
        var locality = evaluation.Locality;
        var provinceKey = locality.Province is { } province
            ? Key(_provinceKeys, province, PlaceName.ProvinceKey)
            : null;
        var provinceGroup = provinceKey is null
            ? null
            : Group(_provinces, provinceKey, () => new GroupAccumulator(_chains, locality.Province, null));
        (provinceGroup ?? (_withoutProvince ??= new GroupAccumulator(_chains, null, null))).Add(evaluation);

        var districtKey = locality.District is { } district
            ? Key(_districtKeys, district, PlaceName.DistrictKey)
            : null;
        Group(
                _districts,
                (provinceKey, districtKey),
                () => new GroupAccumulator(_chains, provinceGroup?.Province, locality.District)
            )
            .Add(evaluation);
    }

    private static string Key(Dictionary<string, string> keys, string name, Func<string, string> key)
    {
        if (!keys.TryGetValue(name, out var made))
        {
            keys[name] = made = key(name);
        }

        return made;
    }

    /// <summary>The summary of everything added so far.</summary>
    public BatchSummary ToSummary() =>
        new(
            _overall.ToSummary(),
            _provinces.Count == 0
                ? []
                : _provinces
                    .Values.Append(_withoutProvince)
                    .OfType<GroupAccumulator>()
                    .Select(g => g.ToSummary())
                    .OrderBy(g => g.Province is null)
                    .ThenBy(g => g.Province, PlaceNameOrder.Comparer)
                    .ToImmutableArray(),
            _districts.Keys.All(k => k.District is null)
                ? []
                : _districts
                    .Values.Select(g => g.ToSummary())
                    .OrderBy(g => g.Province is null)
                    .ThenBy(g => g.Province, PlaceNameOrder.Comparer)
                    .ThenBy(g => g.District is null)
                    .ThenBy(g => g.District, PlaceNameOrder.Comparer)
                    .ToImmutableArray()
        );

    // Called for every locality of a batch: a plain loop, no allocation.
    private bool FromTheseChains(LocalityEvaluation evaluation)
    {
        if (evaluation.Tiers.Length != _chains.Length)
        {
            return false;
        }

        for (var i = 0; i < _chains.Length; i++)
        {
            if (evaluation.Tiers[i].Chain[0].Set != _chains[i].Sets[0])
            {
                return false;
            }
        }

        return true;
    }

    private static GroupAccumulator Group<TKey>(
        Dictionary<TKey, GroupAccumulator> groups,
        TKey key,
        Func<GroupAccumulator> create
    )
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group))
        {
            groups[key] = group = create();
        }

        return group;
    }

    private sealed class GroupAccumulator(ImmutableArray<TierChain> chains, string? province, string? district)
    {
        /// <summary>The province as the group shows it.</summary>
        public string? Province => province;

        private readonly SetAccumulator[][] _sets = chains
            .Select(c => c.Sets.Select(s => new SetAccumulator(s)).ToArray())
            .ToArray();

        // Per chain: how many localities reached each tier position as their highest (index 0 = none).
        private readonly int[][] _reached = chains.Select(c => new int[c.Sets.Length + 1]).ToArray();
        private int _count;

        public void Add(LocalityEvaluation evaluation)
        {
            _count++;
            for (var c = 0; c < _sets.Length; c++)
            {
                var tiers = evaluation.Tiers[c];
                var reached = 0;
                while (reached < tiers.Chain.Length && tiers.Chain[reached].IsAchieved)
                {
                    reached++;
                }

                _reached[c][reached]++;
                for (var s = 0; s < _sets[c].Length; s++)
                {
                    _sets[c][s].Add(tiers.Chain[s]);
                }
            }
        }

        public GroupSummary ToSummary() =>
            new(
                province,
                district,
                _count,
                chains
                    .Select(
                        (chain, c) =>
                            new ChainSummary(
                                chain,
                                _reached[c][0],
                                chain
                                    .Sets.Select((set, s) => new TierCount(set.Tier, set, _reached[c][s + 1]))
                                    .ToImmutableArray()
                            )
                    )
                    .ToImmutableArray(),
                _sets.SelectMany(sets => sets.Select(s => s.ToSummary(_count))).ToImmutableArray()
            );
    }

    private sealed class SetAccumulator(CriteriaSet set)
    {
        private OutcomeTally _outcomes = new(set.Criteria.Length, set.Indicators.Count());
        private long _criteriaSum;
        private long _indicatorsSum;
        private int _achieved;
        private (int Evaluated, int Achieved) _onUnconfirmedValues;

        // A summary takes the counts as they are, without a copy (a summary of 50,000 districts would hold them
        // twice); adding after it copies them first, so that a summary never changes.
        private bool _summarised;

        public void Add(SetReport report)
        {
            if (_summarised)
            {
                _outcomes = _outcomes.Copy();
                _summarised = false;
            }

            _criteriaSum += report.CriteriaAchieved;
            _indicatorsSum += report.IndicatorsAchieved;
            _achieved += report.IsAchieved ? 1 : 0;
            if (report.IndicatorsOnUnconfirmedValues > 0)
            {
                _onUnconfirmedValues.Evaluated++;
                _onUnconfirmedValues.Achieved += report.IsAchieved ? 1 : 0;
            }

            _outcomes.Add(report);
        }

        public SetSummary ToSummary(int count)
        {
            _summarised = true;
            return new(set, count, _achieved, _criteriaSum, _indicatorsSum, _outcomes, _onUnconfirmedValues);
        }
    }
}
