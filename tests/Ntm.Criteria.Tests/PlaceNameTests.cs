using System.Text;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Place names as files write them: one key for one place, the wards and towns told from communes, a name that is its
/// locality's id said once.
/// </summary>
public sealed class PlaceNameTests
{
    [Theory]
    [InlineData("Thị trấn Hà Trung")]
    [InlineData("THỊ TRẤN HÀ TRUNG")]
    [InlineData("  thị  trấn Hà Trung")]
    [InlineData("Thị\u00a0trấn Hà Trung")]
    [InlineData("TT. Hà Trung")]
    [InlineData("TT.Hà Trung")]
    [InlineData("TT Hà Trung")]
    [InlineData("Phường Hà Huy Tập")]
    [InlineData("P. Hà Huy Tập")]
    public void IsWardOrTown_TheWordsOrTheirAbbreviations_AreAWardOrTown(string name)
    {
        Assert.True(PlaceName.IsWardOrTown(name));
    }

    [Theory]
    [InlineData("Thôn Trung Đông", "trung dong")]
    [InlineData("Xóm Đông Hà", "Đông Hà")]
    [InlineData("Bản Na Mèo", "na meo")]
    [InlineData("Khu dân cư Bắc Sơn", "BẮC SƠN")]
    [InlineData("Tổ dân phố 5", "5")]
    [InlineData("Ấp Phú Lợi", "phu loi")]
    public void VillageKey_TheNameWithOrWithoutItsKind_IsOne(string written, string asked) =>
        Assert.Equal(PlaceName.VillageKey(written), PlaceName.VillageKey(asked));

    [Fact]
    public void VillageKey_AWordOfTheNameItself_Stays()
    {
        Assert.NotEqual(PlaceName.VillageKey("Thôn Bản Phố"), PlaceName.VillageKey("Phố"));
        Assert.NotEqual(PlaceName.VillageKey("Thôn Tân"), PlaceName.VillageKey("Tân Thôn"));

        // "Bàn" is no "bản", and "Sóc Sơn" is a name: neither is a kind of village; nor is "Xa" a commune's.
        Assert.NotEqual(PlaceName.CommuneKey("Xa Dung"), PlaceName.CommuneKey("Dung"));
        Assert.Equal(PlaceName.VillageKey("Thôn Bàn Thạch"), PlaceName.VillageKey("Bàn Thạch"));
        Assert.NotEqual(PlaceName.VillageKey("Sóc Sơn"), PlaceName.VillageKey("Sơn"));
    }

    [Theory]
    [InlineData("Xã Hà Sơn")]
    [InlineData("Hà Sơn")]
    [InlineData("Phương Trung")]
    [InlineData("Xã Phường Sơn")]
    [InlineData("Thị xã Kỳ Anh")]
    [InlineData("Thịnh Lộc")]
    [InlineData("Phường")]
    [InlineData("TT")]
    [InlineData("Ttân Lập")]
    [InlineData("")]
    public void IsWardOrTown_ACommuneOrAWordAlone_IsNot(string name)
    {
        Assert.False(PlaceName.IsWardOrTown(name));
    }

    [Theory]
    [InlineData("Huyện Tân Kỳ", true)]
    [InlineData("HUYỆN  NGHĨA ĐÀN", true)]
    [InlineData("Thị xã Thái Hòa", true)]
    [InlineData("Thành phố Vinh", true)]
    [InlineData("TP. Vinh", true)]
    [InlineData("Quận 1", true)]
    [InlineData("Xã Tân An", false)]
    [InlineData("Cộng huyện Tân Kỳ", false)]
    [InlineData("Huyện", false)]
    [InlineData("Huyen Tan Ky", false)]
    public void IsDistrict_ANameWithItsKindFirst_IsADistrictsAsAFormWritesIt(string name, bool district)
    {
        Assert.Equal(district, PlaceName.IsDistrict(name));
        Assert.Equal(district, PlaceName.IsDistrict(name.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void IsWardOrTown_DecomposedDiacritics_ReadAsComposed()
    {
        Assert.True(PlaceName.IsWardOrTown("Thị trấn Hà Trung".Normalize(NormalizationForm.FormD)));
        Assert.False(PlaceName.IsWardOrTown("Phương Trung".Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Xã An Thạnh", "an thanh")]
    [InlineData("XÃ  AN THẠNH", "An Thạnh")]
    [InlineData("Xã Xa Dung", "Xa Dung")]
    public void CommuneKey_OneCommuneWrittenTwoWays_IsOneKey(string a, string b)
    {
        Assert.Equal(PlaceName.CommuneKey(a), PlaceName.CommuneKey(b));
    }

    [Fact]
    public void LocalityToString_ANameThatIsItsId_IsSaidOnce()
    {
        var record = NtmInputs.Schema.CreateBuilder().Build();

        Assert.Equal("'HN-001' (Xã Tân Lập)", new Locality("HN-001", record) { Name = "Xã Tân Lập" }.ToString());
        Assert.Equal("'Xã Tân Lập'", new Locality("Xã Tân Lập", record) { Name = "Xã Tân Lập" }.ToString());
    }
}
