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

        var (region, group, year) = Context(input);
        CriterionResult Criterion(Criterion criterion)
        {
            var indicators = criterion.Indicators.Select(i => Indicator(i, outcomes, applies, input, region, group, year)).ToImmutableArray();
            return new CriterionResult(criterion, Combine(criterion, indicators), indicators);
        }

        return new SetReport(_set, input, _set.Criteria.Select(Criterion).ToImmutableArray(), _set.Preconditions.Select(Criterion).ToImmutableArray());
    }

    private IndicatorResult Indicator(Indicator indicator, RuleOutcome[] outcomes, RuleOutcome[]? applies, InputRecord input, string? region, int? group, int? year)
    {
        var actual = input[indicator.Input];
        var threshold = indicator.ThresholdFor(region, group, year);
        if (_applicabilityIndex.TryGetValue(indicator, out var condition))
        {
            switch (applies![condition])
            {
                case RuleOutcome.NotAchieved:
                    return new IndicatorResult(indicator, Outcome.NotApplicable, actual, threshold);
                case RuleOutcome.MissingData:
                    return new IndicatorResult(indicator, Outcome.MissingData, actual, threshold);
                case RuleOutcome.EvaluationError:
                    return new IndicatorResult(indicator, Outcome.EvaluationError, actual, threshold);
            }
        }

        if (threshold is not { IsSet: true })
        {
            // Without a region (say), a regional threshold is unknown because of the subject's data, not the sources.
            var open = threshold is null && indicator.DependsOnMissingContext(region, group, year) ? Outcome.MissingData : Outcome.ThresholdNotSet;
            return new IndicatorResult(indicator, open, actual, threshold);
        }

        var outcome = outcomes[indicator.RuleIndex] switch
        {
            RuleOutcome.Achieved => Outcome.Achieved,
            RuleOutcome.NotAchieved => Outcome.NotAchieved,
            RuleOutcome.MissingData => Outcome.MissingData,
            _ => Outcome.EvaluationError,
        };
        return new IndicatorResult(indicator, outcome, actual, threshold);
    }

    /// <summary>A definite failure outranks an error, an error outranks missing data, and missing data an open threshold.</summary>
    private static Outcome Combine(Criterion criterion, ImmutableArray<IndicatorResult> indicators)
    {
        if (!criterion.IsEncoded)
        {
            return Outcome.NotEncoded;
        }

        Outcome[] order = [Outcome.NotAchieved, Outcome.EvaluationError, Outcome.MissingData, Outcome.ThresholdNotSet];
        return order.FirstOrDefault(o => indicators.Any(i => i.Outcome == o), Outcome.Achieved);
    }

    /// <summary>The region (with the set's override applied), commune group and year that select thresholds.</summary>
    private (string? Region, int? Group, int? Year) Context(InputRecord input)
    {
        string? region = TryRead(input, "Region") is { Kind: ValueKind.Text } r ? r.Text : null;
        if (_set.RegionOverride is { } regionOverride && TryRead(input, regionOverride.Input) is { Kind: ValueKind.Boolean, Boolean: true })
        {
            region = regionOverride.Region;
        }

        int? group = TryRead(input, "CommuneGroup") is { Kind: ValueKind.Integer } g ? (int)g.Number : null;
        int? year = TryRead(input, "AssessmentYear") is { Kind: ValueKind.Integer } y ? (int)y.Number : null;
        return (region, group, year);
    }

    private static Value? TryRead(InputRecord input, string name) => input.Schema.IndexOf(name) is var index and >= 0 ? input.Get(index) : null;
}
