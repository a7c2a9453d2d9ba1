namespace Ntm.Criteria;

/// <summary>
/// The socio-economic regions whose thresholds differ; the member names are the codes the rule files use for the
/// <c>Region</c> input.
/// </summary>
public enum Region
{
    /// <summary>Trung du và miền núi phía Bắc: northern midlands and mountains.</summary>
    TDMNPB,

    /// <summary>Đồng bằng sông Hồng: Red River delta.</summary>
    DBSH,

    /// <summary>Bắc Trung Bộ: north central coast.</summary>
    BTB,

    /// <summary>Duyên hải Nam Trung Bộ: south central coast.</summary>
    DHNTB,

    /// <summary>Tây Nguyên: central highlands.</summary>
    TN,

    /// <summary>Đông Nam Bộ: south-east.</summary>
    DNB,

    /// <summary>Đồng bằng sông Cửu Long: Mekong delta.</summary>
    DBSCL,
}
