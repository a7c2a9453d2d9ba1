using static Ntm.Criteria.Tests.Synthetic;

namespace Ntm.Criteria.Tests;

public class DistrictTests
{
    private static Locality District(double roadRate) =>
        new(
            "H1",
            Catalog
                .Get("test/district-standard")
                .Inputs.CreateBuilder()
                .Set("RoadRate", roadRate)
                .Set("StandardShare", 0.0)
                .Build()
        )
        {
            Name = "Huyện Thử",
        };

    [Fact]
    public void EvaluateDistrict_SharesComputedFromCommuneReports()
    {
        TierReport[] communes =
        [
            Chain.Evaluate(Commune(score: 75, poverty: 5, craft: false)),
            Chain.Evaluate(Commune(score: 95, poverty: 5, craft: false)),
            Chain.Evaluate(Commune(score: 55, poverty: 15, craft: false)),
            Chain.Evaluate(Commune(score: 60, poverty: 20, craft: false)),
        ];

        var report = Catalog.EvaluateDistrict(District(85), communes, AsOf);

        Assert.Equal(4, report.CommuneCount);
        Assert.Equal(100, report.CommuneShares["test/commune-standard"]);
        Assert.Equal(50, report.CommuneShares["test/commune-advanced"]);
        Assert.Equal(Tier.Standard, report.Tiers.Reached);
        Assert.Equal(100, report.Tiers.Chain[0].Input["StandardShare"].Number);
        Assert.All(report.Tiers.Chain[0].Preconditions, p => Assert.Equal(Outcome.Achieved, p.Outcome));
    }

    [Fact]
    public void EvaluateDistrict_OneCommuneShort_FailsThePrecondition()
    {
        TierReport[] communes =
        [
            Chain.Evaluate(Commune(score: 75, poverty: 5, craft: false)),
            Chain.Evaluate(Commune(score: 35, poverty: 5, craft: false)),
        ];

        var report = Catalog.EvaluateDistrict(District(85), communes, AsOf);

        Assert.Equal(50, report.CommuneShares["test/commune-standard"]);
        Assert.Null(report.Tiers.Reached);
        Assert.Equal("ĐK1: NotAchieved (actual 50, required ≥ 100)", report.Tiers.Chain[0]["ĐK1"]!.ToString());
        Assert.Equal(Outcome.Achieved, report.Tiers.Chain[0]["ĐK2"]!.Outcome);
    }

    [Fact]
    public void EvaluateDistrict_Shipped2021To2025_CountsTheNationalCommuneSets()
    {
        var catalog = CriteriaCatalog.Shipped;
        var asOf = new DateOnly(2024, 6, 30);
        var communeSet = catalog.Get("national/2021-2025/commune-standard", asOf);
        var communes = Enumerable
            .Range(0, 3)
            .Select(_ => catalog.EvaluateTiers(Ntm.Criteria.Tests.Communes.Complete(communeSet), Level.Commune, asOf))
            .ToList();
        var district = new Locality("HD", Ntm.Criteria.Tests.Communes.Complete(communeSet));

        var report = catalog.EvaluateDistrict(district, communes, asOf);

        Assert.Equal(0, report.CommuneShares["national/2021-2025/commune-standard"]);
        Assert.Equal(0, report.CommuneShares["national/2021-2025/commune-advanced"]);
        Assert.Equal("national/2021-2025/district-standard", report.Tiers.Chain[0].Set.Id);
        Assert.Equal(Outcome.NotAchieved, report.Tiers.Chain[0]["ĐK1"]!.Outcome);
    }

    [Fact]
    public void EvaluateDistrict_CommunesOfAProvincesOwnAdvancedSet_CountAsAdvanced()
    {
        // The province's advanced set stands in the national one's place in its communes' chain, as Thanh Hóa's does.
        using var temp = new TempFolder();
        temp.Write(
            "provincial/x/commune-advanced.json",
            """
            {
              "WorkflowName": "provincial/x/commune-advanced",
              "Properties": {
                "Set": {
                  "Id": "provincial/x/commune-advanced",
                  "Version": "2022",
                  "Extends": "test/commune-advanced@2022-01-01",
                  "Province": "Tỉnh X",
                  "Name": { "vi": "Bộ nâng cao của tỉnh X", "en": "Province X's advanced set" },
                  "LegalBasis": { "Decision": "2/QĐ-UBND", "Status": "confirmed", "Source": "test fixture" }
                }
              },
              "Rules": []
            }
            """
        );
        var catalog = Catalog.WithDirectory(temp.Path);
        var chain = TierChain.Around(catalog, catalog.Get("provincial/x/commune-advanced"), AsOf);
        TierReport[] communes =
        [
            chain.Evaluate(Commune(score: 75, poverty: 5, craft: false)),
            chain.Evaluate(Commune(score: 55, poverty: 5, craft: false)),
        ];

        var report = catalog.EvaluateDistrict(District(85), communes, AsOf);

        Assert.Equal("provincial/x/commune-advanced", communes[0].Chain[1].Set.Id);
        Assert.Equal(100, report.CommuneShares["test/commune-standard"]);
        Assert.Equal(50, report.CommuneShares["test/commune-advanced"]);
    }

    [Fact]
    public void EvaluateDistrict_TwoSetsOfTheChainCountingOtherCommuneSetsIntoOneInput_IsRefused()
    {
        // An advanced district set whose ĐK1, copied from the standard set's, counts advanced communes into the input
        // the standard set's ĐK1 reads: each set loads, and one share would have been written over the other.
        using var temp = new TempFolder();
        var text = File.ReadAllText(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiers", "test", "district-standard.json")
        );
        foreach (
            var (from, to) in new[]
            {
                ("\"test/district-standard\"", "\"test/district-advanced\""),
                ("\"Tier\": \"standard\"", "\"Tier\": \"advanced\""),
                ("\"Requires\": {", "\"Requires\": { \"Set\": \"test/district-standard\", \"Status\": \"confirmed\","),
                ("\"CommuneSet\": \"test/commune-standard\"", "\"CommuneSet\": \"test/commune-advanced\""),
            }
        )
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        temp.Write(
            "test/district-advanced.json",
            text.Replace(
                "../inputs.json",
                Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiers", "inputs.json").Replace('\\', '/'),
                StringComparison.Ordinal
            )
        );
        var catalog = Catalog.WithDirectory(temp.Path);
        TierReport[] communes = [Chain.Evaluate(Commune(score: 75, poverty: 5, craft: false))];

        var refused = Assert.Throws<InvalidOperationException>(() =>
            catalog.EvaluateDistrict(District(85), communes, AsOf)
        );

        Assert.Equal(
            "The district sets in force on 2023-06-30 count two shares into the input StandardShare: "
                + "test/district-standard ĐK1 the communes reaching test/commune-standard, test/district-advanced ĐK1 "
                + "those reaching test/commune-advanced; an input holds one share.",
            refused.Message
        );
    }

    [Fact]
    public void EvaluateDistrict_NoCommunesOrCommunesOfOtherSets_IsMisuse()
    {
        var none = Assert.Throws<ArgumentException>(() => Catalog.EvaluateDistrict(District(85), [], AsOf));
        Assert.StartsWith(
            "District 'H1' (Huyện Thử): no commune report is given",
            none.Message,
            StringComparison.Ordinal
        );

        var shipped = CriteriaCatalog.Shipped;
        var other = shipped.EvaluateTiers(
            Ntm.Criteria.Tests.Communes.Complete(shipped.Get("national/2026-2030/commune")),
            Level.Commune,
            new DateOnly(2026, 6, 30)
        );
        var wrong = Assert.Throws<ArgumentException>(() => Catalog.EvaluateDistrict(District(85), [other], AsOf));
        Assert.StartsWith(
            "District 'H1' (Huyện Thử): commune report 1 has no result for "
                + "test/commune-standard, which condition ĐK1 counts",
            wrong.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void EvaluateProvince_CommuneReportsOfAnotherPeriod_AreMisuse_ThoughNoConditionCountsThem()
    {
        // The shipped 2026-2030 conditions of a province count no communes (their annex is not in the sources): the
        // reports were taken for the count of communes the report gives, and any period passed.
        var shipped = CriteriaCatalog.Shipped;
        var province = new Locality(
            "T1",
            shipped.Get("national/2026-2030/province-completion").Inputs.CreateBuilder().Build()
        );
        var asOf = new DateOnly(2026, 12, 31);
        TierReport Commune(string set, DateOnly on) =>
            shipped.EvaluateTiers(Communes.Complete(shipped.Get(set), year: on.Year), Level.Commune, on);

        var refused = Assert.Throws<ArgumentException>(() =>
            shipped.EvaluateProvince(
                province,
                [
                    Commune("national/2026-2030/commune", asOf),
                    Commune("national/2021-2025/commune-standard", new DateOnly(2025, 6, 30)),
                ],
                asOf
            )
        );
        Assert.StartsWith(
            "Province 'T1': commune report 2 was evaluated against national/2021-2025/commune-standard@2024-03-01, "
                + "whose set is not in force on 2026-12-31;",
            refused.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(
            1,
            shipped.EvaluateProvince(province, [Commune("national/2026-2030/commune", asOf)], asOf).CommuneCount
        );
    }

    [Fact]
    public void EvaluateProvince_SharesComputedFromCommuneReports_AsForADistrict()
    {
        // A province set (2026-2030, Phụ lục III) that counts its communes as a district set does.
        using var temp = new TempFolder();
        var folder = temp.Path;
        Directory.CreateDirectory(Path.Combine(folder, "test"));
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiers");
        var district = File.ReadAllText(Path.Combine(fixtures, "test", "district-standard.json"));
        File.WriteAllText(
            Path.Combine(folder, "test", "province.json"),
            district
                .Replace("test/district-standard", "test/province", StringComparison.Ordinal)
                .Replace("\"Level\": \"district\"", "\"Level\": \"province\"", StringComparison.Ordinal)
                .Replace(
                    "../inputs.json",
                    Path.Combine(fixtures, "inputs.json").Replace("\\", "/", StringComparison.Ordinal),
                    StringComparison.Ordinal
                )
        );
        var catalog = Catalog.WithDirectory(folder);
        var province = new Locality(
            "T1",
            catalog.Get("test/province").Inputs.CreateBuilder().Set("RoadRate", 85.0).Set("StandardShare", 0.0).Build()
        )
        {
            Name = "Tỉnh Thử",
        };
        TierReport[] communes =
        [
            Chain.Evaluate(Commune(score: 75, poverty: 5, craft: false)),
            Chain.Evaluate(Commune(score: 35, poverty: 5, craft: false)),
        ];

        var report = catalog.EvaluateProvince(province, communes, AsOf);

        Assert.Equal(50, report.CommuneShares["test/commune-standard"]);
        Assert.Equal("test/province", report.Tiers.Chain[0].Set.Id);
        Assert.Equal("ĐK1: NotAchieved (actual 50, required ≥ 100)", report.Tiers.Chain[0]["ĐK1"]!.ToString());
        Assert.StartsWith(
            "No district set is in force",
            Assert
                .Throws<ArgumentException>(() => catalog.EvaluateDistrict(province, communes, new DateOnly(2027, 1, 1)))
                .Message,
            StringComparison.Ordinal
        );
    }
}
