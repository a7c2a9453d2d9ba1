using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// A special rule that makes some subjects take another region's thresholds: when any of its conditions holds (a
/// commune of khu vực II or III, a coastal especially difficult commune, …), the subject is evaluated as one of
/// <see cref="Region"/>. A condition whose input is missing does not hold.
/// </summary>
/// <param name="When">The facts that send a subject to the region; any one suffices.</param>
/// <param name="Region">The region whose thresholds apply.</param>
/// <param name="Status">Whether the rule is confirmed in the sources.</param>
/// <param name="Source">Where the rule is stated.</param>
public sealed record RegionOverride(
    ImmutableArray<SubjectCondition> When,
    string Region,
    ValueStatus Status,
    string? Source
)
{
    /// <summary>
    /// The rule as a sentence: "EthnicMinorityAreaZone is 2 or 3, or IsSafeZoneCommuneOfPoorDistrict → TDMNPB".
    /// </summary>
    public override string ToString() => $"{string.Join(", or ", When)} → {Region}";
}
