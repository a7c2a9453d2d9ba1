using System.Collections.Immutable;
using Ntm.Criteria.Rules.Compilation;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// A workflow compiled to one delegate. Immutable and safe to evaluate from many threads at once: each
/// evaluation works on its own arrays.
/// </summary>
public sealed class CompiledWorkflow
{
    // The full program is only needed to evaluate every rule (a result tree, or every outcome); callers that only
    // count through outcome masks never pay for its JIT compilation.
    private readonly Lazy<WorkflowProgram> _program;
    private readonly int _captureCount;

    // Kept to compile outcome masks over the same checked expressions.
    private readonly BoundWorkflow _bound;

    internal CompiledWorkflow(
        Workflow workflow,
        InputSchema inputs,
        ImmutableArray<CompiledRule> rules,
        ImmutableArray<int> topLevel,
        int captureCount,
        Func<WorkflowProgram> program,
        BoundWorkflow bound
    )
    {
        _bound = bound;
        Workflow = workflow;
        Inputs = inputs;
        Rules = rules;
        TopLevelIndices = topLevel;
        _captureCount = captureCount;
        _program = new Lazy<WorkflowProgram>(program);
    }

    /// <summary>The workflow as written.</summary>
    public Workflow Workflow { get; }

    /// <summary>The workflow's name.</summary>
    public string Name => Workflow.Name;

    /// <summary>The declared inputs; build records for this workflow from it.</summary>
    public InputSchema Inputs { get; }

    /// <summary>
    /// The inputs the workflow's expressions read (through rules or params), in schema order: the columns a data file
    /// needs. Declared inputs no expression reads are left out.
    /// </summary>
    public ImmutableArray<InputDeclaration> InputsRead { get; init; } = [];

    /// <summary>
    /// Every enabled rule in pre-order; a rule's <see cref="CompiledRule.Index"/> is its position here.
    /// </summary>
    public ImmutableArray<CompiledRule> Rules { get; }

    /// <summary>The indices of the top-level rules.</summary>
    public ImmutableArray<int> TopLevelIndices { get; }

    /// <summary>Evaluates every rule and returns the result tree.</summary>
    /// <exception cref="ArgumentException">The record was built for a different input schema.</exception>
    public WorkflowResult Evaluate(InputRecord input)
    {
        CheckSchema(input);
        var outcomes = new RuleOutcome[Rules.Length];
        var captures = _captureCount == 0 ? [] : new Value[_captureCount];
        _program.Value(input.Numbers, input.Texts, outcomes, captures);

        var results = new RuleResult[Rules.Length];

        // Children come after their parent in pre-order, so walking backwards builds every child first.
        for (var i = Rules.Length - 1; i >= 0; i--)
        {
            var rule = Rules[i];
            var children = rule.ChildIndices.IsEmpty
                ? []
                : rule.ChildIndices.Select(c => results[c]).ToImmutableArray();
            var comparison = rule.ComparisonOperator is { } op
                ? new Comparison(captures[rule.CaptureSlot], op, captures[rule.CaptureSlot + 1])
                : null;
            results[i] = new RuleResult(rule, outcomes[i], children, comparison, input);
        }

        return new WorkflowResult(this, input, ImmutableArray.Create(results));
    }

    /// <summary>
    /// Evaluates every rule and writes only the outcomes, indexed like <see cref="Rules"/>: the fast path for
    /// counting, which allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentException">The record was built for a different schema, or the array is shorter than
    /// <see cref="Rules"/>.</exception>
    public void EvaluateOutcomes(InputRecord input, RuleOutcome[] outcomes)
    {
        CheckSchema(input);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Length < Rules.Length)
        {
            throw new ArgumentException(
                $"The outcome array holds {outcomes.Length} entries; this workflow has {Rules.Length} rules.",
                nameof(outcomes)
            );
        }

        _program.Value(input.Numbers, input.Texts, outcomes, null);
    }

    /// <summary>
    /// Compiles tests of rules' outcomes into one delegate that gives a bit per test: the fastest way to count
    /// which rules of many records reach (or miss) an outcome. Only the tested rules and their children are evaluated.
    /// </summary>
    /// <exception cref="ArgumentException">A test names a rule index outside <see cref="Rules"/> or an undefined
    /// outcome.</exception>
    public OutcomeMask CompileOutcomeMask(IEnumerable<OutcomeTest> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var list = tests.ToImmutableArray();
        foreach (var test in list)
        {
            if ((uint)test.RuleIndex >= (uint)Rules.Length || !Enum.IsDefined(test.Outcome))
            {
                throw new ArgumentException(
                    $"The test {test} names no rule of workflow '{Name}' ({Rules.Length} rules) or no outcome.",
                    nameof(tests)
                );
            }
        }

        return new OutcomeMask(this, list, WorkflowCompiler.CompileMask(_bound, list));
    }

    /// <summary>
    /// Checks an expression over the workflow's inputs and global params and compiles it to its value for a record
    /// (the delegate itself on first evaluation).
    /// </summary>
    /// <exception cref="RuleFileException">The expression is empty or too long, has no value (<c>null</c>), or does not
    /// parse or bind against the workflow's inputs and params: its one error, with the column in the expression.
    /// </exception>
    public CompiledExpression CompileExpression(string expression) => CompileExpression(expression, ruleIndex: -1);

    /// <summary>
    /// Checks an expression as rule <paramref name="ruleIndex"/> would read it (its inputs, the global params and the
    /// local params of the rule and of the rules around it) and compiles it to its value for a record: what the rule
    /// compares, to show beside its outcome.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rule index is outside <see cref="Rules"/>.</exception>
    /// <exception cref="RuleFileException">The expression is empty or too long, has no value (<c>null</c>), or does not
    /// parse or bind in the rule's scope: its one error, with the column in the expression.</exception>
    public CompiledExpression CompileExpression(string expression, int ruleIndex)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (ruleIndex < -1 || ruleIndex >= Rules.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ruleIndex),
                ruleIndex,
                $"Workflow '{Name}' has {Rules.Length} rules."
            );
        }

        var path = ruleIndex < 0 ? [Name] : Rules[ruleIndex].Path;
        RuleFileException Refused(RuleFileErrorKind kind, RuleMessage message, int? column = null) =>
            new([new RuleFileError(kind, message, Workflow.SourceFile, path, SourcePosition.None, column)]);

        // What a file writes as an expression, empty or too long, is a problem of that file, as a rule's is.
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw Refused(RuleFileErrorKind.MissingField, WorkflowMessages.Empty(WorkflowMessages.AnExpression));
        }

        var options = RuleLoadOptions.Default;
        if (expression.Length > options.MaxExpressionLength)
        {
            throw Refused(
                RuleFileErrorKind.LimitExceeded,
                WorkflowMessages.TooLong(WorkflowMessages.AnExpression, expression.Length, options.MaxExpressionLength)
            );
        }

        var scope = _bound.ParamsInScopeOf(ruleIndex);
        Bound bound;
        try
        {
            // A param's name is not used again within its scope (a load error), so each names one.
            var names = scope.ToDictionary(param => param.Name, StringComparer.Ordinal);
            bound = Binder.Bind(Parser.Parse(expression, options.MaxExpressionDepth), _bound.Schema, names);
        }
        catch (ExpressionSyntaxException e)
        {
            throw Refused(e.Error.Kind, e.Error.Message, e.Error.Position + 1);
        }

        return bound.Type == ExprType.Null
            ? throw Refused(RuleFileErrorKind.TypeMismatch, WorkflowMessages.NoValue)
            : new CompiledExpression(
                this,
                expression,
                [
                    .. bound
                        .DescendantsAndSelf()
                        .OfType<BoundInput>()
                        .Select(input => input.Index)
                        .Distinct()
                        .Order()
                        .Select(index => _bound.Schema.Declarations[index]),
                ],
                () => WorkflowCompiler.CompileValue(_bound, scope, bound)
            );
    }

    internal void CheckSchema(InputRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.Schema.Extends(Inputs))
        {
            throw new ArgumentException(
                $"The record was built for other inputs than those of workflow '{Name}'; "
                    + "build it with this workflow's Inputs, or inputs that extend them.",
                nameof(input)
            );
        }
    }
}
