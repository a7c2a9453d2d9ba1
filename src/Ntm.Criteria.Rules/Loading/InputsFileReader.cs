using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Reads input declarations: those a workflow states in its <c>Inputs</c>, and the inputs files it names in
/// <c>InputsFile</c> (each read once by a loader, however many workflows and files name it).
/// </summary>
internal sealed class InputsFileReader(
    JsonSource json,
    string? file,
    RuleLoadOptions options,
    Dictionary<string, InputsFile> read,
    List<RuleFileError> errors
)
{
    private static readonly string[] InputFields =
    [
        "Name",
        "Type",
        "Unit",
        "Minimum",
        "Maximum",
        "Values",
        "ValueNames",
        "Labels",
        "Properties",
    ];
    private static readonly string[] InputsFileFields = ["Inputs", "Properties", "$schema"];

    /// <summary>
    /// The named inputs file; null when it cannot be read, which is reported where it is named.
    /// </summary>
    public InputsFileReference? ReadInputsFile(string reference, JToken at, ImmutableArray<string> path)
    {
        // A rule file comes from elsewhere: it names a declarations file, never a device such as /dev/stdin, which
        // would block the load, nor a file of another kind, whose text the parse errors would echo.
        if (!reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            json.Report(RuleFileErrorKind.MissingReference, path, at, ReadingMessages.InputsFileNotJson(reference));
            return null;
        }

        var resolved = ResolvePath(file, reference);
        if (read.TryGetValue(resolved, out var known))
        {
            // Every file that names a broken inputs file fails with its problems.
            errors.AddRange(known.Problems);
            return known.Reference;
        }

        string text;
        try
        {
            using var stream = options.OpenReferencedFile(resolved);
            if (stream is null)
            {
                json.Report(
                    RuleFileErrorKind.MissingReference,
                    path,
                    at,
                    ReadingMessages.InputsFileNotFound(reference, resolved)
                );
                return null;
            }

            text = RuleFileLoader.ReadText(stream, resolved, options);
        }
        catch (RuleFileException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            json.Report(
                RuleFileErrorKind.MissingReference,
                path,
                at,
                ReadingMessages.InputsFileUnreadable(reference, e.Message)
            );
            return null;
        }

        var before = errors.Count;
        var declarations = ImmutableArray<InputDeclaration>.Empty;
        if (json.Parse(text, resolved) is { } root)
        {
            if (root is JObject obj)
            {
                json.CheckFields(obj, InputsFileFields, [], ReadingMessages.InInputsFile, resolved);
                declarations = json.ReadArray(obj, "Inputs", [], resolved)
                    .Select(i => ReadInput(i, [], resolved))
                    .OfType<InputDeclaration>()
                    .ToImmutableArray();
            }
            else
            {
                errors.Add(
                    new RuleFileError(
                        RuleFileErrorKind.WrongJsonType,
                        ReadingMessages.InputsFileNotObject(JsonSource.Kind(root)),
                        resolved,
                        [],
                        json.PositionOf(root, resolved)
                    )
                );
            }
        }

        var inputsFile = new InputsFile(
            new InputsFileReference(resolved, new InputSchema(declarations)),
            [.. errors.Skip(before)]
        );
        read[resolved] = inputsFile;
        return inputsFile.Reference;
    }

    public InputDeclaration? ReadInput(JToken token, ImmutableArray<string> path, string? source)
    {
        if (token is not JObject obj)
        {
            json.Report(
                RuleFileErrorKind.WrongJsonType,
                path,
                token,
                ReadingMessages.InputNotObject(JsonSource.Kind(token)),
                source
            );
            return null;
        }

        json.CheckFields(obj, InputFields, path, ReadingMessages.InInput, source);
        var name = json.ReadString(obj, "Name", path, source);
        if (string.IsNullOrWhiteSpace(name))
        {
            json.Report(RuleFileErrorKind.MissingField, path, obj, ReadingMessages.InputWithoutName, source);
            return null;
        }

        var typeText = json.ReadString(obj, "Type", path, source);
        var type = InputTypeWords.Named(typeText);
        if (type is null)
        {
            json.Report(
                typeText is null ? RuleFileErrorKind.MissingField : RuleFileErrorKind.InvalidValue,
                path,
                obj["Type"] ?? obj,
                typeText is null
                    ? ReadingMessages.InputWithoutType(name)
                    : ReadingMessages.UnknownInputType(name, typeText),
                source
            );
            return null;
        }

        return new InputDeclaration(name, type.Value)
        {
            Unit = json.ReadString(obj, "Unit", path, source),
            Minimum = json.ReadNumber(obj, "Minimum", path, source),
            Maximum = json.ReadNumber(obj, "Maximum", path, source),
            AllowedValues = json.ReadArray(obj, "Values", path, source)
                .Select(v => json.ReadStringValue(v, "Values", path, source))
                .OfType<string>()
                .ToImmutableArray(),
            Labels = ReadLabels(obj, path, source),
            ValueNames = ReadValueNames(obj, path, source),
            Properties = json.ReadProperties(obj, path, source),
            Position = json.PositionOf(obj, source),
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
            json.Report(
                RuleFileErrorKind.WrongJsonType,
                path,
                token,
                ReadingMessages.LabelsNotObject(JsonSource.Kind(token)),
                source
            );
            return ImmutableDictionary<string, string>.Empty;
        }

        return labels
            .Properties()
            .Select(p => (p.Name, Text: json.ReadStringValue(p.Value, $"Labels.{p.Name}", path, source)))
            .Where(p => p.Text is not null)
            .ToImmutableDictionary(p => p.Name, p => p.Text!, StringComparer.Ordinal);
    }

    private ImmutableDictionary<string, ImmutableArray<string>> ReadValueNames(
        JObject obj,
        ImmutableArray<string> path,
        string? source
    )
    {
        if (obj["ValueNames"] is not { } token)
        {
            return ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        }

        if (token is not JObject names)
        {
            json.Report(
                RuleFileErrorKind.WrongJsonType,
                path,
                token,
                ReadingMessages.ValueNamesNotObject(JsonSource.Kind(token)),
                source
            );
            return ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        }

        return names
            .Properties()
            .ToImmutableDictionary(
                p => p.Name,
                p =>
                    json.ReadArray(names, p.Name, path, source)
                        .Select(v => json.ReadStringValue(v, $"ValueNames.{p.Name}", path, source))
                        .OfType<string>()
                        .ToImmutableArray(),
                StringComparer.Ordinal
            );
    }

    /// <summary>
    /// Combines a reference with the referencing file's folder, with '/' separators and '..' resolved, so it also works
    /// for resource names.
    /// </summary>
    internal static string ResolvePath(string? referencingFile, string reference)
    {
        var folder = referencingFile is null
            ? string.Empty
            : System.IO.Path.GetDirectoryName(referencingFile.Replace('\\', '/')) ?? string.Empty;
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
