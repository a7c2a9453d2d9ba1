using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Evaluates a set for one record. The set's rules and the indicators' applicability conditions are compiled as one
/// workflow, and one outcome mask reads, in one call, whether each indicator and each condition is achieved, not
/// achieved or (for a rule that can) ended in an error; the threshold table says which row applies to the subject's
/// region, group and year (worked out once per class of contexts). Each indicator's outcome is then decided in a plain
/// loop, and the report counts its figures.
/// </summary>
internal sealed class SetEvaluator
{
    // Indicators of the criteria, then of the preconditions, in official order; a group's indicators are
    // _indicators[_groupStart[g].._groupStart[g + 1]], criteria first.
    private readonly Indicator[] _indicators;
    private readonly int[] _inputIndex;

    // What an indicator with a Measure compares (a share of two counts), as its rule reads it.
    private readonly CompiledExpression?[] _measures;
    private readonly int[] _groupStart;

    private readonly CompiledWorkflow _evaluation;

    // Bits of the mask: indicator i's rule is achieved (i), not achieved (n + i); then, per indicator with an
    // AppliesWhen, its condition is achieved (_conditionBit[i]) and not achieved (_conditionBit[i] + 1); then, per
    // rule that can end in an error (a whole-number division in a revised file), whether it did (_errorBit[rule]).
    private readonly OutcomeMask _mask;
    private readonly int[] _conditionBit;
    private readonly int[] _conditionRule;
    private readonly int[] _errorBit;

    private readonly ContextPlans _plans;

    /// <summary>The set's rules and its indicators' conditions, compiled as one workflow.</summary>
    public CompiledWorkflow Evaluation => _evaluation;

    /// <summary>The inputs the indicators' measures read, even where no threshold puts a measure in its rule.</summary>
    public IEnumerable<InputDeclaration> MeasuresRead =>
        _measures.OfType<CompiledExpression>().SelectMany(m => m.InputsRead);

    public SetEvaluator(CriteriaSet set)
    {
        Set = set;
        Groups = [.. set.AllCriteria];
        _indicators = [.. Groups.SelectMany(c => c.Indicators)];
        _inputIndex = [.. _indicators.Select(i => set.Inputs.IndexOf(i.Input))];
        _groupStart = new int[Groups.Length + 1];
        for (var g = 0; g < Groups.Length; g++)
        {
            _groupStart[g + 1] = _groupStart[g] + Groups[g].Indicators.Length;
        }

        var n = _indicators.Length;
        var conditional = Enumerable.Range(0, n).Where(i => _indicators[i].AppliesWhen is not null).ToArray();
        _evaluation = CompileWithConditions(set, _indicators, conditional);
        _measures =
        [
            .. _indicators.Select(i => i.Measure is { } m ? _evaluation.CompileExpression(m, i.RuleIndex) : null),
        ];
        var conditionRules =
            conditional.Length == 0
                ? []
                : _evaluation.Rules[_evaluation.Rules.Length - conditional.Length - 1].ChildIndices;
        _conditionBit = [.. Enumerable.Repeat(-1, n)];
        _conditionRule = [.. Enumerable.Repeat(-1, n)];
        for (var c = 0; c < conditional.Length; c++)
        {
            (_conditionBit[conditional[c]], _conditionRule[conditional[c]]) = (2 * n + 2 * c, conditionRules[c]);
        }

        var canEndInError = _indicators
            .Select(i => i.RuleIndex)
            .Concat(conditionRules)
            .Where(rule => _evaluation.Rules[rule].CanEndInError)
            .Distinct()
            .ToArray();
        _errorBit = [.. Enumerable.Repeat(-1, _evaluation.Rules.Length)];
        for (var e = 0; e < canEndInError.Length; e++)
        {
            _errorBit[canEndInError[e]] = 2 * n + 2 * conditional.Length + e;
        }

        _mask = _evaluation.CompileOutcomeMask([
            .. _indicators.Select(i => new OutcomeTest(i.RuleIndex, RuleOutcome.Achieved)),
            .. _indicators.Select(i => new OutcomeTest(i.RuleIndex, RuleOutcome.NotAchieved)),
            .. conditionRules.SelectMany(rule =>
                new[] { new OutcomeTest(rule, RuleOutcome.Achieved), new OutcomeTest(rule, RuleOutcome.NotAchieved) }
            ),
            .. canEndInError.Select(rule => new OutcomeTest(rule, RuleOutcome.EvaluationError)),
        ]);
        _plans = new ContextPlans(set, _indicators);
    }

    /// <summary>The set evaluated.</summary>
    internal CriteriaSet Set { get; }

    /// <summary>The criteria, then the preconditions.</summary>
    internal Criterion[] Groups { get; }

    /// <summary>The criteria's indicators, then the preconditions', in official order: a report's positions.</summary>
    internal Indicator[] Indicators => _indicators;

    /// <summary>Where each group's indicators start in indicator order, and the end of the last.</summary>
    internal ReadOnlySpan<int> GroupStarts => _groupStart;

    /// <summary>
    /// What indicator <paramref name="indicator"/> compares: its measure, or the input it reads. A measure that is no
    /// finite number (a share of nothing, 80 * 100.0 / 0, is infinite) is undefined, as a whole number divided by zero
    /// is: IEEE arithmetic would have "≥ 70%" decide it.
    /// </summary>
    internal Value ActualOf(InputRecord input, int indicator)
    {
        if (_measures[indicator] is not { } measure)
        {
            return input.Get(_inputIndex[indicator]);
        }

        var value = measure.Evaluate(input);
        return value.Kind == ValueKind.Number && !double.IsFinite(value.Number) ? Value.Undefined : value;
    }

    /// <summary>The figures of <see cref="Evaluate"/>.</summary>
    public SetCounts Count(InputRecord input) => Evaluate(input).Counts;

    /// <summary>A report: each indicator's outcome and the thresholds of the subject's context.</summary>
    public SetReport Evaluate(InputRecord input)
    {
        Span<ulong> bits = stackalloc ulong[_mask.WordCount];
        _mask.Evaluate(input, bits);
        var plan = _plans.For(input);

        // The report adds its criteria's outcomes after the indicators'.
        var outcomes = new Outcome[_indicators.Length + Groups.Length];
        for (var i = 0; i < _indicators.Length; i++)
        {
            outcomes[i] = OutcomeOf(i, bits, plan, input);
        }

        return new SetReport(this, input, plan, outcomes);
    }

    /// <summary>
    /// One indicator's outcome. Its condition first: an indicator that does not apply has no threshold to meet. Then a
    /// measure without a value is an error. Then the threshold: an open one over an empty cell is missing data first (a
    /// district finds its gaps whatever the sources lack). Then the rule: neither achieved nor not is missing data, or
    /// an error where the rule can end in one.
    /// </summary>
    private Outcome OutcomeOf(int i, ReadOnlySpan<ulong> bits, ContextPlan plan, InputRecord input)
    {
        if (_conditionBit[i] >= 0)
        {
            if (Bit(bits, _conditionBit[i] + 1))
            {
                return Outcome.NotApplicable;
            }

            if (!Bit(bits, _conditionBit[i]))
            {
                return EndedInError(_conditionRule[i], bits) ? Outcome.EvaluationError : Outcome.MissingData;
            }
        }

        if (_measures[i] is not null && ActualOf(input, i).Kind == ValueKind.Undefined)
        {
            return Outcome.EvaluationError;
        }

        if (plan.Thresholds[i] is not { IsSet: true })
        {
            return plan.ContextMissing[i] || (_inputIndex[i] >= 0 && !ActualOf(input, i).HasValue)
                ? Outcome.MissingData
                : Outcome.ThresholdNotSet;
        }

        return Bit(bits, i) ? Outcome.Achieved
            : Bit(bits, _indicators.Length + i) ? Outcome.NotAchieved
            : EndedInError(_indicators[i].RuleIndex, bits) ? Outcome.EvaluationError
            : Outcome.MissingData;
    }

    /// <summary>Whether a rule ended in an error: only a rule that can has its bit.</summary>
    private bool EndedInError(int rule, ReadOnlySpan<ulong> bits) => _errorBit[rule] >= 0 && Bit(bits, _errorBit[rule]);

    /// <summary>
    /// A criterion's (or precondition's) outcome from its indicators': the worst. A definite failure outranks an
    /// error, an error missing data, and missing data an open threshold; a group without indicators is not encoded, and
    /// so is one the sources give only some indicators of, where those are all achieved: its others are not in them.
    /// </summary>
    internal Outcome GroupOutcomeOf(ReadOnlySpan<Outcome> outcomes, int group)
    {
        var indicators = outcomes[_groupStart[group].._groupStart[group + 1]];
        if (indicators.IsEmpty)
        {
            return Outcome.NotEncoded;
        }

        foreach (
            var worst in (ReadOnlySpan<Outcome>)
                [Outcome.NotAchieved, Outcome.EvaluationError, Outcome.MissingData, Outcome.ThresholdNotSet]
        )
        {
            foreach (var outcome in indicators)
            {
                if (outcome == worst)
                {
                    return worst;
                }
            }
        }

        return Groups[group].IsComplete ? Outcome.Achieved : Outcome.NotEncoded;
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
            Rules =
            [
                .. conditional.Select(i => new Rule(indicators[i].Number)
                {
                    Expression = indicators[i].AppliesWhen,
                    SourceFile = indicators[i].Origin.File,
                    Position = indicators[i].Origin.Position,
                    ExpressionPosition = indicators[i].Origin.Position,
                }),
            ],
        };
        var compiled = (written with { Rules = written.Rules.Add(conditions) }).Compile();
        if (compiled.Rules.Length != set.Workflow.Rules.Length + 1 + conditional.Length)
        {
            throw new InvalidOperationException(
                $"Adding the applicability conditions to '{written.Name}' moved its rules."
            );
        }

        return compiled;
    }

    private static bool Bit(ReadOnlySpan<ulong> bits, int index) => (bits[index >> 6] & (1UL << index)) != 0;
}
