using System.Collections.Immutable;
using System.Reflection;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// The criteria sets available to an application: the shipped national sets, and any loaded from files. Every
/// version of a set is kept; lookups by date pick the version in force. Immutable and thread-safe.
/// </summary>
public sealed class CriteriaCatalog
{
    private const string ResourcePrefix = "rules/";
    private static readonly Lazy<CriteriaCatalog> LazyShipped = new(LoadEmbedded);

    private CriteriaCatalog(ImmutableArray<CriteriaSet> sets)
    {
        Sets = sets;
    }

    /// <summary>The sets shipped in this assembly, loaded and compiled once.</summary>
    public static CriteriaCatalog Shipped => LazyShipped.Value;

    /// <summary>Every version of every set, ordered by id, then by the day it comes into force.</summary>
    public ImmutableArray<CriteriaSet> Sets { get; }

    /// <summary>The distinct set ids.</summary>
    public IEnumerable<string> Ids => Sets.Select(s => s.Id).Distinct();

    /// <summary>The latest version of a set.</summary>
    /// <exception cref="KeyNotFoundException">No set has that id; the message lists the ids there are.</exception>
    public CriteriaSet Get(string id) => Versions(id)[^1];

    /// <summary>The version of a set in force on a date.</summary>
    /// <exception cref="KeyNotFoundException">No set has that id, or no version covers the date; the message lists the covered ranges.</exception>
    public CriteriaSet Get(string id, DateOnly asOf)
    {
        var versions = Versions(id);
        return versions.LastOrDefault(v => v.IsInForceOn(asOf))
            ?? throw new KeyNotFoundException($"No version of {id} is in force on {asOf:yyyy-MM-dd}; its versions cover "
                + string.Join(", ", versions.Select(v => $"{v.InForceFrom:yyyy-MM-dd} to {(v.InForceTo is { } to ? to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "now")}")) + ".");
    }

    /// <summary>Every version of a set, oldest first.</summary>
    /// <exception cref="KeyNotFoundException">No set has that id.</exception>
    public IReadOnlyList<CriteriaSet> Versions(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var versions = Sets.Where(s => s.Id == id).ToList();
        return versions.Count > 0
            ? versions
            : throw new KeyNotFoundException($"No criteria set has the id '{id}'; the catalog has {string.Join(", ", Ids)}.");
    }

    /// <summary>The set versions in force on a date, optionally of one level and tier, in catalog order.</summary>
    public IEnumerable<CriteriaSet> InForceOn(DateOnly date, Level? level = null, Tier? tier = null) =>
        Sets.Where(s => s.IsInForceOn(date) && (level is null || s.Level == level) && (tier is null || s.Tier == tier));

    /// <summary>The sets of a level in force on a date, for callers that cannot work without one.</summary>
    /// <exception cref="ArgumentException">No set of that level is in force on the date.</exception>
    internal List<CriteriaSet> RequireInForce(DateOnly asOf, Level level)
    {
        var sets = InForceOn(asOf, level).ToList();
        return sets.Count > 0
            ? sets
            : throw new ArgumentException($"No {level.ToString().ToLowerInvariant()} set is in force on {asOf:yyyy-MM-dd}.", nameof(asOf));
    }

    /// <summary>Loads a catalog from rule files in a folder and its subfolders (set ids are the paths below it).</summary>
    /// <exception cref="RuleFileException">Some files have problems; lists all of them.</exception>
    public static CriteriaCatalog LoadDirectory(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(IsSetFile)
            .Order(StringComparer.Ordinal)
            .Select(relative => (relative, (Func<Stream>)(() => File.OpenRead(Path.Combine(root, relative)))));
        return Load(files, RuleLoadOptions.Default, path => Path.Combine(root, path), IdOf);
    }

    /// <summary>
    /// Loads a catalog from the given rule files, wherever they are; a set that does not state its id is named after
    /// its file name. Every file is read, and every problem of every file is reported at once.
    /// </summary>
    /// <exception cref="RuleFileException">Some files have problems, or two files claim one set version; lists all of them.</exception>
    public static CriteriaCatalog LoadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.Select(Path.GetFullPath)
            .Select(path => (path, (Func<Stream>)(() => File.OpenRead(path))));
        return Load(files, RuleLoadOptions.Default, path => path, path => IdOf(Path.GetFileName(path)));
    }

    /// <summary>Loads and compiles the embedded sets afresh (the benchmarks measure it cold).</summary>
    internal static CriteriaCatalog LoadEmbedded()
    {
        var assembly = typeof(CriteriaCatalog).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Where(IsSetFile)
            .Order(StringComparer.Ordinal)
            .Select(relative => (relative, (Func<Stream>)(() => OpenResource(assembly, ResourcePrefix + relative)!)));
        var options = RuleLoadOptions.Default with { OpenReferencedFile = path => OpenResource(assembly, path) };
        return Load(names, options, path => ResourcePrefix + path, IdOf);
    }

    private static Stream? OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? assembly.GetManifestResourceStream(name.Replace('/', '\\'));

    private static bool IsSetFile(string relative) => relative != "inputs.json" && !relative.StartsWith("schema/", StringComparison.Ordinal)
        && relative.Contains('/', StringComparison.Ordinal);

    private static CriteriaCatalog Load(IEnumerable<(string Relative, Func<Stream> Open)> files, RuleLoadOptions options,
        Func<string, string> displayName, Func<string, (string Id, string? Version)> idOf)
    {
        var errors = new List<RuleFileError>();
        var sets = new List<CriteriaSet>();
        foreach (var (relative, open) in files)
        {
            var (id, version) = idOf(relative);
            try
            {
                using var stream = OpenOrReport(open, displayName(relative), errors);
                if (stream is null)
                {
                    continue;
                }

                var file = RuleFile.Load(stream, displayName(relative), options);
                foreach (var workflow in file.Workflows)
                {
                    sets.Add(SetReader.Read(workflow, id, version));
                }
            }
            catch (RuleFileException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        foreach (var duplicate in sets.GroupBy(s => (s.Id, s.Version)).Where(g => g.Count() > 1))
        {
            errors.Add(new RuleFileError(RuleFileErrorKind.DuplicateName,
                $"set {duplicate.Key.Id} version {duplicate.Key.Version} is defined by more than one file: {string.Join(", ", duplicate.Select(s => s.SourceFile))}",
                duplicate.Last().SourceFile, [duplicate.Key.Id], SourcePosition.None));
        }

        if (errors.Count > 0)
        {
            throw new RuleFileException(errors);
        }

        return new CriteriaCatalog(sets.OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.InForceFrom).ToImmutableArray());
    }

    private static Stream? OpenOrReport(Func<Stream> open, string name, List<RuleFileError> errors)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(new RuleFileError(RuleFileErrorKind.FileUnreadable, $"the file cannot be read: {e.Message}", name, [], SourcePosition.None));
            return null;
        }
    }

    /// <summary>"national/2021-2025/commune-standard@2024-03-01.json" is version 2024-03-01 of national/2021-2025/commune-standard.</summary>
    internal static (string Id, string? Version) IdOf(string relative)
    {
        var withoutExtension = relative.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? relative[..^".json".Length] : relative;
        var at = withoutExtension.LastIndexOf('@');
        return at < 0 ? (withoutExtension, null) : (withoutExtension[..at], withoutExtension[(at + 1)..]);
    }
}
