namespace Ntm.Criteria.Cli;

internal sealed partial class EnglishTexts
{
    protected override string ValueNamesCount(int names) => $"{names} {OneOrMany(names, "value name", "value names")}";

    public override string DataAcrossLevels(CriteriaSet before, CriteriaSet after) =>
        $"--data compares how one file's localities fare under two sets of one level; {before.Id} assesses "
        + $"{LevelNames[(int)before.Level]}s and {after.Id} {LevelNames[(int)after.Level]}s";

    protected override string SameReplacementTwice(CriteriaSet set, string file) =>
        $"SET_A and SET_B both name {set}, read from {file} in place of the shipped version, so there is nothing to "
        + "compare; to see what the file changes in the shipped version, name the shipped one by its id and the file "
        + $"by its path, without --rules: ntm diff {set} {file}";

    protected override string SameVersionTwice(CriteriaSet set) =>
        $"SET_A and SET_B both name {set}, so there is nothing to compare: name two different versions or sets "
        + "(ntm sets lists them)";

    protected override string RegionRuleKey => "Region rule";

    protected override string RequiresKey => "Requires";

    protected override string CommuneGroupsKey => "Commune groups";

    protected override string OfficialCountsKey => "Decision's counts";

    protected override string OtherwiseWord => "otherwise";

    protected override string DecisionCounts(int? criteria, int? indicators) =>
        $"{CountOrUnknown(criteria)} criteria, {CountOrUnknown(indicators)} indicators";

    protected override string InputKey => "Input";

    public override string MeasureKey => "Measure";

    protected override string DirectionKey => "Direction";

    protected override string CommuneSetKey => "Communes counted";

    protected override string LocalParamsKey => "Local params";

    protected override string AppliesWhenKey => "Applies when";

    protected override string GroupNumbered(int group) => $"group {group}";

    protected override string EveryLocality => "all";

    protected override string BelowWord => "below";

    protected override string IsWord => "is";

    protected override string OrWord => "or";

    protected override string AllIndicatorsEncoded => "all of them";

    protected override string SomeIndicatorsEncoded => "only some (never achieved)";

    protected override string NoIndicatorEncoded => "none (not encoded)";
}
