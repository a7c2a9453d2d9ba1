using Ntm.Criteria.Cli.Output;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// The localities whose data does not give what picks some indicator's threshold: the region (2021-2025), or the
/// commune group, neither given nor placed from the facts (2026-2030). Those indicators are missing data for them; the
/// report says why once, with the rows, rather than leave the count to read as values the sources lack.
/// </summary>
internal sealed class RowKeysMissing
{
    // The rows listed in a note; the count says how many more.
    private const int RowsListed = 5;

    private readonly SortedDictionary<ThresholdRowKey, (long Count, List<long> Rows)> _localities = [];

    public void Add(long row, LocalityEvaluation evaluation)
    {
        if (!evaluation.Tiers.Any(t => t.Chain.Any(r => r.IsAnyRowKeyMissing)))
        {
            return;
        }

        var year = AssessmentYear.Of(evaluation.Locality.Inputs);
        var keys = evaluation
            .Tiers.SelectMany(t => t.Chain)
            .Where(r => r.IsAnyRowKeyMissing)
            .SelectMany(r => r.Indicators.Concat(r.Preconditions.SelectMany(p => p.Indicators)))
            .Where(i => i.IsRowKeyMissing)
            .Select(i => CommuneDetail.RowKeyOf(i, year))
            .Distinct();
        foreach (var key in keys)
        {
            var (count, rows) = _localities.TryGetValue(key, out var found) ? found : (0, []);
            if (rows.Count < RowsListed)
            {
                rows.Add(row);
            }

            _localities[key] = (count + 1, rows);
        }
    }

    /// <summary>A note per thing missing, in the report's language; none when every locality gives what it needs.</summary>
    public IEnumerable<string> Lines(Texts texts) =>
        _localities.Select(l => texts.RowKeysMissingLine(l.Key, l.Value.Count, l.Value.Rows));
}
