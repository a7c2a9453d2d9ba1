using System.Text;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// A place's name as files and people write it differently ("Xã An Thạnh", "an thanh"; "Tỉnh Thanh Hoá", "Thanh Hóa"):
/// one key, without case, diacritics or extra spaces, for matching names and grouping by them, never for showing them;
/// and which names are those of wards and towns.
/// </summary>
public static class PlaceName
{
    /// <summary>The key of a commune's name: "Xã An Thạnh" and "an thanh" are one.</summary>
    public static string CommuneKey(string name) => Key(name, ["xa "]);

    /// <summary>
    /// The key of a village's name: "Thôn Trung Đông" and "trung dong" are one, and so with the other words for a
    /// village or a residential area before its name (xóm, bản, ấp, làng, buôn, khóm, khu dân cư, tổ dân phố, …), written
    /// with their diacritics: "Bàn Thạch" keeps its first word, which is no "bản".
    /// </summary>
    public static string VillageKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = string.Join(
                ' ',
                name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            )
            .ToLowerInvariant();
        return TextKey.Of(
            VillageWords.FirstOrDefault(w => words.Length > w.Length && words.StartsWith(w, StringComparison.Ordinal))
                is { } kind
                ? words[kind.Length..]
                : words
        );
    }

    // The longer first, where one begins another. Words that are also the first word of names (tổ, khối, sóc) are not
    // taken for a kind.
    private static readonly string[] VillageWords =
    [
        "khu dân cư ",
        "tổ dân phố ",
        "khu phố ",
        "thôn ",
        "xóm ",
        "bản ",
        "ấp ",
        "làng ",
        "buôn ",
        "plei ",
        "khóm ",
    ];

    /// <summary>
    /// The key of a province's name: "Tỉnh Thanh Hoá" and "Thanh Hóa" are one, "TP. Cần Thơ" and "Cần Thơ".
    /// </summary>
    public static string ProvinceKey(string name) => Key(name, ["tinh ", "thanh pho ", "tp. ", "tp "]);

    /// <summary>
    /// The key of a district's name: "Huyện Quảng Xương", "huyện  Quảng Xương" and "HUYỆN QUẢNG XƯƠNG" are one. The word
    /// for its kind stays: "Huyện Kỳ Anh" and "Thị xã Kỳ Anh" are two districts.
    /// </summary>
    public static string DistrictKey(string name) => Key(name, []);

    /// <summary>
    /// Whether a name is a ward's or a town's ("Phường Hà Huy Tập", "Thị trấn Hà Trung", "TT. Hà Trung"): urban units,
    /// which the criteria for communes (xã) do not cover. Diacritics count: "Phương Trung" may be a commune.
    /// </summary>
    public static bool IsWardOrTown(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = string.Join(
                ' ',
                name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            )
            .ToLowerInvariant();
        return WardAndTownWords.Any(w => words.Length > w.Length && words.StartsWith(w, StringComparison.Ordinal));
    }

    // The words, and their abbreviations in tables, that name a ward or a town before its name.
    private static readonly string[] WardAndTownWords = ["phường ", "thị trấn ", "p.", "tt.", "tt "];

    private static string Key(string name, string[] kinds)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = TextKey.Of(name);
        return kinds.FirstOrDefault(k => key.StartsWith(k, StringComparison.Ordinal)) is { } kind
            ? key[kind.Length..].TrimStart()
            : key;
    }
}
