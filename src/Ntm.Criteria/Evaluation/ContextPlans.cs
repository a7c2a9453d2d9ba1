using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>What the threshold tables give in one context: each indicator's row.</summary>
/// <param name="Thresholds">Each indicator's row, or null when none applies.</param>
/// <param name="ContextMissing">Whether indicator i has no row here because the region, group or year is missing
/// (missing data, not an open threshold).</param>
/// <param name="AnyUnconfirmed">Whether some indicator's row here is unconfirmed (a report need not look otherwise).
/// </param>
internal sealed record ContextPlan(Threshold?[] Thresholds, bool[] ContextMissing, bool AnyUnconfirmed);

/// <summary>
/// A set's context plans, one per class of contexts its threshold tables cannot tell apart: a region, group or year
/// no row names behaves like any other such, so a plan is found by a few comparisons and an array read, and built
/// once, on first use.
/// </summary>
internal sealed class ContextPlans
{
    private readonly Indicator[] _indicators;

    // The parts of the context some row names, each read through a reader resolved once (a part no row names is
    // not read). A region that is not text, or a group or year that is not an integer, never matches a row: missing.
    private readonly bool _readsRegionText,
        _readsGroup,
        _readsYear;
    private readonly InputReader _regionText,
        _group,
        _year;

    // The region override's conditions with the index of the input each reads, resolved only where some row names a
    // region.
    private readonly (SubjectCondition Condition, int Input)[] _override;
    private readonly string? _overrideRegion;

    // A set that places communes in groups from their facts (2026-2030) reads the group that way when none is given.
    private readonly CommuneGroupRule? _groupRule;

    // The keys the rows name; a value's class is its position here, then "another value", then "missing".
    private readonly string[] _regions;
    private readonly int[] _groups;
    private readonly int[] _years;
    private readonly ContextPlan?[] _plans;

    /// <param name="set">The set, for its inputs and region override.</param>
    /// <param name="indicators">The criteria's indicators, then the preconditions'.</param>
    public ContextPlans(CriteriaSet set, Indicator[] indicators)
    {
        _indicators = indicators;
        var rows = indicators.SelectMany(i => i.Thresholds).Where(t => !t.IsGeneral).ToList();
        _regions = rows.Where(t => t.Region is not null)
            .Select(t => t.Region!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        _groups = rows.Where(t => t.Group is not null).Select(t => t.Group!.Value).Distinct().ToArray();
        _years = rows.Where(t => t.Year is not null).Select(t => t.Year!.Value).Distinct().ToArray();

        var readsRegion = _regions.Length > 0 && set.Inputs.IndexOf(NtmInputs.Region.Name) >= 0;
        _readsRegionText =
            readsRegion
            && ReaderOf(set.Inputs, NtmInputs.Region.Name, out _regionText, InputType.Text, InputType.Enumeration);
        _override = readsRegion
            ? [.. (set.RegionOverride?.When ?? []).Select(c => (c, set.Inputs.IndexOf(c.Input)))]
            : [];
        _overrideRegion = set.RegionOverride?.Region;
        _readsGroup =
            _groups.Length > 0 && ReaderOf(set.Inputs, NtmInputs.CommuneGroup.Name, out _group, InputType.Integer);
        _groupRule = set.CommuneGroups;
        _readsYear =
            _years.Length > 0 && ReaderOf(set.Inputs, NtmInputs.AssessmentYear.Name, out _year, InputType.Integer);
        _plans = new ContextPlan?[(_regions.Length + 2) * (_groups.Length + 2) * (_years.Length + 2)];
    }

    /// <summary>The plan for a record's context.</summary>
    public ContextPlan For(InputRecord input)
    {
        // Read for every subject counted: only the parts of the context some row names, without building values.
        var region =
            Overridden(input) ? _overrideRegion
            : _readsRegionText ? _regionText.Text(input)
            : null;

        var group = _readsGroup ? (int?)_group.Number(input) ?? _groupRule?.Derive(input) : null;
        var year = _readsYear ? (int?)_year.Number(input) : null;
        var index =
            (ClassOf(region) * (_groups.Length + 2) + ClassOf(_groups, group)) * (_years.Length + 2)
            + ClassOf(_years, year);
        return Volatile.Read(ref _plans[index]) ?? Create(index, region, group, year);
    }

    /// <summary>Whether a fact of the subject sends it to the override's region.</summary>
    private bool Overridden(InputRecord input)
    {
        foreach (var (condition, index) in _override)
        {
            if (index >= 0 && condition.HoldsFor(input.Get(index)) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the named input is declared with one of the types, and its reader; with another, its values never match
    /// a row.
    /// </summary>
    private static bool ReaderOf(InputSchema inputs, string name, out InputReader reader, params InputType[] types)
    {
        var found = inputs.TryGet(name, out var declaration) && types.Contains(declaration.Type);
        reader = found ? inputs.Reader(name) : default;
        return found;
    }

    // A region is told apart as its text is written (an ordinal comparison), as the rows name it.
    private int ClassOf(string? region) =>
        region is null ? _regions.Length + 1
        : Array.IndexOf(_regions, region) is var i and >= 0 ? i
        : _regions.Length;

    private static int ClassOf(int[] keys, int? value) =>
        value is not { } known ? keys.Length + 1
        : Array.IndexOf(keys, known) is var i and >= 0 ? i
        : keys.Length;

    private ContextPlan Create(int index, string? region, int? group, int? year)
    {
        var thresholds = _indicators.Select(i => i.ThresholdFor(region, group, year)).ToArray();

        // Without a region (say), a regional threshold is unknown because of the subject's data, not the sources.
        var contextMissing = _indicators
            .Select((indicator, i) => thresholds[i] is null && indicator.DependsOnMissingContext(region, group, year))
            .ToArray();

        // Any context of the class gives the same plan, so whichever thread publishes first wins.
        var unconfirmed = thresholds.Any(t => t is { Status: ValueStatus.Unconfirmed });
        return Interlocked.CompareExchange(
                ref _plans[index],
                new ContextPlan(thresholds, contextMissing, unconfirmed),
                null
            ) ?? _plans[index]!;
    }
}
