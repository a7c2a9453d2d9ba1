using FsCheck;
using FsCheck.Fluent;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Properties of the evaluator over generated communes, on the shipped catalog and on the synthetic one (where every
/// tier can be reached, so that the implications are not vacuously true). Each runs 1,000 cases or more.
/// </summary>
public class EvaluatorProperties
{
    // The two properties that check, after their run, that their cases were not vacuous run through Check.One.
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true);

    public static TheoryData<string> Catalogs => ["shipped", "synthetic"];

    private static CriteriaCatalog CatalogOf(string name) =>
        name == "shipped" ? CriteriaCatalog.Shipped : Synthetic.Catalog;

    /// <summary>Every chain of more than one tier, for every level and every date a version comes into force.</summary>
    private static List<(TierChain Chain, DateOnly AsOf)> ChainsOf(CriteriaCatalog catalog) =>
        catalog
            .Sets.Select(s => (s.Level, s.InForceFrom))
            .Distinct()
            .SelectMany(key =>
                catalog.InForceOn(key.InForceFrom, key.Level).Any()
                    ? TierChain.From(catalog.InForceOn(key.InForceFrom, key.Level)).Select(c => (c, key.InForceFrom))
                    : []
            )
            .Where(c => c.Item1.Sets.Length > 1)
            .DistinctBy(c => c.Item1.ToString())
            .ToList();

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void TierReached_ImpliesEveryTierBelow(string name)
    {
        var catalog = CatalogOf(name);
        var chains = ChainsOf(catalog);
        Assert.NotEmpty(chains);
        var reachedCounts = new int[4 + 1];
        var gen =
            from chain in Gen.Elements(chains.ToArray())
            from commune in CommuneGenerators.Communes(catalog, chain.Chain.Inputs)
            select (chain.Chain, commune);
        var property = Prop.ForAll(
            Arb.From(gen),
            ((TierChain Chain, GeneratedCommune Commune) sample) =>
            {
                var report = sample.Chain.Evaluate(sample.Commune.Build(sample.Chain.Inputs));
                var position = report.Reached is { } tier
                    ? sample.Chain.Sets.ToList().FindIndex(s => s.Tier == tier)
                    : -1;
                Interlocked.Increment(ref reachedCounts[report.Reached is { } t ? (int)t + 1 : 0]);
                var below = report.Chain.Take(position + 1).All(r => r.IsAchieved);
                var next = position + 1 >= report.Chain.Length || !report.Chain[position + 1].IsAchieved;
                return (
                    below
                    && next
                    && report.Next == (position + 1 < report.Chain.Length ? sample.Chain.Sets[position + 1].Tier : null)
                ).Label(
                    $"{sample.Chain}: reached {report.Reached}, achieved "
                        + $"{string.Join(",", report.Chain.Select(r => r.IsAchieved))} for {sample.Commune}"
                );
            }
        );
        // The synthetic chain reaches the model tier about 5 times in 1,000 communes: 4,000 make "at least 3" below
        // certain (it failed now and then at 1,000).
        Check.One(name == "synthetic" ? Config.WithMaxTest(4_000) : Config, property);

        if (name == "synthetic")
        {
            // The synthetic chain must actually reach every tier for the implication to be tested.
            Assert.All(
                new[] { Tier.Standard, Tier.Advanced, Tier.Model },
                t => Assert.True(reachedCounts[(int)t + 1] >= 3, $"{t} was reached {reachedCounts[(int)t + 1]} times")
            );
        }
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void StrongerIndicatorMet_ImpliesTheWeakerMet(string name)
    {
        var catalog = CatalogOf(name);
        var pairs = catalog
            .Sets.SelectMany(s => s.Indicators.Where(i => i.Strengthens is not null).Select(i => (Stronger: i, Set: s)))
            .Select(p =>
            {
                var parts = p.Stronger.Strengthens!.Split('#');
                var weakerSet = catalog.Get(parts[0], p.Set.InForceFrom);
                return (
                    p.Set,
                    p.Stronger,
                    WeakerSet: weakerSet,
                    Weaker: weakerSet.FindIndicator(parts[1])
                        ?? throw new InvalidOperationException($"{p.Stronger.Strengthens} does not exist")
                );
            })
            .ToArray();
        if (name == "shipped")
        {
            // The national sources name no such pair yet (the advanced indicators are not encoded); nothing to check.
            Assert.Empty(pairs);
            return;
        }

        Assert.True(pairs.Length >= 3);
        var gen =
            from pair in Gen.Elements(pairs)
            from commune in CommuneGenerators.Communes(catalog, pair.Set.Inputs)
            select (pair, commune);
        var strongerMet = 0;
        var property = Prop.ForAll(
            Arb.From(gen),
            (
                (
                    (CriteriaSet Set, Indicator Stronger, CriteriaSet WeakerSet, Indicator Weaker) Pair,
                    GeneratedCommune Commune
                ) sample
            ) =>
            {
                var record = sample.Commune.Build(sample.Pair.Set.Inputs);
                var stronger = sample.Pair.Set.Evaluate(record)[sample.Pair.Stronger.Number]!;
                var weaker = sample.Pair.WeakerSet.Evaluate(record)[sample.Pair.Weaker.Number]!;
                if (stronger.CountsAsAchieved)
                {
                    Interlocked.Increment(ref strongerMet);
                }

                // Without the region, group or year a regional weaker threshold is unknown: missing data, never a
                // failure.
                return (
                    !stronger.CountsAsAchieved
                    || weaker.CountsAsAchieved
                    || weaker.Outcome == Outcome.MissingData && MissingContext(sample.Commune)
                ).Label(
                    $"{sample.Pair.Stronger.Number} {stronger} but {sample.Pair.Weaker.Number} {weaker} for "
                        + $"{sample.Commune}"
                );
            }
        );
        Check.One(Config, property);
        Assert.True(strongerMet > 50, $"the stronger indicator was met only {strongerMet} times");
    }

    private static bool MissingContext(GeneratedCommune commune) =>
        commune.Values.Any(v => v.Name is "Region" or "CommuneGroup" or "AssessmentYear" && v.Value is null);

    [ScaledProperty(1000)]
    public Property Counts_AgreeWithTheCountOnlyPath_AndCriteriaWithTheirApplicableIndicators_Shipped() =>
        Counts_AgreeWithTheCountOnlyPath_AndCriteriaWithTheirApplicableIndicators("shipped");

    [ScaledProperty(1000)]
    public Property Counts_AgreeWithTheCountOnlyPath_AndCriteriaWithTheirApplicableIndicators_Synthetic() =>
        Counts_AgreeWithTheCountOnlyPath_AndCriteriaWithTheirApplicableIndicators("synthetic");

    private static Property Counts_AgreeWithTheCountOnlyPath_AndCriteriaWithTheirApplicableIndicators(string name)
    {
        var catalog = CatalogOf(name);
        var property = Prop.ForAll(
            Arb.From(CommuneGenerators.SetsAndCommunes(catalog)),
            ((CriteriaSet Set, GeneratedCommune Commune) sample) =>
            {
                var record = sample.Commune.Build(sample.Set.Inputs);
                var report = sample.Set.Evaluate(record);
                var indicators = report.Indicators.ToList();
                var consistent =
                    report.CriteriaAchieved <= report.CriteriaTotal
                    && sample.Set.Count(record) == report.Counts
                    && report.IndicatorsAchieved <= report.IndicatorsTotal
                    && report.IndicatorsAchieved == indicators.Count(i => i.CountsAsAchieved)
                    && report.CriteriaAchieved == report.Criteria.Count(c => c.IsAchieved)
                    && indicators.All(i => i.Outcome != Outcome.MissingData || !i.CountsAsAchieved)
                    && report
                        .Criteria.Concat(report.Preconditions)
                        .All(c =>
                            c.IsAchieved
                            == (
                                c.Criterion.IsEncoded
                                && c.Criterion.IsComplete
                                && c.Indicators.All(i => i.CountsAsAchieved)
                            )
                        )
                    && report.IsAchieved == report.Criteria.Concat(report.Preconditions).All(c => c.IsAchieved);
                return consistent.Label($"{sample.Set}: {report} for {sample.Commune}");
            }
        );
        return property;
    }

    [ScaledProperty(1000)]
    public Property ImprovingAValue_NeverLosesAnIndicator_Shipped() => ImprovingAValue_NeverLosesAnIndicator("shipped");

    [ScaledProperty(1000)]
    public Property ImprovingAValue_NeverLosesAnIndicator_Synthetic() =>
        ImprovingAValue_NeverLosesAnIndicator("synthetic");

    private static Property ImprovingAValue_NeverLosesAnIndicator(string name)
    {
        var catalog = CatalogOf(name);
        var indicators = catalog.Sets.SelectMany(s => s.AllCriteria).SelectMany(c => c.Indicators).ToList();
        var conditions = indicators.Select(i => i.AppliesWhen).OfType<string>().ToList();

        // An input read by "nếu có" conditions can make an indicator apply, so improving it is not monotone by design.
        var improvable = indicators
            .GroupBy(i => i.Input)
            .Where(g =>
                g.Select(i => i.Direction).Distinct().Count() == 1
                && !conditions.Any(c => c.Contains("input." + g.Key, StringComparison.Ordinal))
            )
            .ToDictionary(g => g.Key, g => g.First().Direction);
        var gen =
            from set in Gen.Elements(catalog.Sets.ToArray())
            from commune in CommuneGenerators.Communes(catalog, set.Inputs)
            from input in Gen.Elements(improvable.Keys.Where(k => set.Inputs.IndexOf(k) >= 0).ToArray())
            from step in Gen.Elements(0.01, 0.5, 1.0, 5.0, 50.0)
            select (set, commune, input, step);
        var property = Prop.ForAll(
            Arb.From(gen),
            ((CriteriaSet Set, GeneratedCommune Commune, string Input, double Step) sample) =>
            {
                if (
                    !sample.Set.Inputs.TryGet(sample.Input, out var declaration)
                    || sample.Commune[sample.Input] is not { } value
                )
                {
                    return true.Label("missing").Classify(true, "value missing");
                }

                object improved = (improvable[sample.Input], value) switch
                {
                    (ThresholdDirection.MustHold, bool) => true,
                    (ThresholdDirection.MustNotHold, bool) => false,
                    (ThresholdDirection.AtLeast, _) => Step(
                        declaration,
                        Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
                        sample.Step
                    ),
                    (ThresholdDirection.AtMost, _) => Step(
                        declaration,
                        Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
                        -sample.Step
                    ),
                    _ => value,
                };
                var before = sample.Set.Evaluate(sample.Commune.Build(sample.Set.Inputs)).Indicators.ToList();
                var after = sample
                    .Set.Evaluate(sample.Commune.With(sample.Input, improved).Build(sample.Set.Inputs))
                    .Indicators.ToList();
                var lost = before
                    .Zip(after)
                    .Where(p => p.First.CountsAsAchieved && !p.Second.CountsAsAchieved)
                    .Select(p => p.First.Indicator.Number)
                    .ToList();
                return (lost.Count == 0).Label(
                    $"{sample.Set}: {sample.Input} {value} → {improved} loses {string.Join(", ", lost)} for "
                        + $"{sample.Commune}"
                );
            }
        );
        return property;
    }

    private static object Step(InputDeclaration declaration, double value, double step)
    {
        var stepped = Math.Clamp(
            value + step,
            declaration.Minimum ?? double.MinValue,
            declaration.Maximum ?? double.MaxValue
        );
        return declaration.Type == InputType.Integer
            ? (object)(int)(step > 0 ? Math.Ceiling(stepped) : Math.Floor(stepped))
            : stepped;
    }

    [ScaledProperty(1000)]
    public Property Batch_EqualsOneByOne_InAnyOrderAndParallelism()
    {
        var catalog = Synthetic.Catalog;
        var evaluator = new BatchEvaluator(catalog.InForceOn(Synthetic.AsOf, Level.Commune));
        var gen =
            from communes in Gen.ListOf(CommuneGenerators.Communes(catalog, evaluator.Inputs))
                .Select(l => l.Take(40).ToList())
            from order in Gen.Shuffle(Enumerable.Range(0, communes.Count).ToArray())
            from parallelism in Gen.Choose(1, 8)
            from chunk in Gen.Choose(1, 16)
            select (communes, order, parallelism, chunk);
        var property = Prop.ForAll(
            Arb.From(gen),
            ((List<GeneratedCommune> Communes, int[] Order, int Parallelism, int Chunk) sample) =>
            {
                var localities = sample
                    .Communes.Select(
                        (c, i) =>
                            new Locality($"X{i}", c.Build(evaluator.Inputs))
                            {
                                // Some communes name no district: a group of their own.
                                District = i % 4 == 3 ? null : $"H{i % 3}",
                            }
                    )
                    .ToList();
                var shuffled = sample.Order.Select(i => localities[i]).ToList();
                var batch = new BatchEvaluator(
                    evaluator.Chains.SelectMany(c => c.Sets),
                    new BatchOptions { MaxDegreeOfParallelism = sample.Parallelism, ChunkSize = sample.Chunk }
                );

                var results = batch.Evaluate(shuffled).ToList();
                var oneByOne = shuffled
                    .Select(l => Describe(evaluator.Chains.Select(c => c.Evaluate(l.Inputs))))
                    .ToList();
                var summary = batch.Summarize(shuffled);
                var inOrder = batch.Summarize(localities);

                return (
                    results.Select(r => r.Locality).SequenceEqual(shuffled)
                    && results.Select(r => Describe(r.Tiers)).SequenceEqual(oneByOne)
                    && Describe(summary) == Describe(inOrder)
                    && summary.ByDistrict.Sum(g => g.LocalityCount) == localities.Count
                ).Label($"{sample.Communes.Count} communes, parallelism {sample.Parallelism}, chunk {sample.Chunk}");
            }
        );
        return property;
    }

    private static string Describe(IEnumerable<TierReport> tiers) =>
        string.Join(
            " | ",
            tiers.Select(t =>
                t + ": " + string.Join(";", t.Chain.SelectMany(r => r.Indicators).Select(i => $"{i.Outcome}"))
            )
        );

    private static string Describe(BatchSummary summary) =>
        string.Join(
            " | ",
            new[] { summary.Overall }
                .Concat(summary.ByDistrict)
                .Select(g =>
                    $"{g.District}:{g.LocalityCount}:"
                    + string.Join(
                        ",",
                        g.Chains.Select(c => $"{c.NoTier}/{string.Join("/", c.Highest.Select(h => h.Count))}")
                    )
                    + string.Join(
                        ",",
                        g.Sets.Select(s =>
                            $"{s.AverageCriteriaAchieved:R}/{s.AverageIndicatorsAchieved:R}/{string.Join("/", s.Indicators.Select(i => i.Passed))}"
                        )
                    )
                )
        );
}
