using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// A batch's summary: for all localities, and by province and district where the localities say which.
/// </summary>
/// <param name="Overall">Every locality.</param>
/// <param name="ByProvince">
/// One group per province (one name written several ways, "Tỉnh Thanh Hoá" and "Thanh Hóa", is one: see
/// <see cref="PlaceName"/>), shown as first written, in Vietnamese alphabetical order; last, with a null
/// <see cref="GroupSummary.Province"/>, the localities that name none. Empty where no locality names a province;
/// otherwise the groups hold every locality.
/// </param>
/// <param name="ByDistrict">
/// One group per district, alike, in Vietnamese alphabetical order of province and name; last in each province, with a
/// null <see cref="GroupSummary.District"/>, its localities that name no district. Empty where no locality names a
/// district; otherwise the groups hold every locality.
/// </param>
public sealed record BatchSummary(
    GroupSummary Overall,
    ImmutableArray<GroupSummary> ByProvince,
    ImmutableArray<GroupSummary> ByDistrict
)
{
    /// <summary>
    /// Formats as the overall group, then how many groups by province and district:
    /// <c>586 localities: reaching Standard 8, …; by province 1, by district 12</c>.
    /// </summary>
    public override string ToString() => $"{Overall}; by province {ByProvince.Length}, by district {ByDistrict.Length}";
}
