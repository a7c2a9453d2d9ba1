namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A font made for a legacy Vietnamese encoding: TCVN3's ".Vn…" fonts (".VnTime"; those ending in H, ".VnTimeH", draw
/// capitals only) and VNI's "VNI-…" fonts ("VNI-Times"). A workbook cell in one stores "X· An Th¹nh" and shows
/// "Xã An Thạnh"; it is read as shown.
/// </summary>
internal sealed record LegacyFont(string Name, bool IsVni)
{
    /// <summary>The encoding's name, as offices and converters such as Unikey call it.</summary>
    public string Encoding => IsVni ? "VNI" : "TCVN3";

    /// <summary>The legacy font of this name, or null for a font of Unicode text.</summary>
    public static LegacyFont? Named(string? name) =>
        name is null ? null
        : name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) ? new LegacyFont(name, IsVni: false)
        : name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) ? new LegacyFont(name, IsVni: true)
        : null;

    /// <summary>
    /// The text as the font shows it; text that is Unicode already (typed or pasted into the cell after it was given the
    /// font) is kept as it is.
    /// </summary>
    public string Shown(string stored)
    {
        if (LegacyVietnamese.IsUnicode(stored))
        {
            return stored;
        }

        if (IsVni)
        {
            return LegacyVietnamese.FromVni(stored);
        }

        var shown = LegacyVietnamese.FromTcvn3(stored);
        return Name.EndsWith('H') ? shown.ToUpperInvariant() : shown;
    }
}
