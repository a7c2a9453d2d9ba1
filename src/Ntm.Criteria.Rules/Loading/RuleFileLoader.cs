using System.Collections.Immutable;
using System.Text;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Loads rule files that share inputs files, such as the files of one catalog: each inputs file is read once, and the
/// workflows that take their inputs from it alone share one <see cref="InputSchema"/>, so a record built for one of
/// them is a record of every other. <see cref="RuleFile.Load(string, RuleLoadOptions?)"/> uses a loader of its own.
/// </summary>
public sealed class RuleFileLoader
{
    private readonly Dictionary<string, InputsFile> _inputsFiles = new(StringComparer.Ordinal);

    // Loads of one loader share what they read; they take turns rather than reading a file twice at once.
    private readonly object _lock = new();

    /// <summary>Creates a loader with the given limits and hooks (the defaults when null).</summary>
    public RuleFileLoader(RuleLoadOptions? options = null)
    {
        Options = options ?? RuleLoadOptions.Default;
    }

    /// <summary>The limits and hooks every load uses.</summary>
    public RuleLoadOptions Options { get; }

    /// <summary>Reads, checks and returns a rule file from disk.</summary>
    /// <exception cref="RuleFileException">The file cannot be read or has problems; lists all of them.</exception>
    public RuleFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RuleFileException([RuleFileError.Unreadable(path, e.Message)]);
        }

        using (stream)
        {
            return Load(stream, path);
        }
    }

    /// <summary>
    /// Reads, checks and returns a rule file from a stream; <paramref name="name"/> names it in errors and anchors its
    /// references.
    /// </summary>
    /// <exception cref="RuleFileException">The file has problems; lists all of them.</exception>
    public RuleFile Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);

        // ReadText has enforced the size limit on the bytes; the text needs no second count.
        return ParseWithinLimit(ReadText(stream, name, Options), name);
    }

    /// <summary>Checks and returns a rule file given as JSON text.</summary>
    /// <exception cref="RuleFileException">The text has problems; lists all of them.</exception>
    public RuleFile Parse(string json, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Encoding.UTF8.GetByteCount(json) > Options.MaxFileBytes)
        {
            throw Unreadable(name, ReadingMessages.LargerThan(Options.MaxFileBytes));
        }

        return ParseWithinLimit(json, name);
    }

    private RuleFile ParseWithinLimit(string json, string? name)
    {
        var errors = new List<RuleFileError>();
        ImmutableArray<Workflow> workflows;
        lock (_lock)
        {
            workflows = new WorkflowJsonReader(name, Options, _inputsFiles, errors).Read(json);
        }

        foreach (var workflow in workflows.Where(w => Options.IsPart?.Invoke(w) != true))
        {
            WorkflowBinder.Bind(workflow, Options, errors);
        }

        if (errors.Count > 0)
        {
            // Reading and binding find problems in two passes; authors read them in file order.
            // Workflows sharing an inputs file would each report its problems; once is enough.
            throw new RuleFileException(
                errors
                    .DistinctBy(e => (e.Kind, e.Text, e.File, e.Position, string.Join('›', e.RulePath)))
                    .OrderBy(e => e.File == name ? 0 : 1)
                    .ThenBy(e => e.File, StringComparer.Ordinal)
                    .ThenBy(e => e.Position.Line)
                    .ThenBy(e => e.Position.Column)
            );
        }

        return new RuleFile(name, workflows);
    }

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

        // A workbook (.xlsx) or another zip archive given as a rule file: said as what it is, not as bad text.
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            throw Unreadable(name, ReadingMessages.ZipArchive);
        }

        // UTF-16 says so in its first two bytes (Notepad saves it as "Unicode"): named, not read as bad UTF-8.
        if (
            bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        )
        {
            throw new RuleFileException([
                new RuleFileError(
                    RuleFileErrorKind.InvalidEncoding,
                    ReadingMessages.Utf16,
                    name,
                    [],
                    new SourcePosition(1, 1)
                ),
            ]);
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
            throw new RuleFileException([
                new RuleFileError(
                    RuleFileErrorKind.InvalidEncoding,
                    ReadingMessages.NotUtf8(bytes[offset], offset),
                    name,
                    [],
                    new SourcePosition(line, column)
                ),
            ]);
        }
    }

    private static RuleFileException Unreadable(string? name, RuleMessage message) =>
        new([new RuleFileError(RuleFileErrorKind.FileUnreadable, message, name, [], SourcePosition.None)]);
}
