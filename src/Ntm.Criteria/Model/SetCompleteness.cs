namespace Ntm.Criteria;

/// <summary>
/// How much of a set is encoded and how much of it can decide anything: the one figure that <c>ntm sets</c>,
/// <c>validate</c>, <c>evaluate</c>, the workbook and the generated documents all give. An indicator's threshold is
/// <b>open</b> when some class of subject the set is evaluated by (a region, or a commune group) has no value for it,
/// <b>unconfirmed</b> when every class has one and some rests on an unconfirmed value, and <b>set</b> otherwise
/// (confirmed, or unconfirmed): set + open = indicators.
/// </summary>
/// <param name="Criteria">Criteria encoded (preconditions apart).</param>
/// <param name="OfficialCriteria">Criteria the decision states, when the sources give the number.</param>
/// <param name="Indicators">Indicators of the criteria encoded (a precondition's are not among the set's
/// indicators).</param>
/// <param name="OfficialIndicators">Indicators the decision states, when the sources give the number.</param>
/// <param name="ThresholdsSet">Indicators with a value for every class of subject.</param>
/// <param name="ThresholdsOpen">Indicators without a value for some or every class of subject.</param>
/// <param name="ThresholdsUnconfirmed">Of those set, the ones resting on some unconfirmed value.</param>
public sealed record SetCompleteness(
    int Criteria,
    int? OfficialCriteria,
    int Indicators,
    int? OfficialIndicators,
    int ThresholdsSet,
    int ThresholdsOpen,
    int ThresholdsUnconfirmed
)
{
    /// <summary>The figures of a set.</summary>
    public static SetCompleteness Of(CriteriaSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var classes = ClassesOf(set);
        var indicators = set.Indicators.ToList();
        var open = indicators.Count(i => classes.Any(c => !RowsFor(i, c).Any(t => t.IsSet)));
        var unconfirmed = indicators.Count(i =>
            classes.All(c => RowsFor(i, c).Any(t => t.IsSet))
            && classes.Any(c => RowsFor(i, c).Any(t => t is { IsSet: true, Status: ValueStatus.Unconfirmed }))
        );
        return new SetCompleteness(
            set.Criteria.Length,
            set.OfficialCriteriaCount,
            indicators.Count,
            set.OfficialIndicatorCount,
            indicators.Count - open,
            open,
            unconfirmed
        );
    }

    // A class is a region code or a commune group; the rows that can apply to it are those without that key or with its
    // value.
    private static List<(string? Region, int? Group)> ClassesOf(CriteriaSet set)
    {
        if (set.ThresholdsBy == NtmInputs.CommuneGroup.Name)
        {
            return [.. Enumerable.Range(1, 3).Select(g => ((string?)null, (int?)g))];
        }

        return set.Inputs.TryGet(NtmInputs.Region.Name, out var region) && !region.AllowedValues.IsEmpty
            ? [.. region.AllowedValues.Select(r => ((string?)r, (int?)null))]
            : [(null, null)];
    }

    private static IEnumerable<Threshold> RowsFor(Indicator indicator, (string? Region, int? Group) subjectClass) =>
        indicator.Thresholds.Where(t =>
            !t.IsGeneral
            && (t.Region is null || t.Region == subjectClass.Region)
            && (t.Group is null || t.Group == subjectClass.Group)
        );
}
