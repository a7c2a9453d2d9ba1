using System.Collections.Immutable;
using System.Numerics;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Evaluates a set for one record. The compiled workflow gives each rule's outcome, the threshold table says
/// whether a value is set for the subject's region, group and year, and the applicability rules say which
/// "nếu có" indicators apply. Everything that depends only on the set, or on the context (region, group, year),
/// is worked out once: counting is then two compiled bit masks and a few word operations, a report one array of
/// outcomes.
/// </summary>
internal sealed class SetEvaluator
{
    private readonly CriteriaSet _set;

    // Indicators of the criteria, then of the preconditions, in official order; a group's indicators are
    // _indicators[_groupStart[g].._groupStart[g + 1]], criteria first.
    private readonly Indicator[] _indicators;
    private readonly int[] _inputIndex;
    private readonly int[] _groupStart;
    private readonly int _criteriaCount;
    private readonly int _words;

    // A criterion (then precondition) is achieved when its run of bits is all set.
    private readonly RunBits _groups;
    private readonly ulong[] _criteriaIndicatorMask;

    // Bit i: indicator i's rule is achieved. In _decided, bit n + i (n indicators): it is not achieved.
    private readonly OutcomeMask _achieved;
    private readonly OutcomeMask _decided;

    // For the indicators with an AppliesWhen (_conditional[c]), bits 3c, 3c+1, 3c+2: the condition is false (the
    // indicator does not apply), missing, in error. None set: the indicator applies.
    private readonly OutcomeMask? _applicabilityMask;
    private readonly int[] _conditional = [];

    private readonly ContextPlans _plans;

    public SetEvaluator(CriteriaSet set)
    {
        _set = set;
        var groups = set.Criteria.Concat(set.Preconditions).ToArray();
        Groups = groups;
        _indicators = groups.SelectMany(c => c.Indicators).ToArray();
        _inputIndex = _indicators.Select(i => set.Inputs.IndexOf(i.Input)).ToArray();
        _groupStart = new int[groups.Length + 1];
        for (var g = 0; g < groups.Length; g++)
        {
            _groupStart[g + 1] = _groupStart[g] + groups[g].Indicators.Length;
        }

        _criteriaCount = set.Criteria.Length;
        _words = Math.Max(1, (_indicators.Length + 63) / 64);
        _groups = new RunBits([.. Enumerable.Range(0, groups.Length).Select(g => (_groupStart[g], _groupStart[g + 1]))], _criteriaCount);
        _criteriaIndicatorMask = new ulong[_words];
        for (var i = 0; i < _groupStart[_criteriaCount]; i++)
        {
            _criteriaIndicatorMask[i >> 6] |= 1UL << i;
        }
        _achieved = set.Workflow.CompileOutcomeMask(_indicators.Select(i => new OutcomeTest(i.RuleIndex, RuleOutcome.Achieved)));
        _decided = set.Workflow.CompileOutcomeMask(_achieved.Tests.Concat(_indicators.Select(i => new OutcomeTest(i.RuleIndex, RuleOutcome.NotAchieved))));

        _conditional = Enumerable.Range(0, _indicators.Length).Where(i => _indicators[i].AppliesWhen is not null).ToArray();
        if (_conditional.Length > 0)
        {
            // The conditions are compiled as a workflow of their own over the same inputs, so one record serves both.
            var workflow = new Workflow(set.Workflow.Name + " (applicability)", set.Workflow.Workflow.Inputs,
                _conditional.Select(i => new Rule(_indicators[i].Number)
                {
                    Expression = _indicators[i].AppliesWhen,
                    SourceFile = _indicators[i].Origin.File,
                    Position = _indicators[i].Origin.Position,
                    ExpressionPosition = _indicators[i].Origin.Position,
                }).ToImmutableArray())
            {
                SourceFile = set.SourceFile,
            };
            var applicability = workflow.Compile();
            _applicabilityMask = applicability.CompileOutcomeMask(applicability.TopLevelIndices.SelectMany(rule => new[]
            {
                new OutcomeTest(rule, RuleOutcome.NotAchieved),
                new OutcomeTest(rule, RuleOutcome.MissingData),
                new OutcomeTest(rule, RuleOutcome.EvaluationError),
            }));
        }

        _plans = new ContextPlans(set, _indicators, _groupStart[_criteriaCount], _words);
    }

    /// <summary>The criteria, then the preconditions.</summary>
    internal Criterion[] Groups { get; }

    /// <summary>Where each group's indicators start in indicator order, and the end of the last.</summary>
    internal ReadOnlySpan<int> GroupStarts => _groupStart;

    /// <summary>The value of the input indicator <paramref name="indicator"/> reads.</summary>
    internal Value ActualOf(InputRecord input, int indicator) => input.Get(_inputIndex[indicator]);

    /// <summary>The figures of <see cref="Evaluate"/> without the detail objects; allocates nothing.</summary>
    public SetCounts Count(InputRecord input)
    {
        Span<ulong> counted = stackalloc ulong[_words];
        _achieved.Evaluate(input, counted);
        Span<ulong> conditions = stackalloc ulong[_applicabilityMask?.WordCount ?? 0];
        _applicabilityMask?.Evaluate(input, conditions);
        return Tally(counted, conditions, _plans.For(input));
    }

    /// <summary>
    /// A report that holds the compiled masks' bits and the context plan; its per-indicator outcomes are decoded
    /// from them (<see cref="Decode"/>) only when asked for.
    /// </summary>
    public SetReport Evaluate(InputRecord input)
    {
        // One array: the achieved and not-achieved bits of the rules, then the applicability bits.
        var ruleWords = _decided.WordCount;
        var bits = new ulong[ruleWords + (_applicabilityMask?.WordCount ?? 0)];
        _decided.Evaluate(input, bits.AsSpan(0, ruleWords));
        _applicabilityMask?.Evaluate(input, bits.AsSpan(ruleWords));
        var plan = _plans.For(input);
        Span<ulong> counted = stackalloc ulong[_words];
        bits.AsSpan(0, _words).CopyTo(counted);
        if (_indicators.Length % 64 != 0)
        {
            // The last word of achieved bits also holds the first not-achieved ones.
            counted[^1] &= (1UL << _indicators.Length) - 1;
        }

        return new SetReport(_set, this, input, plan, bits, Tally(counted, bits.AsSpan(ruleWords), plan));
    }

    /// <summary>
    /// Each indicator's outcome for a report of <see cref="Evaluate"/>, in the order of the set's criteria then
    /// preconditions, as bytes (a report is built for every subject of a batch), followed by
    /// <paramref name="extra"/> free bytes.
    /// </summary>
    internal Outcome[] Decode(InputRecord input, ContextPlan plan, ulong[] bits, int extra)
    {
        var count = _indicators.Length;
        var conditions = bits.AsSpan(_decided.WordCount);
        var outcomes = new Outcome[count + extra];
        RuleOutcome[]? rules = null;
        var conditional = 0;
        for (var i = 0; i < count; i++)
        {
            if (conditional < _conditional.Length && _conditional[conditional] == i)
            {
                // Applicability comes first: an indicator that does not apply has no threshold to meet.
                var c = 3 * conditional++;
                if (Bit(conditions, c) || Bit(conditions, c + 1) || Bit(conditions, c + 2))
                {
                    outcomes[i] = Bit(conditions, c) ? Outcome.NotApplicable : Bit(conditions, c + 1) ? Outcome.MissingData : Outcome.EvaluationError;
                    continue;
                }
            }

            if (plan.Open[i] is { } open)
            {
                outcomes[i] = open;
            }
            else if (Bit(bits, i))
            {
                outcomes[i] = Outcome.Achieved;
            }
            else if (Bit(bits, count + i))
            {
                outcomes[i] = Outcome.NotAchieved;
            }
            else
            {
                outcomes[i] = MissingOrError(i, rules ??= AllOutcomes(input));
            }
        }

        return outcomes;
    }

    /// <summary>Neither achieved nor not achieved: the full workflow tells missing data from an error, rarely needed.</summary>
    private Outcome MissingOrError(int indicator, RuleOutcome[] rules) =>
        rules[_indicators[indicator].RuleIndex] == RuleOutcome.MissingData ? Outcome.MissingData : Outcome.EvaluationError;

    private RuleOutcome[] AllOutcomes(InputRecord input)
    {
        var rules = new RuleOutcome[_set.Workflow.Rules.Length];
        _set.Workflow.EvaluateOutcomes(input, rules);
        return rules;
    }

    /// <summary>The counts from the achieved bits of the rules (overwritten), the applicability bits and the plan.</summary>
    private SetCounts Tally(Span<ulong> counted, ReadOnlySpan<ulong> conditions, ContextPlan plan)
    {
        for (var w = 0; w < counted.Length; w++)
        {
            counted[w] &= plan.Settled[w];
        }

        for (var c = 0; c < _conditional.Length; c++)
        {
            // Not applicable counts as achieved; a condition missing or in error leaves the indicator unachieved.
            var i = _conditional[c];
            if (Bit(conditions, 3 * c))
            {
                counted[i >> 6] |= 1UL << i;
            }
            else if (Bit(conditions, 3 * c + 1) || Bit(conditions, 3 * c + 2))
            {
                counted[i >> 6] &= ~(1UL << i);
            }
        }

        var (criteriaAchieved, allAchieved) = _groups.Test(counted);
        var indicatorsAchieved = 0;
        for (var w = 0; w < counted.Length; w++)
        {
            indicatorsAchieved += BitOperations.PopCount(counted[w] & _criteriaIndicatorMask[w]);
        }

        return new SetCounts(criteriaAchieved, _criteriaCount, indicatorsAchieved, _groupStart[_criteriaCount], allAchieved);
    }

    private static bool Bit(ReadOnlySpan<ulong> bits, int index) => (bits[index >> 6] & (1UL << index)) != 0;
}
