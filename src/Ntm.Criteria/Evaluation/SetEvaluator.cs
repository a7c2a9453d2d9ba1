using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Evaluates a set for one record: the compiled workflow gives each rule's outcome, the threshold table says
/// whether a value is set for the subject's region, group and year, and the applicability rules say which
/// "nếu có" indicators apply. Everything that depends only on the set, or on the context (region, group, year),
/// is worked out once into flat arrays, so an evaluation is the compiled workflow plus one pass over them.
/// </summary>
internal sealed class SetEvaluator
{
    private readonly CriteriaSet _set;
    private readonly CompiledWorkflow? _applicability;

    // Indicators of the criteria, then of the preconditions, in official order; a group's indicators are
    // _indicators[_groupStart[g].._groupStart[g + 1]], criteria first.
    private readonly Indicator[] _indicators;
    private readonly int[] _groupStart;
    private readonly int[] _ruleIndex;
    private readonly int[] _inputIndex;
    private readonly int[] _applicabilityIndex;
    private readonly int _regionInput;
    private readonly int _overrideInput;
    private readonly int _groupInput;
    private readonly int _yearInput;
    private readonly ConcurrentDictionary<EvaluationContext, ContextPlan> _plans = new();

    public SetEvaluator(CriteriaSet set)
    {
        _set = set;
        var groups = set.Criteria.Concat(set.Preconditions).ToArray();
        _indicators = groups.SelectMany(c => c.Indicators).ToArray();
        _groupStart = new int[groups.Length + 1];
        for (var g = 0; g < groups.Length; g++)
        {
            _groupStart[g + 1] = _groupStart[g] + groups[g].Indicators.Length;
        }

        _ruleIndex = _indicators.Select(i => i.RuleIndex).ToArray();
        _inputIndex = _indicators.Select(i => set.Inputs.IndexOf(i.Input)).ToArray();
        _applicabilityIndex = new int[_indicators.Length];
        Array.Fill(_applicabilityIndex, -1);
        var conditions = Enumerable.Range(0, _indicators.Length).Where(i => _indicators[i].AppliesWhen is not null).ToList();
        if (conditions.Count > 0)
        {
            // The conditions are compiled as a workflow of their own over the same inputs, so one record serves both.
            var workflow = new Workflow(set.Workflow.Name + " (applicability)", set.Workflow.Workflow.Inputs,
                conditions.Select(i => new Rule(_indicators[i].Number)
                {
                    Expression = _indicators[i].AppliesWhen,
                    SourceFile = _indicators[i].Origin.File,
                    Position = _indicators[i].Origin.Position,
                    ExpressionPosition = _indicators[i].Origin.Position,
                }).ToImmutableArray())
            {
                SourceFile = set.SourceFile,
            };
            _applicability = workflow.Compile();
            for (var c = 0; c < conditions.Count; c++)
            {
                _applicabilityIndex[conditions[c]] = _applicability.TopLevelIndices[c];
            }
        }

        _regionInput = set.Inputs.IndexOf("Region");
        _overrideInput = set.RegionOverride is { } regionOverride ? set.Inputs.IndexOf(regionOverride.Input) : -1;
        _groupInput = set.Inputs.IndexOf("CommuneGroup");
        _yearInput = set.Inputs.IndexOf("AssessmentYear");
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

        var plan = Plan(input);
        var groups = new CriterionResult[_groupStart.Length - 1];
        var criteria = _set.Criteria.Length;
        for (var g = 0; g < groups.Length; g++)
        {
            var criterion = g < criteria ? _set.Criteria[g] : _set.Preconditions[g - criteria];
            var results = new IndicatorResult[_groupStart[g + 1] - _groupStart[g]];
            var worst = Outcome.Achieved;
            for (var i = _groupStart[g]; i < _groupStart[g + 1]; i++)
            {
                var outcome = Decide(i, outcomes, applies, plan);
                worst = Rank(outcome) > Rank(worst) ? outcome : worst;
                results[i - _groupStart[g]] = new IndicatorResult(_indicators[i], outcome, input.Get(_inputIndex[i]), plan.Thresholds[i]);
            }

            groups[g] = new CriterionResult(criterion, criterion.IsEncoded ? worst : Outcome.NotEncoded, ImmutableCollectionsMarshal.AsImmutableArray(results));
        }

        var all = ImmutableCollectionsMarshal.AsImmutableArray(groups);
        return new SetReport(_set, input, all[..criteria], all[criteria..]);
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
            var plan = Plan(input);
            int criteriaAchieved = 0, indicatorsAchieved = 0;
            var allAchieved = true;
            var criteria = _set.Criteria.Length;
            for (var g = 0; g < _groupStart.Length - 1; g++)
            {
                var achieved = _groupStart[g + 1] > _groupStart[g];
                for (var i = _groupStart[g]; i < _groupStart[g + 1]; i++)
                {
                    if (Decide(i, outcomes, applies, plan) is Outcome.Achieved or Outcome.NotApplicable)
                    {
                        indicatorsAchieved += g < criteria ? 1 : 0;
                    }
                    else
                    {
                        achieved = false;
                    }
                }

                criteriaAchieved += achieved && g < criteria ? 1 : 0;
                allAchieved &= achieved;
            }

            return new SetCounts(criteriaAchieved, criteria, indicatorsAchieved, _groupStart[criteria], allAchieved);
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
    private Outcome Decide(int i, RuleOutcome[] outcomes, RuleOutcome[]? applies, ContextPlan plan)
    {
        if (_applicabilityIndex[i] is var condition and >= 0)
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

        if (plan.Open[i] is { } open)
        {
            return open;
        }

        return outcomes[_ruleIndex[i]] switch
        {
            RuleOutcome.Achieved => Outcome.Achieved,
            RuleOutcome.NotAchieved => Outcome.NotAchieved,
            RuleOutcome.MissingData => Outcome.MissingData,
            _ => Outcome.EvaluationError,
        };
    }

    /// <summary>A definite failure outranks an error, an error outranks missing data, and missing data an open threshold.</summary>
    private static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.NotAchieved => 4,
        Outcome.EvaluationError => 3,
        Outcome.MissingData => 2,
        Outcome.ThresholdNotSet => 1,
        _ => 0,
    };

    /// <summary>The thresholds that apply in the record's context, worked out once per context.</summary>
    private ContextPlan Plan(InputRecord input)
    {
        var region = _regionInput >= 0 && input.Get(_regionInput) is { Kind: ValueKind.Text } r ? r.Text : null;
        if (_overrideInput >= 0 && input.Get(_overrideInput) is { Kind: ValueKind.Boolean, Boolean: true })
        {
            region = _set.RegionOverride!.Region;
        }

        int? group = _groupInput >= 0 && input.Get(_groupInput) is { Kind: ValueKind.Integer } g ? (int)g.Number : null;
        int? year = _yearInput >= 0 && input.Get(_yearInput) is { Kind: ValueKind.Integer } y ? (int)y.Number : null;
        var context = new EvaluationContext(region, group, year);

        // TryGetValue first: GetOrAdd with the instance method group would allocate a delegate on every call.
        return _plans.TryGetValue(context, out var plan) ? plan : _plans.GetOrAdd(context, CreatePlan);
    }

    private ContextPlan CreatePlan(EvaluationContext context)
    {
        var thresholds = new Threshold?[_indicators.Length];
        var open = new Outcome?[_indicators.Length];
        for (var i = 0; i < _indicators.Length; i++)
        {
            var threshold = thresholds[i] = _indicators[i].ThresholdFor(context.Region, context.Group, context.Year);
            if (threshold is not { IsSet: true })
            {
                // Without a region (say), a regional threshold is unknown because of the subject's data, not the sources.
                open[i] = threshold is null && _indicators[i].DependsOnMissingContext(context.Region, context.Group, context.Year)
                    ? Outcome.MissingData
                    : Outcome.ThresholdNotSet;
            }
        }

        return new ContextPlan(thresholds, open);
    }

    private readonly record struct EvaluationContext(string? Region, int? Group, int? Year);

    private sealed record ContextPlan(Threshold?[] Thresholds, Outcome?[] Open);
}
