using System.Collections.Immutable;
using System.Globalization;

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
    private readonly Dictionary<(string? Province, string District), GroupAccumulator> _districts = [];

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
        if (locality.Province is { } province)
        {
            Group(_provinces, province, () => new GroupAccumulator(_chains, province, null)).Add(evaluation);
        }

        if (locality.District is { } district)
        {
            Group(_districts, (locality.Province, district), () => new GroupAccumulator(_chains, locality.Province, district)).Add(evaluation);
        }
    }

    /// <summary>The summary of everything added so far.</summary>
    public BatchSummary ToSummary() => new(
        _overall.ToSummary(),
        _provinces.Values.Select(g => g.ToSummary()).OrderBy(g => g.Province, StringComparer.Ordinal).ToImmutableArray(),
        _districts.Values.Select(g => g.ToSummary()).OrderBy(g => g.Province, StringComparer.Ordinal).ThenBy(g => g.District, StringComparer.Ordinal).ToImmutableArray());

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

    private static GroupAccumulator Group<TKey>(Dictionary<TKey, GroupAccumulator> groups, TKey key, Func<GroupAccumulator> create)
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
        private readonly SetAccumulator[][] _sets = chains.Select(c => c.Sets.Select(s => new SetAccumulator(s)).ToArray()).ToArray();

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

        public GroupSummary ToSummary() => new(province, district, _count,
            chains.Select((chain, c) => new ChainSummary(chain, _reached[c][0],
                chain.Sets.Select((set, s) => new TierCount(set.Tier, set, _reached[c][s + 1])).ToImmutableArray())).ToImmutableArray(),
            _sets.SelectMany(sets => sets.Select(s => s.ToSummary(_count))).ToImmutableArray());
    }

    private sealed class SetAccumulator(CriteriaSet set)
    {
        private readonly Indicator[] _indicators = set.Indicators.ToArray();
        private readonly int[,] _outcomes = new int[set.Indicators.Count(), OutcomeCount];
        private readonly int[] _criteriaAchieved = new int[set.Criteria.Length];
        private long _criteriaSum;
        private long _indicatorsSum;
        private int _achieved;

        private static readonly int OutcomeCount = Enum.GetValues<Outcome>().Length;

        public void Add(SetReport report)
        {
            _criteriaSum += report.CriteriaAchieved;
            _indicatorsSum += report.IndicatorsAchieved;
            _achieved += report.IsAchieved ? 1 : 0;
            // The outcomes without the result objects: a summary reads every report of a batch.
            for (var c = 0; c < _criteriaAchieved.Length; c++)
            {
                _criteriaAchieved[c] += report.CriterionOutcome(c) == Outcome.Achieved ? 1 : 0;
            }

            for (var i = 0; i < _indicators.Length; i++)
            {
                _outcomes[i, (int)report.IndicatorOutcome(i)]++;
            }
        }

        public SetSummary ToSummary(int count) => new(set, count, _achieved,
            count == 0 ? 0 : (double)_criteriaSum / count,
            count == 0 ? 0 : (double)_indicatorsSum / count,
            set.Criteria.Select((c, i) => new CriterionSummary(c, count, _criteriaAchieved[i])).ToImmutableArray(),
            _indicators.Select((indicator, i) => new IndicatorSummary(indicator, count,
                new OutcomeCountDictionary([.. Enumerable.Range(0, OutcomeCount).Select(o => _outcomes[i, o])]))).ToImmutableArray());
    }
}

/// <summary>A batch's summary: for all localities, and by province and district where the localities say which.</summary>
/// <param name="Overall">Every locality.</param>
/// <param name="ByProvince">One group per province, ordered by name.</param>
/// <param name="ByDistrict">One group per district, ordered by province and name.</param>
public sealed record BatchSummary(GroupSummary Overall, ImmutableArray<GroupSummary> ByProvince, ImmutableArray<GroupSummary> ByDistrict);

/// <summary>The summary of a group of localities (all, a province or a district).</summary>
/// <param name="Province">The province, or null for the whole batch.</param>
/// <param name="District">The district, or null for the whole batch or a province.</param>
/// <param name="LocalityCount">How many localities the group holds.</param>
/// <param name="Chains">How many localities reach each tier of each chain.</param>
/// <param name="Sets">Each set's averages and pass rates, chain by chain.</param>
public sealed record GroupSummary(string? Province, string? District, int LocalityCount, ImmutableArray<ChainSummary> Chains, ImmutableArray<SetSummary> Sets)
{
    /// <summary>The summary of a set by id.</summary>
    /// <exception cref="KeyNotFoundException">The batch did not evaluate that set.</exception>
    public SetSummary this[string setId] => Sets.FirstOrDefault(s => s.Set.Id == setId)
        ?? throw new KeyNotFoundException($"The batch did not evaluate {setId}.");
}

/// <summary>How many localities of a group reach each tier of a chain.</summary>
/// <param name="Chain">The chain.</param>
/// <param name="NoTier">Localities that reach no tier.</param>
/// <param name="Highest">For each tier, the localities whose highest tier it is.</param>
public sealed record ChainSummary(TierChain Chain, int NoTier, ImmutableArray<TierCount> Highest)
{
    /// <summary>Localities reaching a tier, with every tier below it (a model commune counts as advanced and standard).</summary>
    public int Reaching(Tier tier) => Highest.Where(t => t.Tier >= tier).Sum(t => t.Count);
}

/// <summary>How many localities have a tier as their highest.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Set">The set of that tier.</param>
/// <param name="Count">The localities.</param>
public sealed record TierCount(Tier Tier, CriteriaSet Set, int Count);

/// <summary>A set's results over a group: the averages district reports print, and every criterion's and indicator's pass rate.</summary>
/// <param name="Set">The set.</param>
/// <param name="Evaluated">Localities evaluated.</param>
/// <param name="Achieved">Localities achieving the whole set.</param>
/// <param name="AverageCriteriaAchieved">Criteria achieved per locality (the 17.87 of "17.87/19").</param>
/// <param name="AverageIndicatorsAchieved">Indicators achieved per locality (the 55.75 of "55.75/57").</param>
/// <param name="Criteria">Each criterion's pass count, in official order.</param>
/// <param name="Indicators">Each indicator's outcome counts, in official order.</param>
public sealed record SetSummary(CriteriaSet Set, int Evaluated, int Achieved, double AverageCriteriaAchieved, double AverageIndicatorsAchieved,
    ImmutableArray<CriterionSummary> Criteria, ImmutableArray<IndicatorSummary> Indicators)
{
    /// <summary>The average share of criteria achieved, from 0 to 1 (the 94% of "17.87/19 (94%)").</summary>
    public double AverageCriteriaShare => Set.Criteria.Length == 0 ? 0 : AverageCriteriaAchieved / Set.Criteria.Length;

    /// <summary>Formats as <c>17.87/19 criteria (94%), 55.75/57 indicators per locality</c>, in the invariant culture.</summary>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats as <c>17,87/19 criteria (94%), 55,75/57 indicators per locality</c> in a culture.</summary>
    public string ToString(IFormatProvider provider) => string.Format(provider,
        "{0:0.00}/{1} criteria ({2:0%}), {3:0.00}/{4} indicators per locality",
        AverageCriteriaAchieved, Set.Criteria.Length, AverageCriteriaShare, AverageIndicatorsAchieved, Indicators.Length);
}

/// <summary>How many localities of a group achieve a criterion.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Evaluated">Localities evaluated.</param>
/// <param name="Achieved">Localities achieving it.</param>
public sealed record CriterionSummary(Criterion Criterion, int Evaluated, int Achieved)
{
    /// <summary>The share achieving it, from 0 to 1.</summary>
    public double PassRate => Evaluated == 0 ? 0 : (double)Achieved / Evaluated;
}

/// <summary>How an indicator fared over a group: the count of each outcome.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Evaluated">Localities evaluated.</param>
/// <param name="Outcomes">How many localities had each outcome.</param>
public sealed record IndicatorSummary(Indicator Indicator, int Evaluated, OutcomeCountDictionary Outcomes)
{
    /// <summary>Localities counted as achieving it (achieved or not applicable).</summary>
    public int Passed => Outcomes[Outcome.Achieved] + Outcomes[Outcome.NotApplicable];

    /// <summary>The share counted as achieving it, from 0 to 1.</summary>
    public double PassRate => Evaluated == 0 ? 0 : (double)Passed / Evaluated;

    /// <summary>Localities that definitely missed it (not achieved), the figure for "most often missed".</summary>
    public int Missed => Outcomes[Outcome.NotAchieved];
}
