namespace Ntm.Criteria.Tests;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Bắc Trung Bộ", "bac trung bo")]
    [InlineData("  BẮC   TRUNG\tBỘ ", "bac trung bo")]
    [InlineData("Đồng bằng sông Hồng", "dong bang song hong")]
    [InlineData("Trung du và miền núi phía Bắc", "trung du va mien nui phia bac")]
    [InlineData("Tổng cộng:", "tong cong:")]
    public void Fold_WithOrWithoutDiacriticsAndAnyCase_IsOneKey(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void Fold_DecomposedText_FoldsAsComposed() =>
        Assert.Equal(VietnameseText.Fold("Xã Hưng Đạo"), VietnameseText.Fold("Xã Hưng Đạo".Normalize(System.Text.NormalizationForm.FormD)));
}
