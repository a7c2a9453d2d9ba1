namespace Ntm.Criteria;

/// <summary>The administrative level a criteria set assesses.</summary>
public enum Level
{
    /// <summary>Xã: a commune.</summary>
    Commune,

    /// <summary>Huyện: a district (until the district level was abolished in 2025).</summary>
    District,

    /// <summary>Thôn, bản: a village, under provincial sets.</summary>
    Village,

    /// <summary>Tỉnh: a province.</summary>
    Province,
}

/// <summary>The tier of a criteria set; each tier above standard requires the one below it.</summary>
public enum Tier
{
    /// <summary>Đạt chuẩn: the standard set.</summary>
    Standard,

    /// <summary>Nâng cao: advanced.</summary>
    Advanced,

    /// <summary>Kiểu mẫu: model.</summary>
    Model,

    /// <summary>Hiện đại: modern (the 2026-2030 pilot).</summary>
    Modern,
}

/// <summary>How far a value taken from the sources can be trusted.</summary>
public enum ValueStatus
{
    /// <summary>Read in a source the rule file names.</summary>
    Confirmed,

    /// <summary>The best value the sources give, not confirmed against the decision.</summary>
    Unconfirmed,

    /// <summary>The sources give no value: the threshold is open until a revised or provincial file supplies it.</summary>
    NotSet,
}

/// <summary>How an indicator's value is compared with its threshold.</summary>
public enum ThresholdDirection
{
    /// <summary>The value must be at least the threshold (≥).</summary>
    AtLeast,

    /// <summary>The value must be at most the threshold (≤), as for poverty or stunting rates.</summary>
    AtMost,

    /// <summary>The condition must hold (Đạt).</summary>
    MustHold,

    /// <summary>The condition must not hold (for example: no temporary houses).</summary>
    MustNotHold,
}

/// <summary>What a top-level rule of a set is.</summary>
public enum CriterionKind
{
    /// <summary>A criterion (tiêu chí), counted in "17/19 criteria".</summary>
    Criterion,

    /// <summary>A precondition (điều kiện) that is not counted among the criteria, such as a district's share of standard communes.</summary>
    Precondition,
}
