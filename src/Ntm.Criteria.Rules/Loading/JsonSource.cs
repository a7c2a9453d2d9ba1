using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// A rule file's JSON as the readers see it: parsed leniently but checked strictly (no NaN, no lost characters), each
/// token's position in the text, and typed reads of fields that report a value of the wrong kind where it stands.
/// </summary>
internal sealed class JsonSource(string? file, RuleLoadOptions options, List<RuleFileError> errors)
{
    // Fields of RulesEngine this engine does not support: named as such rather than as unknown.
    private static readonly string[] Unsupported = ["WorkflowsToInject", "Actions"];

    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    public JToken? Parse(string json, string? name)
    {
        _lines[name ?? string.Empty] = json.Split('\n');
        if (string.IsNullOrWhiteSpace(json))
        {
            errors.Add(
                new RuleFileError(
                    RuleFileErrorKind.MalformedJson,
                    ReadingMessages.EmptyFile,
                    name,
                    [],
                    new SourcePosition(1, 1)
                )
            );
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
            var token = JToken.ReadFrom(
                reader,
                new JsonLoadSettings
                {
                    LineInfoHandling = LineInfoHandling.Load,
                    DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                    CommentHandling = CommentHandling.Ignore,
                }
            );
            if (reader.Read())
            {
                errors.Add(
                    new RuleFileError(
                        RuleFileErrorKind.MalformedJson,
                        ReadingMessages.ContentAfterEnd,
                        name,
                        [],
                        new SourcePosition(reader.LineNumber, reader.LinePosition)
                    )
                );
                return null;
            }

            return Unrepresentable(token, name) ? null : token;
        }
        catch (JsonReaderException e)
        {
            errors.Add(
                new RuleFileError(
                    RuleFileErrorKind.MalformedJson,
                    JsonMessage(e, options.MaxJsonDepth),
                    name,
                    [],
                    new SourcePosition(Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition))
                )
            );
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
                JValue { Value: double number } when double.IsNaN(number) => (
                    RuleFileErrorKind.MalformedJson,
                    ReadingMessages.NaN
                ),
                JValue { Value: double number } when !double.IsFinite(number) => (
                    RuleFileErrorKind.InvalidValue,
                    ReadingMessages.Infinite
                ),
                JValue { Type: JTokenType.Undefined } => (RuleFileErrorKind.MalformedJson, ReadingMessages.Undefined),
                JConstructor constructor => (
                    RuleFileErrorKind.MalformedJson,
                    ReadingMessages.Constructor(constructor.Name)
                ),
                JProperty { Name: var text } when text.Contains('\uFFFD', StringComparison.Ordinal) => (
                    RuleFileErrorKind.InvalidEncoding,
                    ReadingMessages.LostCharacter
                ),
                JValue { Value: string text } when text.Contains('\uFFFD', StringComparison.Ordinal) => (
                    RuleFileErrorKind.InvalidEncoding,
                    ReadingMessages.LostCharacter
                ),
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

    public void Report(
        RuleFileErrorKind kind,
        ImmutableArray<string> path,
        JToken at,
        RuleMessage message,
        string? source = null
    ) => errors.Add(new RuleFileError(kind, message, source ?? file, path, PositionOf(at, source)));

    /// <summary>
    /// The 1-based line and column where a token starts. Newtonsoft records where a value or property name
    /// ends, so the start is found again in the source line; objects and arrays already point at their bracket.
    /// </summary>
    public SourcePosition PositionOf(JToken token, string? source = null)
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
            while (
                start > 0 && !char.IsWhiteSpace(line[start - 1]) && line[start - 1] is not (',' or ':' or '[' or '{')
            )
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

    public static RuleMessage Kind(JToken token) =>
        token.Type switch
        {
            JTokenType.Object => ReadingMessages.AnObject,
            JTokenType.Array => ReadingMessages.AnArray,
            JTokenType.Integer or JTokenType.Float => ReadingMessages.TheNumber(token.ToString(Formatting.None)),
            JTokenType.String => ReadingMessages.TheText(token.ToString()),
            JTokenType.Boolean => ReadingMessages.Literal(token.ToString(Formatting.None)),
            JTokenType.Null => ReadingMessages.Literal("null"),
            _ => ReadingMessages.Literal(token.Type.ToString().ToLowerInvariant()),
        };

    /// <summary>
    /// Newtonsoft's message without its trailing "Path '...', line x, position y.", which the error carries as data.
    /// </summary>
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
        var lowered =
            message.Length > 1 && char.IsUpper(message[1]) ? message : char.ToLowerInvariant(message[0]) + message[1..];
        return ReadingMessages.MalformedJson(MessageText.ShortenNumbers(lowered));
    }

    public void CheckFields(
        JObject obj,
        string[] allowed,
        ImmutableArray<string> path,
        RuleMessage what,
        string? source = null
    )
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

    public IEnumerable<JToken> ReadArray(JObject obj, string field, ImmutableArray<string> path, string? source = null)
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

    public string? ReadString(JObject obj, string field, ImmutableArray<string> path, string? source = null) =>
        obj[field] is { Type: not JTokenType.Null } token ? ReadStringValue(token, field, path, source) : null;

    public string? ReadStringValue(JToken token, string field, ImmutableArray<string> path, string? source)
    {
        if (token.Type == JTokenType.String)
        {
            return token.Value<string>();
        }

        Report(RuleFileErrorKind.WrongJsonType, path, token, ReadingMessages.NotText(field, Kind(token)), source);
        return null;
    }

    public double? ReadNumber(JObject obj, string field, ImmutableArray<string> path, string? source)
    {
        if (obj[field] is not { Type: not JTokenType.Null } token)
        {
            return null;
        }

        double? number = (token as JValue)?.Value switch
        {
            BigInteger big => (double)big,
            IConvertible value when token.Type is JTokenType.Integer or JTokenType.Float => value.ToDouble(
                CultureInfo.InvariantCulture
            ),
            _ => null,
        };
        if (number is not { } finite || !double.IsFinite(finite))
        {
            Report(
                RuleFileErrorKind.WrongJsonType,
                path,
                token,
                ReadingMessages.NotFiniteNumber(field, Kind(token)),
                source
            );
            return null;
        }

        return finite;
    }

    public ImmutableDictionary<string, JsonElement> ReadProperties(
        JObject obj,
        ImmutableArray<string> path,
        string? source = null
    )
    {
        if (obj["Properties"] is not { } token)
        {
            return ImmutableDictionary<string, JsonElement>.Empty;
        }

        if (token is not JObject properties)
        {
            Report(
                RuleFileErrorKind.WrongJsonType,
                path,
                token,
                ReadingMessages.PropertiesNotObject(Kind(token)),
                source
            );
            return ImmutableDictionary<string, JsonElement>.Empty;
        }

        // Metadata is handed out as System.Text.Json elements, so the public API does not expose Newtonsoft types.
        return properties
            .Properties()
            .ToImmutableDictionary(
                p => p.Name,
                p =>
                {
                    using var document = JsonDocument.Parse(
                        p.Value.ToString(Formatting.None),
                        new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth + 1 }
                    );
                    return document.RootElement.Clone();
                },
                StringComparer.Ordinal
            );
    }

    /// <summary>
    /// Where each value of an object's <c>Properties</c> starts, by its path inside them ("Set.InForce.From",
    /// "Thresholds[1].Region"): the layers above report a problem in their metadata where it stands.
    /// </summary>
    public ImmutableDictionary<string, SourcePosition> PropertyPositions(JObject obj, string? source = null)
    {
        if (obj["Properties"] is not JObject properties)
        {
            return ImmutableDictionary<string, SourcePosition>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var token in properties.Descendants())
        {
            // A property is where its value is; an item of an array, where it starts.
            var (at, value) = token switch
            {
                JProperty property => (property, property.Value),
                { Parent: JArray } => (token, token),
                _ => (null, null),
            };
            if (at is not null)
            {
                builder[at.Path[properties.Path.Length..].TrimStart('.')] = PositionOf(value!, source);
            }
        }

        return builder.ToImmutable();
    }
}
