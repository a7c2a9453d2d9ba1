using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// <c>--rules DIR</c> and the provincial sets through the command line: a folder's revision of a national set, listed
/// as replacing or extending a shipped version, validated, compared, and re-evaluating a data file under both.
/// </summary>
public sealed class RulesFolderTests : IDisposable
{
    private readonly TempFolder _rules = new();

    // The rules folder --rules names.
    private readonly string _folder;

    public RulesFolderTests()
    {
        _folder = _rules.Path;
        Directory.CreateDirectory(Path.Combine(_folder, "national", "2021-2025"));
    }

    public void Dispose() => _rules.Dispose();

    /// <summary>The Thanh Hóa village sample with its lines edited, written beside the rules folder's files.</summary>
    private string EditedThanhHoaVillages(Action<string[]> edit)
    {
        var lines = File.ReadAllLines(Cli.File("samples/villages-thanh-hoa.csv"));
        edit(lines);
        return _rules.Write("villages.csv", string.Join('\n', lines) + "\n");
    }

    /// <summary>A rule file as the reports name it: as <see cref="Cli"/> shows its path, with its digest.</summary>
    private static string Named(string file) => $"{Cli.Shown(file)} (SHA-256 {Cli.Sha256(file)[..16]})";

    /// <summary>A path as <see cref="Cli"/> shows it.</summary>
    private string Revision(
        string extends = "national/2021-2025/commune-standard@2024-03-01",
        string version = "2025-07-01"
    )
    {
        var path = Path.Combine(_folder, "national", "2021-2025", $"commune-standard@{version}.json");
        File.WriteAllText(
            path,
            $$"""
            {
              "WorkflowName": "national/2021-2025/commune-standard",
              "Properties": { "Set": { "Id": "national/2021-2025/commune-standard", "Version": "{{version}}",
                "Extends": "{{extends}}",
                "LegalBasis": { "Decision": "999/QĐ-TEST", "Status": "unconfirmed", "Source": "a test revision" },
                "InForce": { "From": "{{version}}", "To": "2026-02-14" } } },
              "Rules": [
                { "RuleName": "17", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
                  { "RuleName": "17.2", "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "999/QĐ-TEST, Điều 1",
                    "Thresholds": [ { "Value": 90, "Status": "unconfirmed", "Source": "999/QĐ-TEST, Điều 1" } ] } } ] }
              ]
            }
            """
        );
        return path;
    }

    // A revision adding 18.9, the share of procedures online, which has no value for a commune with none at all.
    private void ShareOfNothingRevision() =>
        _rules.Write(
            "national/2021-2025/commune-standard@2025-07-01.json",
            """
            { "WorkflowName": "national/2021-2025/commune-standard",
              "Inputs": [ { "Name": "OnlineProcedures", "Type": "integer", "Minimum": 0 },
                { "Name": "AllProcedures", "Type": "integer", "Minimum": 0 } ],
              "Properties": { "Set": { "Id": "national/2021-2025/commune-standard", "Version": "2025-07-01",
                "Extends": "national/2021-2025/commune-standard@2024-03-01",
                "LegalBasis": { "Decision": "999/QĐ-TEST", "Status": "unconfirmed", "Source": "a test revision" },
                "InForce": { "From": "2025-07-01", "To": "2026-02-14" } } },
              "Rules": [ { "RuleName": "18", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
                { "RuleName": "18.9", "Properties": { "Change": "add", "Kind": "indicator", "Number": "18.9",
                  "Name": { "vi": "Tỷ lệ hồ sơ trực tuyến", "en": "Online share" }, "Status": "unconfirmed",
                  "Source": "999/QĐ-TEST", "Input": "OnlineProcedures", "Unit": "%", "Direction": "min",
                  "AppliesWhen": "input.OnlineProcedures > 0",
                  "Measure": "input.OnlineProcedures * 100.0 / input.AllProcedures",
                  "Thresholds": [ { "Value": 70, "Status": "unconfirmed", "Source": "999/QĐ-TEST" } ] } } ] } ] }
            """
        );

    // A share of nothing (80 procedures online of 0) is infinite: "≥ 70%" achieved it, and the JSON report stopped with an
    // internal error, since JSON has no infinity.
    [Fact]
    public void Explain_AShareOfNothing_IsAnEvaluationError_InTextAndJson()
    {
        ShareOfNothingRevision();
        var data = _rules.Write(
            "communes.csv",
            "Mã xã,Tên xã,Năm đánh giá,Vùng kinh tế - xã hội,OnlineProcedures,AllProcedures\n"
                + "X1,Xã Một,2025,BTB,80,0\nX2,Xã Hai,2025,BTB,0,0\n"
        );

        var json = Cli.Run("explain", data, "--rules", _folder, "--commune", "X1", "--format", "json");
        var text = Cli.Run("explain", data, "--rules", _folder, "--commune", "X1", "--lang", "en");

        Assert.True(json.ExitCode == 0, json.Error);
        static IEnumerable<JsonObject> Objects(JsonNode? node) =>
            node switch
            {
                JsonObject o => o.SelectMany(p => Objects(p.Value)).Prepend(o),
                JsonArray a => a.SelectMany(Objects),
                _ => [],
            };
        var share = Objects(JsonNode.Parse(json.Out)).First(o => (string?)o["number"] == "18.9");
        Assert.Equal(("EvaluationError", null), ((string?)share["outcome"], share["actual"]));
        Assert.Matches(@"(?m)^ +18\.9 +Online share +— +≥ 70% \(unconfirmed\) +evaluation error", text.Out);
        Assert.Contains(
            "18.9 has no value to compare for this commune: 'input.OnlineProcedures * 100.0 / input.AllProcedures' "
                + "divides by zero with the commune's values (a share of nothing has no value), so it is neither "
                + "achieved nor not achieved; check the values it reads.",
            text.Out,
            StringComparison.Ordinal
        );

        // Where it does not apply (no procedure online), it has nothing to compare and nothing to say.
        var notApplying = Cli.Run("explain", data, "--rules", _folder, "--commune", "X2", "--lang", "en");
        Assert.Matches(@"(?m)^ +18\.9 +Online share +— +≥ 70% \(unconfirmed\) +not applicable", notApplying.Out);
        Assert.DoesNotContain("no value to compare", notApplying.Out, StringComparison.Ordinal);
    }

    // The district's tables counted a commune whose share had no value as not achieving it, and said nothing else.
    [Fact]
    public void Evaluate_AShareOfNothing_IsNamedUnderTheSummary_InEachLanguageAndTheHtmlPage()
    {
        ShareOfNothingRevision();
        var data = _rules.Write(
            "communes.csv",
            "Mã xã,Tên xã,Năm đánh giá,Vùng kinh tế - xã hội,OnlineProcedures,AllProcedures\n"
                + "X1,Xã Một,2025,BTB,80,0\nX2,Xã Hai,2025,BTB,0,0\nX3,Xã Ba,2025,BTB,5,0\nX4,Xã Bốn,2025,BTB,50,100\n"
        );
        var page = Path.Combine(_folder, "report.html");

        var english = Cli.Run("evaluate", data, "--rules", _folder, "--lang", "en");
        var vietnamese = Cli.Run("evaluate", data, "--rules", _folder);
        var html = Cli.Run("evaluate", data, "--rules", _folder, "--format", "html", "--out", page);
        var clean = Cli.Run(
            "evaluate",
            _rules.Write(
                "clean.csv",
                "Mã xã,Năm đánh giá,Vùng kinh tế - xã hội,OnlineProcedures,AllProcedures\nX4,2025,BTB,50,100\n"
            ),
            "--rules",
            _folder,
            "--lang",
            "en"
        );

        Assert.Contains(
            "national/2021-2025/commune-standard: an indicator had no value to compare for some communes, its rule "
                + "dividing by zero with those communes' values (a share of nothing has no value): 18.9 (2 communes). "
                + "The tables count it there as not achieved, though neither achieved nor not achieved: check the "
                + "values it reads; the explain command shows it for a commune.",
            english.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "national/2021-2025/commune-standard: có chỉ tiêu không có giá trị để so sánh với một số xã, vì quy tắc chia "
                + "cho 0 với các giá trị của những xã đó (tỷ lệ trên tổng bằng 0 không có giá trị): 18.9 (2 xã).",
            vietnamese.Out,
            StringComparison.Ordinal
        );
        Assert.True(html.ExitCode == 0, html.Error);
        Assert.Contains("18.9 (2 xã)", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.DoesNotContain("no value to compare", clean.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sets_WithRules_ListsTheFoldersSetsAndWhatTheyExtendOrReplace()
    {
        var revision = Revision();
        Revision(extends: "national/2021-2025/commune-standard@2022-03-08", version: "2024-03-01");
        var copy = _rules.Write(
            "provincial/nghe-an/village-standard.json",
            File.ReadAllText(Cli.File("rules/provincial/thanh-hoa/village-standard.json"))
                .Replace("\"InputsFile\": \"inputs.json\"", "\"InputsFile\": \"../thanh-hoa/inputs.json\"")
                .Replace("provincial/thanh-hoa/village-standard", "provincial/nghe-an/village-standard")
                .Replace("\"Province\": \"Thanh Hóa\"", "\"Province\": \"Nghệ An\"")
        );

        var result = Cli.Run("sets", "--rules", _folder, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            result.Out.Split(Environment.NewLine),
            line =>
                line.StartsWith("national/2021-2025/commune-standard ", StringComparison.Ordinal)
                && line.Contains(" 2025-07-01 ", StringComparison.Ordinal)
        );
        Assert.Contains(
            $"  • national/2021-2025/commune-standard@2025-07-01 from {Named(revision)} extends "
                + "national/2021-2025/commune-standard@2024-03-01.",
            result.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "  • national/2021-2025/commune-standard@2024-03-01 from "
                + $"{Named(Path.Combine(_folder, "national", "2021-2025", "commune-standard@2024-03-01.json"))} "
                + "replaces "
                + "the shipped version (rules/national/2021-2025/commune-standard@2024-03-01.json).",
            result.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"  • provincial/nghe-an/village-standard@2021-2025 from {Named(copy)}, not shipped.",
            result.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Rules_FileAtTheTopOfTheFolder_IsReadAsOneDeeperIs()
    {
        // The revision moved to the top of the folder, and a file of another case of extension beside it.
        var deep = Revision();
        var top = Path.Combine(_folder, "revision.json");
        File.Move(deep, top);

        var read = Cli.Run("sets", "--rules", _folder, "--lang", "en");
        File.WriteAllText(Path.Combine(_folder, "NOTES.JSON"), "{ not a rule file");
        var broken = Cli.Run("sets", "--rules", _folder, "--lang", "en");

        Assert.Equal(0, read.ExitCode);
        Assert.Contains(
            $"  • national/2021-2025/commune-standard@2025-07-01 from {Named(top)} extends "
                + "national/2021-2025/commune-standard@2024-03-01.",
            read.Out,
            StringComparison.Ordinal
        );
        Assert.Equal(2, broken.ExitCode);
        Assert.StartsWith(
            Cli.Shown(Path.Combine(_folder, "NOTES.JSON")) + "(1,6): malformed JSON",
            broken.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Rules_MissingFolderOrBrokenFile_ExitsTwoWithTheProblem()
    {
        var missing = Cli.Run("sets", "--rules", Path.Combine(_folder, "nowhere"), "--lang", "en");
        var slip = Cli.Run("sets", "--rules", Path.Combine(_folder, "Nationl"), "--lang", "en");
        var validated = Cli.Run("validate", Path.Combine(_folder, "national", "2021-2026"), "--lang", "en");
        var aFile = Path.Combine(_folder, "rules.txt");
        File.WriteAllText(aFile, "");
        var file = Cli.Run("sets", "--rules", aFile, "--lang", "en");
        var import = Cli.Run("workbook", "import", aFile, "--out", aFile);
        Revision(extends: "national/2021-2025/commune-standart");
        var broken = Cli.Run("sets", "--rules", _folder, "--lang", "en");
        var brokenVi = Cli.Run("sets", "--rules", _folder);

        Assert.Equal(
            (2, $"ntm: --rules {Cli.Shown(Path.Combine(_folder, "nowhere"))}: no such folder"),
            (missing.ExitCode, missing.Error.Trim())
        );
        Assert.Equal(
            (
                2,
                $"ntm: --rules {Cli.Shown(Path.Combine(_folder, "Nationl"))}: no such folder; did you mean "
                    + $"'{Cli.Shown(Path.Combine(_folder, "national"))}'?"
            ),
            (slip.ExitCode, slip.Error.Trim())
        );
        Assert.Equal(
            (
                2,
                $"ntm: {Cli.Shown(Path.Combine(_folder, "national", "2021-2026"))}: no such file; did you mean "
                    + $"'{Cli.Shown(Path.Combine(_folder, "national", "2021-2025"))}'?"
            ),
            (validated.ExitCode, validated.Error.Trim())
        );
        Assert.Equal(
            (2, $"ntm: --rules {Cli.Shown(aFile)}: a file, where a folder is wanted"),
            (file.ExitCode, file.Error.Trim())
        );
        Assert.Equal(
            (2, $"ntm: --out {Cli.Shown(aFile)}: đây là một tệp, cần một thư mục"),
            (import.ExitCode, import.Error.Trim())
        );
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains(
            "Extends 'national/2021-2025/commune-standart': no set has the id 'national/2021-2025/commune-standart'; "
                + "the closest are national/2021-2025/commune-standard",
            broken.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Extends 'national/2021-2025/commune-standart': không có bộ tiêu chí nào mã "
                + "'national/2021-2025/commune-standart'; gần nhất là national/2021-2025/commune-standard",
            brokenVi.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Validate_AFileExtendingAShippedSet_IsValid()
    {
        var result = Cli.Run("validate", Revision(), "--lang", "en");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.StartsWith(
            $"{Named(Revision())}: valid: national/2021-2025/commune-standard@2025-07-01 (commune, standard), 19/19 "
                + "criteria, 57/57 indicators;",
            result.Out.Trim(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Validate_ARevisionWhoseThresholdsDropRowsOfTheSetItExtends_SaysWhichRowsAreGone()
    {
        // A ministry's revision of one region's value, written as the region's row alone: the row for every other
        // region is gone, and their communes are left without a threshold.
        const string all = "{ \"Value\": 90, \"Status\": \"unconfirmed\", \"Source\": \"999/QĐ-TEST, Điều 1\" }";
        const string btb = "{ \"Region\": \"BTB\", \"Value\": 95, \"Status\": \"confirmed\", \"Source\": \"Điều 1\" }";
        var revision = Revision();
        File.WriteAllText(revision, File.ReadAllText(revision).Replace(all, btb, StringComparison.Ordinal));
        var dropped = Cli.Run("validate", revision, "--lang", "en");
        var notSet = "{ \"Value\": null, \"Status\": \"notSet\", \"Note\": \"dropped by Điều 1\" }";
        File.WriteAllText(
            revision,
            File.ReadAllText(revision).Replace(btb, btb + ", " + notSet, StringComparison.Ordinal)
        );
        var meant = Cli.Run("validate", revision, "--lang", "en");

        Assert.Equal(0, dropped.ExitCode);
        Assert.Equal(
            $"{Cli.Shown(revision)}: national/2021-2025/commune-standard@2025-07-01 no longer has this threshold row "
                + "of national/2021-2025/commune-standard@2024-03-01: 17.2 all: 100 (unconfirmed). An override's "
                + "Thresholds replaces the indicator's whole table: give again the rows to keep, or mark those to "
                + "drop \"notSet\" to say it is meant",
            dropped.Error.TrimEnd()
        );
        Assert.Equal((0, ""), (meant.ExitCode, meant.Error));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Validate_AnAmendmentAddingAnIndicator_SaysTheDecisionsCountsNoLongerHold_UnlessItStatesItsOwn(
        bool statesCounts
    )
    {
        // An amendment adds 17.12 to the 57 indicators of the version it revises.
        var revision = Revision();
        const string end17 = "\"999/QĐ-TEST, Điều 1\" } ] } } ] }";
        const string added = """
            "999/QĐ-TEST, Điều 1" } ] } },
              { "RuleName": "17.12", "Properties": { "Change": "add", "Kind": "indicator", "Number": "17.12",
                "Name": { "vi": "Chợ", "en": "Market" }, "Status": "unconfirmed", "Source": "999/QĐ-TEST, Điều 2",
                "Input": "HasRuralMarket", "Direction": "true",
                "Thresholds": [ { "Value": true, "Status": "unconfirmed", "Source": "999/QĐ-TEST, Điều 2" } ] } } ] }
            """;
        const string counts = """
            "OfficialCounts": { "Criteria": 19, "Indicators": 58, "Status": "unconfirmed", "Source": "999/QĐ-TEST" },
            """;
        var text = File.ReadAllText(revision).Replace(end17, added, StringComparison.Ordinal);
        File.WriteAllText(
            revision,
            statesCounts ? text.Replace("\"LegalBasis\"", counts + " \"LegalBasis\"", StringComparison.Ordinal) : text
        );

        var result = Cli.Run("validate", revision, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(statesCounts ? "58/58 indicators" : "58/? indicators", result.Out, StringComparison.Ordinal);
        Assert.Equal(
            statesCounts
                ? ""
                : $"{Cli.Shown(revision)}: national/2021-2025/commune-standard@2025-07-01 adds or removes criteria or "
                    + "indicators, so the decision's counts national/2021-2025/commune-standard@2024-03-01 states (19 "
                    + "criteria, 57 indicators) do not hold for it: it is achieved on what it encodes. If its "
                    + "decision's counts are known, state them in Properties.Set.OfficialCounts",
            result.Error.TrimEnd()
        );
    }

    [Fact]
    public void Validate_AFileRequiringASetItsFolderDefines_SaysToNameTheFolder_NotItsOwnIdAsTheOneMeant()
    {
        // A province's advanced set requires its standard set, the file beside it.
        var thanhHoa = File.ReadAllText(Cli.File("rules/provincial/thanh-hoa/commune-advanced.json"));
        var folder = Path.Combine(_folder, "provincial", "x");
        Directory.CreateDirectory(folder);
        File.WriteAllText(
            Path.Combine(folder, "commune-standard.json"),
            thanhHoa
                .Replace("thanh-hoa/commune-advanced", "x/commune-standard", StringComparison.Ordinal)
                .Replace("commune-advanced@2022-03-08", "commune-standard@2024-03-01", StringComparison.Ordinal)
        );
        var advanced = Path.Combine(folder, "commune-advanced.json");
        File.WriteAllText(
            advanced,
            thanhHoa
                .Replace("thanh-hoa/commune-advanced", "x/commune-advanced", StringComparison.Ordinal)
                .Replace(
                    "\"Period\": \"2022-2025\",",
                    "\"Period\": \"2022-2025\", \"Requires\": { \"Set\": \"provincial/x/commune-standard\", "
                        + "\"Status\": \"confirmed\" },",
                    StringComparison.Ordinal
                )
        );

        var alone = Cli.Run("validate", advanced, "--lang", "en");
        var both = Cli.Run("validate", advanced, Path.Combine(folder, "commune-standard.json"), "--lang", "en");

        var lines = alone.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(2, alone.ExitCode);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(
            "): provincial/x/commune-advanced: Properties.Set.Requires.Set 'provincial/x/commune-standard': no set "
                + "has that id",
            lines[0],
            StringComparison.Ordinal
        );
        Assert.Equal("1 problem; nothing was loaded.", lines[1]);
        Assert.Equal(
            "Only the files named were read, with the shipped sets: a set defined by another file of the same folder "
                + $"is read when that file is named too, or with the folder: ntm validate {Cli.Shown(folder)}",
            lines[2]
        );
        Assert.Equal(0, both.ExitCode);
    }

    [Fact]
    public void Validate_AProvincesSetAddingNothing_StatingItsCountsUnknown_SaysNothingOfCounts()
    {
        // Thanh Hóa's set extends the national advanced set as it is and says its decision's counts are not known: it
        // was told it "adds or removes criteria or indicators" and to state the counts it states.
        var result = Cli.Run("validate", Cli.File("rules/provincial/thanh-hoa/commune-advanced.json"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("19/? criteria, 0/? indicators", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("\"Complete\": true, ", false)]
    public void Validate_ARevisionGivingIndicatorsToACriterionThatHadNone_SaysItIsInPartUntilComplete(
        string complete,
        bool told
    )
    {
        var revision = _rules.Write(
            "national/2026-2030/commune-2026-06.json",
            $$"""
            {
              "WorkflowName": "national/2026-2030/commune",
              "Properties": { "Set": { "Id": "national/2026-2030/commune", "Version": "2026-06-01",
                "Extends": "national/2026-2030/commune@2025-12-29",
                "LegalBasis": { "Decision": "99/2026/QĐ-TEST", "Status": "unconfirmed", "Source": "a test" },
                "InForce": { "From": "2026-06-01" } } },
              "Rules": [
                { "RuleName": "1", "Operator": "And",
                  "Properties": { "Change": "override", {{complete}}"Status": "unconfirmed", "Source": "a test" },
                  "Rules": [
                  { "RuleName": "1.1", "Properties": { "Change": "add", "Kind": "indicator", "Number": "1.1",
                    "Name": { "vi": "Quy hoạch", "en": "Plan" }, "Status": "unconfirmed", "Source": "a test",
                    "Input": "HasApprovedCommunePlan", "Direction": "true",
                    "Thresholds": [ { "Value": true, "Status": "unconfirmed", "Source": "a test" } ] } } ] }
              ]
            }
            """
        );

        var result = Cli.Run("validate", revision, "--lang", "en");

        Assert.Equal(
            (
                0,
                told
                    ? $"{Cli.Shown(revision)}: national/2026-2030/commune@2026-06-01: criterion given in part, which "
                        + "nothing achieves: 1; once all its indicators are there, write \"Complete\": true in its "
                        + "override"
                    : ""
            ),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Fact]
    public void Validate_AFolder_ChecksItsFilesAsRulesReadsThem()
    {
        var revision = Revision();
        Directory.CreateDirectory(Path.Combine(_folder, ".staging"));
        File.WriteAllText(Path.Combine(_folder, ".staging", "half-written.json"), "{");
        var empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);

        var valid = Cli.Run("validate", _folder + Path.DirectorySeparatorChar, "--lang", "en");
        File.WriteAllText(Path.Combine(_folder, "broken.json"), "{ \"WorkflowName\": \"W\" }");
        var broken = Cli.Run("validate", _folder, "--lang", "en");
        var nothing = Cli.Run("validate", empty, "--lang", "en");

        Assert.Equal(0, valid.ExitCode);
        Assert.StartsWith(
            $"{Named(revision)}: valid: national/2021-2025/commune-standard@2025-07-01",
            valid.Out.Trim(),
            StringComparison.Ordinal
        );
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.json", broken.Out, StringComparison.Ordinal);
        Assert.Equal(
            (2, $"ntm: {Cli.Shown(empty)}: no rule file (.json) to check"),
            (nothing.ExitCode, nothing.Error.Trim())
        );
    }

    [Fact]
    public void Diff_WithData_ListsTheChangesAndTheCommunesThatChangeTier()
    {
        // A revision lowering one threshold.
        CopySyntheticChain();
        File.WriteAllText(
            Path.Combine(_folder, "test", "commune-standard@2024-06-01.json"),
            """
            { "WorkflowName": "revised",
              "Properties": { "Set": { "Extends": "test/commune-standard@2022-01-01", "InForce": { "From": "2024-06-01", "To": "2025-12-31" },
                "LegalBasis": { "Decision": "2/QĐ-TEST", "Status": "confirmed", "Source": "test" } } },
              "Rules": [ { "RuleName": "1", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
                { "RuleName": "1.1", "Properties": { "Change": "override", "Status": "confirmed", "Source": "2/QĐ-TEST",
                  "Thresholds": [ { "Region": "North", "Value": 30, "Status": "confirmed", "Source": "2/QĐ-TEST" }, { "Region": "South", "Value": 45, "Status": "confirmed", "Source": "2/QĐ-TEST" } ] } } ] } ] }
            """
        );
        var data = Path.Combine(_folder, "communes.csv");
        File.WriteAllText(
            data,
            "CommuneId,CommuneName,District,Region,Score,PovertyRate,HasCraft\nA,Xã A,H1,South,47,10,không\nB,Xã "
                + "B,H1,South,40,10,không\nC,Xã C,H2,North,35,10,không\nD,Xã D,H2,South,60,10,không\n"
        );

        CliResult Diff(params string[] options) =>
            Cli.Run([
                "diff",
                "test/commune-standard@2022-01-01",
                "test/commune-standard@2024-06-01",
                "--rules",
                _folder,
                "--data",
                data,
                .. options,
            ]);
        var result = Diff("--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.ReplaceLineEndings().Split(Environment.NewLine);
        Assert.Equal(
            ["test/commune-standard@2022-01-01: ", "test/commune-standard@2024-06-01: "],
            lines.Where(l => l.StartsWith("  • ", StringComparison.Ordinal)).Select(l => l[4..(l.IndexOf(": ") + 2)])
        );
        Assert.Equal(
            $$"""
            Changes from test/commune-standard@2022-01-01 to test/commune-standard@2024-06-01
            =================================================================================
            Change             Number  Region/group/year  Before                   After
            ─────────────────  ──────  ─────────────────  ───────────────────────  ───────────────────────
            set changed                In force           2022-01-01 – 2025-12-31  2024-06-01 – 2025-12-31
            threshold changed  1.1     North              40 (confirmed)           30 (confirmed)
            threshold changed  1.1     South              50 (confirmed)           45 (confirmed)

            2 of 4 communes change tier between the two sets
            ------------------------------------------------
            Communes of {{Named(data)}}, each evaluated under both sets.
            Id  Name  District  Before  After
            ──  ────  ────────  ──────  ────────
            A   Xã A  H1        none    standard
            C   Xã C  H2        none    standard
            """.ReplaceLineEndings(),
            string.Join(Environment.NewLine, lines.Where(l => !l.StartsWith("  • ", StringComparison.Ordinal)))
                .TrimEnd()
        );

        using var json = System.Text.Json.JsonDocument.Parse(Diff("--format", "json").Out);
        Assert.Equal(
            (4, 0),
            (
                json.RootElement.GetProperty("communesEvaluated").GetInt32(),
                json.RootElement.GetProperty("rowsRejected").GetInt32()
            )
        );
        Assert.Equal(
            ["A:  -> standard", "C:  -> standard"],
            json.RootElement.GetProperty("tierChanges")
                .EnumerateArray()
                .Select(c =>
                    $"{c.GetProperty("id").GetString()}: {c.GetProperty("before").GetString()} -> "
                    + $"{c.GetProperty("after").GetString()}"
                )
        );
    }

    [Fact]
    public void Diff_NamesWhatWasAddedRemovedOrRenamed_InTheReportsLanguage()
    {
        _rules.Write(
            "provincial/x.json",
            """
            { "WorkflowName": "provincial/x",
              "Properties": { "Set": { "Extends": "national/2021-2025/commune-standard@2024-03-01", "Province": "Tỉnh X",
                "Name": { "vi": "Bộ X", "en": "Set X" },
                "LegalBasis": { "Decision": "1/QĐ-UBND", "Status": "confirmed", "Source": "test" } } },
              "Rules": [ { "RuleName": "17", "Operator": "And", "Properties": { "Change": "override", "Status": "confirmed",
                  "Source": "1/QĐ-UBND", "Name": { "vi": "Môi trường", "en": "Environment" } }, "Rules": [
                { "RuleName": "17.4", "Properties": { "Change": "remove", "Reason": "test", "Source": "1/QĐ-UBND" } } ] } ] }
            """
        );
        string Diff(string language) =>
            Cli.Run(
                "diff",
                "national/2021-2025/commune-standard@2024-03-01",
                "provincial/x",
                "--rules",
                _folder,
                "--lang",
                language
            ).Out;

        var english = Diff("en").Split('\n').Select(l => l.TrimEnd()).ToList();
        var vietnamese = Diff("vi");

        Assert.Contains(
            english,
            l =>
                l.StartsWith("criterion renamed  17", StringComparison.Ordinal)
                && l.EndsWith("Environment", StringComparison.Ordinal)
        );
        Assert.Contains(
            english,
            l =>
                l.StartsWith("indicator removed  17.4", StringComparison.Ordinal)
                && !l.Contains("Tỷ lệ", StringComparison.Ordinal)
        );
        Assert.Contains("Môi trường", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OutcomesOnAnUnconfirmedValue_AreSaidInTheSummaryAndListedPerCommune()
    {
        CopySyntheticChain();
        File.WriteAllText(
            Path.Combine(_folder, "test", "commune-standard@2024-06-01.json"),
            """
            { "WorkflowName": "revised",
              "Properties": { "Set": { "Extends": "test/commune-standard@2022-01-01", "InForce": { "From": "2024-06-01" },
                "LegalBasis": { "Decision": "2/QĐ-TEST", "Status": "confirmed", "Source": "test" } } },
              "Rules": [ { "RuleName": "1", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
                { "RuleName": "1.1", "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "draft",
                  "Thresholds": [ { "Value": 45, "Status": "unconfirmed", "Source": "draft of 2/QĐ-TEST" } ] } } ] } ] }
            """
        );
        var data = Path.Combine(_folder, "communes.csv");
        File.WriteAllText(
            data,
            "CommuneId,CommuneName,District,Region,Score,PovertyRate,HasCraft\nA,Xã A,H1,South,47,10,không\nB,Xã "
                + "B,H1,South,40,10,không\nC,Xã C,H2,North,,10,không\n"
        );
        CliResult Evaluate(params string[] options) =>
            Cli.Run([
                "evaluate",
                data,
                "--rules",
                _folder,
                "--set",
                "test/commune-standard",
                "--as-of",
                "2024-12-31",
                .. options,
            ]);

        var table = Evaluate("--lang", "en");
        var vietnamese = Evaluate();
        var csv = Evaluate("--format", "csv").Out.Split('\n');
        using var json = System.Text.Json.JsonDocument.Parse(Evaluate("--format", "json").Out);

        Assert.Contains(
            "test/commune-standard: 2 communes have indicators decided against thresholds not confirmed in the "
                + "official text, so those outcomes are provisional; of the communes achieving the whole set, 1 of 1 "
                + "relies on such a threshold. The explain command shows a commune's indicators one by one.",
            table.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "test/commune-standard: 2 xã có chỉ tiêu được đánh giá theo ngưỡng chưa xác nhận (chưa đối chiếu với "
                + "văn bản chính thức), nên kết quả của các chỉ tiêu đó là tạm thời; 1/1 xã đạt cả bộ có kết quả dựa "
                + "trên ngưỡng như vậy.",
            vietnamese.Out,
            StringComparison.Ordinal
        );
        var column = Array.IndexOf(csv[0].Split(','), "test/commune-standard:OnUnconfirmedValues");
        Assert.Equal(["1.1", "1.1", ""], csv[1..4].Select(row => row.Split(',')[column]));
        var summary = json.RootElement.GetProperty("summary").GetProperty("sets")[0];
        Assert.Equal(
            (2, 1),
            (
                summary.GetProperty("onUnconfirmedValues").GetInt32(),
                summary.GetProperty("achievedOnUnconfirmedValues").GetInt32()
            )
        );
    }

    // The synthetic chain of the library's tests, whose tiers can be reached, as a rules folder.
    [Fact]
    public void EvaluateAndExplain_WithoutAsOf_SetsWhoseInputsDeclareNoYear_AreToldToGiveIt()
    {
        // A province's own vocabulary without an AssessmentYear: the date cannot come from the data.
        CopySyntheticChain();
        var data = Path.Combine(_folder, "communes.csv");
        File.WriteAllText(data, "CommuneId,CommuneName,Region,Score,PovertyRate,HasCraft\nA,Xã A,South,47,10,không\n");

        var evaluate = Cli.Run("evaluate", data, "--rules", _folder, "--set", "test/commune-standard", "--lang", "en");
        var explain = Cli.Run("explain", data, "--commune", "A", "--rules", _folder, "--set", "test/commune-standard");

        Assert.Equal(
            (
                2,
                "ntm: the sets' inputs declare no AssessmentYear, so the date of assessment cannot be taken from the "
                    + "data: give it with --as-of"
            ),
            (evaluate.ExitCode, evaluate.Error.TrimEnd())
        );
        Assert.Equal(
            (
                2,
                "ntm: dữ liệu vào của các bộ tiêu chí không khai báo AssessmentYear, nên không lấy được ngày đánh giá từ "
                    + "dữ liệu: hãy cho ngày đánh giá bằng --as-of"
            ),
            (explain.ExitCode, explain.Error.TrimEnd())
        );
        Assert.Equal(
            0,
            Cli.Run(
                "evaluate",
                data,
                "--rules",
                _folder,
                "--set",
                "test/commune-standard",
                "--as-of",
                "2024-12-31"
            ).ExitCode
        );
    }

    [Fact]
    public void InputsTemplate_OfASetWhoseInputsDeclareNoYear_HasNoYearColumn()
    {
        // The year column would name no input of the set: a column the evaluation does not read.
        CopySyntheticChain();
        var template = Path.Combine(_folder, "template.csv");

        var result = Cli.Run(
            "inputs",
            "--rules",
            _folder,
            "--set",
            "test/commune-standard",
            "--template",
            template,
            "--lang",
            "en"
        );

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "CommuneId,CommuneName,District,Province,Region,Score,PovertyRate,HasCraft,HasCraftPlan",
            File.ReadAllText(template).TrimStart('\uFEFF').TrimEnd()
        );
    }

    [Fact]
    public void Sets_AVersionWhoseDaysALaterOneBeginsWithin_SaysWhichIsTakenFromWhen()
    {
        // A revision from 01/06/2024 of a set in force to 31/12/2025, as a workbook import writes one.
        CopySyntheticChain();
        File.WriteAllText(
            Path.Combine(_folder, "test", "commune-standard@2024-06-01.json"),
            File.ReadAllText(Path.Combine(_folder, "test", "commune-standard.json"))
                .Replace("\"2022-01-01\"", "\"2024-06-01\"", StringComparison.Ordinal)
        );

        var result = Cli.Run("sets", "--rules", _folder, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "  • test/commune-standard@2022-01-01: from 2024-06-01, version 2024-06-01 is taken in its place on the days "
                + "both are in force.\n",
            result.Out,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("test/commune-standard@2024-06-01: from", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("is taken in its place", Cli.Run("sets", "--lang", "en").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--commune", "trung dong")]
    [InlineData("--commune", "Thôn Trung Đông")]
    [InlineData("--commune", "thon trung dong")]
    [InlineData("--village", "thon trung dong")]
    [InlineData("--village", "HT-CX-01")]
    public void Explain_AVillageByItsName_WithOrWithoutItsKind(string option, string name)
    {
        var result = Cli.Run(
            "explain",
            Cli.File("samples/villages-ha-tinh.csv"),
            option,
            name,
            "--set",
            "provincial/ha-tinh/residential-area-model",
            "--lang",
            "en"
        );

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(
            "'HT-CX-01' (Thôn Trung Đông) — evaluated as of 2024-12-31\n",
            result.Out,
            StringComparison.Ordinal
        );
    }

    private void CopySyntheticChain() => RuleFixtures.CopySyntheticChain(_folder);

    [Fact]
    public void Evaluate_VillageSample_ReadsTheProvincesOwnInputs()
    {
        var result = Cli.Run(
            "evaluate",
            Cli.File("samples/villages-ha-tinh.csv"),
            "--set",
            "provincial/ha-tinh/residential-area-model",
            "--format",
            "csv"
        );

        Assert.Equal(0, result.ExitCode);
        var rows = result.Out.Trim().Split(Environment.NewLine);
        Assert.Equal(7, rows.Length);
        Assert.StartsWith("Row,VillageId,VillageName,District,Province,", rows[0], StringComparison.Ordinal);
        Assert.Contains("HT-CX-02", rows[2], StringComparison.Ordinal);
        Assert.Contains("provincial/ha-tinh/residential-area-model", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateAndExplain_AFileOfVillagesWithoutSet_AreRefusedWithTheVillageSetsToName()
    {
        // Evaluated against the commune sets a run takes by default, the villages were reported as communes, each
        // missing every input. The sets named are those whose inputs the file's other columns are.
        var sample = Cli.File("samples/villages-thanh-hoa.csv");
        const string Expected =
            "ntm: samples/villages-thanh-hoa.csv: the rows are villages (column 'VillageId'), and without --set ntm evaluates against the commune sets, "
            + "which would find every village lacking a commune's data; name the village sets: "
            + "--set provincial/thanh-hoa/village-standard --set provincial/thanh-hoa/village-model";

        var evaluated = Cli.Run("evaluate", sample, "--format", "csv", "--lang", "en");
        var explained = Cli.Run("explain", sample, "--commune", "TH-BT-01", "--lang", "en");

        Assert.Equal((2, 2), (evaluated.ExitCode, explained.ExitCode));
        Assert.Equal("", evaluated.Out);
        Assert.StartsWith(Expected, evaluated.Error, StringComparison.Ordinal);
        Assert.StartsWith(Expected, explained.Error, StringComparison.Ordinal);

        var named = Cli.Run("evaluate", sample, "--set", "provincial/thanh-hoa/village-standard", "--format", "csv");
        Assert.Equal(0, named.ExitCode);
        Assert.DoesNotContain("--set", named.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateAndExplain_AFileOfDistrictsWithoutSet_AreRefusedWithTheDistrictSetsToName()
    {
        // Headed as the district sets' template heads it ("Mã đơn vị", as a commune form may), the file was evaluated
        // against the commune sets: two communes lacking every input, exit 0. Its columns tell what it is.
        using var data = new TempFolder();
        var path = data.Write(
            "huyen.csv",
            "Mã đơn vị,Tên đơn vị,Năm đánh giá,Tỷ lệ số xã trên địa bàn đạt chuẩn nông thôn mới,"
                + "DistrictSatisfactionRate\nH1,Huyện Một,2024,100,95\nH2,Huyện Hai,2024,90,80\n"
        );

        var evaluated = Cli.Run("evaluate", path, "--format", "csv", "--lang", "en");
        var explained = Cli.Run("explain", path, "--commune", "H1");
        var named = Cli.Run("evaluate", path, "--set", "national/2021-2025/district-standard", "--format", "csv");

        Assert.Equal((2, 2, 0), (evaluated.ExitCode, explained.ExitCode, named.ExitCode));
        Assert.Equal(
            $"ntm: {Cli.Shown(path)}: no commune set reads the file's columns ('Tỷ lệ số xã trên địa bàn đạt chuẩn "
                + "nông thôn mới', 'DistrictSatisfactionRate'), which are inputs of sets of another level; without "
                + "--set ntm evaluates against the commune sets, which would find every row lacking a commune's data: "
                + "name the sets: --set national/2021-2025/district-standard "
                + "--set national/2021-2025/district-advanced",
            evaluated.Error.TrimEnd()
        );
        Assert.StartsWith(
            $"ntm: {Cli.Shown(path)}: không bộ tiêu chí xã nào đọc các cột của tệp",
            explained.Error,
            StringComparison.Ordinal
        );
        Assert.Contains("H1,Huyện Một", named.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AJsonFileOfVillagesWithADate_IsRefusedToo_AndNamesEveryVillageSetWhenNoColumnTellsWhich()
    {
        // The keys of a JSON file are known once its first object is read, which a date given does not need.
        using var data = new TempFolder();
        var path = data.Write("thon.json", """[{"Mã thôn": "T1", "Tên thôn": "Thôn Một", "AssessmentYear": 2024}]""");

        var result = Cli.Run("evaluate", path, "--as-of", "2024-12-31");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(
            $"ntm: {Cli.Shown(path)}: các dòng là thôn (cột 'Mã thôn'), mà không có --set thì ntm đánh giá theo các bộ "
                + "tiêu chí xã, nên mọi thôn sẽ thiếu dữ liệu của xã; hãy chọn bộ tiêu chí thôn: "
                + "--set provincial/ha-tinh/residential-area-model --set provincial/thanh-hoa/village-standard "
                + "--set provincial/thanh-hoa/village-model",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_ColumnsOfAVillageSetUnderCommonHeaders_NameTheSetsWhoseInputsTheyAre()
    {
        // Headed "Mã" and "Tên", the rows may be communes: they are evaluated, and the sets the columns not read
        // belong to are named, as --set takes them.
        var path = EditedThanhHoaVillages(lines =>
            lines[1] = lines[1].Replace("VillageId,VillageName", "Mã,Tên", StringComparison.Ordinal)
        );

        var result = Cli.Run("evaluate", path, "--format", "csv", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "villages.csv: the columns not read are inputs of provincial/thanh-hoa/village-standard, "
                + "provincial/thanh-hoa/village-model: to evaluate against them, give --set "
                + "provincial/thanh-hoa/village-standard --set provincial/thanh-hoa/village-model",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_AProvincesSetOnVillagesOfAnother_SaysSo()
    {
        // The Thanh Hóa sample with two villages of Nghệ An, written two ways, and one of Thanh Hóa written another way.
        var data = EditedThanhHoaVillages(lines =>
        {
            lines[2] = lines[2].Replace(",Thanh Hóa,", ",Nghệ An,", StringComparison.Ordinal);
            lines[3] = lines[3].Replace(",Thanh Hóa,", ",tỉnh Thanh Hoá,", StringComparison.Ordinal);
            lines[4] = lines[4].Replace(",Thanh Hóa,", ",Tỉnh Nghệ An,", StringComparison.Ordinal);
        });

        var result = Cli.Run(
            "evaluate",
            data,
            "--set",
            "provincial/thanh-hoa/village-standard",
            "--format",
            "csv",
            "--lang",
            "en"
        );

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"{Cli.Shown(data)}: 2 villages of other provinces were evaluated against the set of Thanh Hóa "
                + "(provincial/thanh-hoa/village-standard): Nghệ An (2); a province's set applies to its own villages "
                + "only",
            result.Error.Trim()
        );
    }

    // Nghệ An's own standard set, stricter on 17.1 than the national one it extends.
    private void NgheAnStandardSet()
    {
        _rules.Write(
            "provincial/nghe-an/commune-standard.json",
            """
            {
              "WorkflowName": "provincial/nghe-an/commune-standard",
              "Properties": { "Set": { "Id": "provincial/nghe-an/commune-standard", "Version": "2024-06-01",
                "Extends": "national/2021-2025/commune-standard@2024-03-01", "Province": "Nghệ An",
                "Name": { "vi": "Bộ tiêu chí xã nông thôn mới tỉnh Nghệ An", "en": "Nghệ An standard communes" },
                "LegalBasis": { "Decision": "12/2024/QĐ-TEST", "Status": "unconfirmed", "Source": "a test set" },
                "InForce": { "From": "2024-06-01", "To": "2026-02-14" } } },
              "Rules": [
                { "RuleName": "17", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
                  { "RuleName": "17.1", "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "12/2024/QĐ-TEST",
                    "Thresholds": [ { "Value": 95.5, "Status": "unconfirmed", "Source": "12/2024/QĐ-TEST" } ] } } ] }
              ]
            }
            """
        );
    }

    private string SampleRows(string name, Func<string, bool> keep)
    {
        var lines = File.ReadAllLines(Cli.File("samples/communes.csv"));
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines.Take(2).Concat(lines.Skip(2).Where(keep)));
        return path;
    }

    [Fact]
    public void Evaluate_CommunesOfAProvinceWithItsOwnSet_AreToldWhichSetsToName()
    {
        NgheAnStandardSet();
        var ngheAn = SampleRows("nghe-an.csv", line => line.Contains(",Nghệ An,", StringComparison.Ordinal));
        var mixed = SampleRows(
            "mixed.csv",
            line =>
                !line.Contains(",Quảng Ninh,", StringComparison.Ordinal)
                && !line.Contains(",Thanh Hóa,", StringComparison.Ordinal)
        );

        var alone = Cli.Run("evaluate", ngheAn, "--rules", _folder, "--format", "csv", "--lang", "en");
        var withOthers = Cli.Run("evaluate", mixed, "--rules", _folder, "--format", "csv");
        string[] suggested =
        [
            "--set",
            "provincial/nghe-an/commune-standard",
            "--set",
            "national/2021-2025/commune-advanced",
            "--set",
            "national/2021-2025/commune-model",
        ];
        var named = Cli.Run(["evaluate", ngheAn, "--rules", _folder, .. suggested, "--lang", "en"]);

        Assert.Equal((0, 0, 0), (alone.ExitCode, withOthers.ExitCode, named.ExitCode));
        Assert.Contains(
            $"{Cli.Shown(ngheAn)}: 19 communes of Nghệ An were not evaluated against the province's own sets in force on "
                + "2024-12-31 (provincial/nghe-an/commune-standard); to evaluate them against the province's, run "
                + "again with --set provincial/nghe-an/commune-standard --set national/2021-2025/commune-advanced "
                + "--set national/2021-2025/commune-model",
            alone.Error.Split(Environment.NewLine)
        );
        Assert.Contains(
            $"{Cli.Shown(mixed)}: 19 xã của Nghệ An không được đánh giá theo bộ tiêu chí riêng của tỉnh có hiệu lực ngày "
                + "31/12/2024 (provincial/nghe-an/commune-standard); để đánh giá theo bộ của tỉnh, hãy chạy lại trên "
                + "một tệp chỉ gồm các xã của Nghệ An, với --set provincial/nghe-an/commune-standard --set "
                + "national/2021-2025/commune-advanced --set national/2021-2025/commune-model",
            withOthers.Error.Split(Environment.NewLine)
        );
        Assert.DoesNotContain("--set", named.Error, StringComparison.Ordinal);
        Assert.Contains("  • provincial/nghe-an/commune-standard@2024-06-01", named.Out, StringComparison.Ordinal);

        // The advanced tier requires the national standard set: Nghệ An's, which extends it, stands in its place.
        var chain = Cli.Run(["evaluate", ngheAn, "--rules", _folder, .. suggested, "--format", "json"])
            .Json()
            .GetProperty("chains")
            .EnumerateArray()
            .Single();
        Assert.Equal(
            suggested.Where((_, i) => i % 2 == 1),
            chain.EnumerateArray().Select(s => s.GetProperty("id").GetString())
        );

        // A report forwarded without its standard error says it too.
        var report = Cli.Run("evaluate", ngheAn, "--rules", _folder, "--format", "json", "--lang", "en").Json();
        Assert.StartsWith(
            "19 communes of Nghệ An were not evaluated against the province's own sets",
            report.GetProperty("setNotes").EnumerateArray().Single().GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_CommunesOf2026_AreNeitherToldOfNorJudgedByAProvincesSetOf2021To2025()
    {
        // Thanh Hóa's sets of 2021-2025 give no last day: they end with their period.
        var data = Path.Combine(_folder, "communes.csv");
        File.WriteAllText(
            data,
            File.ReadAllText(Cli.File("samples/communes-2026.csv")).Replace(",Lào Cai,", ",Thanh Hóa,")
        );

        var all = Cli.Run("evaluate", data, "--format", "csv", "--lang", "en");
        var named = Cli.Run(
            "evaluate",
            Cli.File("samples/villages-thanh-hoa.csv"),
            "--set",
            "provincial/thanh-hoa/village-standard",
            "--as-of",
            "2026-06-01",
            "--lang",
            "en"
        );

        Assert.Equal((0, 2), (all.ExitCode, named.ExitCode));
        Assert.DoesNotContain("provincial/", all.Error, StringComparison.Ordinal);
        Assert.Equal(
            "ntm: no version of provincial/thanh-hoa/village-standard is in force on 2026-06-01; its versions cover "
                + "? – 2025-12-31: give --as-of 2025-12-31 to assess on that day",
            named.Error.Trim()
        );
    }

    [Fact]
    public void ASetNamedForADayAfterItsLast_IsToldItsLastDay()
    {
        // A district's file of 2025 is assessed on 31/12/2025, after the district sets ended with the districts.
        var data = _rules.Write(
            "district.csv",
            "LocalityId,LocalityName,AssessmentYear,StandardCommuneShare\nH1,Huyện Đầm Hà,2025,100\n"
        );

        var result = Cli.Run("evaluate", data, "--set", "national/2021-2025/district-standard");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "ntm: không phiên bản nào của national/2021-2025/district-standard có hiệu lực ngày 31/12/2025; các phiên "
                + "bản có hiệu lực 08/03/2022 – 29/02/2024, 01/03/2024 – 30/06/2025: hãy cho --as-of 30/06/2025 để "
                + "đánh giá vào ngày đó",
            result.Error.Trim()
        );
        var onItsLastDay = Cli.Run(
            "evaluate",
            data,
            "--set",
            "national/2021-2025/district-standard",
            "--as-of",
            "30/06/2025"
        );
        Assert.True(onItsLastDay.ExitCode == 0, onItsLastDay.Error);
    }

    [Fact]
    public void Explain_ACommuneMeetingAllASetShortOfItsDecisionHas_IsToldWhyItIsNotAchieved()
    {
        // Quảng Ninh's model-commune set gives 4 of the province's 10 indicators; a revision gives the income threshold.
        _rules.Write(RuleFixtures.QuangNinhIncomeRevisionPath, RuleFixtures.QuangNinhIncomeRevision);
        var data = Path.Combine(_folder, "commune.csv");
        File.WriteAllText(
            data,
            "CommuneId,Province,AssessmentYear,IsAdvancedCommune20212025,IncomePerCapita,SmartVillageModels,"
                + "MeetsOutstandingFieldCriteria\nQ1,Quảng Ninh,2025,true,120,2,true\n"
        );

        var result = Cli.Run(
            "explain",
            data,
            "--commune",
            "Q1",
            "--set",
            "provincial/quang-ninh/commune-model",
            "--rules",
            _folder,
            "--lang",
            "en"
        );

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split(Environment.NewLine);
        Assert.Contains(
            "provincial/quang-ninh/commune-model@2025-01-01: 4/4 criteria, 4/4 indicators (the decision has 10) — not achieved",
            lines
        );
        Assert.Contains(
            "provincial/quang-ninh/commune-model: the sources give indicators for 4 of its 4 criteria, 4 of the "
                + "decision's 10 indicators; the rest is not encoded, so no commune can achieve the set, even one that "
                + "meets every indicator given.",
            lines
        );
        Assert.DoesNotContain("Nothing is missing.", lines);
    }

    [Fact]
    public void ASetWhoseConditionIsNotEncoded_SaysSoWhereItSaysWhyNoVillageCanAchieveIt()
    {
        // The Thanh Hóa village set with a criterion of its own: its condition ĐK1 ("meets the province's criteria")
        // is still not in the sources, and is why no village achieves the set, not its one criterion.
        _rules.Write(
            "provincial/thanh-hoa/village-standard@2024-01-01.json",
            """
            {
              "WorkflowName": "provincial/thanh-hoa/village-standard",
              "Properties": { "Set": { "Id": "provincial/thanh-hoa/village-standard", "Version": "2024-01-01",
                "Extends": "provincial/thanh-hoa/village-standard@2021-2025", "Province": "Thanh Hóa",
                "LegalBasis": { "Decision": "1/2024/QĐ-TEST", "Status": "unconfirmed", "Source": "a test set" },
                "InForce": { "From": "2024-01-01", "To": "2025-12-31" } } },
              "Rules": [
                { "RuleName": "1", "Operator": "And",
                  "Properties": { "Change": "add", "Kind": "criterion", "Number": "1",
                    "Name": { "vi": "Công nhận", "en": "Recognition" }, "Status": "unconfirmed", "Source": "a test" },
                  "Rules": [
                    { "RuleName": "1.1", "Expression": "input.IsStandardVillage == true",
                      "Properties": { "Kind": "indicator", "Number": "1.1",
                        "Name": { "vi": "Thôn đã đạt chuẩn", "en": "Village recognised" }, "Status": "unconfirmed",
                        "Source": "a test", "Input": "IsStandardVillage", "Direction": "true",
                        "Thresholds": [ { "Value": true, "Status": "unconfirmed", "Source": "a test" } ] } } ] }
              ]
            }
            """
        );
        string[] Run(string command, string language, params string[] more) =>
            Cli.Run([
                    command,
                    Cli.File("samples/villages-thanh-hoa.csv"),
                    .. more,
                    "--set",
                    "provincial/thanh-hoa/village-standard",
                    "--rules",
                    _folder,
                    "--lang",
                    language,
                ])
                .Out.Split(Environment.NewLine);

        Assert.Contains(
            "  • provincial/thanh-hoa/village-standard: on average 0.50/1 criteria (50%), 0.50/1 indicators (50%) "
                + "per village; 0 villages achieve the whole set (the sources give indicators for 1 of its 1 "
                + "criterion, 1 of ? indicators, but not condition ĐK1 in full, so no village can achieve it)",
            Run("evaluate", "en")
        );
        Assert.Contains(
            "provincial/thanh-hoa/village-standard: nguồn mới có chỉ tiêu của 1/1 tiêu chí, 1/? chỉ tiêu của quyết "
                + "định, chưa có đủ nội dung của điều kiện ĐK1; phần còn lại chưa được mã hóa, nên không thôn nào đạt "
                + "được bộ này, kể cả khi đạt mọi chỉ tiêu đã có.",
            Run("explain", "vi", "--commune", "TH-BT-01")
        );
    }

    [Fact]
    public void Explain_ACommuneOfAProvinceWithItsOwnSet_IsToldWhichSetsToName()
    {
        NgheAnStandardSet();
        var ngheAn = SampleRows("nghe-an.csv", line => line.Contains(",Nghệ An,", StringComparison.Ordinal));
        var id = File.ReadAllLines(ngheAn)[2].Split(',')[0];

        var result = Cli.Run("explain", ngheAn, "--commune", id, "--rules", _folder, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"{Cli.Shown(ngheAn)}: 1 commune of Nghệ An was not evaluated against the province's own sets in force on "
                + "2024-12-31 (provincial/nghe-an/commune-standard); to evaluate it against the province's, run "
                + "again with --set provincial/nghe-an/commune-standard --set national/2021-2025/commune-advanced "
                + "--set national/2021-2025/commune-model",
            result.Error.Trim()
        );
    }

    [Fact]
    public void Evaluate_VillageSetWithCommuneSet_IsAUsageError()
    {
        var result = Cli.Run(
            "evaluate",
            Cli.File("samples/villages-ha-tinh.csv"),
            "--set",
            "provincial/ha-tinh/residential-area-model",
            "--set",
            "national/2021-2025/commune-standard",
            "--lang",
            "en"
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            "provincial/ha-tinh/residential-area-model@2014-08-04 (rules/provincial/ha-tinh/"
                + "residential-area-model.json) reads other inputs than "
                + "national/2021-2025/commune-standard@2024-03-01 (MeetsNtmCriteriaOnTerritory is not one of theirs); "
                + "a data file is read with one set of inputs",
            result.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_AFileThatCopiedAnEarlierVocabulary_SaysWhichInputDiffersAndHowToNameTheSharedOne()
    {
        // A 2026 set written before the shared vocabulary named the commune groups ("Nhóm 2"): it declares every
        // input itself, as they were then.
        var inputs = JsonNode.Parse(File.ReadAllText(Cli.File("rules/inputs.json")))!["Inputs"]!.AsArray();
        inputs.Single(i => i!["Name"]!.GetValue<string>() == "CommuneGroup")!.AsObject().Remove("ValueNames");
        var set = JsonNode.Parse(File.ReadAllText(Cli.File("rules/national/2026-2030/commune.json")))!.AsObject();
        set.Remove("InputsFile");
        set["Inputs"] = inputs.DeepClone();
        var path = _rules.Write("national/2026-2030/commune@2025-12-29.json", set.ToJsonString());

        var english = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--rules", _folder, "--lang", "en");
        var vietnamese = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--rules", _folder);

        Assert.Equal(2, english.ExitCode);
        Assert.Contains(
            $"national/2026-2030/commune@2025-12-29 ({Cli.Shown(path)}) reads other inputs than "
                + "national/2026-2030/commune-modern@2025-12-29 (CommuneGroup is \"integer, 1 – 3\" in it and "
                + "\"integer, 1 – 3, 6 value names\" in them); ",
            english.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Its file declares the shared inputs itself, as they were when it was written: have it name them, "
                + "\"InputsFile\": \"../../inputs.json\", and declare in \"Inputs\" only those of its own",
            english.Error,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "(CommuneGroup ở bộ này là \"integer, 1 – 3\", ở đó là \"integer, 1 – 3, 6 tên khác của giá trị\"); ",
            vietnamese.Error,
            StringComparison.Ordinal
        );
        Assert.Contains("hãy để nó dẫn tới tệp chung, \"InputsFile\"", vietnamese.Error, StringComparison.Ordinal);

        // The file is valid alone: validate says so, and why it cannot be evaluated with the shipped sets.
        var validated = Cli.Run("validate", _folder, "--lang", "en");
        Assert.Equal(0, validated.ExitCode);
        Assert.Contains(
            "national/2026-2030/commune@2025-12-29 declares CommuneGroup as \"integer, 1 – 3\" where the shared "
                + "vocabulary (rules/inputs.json) declares \"integer, 1 – 3, 6 value names\": it cannot be evaluated "
                + "with the shipped sets that read it. Its file declares the shared inputs itself",
            validated.Error,
            StringComparison.Ordinal
        );

        // diff --data cannot build the file's tier chain either, and says why.
        var diff = Cli.Run(
            "diff",
            "national/2026-2030/commune",
            path,
            "--data",
            Cli.File("samples/communes-2026.csv"),
            "--lang",
            "en"
        );
        Assert.Equal(2, diff.ExitCode);
        Assert.Contains(
            "reads other inputs than national/2026-2030/commune-modern@2025-12-29 (CommuneGroup is \"integer, 1 – 3\" "
                + "in it and \"integer, 1 – 3, 6 value names\" in them)",
            diff.Error,
            StringComparison.Ordinal
        );

        // The shipped set copied as it is, beside a copy of the vocabulary as it was then.
        File.Delete(path);
        File.Copy(Cli.File("rules/national/2026-2030/commune.json"), path);
        var copy = Path.Combine(_folder, "inputs.json");
        File.WriteAllText(copy, new JsonObject { ["Inputs"] = inputs.DeepClone() }.ToJsonString());
        var copied = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--rules", _folder, "--lang", "en");
        Assert.Equal(2, copied.ExitCode);
        Assert.Contains(
            $". It reads the shared inputs from {Cli.Shown(copy)}, not from the shipped rules/inputs.json: a rules folder "
                + "needs no copy of it, the shipped file is read where the folder has none",
            copied.Error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_WithARulesFolder_EveryReportSaysWhichFileEachSetWasReadFrom()
    {
        // A district forwards the report: whoever reads it must see that thresholds came from an office's files.
        var revision = Revision();
        var copy = Path.Combine(_folder, "national", "2026-2030", "commune.json");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Cli.File("rules/national/2026-2030/commune.json"), copy);
        CliResult Evaluate(string data, params string[] options) =>
            Cli.Run(["evaluate", Cli.File(data), "--rules", _folder, .. options]);

        var revised = Evaluate("samples/communes.csv", "--as-of", "2025-12-31", "--lang", "en");
        var csv = Evaluate("samples/communes-2026.csv", "--format", "csv", "--lang", "en");
        var replaced = Evaluate("samples/communes-2026.csv");
        using var json = System.Text.Json.JsonDocument.Parse(
            Evaluate("samples/communes-2026.csv", "--format", "json").Out
        );
        var explained = Cli.Run(
            "explain",
            Cli.File("samples/communes-2026.csv"),
            "--commune",
            "M001",
            "--rules",
            _folder,
            "--lang",
            "en"
        );

        // Each file with its digest: a path names a file only on the district's machine.
        Assert.Contains(
            $"(QĐ 999/QĐ-TEST) — read from the file {Named(revision)}, extending "
                + $"national/2021-2025/commune-standard@2024-03-01{Environment.NewLine}",
            revised.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"Phụ lục I) — đọc từ tệp {Named(copy)}, thay cho phiên bản đi kèm ntm{Environment.NewLine}",
            replaced.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"(QĐ 51/2025/QĐ-TTg (29/12/2025), Phụ lục II){Environment.NewLine}",
            replaced.Out,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"national/2026-2030/commune@2025-12-29: read from the file {Named(copy)}, in place of the shipped "
                + $"version{Environment.NewLine}",
            csv.Error,
            StringComparison.Ordinal
        );
        var chain = json.RootElement.GetProperty("chains")[0];
        Assert.Equal(
            [(Cli.Shown(copy), Cli.Sha256(copy), true), (null, null, false)],
            chain
                .EnumerateArray()
                .Select(s =>
                    (
                        s.GetProperty("ruleFile").GetString(),
                        s.GetProperty("ruleFileSha256").GetString(),
                        s.GetProperty("inPlaceOfShipped").GetBoolean()
                    )
                )
        );
        Assert.Contains(
            $"Read from the file {Named(copy)}, in place of the shipped version.",
            explained.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Diff_OfOneVersionNamedTwice_IsRefused_AndAFileInPlaceOfAShippedVersionIsComparedByItsPath()
    {
        // An office filled the 2026-2030 sheet in place and named the version twice with --rules to see its change:
        // both names reached its file, and diff said the file was the same as itself.
        var copy = Path.Combine(_folder, "national", "2026-2030", "commune.json");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Cli.File("rules/national/2026-2030/commune.json"), copy);
        const string Version = "national/2026-2030/commune@2025-12-29";

        var replaced = Cli.Run("diff", Version, "national/2026-2030/commune", "--rules", _folder, "--lang", "en");
        var vietnamese = Cli.Run("diff", Version, copy, "--rules", _folder);
        var revised = Cli.Run("diff", Revision(), "national/2021-2025/commune-standard", "--rules", _folder);
        var shipped = Cli.Run(
            "diff",
            "national/2021-2025/commune-model",
            "national/2021-2025/commune-model@2022-03-08"
        );
        var byPath = Cli.Run("diff", Version, copy, "--lang", "en");

        Assert.Equal(
            (
                2,
                $"ntm: SET_A and SET_B both name {Version}, read from {Cli.Shown(copy)} in place of the shipped "
                    + "version, so there is nothing to compare; to see what the file changes in the shipped version, "
                    + $"name the shipped one by its id and the file by its path, without --rules: ntm diff {Version} "
                    + Cli.Shown(copy)
            ),
            (replaced.ExitCode, replaced.Error.TrimEnd())
        );
        Assert.Equal(2, vietnamese.ExitCode);
        Assert.StartsWith(
            $"ntm: SET_A và SET_B cùng chỉ {Version}, đọc từ tệp {Cli.Shown(copy)} thay cho phiên bản đi kèm ntm",
            vietnamese.Error,
            StringComparison.Ordinal
        );
        Assert.Equal(
            (
                2,
                "ntm: SET_A và SET_B cùng chỉ national/2021-2025/commune-standard@2025-07-01, nên không có gì để so "
                    + "sánh: hãy ghi hai phiên bản hoặc hai bộ khác nhau (lệnh sets liệt kê chúng)"
            ),
            (revised.ExitCode, revised.Error.TrimEnd())
        );
        Assert.Equal(2, shipped.ExitCode);
        Assert.Equal((0, ""), (byPath.ExitCode, byPath.Error));
        Assert.Contains("in place of the shipped version", byPath.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderOfAWorkbookNotImported_IsToldToImportIt_NotEvaluatedWithTheShippedSetsAlone()
    {
        var workbook = Path.Combine(_folder, "tieu-chi.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook);

        var evaluated = Cli.Run("evaluate", Cli.File("samples/communes-2026.csv"), "--rules", _folder, "--lang", "en");
        var imported = Cli.Run("workbook", "import", workbook, "--out", _folder);

        Assert.Equal(2, evaluated.ExitCode);
        Assert.Equal(
            $"ntm: --rules {Cli.Shown(_folder)}: the folder holds no rule file, only a workbook ({Cli.Shown(workbook)}); "
                + "rules are read from the files a criteria workbook's import writes: ntm workbook import "
                + $"\"{Cli.Shown(workbook)}\" --out {Cli.Shown(_folder)}",
            evaluated.Error.TrimEnd()
        );
        Assert.Equal(0, imported.ExitCode);
    }

    [Fact]
    public void AWorkbookOfTheFolderChangedAfterItsRuleFiles_IsSaidToCountOnlyOnceImportedAgain()
    {
        // A threshold corrected in the workbook kept beside its rule files, and not imported again: the files decided.
        var revision = Revision();
        var workbook = Path.Combine(_folder, "tieu-chi.xlsx");
        var report = Path.Combine(_folder, "bao-cao.xlsx");
        var data = Cli.Fixture("communes-small.csv");
        Assert.Equal(
            0,
            Cli.Run(
                "workbook",
                "export",
                "national/2021-2025/commune-standard",
                "--rules",
                _folder,
                "--out",
                workbook
            ).ExitCode
        );
        CorrectThreshold(workbook, "17.2", 95);
        Assert.Equal(0, Cli.Run("evaluate", data, "--rules", _folder, "--out", report).ExitCode);
        var now = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(revision, now);
        File.SetLastWriteTimeUtc(workbook, now.AddHours(-1));
        File.SetLastWriteTimeUtc(report, now.AddMinutes(1));

        var older = Cli.Run("sets", "--rules", _folder, "--lang", "en");
        File.SetLastWriteTimeUtc(workbook, now.AddMinutes(1));
        var changed = Cli.Run("evaluate", data, "--rules", _folder, "--lang", "en");
        var exported = Cli.Run(
            "workbook",
            "export",
            "national/2021-2025/commune-standard",
            "national/2021-2025/commune-advanced",
            "--rules",
            _folder,
            "--out",
            Path.Combine(_folder, "next.xlsx"),
            "--lang",
            "en"
        );
        // Exported into the folder, a workbook says what its rule files say: nothing to import again.
        var afterExport = Cli.Run("sets", "--rules", _folder, "--lang", "en");
        var importing = Cli.Run("workbook", "import", workbook, "--out", _folder, "--rules", _folder);

        var warning =
            $"{Cli.Shown(workbook)}: changed after the rule files of the folder were written, and --rules "
            + $"{Cli.Shown(_folder)} reads only those: what was changed in it counts once it is imported again: ntm "
            + $"workbook import \"{Cli.Shown(workbook)}\" --out {Cli.Shown(_folder)}";
        Assert.Equal((0, ""), (older.ExitCode, older.Error));
        Assert.Contains(warning, changed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("bao-cao.xlsx", changed.Error, StringComparison.Ordinal);
        Assert.Single(
            exported.Error.Split(Environment.NewLine),
            line => line.Contains("changed after", StringComparison.Ordinal)
        );
        Assert.DoesNotContain("next.xlsx", afterExport.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("changed after", importing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkbookOfTheFolderThatCannotBeReadNow_IsNamedAsItsTimeSays()
    {
        // Open in a program that keeps others from it, a workbook written after the rule files may hold a correction.
        Revision();
        var workbook = Path.Combine(_folder, "tieu-chi.xlsx");
        Cli.Run("workbook", "export", "national/2021-2025/commune-standard", "--rules", _folder, "--out", workbook);
        var unchanged = Cli.Run("sets", "--rules", _folder, "--lang", "en");

        CliResult held;
        using (File.Open(workbook, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            held = Cli.Run("sets", "--rules", _folder, "--lang", "en");
        }

        Assert.Equal("", unchanged.Error);
        Assert.Contains($"{Cli.Shown(workbook)}: changed after the rule files", held.Error, StringComparison.Ordinal);
    }

    // A threshold of the first sheet's "All" column set to another value, as an office corrects it in the workbook.
    private static void CorrectThreshold(string workbook, string indicator, double value)
    {
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var part = document.WorkbookPart!;
        var sheet = ((WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var row = sheet
            .Descendants<Cell>()
            .Single(c => c.CellReference?.Value?.StartsWith('B') == true && c.InnerText == indicator);
        var threshold = sheet.Descendants<Cell>().Single(c => c.CellReference == "M" + row.CellReference!.Value![1..]);
        threshold.DataType = null;
        threshold.InlineString = null;
        threshold.CellValue = new CellValue(value);
    }

    [Fact]
    public void AWorkbookGivenAsASetOrAsTheRulesFolder_IsToldToImportIt_NotLookedUpAsASetsId()
    {
        var workbook = Path.Combine(_folder, "tieu-chi.xlsx");
        Cli.Run("workbook", "export", "national/2026-2030/commune", "--out", workbook);
        var data = Cli.File("samples/communes-2026.csv");

        var asSet = Cli.Run("evaluate", data, "--set", workbook, "--lang", "en");
        var asRules = Cli.Run("evaluate", data, "--rules", workbook, "--lang", "en");
        var compared = Cli.Run("diff", "national/2026-2030/commune", workbook);

        var shown = Cli.Shown(workbook);
        Assert.Equal(
            (
                2,
                $"ntm: {shown}: a workbook, not rule files: import a criteria workbook first, ntm workbook import "
                    + $"\"{shown}\" --out DIR, then give --rules DIR and name the set by its id"
            ),
            (asSet.ExitCode, asSet.Error.TrimEnd())
        );
        Assert.Equal(
            (
                2,
                $"ntm: --rules {shown}: a workbook, not rule files: import a criteria workbook first, ntm workbook "
                    + $"import \"{shown}\" --out DIR, then give --rules DIR"
            ),
            (asRules.ExitCode, asRules.Error.TrimEnd())
        );
        Assert.StartsWith(
            $"ntm: {shown}: đây là bảng tính, không phải tệp quy tắc",
            compared.Error,
            StringComparison.Ordinal
        );
    }
}
