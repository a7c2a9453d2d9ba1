using System.Numerics;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Evaluates a set for one record. The set's rules and the indicators' applicability conditions are compiled as one
/// workflow, whose outcome masks give every bit in one delegate call; the threshold table says whether a value is set
/// for the subject's region, group and year (worked out once per class of contexts). Counting is then one mask and a
/// few word operations; a report keeps one bit plane per outcome, from which every figure is a population count.
/// </summary>
internal sealed class SetEvaluator
{
    /// <summary>The outcomes an indicator can have, in the order of a report's planes.</summary>
    internal static readonly Outcome[] PlaneOutcomes =
        [Outcome.Achieved, Outcome.NotAchieved, Outcome.MissingData, Outcome.EvaluationError, Outcome.ThresholdNotSet, Outcome.NotApplicable];

    private const int AchievedPlane = 0, NotAchievedPlane = 1, MissingPlane = 2, ErrorPlane = 3, NotSetPlane = 4, NotApplicablePlane = 5;

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
    private readonly ulong[] _indicatorMask;

    private readonly CompiledWorkflow _evaluation;

    // _count: bit i, indicator i's rule is achieved; then per condition c, bits n + 2c and n + 2c + 1: it is achieved,
    // not achieved. _report: the achieved bits, the not-achieved bits (n + i), then the conditions' pairs (2n + 2c).
    private readonly OutcomeMask _count;
    private readonly OutcomeMask _report;

    // The indicators with an AppliesWhen, and their conditions' rules in _evaluation.
    private readonly int[] _conditional;
    private readonly int[] _conditionRule;
    private readonly bool _conditionCanEndInError;

    // Bit i: indicator i's rule can end in an error, so "neither achieved nor not" may be an error, not missing data.
    private readonly ulong[] _canEndInError;

    private readonly ContextPlans _plans;

    public SetEvaluator(CriteriaSet set)
    {
        Set = set;
        var groups = set.Criteria.Concat(set.Preconditions).ToArray();
        Groups = groups;
        _indicators = groups.SelectMany(c => c.Indicators).ToArray();
        _inputIndex = _indicators.Select(i => set.Inputs.IndexOf(i.Input)).ToArray();
        _groupStart = new int[groups.Length + 1];
        for (var g = 0; g < groups.Length; g++)
        {
            _groupStart[g + 1] = _groupStart[g] + groups[g].Indicators.Length;
        }

        var n = _indicators.Length;
        _criteriaCount = set.Criteria.Length;
        _words = Math.Max(1, (n + 63) / 64);
        _groups = new RunBits([.. Enumerable.Range(0, groups.Length).Select(g => (_groupStart[g], _groupStart[g + 1]))], _criteriaCount);
        _criteriaIndicatorMask = new ulong[_words];
        _indicatorMask = new ulong[_words];
        for (var i = 0; i < n; i++)
        {
            _criteriaIndicatorMask[i >> 6] |= i < _groupStart[_criteriaCount] ? 1UL << i : 0;
            _indicatorMask[i >> 6] |= 1UL << i;
        }

        _conditional = Enumerable.Range(0, n).Where(i => _indicators[i].AppliesWhen is not null).ToArray();
        _evaluation = CompileWithConditions(set, _indicators, _conditional);
        var conditionParent = _evaluation.Rules.Length - _conditional.Length - 1;
        _conditionRule = _conditional.Length == 0 ? [] : [.. _evaluation.Rules[conditionParent].ChildIndices];
        _conditionCanEndInError = _conditionRule.Any(rule => _evaluation.Rules[rule].CanEndInError);
        _canEndInError = new ulong[_words];
        for (var i = 0; i < n; i++)
        {
            _canEndInError[i >> 6] |= _evaluation.Rules[_indicators[i].RuleIndex].CanEndInError ? 1UL << i : 0;
        }

        var achieved = _indicators.Select(i => new OutcomeTest(i.RuleIndex, RuleOutcome.Achieved)).ToArray();
        var conditions = _conditionRule.SelectMany(rule => new[] { new OutcomeTest(rule, RuleOutcome.Achieved), new OutcomeTest(rule, RuleOutcome.NotAchieved) }).ToArray();
        _count = _evaluation.CompileOutcomeMask([.. achieved, .. conditions]);
        _report = _evaluation.CompileOutcomeMask([.. achieved, .. _indicators.Select(i => new OutcomeTest(i.RuleIndex, RuleOutcome.NotAchieved)), .. conditions]);
        _plans = new ContextPlans(set, _indicators, _groupStart[_criteriaCount], _words);
    }

    /// <summary>The set evaluated.</summary>
    internal CriteriaSet Set { get; }

    /// <summary>The criteria, then the preconditions.</summary>
    internal Criterion[] Groups { get; }

    /// <summary>The criteria's indicators, then the preconditions', in official order: a report's positions.</summary>
    internal Indicator[] Indicators => _indicators;

    /// <summary>Where each group's indicators start in indicator order, and the end of the last.</summary>
    internal ReadOnlySpan<int> GroupStarts => _groupStart;

    /// <summary>How many 64-bit words a bit per indicator takes: the length of one plane of a report.</summary>
    internal int Words => _words;

    /// <summary>The value of the input indicator <paramref name="indicator"/> reads.</summary>
    internal Value ActualOf(InputRecord input, int indicator) => input.Get(_inputIndex[indicator]);

    /// <summary>The figures of <see cref="Evaluate"/> without the detail; allocates nothing.</summary>
    public SetCounts Count(InputRecord input) => _count.WordCount == 1 ? CountInOneWord(input) : CountInWords(input);

    private SetCounts CountInWords(InputRecord input)
    {
        Span<ulong> bits = stackalloc ulong[_count.WordCount];
        _count.Evaluate(input, bits);
        var settled = _plans.For(input).Settled;

        Span<ulong> notApplicable = stackalloc ulong[_words];
        Span<ulong> conditionUnknown = stackalloc ulong[_words];
        ReadConditions(bits, _indicators.Length, notApplicable, conditionUnknown);

        // The settled bits stop at the last indicator, so they also clear the conditions' bits that follow it. Not
        // applicable counts as achieved; a condition missing or in error leaves the indicator unachieved.
        Span<ulong> counted = stackalloc ulong[_words];
        for (var w = 0; w < counted.Length; w++)
        {
            counted[w] = (bits[w] & settled[w] & ~conditionUnknown[w]) | notApplicable[w];
        }

        return Tally(counted);
    }

    /// <summary>
    /// <see cref="Count"/> when the indicators and their conditions' bits fit one word, as in every shipped commune
    /// set: the same steps on one <c>ulong</c> each, kept in registers (about 4 of the 34 ns of counting the standard
    /// set over 10,000 communes, against spans of one word).
    /// </summary>
    private SetCounts CountInOneWord(InputRecord input)
    {
        Span<ulong> mask = stackalloc ulong[1];
        _count.Evaluate(input, mask);
        var bits = mask[0];
        var (notApplicable, conditionUnknown) = ReadConditions(bits, _indicators.Length);
        return Tally((bits & _plans.For(input).FirstSettledWord & ~conditionUnknown) | notApplicable);
    }

    /// <summary>A report: one bit plane per outcome (<see cref="PlaneOutcomes"/>) and the context's thresholds.</summary>
    public SetReport Evaluate(InputRecord input)
    {
        Span<ulong> bits = stackalloc ulong[_report.WordCount];
        _report.Evaluate(input, bits);
        var plan = _plans.For(input);
        var n = _indicators.Length;
        var words = _words;

        // The conditions first: an indicator that does not apply has no threshold to meet.
        Span<ulong> notApplicable = stackalloc ulong[words];
        Span<ulong> conditionUnknown = stackalloc ulong[words];
        ReadConditions(bits, 2 * n, notApplicable, conditionUnknown);

        var planes = new ulong[PlaneOutcomes.Length * words];
        Span<ulong> counted = stackalloc ulong[words];
        var missing = 0;
        var notSet = 0;
        RuleOutcome[]? rules = null;
        for (var w = 0; w < words; w++)
        {
            var achieved = WordAt(bits, 64 * w);
            var notAchieved = WordAt(bits, n + 64 * w);
            var applies = _indicatorMask[w] & ~notApplicable[w] & ~conditionUnknown[w];
            var settled = applies & plan.Settled[w];
            var neither = settled & ~achieved & ~notAchieved;

            // Neither achieved nor not is missing data, unless the rule can end in an error: only then is it looked up.
            var error = 0UL;
            for (var maybe = neither & _canEndInError[w]; maybe != 0; maybe &= maybe - 1)
            {
                var i = 64 * w + BitOperations.TrailingZeroCount(maybe);
                rules ??= AllOutcomes(input);
                error |= rules[_indicators[i].RuleIndex] == RuleOutcome.EvaluationError ? 1UL << i : 0;
            }

            var conditionError = 0UL;
            if (_conditionCanEndInError && conditionUnknown[w] != 0)
            {
                rules ??= AllOutcomes(input);
                for (var c = 0; c < _conditional.Length; c++)
                {
                    var i = _conditional[c];
                    conditionError |= i >> 6 == w && rules[_conditionRule[c]] == RuleOutcome.EvaluationError ? 1UL << i : 0;
                }
            }

            // An open threshold over an empty cell is missing data first: a district finds its gaps whatever the sources lack.
            var open = applies & ~plan.Settled[w] & ~plan.ContextMissing[w];
            var openWithoutValue = 0UL;
            for (var unset = open; unset != 0; unset &= unset - 1)
            {
                var i = 64 * w + BitOperations.TrailingZeroCount(unset);
                openWithoutValue |= _inputIndex[i] >= 0 && !input.Get(_inputIndex[i]).HasValue ? 1UL << i : 0;
            }

            planes[AchievedPlane * words + w] = settled & achieved;
            planes[NotAchievedPlane * words + w] = settled & notAchieved;
            planes[MissingPlane * words + w] = (neither & ~error) | (applies & plan.ContextMissing[w]) | (conditionUnknown[w] & ~conditionError) | openWithoutValue;
            planes[ErrorPlane * words + w] = error | conditionError;
            planes[NotSetPlane * words + w] = open & ~openWithoutValue;
            planes[NotApplicablePlane * words + w] = notApplicable[w];
            counted[w] = planes[AchievedPlane * words + w] | notApplicable[w];
            missing += BitOperations.PopCount(planes[MissingPlane * words + w] & _criteriaIndicatorMask[w]);
            notSet += BitOperations.PopCount(planes[NotSetPlane * words + w] & _criteriaIndicatorMask[w]);
        }

        return new SetReport(this, input, plan, planes, Tally(counted), missing, notSet);
    }

    /// <summary>An indicator's outcome from a report's planes.</summary>
    internal Outcome OutcomeOf(ulong[] planes, int indicator)
    {
        var w = indicator >> 6;
        var bit = 1UL << indicator;
        for (var p = 0; p < PlaneOutcomes.Length; p++)
        {
            if ((planes[p * _words + w] & bit) != 0)
            {
                return PlaneOutcomes[p];
            }
        }

        throw new InvalidOperationException($"Indicator {_indicators[indicator].Number} has no outcome: the planes are inconsistent.");
    }

    /// <summary>
    /// A criterion's (or precondition's) outcome from a report's planes: its worst indicator's. A definite failure
    /// outranks an error, an error missing data, and missing data an open threshold; a group without indicators is
    /// not encoded.
    /// </summary>
    internal Outcome GroupOutcomeOf(ulong[] planes, int group)
    {
        var (start, end) = (_groupStart[group], _groupStart[group + 1]);
        if (start == end)
        {
            return Outcome.NotEncoded;
        }

        ReadOnlySpan<int> worstFirst = [NotAchievedPlane, ErrorPlane, MissingPlane, NotSetPlane];
        foreach (var plane in worstFirst)
        {
            if (AnyInRange(planes.AsSpan(plane * _words, _words), start, end))
            {
                return PlaneOutcomes[plane];
            }
        }

        return Outcome.Achieved;
    }

    /// <summary>
    /// The set's rules with one more top-level rule, <c>AppliesWhen</c>, whose children are the indicators'
    /// conditions: one workflow, so that one mask gives both. The set's rules keep their indices.
    /// </summary>
    private static CompiledWorkflow CompileWithConditions(CriteriaSet set, Indicator[] indicators, int[] conditional)
    {
        if (conditional.Length == 0)
        {
            return set.Workflow;
        }

        var written = set.Workflow.Workflow;
        var conditions = new Rule("AppliesWhen")
        {
            Operator = RuleOperator.And,
            Position = written.Position,
            Rules = [.. conditional.Select(i => new Rule(indicators[i].Number)
            {
                Expression = indicators[i].AppliesWhen,
                SourceFile = indicators[i].Origin.File,
                Position = indicators[i].Origin.Position,
                ExpressionPosition = indicators[i].Origin.Position,
            })],
        };
        var compiled = (written with { Rules = written.Rules.Add(conditions) }).Compile();
        if (compiled.Rules.Length != set.Workflow.Rules.Length + 1 + conditional.Length)
        {
            throw new InvalidOperationException($"Adding the applicability conditions to '{written.Name}' moved its rules.");
        }

        return compiled;
    }

    /// <summary>
    /// Reads the conditions' pairs of bits (achieved, not achieved) from bit <paramref name="first"/> on: the indicators
    /// whose condition is false do not apply; those whose condition is neither have it missing or in error.
    /// </summary>
    private void ReadConditions(ReadOnlySpan<ulong> bits, int first, Span<ulong> notApplicable, Span<ulong> unknown)
    {
        for (var c = 0; c < _conditional.Length; c++)
        {
            var i = _conditional[c];
            if (Bit(bits, first + 2 * c + 1))
            {
                notApplicable[i >> 6] |= 1UL << i;
            }
            else if (!Bit(bits, first + 2 * c))
            {
                unknown[i >> 6] |= 1UL << i;
            }
        }
    }

    /// <summary>
    /// <see cref="ReadConditions(ReadOnlySpan{ulong}, int, Span{ulong}, Span{ulong})"/> on one word, without branches:
    /// the conditions' pairs of bits from <paramref name="first"/> on, decoded to the indicators' bits.
    /// </summary>
    private (ulong NotApplicable, ulong Unknown) ReadConditions(ulong bits, int first)
    {
        ulong notApplicable = 0, unknown = 0;
        var conditional = _conditional;
        for (var c = 0; c < conditional.Length; c++)
        {
            var i = conditional[c];
            var achieved = (bits >> (first + 2 * c)) & 1;
            var notAchieved = (bits >> (first + 2 * c + 1)) & 1;
            notApplicable |= notAchieved << i;
            unknown |= (~(achieved | notAchieved) & 1) << i;
        }

        return (notApplicable, unknown);
    }

    private RuleOutcome[] AllOutcomes(InputRecord input)
    {
        var rules = new RuleOutcome[_evaluation.Rules.Length];
        _evaluation.EvaluateOutcomes(input, rules);
        return rules;
    }

    /// <summary>The figures from the bits of the indicators that count as achieved.</summary>
    private SetCounts Tally(ReadOnlySpan<ulong> counted)
    {
        var (criteriaAchieved, allAchieved) = _groups.Test(counted);
        var indicatorsAchieved = 0;
        for (var w = 0; w < counted.Length; w++)
        {
            indicatorsAchieved += BitOperations.PopCount(counted[w] & _criteriaIndicatorMask[w]);
        }

        return new SetCounts(criteriaAchieved, _criteriaCount, indicatorsAchieved, _groupStart[_criteriaCount], allAchieved);
    }

    /// <summary><see cref="Tally(ReadOnlySpan{ulong})"/> of one word.</summary>
    private SetCounts Tally(ulong counted)
    {
        var (criteriaAchieved, allAchieved) = _groups.Test(counted);
        var indicatorsAchieved = BitOperations.PopCount(counted & _criteriaIndicatorMask[0]);
        return new SetCounts(criteriaAchieved, _criteriaCount, indicatorsAchieved, _groupStart[_criteriaCount], allAchieved);
    }

    /// <summary>The 64 bits from bit <paramref name="start"/> on (zeros past the end).</summary>
    private static ulong WordAt(ReadOnlySpan<ulong> bits, int start)
    {
        var (w, shift) = (start >> 6, start & 63);
        var low = bits[w] >> shift;
        return shift == 0 || w + 1 >= bits.Length ? low : low | (bits[w + 1] << (64 - shift));
    }

    private static bool AnyInRange(ReadOnlySpan<ulong> bits, int start, int end)
    {
        for (var w = start >> 6; w <= (end - 1) >> 6; w++)
        {
            var low = w == start >> 6 ? ulong.MaxValue << (start & 63) : ulong.MaxValue;
            var high = w == (end - 1) >> 6 && (end & 63) != 0 ? (1UL << (end & 63)) - 1 : ulong.MaxValue;
            if ((bits[w] & low & high) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Bit(ReadOnlySpan<ulong> bits, int index) => (bits[index >> 6] & (1UL << index)) != 0;
}
