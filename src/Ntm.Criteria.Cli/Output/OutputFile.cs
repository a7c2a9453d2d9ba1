using System.Text;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// A file a command writes (<c>--out</c>): written to a temporary file beside it and moved into place only when
/// complete, so that a run that fails, is cancelled or meets a full disk leaves the earlier file as it was, and two
/// runs on one file never mix. It is never one of the command's input files.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly bool _direct;
    private readonly Texts _texts;
    private TextWriter? _text;
    private Stream? _stream;
    private bool _committed;

    private OutputFile(string option, string target, Texts texts)
    {
        Option = option;
        Target = target;
        _texts = texts;
        var full = Path.GetFullPath(target);

        // A device or a process's stream (/dev/stdout, /dev/null) is written as it is: a file moved over it would
        // replace the device.
        _direct =
            full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
        TemporaryPath = _direct
            ? full
            : Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>The option that names the file (<c>--out</c>, <c>--template</c>), for messages.</summary>
    public string Option { get; }

    /// <summary>The file the command names.</summary>
    public string Target { get; }

    /// <summary>Where the content is written until <see cref="Commit"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>
    /// Whether a file of a kind a program opens by its name (an .xlsx workbook) may be written at
    /// <paramref name="target"/>: it ends in one of <paramref name="extensions"/>, or is a folder, which
    /// <see cref="Create"/> refuses as such.
    /// </summary>
    public static bool MayBeNamed(string target, params string[] extensions) =>
        Directory.Exists(target) || extensions.Contains(Path.GetExtension(target), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Prepares writing <paramref name="target"/>, which <paramref name="option"/> names; refuses a target that is one
    /// of <paramref name="inputs"/> or a link to one, and for a report (<paramref name="report"/>) one that holds data
    /// (<see cref="ReportFormats.KeepDataFile"/>).
    /// </summary>
    /// <exception cref="CliUsageException">The target is an input, a folder, in a folder that does not exist, or data
    /// a report would replace.</exception>
    public static OutputFile Create(
        string option,
        string target,
        IEnumerable<string> inputs,
        Texts texts,
        bool report = false
    )
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Directory.Exists(target))
        {
            throw new CliUsageException(texts.OutIsFolder(option, target));
        }

        // A folder mistyped is said as such, rather than created: the report would go where no one looks for it.
        if (Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
        {
            var typed = Path.GetDirectoryName(target)!;
            throw new CliUsageException(texts.OutFolderMissing(option, target, typed, CliApp.FolderMeant(typed)));
        }

        var resolved = Resolve(target);
        if (inputs.FirstOrDefault(input => Resolve(input) == resolved) is { } same)
        {
            throw new CliUsageException(
                texts.OutIsInput(target, same, throughLink: Path.GetFullPath(same) != Path.GetFullPath(target))
            );
        }

        if (report)
        {
            ReportFormats.KeepDataFile(target, texts);
        }

        return new OutputFile(option, target, texts);
    }

    /// <summary>
    /// Writes a whole text file, never one of <paramref name="inputs"/>, moved into place once written.
    /// </summary>
    /// <exception cref="CliUsageException">The target is an input or a folder, or cannot be written.</exception>
    public static void WriteAllText(
        string option,
        string target,
        string text,
        Texts texts,
        IEnumerable<string> inputs,
        bool byteOrderMark = false
    )
    {
        using var output = Create(option, target, inputs, texts);
        var writer = output.CreateText(byteOrderMark);
        output.Guard(() => writer.Write(text));
        output.Commit();
    }

    /// <summary>
    /// Writes a report of text to the file <c>--out</c> names (never one of <paramref name="inputs"/>, nor data unless
    /// <paramref name="force"/>), moved into place once written and said on standard error, or, without one, to
    /// standard output.
    /// </summary>
    /// <exception cref="CliUsageException">The target is an input, a folder or data, or cannot be written.</exception>
    public static void WriteReport(
        string? outPath,
        IEnumerable<string> inputs,
        bool force,
        CliConsole console,
        Texts texts,
        Action<TextWriter> write
    )
    {
        if (outPath is null)
        {
            write(console.Out);
            return;
        }

        using var output = Create("--out", outPath, inputs, texts, report: !force);
        var writer = output.CreateText(byteOrderMark: false);
        output.Guard(() => write(writer));
        output.Commit();
        console.Error.WriteLine(texts.ReportWritten(output.Target));
    }

    /// <summary>
    /// A text writer on the temporary file: UTF-8, with a byte order mark where asked (Excel needs one for CSV).
    /// </summary>
    public TextWriter CreateText(bool byteOrderMark)
    {
        _text = Guard(() => new StreamWriter(TemporaryPath, append: false, new UTF8Encoding(byteOrderMark)));
        return _text;
    }

    /// <summary>A stream on the temporary file, for a binary format (a workbook).</summary>
    public Stream CreateStream()
    {
        _stream = Guard(() => new FileStream(TemporaryPath, FileMode.Create, FileAccess.Write));
        return _stream;
    }

    /// <summary>Moves the complete file into place, replacing an earlier one.</summary>
    /// <exception cref="CliUsageException">The file cannot be written (a full disk, a folder without write
    /// access).</exception>
    public void Commit()
    {
        Guard(() =>
        {
            _text?.Dispose();
            _stream?.Dispose();
            if (!_direct)
            {
                File.Move(TemporaryPath, Target, overwrite: true);
            }
        });
        _committed = true;
    }

    /// <summary>Removes the temporary file of a run that did not complete.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            _text?.Dispose();
            _stream?.Dispose();
        }
        catch (IOException)
        {
            // A full disk fails the last flush too; the file is removed all the same.
        }

        try
        {
            if (!_direct)
            {
                File.Delete(TemporaryPath);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The error that stopped the run is the one to tell; a temporary file left behind is named by its dot.
        }
    }

    /// <summary>Runs a step of writing, turning a failure of the file system into a message naming the file.</summary>
    public void Guard(Action step) =>
        Guard<object?>(() =>
        {
            step();
            return null;
        });

    /// <summary>
    /// Runs a step of writing that gives a result, turning a failure of the file system into a message naming the file.
    /// </summary>
    public T Guard<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliUsageException(
                _texts.CannotWrite(Option, Target, e.Message, fileUnchanged: File.Exists(Target))
            );
        }
    }

    // The file a path names after following links, so that a link to the input is recognised as the input.
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var directory =
                Path.GetDirectoryName(full) is { } folder && Directory.Exists(folder)
                    ? new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder
                    : Path.GetDirectoryName(full);
            var file = directory is null ? full : Path.Combine(directory, Path.GetFileName(full));
            return File.Exists(file)
                ? new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file
                : file;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
