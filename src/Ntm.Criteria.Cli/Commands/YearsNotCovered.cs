namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// The communes whose assessment year no set of the run covers, by year: data of 2025 evaluated with an
/// <c>--as-of</c> of 2026 (the day a report is signed) goes against the sets of 2026-2030. They are evaluated as
/// asked, and the report says so, with how to evaluate them against the sets of their year.
/// </summary>
internal sealed class YearsNotCovered(BatchEvaluator batch)
{
    private readonly CriteriaSet[] _sets = [.. batch.Chains.SelectMany(c => c.Sets).Distinct()];
    private readonly SortedDictionary<int, long> _localities = [];

    public void Add(Locality locality)
    {
        if (AssessmentYear.Of(locality.Inputs) is { } year && !_sets.Any(s => s.CoversYear(year)))
        {
            _localities[year] = _localities.GetValueOrDefault(year) + 1;
        }
    }

    /// <summary>
    /// The note, in the report's language, with the way out for a run given an <c>--as-of</c> or not; null when every
    /// commune's year is covered.
    /// </summary>
    public string? Line(Texts texts, bool asOfGiven) =>
        _localities.Count == 0
            ? null
            : texts.YearsNotCoveredLine(
                [.. _localities.Select(l => (l.Key, l.Value))],
                [.. _sets.Select(s => s.Period ?? s.Id).Distinct()],
                asOfGiven
            );
}
