using System.Collections.Immutable;
using System.Linq.Expressions;
using Ntm.Criteria.Rules.Expressions;
using static System.Linq.Expressions.Expression;

namespace Ntm.Criteria.Rules.Evaluation;

/// <summary>The one delegate a workflow compiles to: it writes every rule's outcome, and comparison sides when asked.</summary>
internal delegate void WorkflowProgram(double[] numbers, string?[] texts, RuleOutcome[] outcomes, Value[]? captures);

/// <summary>Compiles a checked workflow into a single <see cref="WorkflowProgram"/>.</summary>
internal static class WorkflowCompiler
{
    public static CompiledWorkflow Compile(Workflow workflow, RuleLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var errors = new List<RuleFileError>();
        var bound = WorkflowBinder.Bind(workflow, options ?? RuleLoadOptions.Default, errors)
            ?? throw new RuleFileException(errors);
        return new Builder(bound).Build();
    }

    private sealed class Builder(BoundWorkflow bound)
    {
        private readonly ParameterExpression _numbers = Parameter(typeof(double[]), "numbers");
        private readonly ParameterExpression _texts = Parameter(typeof(string[]), "texts");
        private readonly ParameterExpression _outcomes = Parameter(typeof(RuleOutcome[]), "outcomes");
        private readonly ParameterExpression _captures = Parameter(typeof(Value[]), "captures");
        private readonly CompiledRule[] _rules = new CompiledRule[bound.RuleCount];
        private Emitter _emitter = null!;
        private int _captureCount;

        public CompiledWorkflow Build()
        {
            _emitter = new Emitter(_numbers, _texts);
            var body = new List<Expression>();
            foreach (var global in bound.Globals)
            {
                _emitter.DefineParam(global, body);
            }

            foreach (var rule in bound.Rules)
            {
                EmitRule(rule, body);
            }

            var lambda = Lambda<WorkflowProgram>(Block(_emitter.Variables, body), _numbers, _texts, _outcomes, _captures);
            return new CompiledWorkflow(bound.Workflow, bound.Schema, [.. _rules], bound.Rules.Select(r => r.Index).ToImmutableArray(),
                _captureCount, lambda.Compile())
            {
                InputsRead = [.. _emitter.InputsRead.Select(i => bound.Schema.Declarations[i])],
            };
        }

        private ParameterExpression EmitRule(BoundRule rule, List<Expression> block)
        {
            foreach (var local in rule.Locals)
            {
                _emitter.DefineParam(local, block);
            }

            var outcome = Variable(typeof(int));
            _emitter.Variables.Add(outcome);
            ComparisonOperator? comparison = null;
            var flipped = false;
            var captureSlot = -1;
            if (rule.Expression is null)
            {
                var childOutcomes = rule.Children.Select(child => (Expression)EmitRule(child, block)).ToList();
                var combine = rule.Rule.Operator is RuleOperator.And or RuleOperator.AndAlso
                    ? typeof(OutcomeLogic).GetMethod(nameof(OutcomeLogic.And))!
                    : typeof(OutcomeLogic).GetMethod(nameof(OutcomeLogic.Or))!;
                block.Add(Assign(outcome, childOutcomes.Aggregate((left, right) => Call(combine, left, right))));
            }
            else
            {
                Operand result;
                if (rule.Expression is BoundBinary { Operator: >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual } root)
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

                block.Add(Assign(outcome, Condition(
                    Equal(result.State, Constant(Value.Known)),
                    Condition(result.Value, Constant((int)RuleOutcome.Achieved), Constant((int)RuleOutcome.NotAchieved)),
                    Add(result.State, Constant(1)))));
            }

            block.Add(Assign(ArrayAccess(_outcomes, Constant(rule.Index)), Convert(outcome, typeof(RuleOutcome))));
            var inputs = rule.Expression is null ? [] : ReadInputs(rule.Expression).Order().ToImmutableArray();
            _rules[rule.Index] = new CompiledRule(rule.Rule, rule.Index, rule.ParentIndex, rule.Path,
                rule.Children.Select(c => c.Index).ToImmutableArray(), inputs, comparison, flipped, captureSlot);
            return outcome;
        }

        private int EmitCapture(ExprType type, Operand actual, Operand required, List<Expression> block)
        {
            var factory = typeof(Value).GetMethod(type switch
            {
                ExprType.Number => nameof(Value.OfNumber),
                ExprType.Integer => nameof(Value.OfInteger),
                ExprType.Boolean => nameof(Value.OfBoolean),
                _ => nameof(Value.OfText),
            }, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
            var slot = _captureCount;
            _captureCount += 2;
            block.Add(IfThen(NotEqual(_captures, Constant(null, typeof(Value[]))), Block(
                Assign(ArrayAccess(_captures, Constant(slot)), Call(factory, actual.State, actual.Value)),
                Assign(ArrayAccess(_captures, Constant(slot + 1)), Call(factory, required.State, required.Value)))));
            return slot;
        }

        private static HashSet<int> ReadInputs(Bound node)
        {
            var found = new HashSet<int>();
            Collect(node, found);
            return found;

            static void Collect(Bound node, HashSet<int> found)
            {
                switch (node)
                {
                    case BoundInput input:
                        found.Add(input.Index);
                        break;
                    case BoundParam param:
                        Collect(param.Param.Value, found);
                        break;
                    case BoundUnary unary:
                        Collect(unary.Operand, found);
                        break;
                    case BoundBinary binary:
                        Collect(binary.Left, found);
                        Collect(binary.Right, found);
                        break;
                    case BoundNullTest test:
                        Collect(test.Operand, found);
                        break;
                    case BoundConditional conditional:
                        Collect(conditional.Condition, found);
                        Collect(conditional.WhenTrue, found);
                        Collect(conditional.WhenFalse, found);
                        break;
                    case BoundIn @in:
                        Collect(@in.Operand, found);
                        @in.Items.ToList().ForEach(item => Collect(item, found));
                        break;
                    case BoundCall call:
                        call.Arguments.ToList().ForEach(argument => Collect(argument, found));
                        break;
                    case BoundToNumber convert:
                        Collect(convert.Operand, found);
                        break;
                }
            }
        }

        private static ComparisonOperator ToComparison(BinaryOperator op, bool flipped) => (op, flipped) switch
        {
            (BinaryOperator.Equal, _) => ComparisonOperator.Equal,
            (BinaryOperator.NotEqual, _) => ComparisonOperator.NotEqual,
            (BinaryOperator.Less, false) or (BinaryOperator.Greater, true) => ComparisonOperator.Less,
            (BinaryOperator.LessOrEqual, false) or (BinaryOperator.GreaterOrEqual, true) => ComparisonOperator.LessOrEqual,
            (BinaryOperator.Greater, false) or (BinaryOperator.Less, true) => ComparisonOperator.Greater,
            _ => ComparisonOperator.GreaterOrEqual,
        };
    }
}
