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

            var sets = CriteriaCatalog.LoadFiles([reference]).Sets;
            return sets.Length == 1
                ? sets[0]
                : throw new CliUsageException($"{reference} holds {sets.Length} sets ({string.Join(", ", sets)}); compare files that hold one");
        }

        try
        {
            var at = reference.LastIndexOf('@');
            if (at > 0)
            {
                var (id, version) = (reference[..at], reference[(at + 1)..]);
                return catalog.Versions(id).FirstOrDefault(v => v.Version == version)
                    ?? throw new CliUsageException($"{id} has no version '{version}'; its versions are {string.Join(", ", catalog.Versions(id).Select(v => v.Version))}");
            }

            return asOf is { } date ? catalog.Get(reference, date) : catalog.Get(reference);
        }
        catch (KeyNotFoundException e)
        {
            throw new CliUsageException(e.Message);
        }
    }

    /// <summary>
    /// The evaluator for the sets named (each read as of the date), or for the commune sets in force on it; the sets
    /// must read the shared input vocabulary, which data files are read with.
    /// </summary>
    public static BatchEvaluator Evaluator(string[] setIds, DateOnly asOf)
    {
        var catalog = CriteriaCatalog.Shipped;
        var named = setIds.Select(id => Resolve(catalog, id, asOf)).ToList();
        if (named.FirstOrDefault(s => !s.Inputs.Equals(NtmInputs.Schema)) is { } foreign)
        {
            throw new CliUsageException($"{foreign.SourceFile}: declares its own inputs; data files are read with the shared vocabulary of rules/inputs.json, which its InputsFile should name");
        }

        try
        {
            return named.Count > 0 ? new BatchEvaluator(named) : BatchEvaluator.InForce(catalog, Level.Commune, asOf);
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new CliUsageException($"{message} Give --as-of a date a commune set covers, or name the sets with --set ('ntm sets' lists them).");
        }
    }
}
