using System.Collections.Immutable;
using System.Text;
using Ntm.Criteria.Rules.Compilation;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// A rule file: one RulesEngine workflow or an array of them, read and checked in full. Loading reports every
/// problem of the file at once in a <see cref="RuleFileException"/>; a file that loads compiles.
/// </summary>
public sealed class RuleFile
{
    private RuleFile(string? path, ImmutableArray<Workflow> workflows)
    {
        Path = path;
        Workflows = workflows;
    }

    /// <summary>The file's path or name as given to the loader.</summary>
    public string? Path { get; }

    /// <summary>The workflows, in file order.</summary>
    public ImmutableArray<Workflow> Workflows { get; }

    /// <summary>The workflow of the given name.</summary>
    /// <exception cref="KeyNotFoundException">The file has no workflow of that name.</exception>
    public Workflow this[string name] => Workflows.FirstOrDefault(w => w.Name == name)
        ?? throw new KeyNotFoundException($"{Path ?? "The rule file"} has no workflow named '{name}'; it has {string.Join(", ", Workflows.Select(w => w.Name))}.");

    /// <summary>Reads, checks and returns a rule file from disk.</summary>
    /// <exception cref="RuleFileException">The file cannot be read or has problems; lists all of them.</exception>
    public static RuleFile Load(string path, RuleLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= RuleLoadOptions.Default;
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RuleFileException([RuleFileError.Unreadable(path, e.Message)]);
        }

        using (stream)
        {
            return Load(stream, path, options);
        }
    }

    /// <summary>Reads, checks and returns a rule file from a stream; <paramref name="name"/> names it in errors and anchors its references.</summary>
    /// <exception cref="RuleFileException">The file has problems; lists all of them.</exception>
    public static RuleFile Load(Stream stream, string name, RuleLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= RuleLoadOptions.Default;

        // ReadText has enforced the size limit on the bytes; the text needs no second count.
        return ParseWithinLimit(ReadText(stream, name, options), name, options);
    }

    /// <summary>Checks and returns a rule file given as JSON text.</summary>
    /// <exception cref="RuleFileException">The text has problems; lists all of them.</exception>
    public static RuleFile Parse(string json, string? name = null, RuleLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= RuleLoadOptions.Default;
        if (Encoding.UTF8.GetByteCount(json) > options.MaxFileBytes)
        {
            throw Unreadable(name, ReadingMessages.LargerThan(options.MaxFileBytes));
        }

        return ParseWithinLimit(json, name, options);
    }

    private static RuleFile ParseWithinLimit(string json, string? name, RuleLoadOptions options)
    {
        var errors = new List<RuleFileError>();
        var workflows = new WorkflowJsonReader(name, options, errors).Read(json);
        foreach (var workflow in workflows.Where(w => options.IsPart?.Invoke(w) != true))
        {
            WorkflowBinder.Bind(workflow, options, errors);
        }

        if (errors.Count > 0)
        {
            // Reading and binding find problems in two passes; authors read them in file order.
            // Workflows sharing an inputs file would each report its problems; once is enough.
            throw new RuleFileException(errors
                .DistinctBy(e => (e.Kind, e.Text, e.File, e.Position, string.Join('›', e.RulePath)))
                .OrderBy(e => e.File == name ? 0 : 1)
                .ThenBy(e => e.File, StringComparer.Ordinal)
                .ThenBy(e => e.Position.Line)
                .ThenBy(e => e.Position.Column));
        }

        return new RuleFile(name, workflows);
    }

    /// <summary>Compiles every workflow of the file.</summary>
    public ImmutableArray<CompiledWorkflow> CompileAll() => Workflows.Select(w => WorkflowCompiler.Compile(w)).ToImmutableArray();

    /// <summary>Reads a whole stream as strict UTF-8 (a BOM is allowed), within the size limit.</summary>
    internal static string ReadText(Stream stream, string? name, RuleLoadOptions options)
    {
        byte[] bytes;
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > options.MaxFileBytes)
            {
                throw Unreadable(name, ReadingMessages.SizeOver(stream.Length - stream.Position, options.MaxFileBytes));
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxFileBytes)
                {
                    throw Unreadable(name, ReadingMessages.LargerThan(options.MaxFileBytes));
                }
            }

            bytes = buffer.ToArray();
        }
        catch (IOException e)
        {
            throw new RuleFileException([RuleFileError.Unreadable(name, e.Message)]);
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
            var column = offset - (bytes.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1) + 1;
            throw new RuleFileException([new RuleFileError(RuleFileErrorKind.InvalidEncoding,
                ReadingMessages.NotUtf8(bytes[offset], offset), name, [], new SourcePosition(line, column))]);
        }
    }

    private static RuleFileException Unreadable(string? name, RuleMessage message) =>
        new([new RuleFileError(RuleFileErrorKind.FileUnreadable, message, name, [], SourcePosition.None)]);
}
