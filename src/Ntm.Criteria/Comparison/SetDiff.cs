using System.Collections.Immutable;
using System.Globalization;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// The differences between two criteria sets or two versions of one: criteria and indicators added, removed and
/// renamed (matched by official number), changed conditions and prerequisites, and threshold rows changed per region,
/// group and year (those of an indicator added or removed too). Immutable.
/// </summary>
public sealed class SetDiff
{
    private SetDiff(CriteriaSet before, CriteriaSet after, ImmutableArray<SetChange> changes)
    {
        Before = before;
        After = after;
        Changes = changes;
    }

    /// <summary>The set compared from.</summary>
    public CriteriaSet Before { get; }

    /// <summary>The set compared to.</summary>
    public CriteriaSet After { get; }

    /// <summary>Every difference, in the official order of the numbers (the set's own changes first).</summary>
    public ImmutableArray<SetChange> Changes { get; }

    /// <summary>Whether the two sets have the same criteria, indicators, conditions and thresholds.</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>
    /// Formats as <c>test/a@2022-01-01 → test/a@2024-06-01: 2 changes</c>, each change on a line of its own below.
    /// </summary>
    public override string ToString() =>
        $"{Before} → {After}: "
        + (IsEmpty ? "no changes" : $"{Changes.Length} {(Changes.Length == 1 ? "change" : "changes")}")
        + string.Concat(Changes.Select(c => "\n  " + c));

    /// <summary>Compares two sets.</summary>
    public static SetDiff Compare(CriteriaSet before, CriteriaSet after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<SetChange>();
        CompareSets(before, after, changes);
        CompareInputs(before.Inputs, after.Inputs, changes);

        var oldCriteria = before.AllCriteria.ToList();
        var newCriteria = after.AllCriteria.ToList();
        foreach (var (number, old, now) in Pair(oldCriteria, newCriteria, c => c.Number))
        {
            if (old is null || now is null)
            {
                changes.Add(
                    new SetChange(
                        old is null ? SetChangeKind.CriterionAdded : SetChangeKind.CriterionRemoved,
                        number,
                        null,
                        old?.Name.Vietnamese,
                        now?.Name.Vietnamese
                    )
                );
                continue;
            }

            if (old.Name != now.Name)
            {
                changes.Add(
                    new SetChange(
                        SetChangeKind.CriterionRenamed,
                        number,
                        null,
                        old.Name.Vietnamese,
                        now.Name.Vietnamese
                    )
                );
            }

            if (old.Prerequisite != now.Prerequisite)
            {
                changes.Add(
                    new SetChange(SetChangeKind.PrerequisiteChanged, number, null, old.Prerequisite, now.Prerequisite)
                );
            }

            // Whether a criterion can be achieved at all turns on it, as much as on a threshold.
            if (Encoding(old) != Encoding(now))
            {
                changes.Add(
                    new SetChange(
                        SetChangeKind.CriterionCompletenessChanged,
                        number,
                        null,
                        Encoding(old),
                        Encoding(now)
                    )
                );
            }
        }

        foreach (
            var (number, old, now) in Pair(
                oldCriteria.SelectMany(c => c.Indicators),
                newCriteria.SelectMany(c => c.Indicators),
                i => i.Number
            )
        )
        {
            if (old is null || now is null)
            {
                changes.Add(
                    new SetChange(
                        old is null ? SetChangeKind.IndicatorAdded : SetChangeKind.IndicatorRemoved,
                        number,
                        null,
                        old?.Name.Vietnamese,
                        now?.Name.Vietnamese
                    )
                );

                // What an indicator added requires is what a reviewer of the change must check, cell by cell.
                CompareThresholds(number, old?.Thresholds ?? [], now?.Thresholds ?? [], changes);
                continue;
            }

            CompareIndicators(old, now, before, after, changes);
        }

        return new SetDiff(before, after, [.. changes.OrderBy(c => c.Number, OfficialNumberComparer.Instance)]);
    }

    private static void CompareSets(CriteriaSet before, CriteriaSet after, List<SetChange> changes)
    {
        void Changed(string key, string? was, string? now)
        {
            if (was != now)
            {
                changes.Add(new SetChange(SetChangeKind.SetChanged, string.Empty, key, was, now));
            }
        }

        // Sets of another level or tier are compared too (a province's advanced set with the national standard one),
        // and say so first: their numbers name other things.
        Changed("Level", RuleFileWords.Of(before.Level), RuleFileWords.Of(after.Level));
        Changed("Tier", RuleFileWords.Of(before.Tier), RuleFileWords.Of(after.Tier));

        // A province's set evaluates its own communes; a national one, the country's.
        Changed("Province", before.Province, after.Province);
        Changed("Requires", before.Requires?.SetId, after.Requires?.SetId);
        if (before.InForceFrom != after.InForceFrom || before.InForceTo != after.InForceTo)
        {
            changes.Add(
                new SetChange(
                    SetChangeKind.SetChanged,
                    string.Empty,
                    "InForce",
                    before.InForceRange,
                    after.InForceRange
                )
            );
        }

        // Which subjects take another region's thresholds, or which group a commune is placed in, changes every value
        // they are held to; the decision's counts decide whether the set can be achieved at all.
        Changed("RegionOverride", before.RegionOverride?.ToString(), after.RegionOverride?.ToString());
        Changed("CommuneGroups", before.CommuneGroups?.ToString(), after.CommuneGroups?.ToString());
        Changed("OfficialCounts", OfficialCounts(before), OfficialCounts(after));
    }

    // "10 criteria, 47 indicators", "?" where the decision's count is not known; null when neither is.
    private static string? OfficialCounts(CriteriaSet set) =>
        set is { OfficialCriteriaCount: null, OfficialIndicatorCount: null }
            ? null
            : $"{set.OfficialCriteriaCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} criteria, "
                + $"{set.OfficialIndicatorCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} indicators";

    // Each input of the set before, changed or removed, in its order; then the inputs the set after adds.
    private static void CompareInputs(InputSchema before, InputSchema after, List<SetChange> changes)
    {
        foreach (var old in before.Declarations)
        {
            if (!after.TryGet(old.Name, out var now))
            {
                changes.Add(new SetChange(SetChangeKind.InputRemoved, string.Empty, old.Name, Describe(old), null));
            }
            else if (!old.Equals(now))
            {
                changes.Add(
                    new SetChange(SetChangeKind.InputChanged, string.Empty, old.Name, Describe(old), Describe(now))
                );
            }
        }

        foreach (var now in after.Declarations.Where(d => !before.TryGet(d.Name, out _)))
        {
            changes.Add(new SetChange(SetChangeKind.InputAdded, string.Empty, now.Name, null, Describe(now)));
        }
    }

    // "number, %, 0–100": the facts of a declaration a data file must meet.
    private static string Describe(InputDeclaration input) =>
        string.Join(
            ", ",
            new[]
            {
                InputTypeWords.Of(input.Type),
                input.Unit,
                (input.Minimum, input.Maximum) switch
                {
                    (null, null) => null,
                    ({ } min, null) => $"≥ {Show(min)}",
                    (null, { } max) => $"≤ {Show(max)}",
                    ({ } min, { } max) => $"{Show(min)}–{Show(max)}",
                },
                input.AllowedValues.IsEmpty ? null : string.Join("|", input.AllowedValues),
            }.OfType<string>()
        );

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);

    // A criterion the sources list no indicator of is not "all of them", whatever its Complete property says.
    private static string Encoding(Criterion criterion) =>
        !criterion.IsEncoded ? "none"
        : criterion.IsComplete ? "all"
        : "some";

    private static void CompareIndicators(
        Indicator old,
        Indicator now,
        CriteriaSet before,
        CriteriaSet after,
        List<SetChange> changes
    )
    {
        var number = now.Number;
        if (old.Name != now.Name)
        {
            changes.Add(
                new SetChange(SetChangeKind.IndicatorRenamed, number, null, old.Name.Vietnamese, now.Name.Vietnamese)
            );
        }

        void Condition(string what, string? before, string? after)
        {
            if (before != after)
            {
                changes.Add(new SetChange(SetChangeKind.IndicatorConditionChanged, number, what, before, after));
            }
        }

        Condition("Input", old.Input, now.Input);
        Condition("Measure", old.Measure, now.Measure);
        Condition("CommuneSet", old.CommuneSet, now.CommuneSet);
        Condition("LocalParams", LocalParams(before, old), LocalParams(after, now));
        Condition("Direction", old.Direction.ToString(), now.Direction.ToString());
        Condition("AppliesWhen", old.AppliesWhen, now.AppliesWhen);
        Condition("Criterion", old.Criterion.Number, now.Criterion.Number);
        CompareThresholds(number, old.Thresholds, now.Thresholds, changes);
    }

    // A measure or a condition may name its rule's local params: a change of one changes what the indicator compares.
    private static string? LocalParams(CriteriaSet set, Indicator indicator) =>
        set.Workflow.Rules[indicator.RuleIndex].Rule.LocalParams is { IsEmpty: false } locals
            ? string.Join("; ", locals.Select(p => $"{p.Name} = {p.Expression}"))
            : null;

    private static void CompareThresholds(
        string number,
        IEnumerable<Threshold> old,
        IEnumerable<Threshold> now,
        List<SetChange> changes
    )
    {
        foreach (var (key, before, after) in Pair(old, now, t => t.Key))
        {
            if (before is null || after is null)
            {
                changes.Add(
                    new SetChange(
                        before is null ? SetChangeKind.ThresholdAdded : SetChangeKind.ThresholdRemoved,
                        number,
                        key,
                        Describe(before),
                        Describe(after)
                    )
                    {
                        BeforeThreshold = before,
                        AfterThreshold = after,
                    }
                );
            }
            else if (before.Value != after.Value || before.Status != after.Status)
            {
                changes.Add(
                    new SetChange(SetChangeKind.ThresholdChanged, number, key, Describe(before), Describe(after))
                    {
                        BeforeThreshold = before,
                        AfterThreshold = after,
                    }
                );
            }
        }
    }

    /// <summary>"19 (confirmed)", "open (not set)": a threshold row as a diff shows it.</summary>
    private static string? Describe(Threshold? threshold) =>
        threshold switch
        {
            null => null,
            { Value.HasValue: true } => $"{threshold.Value} ({Status(threshold.Status)})",
            _ => $"open ({Status(threshold.Status)})",
        };

    private static string Status(ValueStatus status) =>
        status switch
        {
            ValueStatus.Confirmed => "confirmed",
            ValueStatus.Unconfirmed => "unconfirmed",
            _ => "not set",
        };

    /// <summary>
    /// The items of both sides matched by key (numbers or threshold keys), in official order; null where a side lacks
    /// one.
    /// </summary>
    private static IEnumerable<(string Key, T? Before, T? After)> Pair<T>(
        IEnumerable<T> before,
        IEnumerable<T> after,
        Func<T, string> key
    )
        where T : class
    {
        var old = before.ToDictionary(key);
        var now = after.ToDictionary(key);
        return old
            .Keys.Union(now.Keys, StringComparer.Ordinal)
            .Order(OfficialNumberComparer.Instance)
            .Select(k => (k, old.GetValueOrDefault(k), now.GetValueOrDefault(k)));
    }
}
