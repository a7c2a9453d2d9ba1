using System.Buffers;
using System.Collections.Immutable;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Evaluates a set for one record: the compiled workflow gives each rule's outcome, the threshold table says
/// whether a value is set for the subject's region, group and year, and the applicability rules say which
/// "nếu có" indicators apply.
/// </summary>
internal sealed class SetEvaluator
{
    private readonly CriteriaSet _set;
    private readonly CompiledWorkflow? _applicability;
    private readonly Dictionary<Indicator, int> _applicabilityIndex = [];

    public SetEvaluator(CriteriaSet set)
    {
        _set = set;
        var conditions = set.Criteria.Concat(set.Preconditions).SelectMany(c => c.Indicators).Where(i => i.AppliesWhen is not null).ToList();
        if (conditions.Count > 0)
        {
            // The conditions are compiled as a workflow of their own over the same inputs, so one record serves both.
            var workflow = new Workflow(set.Workflow.Name + " (applicability)", set.Workflow.Workflow.Inputs,
                conditions.Select(i => new Rule(i.Number) { Expression = i.AppliesWhen }).ToImmutableArray())
            {
                SourceFile = set.SourceFile,
            };
            _applicability = workflow.Compile();
            for (var i = 0; i < conditions.Count; i++)
            {
                _applicabilityIndex[conditions[i]] = _applicability.TopLevelIndices[i];
            }
        }
    }

    public SetReport Evaluate(InputRecord input)
    {
        var outcomes = new RuleOutcome[_set.Workflow.Rules.Length];
        _set.Workflow.EvaluateOutcomes(input, outcomes);
        RuleOutcome[]? applies = null;
        if (_applicability is not null)
        {
            applies = new RuleOutcome[_applicability.Rules.Length];
            _applicability.EvaluateOutcomes(input, applies);
        }

        var context = Context(input);
        CriterionResult Criterion(Criterion criterion)
        {
            var indicators = criterion.Indicators.Select(i =>
                new IndicatorResult(i, Decide(i, outcomes, applies, context, out var threshold), input[i.Input], threshold)).ToImmutableArray();
            return new CriterionResult(criterion, Combine(criterion, indicators.Select(i => i.Outcome)), indicators);
        }

        return new SetReport(_set, input, _set.Criteria.Select(Criterion).ToImmutableArray(), _set.Preconditions.Select(Criterion).ToImmutableArray());
    }

    /// <summary>The figures of <see cref="Evaluate"/> without the detail objects: no allocation once the pools are warm.</summary>
    public SetCounts Count(InputRecord input)
    {
        var outcomes = ArrayPool<RuleOutcome>.Shared.Rent(_set.Workflow.Rules.Length);
        var applies = _applicability is null ? null : ArrayPool<RuleOutcome>.Shared.Rent(_applicability.Rules.Length);
        try
        {
            _set.Workflow.EvaluateOutcomes(input, outcomes);
            _applicability?.EvaluateOutcomes(input, applies!);
            var context = Context(input);
            int criteriaAchieved = 0, indicatorsAchieved = 0, indicatorsTotal = 0;
            var allAchieved = true;
            foreach (var criterion in _set.Criteria)
            {
                var achieved = criterion.IsEncoded;
                foreach (var indicator in criterion.Indicators)
                {
                    indicatorsTotal++;
                    if (Decide(indicator, outcomes, applies, context, out _) is Outcome.Achieved or Outcome.NotApplicable)
                    {
                        indicatorsAchieved++;
                    }
                    else
                    {
                        achieved = false;
                    }
                }

                criteriaAchieved += achieved ? 1 : 0;
                allAchieved &= achieved;
            }

            foreach (var precondition in _set.Preconditions)
            {
                var achieved = precondition.IsEncoded;
                foreach (var indicator in precondition.Indicators)
                {
                    achieved &= Decide(indicator, outcomes, applies, context, out _) is Outcome.Achieved or Outcome.NotApplicable;
                }

                allAchieved &= achieved;
            }

            return new SetCounts(criteriaAchieved, _set.Criteria.Length, indicatorsAchieved, indicatorsTotal, allAchieved);
        }
        finally
        {
            ArrayPool<RuleOutcome>.Shared.Return(outcomes);
            if (applies is not null)
            {
                ArrayPool<RuleOutcome>.Shared.Return(applies);
            }
        }
    }

    /// <summary>An indicator's outcome: applicability first, then whether a threshold is set, then the rule's outcome.</summary>
    private Outcome Decide(Indicator indicator, RuleOutcome[] outcomes, RuleOutcome[]? applies, EvaluationContext context, out Threshold? threshold)
    {
        threshold = indicator.ThresholdFor(context.Region, context.Group, context.Year);
        if (_applicabilityIndex.TryGetValue(indicator, out var condition))
        {
            switch (applies![condition])
            {
                case RuleOutcome.NotAchieved:
                    return Outcome.NotApplicable;
                case RuleOutcome.MissingData:
                    return Outcome.MissingData;
                case RuleOutcome.EvaluationError:
                    return Outcome.EvaluationError;
            }
        }

        if (threshold is not { IsSet: true })
        {
            // Without a region (say), a regional threshold is unknown because of the subject's data, not the sources.
            return threshold is null && indicator.DependsOnMissingContext(context.Region, context.Group, context.Year)
                ? Outcome.MissingData
                : Outcome.ThresholdNotSet;
        }

        return outcomes[indicator.RuleIndex] switch
        {
            RuleOutcome.Achieved => Outcome.Achieved,
            RuleOutcome.NotAchieved => Outcome.NotAchieved,
            RuleOutcome.MissingData => Outcome.MissingData,
            _ => Outcome.EvaluationError,
        };
    }

    /// <summary>A definite failure outranks an error, an error outranks missing data, and missing data an open threshold.</summary>
    private static Outcome Combine(Criterion criterion, IEnumerable<Outcome> indicators)
    {
        if (!criterion.IsEncoded)
        {
            return Outcome.NotEncoded;
        }

        var worst = Outcome.Achieved;
        foreach (var outcome in indicators)
        {
            worst = Rank(outcome) > Rank(worst) ? outcome : worst;
        }

        return worst;

        static int Rank(Outcome outcome) => outcome switch
        {
            Outcome.NotAchieved => 4,
            Outcome.EvaluationError => 3,
            Outcome.MissingData => 2,
            Outcome.ThresholdNotSet => 1,
            _ => 0,
        };
    }

    private readonly record struct EvaluationContext(string? Region, int? Group, int? Year);

    /// <summary>The region (with the set's override applied), commune group and year that select thresholds.</summary>
    private EvaluationContext Context(InputRecord input)
    {
        string? region = TryRead(input, "Region") is { Kind: ValueKind.Text } r ? r.Text : null;
        if (_set.RegionOverride is { } regionOverride && TryRead(input, regionOverride.Input) is { Kind: ValueKind.Boolean, Boolean: true })
        {
            region = regionOverride.Region;
        }

        int? group = TryRead(input, "CommuneGroup") is { Kind: ValueKind.Integer } g ? (int)g.Number : null;
        int? year = TryRead(input, "AssessmentYear") is { Kind: ValueKind.Integer } y ? (int)y.Number : null;
        return new EvaluationContext(region, group, year);
    }

    private static Value? TryRead(InputRecord input, string name) => input.Schema.IndexOf(name) is var index and >= 0 ? input.Get(index) : null;
}
