using static Ntm.Criteria.Tests.Communes;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Complete example communes: every input at its best. With the national files alone they reach exactly what the
/// sources allow, one per region or group: the open thresholds keep every tier out of reach, and say so.
/// </summary>
public class ExampleCommuneTests
{
    [Theory]
    [InlineData("TDMNPB", 35)]
    [InlineData("DBSH", 35)]
    [InlineData("BTB", 34)]
    [InlineData("DHNTB", 34)]
    [InlineData("TN", 34)]
    [InlineData("DNB", 34)]
    [InlineData("DBSCL", 34)]
    public void Standard2021To2025_CompleteCommune_ReachesOnlyWhatIsEncoded(string region, int indicatorsAchieved)
    {
        var set = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2023, 6, 30));

        var report = set.Evaluate(Complete(set, region));

        Assert.Equal($"6/19 criteria, {indicatorsAchieved}/57 indicators", report.ToString());
        Assert.Equal(
            ["1", "3", "6", "7", "8", "19"],
            report.Criteria.Where(c => c.IsAchieved).Select(c => c.Criterion.Number)
        );
        Assert.Equal(57 - indicatorsAchieved, report.IndicatorsThresholdNotSet);
        Assert.Equal(0, report.IndicatorsMissingData);
        Assert.False(report.IsAchieved);
        Assert.All(report.Criteria.Where(c => !c.IsAchieved), c => Assert.Equal(Outcome.ThresholdNotSet, c.Outcome));
        Assert.True(report.IndicatorsOnUnconfirmedValues > 20);
    }

    [Theory]
    [InlineData(false, null, true, "true")]
    [InlineData(true, false, true, "false")]
    [InlineData(true, null, true, "missing")]
    public void AnIndicatorWithAMeasure_ShowsTheMeasureAsItsActualValue_NotTheInputItNames(
        bool hasMarket,
        bool? marketMeetsStandard,
        bool storeMeetsStandard,
        string actual
    )
    {
        // 7 reads the market, or the store where the commune has none: a commune without a market whose store meets
        // the standard showed "—  yes  achieved", the market it does not have as its value.
        var set = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2024, 12, 31));
        var builder = set
            .Inputs.CreateBuilder()
            .Set("Region", "DBSH")
            .Set("HasRuralMarket", hasMarket)
            .Set("RetailStoreMeetsStandard", storeMeetsStandard);
        if (marketMeetsStandard is { } meets)
        {
            builder.Set("RuralMarketMeetsStandard", meets);
        }

        var result = set.Evaluate(builder.Build())["7"];

        Assert.Equal("RuralMarketMeetsStandard", result.Indicator.Input);
        Assert.Equal(actual, result.Actual.ToString());
        Assert.Equal(
            actual switch
            {
                "true" => Outcome.Achieved,
                "false" => Outcome.NotAchieved,
                _ => Outcome.MissingData,
            },
            result.Outcome
        );
    }

    [Fact]
    public void AReportByANumberTheSetDoesNotHave_NamesTheNearestNumbers()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2023, 6, 30));

        var exception = Assert.Throws<KeyNotFoundException>(() => set.Evaluate(Complete(set, "BTB"))["15.9"]);

        Assert.Equal(
            "Set national/2021-2025/commune-standard has no indicator numbered '15.9'; its nearest numbers: 15.1, "
                + "15.2, 15.3.",
            exception.Message
        );
        var village = Catalog.Get("provincial/thanh-hoa/village-standard");
        Assert.EndsWith(
            "has no indicator numbered '1.1'; it has no indicator encoded.",
            Assert
                .Throws<KeyNotFoundException>(() => village.Evaluate(village.Inputs.CreateBuilder().Build())["1.1"])
                .Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Advanced2021To2025_CompleteCommune_NothingEncoded()
    {
        var set = Catalog.Get("national/2021-2025/commune-advanced");

        var report = set.Evaluate(Complete(set));

        Assert.Equal("not encoded: 19 criteria, no indicator in the sources", report.ToString());
        Assert.All(report.Criteria, c => Assert.Equal(Outcome.NotEncoded, c.Outcome));
        Assert.False(report.IsAchieved);
    }

    [Fact]
    public void Model2021To2025_CompleteCommune_IncomeConditionOpen()
    {
        var set = Catalog.Get("national/2021-2025/commune-model");

        var report = set.Evaluate(Complete(set));

        Assert.Equal("3/4 criteria, 3/4 indicators", report.ToString());
        Assert.Equal(Outcome.ThresholdNotSet, report["2"]!.Outcome);
        Assert.Equal("national/2021-2025/commune-advanced", report.Criteria[0].Criterion.Prerequisite);
    }

    [Theory]
    [InlineData("TDMNPB")]
    [InlineData("DNB")]
    public void Standard2016To2020_CompleteCommuneIn2020_IncomeAndHealthMet(string region)
    {
        var set = Catalog.Get("national/2016-2020/commune-standard");

        var report = set.Evaluate(Complete(set, region, year: 2020));

        Assert.Equal("2/19 criteria, 4/13 indicators; the decision has 49", report.ToString());
        Assert.Equal(["10", "15"], report.Criteria.Where(c => c.IsAchieved).Select(c => c.Criterion.Number));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Commune2026To2030_CompleteCommuneOfEachGroup_NothingEncoded(int group)
    {
        var set = Catalog.Get("national/2026-2030/commune");

        var report = set.Evaluate(Complete(set, region: null, group: group, year: 2026));

        Assert.Equal("not encoded: 10 criteria, no indicator in the sources", report.ToString());
        Assert.False(report.IsAchieved);
    }

    [Fact]
    public void ModernCommune2026To2030_CriteriaNotListed_NotSaidToHaveNone()
    {
        var set = Catalog.Get("national/2026-2030/commune-modern");

        var report = set.Evaluate(Complete(set, region: null, group: 1, year: 2026));

        Assert.Equal("not encoded: no criterion or indicator in the sources", report.ToString());
        Assert.False(report.IsAchieved);
    }

    [Fact]
    public void DistrictStandard_CompleteDistrict_PreconditionsMetCriteriaOpen()
    {
        var set = Catalog.Get("national/2021-2025/district-standard");

        var report = set.Evaluate(Complete(set));

        // Criteria 2 and 6 have only some of their indicators in the sources: all achieved, they are still open.
        Assert.All(report.Preconditions, p => Assert.Equal(Outcome.Achieved, p.Outcome));
        Assert.Equal("0/9 criteria, 4/4 indicators; the decision has 36", report.ToString());
        Assert.Equal(
            (Outcome.NotEncoded, Outcome.NotEncoded),
            (report.Criteria[1].Outcome, report.Criteria[5].Outcome)
        );
        Assert.False(report.IsAchieved);
    }

    [Theory]
    [InlineData(true, Outcome.NotEncoded)]
    [InlineData(false, Outcome.NotAchieved)]
    [InlineData(null, Outcome.MissingData)]
    public void DistrictCriterion6_WithOnlySomeOfItsIndicators_IsNeverAchieved_ButCanFail(
        bool? cluster,
        Outcome expected
    )
    {
        var set = Catalog.Get("national/2021-2025/district-standard");

        var report = set.Evaluate(Record(set, ("HasRuralCraftCluster", cluster)));

        var economy = report.Criteria.Single(c => c.Criterion.Number == "6");
        Assert.False(economy.Criterion.IsComplete);
        Assert.Equal(expected, economy.Outcome);
        Assert.Equal(cluster == true, report["6.1"].Outcome == Outcome.Achieved);
    }

    [Fact]
    public void DistrictStandard_TooFewAdvancedCommunes_PreconditionNotMet()
    {
        var set = Catalog.Get("national/2021-2025/district-standard");

        var report = set.Evaluate(Record(set, ("StandardCommuneShare", 100.0), ("AdvancedCommuneShare", 9.9)));

        Assert.Equal(Outcome.Achieved, report["ĐK1"]!.Outcome);
        Assert.Equal(Outcome.NotAchieved, report["ĐK2"]!.Outcome);
        Assert.Equal(0.1, report["ĐK2"]!.Gap!.Value, 6);
    }

    [Theory]
    [InlineData(true, true, false, Outcome.Achieved)]
    [InlineData(true, false, true, Outcome.NotAchieved)]
    [InlineData(false, null, true, Outcome.Achieved)]
    [InlineData(false, null, false, Outcome.NotAchieved)]
    [InlineData(null, true, true, Outcome.MissingData)]
    public void Criterion7_AMarketIsAssessedFirst_AStoreWhereThereIsNone(
        bool? market,
        bool? marketMeetsStandard,
        bool? storeMeetsStandard,
        Outcome expected
    )
    {
        // QĐ 1214/QĐ-BCT: a rural market meeting the standard, or where the commune has none, a store meeting it.
        foreach (var set in Catalog.Versions("national/2021-2025/commune-standard"))
        {
            var report = set.Evaluate(
                Record(
                    set,
                    ("HasRuralMarket", market),
                    ("RuralMarketMeetsStandard", marketMeetsStandard),
                    ("RetailStoreMeetsStandard", storeMeetsStandard)
                )
            );

            Assert.Equal((set.Version, expected), (set.Version, report["7"].Outcome));
        }
    }

    [Fact]
    public void Indicator_NotApplicableWithoutTraditionalCraft_CountsAsAchieved()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard");

        var without = set.Evaluate(Record(set, ("HasTraditionalCraft", false), ("HasTraditionalCraftPlan", false)))[
            "13.4"
        ]!;
        var with = set.Evaluate(Record(set, ("HasTraditionalCraft", true), ("HasTraditionalCraftPlan", false)))[
            "13.4"
        ]!;
        var unknown = set.Evaluate(Record(set, ("HasTraditionalCraftPlan", true)))["13.4"]!;

        Assert.Equal(Outcome.NotApplicable, without.Outcome);
        Assert.True(without.CountsAsAchieved);
        Assert.Equal(Outcome.NotAchieved, with.Outcome);
        Assert.Equal(Outcome.MissingData, unknown.Outcome);
    }

    [Fact]
    public void Indicator_MissingValue_IsMissingDataNeverAchieved()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard");

        var report = set.Evaluate(Record(set, ("Region", "DBSH")));

        Assert.Equal(Outcome.MissingData, report["3.1"]!.Outcome);
        Assert.False(report["3.1"]!.CountsAsAchieved);
        Assert.Equal(0, report.IndicatorsAchieved);
        Assert.Equal(Outcome.MissingData, report.Criteria[2].Outcome);
    }

    [Fact]
    public void IndicatorResult_OfACondition_SaysWhatIsRequiredInEnglish()
    {
        var set = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2024, 12, 31));

        var report = set.Evaluate(
            Record(
                set,
                ("Region", "BTB"),
                ("HasApprovedCommunePlan", false),
                ("HasTemporaryOrDilapidatedHouses", false)
            )
        );

        Assert.Equal("1.1: NotAchieved (actual false, required true)", report["1.1"].ToString());
        Assert.Equal("9.1: Achieved (actual false, required false)", report["9.1"].ToString());
    }

    [Fact]
    public void IndicatorResult_CarriesActualRequiredAndSource()
    {
        // The version before QĐ 211/QĐ-TTg: in the amended one, criterion 15's 2022 values are unconfirmed.
        var set = Catalog.Get("national/2021-2025/commune-standard", new DateOnly(2023, 12, 31));

        var result = set.Evaluate(Record(set, ("Region", "BTB"), ("ChildStuntingRate", 26.0)))["15.3"]!;

        Assert.Equal("15.3: NotAchieved (actual 26, required ≤ 25)", result.ToString());
        Assert.StartsWith("BTB: 25 (Confirmed) — QĐ 318/QĐ-TTg", result.Required!.ToString(), StringComparison.Ordinal);
        Assert.Equal(1.0, result.Gap);
        Assert.Equal(ValueStatus.Confirmed, result.Required!.Status);
        Assert.StartsWith(
            "QĐ 318/QĐ-TTg (08/03/2022), Phụ lục I, chỉ tiêu 15.3",
            result.Required.Source,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void ReadmeTierExample_PrintsWhatTheReadmeSays()
    {
        var output = new StringWriter();

        // The README's code, with Console.WriteLine writing to output.
        var commune = NtmInputs
            .CreateBuilder()
            .Set(NtmInputs.Region, Region.BTB)
            .Set(NtmInputs.HasApprovedCommunePlan, true)
            .Set(NtmInputs.HasPlanManagementRules, true)
            .Set(NtmInputs.IrrigatedFarmlandRate, 76.5)
            .Set(NtmInputs.DisasterPreparednessMet, true)
            .Set(NtmInputs.ChildStuntingRate, 26.0)
            .Set(NtmInputs.HealthInsuranceRate, 95.0)
            .Build();

        var tiers = CriteriaCatalog.Shipped.EvaluateTiers(commune, Level.Commune, asOf: new DateOnly(2024, 6, 30));
        output.WriteLine(tiers.Chain[0]);
        output.WriteLine(tiers);
        foreach (var gap in tiers.Gap.Where(g => g.Outcome == Outcome.NotAchieved))
        {
            output.WriteLine($"{gap.Indicator.Number} {gap.Indicator.Name.Vietnamese}: {gap.Gap} {gap.Indicator.Unit}");
        }

        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains(output.ToString().ReplaceLineEndings("\n"), readme, StringComparison.Ordinal);
    }
}
