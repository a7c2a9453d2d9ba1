using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// A column of an analyst's own sheet that names no input gets the input it seems to mean, among those without a
/// column: one input or none, never a guess between several.
/// </summary>
public class ColumnSuggestionTests
{
    [Theory]
    [InlineData("Nhóm xã", "CommuneGroup")] // the label's first words
    [InlineData("nhom xa", "CommuneGroup")] // without diacritics
    [InlineData("Commune group", "CommuneGroup")] // the id, spaced
    [InlineData("Tỷ trọng nông nghiệp", "AgricultureShareOfEconomy")] // words of the label, in order
    [InlineData("Tỷ lệ hộ nghèo", "MultidimensionalPovertyRate")]
    [InlineData("Ghi chú", null)]
    [InlineData("Tỷ lệ", null)] // the start of many labels
    [InlineData("Nghèo đa chiều", "MultidimensionalPovertyRate")] // words of a label that stand together in it
    [InlineData("Đạt chuẩn tiếp cận pháp luật", "AccessToLawStandardMet")]
    [InlineData("Đạt chuẩn", null)] // words that stand together in many labels
    [InlineData("hộ nghèo theo", null)] // words that stand together in none
    [InlineData("Xã", null)]
    public void For_AHeaderOfTheSharedVocabulary_IsTheOneInputItAbridges(string header, string? expected) =>
        Assert.Equal(expected, ColumnSuggestion.For(header, NtmInputs.Schema.Declarations)?.Name);

    [Fact]
    public void For_AnInputThatHasAColumn_IsNotSuggested() =>
        Assert.Null(
            ColumnSuggestion.For(
                "Nhóm xã",
                [.. NtmInputs.Schema.Declarations.Where(d => d.Name != NtmInputs.CommuneGroup.Name)]
            )
        );

    [Theory]
    [InlineData("3.1", "IrrigatedFarmlandRate")] // as a form numbers its indicators' columns
    [InlineData("Chỉ tiêu 15.3", "ChildStuntingRate")]
    [InlineData("CT 17.2", "EnvironmentallyCompliantEstablishmentRate")]
    [InlineData("(3.1)", "IrrigatedFarmlandRate")]
    [InlineData("10", "IncomePerCapita")] // a criterion of one indicator, numbered as it
    [InlineData("3", null)] // a criterion of several
    [InlineData("99.9", null)]
    [InlineData("Tiêu chí 3.1", null)]
    public void ForIndicatorNumber_AHeaderNamingAnIndicator_IsItsInput(string header, string? expected)
    {
        var standard = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard@2024-03-01");

        Assert.Equal(
            expected,
            ColumnSuggestion.ForIndicatorNumber(header, [standard], NtmInputs.Schema.Declarations)?.Name
        );
    }

    [Fact]
    public void ForIndicatorNumber_ANumberOfTwoInputsInTheSetsEvaluated_IsNoSuggestion()
    {
        // 2.1 is the paved commune roads in the standard set of 2021-2025, another input in the district set.
        var sets = new[]
        {
            CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard@2024-03-01"),
            CriteriaCatalog.Shipped.Get("national/2021-2025/district-standard@2024-03-01"),
        };

        Assert.Null(ColumnSuggestion.ForIndicatorNumber("2.1", sets, NtmInputs.Schema.Declarations));
    }
}
