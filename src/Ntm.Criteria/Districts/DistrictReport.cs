using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// A district evaluated against the district chain in force, with the shares of its communes that reach each
/// commune set computed from the communes' own reports.
/// </summary>
public sealed class DistrictReport
{
    internal DistrictReport(
        Locality district,
        TierReport tiers,
        int communeCount,
        ImmutableDictionary<string, double> communeShares
    )
    {
        District = district;
        Tiers = tiers;
        CommuneCount = communeCount;
        CommuneShares = communeShares;
    }

    /// <summary>The district, with its own inputs as given.</summary>
    public Locality District { get; }

    /// <summary>The district chain's reports, with the computed shares in their inputs.</summary>
    public TierReport Tiers { get; }

    /// <summary>How many commune reports the shares were computed from.</summary>
    public int CommuneCount { get; }

    /// <summary>The computed share (percent) of communes reaching each commune set, by set id.</summary>
    public ImmutableDictionary<string, double> CommuneShares { get; }

    /// <summary>Formats as <c>'D1': 12 communes, tier: none; next: Standard (…)</c>.</summary>
    public override string ToString() => $"{District}: {CommuneCount} communes, {Tiers}";
}
