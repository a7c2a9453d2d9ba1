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

    /// <summary>
    /// A set: by its id, the latest version; by <c>id@version</c>
    /// (<c>national/2021-2025/commune-standard@2024-03-01</c>),
    /// that version.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No set has that id, or not that version; the message lists what there
    /// is.</exception>
    public CriteriaSet Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var at = id.LastIndexOf('@');
        if (at < 0)
        {
            return Versions(id)[^1];
        }

        var (setId, version) = (id[..at], id[(at + 1)..]);
        var versions = Versions(setId);
        return versions.FirstOrDefault(v => v.Version == version)
            ?? throw new KeyNotFoundException(
                $"{setId} has no version '{version}'; its versions are "
                    + $"{string.Join(", ", versions.Select(v => v.Version))}."
            );
    }

    /// <summary>The version of a set in force on a date.</summary>
    /// <exception cref="KeyNotFoundException">No set has that id, or no version covers the date; the message lists the
    /// covered ranges.</exception>
    public CriteriaSet Get(string id, DateOnly asOf)
    {
        var versions = Versions(id);
        return versions.LastOrDefault(v => v.IsInForceOn(asOf))
            ?? throw new KeyNotFoundException(
                $"No version of {id} is in force on {asOf:yyyy-MM-dd}; its versions cover "
                    + string.Join(", ", versions.Select(v => v.InForceRange))
                    + "."
            );
    }

    /// <summary>Every version of a set, oldest first.</summary>
    /// <exception cref="KeyNotFoundException">No set has that id.</exception>
    public IReadOnlyList<CriteriaSet> Versions(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var versions = Sets.Where(s => s.Id == id).ToList();
        return versions.Count > 0
            ? versions
            : throw new KeyNotFoundException(
                $"No criteria set has the id '{id}'"
                    + (Spelling.Meant(id, Ids) is { } meant ? $" (did you mean {meant}?)" : "")
                    + $"; the catalog has {string.Join(", ", Ids)}."
            );
    }

    /// <summary>
    /// The national set versions in force on a date, or with <paramref name="province"/> that province's, optionally
    /// of one level and tier, in catalog order: of each set, the version <see cref="Get(string, DateOnly)"/> picks (a
    /// revision in force overrides the version it revises).
    /// </summary>
    public IEnumerable<CriteriaSet> InForceOn(
        DateOnly date,
        Level? level = null,
        Tier? tier = null,
        string? province = null
    ) =>
        Sets.Where(s =>
                s.IsInForceOn(date)
                && (level is null || s.Level == level)
                && (tier is null || s.Tier == tier)
                && s.Province == province
            )
            .GroupBy(s => s.Id)
            .Select(versions => versions.Last());

    /// <summary>
    /// The national sets of a level in force on a date, for callers that cannot work without one; a province's sets
    /// are chosen by naming them.
    /// </summary>
    /// <exception cref="ArgumentException">No national set of that level is in force on the date.</exception>
    internal List<CriteriaSet> RequireInForce(DateOnly asOf, Level level)
    {
        var sets = InForceOn(asOf, level).ToList();
        if (sets.Count > 0)
        {
            return sets;
        }

        // A level only provinces have sets of (villages): say they are there, and that one is taken by its id.
        var provinces = Sets.Where(s => s.Province is not null && s.Level == level && s.IsInForceOn(asOf))
            .Select(s => s.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var name = level.ToString().ToLowerInvariant();
        throw new ArgumentException(
            provinces.Count == 0
                ? $"No {name} set is in force on {asOf:yyyy-MM-dd}{NationalSpans(level, name)}."
                : $"No national {name} set is in force on {asOf:yyyy-MM-dd}; the provinces' own sets in force "
                    + $"({string.Join(", ", provinces)}) apply to their province's localities only: get the one to "
                    + "use by its id from the catalog and evaluate with it.",
            nameof(asOf)
        );
    }

    // When the sets of a level are in force, their versions' days joined where one follows another: a date outside
    // them (a district in 2026, after districts were abolished) is told the days there are sets for.
    private string NationalSpans(Level level, string name)
    {
        var spans = new List<(DateOnly From, DateOnly? Last)>();
        foreach (var set in Sets.Where(s => s.Province is null && s.Level == level).OrderBy(s => s.InForceFrom))
        {
            if (spans.Count > 0 && spans[^1].Last is { } last && set.InForceFrom <= last.AddDays(1))
            {
                spans[^1] = (spans[^1].From, set.LastDayInForce is { } next && next > last ? next : last);
            }
            else if (spans.Count == 0 || spans[^1].Last is not null)
            {
                spans.Add((set.InForceFrom, set.LastDayInForce));
            }
        }

        return spans.Count == 0
            ? $"; the catalog has no national {name} set"
            : $"; the {name} sets are in force "
                + string.Join(", ", spans.Select(s => CriteriaSet.Range(s.From, s.Last)));
    }

    /// <summary>
    /// Loads a catalog from rule files in a folder and its subfolders (set ids are the paths below it); a set may
    /// extend another of the folder. Files and folders whose names start with '.' are not read.
    /// </summary>
    /// <exception cref="RuleFileException">Some files have problems; lists all of them.</exception>
    public static CriteriaCatalog LoadDirectory(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = Path.GetFullPath(folder);
        return Load(DirectoryFiles(root), RuleLoadOptions.Default, path => Path.Combine(root, path), IdOf);
    }

    private static IEnumerable<(string Relative, Func<Stream> Open)> DirectoryFiles(string root) =>
        Directory
            .EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !IsHidden(relative) && IsSetFile(relative))
            .Order(StringComparer.Ordinal)
            .Select(relative => (relative, (Func<Stream>)(() => File.OpenRead(Path.Combine(root, relative)))));

    /// <summary>
    /// Loads a catalog from the given rule files, wherever they are; a set that does not state its id is named after
    /// its file name. Every file is read, and every problem of every file is reported at once.
    /// </summary>
    /// <exception cref="RuleFileException">Some files have problems, or two files claim one set version; lists all of
    /// them.</exception>
    public static CriteriaCatalog LoadFiles(IEnumerable<string> paths) => LoadFiles(paths, onto: null);

    /// <summary>
    /// This catalog combined with the given rule files, as <see cref="WithDirectory"/> combines a folder's (the shipped
    /// inputs files included); a set that does not state its id is named after its file name.
    /// </summary>
    /// <exception cref="RuleFileException">Some files have problems, or two files claim one set version; lists all of
    /// them.</exception>
    public CriteriaCatalog WithFiles(IEnumerable<string> paths) => LoadFiles(paths, this);

    private static CriteriaCatalog LoadFiles(IEnumerable<string> paths, CriteriaCatalog? onto)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.Select(Path.GetFullPath).Select(path => (path, (Func<Stream>)(() => File.OpenRead(path))));
        return Load(files, RuleLoadOptions.Default, path => path, path => IdOf(Path.GetFileName(path)), onto);
    }

    /// <summary>
    /// This catalog combined with the rule files of a folder and its subfolders (set ids are the paths below it): a
    /// file's set may extend a set of this catalog or of the folder, and a file that defines a version this catalog
    /// has replaces it (see <see cref="Replacements"/>). Files and folders whose names start with '.' are not read.
    /// Onto the shipped sets, an inputs file that a file names and the folder does not have is the shipped one at that
    /// place (<c>../../inputs.json</c> from <c>national/2026-2030/</c>), and the set's
    /// <see cref="Workflow.InputsFile"/> names it as a shipped set does.
    /// </summary>
    /// <exception cref="RuleFileException">Some files have problems; lists all of them.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist, or is a file.</exception>
    public CriteriaCatalog WithDirectory(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException(
                File.Exists(root)
                    ? $"The rules folder {root} is a file; give the folder that holds it, or the file to WithFiles."
                    : $"The rules folder {root} does not exist."
            );
        }

        return Load(DirectoryFiles(root), RuleLoadOptions.Default, path => Path.Combine(root, path), IdOf, this);
    }

    /// <summary>
    /// The sets of files given to <see cref="WithDirectory"/> or <see cref="WithFiles"/> that replace versions the
    /// catalog had.
    /// </summary>
    public ImmutableArray<SetReplacement> Replacements { get; private init; } = [];

    /// <summary>
    /// Whether the catalog holds the shipped rules (it is <see cref="Shipped"/>, or was combined with it): a file read
    /// onto it may name the shipped inputs files as the shipped sets do, without a copy of them.
    /// </summary>
    private bool HoldsShippedRules { get; init; }

    /// <summary>Loads and compiles the embedded sets afresh (the benchmarks measure it cold).</summary>
    internal static CriteriaCatalog LoadEmbedded()
    {
        var assembly = typeof(CriteriaCatalog).Assembly;
        var names = assembly
            .GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Where(IsSetFile)
            .Order(StringComparer.Ordinal)
            .Select(relative => (relative, (Func<Stream>)(() => OpenResource(assembly, ResourcePrefix + relative)!)));
        var options = RuleLoadOptions.Default with { OpenReferencedFile = path => OpenResource(assembly, path) };
        return Load(names, options, path => ResourcePrefix + path, IdOf, isShipped: true);
    }

    /// <summary>
    /// The name of the shipped inputs file a missing file stands for: the one whose place under rules/ the path ends
    /// with, the longest such (a copied set's <c>../../inputs.json</c> is rules/inputs.json,
    /// <c>provincial/thanh-hoa/inputs.json</c> Thanh Hoá's). A shipped vocabulary is read as it is in this version, so a
    /// file that names it keeps reading the vocabulary its sets are evaluated with.
    /// </summary>
    private static string? ShippedInputsFileFor(string path)
    {
        var assembly = typeof(CriteriaCatalog).Assembly;
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable
            .Range(0, parts.Length)
            .Select(i => string.Join('/', parts[i..]))
            .Where(tail => !IsSetFile(tail))
            .Select(tail => ResourcePrefix + tail)
            .FirstOrDefault(name => assembly.GetManifestResourceInfo(name) is not null);
    }

    private static Stream? OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? assembly.GetManifestResourceStream(name.Replace('/', '\\'));

    // A file or folder whose name starts with '.' (an editor's .vscode, a file a workbook import staged and an
    // interrupted run left) is not the folder's content.
    private static bool IsHidden(string relative) => relative.Split('/').Any(part => part.StartsWith('.'));

    // Input vocabularies are named inputs.json wherever they are (rules/inputs.json,
    // rules/provincial/ha-tinh/inputs.json);
    // every other JSON file, at the top of the folder as deep in it, is a set, and one that is not says why.
    private static bool IsSetFile(string relative) =>
        Path.GetFileName(relative) != "inputs.json" && !relative.StartsWith("schema/", StringComparison.Ordinal);

    private static CriteriaCatalog Load(
        IEnumerable<(string Relative, Func<Stream> Open)> files,
        RuleLoadOptions options,
        Func<string, string> displayName,
        Func<string, (string Id, string? Version)> idOf,
        CriteriaCatalog? onto = null,
        bool isShipped = false
    )
    {
        var errors = new List<RuleFileError>();
        var setFiles = new List<SetFile>();
        // The shipped inputs files read in place of missing ones: a workflow names the one it read, as the shipped
        // sets do (rules/inputs.json), not a file that is not there.
        var readInstead = new Dictionary<string, string>(StringComparer.Ordinal);
        if (onto?.HoldsShippedRules == true)
        {
            var openFile = options.OpenReferencedFile;
            options = options with { OpenReferencedFile = OpenOrShipped };

            Stream? OpenOrShipped(string path)
            {
                if (openFile(path) is { } stream)
                {
                    return stream;
                }

                if (ShippedInputsFileFor(path) is not { } shipped)
                {
                    return null;
                }

                readInstead[path] = shipped;
                return OpenResource(typeof(CriteriaCatalog).Assembly, shipped);
            }
        }

        // A set that Extends another is only a part until it is combined with that set; it is checked then. One loader
        // reads each inputs file once, so the sets that share one share its schema.
        var loader = new RuleFileLoader(
            options with
            {
                IsPart = workflow => SetOverlay.ExtendsOf(workflow) is not null,
            }
        );
        foreach (var (relative, open) in files)
        {
            var (id, version) = idOf(relative);
            try
            {
                using var stream = OpenOrReport(open, displayName(relative), errors);
                if (stream is not null)
                {
                    setFiles.AddRange(
                        loader
                            .Load(stream, displayName(relative))
                            .Workflows.Select(w =>
                                w.InputsFile is { } read && readInstead.TryGetValue(read.Path, out var shipped)
                                    ? w with
                                    {
                                        InputsFile = read with { Path = shipped },
                                    }
                                    : w
                            )
                            .Select(w => new SetFile(w, id, version))
                    );
                }
            }
            catch (RuleFileException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        foreach (var duplicate in setFiles.GroupBy(f => f.Key).Where(g => g.Count() > 1))
        {
            errors.Add(
                new RuleFileError(
                    RuleFileErrorKind.DuplicateName,
                    SetFileMessages.DefinedTwice(
                        duplicate.Key.Id,
                        duplicate.Key.Version,
                        duplicate.Select(f => f.Workflow.SourceFile)
                    ),
                    duplicate.Last().Workflow.SourceFile,
                    [duplicate.Last().Workflow.Name],
                    duplicate.Last().Workflow.Position
                )
            );
        }

        var shipped = onto?.Sets ?? [];
        var sets = new SetResolver(setFiles, shipped, errors).ResolveAll();
        if (errors.Count > 0)
        {
            throw new RuleFileException(errors);
        }

        var replaced = shipped.Where(s => sets.Any(f => (f.Id, f.Version) == (s.Id, s.Version))).ToList();
        var replacements = (onto?.Replacements ?? [])
            .Where(r => !replaced.Contains(r.Replacement))
            .Concat(
                replaced.Select(r => new SetReplacement(sets.First(f => (f.Id, f.Version) == (r.Id, r.Version)), r))
            );
        return new CriteriaCatalog(
            shipped
                .Except(replaced)
                .Concat(sets)
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .ThenBy(s => s.InForceFrom)
                .ToImmutableArray()
        )
        {
            Replacements = [.. replacements],
            HoldsShippedRules = isShipped || onto?.HoldsShippedRules == true,
        };
    }

    private static Stream? OpenOrReport(Func<Stream> open, string name, List<RuleFileError> errors)
    {
        try
        {
            return open();
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(RuleFileError.Unreadable(name, e.Message));
            return null;
        }
    }

    /// <summary>
    /// "national/2021-2025/commune-standard@2024-03-01.json" is version 2024-03-01 of
    /// national/2021-2025/commune-standard.
    /// </summary>
    internal static (string Id, string? Version) IdOf(string relative)
    {
        var withoutExtension = relative.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? relative[..^".json".Length]
            : relative;
        var at = withoutExtension.LastIndexOf('@');
        return at < 0 ? (withoutExtension, null) : (withoutExtension[..at], withoutExtension[(at + 1)..]);
    }
}
