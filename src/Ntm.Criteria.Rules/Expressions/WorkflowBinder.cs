using System.Collections.Immutable;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>
/// Checks a <see cref="Workflow"/> model (rules, params, inputs) and binds every expression, collecting every
/// problem rather than stopping at the first. Used by the loader and by <see cref="Workflow.Compile"/>.
/// </summary>
internal sealed class WorkflowBinder
{
    private readonly Workflow _workflow;
    private readonly RuleLoadOptions _options;
    private readonly List<RuleFileError> _errors;
    private InputSchema _schema = null!;
    private int _nextIndex;
    private int _nextParamId;
    private int _ruleCount;

    // The file of the rule being bound: a combined workflow holds rules of several files.
    private string? _file;

    private WorkflowBinder(Workflow workflow, RuleLoadOptions options, List<RuleFileError> errors)
    {
        _workflow = workflow;
        _options = options;
        _errors = errors;
        _file = workflow.SourceFile;
    }

    /// <summary>
    /// Binds the workflow, adding its problems to <paramref name="errors"/>; null when there were any.
    /// </summary>
    public static BoundWorkflow? Bind(Workflow workflow, RuleLoadOptions options, List<RuleFileError> errors)
    {
        var before = errors.Count;
        var bound = new WorkflowBinder(workflow, options, errors).BindWorkflow();
        return errors.Count == before ? bound : null;
    }

    private BoundWorkflow BindWorkflow()
    {
        ImmutableArray<string> path = [_workflow.Name.Length > 0 ? _workflow.Name : "<workflow>"];
        if (string.IsNullOrWhiteSpace(_workflow.Name))
        {
            Report(RuleFileErrorKind.MissingField, path, _workflow.Position, WorkflowMessages.NoWorkflowName);
        }

        var inputs = CheckInputs(path);

        // A workflow derived with other inputs keeps the schema it was read with; it is used only for the same inputs.
        _schema =
            _workflow.InputsFileSchema is { } shared
            && shared.Declarations == _workflow.Inputs
            && inputs.Length == shared.Count
                ? shared
                : new InputSchema(inputs);
        var scope = new Scope(
            new Dictionary<string, ParamSymbol>(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal)
        );
        var globals = BindParams(_workflow.GlobalParams, path, scope, "GlobalParams");
        // The reader reports a file's empty Rules itself, with the position of the array.
        if (_workflow.Rules.IsEmpty && !_workflow.Position.IsKnown)
        {
            Report(RuleFileErrorKind.MissingField, path, _workflow.Position, ReadingMessages.NoRules);
        }

        var rules = BindRules(_workflow.Rules, path, -1, depth: 1, scope);
        return new BoundWorkflow(_workflow, _schema, globals, rules, _nextIndex);
    }

    private ImmutableArray<InputDeclaration> CheckInputs(ImmutableArray<string> workflowPath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = ImmutableArray.CreateBuilder<InputDeclaration>();
        foreach (var input in _workflow.Inputs)
        {
            var at = input.Position;

            // A shared inputs file is reported as a file of its own, not under each workflow that reads it.
            var path = input.SourceFile is not null && input.SourceFile != _workflow.SourceFile ? [] : workflowPath;
            var problems = input.Problems();
            var declaredTwice = !problems.Any(p => p.Field == "Name") && !seen.Add(input.Name);
            if (declaredTwice)
            {
                Report(
                    RuleFileErrorKind.DuplicateName,
                    path,
                    at,
                    WorkflowMessages.InputDeclaredTwice(input.Name),
                    input.SourceFile
                );
            }

            foreach (var problem in problems)
            {
                Report(problem.Kind, path, at, problem.Message, input.SourceFile);
            }

            if (!declaredTwice && problems.IsEmpty)
            {
                valid.Add(input);
            }
        }

        return valid.ToImmutable();
    }

    private ImmutableArray<ParamSymbol> BindParams(
        ImmutableArray<ScopedParam> parameters,
        ImmutableArray<string> path,
        Scope scope,
        string listName
    )
    {
        var symbols = ImmutableArray.CreateBuilder<ParamSymbol>(parameters.Length);
        var outerFile = _file;
        foreach (var param in parameters)
        {
            _file = param.SourceFile ?? outerFile;
            if (!IsUsableName(param.Name))
            {
                Report(
                    RuleFileErrorKind.InvalidValue,
                    path,
                    param.Position,
                    WorkflowMessages.ParamNameNotUsable(listName, param.Name)
                );
                continue;
            }

            if (scope.Params.ContainsKey(param.Name))
            {
                Report(
                    RuleFileErrorKind.DuplicateName,
                    path,
                    param.Position,
                    WorkflowMessages.ParamDefinedTwice(param.Name)
                );
                continue;
            }

            if (
                BindExpression(
                    param.Expression,
                    param.ExpressionPosition,
                    path,
                    scope,
                    WorkflowMessages.Param(listName, param.Name)
                )
                is not { } value
            )
            {
                scope.Broken.Add(param.Name);
                continue;
            }

            if (value.Type == ExprType.Null)
            {
                Report(
                    RuleFileErrorKind.TypeMismatch,
                    path,
                    param.ExpressionPosition,
                    WorkflowMessages.ParamIsNull(param.Name)
                );
                scope.Broken.Add(param.Name);
                continue;
            }

            var symbol = new ParamSymbol(param.Name, value, _nextParamId++);
            scope.Params.Add(param.Name, symbol);
            symbols.Add(symbol);
        }

        _file = outerFile;
        return symbols.ToImmutable();
    }

    private ImmutableArray<BoundRule> BindRules(
        ImmutableArray<Rule> rules,
        ImmutableArray<string> parentPath,
        int parentIndex,
        int depth,
        Scope scope
    )
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bound = ImmutableArray.CreateBuilder<BoundRule>();
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            var outerFile = _file;
            _file = rule.SourceFile ?? outerFile;
            var path = parentPath.Add(string.IsNullOrWhiteSpace(rule.Name) ? $"#{i + 1}" : rule.Name);
            if (++_ruleCount == _options.MaxRules + 1)
            {
                Report(
                    RuleFileErrorKind.LimitExceeded,
                    path,
                    rule.Position,
                    WorkflowMessages.TooManyRules(_options.MaxRules)
                );
            }

            if (depth > _options.MaxRuleDepth)
            {
                Report(
                    RuleFileErrorKind.LimitExceeded,
                    path,
                    rule.Position,
                    WorkflowMessages.NestsTooDeep(_options.MaxRuleDepth)
                );
                _file = outerFile;
                continue;
            }

            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                Report(RuleFileErrorKind.MissingField, path, rule.Position, WorkflowMessages.NoRuleName);
            }
            else if (!names.Add(rule.Name))
            {
                Report(
                    RuleFileErrorKind.DuplicateName,
                    path,
                    rule.Position,
                    WorkflowMessages.DuplicateRule(parentPath[^1], rule.Name)
                );
            }

            if (BindRule(rule, path, parentIndex, depth, scope) is { } result)
            {
                bound.Add(result);
            }

            _file = outerFile;
        }

        return bound.ToImmutable();
    }

    private BoundRule? BindRule(Rule rule, ImmutableArray<string> path, int parentIndex, int depth, Scope outerScope)
    {
        // Disabled rules are still checked, so that enabling one later cannot reveal a broken file.
        var index = rule.Enabled ? _nextIndex++ : -1;
        var scope = outerScope.Inner();
        var locals = BindParams(rule.LocalParams, path, scope, "LocalParams");
        if (rule.Operator is not null)
        {
            if (!string.IsNullOrWhiteSpace(rule.Expression))
            {
                Report(
                    RuleFileErrorKind.InvalidValue,
                    path,
                    rule.ExpressionPosition,
                    WorkflowMessages.OperatorAndExpression
                );
            }

            if (rule.Rules.IsEmpty)
            {
                Report(
                    RuleFileErrorKind.MissingField,
                    path,
                    rule.Position,
                    WorkflowMessages.OperatorWithoutChildren(rule.Operator.Value)
                );
            }
            else if (rule.Rules.All(child => !child.Enabled))
            {
                Report(RuleFileErrorKind.InvalidValue, path, rule.Position, WorkflowMessages.AllChildrenDisabled);
            }

            var children = BindRules(rule.Rules, path, index, depth + 1, scope);
            return rule.Enabled
                ? new BoundRule(
                    rule,
                    index,
                    parentIndex,
                    path,
                    locals,
                    null,
                    children.Where(c => c.Rule.Enabled).ToImmutableArray()
                )
                : null;
        }

        if (!rule.Rules.IsEmpty)
        {
            Report(RuleFileErrorKind.MissingField, path, rule.Position, WorkflowMessages.ChildrenWithoutOperator);
            return null;
        }

        if (string.IsNullOrWhiteSpace(rule.Expression))
        {
            Report(
                RuleFileErrorKind.MissingField,
                path,
                rule.ExpressionPosition,
                WorkflowMessages.NeitherExpressionNorOperator
            );
            return null;
        }

        var expression = BindExpression(
            rule.Expression,
            rule.ExpressionPosition,
            path,
            scope,
            WorkflowMessages.TheExpression
        );
        if (expression is not null && expression.Type != ExprType.Boolean)
        {
            Report(
                RuleFileErrorKind.TypeMismatch,
                path,
                rule.ExpressionPosition,
                WorkflowMessages.NotBoolean(Binder.Name(expression.Type))
            );
            return null;
        }

        return rule.Enabled && expression is not null
            ? new BoundRule(rule, index, parentIndex, path, locals, expression, [])
            : null;
    }

    private Bound? BindExpression(
        string text,
        SourcePosition position,
        ImmutableArray<string> path,
        Scope scope,
        RuleMessage what
    )
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(RuleFileErrorKind.MissingField, path, position, WorkflowMessages.Empty(what));
            return null;
        }

        if (text.Length > _options.MaxExpressionLength)
        {
            Report(
                RuleFileErrorKind.LimitExceeded,
                path,
                position,
                WorkflowMessages.TooLong(what, text.Length, _options.MaxExpressionLength)
            );
            return null;
        }

        try
        {
            return Binder.Bind(Parser.Parse(text, _options.MaxExpressionDepth), _schema, scope.Params);
        }
        catch (ExpressionSyntaxException e)
        {
            // A param whose own expression failed was reported there; its uses would only repeat that as "unknown
            // name".
            if (
                e.Error.Kind == RuleFileErrorKind.UnknownName
                && scope.Broken.Contains(IdentifierAt(text, e.Error.Position))
            )
            {
                return null;
            }

            _errors.Add(new RuleFileError(e.Error.Kind, e.Error.Message, _file, path, position, e.Error.Position + 1));
            return null;
        }
    }

    private void Report(
        RuleFileErrorKind kind,
        ImmutableArray<string> path,
        SourcePosition position,
        RuleMessage message,
        string? file = null
    ) => _errors.Add(new RuleFileError(kind, message, file ?? _file, path, position));

    private static string IdentifierAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>
    /// The params in scope, and those of the same scopes whose own expression failed (already reported, so a use of
    /// one is not reported again as an unknown name).
    /// </summary>
    private sealed record Scope(Dictionary<string, ParamSymbol> Params, HashSet<string> Broken)
    {
        public Scope Inner() =>
            new(
                new Dictionary<string, ParamSymbol>(Params, StringComparer.Ordinal),
                new HashSet<string>(Broken, StringComparer.Ordinal)
            );
    }

    /// <summary>Whether an input or a parameter of this name can be read in expressions.</summary>
    internal static bool IsUsableName(string name) => IsIdentifier(name) && !Binder.Reserved.Contains(name);

    internal static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
