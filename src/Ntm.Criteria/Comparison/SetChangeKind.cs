namespace Ntm.Criteria;

/// <summary>What kind of difference a <see cref="SetChange"/> records.</summary>
public enum SetChangeKind
{
    /// <summary>A criterion (or precondition) with a new number.</summary>
    CriterionAdded,

    /// <summary>A criterion whose number is gone.</summary>
    CriterionRemoved,

    /// <summary>A criterion kept its number and changed its name.</summary>
    CriterionRenamed,

    /// <summary>A criterion's prerequisite set changed.</summary>
    PrerequisiteChanged,

    /// <summary>An indicator with a new number.</summary>
    IndicatorAdded,

    /// <summary>An indicator whose number is gone.</summary>
    IndicatorRemoved,

    /// <summary>An indicator kept its number and changed its name.</summary>
    IndicatorRenamed,

    /// <summary>
    /// An indicator reads another input, compares another measure or the other way, counts the communes of another set,
    /// applies under another condition, or its rule's local params changed.
    /// </summary>
    IndicatorConditionChanged,

    /// <summary>A threshold row (region, group, year) appeared.</summary>
    ThresholdAdded,

    /// <summary>A threshold row disappeared.</summary>
    ThresholdRemoved,

    /// <summary>A threshold row's value or status changed.</summary>
    ThresholdChanged,

    /// <summary>
    /// A fact of the set itself changed: its level, tier, province, prerequisite set, in-force dates, region rule,
    /// commune groups or the decision's counts.
    /// </summary>
    SetChanged,

    /// <summary>An input the set did not declare: data files need a column for it.</summary>
    InputAdded,

    /// <summary>An input the set no longer declares.</summary>
    InputRemoved,

    /// <summary>An input declared with another type, unit, range or allowed values.</summary>
    InputChanged,

    /// <summary>
    /// A criterion's indicators became all of its own, only some (<see cref="Criterion.IsComplete"/>), or none
    /// (<see cref="Criterion.IsEncoded"/>); the sides are <c>all</c>, <c>some</c> and <c>none</c>.
    /// </summary>
    CriterionCompletenessChanged,
}
