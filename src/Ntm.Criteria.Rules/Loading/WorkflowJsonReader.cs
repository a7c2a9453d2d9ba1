using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Reads RulesEngine workflow JSON into the immutable model, checking JSON shapes and field names. Semantic
/// checks (names, operators' children, expressions) belong to <see cref="WorkflowBinder"/>, so that workflows
/// built in code get them too.
/// </summary>
internal sealed class WorkflowJsonReader(string? file, RuleLoadOptions options, List<RuleFileError> errors)
{
    // RulesEngine's own fields first; then what this engine adds where RulesEngine ignores it.
    private static readonly string[] WorkflowFields = ["WorkflowName", "GlobalParams", "Rules", "RuleExpressionType", "Inputs", "InputsFile", "Properties", "$schema"];
    private static readonly string[] RuleFields = ["RuleName", "Expression", "RuleExpressionType", "Operator", "Rules", "LocalParams", "SuccessEvent", "ErrorMessage", "Enabled", "Properties"];
    private static readonly string[] ParamFields = ["Name", "Expression"];
    private static readonly string[] InputFields = ["Name", "Type", "Unit", "Minimum", "Maximum", "Values", "ValueNames", "Labels", "Properties"];
    private static readonly string[] InputsFileFields = ["Inputs", "Properties", "$schema"];
    private static readonly string[] Unsupported = ["WorkflowsToInject", "Actions"];

    private readonly Dictionary<string, ImmutableArray<InputDeclaration>> _inputsFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    public ImmutableArray<Workflow> Read(string json)
    {
        if (Parse(json, file) is not { } root)
        {
            return [];
        }

        var workflows = ImmutableArray.CreateBuilder<Workflow>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var items = root is JArray array ? array.ToList() : [root];
        if (root is JArray { Count: 0 })
        {
            Report(RuleFileErrorKind.MissingField, [], root, ReadingMessages.EmptyArray);
        }

        foreach (var item in items)
        {
            if (item is not JObject obj)
            {
                Report(RuleFileErrorKind.WrongJsonType, [], item, ReadingMessages.WorkflowNotObject(Kind(item)));
                continue;
            }

            var workflow = ReadWorkflow(obj, allowSchema: root is JObject);
            if (workflow.Name.Length > 0 && !names.Add(workflow.Name))
            {
                Report(RuleFileErrorKind.DuplicateName, [workflow.Name], obj, ReadingMessages.DuplicateWorkflow(workflow.Name));
            }

            workflows.Add(workflow);
        }

        return workflows.ToImmutable();
    }

    private JToken? Parse(string json, string? name)
    {
        _lines[name ?? string.Empty] = json.Split('\n');
        if (string.IsNullOrWhiteSpace(json))
        {
            errors.Add(new RuleFileError(RuleFileErrorKind.MalformedJson, ReadingMessages.EmptyFile, name, [], new SourcePosition(1, 1)));
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(json))
            {
                MaxDepth = options.MaxJsonDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
            };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
            if (reader.Read())
            {
                errors.Add(new RuleFileError(RuleFileErrorKind.MalformedJson, ReadingMessages.ContentAfterEnd, name, [],
                    new SourcePosition(reader.LineNumber, reader.LinePosition)));
                return null;
            }

            return Unrepresentable(token, name) ? null : token;
        }
        catch (JsonReaderException e)
        {
            errors.Add(new RuleFileError(RuleFileErrorKind.MalformedJson, JsonMessage(e, options.MaxJsonDepth), name, [],
                new SourcePosition(Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition))));
            return null;
        }
    }

    /// <summary>
    /// Reports what the lenient reader accepts but JSON does not have (NaN, undefined, constructors), a number too
    /// large for a double (1e400 reads as infinity), and a text holding U+FFFD, the mark of a character already lost
    /// (the reader puts it for an unpaired <c>\uD800</c> escape, and editors for bytes they could not decode).
    /// </summary>
    private bool Unrepresentable(JToken root, string? name)
    {
        var tokens = root is JContainer container ? container.DescendantsAndSelf() : [root];
        foreach (var token in tokens)
        {
            (RuleFileErrorKind Kind, RuleMessage Message)? problem = token switch
            {
                JValue { Value: double number } when double.IsNaN(number) => (RuleFileErrorKind.MalformedJson, ReadingMessages.NaN),
                JValue { Value: double number } when !double.IsFinite(number) => (RuleFileErrorKind.InvalidValue, ReadingMessages.Infinite),
                JValue { Type: JTokenType.Undefined } => (RuleFileErrorKind.MalformedJson, ReadingMessages.Undefined),
                JConstructor constructor => (RuleFileErrorKind.MalformedJson, ReadingMessages.Constructor(constructor.Name)),
                JProperty { Name: var text } when text.Contains('\uFFFD', StringComparison.Ordinal) => (RuleFileErrorKind.InvalidEncoding, ReadingMessages.LostCharacter),
                JValue { Value: string text } when text.Contains('\uFFFD', StringComparison.Ordinal) => (RuleFileErrorKind.InvalidEncoding, ReadingMessages.LostCharacter),
                _ => null,
            };
            if (problem is { } found)
            {
                errors.Add(new RuleFileError(found.Kind, found.Message, name, [], PositionOf(token, name)));
                return true;
            }
        }

        return false;
    }

    private Workflow ReadWorkflow(JObject obj, bool allowSchema)
    {
        var name = ReadString(obj, "WorkflowName", []) ?? string.Empty;
        ImmutableArray<string> path = [name.Length > 0 ? name : "<workflow>"];
        CheckFields(obj, allowSchema ? WorkflowFields : WorkflowFields[..^1], path, ReadingMessages.InWorkflow);
        CheckExpressionType(obj, path);
        var inputs = ImmutableArray.CreateBuilder<InputDeclaration>();
        if (ReadString(obj, "InputsFile", path) is { } inputsFile)
        {
            inputs.AddRange(ReadInputsFile(inputsFile, obj["InputsFile"]!, path));
        }

        inputs.AddRange(ReadArray(obj, "Inputs", path).Select(i => ReadInput(i, path, file)).OfType<InputDeclaration>());
        var workflow = new Workflow(name, inputs.ToImmutable(), ReadArray(obj, "Rules", path).Select((r, i) => ReadRule(r, path, i)).OfType<Rule>().ToImmutableArray())
        {
            GlobalParams = ReadParams(obj, "GlobalParams", path),
            Properties = ReadProperties(obj, path),
            SourceFile = file,
            Position = PositionOf(obj),
        };
        if (obj["Rules"] is null or JArray { Count: 0 } && options.IsPart?.Invoke(workflow) != true)
        {
            Report(RuleFileErrorKind.MissingField, path, obj["Rules"] ?? obj, ReadingMessages.NoRules);
        }

        return workflow;
    }

    private Rule? ReadRule(JToken token, ImmutableArray<string> parentPath, int index)
    {
        if (token is not JObject obj)
        {
            Report(RuleFileErrorKind.WrongJsonType, parentPath.Add($"#{index + 1}"), token, ReadingMessages.RuleNotObject(Kind(token)));
            return null;
        }

        var name = ReadString(obj, "RuleName", parentPath)
            ?? (obj["RuleName"] is { Type: not JTokenType.Null } ? $"#{index + 1}" : string.Empty); // a RuleName of the wrong type is reported once
        var path = parentPath.Add(name.Length > 0 ? name : $"#{index + 1}");
        CheckFields(obj, RuleFields, path, ReadingMessages.InRule);
        CheckExpressionType(obj, path);
        RuleOperator? op = null;
        if (ReadString(obj, "Operator", path) is { } operatorText)
        {
            if (Enum.TryParse<RuleOperator>(operatorText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(operatorText, out _))
            {
                op = parsed;
            }
            else
            {
                Report(RuleFileErrorKind.InvalidValue, path, obj["Operator"]!, ReadingMessages.UnknownOperator(operatorText));

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
                Report(RuleFileErrorKind.WrongJsonType, path, enabledToken, ReadingMessages.EnabledNotBoolean(Kind(enabledToken)));
            }
        }

        return new Rule(name)
        {
            Expression = ReadString(obj, "Expression", path),
            ExpressionPosition = obj["Expression"] is { } expression ? PositionOf(expression) : PositionOf(obj),
            Operator = op,
            Rules = ReadArray(obj, "Rules", path).Select((r, i) => ReadRule(r, path, i)).OfType<Rule>().ToImmutableArray(),
            LocalParams = ReadParams(obj, "LocalParams", path),
            SuccessEvent = ReadString(obj, "SuccessEvent", path),
            ErrorMessage = ReadString(obj, "ErrorMessage", path),
            Enabled = enabled,
            Properties = ReadProperties(obj, path),
            Position = PositionOf(obj),
        };
    }

    private ImmutableArray<ScopedParam> ReadParams(JObject owner, string field, ImmutableArray<string> path)
    {
        var result = ImmutableArray.CreateBuilder<ScopedParam>();
        foreach (var token in ReadArray(owner, field, path))
        {
            if (token is not JObject obj)
            {
                Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.ParamNotObject(field, Kind(token)));
                continue;
            }

            CheckFields(obj, ParamFields, path, ReadingMessages.InParam(field));
            var name = ReadString(obj, "Name", path);
            if (string.IsNullOrWhiteSpace(name))
            {
                Report(RuleFileErrorKind.MissingField, path, obj, ReadingMessages.ParamWithoutName(field));
                continue;
            }

            result.Add(new ScopedParam(name, ReadString(obj, "Expression", path) ?? string.Empty)
            {
                Position = PositionOf(obj),
                ExpressionPosition = obj["Expression"] is { } expression ? PositionOf(expression) : PositionOf(obj),
            });
        }

        return result.ToImmutable();
    }

    private ImmutableArray<InputDeclaration> ReadInputsFile(string reference, JToken at, ImmutableArray<string> path)
    {
        // A rule file comes from elsewhere: it names a declarations file, never a device such as /dev/stdin, which
        // would block the load, nor a file of another kind, whose text the parse errors would echo.
        if (!reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            Report(RuleFileErrorKind.MissingReference, path, at, ReadingMessages.InputsFileNotJson(reference));
            return [];
        }

        var resolved = ResolvePath(file, reference);
        if (_inputsFiles.TryGetValue(resolved, out var cached))
        {
            return cached;
        }

        _inputsFiles[resolved] = [];
        string text;
        try
        {
            using var stream = options.OpenReferencedFile(resolved);
            if (stream is null)
            {
                Report(RuleFileErrorKind.MissingReference, path, at, ReadingMessages.InputsFileNotFound(reference, resolved));
                return [];
            }

            text = RuleFile.ReadText(stream, resolved, options);
        }
        catch (RuleFileException e)
        {
            errors.AddRange(e.Errors);
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(RuleFileErrorKind.MissingReference, path, at, ReadingMessages.InputsFileUnreadable(reference, e.Message));
            return [];
        }

        var declarations = ImmutableArray<InputDeclaration>.Empty;
        if (Parse(text, resolved) is { } root)
        {
            if (root is JObject obj)
            {
                CheckFields(obj, InputsFileFields, [], ReadingMessages.InInputsFile, resolved);
                declarations = ReadArray(obj, "Inputs", [], resolved).Select(i => ReadInput(i, [], resolved)).OfType<InputDeclaration>().ToImmutableArray();
            }
            else
            {
                errors.Add(new RuleFileError(RuleFileErrorKind.WrongJsonType, ReadingMessages.InputsFileNotObject(Kind(root)),
                    resolved, [], PositionOf(root, resolved)));
            }
        }

        _inputsFiles[resolved] = declarations;
        return declarations;
    }

    private InputDeclaration? ReadInput(JToken token, ImmutableArray<string> path, string? source)
    {
        if (token is not JObject obj)
        {
            Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.InputNotObject(Kind(token)), source);
            return null;
        }

        CheckFields(obj, InputFields, path, ReadingMessages.InInput, source);
        var name = ReadString(obj, "Name", path, source);
        if (string.IsNullOrWhiteSpace(name))
        {
            Report(RuleFileErrorKind.MissingField, path, obj, ReadingMessages.InputWithoutName, source);
            return null;
        }

        var typeText = ReadString(obj, "Type", path, source);
        var type = InputTypeWords.Named(typeText);
        if (type is null)
        {
            Report(typeText is null ? RuleFileErrorKind.MissingField : RuleFileErrorKind.InvalidValue, path, obj["Type"] ?? obj,
                typeText is null ? ReadingMessages.InputWithoutType(name) : ReadingMessages.UnknownInputType(name, typeText), source);
            return null;
        }

        return new InputDeclaration(name, type.Value)
        {
            Unit = ReadString(obj, "Unit", path, source),
            Minimum = ReadNumber(obj, "Minimum", path, source),
            Maximum = ReadNumber(obj, "Maximum", path, source),
            AllowedValues = ReadArray(obj, "Values", path, source).Select(v => ReadStringValue(v, "Values", path, source)).OfType<string>().ToImmutableArray(),
            Labels = ReadLabels(obj, path, source),
            ValueNames = ReadValueNames(obj, path, source),
            Properties = ReadProperties(obj, path, source),
            Position = PositionOf(obj, source),
            SourceFile = source,
        };
    }

    private ImmutableDictionary<string, string> ReadLabels(JObject obj, ImmutableArray<string> path, string? source)
    {
        if (obj["Labels"] is not { } token)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        if (token is not JObject labels)
        {
            Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.LabelsNotObject(Kind(token)), source);
            return ImmutableDictionary<string, string>.Empty;
        }

        return labels.Properties()
            .Select(p => (p.Name, Text: ReadStringValue(p.Value, $"Labels.{p.Name}", path, source)))
            .Where(p => p.Text is not null)
            .ToImmutableDictionary(p => p.Name, p => p.Text!, StringComparer.Ordinal);
    }

    private ImmutableDictionary<string, ImmutableArray<string>> ReadValueNames(JObject obj, ImmutableArray<string> path, string? source)
    {
        if (obj["ValueNames"] is not { } token)
        {
            return ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        }

        if (token is not JObject names)
        {
            Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.ValueNamesNotObject(Kind(token)), source);
            return ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        }

        return names.Properties().ToImmutableDictionary(p => p.Name,
            p => ReadArray(names, p.Name, path, source).Select(v => ReadStringValue(v, $"ValueNames.{p.Name}", path, source)).OfType<string>().ToImmutableArray(),
            StringComparer.Ordinal);
    }

    private ImmutableDictionary<string, JsonElement> ReadProperties(JObject obj, ImmutableArray<string> path, string? source = null)
    {
        if (obj["Properties"] is not { } token)
        {
            return ImmutableDictionary<string, JsonElement>.Empty;
        }

        if (token is not JObject properties)
        {
            Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.PropertiesNotObject(Kind(token)), source);
            return ImmutableDictionary<string, JsonElement>.Empty;
        }

        // Metadata is handed out as System.Text.Json elements, so the public API does not expose Newtonsoft types.
        return properties.Properties().ToImmutableDictionary(
            p => p.Name,
            p =>
            {
                using var document = JsonDocument.Parse(p.Value.ToString(Formatting.None), new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth + 1 });
                return document.RootElement.Clone();
            },
            StringComparer.Ordinal);
    }

    private void CheckExpressionType(JObject obj, ImmutableArray<string> path)
    {
        if (ReadString(obj, "RuleExpressionType", path) is { } type && !string.Equals(type, "LambdaExpression", StringComparison.OrdinalIgnoreCase))
        {
            Report(RuleFileErrorKind.InvalidValue, path, obj["RuleExpressionType"]!, ReadingMessages.ExpressionTypeNotSupported(type));
        }
    }

    private void CheckFields(JObject obj, string[] allowed, ImmutableArray<string> path, RuleMessage what, string? source = null)
    {
        foreach (var property in obj.Properties())
        {
            if (allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var message = Unsupported.Contains(property.Name, StringComparer.Ordinal)
                ? ReadingMessages.UnsupportedFeature(property.Name)
                : ReadingMessages.UnknownField(property.Name, what, allowed, Binder.Suggest(property.Name, allowed));
            Report(RuleFileErrorKind.UnknownField, path, property, message, source);
        }
    }

    private IEnumerable<JToken> ReadArray(JObject obj, string field, ImmutableArray<string> path, string? source = null)
    {
        var token = obj[field];
        if (token is null || token.Type == JTokenType.Null)
        {
            return [];
        }

        if (token is JArray array)
        {
            return array;
        }

        Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.NotArray(field, Kind(token)), source);
        return [];
    }

    private string? ReadString(JObject obj, string field, ImmutableArray<string> path, string? source = null) =>
        obj[field] is { Type: not JTokenType.Null } token ? ReadStringValue(token, field, path, source) : null;

    private string? ReadStringValue(JToken token, string field, ImmutableArray<string> path, string? source)
    {
        if (token.Type == JTokenType.String)
        {
            return token.Value<string>();
        }

        Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.NotText(field, Kind(token)), source);
        return null;
    }

    private double? ReadNumber(JObject obj, string field, ImmutableArray<string> path, string? source)
    {
        if (obj[field] is not { Type: not JTokenType.Null } token)
        {
            return null;
        }

        double? number = (token as JValue)?.Value switch
        {
            BigInteger big => (double)big,
            IConvertible value when token.Type is JTokenType.Integer or JTokenType.Float => value.ToDouble(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (number is not { } finite || !double.IsFinite(finite))
        {
            Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.NotFiniteNumber(field, Kind(token)), source);
            return null;
        }

        return finite;
    }

    private void Report(RuleFileErrorKind kind, ImmutableArray<string> path, JToken at, RuleMessage message, string? source = null) =>
        errors.Add(new RuleFileError(kind, message, source ?? file, path, PositionOf(at, source)));

    /// <summary>
    /// The 1-based line and column where a token starts. Newtonsoft records where a value or property name
    /// ends, so the start is found again in the source line; objects and arrays already point at their bracket.
    /// </summary>
    private SourcePosition PositionOf(JToken token, string? source = null)
    {
        if (token is not IJsonLineInfo info || !info.HasLineInfo())
        {
            return SourcePosition.None;
        }

        var lines = _lines.GetValueOrDefault(source ?? file ?? string.Empty);
        if (token is JContainer and not JProperty || lines is null || info.LineNumber > lines.Length)
        {
            return new SourcePosition(info.LineNumber, info.LinePosition);
        }

        var line = lines[info.LineNumber - 1];
        var last = Math.Min(info.LinePosition - 1, line.Length - 1);
        if (token is JProperty)
        {
            // The reader stops at the ':' after the name; step back over white space to the name's closing quote.
            last--;
            while (last > 0 && char.IsWhiteSpace(line[last]))
            {
                last--;
            }
        }

        return new SourcePosition(info.LineNumber, StartOfToken(line, last) + 1);
    }

    private static int StartOfToken(string line, int last)
    {
        if (last < 0 || last >= line.Length)
        {
            return Math.Max(0, last);
        }

        if (line[last] != '"')
        {
            var start = last;
            while (start > 0 && !char.IsWhiteSpace(line[start - 1]) && line[start - 1] is not (',' or ':' or '[' or '{'))
            {
                start--;
            }

            return start;
        }

        // The opening quote is the nearest quote before the closing one that is not escaped.
        for (var i = last - 1; i >= 0; i--)
        {
            if (line[i] != '"')
            {
                continue;
            }

            var backslashes = 0;
            while (i - backslashes - 1 >= 0 && line[i - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return i;
            }
        }

        return last;
    }

    private static RuleMessage Kind(JToken token) => token.Type switch
    {
        JTokenType.Object => ReadingMessages.AnObject,
        JTokenType.Array => ReadingMessages.AnArray,
        JTokenType.Integer or JTokenType.Float => ReadingMessages.TheNumber(token.ToString(Formatting.None)),
        JTokenType.String => ReadingMessages.TheText(token.ToString()),
        JTokenType.Boolean => ReadingMessages.Literal(token.ToString(Formatting.None)),
        JTokenType.Null => ReadingMessages.Literal("null"),
        _ => ReadingMessages.Literal(token.Type.ToString().ToLowerInvariant()),
    };

    /// <summary>Newtonsoft's message without its trailing "Path '...', line x, position y.", which the error carries as data.</summary>
    private static RuleMessage JsonMessage(JsonReaderException e, int maxDepth)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        message = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
        if (message.Contains("MaxDepth", StringComparison.Ordinal))
        {
            return ReadingMessages.NestsDeeper(maxDepth);
        }

        // "Unexpected end" reads "unexpected end" after the colon; "JSON integer" keeps its capitals.
        var lowered = message.Length > 1 && char.IsUpper(message[1]) ? message : char.ToLowerInvariant(message[0]) + message[1..];
        return ReadingMessages.MalformedJson(MessageText.ShortenNumbers(lowered));
    }

    /// <summary>Combines a reference with the referencing file's folder, with '/' separators and '..' resolved, so it also works for resource names.</summary>
    internal static string ResolvePath(string? referencingFile, string reference)
    {
        var folder = referencingFile is null ? string.Empty : System.IO.Path.GetDirectoryName(referencingFile.Replace('\\', '/')) ?? string.Empty;
        var combined = System.IO.Path.IsPathRooted(reference) ? reference : System.IO.Path.Combine(folder, reference);
        var parts = new List<string>();
        var rooted = combined.StartsWith('/');
        foreach (var part in combined.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join('/', parts);
    }
}
