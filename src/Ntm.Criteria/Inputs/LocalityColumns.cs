using System.Collections.Immutable;

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

    // The names a property or a dictionary's key can have in code (letters and digits), in any case.
    private static readonly Dictionary<string, LocalityField> ConventionalNames = All.SelectMany(column =>
            column.Names.Where(name => name.All(char.IsAsciiLetterOrDigit)).Select(name => (name, column.Field))
        )
        .ToDictionary(n => n.name, n => n.Field, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The identity field a property or key of that name gives by convention (<c>CommuneName</c>, <c>Province</c>),
    /// or null.
    /// </summary>
    internal static LocalityField? ConventionallyNamed(string name) =>
        ConventionalNames.TryGetValue(name, out var field) ? field : null;
}
