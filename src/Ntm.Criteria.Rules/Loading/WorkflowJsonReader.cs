using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Reads RulesEngine workflow JSON into the immutable model, checking JSON shapes and field names. Semantic
/// checks (names, operators' children, expressions) belong to <see cref="WorkflowBinder"/>, so that workflows
/// built in code get them too.
/// </summary>
internal sealed class WorkflowJsonReader
{
    // RulesEngine's own fields first; then what this engine adds where RulesEngine ignores it.
    private static readonly string[] WorkflowFields =
    [
        "WorkflowName",
        "GlobalParams",
        "Rules",
        "RuleExpressionType",
        "Inputs",
        "InputsFile",
        "Properties",
        "$schema",
    ];

    // The fields that make an object a workflow ($schema names a file's schema, whatever the file).
    private static readonly string[] OwnFields = WorkflowFields[..^1];
    private static readonly string[] RuleFields =
    [
        "RuleName",
        "Expression",
        "RuleExpressionType",
        "Operator",
        "Rules",
        "LocalParams",
        "SuccessEvent",
        "ErrorMessage",
        "Enabled",
        "Properties",
    ];
    private static readonly string[] ParamFields = ["Name", "Expression"];

    private readonly string? _file;
    private readonly RuleLoadOptions _options;
    private readonly JsonSource _json;
    private readonly InputsFileReader _inputs;

    public WorkflowJsonReader(
        string? file,
        RuleLoadOptions options,
        Dictionary<string, InputsFile> inputsFiles,
        List<RuleFileError> errors
    )
    {
        _file = file;
        _options = options;
        _json = new JsonSource(file, options, errors);
        _inputs = new InputsFileReader(_json, file, options, inputsFiles, errors);
    }

    public ImmutableArray<Workflow> Read(string json)
    {
        if (_json.Parse(json, _file) is not { } root)
        {
            return [];
        }

        var workflows = ImmutableArray.CreateBuilder<Workflow>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var items = root is JArray array ? array.ToList() : [root];
        if (root is JArray { Count: 0 })
        {
            _json.Report(RuleFileErrorKind.MissingField, [], root, ReadingMessages.EmptyArray);
        }

        foreach (var item in items)
        {
            if (item is not JObject obj)
            {
                _json.Report(
                    RuleFileErrorKind.WrongJsonType,
                    [],
                    item,
                    ReadingMessages.WorkflowNotObject(JsonSource.Kind(item))
                );
                continue;
            }

            // An object none of whose fields a workflow has is another kind of file (a data file, a settings file): said
            // once, not as a workflow lacking each of its fields.
            if (obj.Properties().Any() && !obj.Properties().Any(p => OwnFields.Contains(p.Name)))
            {
                _json.Report(
                    RuleFileErrorKind.MissingField,
                    [],
                    obj,
                    ReadingMessages.NotAWorkflow([.. obj.Properties().Select(p => p.Name)], OwnFields)
                );
                continue;
            }

            var workflow = ReadWorkflow(obj, allowSchema: root is JObject);
            if (workflow.Name.Length > 0 && !names.Add(workflow.Name))
            {
                _json.Report(
                    RuleFileErrorKind.DuplicateName,
                    [workflow.Name],
                    obj,
                    ReadingMessages.DuplicateWorkflow(workflow.Name)
                );
            }

            workflows.Add(workflow);
        }

        return workflows.ToImmutable();
    }

    private Workflow ReadWorkflow(JObject obj, bool allowSchema)
    {
        var name = _json.ReadString(obj, "WorkflowName", []) ?? string.Empty;
        ImmutableArray<string> path = [name.Length > 0 ? name : "<workflow>"];
        _json.CheckFields(obj, allowSchema ? WorkflowFields : WorkflowFields[..^1], path, ReadingMessages.InWorkflow);
        CheckExpressionType(obj, path);
        var fromFile = _json.ReadString(obj, "InputsFile", path) is { } inputsFile
            ? _inputs.ReadInputsFile(inputsFile, obj["InputsFile"]!, path)
            : null;
        var stated = _json
            .ReadArray(obj, "Inputs", path)
            .Select(i => _inputs.ReadInput(i, path, _file))
            .OfType<InputDeclaration>()
            .ToImmutableArray();

        // Workflows that take their inputs from one file alone share its schema.
        var inputs =
            stated.IsEmpty && fromFile is not null
                ? fromFile.Inputs.Declarations
                : [.. fromFile?.Inputs.Declarations ?? [], .. stated];
        var workflow = new Workflow(
            name,
            inputs,
            _json.ReadArray(obj, "Rules", path).Select((r, i) => ReadRule(r, path, i)).OfType<Rule>().ToImmutableArray()
        )
        {
            InputsFile = fromFile,
            InputsFileSchema = stated.IsEmpty ? fromFile?.Inputs : null,
            GlobalParams = ReadParams(obj, "GlobalParams", path),
            Properties = _json.ReadProperties(obj, path),
            PropertyPositions = _json.PropertyPositions(obj),
            SourceFile = _file,
            Position = _json.PositionOf(obj),
        };
        if (obj["Rules"] is null or JArray { Count: 0 } && _options.IsPart?.Invoke(workflow) != true)
        {
            _json.Report(RuleFileErrorKind.MissingField, path, obj["Rules"] ?? obj, ReadingMessages.NoRules);
        }

        return workflow;
    }

    private Rule? ReadRule(JToken token, ImmutableArray<string> parentPath, int index)
    {
        if (token is not JObject obj)
        {
            _json.Report(
                RuleFileErrorKind.WrongJsonType,
                parentPath.Add($"#{index + 1}"),
                token,
                ReadingMessages.RuleNotObject(JsonSource.Kind(token))
            );
            return null;
        }

        // A RuleName of the wrong type is reported once, by ReadString.
        var name =
            _json.ReadString(obj, "RuleName", parentPath)
            ?? (obj["RuleName"] is { Type: not JTokenType.Null } ? $"#{index + 1}" : string.Empty);
        var path = parentPath.Add(name.Length > 0 ? name : $"#{index + 1}");
        _json.CheckFields(obj, RuleFields, path, ReadingMessages.InRule);
        CheckExpressionType(obj, path);
        RuleOperator? op = null;
        if (_json.ReadString(obj, "Operator", path) is { } operatorText)
        {
            if (
                Enum.TryParse<RuleOperator>(operatorText, ignoreCase: true, out var parsed)
                && Enum.IsDefined(parsed)
                && !int.TryParse(operatorText, out _)
            )
            {
                op = parsed;
            }
            else
            {
                _json.Report(
                    RuleFileErrorKind.InvalidValue,
                    path,
                    obj["Operator"]!,
                    ReadingMessages.UnknownOperator(operatorText)
                );

                // Read on as a parent, so that the children are still checked and no second error repeats this one.
                op = RuleOperator.And;
            }
        }

        var enabled = true;
        if (obj["Enabled"] is { } enabledToken)
        {
            if (enabledToken.Type == JTokenType.Boolean)
            {
                enabled = enabledToken.Value<bool>();
            }
            else
            {
                _json.Report(
                    RuleFileErrorKind.WrongJsonType,
                    path,
                    enabledToken,
                    ReadingMessages.EnabledNotBoolean(JsonSource.Kind(enabledToken))
                );
            }
        }

        return new Rule(name)
        {
            Expression = _json.ReadString(obj, "Expression", path),
            ExpressionPosition = obj["Expression"] is { } expression
                ? _json.PositionOf(expression)
                : _json.PositionOf(obj),
            Operator = op,
            Rules = _json
                .ReadArray(obj, "Rules", path)
                .Select((r, i) => ReadRule(r, path, i))
                .OfType<Rule>()
                .ToImmutableArray(),
            LocalParams = ReadParams(obj, "LocalParams", path),
            SuccessEvent = _json.ReadString(obj, "SuccessEvent", path),
            ErrorMessage = _json.ReadString(obj, "ErrorMessage", path),
            Enabled = enabled,
            Properties = _json.ReadProperties(obj, path),
            PropertyPositions = _json.PropertyPositions(obj),
            Position = _json.PositionOf(obj),
        };
    }

    private ImmutableArray<ScopedParam> ReadParams(JObject owner, string field, ImmutableArray<string> path)
    {
        var result = ImmutableArray.CreateBuilder<ScopedParam>();
        foreach (var token in _json.ReadArray(owner, field, path))
        {
            if (token is not JObject obj)
            {
                _json.Report(
                    RuleFileErrorKind.WrongJsonType,
                    path,
                    token,
                    ReadingMessages.ParamNotObject(field, JsonSource.Kind(token))
                );
                continue;
            }

            _json.CheckFields(obj, ParamFields, path, ReadingMessages.InParam(field));
            var name = _json.ReadString(obj, "Name", path);
            if (string.IsNullOrWhiteSpace(name))
            {
                _json.Report(RuleFileErrorKind.MissingField, path, obj, ReadingMessages.ParamWithoutName(field));
                continue;
            }

            result.Add(
                new ScopedParam(name, _json.ReadString(obj, "Expression", path) ?? string.Empty)
                {
                    Position = _json.PositionOf(obj),
                    ExpressionPosition = obj["Expression"] is { } expression
                        ? _json.PositionOf(expression)
                        : _json.PositionOf(obj),
                }
            );
        }

        return result.ToImmutable();
    }

    private void CheckExpressionType(JObject obj, ImmutableArray<string> path)
    {
        if (
            _json.ReadString(obj, "RuleExpressionType", path) is { } type
            && !string.Equals(type, "LambdaExpression", StringComparison.OrdinalIgnoreCase)
        )
        {
            _json.Report(
                RuleFileErrorKind.InvalidValue,
                path,
                obj["RuleExpressionType"]!,
                ReadingMessages.ExpressionTypeNotSupported(type)
            );
        }
    }
}
