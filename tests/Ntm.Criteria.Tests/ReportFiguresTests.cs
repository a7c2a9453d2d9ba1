using System.Globalization;

namespace Ntm.Criteria.Tests;

/// <summary>
/// The figures a report states: a district office signs "99,5%" for 199 of 200 communes, never "100%", and writes an
/// average as its reports do, cut at two decimals.
/// </summary>
public class ReportFiguresTests
{
    [Theory]
    // Đầm Hà's report of 2022 (8 communes, then 6): "17,87/19 tiêu chí", "55,75/57", "15,16/19", "69,16/75".
    [InlineData(143.0 / 8, "17.87")]
    [InlineData(446.0 / 8, "55.75")]
    [InlineData(91.0 / 6, "15.16")]
    [InlineData(415.0 / 6, "69.16")]
    // A value a hair under its decimals in binary is not cut below them.
    [InlineData(1787.0 / 100, "17.87")]
    [InlineData(5699.0 / 300, "18.99")]
    [InlineData(19.0, "19")]
    public void Average_IsCutAtTwoDecimals(double average, string stated) =>
        Assert.Equal(stated, ReportFigures.Average(average).ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "100")]
    [InlineData(0.872, "87")]
    [InlineData(0.875, "88")]
    [InlineData(1.0 / 200, "1")]
    [InlineData(199.0 / 200, "99.5")]
    [InlineData(1999.0 / 2000, "99.95")]
    [InlineData(1.0 / 300, "0.3")]
    [InlineData(1.0 - 1.0 / (57 * 100_000), "99.99998")]
    public void Percent_IsWhole_UnlessRoundingWouldSayNoneOrAllUntruly(double share, string stated) =>
        Assert.Equal(stated, ReportFigures.Percent(share).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void ASetSummary_StatesItsFiguresSo()
    {
        // 143 criteria and 446 indicators achieved by 8 communes of a set of 19 and 57: what the district reported.
        var set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard", new DateOnly(2022, 6, 30));

        var tally = new OutcomeTally(set.Criteria.Length, set.Indicators.Count());

        var summary = new SetSummary(set, 8, 0, 143, 446, tally, (0, 0));

        Assert.Equal(
            "17,87/19 criteria (94%), 55,75/57 indicators (98%) per locality",
            summary.ToString(CultureInfo.GetCultureInfo("vi-VN"))
        );
    }
}
