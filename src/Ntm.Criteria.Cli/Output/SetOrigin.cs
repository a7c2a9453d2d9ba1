using System.Runtime.CompilerServices;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// Where a set a report applied came from: shipped with ntm (no <see cref="File"/>), or a rule file (<c>--rules</c>,
/// a path given to <c>diff</c>) with its digest, standing in place of a shipped version or not. A report says it, so
/// that whoever reads it knows whose thresholds decided, and can tell the file from another of the same name.
/// </summary>
internal sealed record SetOrigin(string? File, bool InPlaceOfShipped, string? Extends, FileDigest? Digest = null)
{
    // A report names a set's origin in several places (each commune's detail on a page): its file is read once.
    private static readonly ConditionalWeakTable<CriteriaSet, SetOrigin> Known = [];

    public static SetOrigin Of(CriteriaSet set) =>
        Known.GetValue(
            set,
            s =>
                CriteriaCatalog.Shipped.Sets.Contains(s)
                    ? new SetOrigin(null, false, null)
                    : new SetOrigin(
                        Shown(s.SourceFile ?? "?", Environment.CurrentDirectory),
                        CriteriaCatalog.Shipped.Sets.Any(v => (v.Id, v.Version) == (s.Id, s.Version)),
                        s.Extends,
                        s.SourceFile is { } file ? FileDigest.Of(file) : null
                    )
        );

    /// <summary>The file with its digest, as reports name it ("my-rules/…json (SHA-256 …)"); null for a shipped set.</summary>
    public string? Named =>
        File is null ? null
        : Digest is null ? File
        : $"{File} ({Digest})";

    /// <summary>
    /// A file below the working folder as the user named its folder (my-rules/…), one elsewhere by its full path.
    /// </summary>
    public static string Shown(string file, string workingFolder)
    {
        var relative = Path.GetRelativePath(workingFolder, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
    }

    /// <summary>
    /// A rule file's error in a language, its file named as <see cref="Shown(string, string)"/> names it; the working
    /// folder is the process's where none is given.
    /// </summary>
    public static string Shown(RuleFileError error, string language, string? workingFolder = null)
    {
        var text = error.ToString(language);
        return error.File is { } file && text.StartsWith(file, StringComparison.Ordinal)
            ? Shown(file, workingFolder ?? Environment.CurrentDirectory) + text[file.Length..]
            : text;
    }
}
