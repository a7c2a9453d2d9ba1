namespace Ntm.Criteria.Rules.Tests;

public class TextKeyTests
{
    [Theory]
    [InlineData("Bắc Trung Bộ", "bac trung bo")]
    [InlineData("  BẮC   TRUNG\tBỘ ", "bac trung bo")]
    [InlineData("Đồng bằng sông Hồng", "dong bang song hong")]
    [InlineData("Trung du và miền núi phía Bắc", "trung du va mien nui phia bac")]
    [InlineData("Tổng cộng:", "tong cong:")]
    public void Of_WithOrWithoutDiacriticsAndAnyCase_IsOneKey(string text, string folded) =>
        Assert.Equal(folded, TextKey.Of(text));

    [Fact]
    public void Of_DecomposedText_FoldsAsComposed() =>
        Assert.Equal(
            TextKey.Of("Xã Hưng Đạo"),
            TextKey.Of("Xã Hưng Đạo".Normalize(System.Text.NormalizationForm.FormD))
        );
}
