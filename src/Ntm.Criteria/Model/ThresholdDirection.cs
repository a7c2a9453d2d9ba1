namespace Ntm.Criteria;

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
