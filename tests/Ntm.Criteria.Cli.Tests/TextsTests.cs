using System.Reflection;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Every message of the command line is held once per language in <c>Texts</c>: a message that exists in one
/// language only (the same words in both, or an empty one) fails here.
/// </summary>
public class TextsTests
{
    // Words that are the same in both languages by nature, number formats, which differ only in some numbers, and
    // System.CommandLine's messages, which are English already (CommandTests checks their Vietnamese).
    private static readonly HashSet<string> SameInBoth =
    [
        "Code",
        "Numbers",
        "Percent",
        "Count",
        "CountOrUnknown",
        "Show",
        "ShowApart",
        "Average",
        "UnitName",
        "UsageError",
    ];

    [Fact]
    public void PercentButUnit_NamesTheUnitInTheReportsLanguage()
    {
        Assert.Equal(
            "giá trị phần trăm, nhưng chỉ tiêu này đo bằng triệu đồng/người/năm",
            Texts.Vietnamese.PercentButUnit("million VND/person/year", formatted: false)
        );
        Assert.Equal(
            "a percentage, but the input is measured in million VND/person/year",
            Texts.English.PercentButUnit("million VND/person/year", formatted: false)
        );
    }

    [Fact]
    public void Citation_IsInTheReportsLanguage_TheDecisionAsTheOfficialTextWritesIt()
    {
        var amended = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard@2024-03-01").LegalBasis;
        var unnumbered = new LegalBasis("", null, null, ValueStatus.NotSet, null);

        Assert.Equal(
            "QĐ 318/QĐ-TTg (2022-03-08), Phụ lục I, amended by QĐ 211/QĐ-TTg",
            Texts.English.Citation(amended)
        );
        Assert.Equal(
            "QĐ 318/QĐ-TTg (08/03/2022), Phụ lục I, sửa đổi bởi QĐ 211/QĐ-TTg",
            Texts.Vietnamese.Citation(amended)
        );
        Assert.Equal(
            ("QĐ (number not known)", "QĐ (số hiệu chưa rõ)"),
            (Texts.English.Citation(unnumbered), Texts.Vietnamese.Citation(unnumbered))
        );
    }

    [Fact]
    public void EveryWord_IsInBothLanguages_AndDiffers()
    {
        var properties = typeof(Texts)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) || p.PropertyType == typeof(string[]))
            .Where(p => !SameInBoth.Contains(p.Name))
            .ToList();

        Assert.NotEmpty(properties);
        Assert.All(
            properties,
            p =>
            {
                var (vi, en) = (Show(p.GetValue(Texts.Vietnamese)), Show(p.GetValue(Texts.English)));
                Assert.False(
                    string.IsNullOrWhiteSpace(vi) || string.IsNullOrWhiteSpace(en),
                    $"{p.Name} is empty in a language"
                );
                Assert.True(vi != en, $"{p.Name} is '{en}' in both languages");
            }
        );
    }

    [Fact]
    public void EverySentence_IsInBothLanguages_AndDiffers()
    {
        // Each method whose arguments can be made up here is called in both languages with the same arguments.
        var methods = typeof(Texts)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m =>
                m.ReturnType == typeof(string)
                && !m.IsSpecialName
                && !SameInBoth.Contains(m.Name)
                && m.GetParameters().All(p => Sample(p.ParameterType) is not null)
            )
            .ToList();

        Assert.True(methods.Count > 40, $"only {methods.Count} sentences checked");
        Assert.All(
            methods,
            m =>
            {
                var arguments = m.GetParameters().Select(p => Sample(p.ParameterType)).ToArray();
                var (vi, en) = (
                    (string)m.Invoke(Texts.Vietnamese, arguments)!,
                    (string)m.Invoke(Texts.English, arguments)!
                );
                Assert.True(vi != en, $"{m.Name} says '{en}' in both languages");
            }
        );
    }

    [Fact]
    public void YearsNotCoveredLine_ListsEachYearWithItsCount()
    {
        IReadOnlyList<(int, long)> years = [(2024, 1_200), (2025, 5)];

        Assert.Equal(
            "1,205 communes were evaluated against sets of 2026-2030, which do not cover their assessment year (2024: "
                + "1,200, 2025: 5); to evaluate them against the sets of their year, give --as-of a day of that year, "
                + "or leave --as-of out",
            Texts.English.YearsNotCoveredLine(years, ["2026-2030"], asOfGiven: true)
        );
        Assert.Equal(
            "1.205 xã được đánh giá theo bộ tiêu chí giai đoạn 2026-2030, giai đoạn không bao gồm năm đánh giá trong dữ "
                + "liệu (2024: 1.200 xã, 2025: 5 xã); để đánh giá theo bộ tiêu chí của năm đó, hãy ghi các bộ tiêu chí "
                + "không kèm phiên bản",
            Texts.Vietnamese.YearsNotCoveredLine(years, ["2026-2030"], asOfGiven: false)
        );
    }

    [Theory]
    [InlineData(79.99961, 80, "79,9996")] // short of 80, never shown as 80
    [InlineData(80.0004, 80, "80,0004")]
    [InlineData(0.00039, 0, "0,0004")] // a gap, never shown as none
    [InlineData(85.5, 80, "85,5")]
    [InlineData(80, 80, "80")]
    [InlineData(79.9999999999999, 80, "79,9999999999999")]
    public void ShowApart_AValueAHairFromAnother_HasTheDecimalsThatTellThemApart(
        double value,
        double other,
        string shown
    ) => Assert.Equal(shown, Texts.Vietnamese.ShowApart(value, other));

    [Fact]
    public void Count_GroupsThousandsAsEachLanguageDoes() =>
        Assert.Equal(
            ("10.000", "10,000", "586"),
            (Texts.Vietnamese.Count(10_000), Texts.English.Count(10_000), Texts.English.Count(586))
        );

    [Fact]
    public void FiguresAsReportsStateThem_AreWrittenAsEachLanguageWritesNumbers()
    {
        // ReportFigures decides the figure; the texts write it.
        Assert.Equal(("17,87", "17.87"), (Texts.Vietnamese.Average(143.0 / 8), Texts.English.Average(143.0 / 8)));
        Assert.Equal(("19,00", "0,00"), (Texts.Vietnamese.Average(19), Texts.Vietnamese.Average(0)));
        Assert.Equal(("99,5%", "99.5%"), (Texts.Vietnamese.Percent(0.995), Texts.English.Percent(0.995)));
        Assert.Equal(
            ("87%", "100%", "0%"),
            (Texts.English.Percent(0.872), Texts.English.Percent(1), Texts.English.Percent(0))
        );
    }

    [Theory]
    [InlineData("million VND/person/year", "triệu đồng/người/năm")]
    [InlineData("m²/person", "m²/người")]
    [InlineData("models", "mô hình")]
    [InlineData("km", "km")]
    public void Units_AreSaidInVietnamese_AndOnesNotKnownAsWritten(string unit, string vietnamese)
    {
        Assert.Equal(vietnamese, Texts.Vietnamese.UnitName(unit, 1));
        Assert.Equal(vietnamese, Texts.Vietnamese.UnitName(unit));
        Assert.Equal(unit, Texts.English.UnitName(unit));
    }

    [Fact]
    public void OnePartialCriterion_IsSpokenOfInTheSingularInEnglish()
    {
        var explained = Cli.Run(
            "explain",
            Cli.File("samples/villages-ha-tinh.csv"),
            "--set",
            "provincial/ha-tinh/residential-area-model",
            "--village",
            "HT-HK-02",
            "--lang",
            "en"
        );

        Assert.Contains(
            "The criterion marked \"(partial)\" (3): the sources give only some of its indicators, so no village can "
                + "achieve it;",
            explained.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void ASetWhoseConditionsAloneHaveIndicators_IsNotSaidToHaveNoneInTheSources()
    {
        // Thanh Hóa's model village set encodes ĐK1 only, decided against an unconfirmed threshold: the summary said
        // "none of its indicators is in the sources" above the line on that threshold.
        var evaluated = Cli.Run(
            "evaluate",
            Cli.File("samples/villages-thanh-hoa.csv"),
            "--set",
            "provincial/thanh-hoa/village-standard",
            "--set",
            "provincial/thanh-hoa/village-model",
            "--lang",
            "en"
        );

        Assert.Contains(
            "  • provincial/thanh-hoa/village-model: not encoded (the sources give indicators of its conditions only, "
                + "none of its criteria's); no village achieves it",
            evaluated.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "  • provincial/thanh-hoa/village-standard: not encoded (none of its indicators is in the sources); no "
                + "village achieves it",
            evaluated.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void AUnitThatCountsThings_IsSingularAfterOneInEnglish()
    {
        // explain read "1 models  ≥ 1 models" of the model set's smart-village condition.
        Assert.Equal(
            ["models", "model", "models", "models"],
            new[] { 0, 1, 2, 1.5 }.Select(amount => Texts.English.UnitName("models", amount))
        );
        Assert.Equal("million VND/person/year", Texts.English.UnitName("million VND/person/year", 1));
        var explained = Cli.Run("explain", Cli.File("samples/communes.csv"), "--commune", "X0001", "--lang", "en");
        Assert.Matches(@"smart-village model, as the province defines it +1 model +≥ 1 model +achieved", explained.Out);
    }

    private static string Show(object? value) =>
        value is string[] words ? string.Join("|", words) : value as string ?? "";

    private static object? Sample(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => "Xã A",
            var t when t == typeof(int) => 3,
            var t when t == typeof(long) => 3L,
            var t when t == typeof(double) => 0.5,
            var t when t == typeof(bool) => true,
            var t when t == typeof(char) => ',',
            var t when t.IsEnum => Enum.GetValues(t).GetValue(0),
            var t when t == typeof(IReadOnlyList<string>) || t == typeof(IEnumerable<string>) => new[] { "A", "B" },
            _ => null,
        };

    [Fact]
    public void ChangeSide_OfAnInput_CountsTheNamesItsValuesMayBeWrittenWith()
    {
        // A change of an input's value names alone must not show the same text on both sides.
        var set = CriteriaCatalog.Shipped.Get("national/2026-2030/commune");
        var change = new SetChange(SetChangeKind.InputChanged, "", "CommuneGroup", "before", "after");

        Assert.Equal(
            "Commune group (2026-2030); when not given, placed from the commune's facts (integer, 1 – 3, 6 value names)",
            Texts.English.ChangeSide(change, set, after: true)
        );
        Assert.EndsWith(
            "(integer, 1 – 3, 6 tên khác của giá trị)",
            Texts.Vietnamese.ChangeSide(change, set, after: true),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void English_ACountOfOne_IsSingular_AndOfTwo_Plural()
    {
        var t = Texts.English;
        var asOf = new DateOnly(2024, 12, 31);

        Assert.Equal(
            [
                "1 problem; nothing was loaded.",
                "1 column is not an input of the criteria and is not read: 'Ghi chú'",
                "1 input the sets read has no column, so every commune lacks it (missing data, never achieved): X",
                "1 commune evaluated against the sets in force on 2024-12-31",
                "1 row rejected and not evaluated (listed below).",
                "the row has 1 cell and the header 5",
                "no commune has the id or name 'X1' (1 row read)",
                "… and 1 more problem of rejected rows, not listed here (a report lists the first 10,000).",
            ],
            [
                t.InvalidFiles(1),
                t.ColumnsNotRead(1, [("Ghi chú", null)]),
                t.InputsWithoutColumn([new InputDeclaration("X", InputType.Number)]),
                t.EvaluatedHeading(1, asOf),
                t.RowsRejectedLine(1),
                t.CellCountDiffers(1, 5),
                t.NoLocalityNamed("X1", 1),
                t.ProblemsNotListed(1),
            ]
        );
        Assert.Equal(
            "2 columns are not inputs of the criteria and are not read: 'Nhóm xã' (did you mean CommuneGroup?), "
                + "'Ghi chú'; a column is read when it is headed by the input's id or its full label (as ntm inputs "
                + "lists them), or named with --column \"Nhóm xã=CommuneGroup\"",
            t.ColumnsNotRead(2, [("Nhóm xã", "CommuneGroup"), ("Ghi chú", null)])
        );
        Assert.StartsWith(
            "1 indicator has no threshold in the sources",
            t.OpenThresholdsLine(1),
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "1 commune has a group in the data that its facts",
            t.GroupContradictionsLine(1),
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "f.csv: 1 value that reads either way (thousands or a decimal) was refused",
            t.AmbiguousDecimalsNote("f.csv", 1, "row 3", ',', "row 4"),
            StringComparison.Ordinal
        );
        Assert.Equal(
            [
                "2 problems; nothing was loaded.",
                "2 columns are not inputs of the criteria and are not read: 'A', 'B'",
                "2 communes evaluated against the sets in force on 2024-12-31",
            ],
            [t.InvalidFiles(2), t.ColumnsNotRead(2, [("A", null), ("B", null)]), t.EvaluatedHeading(2, asOf)]
        );
        Assert.StartsWith(
            "2 indicators have no threshold in the sources",
            t.OpenThresholdsLine(2),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("vi", Level.Province, "1/2 tỉnh hoàn thành nhiệm vụ xây dựng NTM")]
    [InlineData("en", Level.Province, "1/2 provinces complete the new-rural task")]
    [InlineData("vi", Level.Commune, "1/2 xã đạt chuẩn NTM")]
    [InlineData("en", Level.District, "1/2 districts reach the standard tier")]
    public void ReachingTier_OfProvinces_SaysTheyCompleteTheTask_NotThatTheyReachAStandard(
        string language,
        Level level,
        string expected
    ) =>
        Assert.Equal(
            expected,
            (language == "vi" ? Texts.Vietnamese : Texts.English).About(level).ReachingTier(1, 2, Tier.Standard)
        );

    [Theory]
    [InlineData("vi", Level.Province, "hoàn thành")]
    [InlineData("en", Level.Province, "completed")]
    [InlineData("vi", Level.District, "đạt chuẩn")]
    [InlineData("en", Level.Commune, "standard")]
    public void TierName_OfAProvincesStandardSet_IsTheTaskCompleted(string language, Level level, string expected) =>
        Assert.Equal(
            expected,
            (language == "vi" ? Texts.Vietnamese : Texts.English).About(level).TierName(Tier.Standard)
        );

    [Theory]
    [InlineData("vi", "ntm không có bộ tiêu chí thôn nào: hãy cho bộ của tỉnh bằng --rules THƯ_MỤC --set MÃ_BỘ")]
    [InlineData("en", "ntm has no village set: give the province's with --rules FOLDER --set ID")]
    public void VillagesWithoutSet_WhereTheCatalogHasNoVillageSet_SaysHowToGiveOne(string language, string end) =>
        Assert.EndsWith(
            end,
            (language == "vi" ? Texts.Vietnamese : Texts.English).VillagesWithoutSet("Mã thôn", []),
            StringComparison.Ordinal
        );
}
