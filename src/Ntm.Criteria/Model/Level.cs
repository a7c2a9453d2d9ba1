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
