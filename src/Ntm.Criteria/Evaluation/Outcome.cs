namespace Ntm.Criteria;

/// <summary>The outcome of an indicator, a criterion or a precondition for one subject.</summary>
public enum Outcome : byte
{
    /// <summary>Đạt.</summary>
    Achieved,

    /// <summary>Không đạt.</summary>
    NotAchieved,

    /// <summary>
    /// An input the outcome depends on was not supplied, or the region, group or year that selects its threshold;
    /// never counted as achieved. An empty input is missing data even where the threshold is not set, so that a
    /// subject's data gaps show whatever the sources lack.
    /// </summary>
    MissingData,

    /// <summary>
    /// The indicator does not apply to this subject ("nếu có"); counted as achieved, as district reports do.
    /// </summary>
    NotApplicable,

    /// <summary>
    /// The set has no threshold for this subject's region, group or year, and the subject's value is there: not
    /// achieved, and counted apart.
    /// </summary>
    ThresholdNotSet,

    /// <summary>
    /// The criterion's indicators are not in the sources, or only some are and those are achieved
    /// (<see cref="Criterion.IsComplete"/>): not achieved, and counted apart.
    /// </summary>
    NotEncoded,

    /// <summary>The rule has no value for these inputs (a whole-number division by zero in a revised file).</summary>
    EvaluationError,
}
