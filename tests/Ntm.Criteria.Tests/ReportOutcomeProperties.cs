using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Every outcome a report gives, checked against an evaluation written the plain way: the set's workflow evaluated
/// rule by rule, the "nếu có" conditions compiled on their own, and the threshold table read row by row. On the
/// shipped catalog, the synthetic one, and a set whose rules and conditions can end in an error.
/// </summary>
public class ReportOutcomeProperties
{
    /// <summary>
    /// Two sets whose rules and conditions divide whole numbers (an error when there are no households):
    /// <c>test/commune-errors</c>, and <c>test/commune-wide</c> with 72 indicators, more than one 64-bit word.
    /// </summary>
    internal static CriteriaCatalog Errors { get; } =
        CriteriaCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "errors"));

    private static CriteriaCatalog CatalogOf(string name) =>
        name switch
        {
            "shipped" => CriteriaCatalog.Shipped,
            "synthetic" => Synthetic.Catalog,
            _ => Errors,
        };

    [ScaledProperty(2000)]
    public Property EveryOutcome_EqualsThePlainEvaluation_Shipped() => EveryOutcome_EqualsThePlainEvaluation("shipped");

    [ScaledProperty(2000)]
    public Property EveryOutcome_EqualsThePlainEvaluation_Synthetic() =>
        EveryOutcome_EqualsThePlainEvaluation("synthetic");

    [ScaledProperty(2000)]
    public Property EveryOutcome_EqualsThePlainEvaluation_Errors() => EveryOutcome_EqualsThePlainEvaluation("errors");

    private static Property EveryOutcome_EqualsThePlainEvaluation(string name)
    {
        var catalog = CatalogOf(name);
        var plain = catalog.Sets.ToDictionary(s => s, s => new PlainEvaluation(s));
        var property = Prop.ForAll(
            Arb.From(CommuneGenerators.SetsAndCommunes(catalog)),
            ((CriteriaSet Set, GeneratedCommune Commune) sample) =>
            {
                var record = sample.Commune.Build(sample.Set.Inputs);
                var report = sample.Set.Evaluate(record);
                var (indicators, groups) = plain[sample.Set].Outcomes(record);
                var actual = report
                    .Criteria.Concat(report.Preconditions)
                    .SelectMany(c => c.Indicators)
                    .Select(i => i.Outcome)
                    .ToList();
                var actualGroups = report.Criteria.Concat(report.Preconditions).Select(c => c.Outcome).ToList();
                var criteriaIndicators = sample.Set.Criteria.Sum(c => c.Indicators.Length);
                var same =
                    actual.SequenceEqual(indicators)
                    && actualGroups.SequenceEqual(groups)
                    && report.IndicatorsMissingData
                        == indicators.Take(criteriaIndicators).Count(o => o == Outcome.MissingData)
                    && report.IndicatorsThresholdNotSet
                        == indicators.Take(criteriaIndicators).Count(o => o == Outcome.ThresholdNotSet)
                    && report.IndicatorsAchieved
                        == indicators
                            .Take(criteriaIndicators)
                            .Count(o => o is Outcome.Achieved or Outcome.NotApplicable)
                    && report.CriteriaAchieved
                        == groups.Take(sample.Set.Criteria.Length).Count(o => o == Outcome.Achieved)
                    && report.IsAchieved == (groups.All(o => o == Outcome.Achieved) && !sample.Set.IsShortOfItsDecision)
                    && sample.Set.Count(record) == report.Counts;
                return same.Label(
                    $"{sample.Set}: expected {string.Join(",", indicators)} / {string.Join(",", groups)}, got "
                        + $"{string.Join(",", actual)} / {string.Join(",", actualGroups)} for {sample.Commune}"
                );
            }
        );
        return property;
    }

    [Fact]
    public void TheErrorSets_ReachEveryOutcome_InRulesAndConditions_PastTheFirstWord()
    {
        // Guards that the property above exercises errors, missing data and open thresholds in rules and in
        // conditions, and results that span more than one 64-bit word.
        var set = Errors.Get("test/commune-errors", new DateOnly(2023, 1, 1));
        Outcome OutcomeOf(string number, int? households, int? poor, string? region = "North", double? score = 60) =>
            set.Evaluate(
                set.Inputs.CreateBuilder()
                    .Set("Households", households)
                    .Set("PoorHouseholds", poor)
                    .Set("Region", region)
                    .Set("Score", score)
                    .Set("HasCraft", false)
                    .Build()
            )[number].Outcome;

        Assert.Equal(Outcome.EvaluationError, OutcomeOf("1.1", households: 0, poor: 1));
        Assert.Equal(Outcome.MissingData, OutcomeOf("1.1", households: null, poor: 1));
        Assert.Equal(Outcome.Achieved, OutcomeOf("1.1", households: 3, poor: 0));
        Assert.Equal(Outcome.EvaluationError, OutcomeOf("1.2", households: 0, poor: 1));
        Assert.Equal(Outcome.MissingData, OutcomeOf("1.2", households: 2, poor: null));
        Assert.Equal(Outcome.NotApplicable, OutcomeOf("1.2", households: 2, poor: 3));
        Assert.Equal(Outcome.Achieved, OutcomeOf("1.2", households: 2, poor: 1));
        Assert.Equal(Outcome.ThresholdNotSet, OutcomeOf("2.1", households: 2, poor: 1, region: "South"));
        Assert.Equal(Outcome.MissingData, OutcomeOf("2.1", households: 2, poor: 1, region: null));
        Assert.Equal(Outcome.NotApplicable, OutcomeOf("3.1", households: 2, poor: 1));

        var wide = Errors.Get("test/commune-wide", new DateOnly(2023, 1, 1));
        var report = wide.Evaluate(
            wide.Inputs.CreateBuilder()
                .Set("Households", 0)
                .Set("PoorHouseholds", 1)
                .Set("Region", "South")
                .Set("Score", 95.0)
                .Set("HasCraft", false)
                .Build()
        );
        var beyondFirstWord = report.Indicators.Skip(64).Select(i => i.Outcome).ToHashSet();
        Assert.Equal(72, report.IndicatorsTotal);
        Assert.Superset(
            new HashSet<Outcome>
            {
                Outcome.Achieved,
                Outcome.EvaluationError,
                Outcome.ThresholdNotSet,
                Outcome.NotApplicable,
            },
            beyondFirstWord
        );
    }

    /// <summary>The outcomes of a set worked out one indicator at a time, from the full workflow's outcomes.</summary>
    private sealed class PlainEvaluation
    {
        private readonly CriteriaSet _set;
        private readonly ImmutableArray<Criterion> _groups;
        private readonly CompiledWorkflow? _conditions;
        private readonly Dictionary<Indicator, int> _conditionRule = [];

        public PlainEvaluation(CriteriaSet set)
        {
            _set = set;
            _groups = [.. set.AllCriteria];
            var conditional = _groups.SelectMany(c => c.Indicators).Where(i => i.AppliesWhen is not null).ToList();
            if (conditional.Count > 0)
            {
                _conditions = new Workflow(
                    "conditions",
                    set.Workflow.Workflow.Inputs,
                    [.. conditional.Select((i, k) => new Rule($"c{k}") { Expression = i.AppliesWhen })]
                ).Compile();
                for (var k = 0; k < conditional.Count; k++)
                {
                    _conditionRule[conditional[k]] = _conditions.TopLevelIndices[k];
                }
            }
        }

        public (List<Outcome> Indicators, List<Outcome> Groups) Outcomes(InputRecord record)
        {
            var rules = new RuleOutcome[_set.Workflow.Rules.Length];
            _set.Workflow.EvaluateOutcomes(record, rules);
            var conditions = new RuleOutcome[_conditions?.Rules.Length ?? 0];
            _conditions?.EvaluateOutcomes(record, conditions);

            var region = Text(record, "Region");
            if (
                _set.RegionOverride is { } regionOverride
                && regionOverride.When.Any(c =>
                    record.Schema.IndexOf(c.Input) >= 0
                    && (
                        c.Values.IsEmpty
                            ? record[c.Input] is { Kind: ValueKind.Boolean, Boolean: true }
                            : record[c.Input] is { Kind: ValueKind.Number or ValueKind.Integer } v
                                && c.Values.Contains((int)v.Number)
                    )
                )
            )
            {
                region = regionOverride.Region;
            }

            var group = Integer(record, "CommuneGroup");
            var year = Integer(record, "AssessmentYear");
            var indicators = new List<Outcome>();
            var groups = new List<Outcome>();
            foreach (var criterion in _groups)
            {
                var outcomes = criterion
                    .Indicators.Select(i => OutcomeOf(i, record, rules, conditions, region, group, year))
                    .ToList();
                indicators.AddRange(outcomes);
                groups.Add(
                    outcomes.Count == 0 ? Outcome.NotEncoded
                    : outcomes.Contains(Outcome.NotAchieved) ? Outcome.NotAchieved
                    : outcomes.Contains(Outcome.EvaluationError) ? Outcome.EvaluationError
                    : outcomes.Contains(Outcome.MissingData) ? Outcome.MissingData
                    : outcomes.Contains(Outcome.ThresholdNotSet) ? Outcome.ThresholdNotSet
                    : criterion.IsComplete ? Outcome.Achieved
                    : Outcome.NotEncoded
                );
            }

            return (indicators, groups);
        }

        private Outcome OutcomeOf(
            Indicator indicator,
            InputRecord record,
            RuleOutcome[] rules,
            RuleOutcome[] conditions,
            string? region,
            int? group,
            int? year
        )
        {
            if (_conditionRule.TryGetValue(indicator, out var condition))
            {
                switch (conditions[condition])
                {
                    case RuleOutcome.NotAchieved:
                        return Outcome.NotApplicable;
                    case RuleOutcome.MissingData:
                        return Outcome.MissingData;
                    case RuleOutcome.EvaluationError:
                        return Outcome.EvaluationError;
                }
            }

            // A measure without a value to compare (a whole number divided by zero, or a share of nothing, which IEEE
            // arithmetic makes infinite) is an error, whatever its threshold.
            var compared = indicator.Measure is { } measure
                ? _set.Workflow.CompileExpression(measure, indicator.RuleIndex).Evaluate(record)
                : record[indicator.Input];
            if (
                compared.Kind == ValueKind.Undefined
                || compared is { Kind: ValueKind.Number, Number: var n } && !double.IsFinite(n)
            )
            {
                return Outcome.EvaluationError;
            }

            var threshold = indicator.ThresholdFor(region, group, year);
            if (threshold is not { IsSet: true })
            {
                // An empty cell (of what the indicator compares) is missing data, whether or not the sources give a
                // threshold.
                return
                    (threshold is null && indicator.DependsOnMissingContext(region, group, year)) || !compared.HasValue
                    ? Outcome.MissingData
                    : Outcome.ThresholdNotSet;
            }

            return rules[indicator.RuleIndex] switch
            {
                RuleOutcome.Achieved => Outcome.Achieved,
                RuleOutcome.NotAchieved => Outcome.NotAchieved,
                RuleOutcome.MissingData => Outcome.MissingData,
                _ => Outcome.EvaluationError,
            };
        }

        private static string? Text(InputRecord record, string name) =>
            record.Schema.IndexOf(name) >= 0 && record[name] is { Kind: ValueKind.Text } value ? value.Text : null;

        private static int? Integer(InputRecord record, string name) =>
            record.Schema.IndexOf(name) >= 0 && record[name] is { Kind: ValueKind.Integer } value
                ? (int)value.Number
                : null;
    }
}
