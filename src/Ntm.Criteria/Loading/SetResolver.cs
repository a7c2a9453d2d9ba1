using System.Globalization;
using System.Text.Json;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>A set of a catalog combined from files that replaces a version the catalog had before.</summary>
/// <param name="Replacement">The set read from the file.</param>
/// <param name="Replaced">The version it replaces, with the file that defined it.</param>
public sealed record SetReplacement(CriteriaSet Replacement, CriteriaSet Replaced);

/// <summary>A workflow read from a set file, with the id and version its path gives and those it states.</summary>
internal sealed class SetFile(Workflow workflow, string idFromPath, string? versionFromPath)
{
    public Workflow Workflow { get; } = workflow;

    public string IdFromPath { get; } = idFromPath;

    public string? VersionFromPath { get; } = versionFromPath;

    public (string Id, string Version) Key { get; } =
        (Stated(workflow, "Id") ?? idFromPath, Stated(workflow, "Version") ?? versionFromPath ?? "1");

    public string? Extends { get; } = SetOverlay.ExtendsOf(workflow);

    /// <summary>
    /// The first day in force the file states, which picks the version of an <c>Extends</c> without one.
    /// </summary>
    public DateOnly? StatedInForceFrom =>
        SetProperties(Workflow) is { } set
        && set.TryGetProperty("InForce", out var inForce)
        && inForce.ValueKind == JsonValueKind.Object
        && inForce.TryGetProperty("From", out var from)
        && from.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(
            from.GetString(),
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : null;

    public override string ToString() => $"{Key.Id}@{Key.Version}";

    private static string? Stated(Workflow workflow, string field) =>
        SetProperties(workflow) is { } set
        && set.TryGetProperty(field, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static JsonElement? SetProperties(Workflow workflow) =>
        workflow.Properties.TryGetValue("Set", out var set) && set.ValueKind == JsonValueKind.Object ? set : null;
}

/// <summary>
/// Turns set files into sets, each after the set it extends (from the same files, or from the catalog they are
/// added to), reporting an unknown base, a version no base has, a cycle of <c>Extends</c>, and a set required or
/// counted that no set is.
/// </summary>
internal sealed class SetResolver(
    IReadOnlyList<SetFile> files,
    IReadOnlyList<CriteriaSet> existing,
    List<RuleFileError> errors
)
{
    private readonly Dictionary<SetFile, CriteriaSet?> _resolved = [];
    private readonly List<SetFile> _chain = [];

    public List<CriteriaSet> ResolveAll()
    {
        var sets = files.Select(Resolve).OfType<CriteriaSet>().ToList();
        CheckReferences(sets);
        return sets;
    }

    /// <summary>
    /// The set a set requires (and, of a district's, of its communes), and the commune set a condition counts the
    /// share of, are sets of the catalog: a slip in one's id would break the tier chain (the set evaluated alone, and
    /// offered to be named with --set) or count no commune. Two conditions counting different commune sets do not
    /// share an input.
    /// </summary>
    private void CheckReferences(List<CriteriaSet> sets)
    {
        var ids = existing.Concat(sets).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        // A set never names itself there: its own id, a slip away from a sibling's, is not the one meant.
        RuleMessage Unknown(string field, string id, CriteriaSet set) =>
            SetFileMessages.NoSetNamed(
                field,
                id,
                Spelling.Meant(id, ids.Where(i => i != set.Id).Order(StringComparer.Ordinal))
            );

        foreach (var set in sets)
        {
            var written = set.Workflow.Workflow;
            var required = set
                .CommuneRequirements.Select((r, i) => (Path: $"Set.Requires.Communes[{i}].Set", Id: r.SetId))
                .ToList();
            if (set.Requires is { } requires)
            {
                required.Insert(0, ("Set.Requires.Set", requires.SetId));
            }

            foreach (var (path, id) in required.Where(r => !ids.Contains(r.Id)))
            {
                errors.Add(
                    new RuleFileError(
                        RuleFileErrorKind.MissingReference,
                        Unknown($"Properties.{path}", id, set),
                        written.SourceFile,
                        [written.Name],
                        written.PropertyPositions.GetValueOrDefault(path, written.Position)
                    )
                );
            }

            foreach (var indicator in set.AllIndicators.Where(i => i.CommuneSet is { } id && !ids.Contains(id)))
            {
                var rule = set.Workflow.Rules[indicator.RuleIndex].Rule;
                errors.Add(
                    new RuleFileError(
                        RuleFileErrorKind.MissingReference,
                        Unknown("Properties.CommuneSet", indicator.CommuneSet!, set),
                        indicator.Origin.File,
                        [written.Name, indicator.Criterion.Number, indicator.Number],
                        rule.PropertyPositions.GetValueOrDefault("CommuneSet", indicator.Origin.Position)
                    )
                );
            }

            // An input holds one share: the evaluation of a district would write both into it, the last one winning.
            foreach (var (first, other) in DistrictEvaluation.ShareInputsTaken(set.AllIndicators))
            {
                errors.Add(
                    new RuleFileError(
                        RuleFileErrorKind.InvalidValue,
                        SetFileMessages.ShareInputTaken(
                            other.Number,
                            other.CommuneSet!,
                            other.Input,
                            first.Number,
                            first.CommuneSet!
                        ),
                        other.Origin.File,
                        [written.Name, other.Criterion.Number, other.Number],
                        set.Workflow.Rules[other.RuleIndex]
                            .Rule.PropertyPositions.GetValueOrDefault("CommuneSet", other.Origin.Position)
                    )
                );
            }
        }
    }

    private CriteriaSet? Resolve(SetFile file)
    {
        if (_resolved.TryGetValue(file, out var done))
        {
            return done;
        }

        if (_chain.Contains(file))
        {
            var cycle = _chain.Skip(_chain.IndexOf(file)).Append(file);
            Error(file, SetFileMessages.Cycle(cycle.Select(f => f.ToString())));
            foreach (var member in _chain.Skip(_chain.IndexOf(file)))
            {
                _resolved[member] = null;
            }

            return null;
        }

        _chain.Add(file);
        var set = Read(file);
        _chain.RemoveAt(_chain.Count - 1);
        return _resolved.TryAdd(file, set) ? set : _resolved[file];
    }

    private CriteriaSet? Read(SetFile file)
    {
        try
        {
            if (file.Extends is not { } reference)
            {
                return SetReader.Read(file.Workflow, file.IdFromPath, file.VersionFromPath);
            }

            if (Base(file, reference) is not { } baseSet)
            {
                return null;
            }

            var before = errors.Count;
            var (merged, removals) = SetOverlay.Apply(baseSet, file.Workflow, file.Key.Id, errors);
            var set = SetReader.Read(
                merged,
                file.IdFromPath,
                file.VersionFromPath,
                removals,
                [baseSet.Id, .. baseSet.ExtendedIds]
            );
            return errors.Count == before ? set : null;
        }
        catch (RuleFileException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
    }

    /// <summary>
    /// The set an <c>Extends</c> names: <c>id@version</c> exactly, or by id the version in force on the first day
    /// the extending file is in force (the latest version when it states no day).
    /// </summary>
    private CriteriaSet? Base(SetFile file, string reference)
    {
        var at = reference.LastIndexOf('@');
        var (id, version) = at > 0 ? (reference[..at], reference[(at + 1)..]) : (reference, null);
        var fromFiles = files
            .Where(f => f.Key.Id == id && f != file && (version is null || f.Key.Version == version))
            .ToList();
        var candidates = fromFiles
            .Select(Resolve)
            .Concat(
                existing.Where(s =>
                    s.Id == id
                    && (version is null || s.Version == version)
                    && !fromFiles.Any(f => f.Key == (s.Id, s.Version))
                )
            )
            .ToList();
        if (candidates.Count == 0 && id == file.Key.Id && (version is null || version == file.Key.Version))
        {
            Error(file, SetFileMessages.ExtendsItself(reference));
            return null;
        }

        if (candidates.Count == 0)
        {
            var ids = files.Select(f => f.Key.Id).Concat(existing.Select(s => s.Id)).Distinct().ToList();
            var versions = files
                .Where(f => f.Key.Id == id)
                .Select(f => f.Key.Version)
                .Concat(existing.Where(s => s.Id == id).Select(s => s.Version))
                .ToList();
            Error(
                file,
                versions.Count > 0
                    ? SetFileMessages.NoSuchVersion(reference, id, version, versions)
                    : SetFileMessages.NoSuchSet(reference, id, SetOverlay.Closest(id, ids))
            );
            return null;
        }

        if (candidates.Contains(null))
        {
            // The base itself failed to load, and said why.
            return null;
        }

        var sets = candidates.OfType<CriteriaSet>().OrderBy(s => s.InForceFrom).ToList();
        if (version is not null || file.StatedInForceFrom is not { } from)
        {
            return sets[^1];
        }

        return sets.LastOrDefault(s => s.IsInForceOn(from))
            ?? Unresolved(
                file,
                SetFileMessages.NoneInForce(
                    reference,
                    id,
                    from,
                    [.. sets.Select(s => (s.InForceFrom, s.LastDayInForce))]
                )
            );
    }

    private CriteriaSet? Unresolved(SetFile file, RuleMessage message)
    {
        Error(file, message);
        return null;
    }

    // Every problem of resolution is one of the file's Extends, and stands where it does.
    private void Error(SetFile file, RuleMessage message) =>
        errors.Add(
            new RuleFileError(
                RuleFileErrorKind.MissingReference,
                message,
                file.Workflow.SourceFile,
                [file.Workflow.Name],
                file.Workflow.PropertyPositions.GetValueOrDefault("Set.Extends", file.Workflow.Position)
            )
        );
}
