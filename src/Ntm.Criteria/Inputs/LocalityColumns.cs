using System.Collections.Immutable;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// The columns that say which locality a row is, the one list of their names: data files (<c>ntm</c>'s tables), the
/// templates and reports it writes, and the properties <see cref="LocalityMapper{T}"/> maps by convention.
/// </summary>
public static class LocalityColumns
{
    /// <summary>The locality's id.</summary>
    public static LocalityColumn Id { get; } =
        new(LocalityField.Id, "CommuneId", "Mã xã", ["LocalityId", "VillageId", "Id", "Mã thôn", "Mã", "Mã đơn vị"]);

    /// <summary>The locality's name.</summary>
    public static LocalityColumn Name { get; } =
        new(
            LocalityField.Name,
            "CommuneName",
            "Tên xã",
            ["LocalityName", "VillageName", "Name", "Tên thôn", "Tên", "Tên đơn vị"]
        );

    /// <summary>
    /// The district column under the names of the former districts: the districts abolished in 2025, which a file of
    /// communes of 2026 on may still group its communes by. Its names are among <see cref="District"/>'s.
    /// </summary>
    public static LocalityColumn FormerDistrict { get; } =
        new(LocalityField.District, "FormerDistrict", "Huyện cũ", ["Huyện (cũ)"]);

    /// <summary>The district, or the former district of a commune merged in 2025.</summary>
    public static LocalityColumn District { get; } =
        new(LocalityField.District, "District", "Huyện", ["Quận/Huyện", "Quận, huyện", .. FormerDistrict.Names]);

    /// <summary>The province.</summary>
    public static LocalityColumn Province { get; } =
        new(LocalityField.Province, "Province", "Tỉnh", ["Tỉnh/Thành phố", "Tỉnh, thành phố"]);

    /// <summary>Id, name, district and province, in the order of <see cref="LocalityField"/>.</summary>
    public static ImmutableArray<LocalityColumn> All { get; } = [Id, Name, District, Province];

    // The names as a property or a dictionary's key writes them, by their letters and digits without diacritics, in
    // any case: "CommuneId", "commune_id"; "Mã xã" as Vietnamese code writes it, "MaXa", "ma_xa".
    private static readonly Dictionary<string, LocalityField> ConventionalNames = All.SelectMany(column =>
            column.Names.Select(name => (Key: CodeKey(name), column.Field))
        )
        .Distinct()
        .ToDictionary(n => n.Key, n => n.Field, StringComparer.Ordinal);

    /// <summary>
    /// The identity field a property or key of that name gives by convention (<c>CommuneName</c>, <c>Province</c>,
    /// <c>MaXa</c>), or null.
    /// </summary>
    internal static LocalityField? ConventionallyNamed(string name) =>
        ConventionalNames.TryGetValue(CodeKey(name), out var field) ? field : null;

    private static string CodeKey(string name) => new([.. TextKey.Of(name).Where(char.IsAsciiLetterOrDigit)]);
}
