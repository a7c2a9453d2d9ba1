using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A place's name as files and people write it differently ("Xã An Thạnh", "an thanh"; "Tỉnh Thanh Hoá", "Thanh Hóa"):
/// one key, without case, diacritics, extra spaces or the word for the place's kind in front.
/// </summary>
internal static class PlaceName
{
    /// <summary>The key of a commune's name: "Xã An Thạnh" and "an thanh" are one.</summary>
    public static string CommuneKey(string name) => Key(name, ["xa "]);

    /// <summary>The key of a province's name: "Tỉnh Thanh Hoá" and "Thanh Hóa" are one, "TP. Cần Thơ" and "Cần Thơ".
    /// </summary>
    public static string ProvinceKey(string name) => Key(name, ["tinh ", "thanh pho ", "tp. ", "tp "]);

    private static string Key(string name, string[] kinds)
    {
        var key = TextKey.Of(name);
        return kinds.FirstOrDefault(k => key.StartsWith(k, StringComparison.Ordinal)) is { } kind
            ? key[kind.Length..].TrimStart()
            : key;
    }
}
