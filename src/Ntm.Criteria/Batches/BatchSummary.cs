using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// A batch's summary: for all localities, and by province and district where the localities say which.
/// </summary>
/// <param name="Overall">Every locality.</param>
/// <param name="ByProvince">
/// One group per province (one name written several ways, "Tỉnh Thanh Hoá" and "Thanh Hóa", is one: see
/// <see cref="PlaceName"/>), shown as first written, in Vietnamese alphabetical order.
/// </param>
/// <param name="ByDistrict">One group per district, alike, in Vietnamese alphabetical order of province and name.</param>
public sealed record BatchSummary(
    GroupSummary Overall,
    ImmutableArray<GroupSummary> ByProvince,
    ImmutableArray<GroupSummary> ByDistrict
);
