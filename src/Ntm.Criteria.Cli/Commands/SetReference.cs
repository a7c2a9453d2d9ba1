using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>How commands name a set: its id (the latest version, or the one in force on a date), <c>id@version</c>, or a rule file's path.</summary>
internal static class SetReference
{
    public static CriteriaSet Resolve(CriteriaCatalog catalog, string reference, DateOnly? asOf = null)
    {
        if (reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(reference))
            {
                throw new CliUsageException($"{reference}: no such file");
            }

            // The file may extend a set of the catalog.
            var path = Path.GetFullPath(reference);
            var sets = catalog.WithFiles([path]).Sets.Where(s => s.SourceFile == path).ToList();
            return sets.Count == 1
                ? sets[0]
                : throw new CliUsageException($"{reference} holds {sets.Count} sets ({string.Join(", ", sets)}); compare files that hold one");
        }

        try
        {
            // id@version names one version whatever the date; an id alone, the version in force (or the latest).
            return asOf is { } date && !reference.Contains('@', StringComparison.Ordinal) ? catalog.Get(reference, date) : catalog.Get(reference);
        }
        catch (KeyNotFoundException e)
        {
            throw new CliUsageException(e.Message);
        }
    }

    /// <summary>
    /// The inputs a data file is read with: those of the sets named (their latest versions, which must agree), or the
    /// shared vocabulary of rules/inputs.json that the national commune sets read.
    /// </summary>
    public static InputSchema Schema(CriteriaCatalog catalog, string[] setIds)
    {
        var named = setIds.Select(id => Resolve(catalog, id)).ToList();
        return named.Count == 0 ? NtmInputs.Schema : SameInputs(named, named[0].Inputs);
    }

    /// <summary>
    /// The evaluator for the sets named (each read as of the date), or for the national commune sets in force on it;
    /// the sets must read the inputs the data file was read with.
    /// </summary>
    public static BatchEvaluator Evaluator(CriteriaCatalog catalog, string[] setIds, DateOnly asOf, InputSchema schema)
    {
        try
        {
            var named = setIds.Select(id => Resolve(catalog, id, asOf)).ToList();
            var sets = named.Count > 0 ? named : catalog.InForceOn(asOf, Level.Commune).ToList();
            SameInputs(sets, schema);

            // With no set in force, InForce says so.
            return sets.Count > 0 ? new BatchEvaluator(sets) : BatchEvaluator.InForce(catalog, Level.Commune, asOf);
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new CliUsageException($"{message} Give --as-of a date a commune set covers, or name the sets with --set ('ntm sets' lists them).");
        }
    }

    private static InputSchema SameInputs(List<CriteriaSet> sets, InputSchema schema) =>
        sets.FirstOrDefault(s => !s.Inputs.Equals(schema)) is { } other
            ? throw new CliUsageException($"{other} ({other.SourceFile}) reads other inputs than {(schema.Equals(NtmInputs.Schema) ? "the shared vocabulary of rules/inputs.json" : sets[0].ToString())}; "
                + "a data file is read with one set of inputs, so evaluate it with sets that declare the same ones")
            : schema;
}
