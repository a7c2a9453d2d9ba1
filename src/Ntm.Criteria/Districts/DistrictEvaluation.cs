using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// Evaluation of districts (2021-2025) and provinces (2026-2030) from their own inputs and their communes' reports.
/// </summary>
public static class DistrictEvaluation
{
    /// <summary>
    /// Evaluates a district against the district sets in force on a date. Every condition that counts communes
    /// reaching a commune set (all communes standard, a share advanced) reads the share computed from
    /// <paramref name="communes"/>: a commune counts when its tier chain reaches that set, or a province's set that
    /// stands for it (<see cref="CriteriaSet.StandsFor"/>), with every tier below it. The shares replace any value the
    /// district's inputs give for them.
    /// </summary>
    /// <param name="catalog">The catalog to take the district sets from.</param>
    /// <param name="district">The district's identity and its own inputs (roads, satisfaction rates, ...).</param>
    /// <param name="communes">The tier reports of every commune of the district.</param>
    /// <param name="asOf">The date of assessment.</param>
    /// <exception cref="ArgumentException">
    /// No district set is in force on the date, no commune report is given, or the commune reports were not
    /// evaluated against a commune set the district sets count, or were against a set not in force on the date.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// Two district sets of the chain count communes of different sets into one input (each set alone is checked when
    /// loaded).
    /// </exception>
    public static DistrictReport EvaluateDistrict(
        this CriteriaCatalog catalog,
        Locality district,
        IEnumerable<TierReport> communes,
        DateOnly asOf
    ) => EvaluateFromCommunes(catalog, Level.District, district, communes, asOf);

    /// <summary>
    /// Evaluates a province against the province sets in force on a date (2026-2030: the conditions for completing the
    /// task), its conditions that count communes reading the shares computed from <paramref name="communes"/>, as
    /// <see cref="EvaluateDistrict"/> does for a district.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// No province set is in force on the date, no commune report is given, or the commune reports were not evaluated
    /// against a commune set the province sets count, or were against a set not in force on the date.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// Two province sets of the chain count communes of different sets into one input.
    /// </exception>
    public static DistrictReport EvaluateProvince(
        this CriteriaCatalog catalog,
        Locality province,
        IEnumerable<TierReport> communes,
        DateOnly asOf
    ) => EvaluateFromCommunes(catalog, Level.Province, province, communes, asOf);

    /// <summary>
    /// The conditions that count the communes of a set into an input another condition fills with the share of another
    /// set, each with the first condition counting into it: one share would be written over the other.
    /// </summary>
    internal static IEnumerable<(Indicator First, Indicator Other)> ShareInputsTaken(
        IEnumerable<Indicator> conditions
    ) =>
        conditions
            .Where(i => i.CommuneSet is not null)
            .GroupBy(i => i.Input)
            .SelectMany(g => g.Where(i => i.CommuneSet != g.First().CommuneSet).Select(i => (g.First(), i)));

    private static DistrictReport EvaluateFromCommunes(
        CriteriaCatalog catalog,
        Level level,
        Locality district,
        IEnumerable<TierReport> communes,
        DateOnly asOf
    )
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(communes);
        var chain = TierChain.InForce(catalog, level, asOf);
        var reports = communes.ToList();
        var what = level == Level.Province ? "Province" : "District";
        if (reports.Count == 0)
        {
            throw new ArgumentException(
                $"{what} {district}: no commune report is given; the shares of communes cannot be computed.",
                nameof(communes)
            );
        }

        var counted = chain.Sets.SelectMany(s => s.AllIndicators).Where(i => i.CommuneSet is not null).ToList();
        if (ShareInputsTaken(counted).FirstOrDefault() is ({ } first, { } other))
        {
            string Of(Indicator condition) =>
                $"{chain.Sets.First(s => s.AllIndicators.Contains(condition)).Id} {condition.Number}";
            throw new InvalidOperationException(
                $"The {level.ToString().ToLowerInvariant()} sets in force on {asOf:yyyy-MM-dd} count two shares into "
                    + $"the input {first.Input}: {Of(first)} the communes reaching {first.CommuneSet}, {Of(other)} "
                    + $"those reaching {other.CommuneSet}; an input holds one share."
            );
        }

        var shares = ImmutableDictionary.CreateBuilder<string, double>();
        var builder = district.Inputs.ToBuilder();
        foreach (var indicator in counted)
        {
            var setId = indicator.CommuneSet!;
            if (!shares.TryGetValue(setId, out var share))
            {
                var unevaluated = reports.FindIndex(r => !r.Chain.Any(c => c.Set.StandsFor(setId)));
                if (unevaluated >= 0)
                {
                    throw new ArgumentException(
                        $"{what} {district}: commune report {unevaluated + 1} has no result for {setId}, which "
                            + $"condition {indicator.Number} counts; evaluate the communes against the commune sets in "
                            + $"force on {asOf:yyyy-MM-dd}.",
                        nameof(communes)
                    );
                }

                share =
                    100.0
                    * reports.Count(r => r.Chain.TakeWhile(c => c.IsAchieved).Any(c => c.Set.StandsFor(setId)))
                    / reports.Count;
                shares.Add(setId, share);
            }

            builder.Set(indicator.Input, share);
        }

        // The count of communes stands in the report beside the shares: communes judged by sets no longer (or not yet)
        // in force would be counted there even where no condition counts them. A report of an earlier version of a set
        // in force is of that set.
        var communeSets = catalog.Sets.Where(s => s.Level == Level.Commune && s.IsInForceOn(asOf)).ToList();
        foreach (var (report, index) in reports.Select((r, i) => (r, i)))
        {
            if (report.Chain.FirstOrDefault(c => !communeSets.Any(s => c.Set.StandsFor(s.Id)))?.Set is { } judgedBy)
            {
                throw new ArgumentException(
                    $"{what} {district}: commune report {index + 1} was evaluated against {judgedBy.Id}@"
                        + $"{judgedBy.Version}, whose set is not in force on {asOf:yyyy-MM-dd}; evaluate the communes "
                        + "against the commune sets in force on that date.",
                    nameof(communes)
                );
            }
        }

        if (!builder.TryBuild(out var inputs))
        {
            throw new ArgumentException($"{what} {district}: {string.Join("; ", builder.Errors)}", nameof(district));
        }

        return new DistrictReport(district, chain.Evaluate(inputs), reports.Count, shares.ToImmutable());
    }
}
