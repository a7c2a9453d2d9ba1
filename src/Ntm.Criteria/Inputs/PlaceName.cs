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
    /// <summary>
    /// The key of a commune's name: "Xã An Thạnh" and "an thanh" are one. "Xã" is its kind only as written with its
    /// diacritics: "Xa Dung" keeps its first word, and is "Xã Xa Dung".
    /// </summary>
    public static string CommuneKey(string name) => KeyWithoutKind(name, ["xã "]);

    /// <summary>
    /// The key of a village's name: "Thôn Trung Đông" and "trung dong" are one, and so with the other words for a
    /// village or a residential area before its name (xóm, bản, ấp, làng, buôn, khóm, khu dân cư, tổ dân phố, …),
    /// written with their diacritics: "Bàn Thạch" keeps its first word, which is no "bản".
    /// </summary>
    public static string VillageKey(string name) => KeyWithoutKind(name, VillageWords);

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
    public static string ProvinceKey(string name) => KeyWithoutKind(name, ProvinceWords);

    // No province's name begins with these, written with or without diacritics.
    private static readonly string[] ProvinceWords = ["tỉnh ", "tinh ", "thành phố ", "thanh pho ", "tp. ", "tp "];

    /// <summary>
    /// The key of a district's name: "Huyện Quảng Xương", "huyện  Quảng Xương" and "HUYỆN QUẢNG XƯƠNG" are one. The word
    /// for its kind stays: "Huyện Kỳ Anh" and "Thị xã Kỳ Anh" are two districts.
    /// </summary>
    public static string DistrictKey(string name) => KeyWithoutKind(name, []);

    /// <summary>
    /// Whether a name is a ward's or a town's ("Phường Hà Huy Tập", "Thị trấn Hà Trung", "TT. Hà Trung"): urban units,
    /// which the criteria for communes (xã) do not cover. Diacritics count: "Phương Trung" may be a commune.
    /// </summary>
    public static bool IsWardOrTown(string name) => KindOf(Words(name), WardAndTownWords) is not null;

    /// <summary>
    /// Whether a name is a district's as a form writes it, its kind first ("Huyện Tân Kỳ", "Thị xã Thái Hòa", "TP. Vinh",
    /// "Quận 1"): the districts a form lists its communes under.
    /// </summary>
    public static bool IsDistrict(string name) => KindOf(Words(name), DistrictWords) is not null;

    // The words, and their abbreviations in tables, that name a district before its name.
    private static readonly string[] DistrictWords = ["huyện ", "thị xã ", "thành phố ", "quận ", "tp. ", "tp "];

    // The words, and their abbreviations in tables, that name a ward or a town before its name.
    private static readonly string[] WardAndTownWords = ["phường ", "thị trấn ", "p.", "tt.", "tt "];

    // The key of a name whose first words, as written with their diacritics, may be its kind ("xã", "thôn").
    private static string KeyWithoutKind(string name, string[] kinds)
    {
        var words = Words(name);
        return TextKey.Of(KindOf(words, kinds) is { } kind ? words[kind.Length..] : words);
    }

    // A name's words, composed, one space apart, in lower case: as its kind is looked for, diacritics and all.
    private static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(
                ' ',
                name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            )
            .ToLowerInvariant();
    }

    // The kind the words begin with, if a name follows it.
    private static string? KindOf(string words, string[] kinds) =>
        kinds.FirstOrDefault(k => words.Length > k.Length && words.StartsWith(k, StringComparison.Ordinal));
}
