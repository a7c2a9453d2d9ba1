namespace Ntm.Criteria;

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
