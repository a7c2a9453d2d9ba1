using System.Globalization;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>How <c>ntm diff</c> names what changed and shows its two sides.</summary>
internal abstract partial class Texts
{
    /// <summary><c>diff --data</c> of two sets of other levels, whose localities no file holds together.</summary>
    public abstract string DataAcrossLevels(CriteriaSet before, CriteriaSet after);

    /// <summary>
    /// <c>diff</c> whose two names are one version: a file read in place of a shipped version is compared with the
    /// shipped one by naming the file by its path, without <c>--rules</c>.
    /// </summary>
    public string SameSetTwice(CriteriaSet set) =>
        SetOrigin.Of(set) is { InPlaceOfShipped: true, File: { } file }
            ? SameReplacementTwice(set, file)
            : SameVersionTwice(set);

    protected abstract string SameReplacementTwice(CriteriaSet set, string file);

    protected abstract string SameVersionTwice(CriteriaSet set);

    /// <summary>
    /// The row's key: a threshold row's region, group and year, or the fact of the set or indicator that changed.
    /// </summary>
    public string ChangeKey(SetChange change) =>
        (change.BeforeThreshold ?? change.AfterThreshold) is { } row
            ? ThresholdKey(row)
            : change.Key switch
            {
                null => string.Empty,
                "InForce" => InForce,
                "Level" => Level,
                "Tier" => Tier,
                "Province" => Province,
                "RegionOverride" => RegionRuleKey,
                "CommuneGroups" => CommuneGroupsKey,
                "OfficialCounts" => OfficialCountsKey,
                "Requires" => RequiresKey,
                "Input" => InputKey,
                "Measure" => MeasureKey,
                "CommuneSet" => CommuneSetKey,
                "LocalParams" => LocalParamsKey,
                "Direction" => DirectionKey,
                "AppliesWhen" => AppliesWhenKey,
                "Criterion" => Criterion,
                var other => other,
            };

    /// <summary>
    /// One side of a change, in this language where it is a fact of the set rather than a name or a number.
    /// </summary>
    public string ChangeSide(SetChange change, CriteriaSet set, bool after)
    {
        var text = after ? change.After : change.Before;
        return (after ? change.AfterThreshold : change.BeforeThreshold) is { } row
            ? ThresholdCell(row)
            : (change.Kind, change.Key) switch
            {
                // The set's names of what was added, removed or renamed, in this language (the change holds the
                // Vietnamese).
                (SetChangeKind.CriterionAdded or SetChangeKind.CriterionRemoved or SetChangeKind.CriterionRenamed, _)
                    when text is not null && set.AllCriteria.FirstOrDefault(c => c.Number == change.Number) is { } c =>
                    Text(c.Name),
                (SetChangeKind.IndicatorAdded or SetChangeKind.IndicatorRemoved or SetChangeKind.IndicatorRenamed, _)
                    when text is not null && set.FindIndicator(change.Number) is { } indicator => Text(indicator.Name),
                (SetChangeKind.SetChanged, "InForce") => InForceRange(set),
                (SetChangeKind.SetChanged, "Level") => LevelName(set.Level),
                (SetChangeKind.SetChanged, "Tier") => TierName(set.Tier),
                (SetChangeKind.CriterionCompletenessChanged, _) => text switch
                {
                    "all" => AllIndicatorsEncoded,
                    "some" => SomeIndicatorsEncoded,
                    _ => NoIndicatorEncoded,
                },
                (SetChangeKind.SetChanged, "RegionOverride") when set.RegionOverride is { } rule => RegionRule(rule),
                (SetChangeKind.SetChanged, "CommuneGroups") when set.CommuneGroups is { } groups => GroupRule(groups),
                (SetChangeKind.SetChanged, "OfficialCounts") => DecisionCounts(
                    set.OfficialCriteriaCount,
                    set.OfficialIndicatorCount
                ),
                (SetChangeKind.IndicatorConditionChanged, "Direction")
                    when Enum.TryParse<ThresholdDirection>(text, out var direction) => DirectionNames[(int)direction],
                (SetChangeKind.InputAdded or SetChangeKind.InputRemoved or SetChangeKind.InputChanged, { } name)
                    when text is not null && set.Inputs.TryGet(name, out var input) => InputSummary(input),
                _ => text ?? string.Empty,
            };
    }

    /// <summary>An input as a data file gives it: "Tỷ lệ hộ dùng nước sạch (number, %, 0 – 100)".</summary>
    private string InputSummary(InputDeclaration input) =>
        (input.Labels.GetValueOrDefault(Code) ?? input.Labels.GetValueOrDefault("vi")) is { } label
            ? $"{label} ({InputFacts(input)})"
            : InputFacts(input);

    /// <summary>What a data file must meet to give an input: "number, %, 0 – 100".</summary>
    protected string InputFacts(InputDeclaration input)
    {
        // The names data files may write values with count too: a change of them alone is a change of the input.
        var names = input.ValueNames.Values.Sum(n => n.Length);
        return string.Join(
            ", ",
            new[]
            {
                InputTypeName(input),
                input.Unit is { } unit ? UnitName(unit) : "",
                InputRange(input),
                names > 0 ? ValueNamesCount(names) : "",
            }.Where(f => f.Length > 0)
        );
    }

    protected abstract string ValueNamesCount(int names);

    private string ThresholdKey(Threshold row)
    {
        var parts = new List<string>();
        if (row.Region is { } region)
        {
            parts.Add(region);
        }

        if (row.Group is { } group)
        {
            parts.Add(GroupNumbered(group));
        }

        if (row.Year is { } year)
        {
            parts.Add(year.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count > 0 ? string.Join(", ", parts) : EveryLocality;
    }

    /// <summary>
    /// "EthnicMinorityAreaZone là 2 hoặc 3, hoặc IsSafeZoneCommuneOfPoorDistrict → TDMNPB": facts by their column ids.
    /// </summary>
    private string RegionRule(RegionOverride rule) => $"{Conditions(rule.When)} → {rule.Region}";

    /// <summary>
    /// "nhóm 3: EthnicMinorityAreaZone là 2 hoặc 3; nhóm 1: …; còn lại nhóm 2": the groups in the order they are tried.
    /// </summary>
    private string GroupRule(CommuneGroupRule rule) =>
        string.Join("; ", rule.Groups.Select(g => $"{GroupNumbered(g.Group)}: {Conditions(g.When)}"))
        + $"; {OtherwiseWord} {GroupNumbered(rule.Otherwise)}";

    private string Conditions(IEnumerable<SubjectCondition> conditions)
    {
        string Condition(SubjectCondition c) =>
            c.Below is { } bound ? $"{c.Input} {BelowWord} {Show(bound)}"
            : c.Values.IsEmpty ? c.Input
            : $"{c.Input} {IsWord} {string.Join($" {OrWord} ", c.Values)}";

        return string.Join($", {OrWord} ", conditions.Select(Condition));
    }

    /// <summary>"10 tiêu chí, 47 chỉ tiêu" as the decision counts them, "?" for a count it is not known to state.</summary>
    protected abstract string DecisionCounts(int? criteria, int? indicators);

    // The facts of a set a diff names, and the words of its rows' keys and region rules.
    protected abstract string RegionRuleKey { get; }

    protected abstract string RequiresKey { get; }

    protected abstract string CommuneGroupsKey { get; }

    protected abstract string OfficialCountsKey { get; }

    protected abstract string OtherwiseWord { get; }

    protected abstract string InputKey { get; }

    /// <summary>What an indicator compares when not its input alone: a rule file's Measure.</summary>
    public abstract string MeasureKey { get; }

    protected abstract string CommuneSetKey { get; }

    protected abstract string LocalParamsKey { get; }

    protected abstract string DirectionKey { get; }

    protected abstract string AppliesWhenKey { get; }

    /// <summary>"nhóm 2" / "group 2".</summary>
    protected abstract string GroupNumbered(int group);

    /// <summary>A threshold row for every locality: "mọi xã" / "all".</summary>
    protected abstract string EveryLocality { get; }

    protected abstract string BelowWord { get; }

    protected abstract string IsWord { get; }

    protected abstract string OrWord { get; }

    /// <summary>A criterion whose indicators are all in the set.</summary>
    protected abstract string AllIndicatorsEncoded { get; }

    /// <summary>A criterion the sources give only some indicators of: it is never achieved.</summary>
    protected abstract string SomeIndicatorsEncoded { get; }

    /// <summary>A criterion the sources list no indicator of: it is not encoded.</summary>
    protected abstract string NoIndicatorEncoded { get; }
}
