using System.Collections.Frozen;
using System.Text;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// UTF-8 text that a program read as Windows-1252 before the file was saved: Excel opening a CSV without a byte order
/// mark turns "Xã Minh Tân" into "XÃ£ Minh TÃ¢n", and the workbook saved then keeps it so. Each character stands for
/// one byte of the UTF-8 text, which is told apart from TCVN3 and from real text by decoding those bytes strictly.
/// </summary>
internal static class MisreadUtf8
{
    // The characters Windows-1252 has at 0x80-0x9F, where Latin-1 has control characters.
    private const string Windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static readonly FrozenDictionary<char, byte> HighBytes = Windows1252High
        .Select((c, i) => KeyValuePair.Create(c, (byte)(0x80 + i)))
        .ToFrozenDictionary();

    /// <summary>The first of <paramref name="texts"/> that is UTF-8 misread so, with what it was; null for none.</summary>
    public static (string Shown, string Original)? FirstIn(IEnumerable<string?> texts) =>
        texts
            .OfType<string>()
            .Select(text => Original(text) is { } original ? (text, original) : ((string, string)?)null)
            .FirstOrDefault(found => found is not null);

    /// <summary>
    /// The text it was, when <paramref name="shown"/> is UTF-8 read as Windows-1252 (or Latin-1); null otherwise.
    /// </summary>
    public static string? Original(string shown)
    {
        if (shown.All(char.IsAscii))
        {
            return null;
        }

        var bytes = new byte[shown.Length];
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (c <= '\u00FF')
            {
                bytes[i] = (byte)c;
            }
            else if (HighBytes.TryGetValue(c, out var b))
            {
                bytes[i] = b;
            }
            else
            {
                return null;
            }
        }

        try
        {
            return TextEncoding.StrictUtf8.GetString(bytes) is var original && original != shown ? original : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
