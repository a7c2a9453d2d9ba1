using Ntm.Criteria.Cli.Output.Spreadsheets;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// How commands name a set: its id (the latest version, or the one in force on a date), <c>id@version</c>, or a rule
/// file's path.
/// </summary>
internal static class SetReference
{
    public static CriteriaSet Resolve(CriteriaCatalog catalog, string reference, Texts texts, DateOnly? asOf = null)
    {
        if (reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            CliApp.RequireFile(reference, texts);

            // The file may extend a set of the catalog.
            var path = Path.GetFullPath(reference);
            var sets = catalog.WithFiles([path]).Sets.Where(s => s.SourceFile == path).ToList();
            return sets.Count == 1 ? sets[0] : throw new CliUsageException(texts.FileHoldsSets(reference, sets));
        }

        // A criteria workbook is rule files once imported.
        if (Xlsx.IsWorkbookName(reference) && File.Exists(reference))
        {
            throw new CliUsageException(texts.WorkbookNotImported(option: null, reference));
        }

        // The catalog's own messages are in English; the command line says the same in the report's language.
        var at = reference.LastIndexOf('@');
        var (id, version) = at > 0 ? (reference[..at], reference[(at + 1)..]) : (reference, null);
        var versions = catalog.Sets.Where(s => s.Id == id).ToList();
        if (versions.Count == 0)
        {
            throw new CliUsageException(texts.NoSetWithId(id, Spelling.Closest(id, catalog.Ids, ignoreCase: true)));
        }

        if (version is not null)
        {
            return versions.FirstOrDefault(s => s.Version == version)
                ?? throw new CliUsageException(texts.NoSuchVersion(id, version, versions.Select(s => s.Version)));
        }

        // An id alone names the version in force on the date of assessment, or the latest.
        return asOf is not { } date
            ? versions[^1]
            : versions.LastOrDefault(s => s.IsInForceOn(date))
                ?? throw new CliUsageException(texts.NoVersionInForce(id, date, versions));
    }

    /// <summary>
    /// The sets <c>--set</c> names, each its latest version (the date of assessment is not known yet), once each.
    /// </summary>
    public static List<CriteriaSet> Named(CriteriaCatalog catalog, string[] setIds, Texts texts) =>
        [.. setIds.Select(id => Resolve(catalog, id, texts)).Distinct()];

    /// <summary>
    /// The texts of a report on the sets named, or on the national commune sets: their words name the sets' level
    /// ("Đánh giá 6 thôn" of a village set).
    /// </summary>
    public static Texts About(IReadOnlyList<CriteriaSet> named, Texts texts) =>
        named.Count == 0 ? texts.About(Level.Commune) : texts.About(named);

    /// <summary>
    /// The inputs a data file is read with: those of the sets named (their latest versions), the widest where one
    /// set's add to the others'; or the shared vocabulary of rules/inputs.json that the national commune sets read,
    /// with the inputs a set of the catalog adds to it (a ministry's completed 2026-2030 set, say).
    /// </summary>
    public static InputSchema Schema(CriteriaCatalog catalog, IReadOnlyList<CriteriaSet> named, Texts texts)
    {
        if (named.Count > 0)
        {
            return Holding(named, named.MaxBy(s => s.Inputs.Count)!.Inputs, texts);
        }

        // Where two sets add different inputs, no record holds both: the shared vocabulary, and the sets in force that
        // read more are refused by name when the file is evaluated.
        var extended = catalog
            .Sets.Where(s => s.Level == Level.Commune && s.Province is null && s.Inputs.Extends(NtmInputs.Schema))
            .Select(s => s.Inputs);
        return InputSchema.Widest(extended.Append(NtmInputs.Schema)) ?? NtmInputs.Schema;
    }

    /// <summary>
    /// The evaluator for the sets named (each read as of the date), or for the national commune sets in force on it;
    /// the data file's inputs must hold those the sets read.
    /// </summary>
    public static BatchEvaluator Evaluator(
        CriteriaCatalog catalog,
        string[] setIds,
        DateOnly asOf,
        InputSchema schema,
        Texts texts
    )
    {
        // A set named twice (by its id and by id@version, say) is evaluated once.
        var named = setIds.Select(id => Resolve(catalog, id, texts, asOf)).Distinct().ToList();
        var sets = named.Count > 0 ? named : catalog.InForceOn(asOf, Level.Commune).ToList();
        Holding(sets, schema, texts);
        return sets.Count > 0 ? new BatchEvaluator(sets) : throw new CliUsageException(texts.NoSetInForce(asOf));
    }

    /// <summary>
    /// The lines on the versions <c>--set</c> names (by version or file) that are not in force on the date, each with
    /// the version of its id the catalog takes on that day: none where the sets were taken as in force.
    /// </summary>
    public static IEnumerable<string> NotInForceLines(
        CriteriaCatalog catalog,
        BatchEvaluator evaluator,
        DateOnly asOf,
        Texts texts
    ) =>
        evaluator
            .Chains.SelectMany(c => c.Sets)
            .Distinct()
            .Where(s => !s.IsInForceOn(asOf))
            .Select(s =>
                texts.NotInForceLine(s, asOf, catalog.Sets.LastOrDefault(v => v.Id == s.Id && v.IsInForceOn(asOf)))
            );

    /// <summary>
    /// The lines on the chains whose first set requires a set the run does not evaluate, nor takes from the data: the
    /// tier they give is reached without the tier below being checked. A set the run evaluates in another chain (two
    /// variants of one tier side by side) is in the same report, and not said.
    /// </summary>
    public static IEnumerable<string> RequirementsNotEvaluatedLines(BatchEvaluator evaluator, Texts texts) =>
        from chain in evaluator.Chains
        let required = chain.UnevaluatedRequirement
        where required is not null && !evaluator.Chains.SelectMany(c => c.Sets).Any(s => s.StandsFor(required.SetId))
        select texts.RequirementNotEvaluatedLine(chain.Sets[0], required.SetId);

    /// <summary>
    /// The first later version whose days in force begin within this one's: the catalog takes, on each day, the last
    /// version in force, so a revision that leaves its earlier version's last day as it was (a province's revised set,
    /// imported from a workbook) stands in its place from its own first day.
    /// </summary>
    public static CriteriaSet? TakenInPlaceFrom(CriteriaCatalog catalog, CriteriaSet set) =>
        catalog
            .Versions(set.Id)
            .SkipWhile(v => v != set)
            .Skip(1)
            .FirstOrDefault(v => v.InForceFrom != DateOnly.MinValue && set.IsInForceOn(v.InForceFrom));

    // The schema a file is read with, when it holds every set's inputs (equal to them, or extending them).
    private static InputSchema Holding(IReadOnlyList<CriteriaSet> sets, InputSchema schema, Texts texts) =>
        sets.FirstOrDefault(s => !schema.Extends(s.Inputs)) is { } other
            ? throw new CliUsageException(
                texts.OtherInputs(
                    other,
                    sets.FirstOrDefault(s => s.Inputs.Equals(schema))?.ToString(),
                    InputMismatch.Of(other.Inputs, schema)!
                )
            )
            : schema;
}
