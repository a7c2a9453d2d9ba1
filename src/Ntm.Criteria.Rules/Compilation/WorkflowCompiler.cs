using System.Collections.Immutable;
using System.Linq.Expressions;
using Ntm.Criteria.Rules.Expressions;
using static System.Linq.Expressions.Expression;

namespace Ntm.Criteria.Rules.Compilation;

/// <summary>
/// The one delegate a workflow compiles to: it writes every rule's outcome, and comparison sides when asked.
/// </summary>
internal delegate void WorkflowProgram(double[] numbers, string?[] texts, RuleOutcome[] outcomes, Value[]? captures);

/// <summary>
/// The delegate an <see cref="OutcomeMask"/> compiles to: one bit per test, 64 to a word, written to <paramref
/// name="words"/>.
/// </summary>
internal delegate void MaskProgram(double[] numbers, string?[] texts, ulong[] words);

/// <summary>The delegate a <see cref="CompiledExpression"/> compiles to: the expression's value for one record.</summary>
internal delegate Value ValueProgram(double[] numbers, string?[] texts);

/// <summary>Compiles a checked workflow into a single <see cref="WorkflowProgram"/>.</summary>
internal static class WorkflowCompiler
{
    public static CompiledWorkflow Compile(Workflow workflow, RuleLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var errors = new List<RuleFileError>();
        var bound =
            WorkflowBinder.Bind(workflow, options ?? RuleLoadOptions.Default, errors)
            ?? throw new RuleFileException(errors);
        return new Builder(bound).Build();
    }

    /// <summary>
    /// Compiles the tests of an <see cref="OutcomeMask"/>: only the params, the tested rules and what they need are
    /// emitted.
    /// </summary>
    public static MaskProgram CompileMask(BoundWorkflow bound, ImmutableArray<OutcomeTest> tests) =>
        new Builder(bound).BuildMask(tests);

    /// <summary>Compiles an expression bound over a workflow's inputs and the params in its scope to its value.</summary>
    public static ValueProgram CompileValue(BoundWorkflow bound, ImmutableArray<ParamSymbol> scope, Bound expression) =>
        new Builder(bound).BuildValue(scope, expression);

    private sealed class Builder(BoundWorkflow bound)
    {
        private readonly ParameterExpression _numbers = Parameter(typeof(double[]), "numbers");
        private readonly ParameterExpression _texts = Parameter(typeof(string[]), "texts");
        private readonly ParameterExpression _outcomes = Parameter(typeof(RuleOutcome[]), "outcomes");
        private readonly ParameterExpression _captures = Parameter(typeof(Value[]), "captures");
        private readonly CompiledRule[] _rules = new CompiledRule[bound.RuleCount];
        private Emitter _emitter = null!;
        private int _captureCount;

        // Set when building a mask: the rules whose full outcome the mask needs, the tests by rule, the words of bits.
        private bool[]? _needed;
        private ILookup<int, (RuleOutcome Outcome, int Bit)>? _testsOf;
        private ParameterExpression[]? _maskWords;

        public CompiledWorkflow Build()
        {
            var body = EmitWorkflow([]);
            var lambda = Lambda<WorkflowProgram>(
                Block(_emitter.Variables, body),
                _numbers,
                _texts,
                _outcomes,
                _captures
            );
            return new CompiledWorkflow(
                bound.Workflow,
                bound.Schema,
                [.. _rules],
                bound.Rules.Select(r => r.Index).ToImmutableArray(),
                _captureCount,
                lambda.Compile,
                bound
            )
            {
                InputsRead = [.. _emitter.InputsRead.Select(i => bound.Schema.Declarations[i])],
            };
        }

        public MaskProgram BuildMask(ImmutableArray<OutcomeTest> tests)
        {
            // A leaf tested for achieved or not achieved is a predicate (Emitter.EmitIs); a rule needs its full
            // outcome when it is tested for missing data or an error, when it is a tested parent, or for its parent.
            _testsOf = tests
                .Select((test, bit) => (test, bit))
                .ToLookup(t => t.test.RuleIndex, t => (t.test.Outcome, t.bit));
            _needed = new bool[bound.RuleCount];
            foreach (var rule in bound.Rules)
            {
                MarkNeeded(rule, parentNeeded: false);
            }

            _maskWords = Enumerable
                .Range(0, Math.Max(1, (tests.Length + 63) / 64))
                .Select(w => Variable(typeof(ulong), $"word{w}"))
                .ToArray();
            var words = Parameter(typeof(ulong[]), "words");
            var body = EmitWorkflow([.. _maskWords.Select(word => Assign(word, Constant(0UL)))]);
            body.AddRange(_maskWords.Select((word, w) => Assign(ArrayAccess(words, Constant(w)), word)));
            return Lambda<MaskProgram>(Block(_emitter.Variables.Concat(_maskWords), body), _numbers, _texts, words)
                .Compile();
        }

        public ValueProgram BuildValue(ImmutableArray<ParamSymbol> scope, Bound expression)
        {
            _emitter = new Emitter(_numbers, _texts);
            var body = new List<Expression>();
            foreach (var param in scope)
            {
                _emitter.DefineParam(param, body);
            }

            var value = _emitter.Emit(expression, body);
            body.Add(Call(ValueFactory(expression.Type), value.State, value.Value));
            return Lambda<ValueProgram>(Block(typeof(Value), _emitter.Variables, body), _numbers, _texts).Compile();
        }

        /// <summary>Emits the params and every rule after <paramref name="body"/>'s first statements.</summary>
        private List<Expression> EmitWorkflow(List<Expression> body)
        {
            _emitter = new Emitter(_numbers, _texts);
            foreach (var global in bound.Globals)
            {
                _emitter.DefineParam(global, body);
            }

            foreach (var rule in bound.Rules)
            {
                EmitRule(rule, body);
            }

            return body;
        }

        private void MarkNeeded(BoundRule rule, bool parentNeeded)
        {
            _needed![rule.Index] =
                parentNeeded
                || _testsOf!
                    [rule.Index]
                    .Any(t =>
                        t.Outcome is RuleOutcome.MissingData or RuleOutcome.EvaluationError || rule.Expression is null
                    );
            foreach (var child in rule.Children)
            {
                MarkNeeded(child, _needed[rule.Index]);
            }
        }

        /// <summary>Sets a test's bit from a boolean, without branching.</summary>
        private void SetBit(int bit, Expression test, List<Expression> block)
        {
            var word = _maskWords![bit / 64];
            block.Add(
                Assign(
                    word,
                    Or(word, Call(typeof(OutcomeLogic).GetMethod(nameof(OutcomeLogic.Bit))!, test, Constant(bit % 64)))
                )
            );
        }

        private ParameterExpression? EmitRule(BoundRule rule, List<Expression> block)
        {
            foreach (var local in rule.Locals)
            {
                _emitter.DefineParam(local, block);
            }

            if (_needed is { } needed && !needed[rule.Index])
            {
                if (rule.Expression is not null)
                {
                    // A rule that needs no full outcome is only tested for achieved or not achieved.
                    foreach (var (tested, bit) in _testsOf![rule.Index])
                    {
                        SetBit(bit, _emitter.EmitIs(rule.Expression, tested == RuleOutcome.Achieved, block), block);
                    }
                }

                foreach (var child in rule.Children)
                {
                    EmitRule(child, block);
                }

                return null;
            }

            var outcome = Variable(typeof(int));
            _emitter.Variables.Add(outcome);
            ComparisonOperator? comparison = null;
            var flipped = false;
            var captureSlot = -1;
            if (rule.Expression is null)
            {
                var childOutcomes = rule.Children.Select(child => (Expression)EmitRule(child, block)!).ToList();
                var combine = rule.Rule.Operator is RuleOperator.And or RuleOperator.AndAlso
                    ? typeof(OutcomeLogic).GetMethod(nameof(OutcomeLogic.And))!
                    : typeof(OutcomeLogic).GetMethod(nameof(OutcomeLogic.Or))!;
                block.Add(Assign(outcome, childOutcomes.Aggregate((left, right) => Call(combine, left, right))));
            }
            else
            {
                Operand result;
                if (
                    _needed is null
                    && rule.Expression
                        is BoundBinary { Operator: >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual } root
                )
                {
                    var left = _emitter.Emit(root.Left, block);
                    var right = _emitter.Emit(root.Right, block);
                    result = _emitter.EmitBinary(root, left, right, block);
                    flipped = ReadInputs(root.Left).Count == 0 && ReadInputs(root.Right).Count > 0;
                    comparison = ToComparison(root.Operator, flipped);
                    captureSlot = EmitCapture(root.Left.Type, flipped ? right : left, flipped ? left : right, block);
                }
                else
                {
                    result = _emitter.Emit(rule.Expression, block);
                }

                block.Add(
                    Assign(
                        outcome,
                        Condition(
                            Equal(result.State, Constant(Value.Known)),
                            Condition(
                                result.Value,
                                Constant((int)RuleOutcome.Achieved),
                                Constant((int)RuleOutcome.NotAchieved)
                            ),
                            Add(result.State, Constant(1))
                        )
                    )
                );
            }

            if (_needed is not null)
            {
                foreach (var (tested, bit) in _testsOf![rule.Index])
                {
                    SetBit(bit, Equal(outcome, Constant((int)tested)), block);
                }

                return outcome;
            }

            block.Add(Assign(ArrayAccess(_outcomes, Constant(rule.Index)), Convert(outcome, typeof(RuleOutcome))));
            var inputs = rule.Expression is null ? [] : ReadInputs(rule.Expression).Order().ToImmutableArray();
            _rules[rule.Index] = new CompiledRule(
                rule.Rule,
                rule.Index,
                rule.ParentIndex,
                rule.Path,
                rule.Children.Select(c => c.Index).ToImmutableArray(),
                inputs,
                comparison,
                flipped,
                captureSlot
            )
            {
                // Children are built first, so a parent reads theirs.
                CanEndInError = rule.Expression is null
                    ? rule.Children.Any(child => _rules[child.Index].CanEndInError)
                    : Emitter.CanBeUndefined(rule.Expression),
            };
            return outcome;
        }

        // The Value of a compiled state and CLR value of this type.
        private static System.Reflection.MethodInfo ValueFactory(ExprType type) =>
            typeof(Value).GetMethod(
                type switch
                {
                    ExprType.Number => nameof(Value.OfNumber),
                    ExprType.Integer => nameof(Value.OfInteger),
                    ExprType.Boolean => nameof(Value.OfBoolean),
                    _ => nameof(Value.OfText),
                },
                System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic
            )!;

        private int EmitCapture(ExprType type, Operand actual, Operand required, List<Expression> block)
        {
            var factory = ValueFactory(type);
            var slot = _captureCount;
            _captureCount += 2;
            block.Add(
                IfThen(
                    NotEqual(_captures, Constant(null, typeof(Value[]))),
                    Block(
                        Assign(ArrayAccess(_captures, Constant(slot)), Call(factory, actual.State, actual.Value)),
                        Assign(
                            ArrayAccess(_captures, Constant(slot + 1)),
                            Call(factory, required.State, required.Value)
                        )
                    )
                )
            );
            return slot;
        }

        private static HashSet<int> ReadInputs(Bound node) =>
            [.. node.DescendantsAndSelf().OfType<BoundInput>().Select(input => input.Index)];

        private static ComparisonOperator ToComparison(BinaryOperator op, bool flipped) =>
            (op, flipped) switch
            {
                (BinaryOperator.Equal, _) => ComparisonOperator.Equal,
                (BinaryOperator.NotEqual, _) => ComparisonOperator.NotEqual,
                (BinaryOperator.Less, false) or (BinaryOperator.Greater, true) => ComparisonOperator.Less,
                (BinaryOperator.LessOrEqual, false) or (BinaryOperator.GreaterOrEqual, true) =>
                    ComparisonOperator.LessOrEqual,
                (BinaryOperator.Greater, false) or (BinaryOperator.Less, true) => ComparisonOperator.Greater,
                _ => ComparisonOperator.GreaterOrEqual,
            };
    }
}
