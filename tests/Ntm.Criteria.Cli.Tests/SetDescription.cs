namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Every fact of a set a rule file states, one line each: two sets that describe alike are the same set.
/// </summary>
internal static class SetDescription
{
    public static List<string> Of(CriteriaSet set)
    {
        var lines = new List<string>
        {
            $"{set.Id}@{set.Version} {set.Level} {set.Tier} {set.Period} {set.Province} {set.Name} "
                + $"{set.ThresholdsBy} {set.RegionOverride}",
            $"{set.LegalBasis} {set.LegalBasis.Date} {set.LegalBasis.Annex} {set.LegalBasis.Status} "
                + $"{set.LegalBasis.Source} {set.LegalBasis.AmendedBy.Length}",
            $"{set.InForceFrom} {set.InForceTo} {set.Requires} {string.Join(",", set.CommuneRequirements)} "
                + $"{set.OfficialCriteriaCount} {set.OfficialIndicatorCount} {set.IsComplete} "
                + $"{string.Join("|", set.Notes)}",
            string.Join(",", set.Inputs.Declarations.Select(d => d.Name)),
        };
        foreach (var criterion in set.Preconditions.Concat(set.Criteria))
        {
            lines.Add(
                $"{criterion.Kind} {criterion.Number} {criterion.Name} {criterion.Status} {criterion.Source} "
                    + $"{criterion.Note} {criterion.Prerequisite} {criterion.IsEncoded}"
            );
            foreach (var i in criterion.Indicators)
            {
                lines.Add(
                    $"  {i.Number} {i.Name} {i.Input} {i.Measure} {i.Direction} {i.Unit} {i.Status} {i.NumberStatus} "
                        + $"{i.Source} {i.Note} {i.AppliesWhen} {i.CommuneSet} {i.Strengthens}"
                );
                lines.AddRange(
                    i.Thresholds.OrderBy(t => (t.Region, t.Group, t.Year))
                        .Select(t => $"    {t.Key} {t.Value} {t.Status} {t.Source} {t.Note}")
                );
            }
        }

        return lines;
    }
}
