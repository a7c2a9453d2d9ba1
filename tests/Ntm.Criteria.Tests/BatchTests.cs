using static Ntm.Criteria.Tests.Synthetic;

namespace Ntm.Criteria.Tests;

public class BatchTests
{
    private static Locality Row(int i, double score, double poverty, string? district, string? province = "Tỉnh A") =>
        new($"X{i}", Commune(score: score, poverty: poverty, craft: false))
        {
            District = district,
            Province = province,
        };

    private static readonly Locality[] Sample =
    [
        Row(1, 45, 15, "H1"), // none
        Row(2, 55, 15, "H1"), // standard
        Row(3, 75, 5, "H1"), // advanced
        Row(4, 95, 5, "H2"), // model
        Row(5, 95, 5, "H2", "Tỉnh B"), // model, a district of the same name in another province
    ];

    private static BatchEvaluator Batch(int parallelism = 4, int chunk = 2) =>
        BatchEvaluator.InForce(
            Catalog,
            Level.Commune,
            AsOf,
            new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSize = chunk }
        );

    [Fact]
    public void Evaluate_ResultsInInputOrderWithSequence()
    {
        var results = Batch().Evaluate(Sample).ToList();

        Assert.Equal(["X1", "X2", "X3", "X4", "X5"], results.Select(r => r.Locality.Id));
        Assert.Equal([0L, 1, 2, 3, 4], results.Select(r => r.Sequence));
        Assert.Equal(
            [null, Tier.Standard, Tier.Advanced, Tier.Model, Tier.Model],
            results.Select(r => r.Tiers[0].Reached)
        );
        Assert.Equal("3/3 criteria, 3/3 indicators", results[1]["test/commune-standard"].ToString());
    }

    [Fact]
    public void Evaluate_IsStreaming_AnEndlessSourceCanBeRead()
    {
        static IEnumerable<Locality> Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return Row(i, i % 100, i % 30, "H" + (i % 7));
            }
        }

        var taken = Batch(chunk: 64).Evaluate(Endless()).Take(1000).ToList();

        Assert.Equal(999, taken[^1].Sequence);
    }

    [Fact]
    public void Summarize_CountsTiersAveragesAndPassRates()
    {
        var summary = Batch().Summarize(Sample);

        var overall = summary.Overall;
        Assert.Equal(5, overall.LocalityCount);
        var chain = Assert.Single(overall.Chains);
        Assert.Equal(1, chain.NoTier);
        Assert.Equal([1, 1, 2], chain.Highest.Select(t => t.Count));
        Assert.Equal(4, chain.Reaching(Tier.Standard));
        Assert.Equal(3, chain.Reaching(Tier.Advanced));
        var standard = overall["test/commune-standard"];
        Assert.Equal(4, standard.Achieved);
        Assert.Equal(14.0 / 5, standard.AverageCriteriaAchieved, 10);
        Assert.Equal("2.80/3 criteria (93%), 2.80/3 indicators (93%) per locality", standard.ToString());
        Assert.Equal(
            "2,80/3 criteria (93%), 2,80/3 indicators (93%) per locality",
            standard.ToString(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))
        );
        var score = standard.Indicators[0];
        Assert.Equal(("1.1", 4, 1, 0.8), (score.Indicator.Number, score.Passed, score.Missed, score.PassRate));
        Assert.Equal(5, standard.Indicators[2].Outcomes[Outcome.NotApplicable]);
        Assert.Equal(0.8, standard.Criteria[0].PassRate);
    }

    [Fact]
    public void Summarize_GroupsByProvinceAndDistrict()
    {
        var summary = Batch().Summarize(Sample);

        Assert.Equal([("Tỉnh A", 4), ("Tỉnh B", 1)], summary.ByProvince.Select(g => (g.Province!, g.LocalityCount)));
        Assert.Equal(
            [("Tỉnh A", "H1", 3), ("Tỉnh A", "H2", 1), ("Tỉnh B", "H2", 1)],
            summary.ByDistrict.Select(g => (g.Province!, g.District!, g.LocalityCount))
        );
        Assert.Equal(1, summary.ByDistrict[0].Chains[0].NoTier);
        Assert.Equal(1, summary.ByDistrict[2].Chains[0].Reaching(Tier.Model));
    }

    [Fact]
    public void Summary_ReadsAsItsFigures()
    {
        var summary = Batch().Summarize(Sample);

        Assert.Equal(
            "5 localities: reaching Standard 4, Advanced 3, Model 2; no tier 1; by province 2, by district 3",
            summary.ToString()
        );
        Assert.Equal(
            "3 localities in H1, Tỉnh A: reaching Standard 2, Advanced 1, Model 0; no tier 1",
            summary.ByDistrict[0].ToString()
        );
        Assert.Equal(
            "1 locality in Tỉnh B: reaching Standard 1, Advanced 1, Model 1; no tier 0",
            summary.ByProvince[1].ToString()
        );
        Assert.Equal(
            "Achieved 4, NotAchieved 1",
            summary.Overall["test/commune-standard"].Indicators[0].Outcomes.ToString()
        );
    }

    [Fact]
    public void Summarize_GroupsAPlaceWrittenSeveralWays_AndKeepsTwoDistrictsOfOneNameApart()
    {
        // Tone placement, case, spaces and the word "Tỉnh" differ; a town and a district of one name are two districts.
        Locality[] localities =
        [
            Row(1, 50, 10, "Huyện Quảng Xương", "Thanh Hóa"),
            Row(2, 50, 10, "huyện  Quảng Xương", "Thanh Hoá"),
            Row(3, 50, 10, "HUYỆN QUẢNG XƯƠNG ", "Tỉnh Thanh Hóa"),
            Row(4, 50, 10, "Thị xã Kỳ Anh", "Hà Tĩnh"),
            Row(5, 50, 10, "Huyện Kỳ Anh", "Hà Tĩnh"),
            Row(6, 50, 10, "Quảng Xương", "Tỉnh Thanh Hoá"),
        ];

        var summary = Batch().Summarize(localities);

        // A district's province is shown as its province's group shows it; a name without "Huyện" is another spelling
        // only a person can tell.
        Assert.Equal(
            [("Hà Tĩnh", 2), ("Thanh Hóa", 4)],
            summary.ByProvince.Select(g => (g.Province!, g.LocalityCount))
        );
        Assert.Equal(
            [
                ("Hà Tĩnh", "Huyện Kỳ Anh", 1),
                ("Hà Tĩnh", "Thị xã Kỳ Anh", 1),
                ("Thanh Hóa", "Huyện Quảng Xương", 3),
                ("Thanh Hóa", "Quảng Xương", 1),
            ],
            summary.ByDistrict.Select(g => (g.Province!, g.District!, g.LocalityCount))
        );
    }

    [Fact]
    public void Summarize_GroupsTheLocalitiesNamingNoPlace_LastAndUnnamed_SoThatTheGroupsHoldEveryLocality()
    {
        Locality[] localities =
        [
            Row(1, 95, 5, "H1"),
            Row(2, 45, 15, null),
            Row(3, 95, 5, "H1", null),
            Row(4, 55, 15, null, null),
            Row(5, 75, 5, "H2", "Tỉnh B"),
            Row(6, 75, 5, null),
        ];

        var summary = Batch().Summarize(localities);

        Assert.Equal(
            [("Tỉnh A", 3), ("Tỉnh B", 1), (null, 2)],
            summary.ByProvince.Select(g => (g.Province, g.LocalityCount))
        );
        Assert.Equal(
            [("Tỉnh A", "H1", 1), ("Tỉnh A", null, 2), ("Tỉnh B", "H2", 1), (null, "H1", 1), (null, null, 1)],
            summary.ByDistrict.Select(g => (g.Province, g.District, g.LocalityCount))
        );
        Assert.Equal(1, summary.ByDistrict[1].Chains[0].NoTier);
        Assert.Equal(1, summary.ByDistrict[1].Chains[0].Reaching(Tier.Advanced));
    }

    [Fact]
    public void Summarize_WhereNoLocalityNamesAPlace_HasNoGroups()
    {
        var localities = Sample.Select(l => l with { District = null, Province = null });

        var summary = Batch().Summarize(localities);

        Assert.Equal(5, summary.Overall.LocalityCount);
        Assert.Empty(summary.ByProvince);
        Assert.Empty(summary.ByDistrict);
    }

    [Fact]
    public void Summarize_OfNoLocality_HasNoAverage_NotAFigureOfZero()
    {
        var standard = Batch().Summarize([]).Overall["test/commune-standard"];

        Assert.Equal(0, standard.Evaluated);
        Assert.Equal("no locality evaluated (3 criteria, 3 indicators)", standard.ToString());
    }

    [Fact]
    public void Summarize_ListsProvincesInVietnameseAlphabeticalOrder()
    {
        // Đ comes after D, not after Z as its code point would put it; Ă after A.
        string[] provinces = ["Đồng Nai", "Hưng Yên", "Cần Thơ", "Đắk Lắk", "An Giang", "Bắc Ninh", "Dak Nong", "Ăn"];
        var localities = provinces.Select((p, i) => Row(i, 50, 10, "H", p));

        var summary = Batch().Summarize(localities);

        Assert.Equal(
            ["An Giang", "Ăn", "Bắc Ninh", "Cần Thơ", "Dak Nong", "Đắk Lắk", "Đồng Nai", "Hưng Yên"],
            summary.ByProvince.Select(g => g.Province)
        );
    }

    [Theory]
    [InlineData(1)]
    [InlineData(19)]
    [InlineData(20)]
    [InlineData(21)]
    [InlineData(47)]
    public void Summarize_OutcomeCountsOfAGroup_AreTheReportsCounted(int size)
    {
        // A small group keeps its localities' outcomes and a larger one counts them: either way the counts are these.
        var localities = Enumerable.Range(0, size).Select(i => Row(i, (i * 37) % 100, (i * 11) % 30, "H1")).ToList();
        var batch = Batch();

        var summary = batch.Summarize(localities);

        var reports = batch.Evaluate(localities).SelectMany(e => e.Tiers[0].Chain).ToList();
        foreach (var group in new[] { summary.Overall, Assert.Single(summary.ByDistrict) })
        {
            foreach (var set in group.Sets)
            {
                var ofSet = reports.Where(r => r.Set == set.Set).ToList();
                var expected = set.Set.Indicators.Select(
                    (_, i) => Enum.GetValues<Outcome>().Select(o => ofSet.Count(r => r.IndicatorOutcome(i) == o))
                );
                Assert.Equal(
                    expected.Select(e => e.ToList()),
                    set.Indicators.Select(i => i.Outcomes.OrderBy(o => o.Key).Select(o => o.Value).ToList())
                );
                Assert.Equal(
                    set.Set.Criteria.Select((_, c) => ofSet.Count(r => r.CriterionOutcome(c) == Outcome.Achieved)),
                    set.Criteria.Select(c => c.Achieved)
                );
                Assert.Equal(
                    Enumerable
                        .Range(0, set.Set.Criteria.Length + 1)
                        .Select(k => ofSet.Count(r => r.CriteriaAchieved == k)),
                    set.LocalitiesByCriteriaAchieved
                );
                Assert.Equal(
                    ofSet.Count(r => r.CriteriaAchieved >= 1),
                    set.LocalitiesAchievingCriteria(1, set.Set.Criteria.Length)
                );
            }
        }
    }

    [Fact]
    public void SummaryBuilder_AddingAfterASummary_LeavesThatSummaryAsItWas()
    {
        var batch = Batch();
        var builder = batch.CreateSummary();
        var evaluations = batch.Evaluate(Enumerable.Range(0, 30).Select(i => Row(i, 95, 5, "H1"))).ToList();
        foreach (var evaluation in evaluations.Take(10))
        {
            builder.Add(evaluation);
        }

        var early = builder.ToSummary();
        foreach (var evaluation in evaluations.Skip(10))
        {
            builder.Add(evaluation);
        }

        var late = builder.ToSummary();
        var set = early.ByDistrict[0]["test/commune-standard"];
        Assert.Equal((10, 10, 10), (set.Evaluated, set.Indicators[0].Passed, set.Criteria[0].Achieved));
        Assert.Equal(30, late.ByDistrict[0]["test/commune-standard"].Indicators[0].Passed);
    }

    [Fact]
    public void Evaluate_RecordOfOtherInputs_IsMisuseNamingTheLocality()
    {
        var shipped = new Locality("S1", NtmInputs.CreateBuilder().Build());

        var exception = Assert.Throws<ArgumentException>(() => Batch().Evaluate([Sample[0], shipped]).ToList());

        Assert.Equal(
            "Locality 2 'S1': its record was built for other inputs than the batch's sets read: it lacks Score, "
                + "PovertyRate, HasCraft, HasCraftPlan, IsAdvanced, StandardShare, AdvancedShare, RoadRate; it "
                + "declares Region otherwise. Build the records with the batch's Inputs (as LocalityReader's schema). "
                + "(Parameter 'locality')",
            exception.Message
        );
    }

    [Fact]
    public void Options_OutOfRange_AreMisuse()
    {
        Assert.Throws<ArgumentException>(() => new BatchEvaluator(Catalog.Sets, new BatchOptions { ChunkSize = 0 }));
        Assert.Throws<ArgumentException>(() => new BatchEvaluator([], null));
    }

    [Fact]
    public void Evaluate_Cancelled_Stops()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Batch().Evaluate(Sample, cancellation.Token).ToList());
    }

    [Fact]
    public void Shipped_2021To2025AndThe2026Set_OneLocalityEvaluatedAgainstBothChains()
    {
        var shipped = CriteriaCatalog.Shipped;
        var batch = new BatchEvaluator([
            .. shipped.InForceOn(new DateOnly(2024, 6, 30), Level.Commune),
            shipped.Get("national/2026-2030/commune"),
        ]);
        var commune = new Locality(
            "C",
            Communes.Complete(shipped.Get("national/2026-2030/commune"), region: "DBSH", group: 2, year: 2024)
        );

        var evaluation = batch.Evaluate(commune);

        Assert.Equal(2, evaluation.Tiers.Length);
        Assert.Equal(
            [
                "national/2021-2025/commune-standard",
                "national/2021-2025/commune-advanced",
                "national/2021-2025/commune-model",
                "national/2026-2030/commune",
            ],
            evaluation.Reports.Select(r => r.Set.Id)
        );
        // 15.4's DBSH value holds before 01/03/2024 only: in the amended version it is open, not achieved.
        Assert.Equal("6/19 criteria, 34/57 indicators", evaluation["national/2021-2025/commune-standard"].ToString());
        Assert.Throws<KeyNotFoundException>(() => evaluation["national/2016-2020/commune-standard"]);
    }
}
