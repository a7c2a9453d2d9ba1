using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// <c>ntm sets</c>, <c>inputs</c>, <c>explain</c>, <c>validate</c>, <c>diff</c>, and mistakes on the command line.
/// </summary>
public sealed class CommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Sets_ListsEveryShippedVersion()
    {
        var result = Cli.Run("sets", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Golden.Check("sets.en.txt", result.Out);
        // A header, a rule, a row per version, a line per set that extends another.
        Assert.Equal(
            CriteriaCatalog.Shipped.Sets.Length + 2 + CriteriaCatalog.Shipped.Sets.Count(s => s.Extends is not null),
            result.Out.TrimEnd().Split(Environment.NewLine).Length
        );
    }

    [Fact]
    public void Inputs_OfASet_ListsOnlyWhatItReads()
    {
        var result = Cli.Run("inputs", "--set", "national/2021-2025/commune-model", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "| Tên | Kiểu | Đơn vị | Miền giá trị | Nhãn |",
                "| --- | --- | --- | --- | --- |",
                "| IncomePerCapita | số | triệu đồng/người/năm | 0 – 10000 | Thu nhập bình "
                    + "quân đầu người khu vực nông thôn |",
                "| SmartVillageModels | số nguyên |  | 0 – 1000 | Số mô hình thôn thông minh |",
                "| MeetsOutstandingFieldCriteria | có/không |  |  | Đạt tiêu chí xã nông thôn mới kiểu mẫu theo ít "
                    + "nhất một lĩnh vực nổi trội do Ủy ban nhân dân cấp tỉnh ban hành |",
                "| IsAdvancedCommune20212025 | có/không |  |  | Là xã đạt chuẩn nông thôn mới "
                    + "nâng cao giai đoạn 2021-2025 |",
            ],
            result.Out.TrimEnd().Split(Environment.NewLine)
        );
    }

    // The sets an evaluation names, read as it reads them: the model tier's "is advanced" is the advanced tier's finding
    // in their chain, not a column.
    [Fact]
    public void InputsOfSeveralSets_AreWhatTheirChainsRead()
    {
        string[] chain =
        [
            "--set",
            "national/2021-2025/commune-standard",
            "--set",
            "national/2021-2025/commune-advanced",
            "--set",
            "national/2021-2025/commune-model",
        ];
        var template = _folder.File("template.csv");

        var written = Cli.Run(["inputs", .. chain, "--template", template, "--lang", "en"]);

        var expected = TierChain
            .From(chain.Where((_, i) => i % 2 == 1).Select(id => CriteriaCatalog.Shipped.Get(id)))
            .Single()
            .InputsRead.Select(i => i.Name)
            .Prepend("AssessmentYear")
            .Distinct();
        Assert.True(written.ExitCode == 0, written.Error);
        Assert.Equal(
            [.. LocalityColumns.All.Select(c => c.English), .. expected],
            File.ReadAllLines(template).Single().TrimStart('\uFEFF').Split(',')
        );
        Assert.DoesNotContain("IsAdvancedCommune20212025", File.ReadAllText(template), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("national/2021-2025/commune-standard", "vi", "2024", "Huyện")]
    [InlineData("national/2026-2030/commune", "en", "2026", "FormerDistrict")]
    public void InputsTemplateOfASet_HasEveryColumnTheEvaluationNeeds_SoAFilledRowEvaluates(
        string set,
        string language,
        string year,
        string district
    )
    {
        // No threshold of these sets reads the year, yet the evaluation is dated by it.
        var template = _folder.File("template.csv");
        Cli.Run("inputs", "--set", set, "--template", template, "--lang", language);
        // Labels may hold commas, quoted as CSV quotes them.
        var header = System
            .Text.RegularExpressions.Regex.Matches(
                File.ReadAllLines(template).Single().TrimStart('\uFEFF'),
                "(?<=^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)"
            )
            .Select(m => m.Value.Trim('"'))
            .ToList();
        var row = header.Select(
            (_, i) =>
                i switch
                {
                    0 => "X1",
                    1 => "Xã A",
                    4 => year,
                    _ => "",
                }
        );
        File.AppendAllText(template, string.Join(',', row) + "\n");

        var result = Cli.Run("evaluate", template, "--set", set, "--format", "json");

        Assert.Equal(language == "vi" ? "Năm đánh giá" : "AssessmentYear", header[4]);

        // Districts were abolished in 2025: a set of 2026 on names the column of the former ones.
        Assert.Equal(district, header[2]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(1, result.Json().GetProperty("localities").GetArrayLength());
    }

    [Fact]
    public void InputsTemplate_OverAFileAlreadyThere_IsRefused_AndTheFileKept_UnlessForced()
    {
        var template = _folder.File("template.csv");
        File.WriteAllText(template, "Mã xã,Tên xã\nX1,Xã An Thạnh\n");

        var refused = Cli.Run("inputs", "--template", template, "--lang", "en");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(
            $"ntm: --template {Cli.Shown(_folder.File("template.csv"))}: the file exists and may have been "
                + "filled in; nothing written. Give another name, or add --force to write over it",
            refused.Error.TrimEnd()
        );
        Assert.Equal("Mã xã,Tên xã\nX1,Xã An Thạnh\n", File.ReadAllText(template));

        Assert.Equal(0, Cli.Run("inputs", "--template", template, "--force").ExitCode);
        Assert.StartsWith("Mã xã,Tên xã,Huyện,Tỉnh,", File.ReadAllText(template), StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(template));
    }

    [Fact]
    public void InputsTemplate_FilledIn_IsReadBackByEvaluate()
    {
        var template = _folder.File("template.csv");

        var written = Cli.Run("inputs", "--template", template);

        Assert.Equal(0, written.ExitCode);
        Assert.Equal(
            $"{Cli.Shown(_folder.File("template.csv"))}: mẫu có "
                + $"{LocalityColumns.All.Length + NtmInputs.Schema.Count} cột",
            written.Error.TrimEnd()
        );
        var bytes = File.ReadAllBytes(template);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var header = File.ReadAllLines(template).Single();
        Assert.StartsWith("Mã xã,Tên xã,Huyện,Tỉnh,Vùng kinh tế - xã hội,", header, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("evaluate", template).ExitCode);

        var sample = File.ReadAllLines(Cli.Fixture("communes-small.csv"));
        var sampleHeader = sample[1].Split(',');
        var byInput = sampleHeader.Zip(sample[2].Split(',')).ToDictionary(p => p.First, p => p.Second);
        var names = new[] { "CommuneId", "CommuneName", "District", "Province" }.Concat(
            NtmInputs.Schema.Declarations.Select(d => d.Name)
        );
        File.AppendAllText(template, string.Join(',', names.Select(n => byInput.GetValueOrDefault(n, ""))) + "\n");
        var evaluated = Cli.Run("evaluate", template, "--format", "json");
        var original = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "json");

        Assert.Equal(0, evaluated.ExitCode);
        Assert.Equal(
            original.Json().GetProperty("localities")[0].GetProperty("chains").GetRawText(),
            evaluated.Json().GetProperty("localities")[0].GetProperty("chains").GetRawText()
        );
    }

    [Fact]
    public void Explain_OneCommune_ShowsEveryIndicatorAndTheGap()
    {
        var result = Cli.Run("explain", Cli.Fixture("communes-small.csv"), "--commune", "X0001");

        Assert.Equal(0, result.ExitCode);
        Golden.Check("explain-X0001.vi.txt", result.Out);
        Assert.Contains(
            "  3.1    Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động",
            result.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Explain_TheGap_TablesWhatTheValuesMiss_AndNamesOnceWhatNoThresholdIsSetFor()
    {
        var result = Cli.Run("explain", Cli.Fixture("communes-small.csv"), "--commune", "X0001", "--lang", "en");

        var gap = result
            .Out[result.Out.IndexOf("Missing for the next tier", StringComparison.Ordinal)..]
            .Split('\n')
            .Select(l => l.TrimEnd())
            .ToList();
        Assert.Equal(
            ["8.2", "18.4"],
            gap.Skip(4)
                .TakeWhile(l => !l.Contains("only because", StringComparison.Ordinal))
                .Select(l => l.Split(' ')[0])
        );
        Assert.Contains(
            "23 indicators are missing only because the sources give no threshold, not for the commune's values: "
                + "2.2, 2.3, 2.4, 4.2, 5, 9.2, 10, 11, 12.1, 12.2, 13.5, 14.2, 14.3, 15.1, 15.4, 16, 17.1, 17.4, 17.7, "
                + "17.8, 17.10, 17.11, 18.6; they can be achieved only once a revised or provincial file sets theirs.",
            gap
        );
    }

    [Fact]
    public void Explain_CommuneByName_WithOrWithoutDiacriticsAndXa_AndAnAmbiguousNameListsTheCandidates()
    {
        var path = _folder.Write(
            "names.csv",
            "CommuneId,CommuneName,District,Region,AssessmentYear\nA1,Xã An Thạnh,Huyện Một,BTB,2024\nA2,Xã Phú "
                + "Lộc,Huyện Một,BTB,2024\nA3,Xã Phú Lộc,Huyện Hai,BTB,2024\n"
        );

        var unique = Cli.Run("explain", path, "--commune", "an thanh", "--lang", "en");
        var ambiguous = Cli.Run("explain", path, "--commune", "Phú Lộc", "--lang", "en");
        var none = Cli.Run("explain", path, "--commune", "Tân An", "--lang", "en");

        Assert.Equal(0, unique.ExitCode);
        Assert.StartsWith("'A1' (Xã An Thạnh)", unique.Out, StringComparison.Ordinal);
        Assert.Equal(
            (
                2,
                "ntm: TEMP/"
                    + Path.GetFileName(_folder.Path)
                    + "/names.csv: 2 communes are named 'Phú Lộc': A2 (Xã Phú Lộc, Huyện Một, row 3); A3 (Xã Phú "
                    + "Lộc, Huyện Hai, row 4); give the id with --commune"
            ),
            (ambiguous.ExitCode, ambiguous.Error.TrimEnd())
        );
        Assert.Equal(2, none.ExitCode);
        Assert.EndsWith(
            "names.csv: no commune has the id or name 'Tân An' (3 rows read)",
            none.Error.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Explain_ANameCommunesOfSeveralProvincesShare_ListsThemWithTheirProvinces()
    {
        // Communes of 2026 have no district, and their names repeat across provinces: the list told them apart by row.
        var result = Cli.Run("explain", Cli.File("samples/communes-2026.csv"), "--commune", "Yên Thế", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            "3 communes are named 'Yên Thế': M005 (Xã Yên Thế, Lào Cai, row 7); M007 (Xã Yên Thế, Tuyên Quang, row 9); "
                + "M044 (Xã Yên Thế, Đồng Nai, row 46); give the id with --commune",
            result.Error.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Explain_WithoutCommune_ExplainsTheOneOfAFileThatHoldsOne_AndOtherwiseListsThemToChooseFrom()
    {
        var one = _folder.Write("one.csv", "Mã xã,Tên xã,Region,AssessmentYear\n00004,Xã Minh Tân,BTB,2024\n");
        var three = _folder.Write(
            "three.csv",
            "Mã xã,Tên xã,Huyện,Region,AssessmentYear,IrrigatedFarmlandRate\n00004,Xã Minh Tân,Huyện Một,BTB,2024,50"
                + "\n00005,Xã Phong Hải,Huyện Một,BTB,2024,150\n00006,Xã An Thạnh,Huyện Hai,BTB,2024,60\n"
        );
        var empty = _folder.Write("empty.csv", "Mã xã,Tên xã,Region,AssessmentYear\n");

        var explained = Cli.Run("explain", one, "--lang", "en");
        var chosen = Cli.Run("explain", three, "--lang", "en");
        var none = Cli.Run("explain", empty, "--lang", "en");

        Assert.Equal(0, explained.ExitCode);
        Assert.StartsWith("'00004' (Xã Minh Tân)", explained.Out, StringComparison.Ordinal);
        Assert.Equal(2, chosen.ExitCode);
        Assert.EndsWith(
            "three.csv: the file holds 3 communes: give the one to explain with --commune, by its id or name: 00004 "
                + "(Xã Minh Tân, Huyện Một, row 2); 00005 (row 3); 00006 (Xã An Thạnh, Huyện Hai, row 4)",
            chosen.Error.TrimEnd(),
            StringComparison.Ordinal
        );
        Assert.Equal(2, none.ExitCode);
        Assert.EndsWith("empty.csv: the file has no data rows", none.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "the file holds 6 villages: give the one to explain with --village, by its id or name: ")]
    [InlineData("vi", "tệp có 6 thôn: cho mã hoặc tên thôn cần giải thích bằng --village: ")]
    public void Explain_AFileOfVillagesWithoutOneNamed_IsToldTheVillageOption(string lang, string expected)
    {
        var result = Cli.Run(
            "explain",
            Cli.File("samples/villages-ha-tinh.csv"),
            "--set",
            "provincial/ha-tinh/residential-area-model",
            "--lang",
            lang
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected + "HT-CX-01 (Thôn Trung Đông, Cẩm Xuyên, ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AFormsHeadingOrSubtotalRow_IsNoCommuneToExplain_NorCountedAmongThem()
    {
        var path = _folder.Write(
            "form.csv",
            "STT,Mã xã,Tên xã,Region,AssessmentYear\nI,Huyện Tân Kỳ,,,\n1,A1,Xã Một,BTB,2024\n,Cộng huyện Tân Kỳ,,,\n"
        );

        var only = Cli.Run("explain", path, "--lang", "en");
        var subtotal = Cli.Run("explain", path, "--commune", "cong huyen tan ky", "--lang", "en");
        var heading = Cli.Run("explain", path, "--commune", "Huyện Tân Kỳ");

        Assert.Equal(0, only.ExitCode);
        Assert.StartsWith("'A1' (Xã Một)", only.Out, StringComparison.Ordinal);
        Assert.Equal(2, subtotal.ExitCode);
        Assert.EndsWith(
            "form.csv: row 4 ('Cộng huyện Tân Kỳ') is a totals row, not a commune: left out",
            subtotal.Error.TrimEnd(),
            StringComparison.Ordinal
        );
        Assert.Equal(2, heading.ExitCode);
        Assert.Contains("form.csv: dòng 2 ('Huyện Tân Kỳ')", heading.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AnOfficialCodeAskedWithoutItsLeadingZeros_IsOfferedAsWritten_NotTaken()
    {
        var path = _folder.Write(
            "codes.csv",
            "Mã xã,Tên xã,Region,AssessmentYear\n00004,Xã Minh Tân,BTB,2024\n00040,Xã Phong Hải,BTB,2024\n"
        );

        var offered = Cli.Run("explain", path, "--commune", "4", "--lang", "en");
        var found = Cli.Run("explain", path, "--commune", "00004", "--lang", "en");

        Assert.Equal(2, offered.ExitCode);
        Assert.EndsWith(
            "codes.csv: no commune has the id or name '4' (2 rows read); did you mean '00004' (Xã Minh Tân)? An id is "
                + "matched as the file writes it, with the zeros before its digits",
            offered.Error.TrimEnd(),
            StringComparison.Ordinal
        );
        Assert.Equal(0, found.ExitCode);
    }

    [Theory]
    [InlineData("x0002")]
    [InlineData("Ｘ０００２")]
    [InlineData(" X0002 ")]
    public void Explain_CommuneById_AsTheDataFileMatchesIds(string id)
    {
        // The reader holds "x0002" and "X0002" for one commune (two rows cannot claim them): explain finds it too.
        var result = Cli.Run("explain", Cli.File("samples/communes.csv"), "--commune", id, "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("'X0002' (Xã Phú Lộc)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NextTierNotEncoded_NeverSaysNothingIsMissing()
    {
        // The 2026-2030 set's criteria are not in the sources yet: the gap has no indicator, and is not empty.
        var result = Cli.Run("explain", Cli.File("samples/communes-2026.csv"), "--commune", "M001", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Nothing is missing.", result.Out, StringComparison.Ordinal);
        Assert.Contains(
            "Criteria of the next tier not encoded (not in the sources, or only in part): 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"
                + Environment.NewLine,
            result.Out,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(2018, "not set for 2018 (given for 2020)")]
    [InlineData(2020, "≥ 36 million VND/person/year")]
    public void Explain_ThresholdGivenForOtherYearsOnly_SaysSo_NotJustThatItIsNotSet(int year, string required)
    {
        // The 2016-2020 set gives income thresholds for 2020 only.
        var data = _folder.Write(
            "communes.csv",
            $"CommuneId,Region,AssessmentYear,IncomePerCapita\nX1,BTB,{year},40\n"
        );

        var result = Cli.Run("explain", data, "--commune", "X1", "--as-of", $"{year}-12-31", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(
            $@"(?m)^  10 +Rural income per capita by 2020 +40 million VND/person/year +{Regex.Escape(required)} ",
            result.Out
        );
    }

    [Theory]
    [InlineData("", "by region (unknown)", "missing data")]
    [InlineData("BTB", "≤ 25% (unconfirmed)", "achieved")]
    public void Explain_AThresholdByRegion_ForACommuneWithoutOne_IsUnknown_NotAValueTheSourcesLack(
        string region,
        string required,
        string outcome
    )
    {
        // "Threshold not set" sent the reader to the sources when the commune's file left its region empty.
        var data = _folder.Write(
            "communes.csv",
            $"CommuneId,Region,AssessmentYear,ChildStuntingRate\nX1,{region},2024,20\n"
        );

        var result = Cli.Run("explain", data, "--commune", "X1", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(
            $@"(?m)^  15\.3 +Stunting among children under five \(height for age\) +20% +{Regex.Escape(required)} +"
                + $"{outcome} ",
            result.Out
        );
    }

    [Fact]
    public void Explain_ASetWithOnlyConditionsNotEncoded_NeverSaysZeroOfZeroCriteria()
    {
        var result = Cli.Run("explain", Cli.File("samples/communes-2026.csv"), "--commune", "M001", "--lang", "en");

        var lines = result.Out.Split(Environment.NewLine);
        Assert.Contains(
            "national/2026-2030/commune@2025-12-29: 0/10 criteria, indicators not encoded (the decision has 47) — not "
                + "achieved",
            lines
        );
        Assert.Contains("national/2026-2030/commune-modern@2025-12-29: indicators not encoded — not achieved", lines);
        Assert.DoesNotContain("0/0", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Json_AgreesWithEvaluate()
    {
        var explained = Cli.Run("explain", Cli.Fixture("communes-small.csv"), "--commune", "X0005", "--format", "json")
            .Json();
        var evaluated = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--format", "json")
            .Json()
            .GetProperty("localities")[4];

        var set = explained.GetProperty("chains")[0].GetProperty("sets")[0];
        var counts = evaluated.GetProperty("chains")[0].GetProperty("sets")[0];
        Assert.Equal(
            counts.GetProperty("indicatorsAchieved").GetInt32(),
            set.GetProperty("indicatorsAchieved").GetInt32()
        );
        var notAchieved = set.GetProperty("criteria")
            .EnumerateArray()
            .SelectMany(c => c.GetProperty("indicators").EnumerateArray())
            .Where(i => i.GetProperty("outcome").GetString() == "NotAchieved")
            .Select(i => i.GetProperty("number").GetString());
        Assert.Equal(counts.GetProperty("notAchieved").EnumerateArray().Select(n => n.GetString()), notAchieved);
        var onUnconfirmed = set.GetProperty("criteria")
            .EnumerateArray()
            .SelectMany(c => c.GetProperty("indicators").EnumerateArray())
            .Where(i =>
                i.GetProperty("outcome").GetString() is "Achieved" or "NotAchieved"
                && i.GetProperty("required") is { ValueKind: JsonValueKind.Object } required
                && required.GetProperty("status").GetString() == "Unconfirmed"
            )
            .Select(i => i.GetProperty("number").GetString())
            .ToList();
        Assert.NotEmpty(onUnconfirmed);
        Assert.Equal(onUnconfirmed, set.GetProperty("onUnconfirmedValues").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(
            onUnconfirmed,
            counts.GetProperty("onUnconfirmedValues").EnumerateArray().Select(n => n.GetString())
        );
        Assert.Equal(7, explained.GetProperty("row").GetInt32());
        Assert.Equal(
            [("13.4", "input.HasTraditionalCraft")],
            set.GetProperty("criteria")
                .EnumerateArray()
                .SelectMany(c => c.GetProperty("indicators").EnumerateArray())
                .Where(i => i.GetProperty("appliesWhen").ValueKind == JsonValueKind.String)
                .Select(i => (i.GetProperty("number").GetString(), i.GetProperty("appliesWhen").GetString()))
        );
        Assert.Equal(
            [("7", "input.HasRuralMarket == true ? input.RuralMarketMeetsStandard : input.RetailStoreMeetsStandard")],
            set.GetProperty("criteria")
                .EnumerateArray()
                .SelectMany(c => c.GetProperty("indicators").EnumerateArray())
                .Where(i => i.GetProperty("measure").ValueKind == JsonValueKind.String)
                .Select(i => (i.GetProperty("number").GetString(), i.GetProperty("measure").GetString()))
        );
    }

    [Fact]
    public void Explain_UnknownOrInvalidCommune_SaysSo()
    {
        var unknown = Cli.Run("explain", "--lang", "en", Cli.Fixture("communes-small.csv"), "--commune", "X9999");
        var path = _folder.Write("bad.csv", "CommuneId,Region,AssessmentYear\nA1,Mars,2024\n");
        var invalid = Cli.Run("explain", "--lang", "en", path, "--commune", "A1");

        Assert.Equal(
            (
                2,
                "ntm: tests/Ntm.Criteria.Cli.Tests/Fixtures/communes-small.csv: no commune "
                    + "has the id or name 'X9999' (12 rows read)"
            ),
            (unknown.ExitCode, unknown.Error.TrimEnd())
        );
        Assert.Equal(1, invalid.ExitCode);
        Assert.EndsWith(
            "bad.csv: row 2, column 'Region', value 'Mars': \"Mars\" is not one of TDMNPB (Trung du và miền núi phía "
                + "Bắc), DBSH (Đồng bằng sông Hồng), BTB (Bắc Trung Bộ), DHNTB (Duyên hải Nam Trung Bộ), TN (Tây "
                + "Nguyên), DNB (Đông Nam Bộ), DBSCL (Đồng bằng sông Cửu Long)",
            invalid.Error.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Validate_ShippedFile_IsValid()
    {
        var file = Cli.File("rules/national/2021-2025/commune-model.json");

        var result = Cli.Run("validate", file, "--lang", "en");

        // With the file's digest, as the reports name a rule file.
        var digest = Cli.Sha256(file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"rules/national/2021-2025/commune-model.json (SHA-256 {digest[..16]}): valid: "
                + "national/2021-2025/commune-model@2022-03-08 "
                + "(commune, model), 4/4 criteria, 4/? indicators; thresholds: 3 set (0 unconfirmed), 1 open",
            result.Out.TrimEnd()
        );
    }

    [Fact]
    public void Validate_ACriteriaWorkbook_SaysItIsCheckedByItsImport_NotThatItIsBadUtf8()
    {
        var workbook = _folder.File("tieu-chi.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook);

        var result = Cli.Run("validate", workbook, "--lang", "en");

        var shown = Cli.Shown(_folder.File("tieu-chi.xlsx"));
        Assert.Equal(
            (
                2,
                $"ntm: {shown}: a workbook, not a rule file: a criteria workbook is checked by its import, ntm workbook "
                    + $"import \"{shown}\" --out DIR, which names every cell with a problem and writes nothing while "
                    + "one remains; then ntm validate DIR"
            ),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Fact]
    public void Validate_BrokenFiles_ReportsEveryProblemWithFileRuleAndPosition()
    {
        var first = RevisedCopy(
            "broken-a.json",
            text =>
                text.Replace(
                    "\"Expression\": \"input.SmartVillageModels >= 1\"",
                    "\"Expression\": \"input.SmartVillageModels >=\"",
                    StringComparison.Ordinal
                )
        );
        var second = RevisedCopy(
            "broken-b.json",
            text => text.Replace("\"Direction\": \"min\"", "\"Direction\": \"above\"", StringComparison.Ordinal)
        );

        var result = Cli.Run("validate", first, second, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal("3 problems; nothing was loaded.", lines[^1]);
        Assert.Matches(
            @"^TEMP/[0-9a-z-]+/national/2021-2025/broken-a\.json\(\d+,\d+\): national/2021-2025/commune-model › .+: "
                + @".*expected",
            lines[0]
        );
        Assert.Contains(
            lines,
            l =>
                l.Contains("broken-b.json(", StringComparison.Ordinal)
                && l.EndsWith(
                    "Properties.Direction must be min, max, true or false, not 'above'",
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public void Validate_InVietnamese_SaysEveryProblemInVietnameseInLineOrder()
    {
        var file = _folder.Write(
            "bad.json",
            """
            {
              "WorkflowName": "Thử",
              "Inputs": [ { "Name": "Rate", "Type": "number" } ],
              "Rules": [
                { "RuleName": "1", "Expression": "input.Rate ≥ 80" },
                { "RuleName": "2", "Expresion": "true" },
                { "RuleName": "3", "Expression": "input.Rat >= 80" }
              ]
            }
            """
        );

        var result = Cli.Run("validate", file);
        var shown = Cli.Shown(_folder.File("bad.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                $"{shown}(5,38): Thử › 1, cột 12 của biểu thức: '≥' không "
                    + "phải một toán tử của biểu thức; hãy viết '>='",
                $"{shown}(6,5): Thử › 2: quy tắc không có Expression, cũng không có Operator với các quy tắc con",
                $"{shown}(6,24): Thử › 2: quy tắc không có trường 'Expresion'; các trường dùng được: RuleName, "
                    + "Expression, RuleExpressionType, Operator, Rules, LocalParams, "
                    + "SuccessEvent, ErrorMessage, Enabled, "
                    + "Properties; có phải là 'Expression'?",
                $"{shown}(7,38): Thử › 3, cột 7 của biểu thức: không có đầu vào 'input.Rat': nó không được khai báo "
                    + "trong Inputs của workflow; có phải là 'Rate'?",
                "4 lỗi; không tệp nào được nạp.",
            ],
            result.Out.TrimEnd().Split(Environment.NewLine)
        );
    }

    [Theory]
    [InlineData("process", "calling 'System.Diagnostics.Process.Start' is not allowed")]
    [InlineData("inputs-file-device", "InputsFile '/dev/stdin' must name a .json file of input declarations")]
    [InlineData("huge-json-number", "the number is too large to hold (it reads as infinity)")]
    [InlineData("invalid-utf8", "the file is not valid UTF-8 (bad byte 0xE1 at byte 610); save it as UTF-8")]
    public void Validate_HostileFile_ExitsWithCode2AndNamesTheProblemAndItsPosition(string corpusCase, string expected)
    {
        var file = Cli.File($"tests/Ntm.Criteria.Tests/Fixtures/hostile/{corpusCase}/sets/set.json");

        var result = Cli.Run("validate", file, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(
            @"^tests/Ntm\.Criteria\.Tests/Fixtures/hostile/" + corpusCase + @"/sets/set\.json\(\d+,\d+\): ",
            result.Out
        );
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_RevisedCopy_ShowsTheChangedThresholdAndTheAddedIndicator()
    {
        var revised = RevisedCopy(
            "revised.json",
            text =>
                text.Replace("\"Value\": 1,", "\"Value\": 2,", StringComparison.Ordinal)
                    .Replace("input.SmartVillageModels >= 1", "input.SmartVillageModels >= 2", StringComparison.Ordinal)
                    .Replace("\"Number\": \"4\"", "\"Number\": \"5\"", StringComparison.Ordinal)
        );

        var result = Cli.Run("diff", "national/2021-2025/commune-model", revised, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var changes = result
            .Json()
            .GetProperty("changes")
            .EnumerateArray()
            .Select(c =>
                $"{c.GetProperty("kind").GetString()} {c.GetProperty("number").GetString()} "
                + $"{c.GetProperty("before").GetString()} -> {c.GetProperty("after").GetString()}"
            )
            .ToList();
        Assert.Contains(
            changes,
            c =>
                c.StartsWith("ThresholdChanged ", StringComparison.Ordinal)
                && c.EndsWith("1 (confirmed) -> 2 (confirmed)", StringComparison.Ordinal)
        );
        Assert.Contains(changes, c => c.StartsWith("IndicatorAdded 5 ", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.StartsWith("IndicatorRemoved 4 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_TheShippedVersionAndAFileOfTheSameVersion_SaysWhichSideIsTheFile()
    {
        var revised = RevisedCopy(
            "revised.json",
            text => text.Replace("\"Number\": \"4\"", "\"Number\": \"5\"", StringComparison.Ordinal)
        );

        var result = Cli.Run("diff", "national/2021-2025/commune-model", revised, "--lang", "en");

        var sides = result.Out.Split(Environment.NewLine).Where(l => l.StartsWith("  • ", StringComparison.Ordinal));
        Assert.Collection(
            sides,
            shipped => Assert.DoesNotContain("read from", shipped, StringComparison.Ordinal),
            file =>
                Assert.Matches(
                    @" — read from the file \S*national[/\\]2021-2025[/\\]revised\.json \(SHA-256 [0-9a-f]{16}\), in place of "
                        + "the shipped version$",
                    file
                )
        );
    }

    [Theory]
    [InlineData(
        "en",
        "Commune groups",
        "group 3: EthnicMinorityAreaZone is 2 or 3; group 1: IsNextToUrbanAreaAndOrientedToUrban, or "
            + "AgricultureShareOfEconomy below {0}, or IsOrientedToNewUrbanArea; otherwise group 2",
        "Decision's counts",
        "10 criteria, {0} indicators"
    )]
    [InlineData(
        "vi",
        "Xếp nhóm xã",
        "nhóm 3: EthnicMinorityAreaZone là 2 hoặc 3; nhóm 1: IsNextToUrbanAreaAndOrientedToUrban, hoặc "
            + "AgricultureShareOfEconomy dưới {0}, hoặc IsOrientedToNewUrbanArea; còn lại nhóm 2",
        "Số lượng theo văn bản",
        "10 tiêu chí, {0} chỉ tiêu"
    )]
    public void Diff_ARevisionOfTheCommuneGroupsAndTheDecisionsCounts_SaysBoth(
        string lang,
        string groupsKey,
        string groups,
        string countsKey,
        string counts
    )
    {
        var revised = RevisedCopy(
            "revised.json",
            text =>
                text.Replace("\"Below\": 10", "\"Below\": 15", StringComparison.Ordinal)
                    .Replace(
                        "AgricultureShareOfEconomy < 10",
                        "AgricultureShareOfEconomy < 15",
                        StringComparison.Ordinal
                    )
                    .Replace("\"Indicators\": 47", "\"Indicators\": 48", StringComparison.Ordinal),
            set: "2026-2030/commune"
        );

        var result = Cli.Run("diff", "national/2026-2030/commune", revised, "--lang", lang);

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = result.Out.Split(Environment.NewLine).Select(l => Regex.Split(l.Trim(), " {2,}")).ToList();
        Assert.Contains([groupsKey, string.Format(groups, 10), string.Format(groups, 15)], rows.Select(r => r[1..]));
        Assert.Contains([countsKey, string.Format(counts, 47), string.Format(counts, 48)], rows.Select(r => r[1..]));
    }

    [Fact]
    public void Diff_TwoShippedVersions_ShowsTheirDifferencesAsATable()
    {
        var result = Cli.Run(
            "diff",
            "national/2021-2025/commune-standard@2022-03-08",
            "national/2021-2025/commune-standard@2024-03-01",
            "--lang",
            "en"
        );

        Assert.Equal(0, result.ExitCode);
        Golden.Check("diff-commune-standard.en.txt", result.Out);
    }

    [Fact]
    public void Diff_InVietnamese_SaysThresholdRowsInVietnamese()
    {
        var lines = Cli.Run(
                "diff",
                "national/2021-2025/commune-standard@2022-03-08",
                "national/2021-2025/commune-standard@2024-03-01"
            )
            .Out.Split(Environment.NewLine);

        Assert.Contains(
            "đổi ngưỡng        15.3  DBSH                 16,5 (đã xác "
                + "nhận)                       16,5 (chưa xác nhận)",
            lines
        );
        Assert.Contains(
            "đổi ngưỡng        15.4  DBSH                 70 (đã xác nhận)                         chưa có ngưỡng",
            lines
        );
        Assert.Contains(
            "đổi thông tin bộ        Hiệu lực             08/03/2022 – 29/02/2024            "
                + "      01/03/2024 – 14/02/2026",
            lines
        );
        Assert.Contains(
            "đổi thông tin bộ        Áp ngưỡng vùng khác  UsesNorthernMountainThresholds → TDMNPB  "
                + "EthnicMinorityAreaZone là 2 hoặc 3, hoặc IsEspeciallyDifficultCoastalCommune, hoặc "
                + "IsSafeZoneCommuneOfPoorDistrict → TDMNPB",
            lines
        );
    }

    [Theory]
    [InlineData(
        new[] { "evaluate", "--lang", "en" },
        "ntm: Required argument 'FILE' missing for command: 'evaluate'.",
        "Run 'ntm evaluate --help' to see how to use it."
    )]
    [InlineData(
        new[] { "judge", "--lang", "en" },
        "ntm: 'judge' is not a command of 'ntm' (sets, inputs, evaluate, explain, validate, diff, workbook or export)",
        "Run 'ntm --help' to see how to use it."
    )]
    [InlineData(
        new[] { "export", "national/2026-2030/commune", "--lang", "en" },
        "ntm: Option '--out' is required.",
        "Run 'ntm export --help' to see how to use it."
    )]
    [InlineData(
        new[] { "evaluate", "x.csv", "--format", "pdf", "--lang", "en" },
        "ntm: Argument 'pdf' not recognized. Must be one of: 'table', 'csv', 'json', 'markdown', 'xlsx', 'html'",
        "Run 'ntm evaluate --help' to see how to use it."
    )]
    [InlineData(
        new[] { "--lang", "en" },
        "ntm: 'ntm' needs a command: sets, inputs, evaluate, explain, validate, diff, workbook or export",
        "Run 'ntm --help' to see how to use it."
    )]
    [InlineData(
        new[] { "workbook", "exprt", "--lang", "en" },
        "ntm: 'exprt' is not a command of 'ntm workbook' (export or import); did you mean 'export'?",
        "Run 'ntm workbook --help' to see how to use it."
    )]
    [InlineData(
        new[] { "workbook", "export", "--set", "national/2026-2030/commune", "--out", "x.xlsx", "--lang", "en" },
        "ntm: 'ntm workbook export' has no option '--set' ('--set' is an option of 'ntm inputs', 'ntm evaluate', "
            + "'ntm explain'): here the argument is written after the command, without an option name: "
            + "ntm workbook export <SET> …",
        "Run 'ntm workbook export --help' to see how to use it."
    )]
    [InlineData(
        new[] { "diff", "--set", "a", "--set", "b", "--lang", "en" },
        "ntm: 'ntm diff' has no option '--set' ('--set' is an option of 'ntm inputs', 'ntm evaluate', "
            + "'ntm explain'): here the arguments are written after the command, without an option name: "
            + "ntm diff <SET_A> <SET_B> …",
        "Run 'ntm diff --help' to see how to use it."
    )]
    [InlineData(
        new[] { "evaluate", "x.csv", "--commune", "X0001", "--lang", "en" },
        "ntm: 'ntm evaluate' has no option '--commune' ('--commune' is an option of 'ntm explain')",
        "Run 'ntm evaluate --help' to see how to use it."
    )]
    [InlineData(
        new[] { "evaluate", "--formt", "html", "x.csv", "--lang", "en" },
        "ntm: 'ntm evaluate' has no option '--formt'; did you mean '--format'?",
        "Run 'ntm evaluate --help' to see how to use it."
    )]
    [InlineData(
        new[] { "explain", "x.csv", "--comune=X0001", "--lang", "en" },
        "ntm: 'ntm explain' has no option '--comune'; did you mean '--commune'?",
        "Run 'ntm explain --help' to see how to use it."
    )]
    public void Mistakes_ExitWithCode2_AMessage_AndWhereTheHelpOfTheCommandIs(
        string[] args,
        string message,
        string help
    )
    {
        var result = Cli.Run(args);

        Assert.Equal((2, ""), (result.ExitCode, result.Out));
        Assert.Equal([message, help], result.Error.TrimEnd().Split(Environment.NewLine));
    }

    [Theory]
    [InlineData(new[] { "evaluate" }, "ntm: lệnh 'evaluate' thiếu đối số bắt buộc FILE", "evaluate")]
    [InlineData(
        new[] { "judge" },
        "ntm: 'judge' không phải một lệnh của 'ntm' (sets, inputs, evaluate, explain, validate, diff, workbook hoặc "
            + "export)",
        ""
    )]
    [InlineData(new[] { "export", "national/2026-2030/commune" }, "ntm: thiếu tùy chọn bắt buộc '--out'", "export")]
    [InlineData(new[] { "evaluate", "x.csv", "--out" }, "ntm: tùy chọn '--out' thiếu giá trị", "evaluate")]
    [InlineData(
        new[] { "sets", "--lang", "fr" },
        "ntm: giá trị 'fr' không hợp lệ; phải là một trong: 'vi', 'en'",
        "sets"
    )]
    [InlineData(
        new string[0],
        "ntm: 'ntm' cần một lệnh: sets, inputs, evaluate, explain, validate, diff, workbook hoặc export",
        ""
    )]
    [InlineData(new[] { "workbook" }, "ntm: 'ntm workbook' cần một lệnh: export hoặc import", "workbook")]
    [InlineData(
        new[] { "export", "--set", "national/2026-2030/commune", "--out", "x.json" },
        "ntm: 'ntm export' không có tùy chọn '--set' ('--set' là tùy chọn của 'ntm inputs', 'ntm evaluate', "
            + "'ntm explain'): ở lệnh này, đối số ghi ngay sau tên lệnh, không có tên tùy chọn: ntm export <SET> …",
        "export"
    )]
    [InlineData(
        new[] { "workbook", "export", "national/2026-2030/commune", "--ouput", "x.xlsx" },
        "ntm: 'ntm workbook export' không có tùy chọn '--ouput'; có phải là '--out'?",
        "workbook export"
    )]
    [InlineData(
        new[] { "evalute", "samples/communes.csv" },
        "ntm: 'evalute' không phải một lệnh của 'ntm' (sets, inputs, evaluate, explain, validate, diff, workbook "
            + "hoặc export); có phải là 'evaluate'?",
        ""
    )]
    public void Mistakes_InVietnamese_AreSaidInVietnamese(string[] args, string message, string command)
    {
        var result = Cli.Run(args);

        Assert.Equal((2, ""), (result.ExitCode, result.Out));
        Assert.Equal(
            [message, $"Chạy '{("ntm " + command).TrimEnd()} --help' để xem cách dùng."],
            result.Error.TrimEnd().Split(Environment.NewLine)
        );
    }

    [Fact]
    public void WrongLanguage_ForACommandThatGroupsOthers_IsSaidBesideTheCommandsItHas()
    {
        var result = Cli.Run("workbook", "--lang", "fr");

        Assert.Equal(
            [
                "ntm: 'ntm workbook' cần một lệnh: export hoặc import",
                "ntm: giá trị 'fr' không hợp lệ; phải là một trong: 'vi', 'en'",
                "Chạy 'ntm workbook --help' để xem cách dùng.",
            ],
            result.Error.TrimEnd().Split(Environment.NewLine)
        );
    }

    [Theory]
    [InlineData("--lang", "EN")]
    [InlineData("--lang", "en-US")]
    [InlineData("--lang=en_GB")]
    public void Language_AsASystemNamesIt_IsTaken(params string[] language)
    {
        // "--lang EN" was refused, in Vietnamese.
        var result = Cli.Run(["sets", .. language]);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.StartsWith("Set ", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("Bộ tiêu chí ", Cli.Run("sets", "--lang", "VI-vn").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "MARKDOWN")]
    [InlineData("--format=Markdown")]
    public void Format_InCapitals_IsTaken(params string[] format)
    {
        var result = Cli.Run(["sets", .. format]);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.StartsWith("| Bộ tiêu chí |", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Unknown_IsRefusedAsTyped()
    {
        // "--format PDF" was refused as 'pdf', a value the user had not typed.
        var result = Cli.Run("sets", "--format", "PDF");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(
            "ntm: giá trị 'PDF' không hợp lệ; phải là một trong: 'table', 'markdown'",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("--out", "--culture", "ntm: tùy chọn '--out' thiếu giá trị: ngay sau nó là '--culture'")]
    [InlineData("--format", "--out", "ntm: tùy chọn '--format' thiếu giá trị: ngay sau nó là '--out'")]
    [InlineData("--culture", "--as-of", "ntm: tùy chọn '--culture' thiếu giá trị: ngay sau nó là '--as-of'")]
    public void OptionFollowedByAnOption_IsMissingItsValue_AndNothingRuns(string option, string next, string expected)
    {
        var report = _folder.File("report.html");

        var result = Cli.Run("evaluate", Cli.File("samples/communes.csv"), option, next, "--out", report);

        Assert.Equal((2, ""), (result.ExitCode, result.Out));
        Assert.Equal(
            [expected, "Chạy 'ntm evaluate --help' để xem cách dùng."],
            result.Error.TrimEnd().Split(Environment.NewLine)
        );
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void OptionFollowedByAnOption_InEnglish_NamesBoth_NotTheWordLeftOver()
    {
        var result = Cli.Run("evaluate", "x.csv", "--out", "--format", "html", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "ntm: option '--out' is missing its value: '--format' follows it",
                "Run 'ntm evaluate --help' to see how to use it.",
            ],
            result.Error.TrimEnd().Split(Environment.NewLine)
        );
    }

    [Fact]
    public void Help_IsInVietnameseByDefault_AndInEnglishWithLangEn()
    {
        var vietnamese = Cli.Run("explain", "--help");
        var english = Cli.Run("workbook", "import", "-h", "--lang", "en");

        Assert.Equal((0, ""), (vietnamese.ExitCode, vietnamese.Error));
        var lines = vietnamese.Out.Split(Environment.NewLine);
        Assert.Equal(
            [
                "Mô tả:",
                "  Giải thích một xã: mọi chỉ tiêu với giá trị thực tế, yêu cầu, kết quả và "
                    + "nguồn, và khoảng cách tới hạng tiếp theo",
                "",
                "Cách dùng:",
                "  ntm explain <FILE> [tùy chọn]",
                "",
                "Đối số:",
                "  <FILE>  Dữ liệu các xã: một tệp .csv, .json hoặc .xlsx, mỗi xã một dòng",
                "",
                "Tùy chọn:",
            ],
            lines[..10]
        );
        Assert.Contains(
            "  --commune, --village <ID|NAME>       Mã của xã (cột CommuneId hoặc 'Mã xã'), hoặc tên xã ('Xã An Thạnh', "
                + "'an thanh'); với tệp các thôn là mã hoặc tên thôn. Mặc định: xã (thôn) của một tệp chỉ có một",
            lines
        );
        Assert.Contains(
            "  --format <table|markdown|json|html>  Định dạng đầu ra: table, markdown, json, html [mặc định: table]",
            lines
        );
        Assert.Contains("  -h, -?, --help                       Hiện trợ giúp và cách dùng", lines);
        Assert.Equal(0, english.ExitCode);
        Assert.Equal(
            [
                "Description:",
                "  Read a filled workbook and write each of its sets as a rule file under --out; nothing is written "
                    + "when any cell has a problem",
                "",
                "Usage:",
                "  ntm workbook import <FILE> [options]",
                "",
                "Arguments:",
                "  <FILE>  A workbook written by 'ntm workbook export', filled or edited",
                "",
                "Options:",
                "  --out <DIR>     The rules folder to write the sets into (the folder --rules reads) (required)",
                "  --rules <DIR>   A folder of rule files to use with the shipped sets: its sets may extend shipped "
                    + "ones, and a file defining a shipped version replaces it",
                "  --lang <vi|en>  Language of the report: vi (Vietnamese) or en (English) [default: vi]",
                "  -h, -?, --help  Show help and usage information",
            ],
            english.Out.TrimEnd().Split(Environment.NewLine)
        );
    }

    [Fact]
    public void Help_OfTheCommandLine_IsInEnglishWithLangEn_BeforeAnyCommand()
    {
        var result = Cli.Run("--lang", "en", "--help");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var lines = result.Out.Split(Environment.NewLine);
        Assert.Equal("Description:", lines[0]);
        Assert.Contains(
            "  --lang <vi|en>  Language of the report: vi (Vietnamese) or en (English) [default: vi]",
            lines
        );
    }

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("31/12/2024")]
    [InlineData("31-12-2024")]
    [InlineData("31.12.2024")]
    [InlineData(" 31/12/2024 ")]
    [InlineData("ngày 31 tháng 12 năm 2024")]
    [InlineData("31 tháng 12 năm 2024")]
    public void AsOf_ADayAsVietnameseDocumentsWriteIt_IsRead(string day)
    {
        var result = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--as-of", day, "--format", "json");

        Assert.Equal((0, "2024-12-31"), (result.ExitCode, result.Json().GetProperty("asOf").GetString()));
    }

    [Fact]
    public void AsOf_NotADate_IsAUsageErrorInTheReportsLanguage()
    {
        var english = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--as-of", "tomorrow", "--lang", "en");
        var vietnamese = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--as-of", "tomorrow");

        Assert.Equal(
            (2, "ntm: --as-of: \"tomorrow\" is not a date; write 31/12/2025 or 2025-12-31"),
            (english.ExitCode, english.Error.TrimEnd())
        );
        Assert.Equal(
            (2, "ntm: --as-of: \"tomorrow\" không phải là ngày; hãy viết 31/12/2025 hoặc 2025-12-31"),
            (vietnamese.ExitCode, vietnamese.Error.TrimEnd())
        );
    }

    [Fact]
    public void AsOf_AYear_IsToldItsLastDay_OrTheDataYear()
    {
        var english = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--as-of", "2024", "--lang", "en");
        var vietnamese = Cli.Run("explain", Cli.Fixture("communes-small.csv"), "--as-of", "2024");

        Assert.Equal(
            (
                2,
                "ntm: --as-of: 2024 is a year, not a date: write 31/12/2024 (its last day), or leave --as-of out to "
                    + "evaluate on the last day of the assessment year the data gives"
            ),
            (english.ExitCode, english.Error.TrimEnd())
        );
        Assert.Equal(
            (
                2,
                "ntm: --as-of: 2024 là một năm, không phải một ngày: hãy viết 31/12/2024 (ngày cuối năm), hoặc bỏ "
                    + "--as-of để đánh giá vào ngày cuối của năm đánh giá ghi trong dữ liệu"
            ),
            (vietnamese.ExitCode, vietnamese.Error.TrimEnd())
        );
    }

    [Fact]
    public void Diff_WithDataOfSetsOfOtherVocabularies_NamesTheInputThatDiffers()
    {
        // Two provinces' village sets, each of its province's own vocabulary.
        var result = Cli.Run(
            "diff",
            "provincial/ha-tinh/residential-area-model",
            "provincial/thanh-hoa/village-standard",
            "--data",
            Cli.File("samples/villages-ha-tinh.csv"),
            "--lang",
            "en"
        );

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(
            "ntm: provincial/thanh-hoa/village-standard@2021-2025 (rules/provincial/thanh-hoa/village-standard.json) "
                + "reads other inputs than provincial/ha-tinh/residential-area-model@2014-08-04 (IsStandardVillage is "
                + "not one of theirs); a data file is read with one set of inputs",
            result.Error,
            StringComparison.Ordinal
        );
    }

    /// <summary><c>ntm diff</c> of the standard commune set's two versions with <c>--data</c>, in English.</summary>
    private static CliResult DiffOfTheStandardVersions(string data, params string[] options) =>
        Cli.Run([
            "diff",
            "national/2021-2025/commune-standard@2022-03-08",
            "national/2021-2025/commune-standard@2024-03-01",
            "--data",
            data,
            "--lang",
            "en",
            .. options,
        ]);

    [Fact]
    public void DiffWithData_AndExplain_SayWhichColumnsWereNotRead_AsEvaluateDoes()
    {
        // A district's file with one column misnamed: every commune lacks the input, and both commands say why.
        var data = _folder.File("communes.csv");
        File.WriteAllText(data, "CommuneId,Region,AssessmentYear,Tỷ lệ tưới tiêu\nX1,BTB,2024,85\n");
        var warning =
            $"{Cli.Shown(_folder.File("communes.csv"))}: 1 column is not an input of the criteria and is not "
            + "read: 'Tỷ lệ tưới tiêu' (did you mean IrrigatedFarmlandRate?)";

        var diff = DiffOfTheStandardVersions(data);
        var explain = Cli.Run("explain", data, "--commune", "X1", "--lang", "en");

        Assert.Equal((0, 0), (diff.ExitCode, explain.ExitCode));
        Assert.StartsWith(warning, diff.Error, StringComparison.Ordinal);
        Assert.StartsWith(warning, explain.Error, StringComparison.Ordinal);
        Assert.Contains(
            "inputs the sets read have no column, so every commune lacks them",
            explain.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void DiffWithData_NamesTheFileWithItsDigest_AndItsRowsRejected()
    {
        // The tier changes are those of one file: a forwarded report names it, as evaluate's does.
        var data = _folder.Write("communes.csv", "CommuneId,Region,AssessmentYear\nX1,BTB,2024\nX2,XYZ,2024\n");

        var table = DiffOfTheStandardVersions(data);
        var json = DiffOfTheStandardVersions(data, "--format", "json").Json();

        var digest = Cli.Sha256(data);
        Assert.Contains(
            $"Communes of {Cli.Shown(data)} (SHA-256 {digest[..16]}), each evaluated under both sets; 1 row rejected, "
                + "listed on standard error.",
            table.Out.Split(Environment.NewLine)
        );
        Assert.Equal(digest, json.GetProperty("dataFileSha256").GetString());
    }

    [Fact]
    public void Diff_ColumnWithoutData_IsAUsageError()
    {
        var result = Cli.Run(
            "diff",
            "national/2021-2025/commune-model",
            "national/2021-2025/commune-model",
            "--column",
            "Nhóm xã=CommuneGroup",
            "--lang",
            "en"
        );

        Assert.Equal(
            (2, "ntm: --column says how to read the data file, which diff reads only with --data FILE"),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Fact]
    public void Diff_UnknownVersion_ListsTheVersions()
    {
        var result = Cli.Run(
            "diff",
            "national/2021-2025/commune-model@1999",
            "national/2021-2025/commune-model",
            "--lang",
            "en"
        );
        var vietnamese = Cli.Run("diff", "national/2021-2025/commune-model@1999", "national/2021-2025/commune-model");

        Assert.Equal(
            (2, "ntm: national/2021-2025/commune-model has no version '1999'; its versions are 2022-03-08"),
            (result.ExitCode, result.Error.TrimEnd())
        );
        Assert.Equal(
            (2, "ntm: national/2021-2025/commune-model không có phiên bản '1999'; các phiên bản của nó là 2022-03-08"),
            (vietnamese.ExitCode, vietnamese.Error.TrimEnd())
        );
    }

    [Fact]
    public void Evaluate_UnknownSetOrDateWithoutSets_ExitsWithCode2()
    {
        var unknown = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--set", "national/nope", "--lang", "en");
        var tooEarly = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--as-of", "2010-01-01", "--lang", "en");
        var tooEarlyVi = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--as-of", "2010-01-01");

        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith(
            "ntm: no criteria set has the id 'national/nope'; the closest are ",
            unknown.Error,
            StringComparison.Ordinal
        );
        Assert.Equal(2, tooEarly.ExitCode);
        Assert.Equal(
            "ntm: no commune set is in force on 2010-01-01. Give --as-of a date a commune set covers, or name the "
                + "sets with --set ('ntm sets' lists them).",
            tooEarly.Error.TrimEnd()
        );
        Assert.Equal(
            "ntm: không bộ tiêu chí xã nào có hiệu lực ngày 01/01/2010. Hãy cho --as-of một ngày thuộc hiệu lực của "
                + "một bộ tiêu chí xã, hoặc ghi các bộ bằng --set ('ntm sets' liệt kê chúng).",
            tooEarlyVi.Error.TrimEnd()
        );
    }

    [Fact]
    public void Evaluate_AsOfInAPeriodThatDoesNotCoverTheDataYear_SaysSoInTheReportAndOnStandardError()
    {
        // Data of 2024 evaluated on the day a report is signed, in 2026: against the sets of 2026-2030, as asked.
        var file = Cli.Fixture("communes-small.csv");
        var english = Cli.Run("evaluate", file, "--as-of", "2026-03-15", "--lang", "en");
        var vietnamese = Cli.Run("evaluate", file, "--as-of", "15/03/2026", "--format", "json");

        var line =
            "12 communes were evaluated against sets of 2026-2030, which do not cover their assessment year (2024); to "
            + "evaluate them against the sets of their year, give --as-of a day of that year, or leave --as-of out";
        Assert.Equal(0, english.ExitCode);
        Assert.Contains(
            $"tests/Ntm.Criteria.Cli.Tests/Fixtures/communes-small.csv: {line}\n",
            english.Error,
            StringComparison.Ordinal
        );
        Assert.Contains($"\n{line}\n", english.Out, StringComparison.Ordinal);
        Assert.Equal(
            [
                "12 xã được đánh giá theo bộ tiêu chí giai đoạn 2026-2030, giai đoạn không bao gồm năm đánh giá trong dữ "
                    + "liệu (2024); để đánh giá theo bộ tiêu chí của năm đó, hãy cho --as-of một ngày của năm đó, hoặc "
                    + "bỏ --as-of",
            ],
            vietnamese.Json().GetProperty("setNotes").EnumerateArray().Select(n => n.GetString())
        );
    }

    [Fact]
    public void Evaluate_WithoutAColumnTheChainGivesFromAnEarlierTier_DoesNotCallItMissing()
    {
        // Whether a commune is advanced comes from the advanced set the chain evaluates before the model one; alone,
        // the model set reads it from the file.
        var lines = File.ReadAllLines(Cli.Fixture("communes-small.csv")).Skip(1).ToList();
        var advanced = Array.IndexOf(lines[0].Split(','), "IsAdvancedCommune20212025");
        var data = _folder.File("communes.csv");
        File.WriteAllLines(
            data,
            lines.Select(line => string.Join(',', line.Split(',').Where((_, column) => column != advanced)))
        );

        var chain = Cli.Run("evaluate", data, "--lang", "en");
        var alone = Cli.Run("evaluate", data, "--set", "national/2021-2025/commune-model", "--lang", "en");

        Assert.DoesNotContain("IsAdvancedCommune20212025", chain.Error, StringComparison.Ordinal);
        Assert.Contains(
            "1 input the sets read has no column, so every commune lacks it (missing data, never achieved): "
                + "IsAdvancedCommune20212025",
            alone.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_AVersionOfAnotherPeriodNamedWithoutAsOf_IsToldToNameTheSetsWithoutAVersion()
    {
        var result = Cli.Run(
            "evaluate",
            Cli.Fixture("communes-small.csv"),
            "--set",
            "national/2016-2020/commune-standard@2016-10-17",
            "--lang",
            "en"
        );

        Assert.Contains(
            "12 communes were evaluated against sets of 2016-2020, which do not cover their assessment year (2024); to "
                + "evaluate them against the sets of their year, name the sets without a version",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Inputs_OfASetThatReadsNone_SaysSo_NotAnEmptyTable()
    {
        var result = Cli.Run("inputs", "--set", "national/2026-2030/province-completion", "--lang", "en");

        Assert.Equal(
            (
                0,
                "national/2026-2030/province-completion@2025-12-29 reads no inputs: the sources give none of its "
                    + "indicators yet, so no data can meet it."
            ),
            (result.ExitCode, result.Out.TrimEnd())
        );
    }

    [Fact]
    public void Evaluate_ASetWhoseCriteriaTheSourcesDoNotList_HasNoEmptyCriteriaTable()
    {
        var path = ProvincesFile();

        var result = Cli.Run("evaluate", path, "--set", "national/2026-2030/province-completion", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("achieving each criterion", result.Out, StringComparison.Ordinal);

        // A file of provinces has no place column beside its names: it would be empty.
        Assert.StartsWith(
            "Row  Id  Name          completed Cr",
            result.Out.Split('\n').First(l => l.StartsWith("Row", StringComparison.Ordinal)),
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "national/2026-2030/province-completion: none of the set's indicators is in the sources, so no province "
                + "can achieve any criterion yet; there are no bands of criteria achieved or indicators missed.",
            result.Out.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    // A province's file, as the template of the 2026 completion set heads it.
    private string ProvincesFile() =>
        _folder.Write("provinces.csv", "LocalityId,LocalityName,AssessmentYear\nP1,Tỉnh Lào Cai,2026\n");

    private static CliResult ExplainProvince(string path, string asked) =>
        Cli.Run("explain", path, "--commune", asked, "--set", "national/2026-2030/province-completion", "--lang", "en");

    [Fact]
    public void Explain_NoLocalityOfThatIdOrName_CountsTheRowsRead()
    {
        var path = ProvincesFile();

        var result = ExplainProvince(path, "P2");

        Assert.Equal(
            (2, $"ntm: {Cli.Shown(path)}: no province has the id or name 'P2' (1 row read)"),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Theory]
    [InlineData("P1")]
    [InlineData("Lào Cai")]
    [InlineData("tinh lao cai")]
    public void Explain_AProvinceOfASetWhoseCriteriaTheSourcesDoNotList_ByIdOrName(string asked)
    {
        var path = ProvincesFile();

        var result = ExplainProvince(path, asked);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(
            "national/2026-2030/province-completion: the sources list none of its criteria, nor condition ĐK1 in full, "
                + "so no province can achieve the set.",
            result.Out.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Diff_DataAgainstSetsOfTwoLevels_IsRefused_TheSetsThemselvesCompared()
    {
        const string Commune = "national/2021-2025/commune-standard";
        const string District = "national/2021-2025/district-standard";

        var refused = Cli.Run("diff", Commune, District, "--data", Cli.Fixture("communes-small.csv"), "--lang", "en");
        var compared = Cli.Run("diff", Commune, District, "--lang", "en");

        Assert.Equal(
            (
                2,
                "ntm: --data compares how one file's localities fare under two sets of one level; "
                    + $"{Commune} assesses communes and {District} districts"
            ),
            (refused.ExitCode, refused.Error.TrimEnd())
        );
        Assert.StartsWith(
            "set changed                     Level              commune  ",
            compared.Out.Split('\n')[6],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_AsOfAfterTheDataYearInTheSamePeriod_SaysNothingOfIt()
    {
        // A district's report of 2024, made in January 2025: the sets of 2021-2025 cover its year.
        var result = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--as-of", "2025-01-15", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("do not cover", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AsOfInAPeriodThatDoesNotCoverTheCommunesYear_SaysSo()
    {
        var result = Cli.Run(
            "explain",
            Cli.Fixture("communes-small.csv"),
            "--commune",
            "X0001",
            "--as-of",
            "2026-03-15",
            "--lang",
            "en"
        );

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "\n1 commune was evaluated against sets of 2026-2030, which do not cover its assessment year (2024); to "
                + "evaluate it against the sets of its year, give --as-of a day of that year, or leave --as-of out\n",
            result.Out,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("explain")]
    public void AVersionSetNamesThatIsNotInForceOnTheDate_IsSaidToBeUsedAllTheSame(string command)
    {
        // A report "against the sets in force on 2024-12-31" made with the version QĐ 211 amended on 01/03/2024.
        string[] commune = command == "explain" ? ["--commune", "X0001"] : [];
        const string Line =
            "national/2021-2025/commune-standard@2022-03-08 is not in force on 2024-12-31 (in force 2022-03-08 – "
            + "2024-02-29); it is used as --set names it; --set national/2021-2025/commune-standard takes the version "
            + "in force on that day, 2024-03-01";

        CliResult With(string version) =>
            Cli.Run([
                command,
                Cli.Fixture("communes-small.csv"),
                .. commune,
                "--set",
                $"national/2021-2025/commune-standard@{version}",
                "--lang",
                "en",
            ]);

        var pinned = With("2022-03-08");
        var inForce = With("2024-03-01");

        Assert.Equal(0, pinned.ExitCode);
        Assert.Contains($"communes-small.csv: {Line}", pinned.Error, StringComparison.Ordinal);
        Assert.Contains(Line, pinned.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("not in force", inForce.Out + inForce.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A copy of the shipped model set in a temporary rules folder (with the shared inputs), changed by <paramref
    /// name="edit"/>.
    /// </summary>
    /// <summary>A copy of a shipped set's file (the 2021-2025 model commune set unless said), edited.</summary>
    private string RevisedCopy(string name, Func<string, string> edit, string set = "2021-2025/commune-model")
    {
        if (!File.Exists(_folder.File("inputs.json")))
        {
            File.Copy(Cli.File("rules/inputs.json"), _folder.File("inputs.json"));
        }

        var text = File.ReadAllText(Cli.File($"rules/national/{set}.json"));
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        return _folder.Write($"national/{set.Split('/')[0]}/{name}", edited);
    }
}
