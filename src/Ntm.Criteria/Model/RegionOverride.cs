using System.Collections.Immutable;
using System.Globalization;

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
public sealed record RegionOverride(ImmutableArray<RegionOverrideCondition> When, string Region, ValueStatus Status, string? Source)
{
    /// <summary>The rule as a sentence: "EthnicMinorityAreaZone is 2 or 3, or IsSafeZoneCommuneOfPoorDistrict → TDMNPB".</summary>
    public override string ToString() => $"{string.Join(", or ", When)} → {Region}";
}

/// <summary>One fact of a <see cref="RegionOverride"/>: a boolean input that is true, or a whole-number input with one of <see cref="Values"/>.</summary>
/// <param name="Input">The input read.</param>
/// <param name="Values">The values that hold, for a whole-number input; empty for a boolean input.</param>
public sealed record RegionOverrideCondition(string Input, ImmutableArray<int> Values)
{
    /// <summary>"IsSafeZoneCommuneOfPoorDistrict", or "EthnicMinorityAreaZone is 2 or 3".</summary>
    public override string ToString() =>
        Values.IsEmpty ? Input : $"{Input} is {string.Join(" or ", Values.Select(v => v.ToString(CultureInfo.InvariantCulture)))}";
}
