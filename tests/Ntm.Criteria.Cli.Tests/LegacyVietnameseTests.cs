using System.Text;
using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli.Tests;

public sealed class LegacyVietnameseTests
{
    [Theory]
    [InlineData("XÃ£ Minh TÃ¢n", "Xã Minh Tân")]
    [InlineData("Huyá»‡n TÆ°Æ¡ng DÆ°Æ¡ng", "Huyện Tương Dương")]
    [InlineData("Ä‘Æ°á»\u009Dng", "đường")]
    [InlineData("Xã Minh Tân", null)]
    [InlineData("X· An Th¹nh", null)]
    [InlineData("Café", null)]
    [InlineData("Minh Tan", null)]
    public void MisreadUtf8_GivesTheTextBackOnlyWhereItsBytesAreUtf8(string shown, string? original) =>
        Assert.Equal(original, MisreadUtf8.Original(shown));

    [Theory]
    [InlineData("X· An Th¹nh", "Xã An Thạnh")]
    [InlineData("HuyÖn Hµ Trung", "Huyện Hà Trung")]
    [InlineData("B¶o Th¾ng", "Bảo Thắng")]
    [InlineData("M\u00ADêng Kh\u00AD¬ng", "Mường Khương")]
    [InlineData("Tû lÖ hé nghÌo ®a chiÒu", "Tỷ lệ hộ nghèo đa chiều")]
    [InlineData("§«ng H­ng, ¡n, ¢m, £, ¤, ¥, ¦", "Đông Hưng, Ăn, Âm, Ê, Ô, Ơ, Ư")]
    [InlineData("CommuneId 2024", "CommuneId 2024")]
    public void FromTcvn3_ReadsWhatATcvn3FontShows(string stored, string shown) =>
        Assert.Equal(shown, LegacyVietnamese.FromTcvn3(stored));

    [Fact]
    public void FromTcvn3_DrawsEveryVietnameseLetterAtOneCharacter()
    {
        // Every lowercase letter the alphabet adds to ASCII, each vowel with each tone, and the capitals of ă â ê ô ơ
        // ư đ, which TCVN3 has without tones.
        string[] tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
        var letters = "aăâeêioôơuưy"
            .SelectMany(vowel => tones.Select(tone => (vowel + tone).Normalize(NormalizationForm.FormC)))
            .Where(letter => !char.IsAscii(letter[0]))
            .Append("đ")
            .Concat(["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])
            .ToList();

        // The characters the font draws otherwise than Latin-1 does; ý is the one letter TCVN3 keeps at Latin-1's ý.
        var codes = Enumerable
            .Range(0x80, 0x80)
            .Select(code => ((char)code).ToString())
            .Where(c => LegacyVietnamese.FromTcvn3(c) != c)
            .ToList();

        var timesDrawn = letters.Select(letter => (letter, codes.Count(c => LegacyVietnamese.FromTcvn3(c) == letter)));

        Assert.Equal(letters.Select(letter => (letter, letter == "ý" ? 0 : 1)), timesDrawn);
        Assert.Equal("ý", LegacyVietnamese.FromTcvn3("ý"));
        Assert.Equal(letters.Count - 1, codes.Count);
    }

    [Theory]
    [InlineData("Xin chaøo caùc baïn", "Xin chào các bạn")]
    [InlineData("Xaõ Phuù Loäc, Huyeän Haø Trung", "Xã Phú Lộc, Huyện Hà Trung")]
    [InlineData("Tröôøng, Ñoâng, Quaûng Ninh, Nghò, tænh", "Trường, Đông, Quảng Ninh, Nghị, tỉnh")]
    [InlineData("aù aø aû aõ aï", "á à ả ã ạ")]
    [InlineData("aâ aá aà aå aã aä", "â ấ ầ ẩ ẫ ậ")]
    [InlineData("aê aé aè aú aü aë", "ă ắ ằ ẳ ẵ ặ")]
    [InlineData("eâ eá eà eå eã eä", "ê ế ề ể ễ ệ")]
    [InlineData("oâ oá oà oå oã oä", "ô ố ồ ổ ỗ ộ")]
    [InlineData("ô ôù ôø ôû ôõ ôï", "ơ ớ ờ ở ỡ ợ")]
    [InlineData("ö öù öø öû öõ öï", "ư ứ ừ ử ữ ự")]
    [InlineData("í ì æ ó ò", "í ì ỉ ĩ ị")]
    [InlineData("yù yø yû yõ î ñ", "ý ỳ ỷ ỹ ỵ đ")]
    [InlineData("XAÕ ÑOÂNG HÖNG, AÊ AÙ Í Î", "XÃ ĐÔNG HƯNG, Ă Á Í Ỵ")]
    [InlineData("CommuneId 2024", "CommuneId 2024")]
    public void FromVni_ReadsWhatAVniFontShows(string stored, string shown) =>
        Assert.Equal(shown, LegacyVietnamese.FromVni(stored));

    [Theory]
    [InlineData("Tªn x·", true)]
    [InlineData("M· x·", true)]
    [InlineData("N¨m ®¸nh gi¸", true)]
    [InlineData("Tên xã", false)]
    [InlineData("Huyện", false)]
    [InlineData("HuyÖn", true)]
    [InlineData("HUYỆN", false)]
    [InlineData("XÃ ĐÔNG", false)]
    [InlineData("BÁO CÁO", false)]
    [InlineData("CommuneId", false)]
    [InlineData("Diện tích (m²)", false)]
    [InlineData("Ghi chú · khác", false)]
    public void LooksLikeTcvn3_TellsTcvn3FromUnicode(string text, bool tcvn3) =>
        Assert.Equal(tcvn3, LegacyVietnamese.LooksLikeTcvn3(text));

    [Theory]
    [InlineData(".VnTime", "X· An Th¹nh", "Xã An Thạnh")]
    [InlineData(".VnTimeH", "HuyÖn Hµ Trung", "HUYỆN HÀ TRUNG")]
    [InlineData("VNI-Times", "Xaõ An Thaïnh", "Xã An Thạnh")]
    [InlineData(".VnTime", "Xã An Thạnh", "Xã An Thạnh")]
    public void AFontOfALegacyEncoding_ShowsItsText_AndLeavesUnicodeTextAsItIs(
        string font,
        string stored,
        string shown
    ) => Assert.Equal(shown, LegacyFont.Named(font)!.Shown(stored));

    [Theory]
    [InlineData("Times New Roman")]
    [InlineData("Calibri")]
    [InlineData(null)]
    public void AFontOfUnicodeText_IsNoLegacyFont(string? font) => Assert.Null(LegacyFont.Named(font));
}
