using System.IO.Compression;
using Ntm.Criteria.Cli.Output;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// --out never destroys data: it refuses the input file (or a link to it), and writes through a temporary file beside
/// the target, so that a run that fails or is cancelled leaves the earlier report as it was and two runs never mix.
/// </summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("report.xlsx", "PK")]
    [InlineData("report.HTML", "<!DOCTYPE html>")]
    [InlineData("report.json", "{")]
    [InlineData("report.md", "# ")]
    public void Evaluate_OutWithoutFormat_IsWrittenInTheFormatItsExtensionNames(string name, string start)
    {
        var path = _folder.File(name);

        var result = Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--out", path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith(start, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "report.xlsx", "csv", ".csv")]
    [InlineData("xlsx", "report.xls", "xlsx", ".xlsx")]
    [InlineData(null, "report.ods", "xlsx", ".xlsx")]
    [InlineData("xlsx", "report.xlsm", "xlsx", ".xlsx")]
    [InlineData("xlsx", "report", "xlsx", ".xlsx")]
    public void Evaluate_OutWhoseNameIsNotItsFormats_IsRefused_NotAFileNoProgramOpens(
        string? format,
        string name,
        string said,
        string extension
    )
    {
        var path = _folder.File(name);
        string[] formatOption = format is null ? [] : ["--format", format];

        var result = Cli.Run([
            .. new[] { "evaluate", Cli.Fixture("communes-small.csv"), "--out", path, "--lang", "en" },
            .. formatOption,
        ]);

        AssertRefusedForItsExtension(result, path, said, extension);
    }

    [Theory]
    [InlineData("x0001.html", null, "<!DOCTYPE html>")]
    [InlineData("x0001.json", null, "{")]
    [InlineData("x0001.txt", null, "'X0001' (Xã An Thạnh)")]
    [InlineData("x0001.md", "markdown", "# 'X0001' (Xã An Thạnh)")]
    public void Explain_Out_WritesThePageToForward_InTheFormatItsExtensionNames(
        string name,
        string? format,
        string start
    )
    {
        var path = _folder.File(name);

        var result = ExplainTo(path, format);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Out);
        Assert.StartsWith(start, File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal($"report written to {Cli.Shown(path)}", result.Error.Split(Environment.NewLine)[^2]);
    }

    [Theory]
    [InlineData("x0001.xlsx", null, "table", ".txt")]
    [InlineData("x0001.csv", "html", "html", ".html")]
    public void Explain_OutOfAFormatExplainDoesNotWrite_IsRefused(
        string name,
        string? format,
        string said,
        string extension
    )
    {
        var path = _folder.File(name);

        var result = ExplainTo(path, format);

        AssertRefusedForItsExtension(result, path, said, extension);
    }

    // Refused before anything is written: the file's extension names another format than the report's.
    private static void AssertRefusedForItsExtension(CliResult result, string path, string said, string extension)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            $"{Path.GetFileName(path)}: a report in the format {said} under that extension is one the program that "
                + $"opens it could not read; give the file the extension {extension}, or choose another format with "
                + "--format",
            result.Error.Split(Environment.NewLine)[0],
            StringComparison.Ordinal
        );
        Assert.False(File.Exists(path));
    }

    private static CliResult ExplainTo(string path, string? format) =>
        Cli.Run([
            .. new[] { "explain", Cli.Fixture("communes-small.csv"), "--commune", "X0001", "--out", path },
            .. format is null ? Array.Empty<string>() : ["--format", format],
            "--lang",
            "en",
        ]);

    // A rule file of the user's: a copy of a shipped version.
    private string RuleFile() =>
        _folder.Write(
            "revision.json",
            File.ReadAllText(Cli.File("rules/national/2021-2025/commune-standard@2024-03-01.json"))
        );

    [Fact]
    public void Diff_Out_WritesTheComparisonInTheFormatItsExtensionNames_NeverOverARuleFileCompared()
    {
        var path = _folder.File("changes.md");
        var ruleFile = RuleFile();
        var before = File.ReadAllBytes(ruleFile);
        string[] diff =
        [
            "diff",
            "national/2021-2025/commune-standard@2022-03-08",
            "national/2021-2025/commune-standard@2024-03-01",
        ];

        var written = Cli.Run([.. diff, "--out", path, "--lang", "en"]);
        var refused = Cli.Run(
            "diff",
            "national/2021-2025/commune-standard@2022-03-08",
            ruleFile,
            "--out",
            ruleFile,
            "--format",
            "json",
            "--lang",
            "en"
        );

        Assert.True(written.ExitCode == 0, written.Error);
        Assert.Equal("", written.Out);
        Assert.Equal(Cli.Run([.. diff, "--format", "markdown", "--lang", "en"]).Out, File.ReadAllText(path));
        AssertRefusedAndUntouched(refused, ruleFile, before);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("explain")]
    public void Out_NamingARuleFileOfTheRulesFolder_IsRefusedAndTheFileIsUntouched(string command)
    {
        var rules = _folder.File("rules");
        var ruleFile = Path.Combine(rules, "national", "2021-2025", "commune-standard@2024-03-01.json");
        Directory.CreateDirectory(Path.GetDirectoryName(ruleFile)!);
        File.Copy(Cli.File("rules/national/2021-2025/commune-standard@2024-03-01.json"), ruleFile);
        var before = File.ReadAllBytes(ruleFile);

        var result = ReportOnto(ruleFile, command, "--rules", rules);

        AssertRefusedAndUntouched(result, ruleFile, before);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("explain")]
    [InlineData("diff")]
    [InlineData("export")]
    public void Out_AJsonFileInsideTheRulesFolder_IsRefused_ItWouldBeReadAsARuleFile(string command)
    {
        // A JSON report there made every later run fail ("this is not a workflow"); an exported workflow stood in place
        // of the shipped version it copies.
        var rules = _folder.File("rules");
        Directory.CreateDirectory(rules);
        var target = Path.Combine(rules, "reports", "report.json");
        string[] arguments = command switch
        {
            "explain" => ["explain", Cli.Fixture("communes-small.csv"), "--commune", "X0001", "--format", "json"],
            "diff" => ["diff", "national/2021-2025/commune-standard@2022-03-08", "national/2021-2025/commune-standard"],
            "export" => ["export", "national/2021-2025/commune-standard"],
            _ => ["evaluate", Cli.Fixture("communes-small.csv"), "--format", "json"],
        };

        var result = Cli.Run([.. arguments, "--rules", rules, "--out", target, "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: --out {Cli.Shown(target)}: is inside the --rules folder {Cli.Shown(rules)}, which reads every .json "
                + "file in it as a rule file: the file would be read as one at the next run; write it outside the "
                + "folder",
            result.Error.Split(Environment.NewLine)[0]
        );
        Assert.Empty(Directory.GetFileSystemEntries(rules));
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("explain")]
    public void Out_NamingTheRuleFileSetNames_IsRefusedAndTheFileIsUntouched(string command)
    {
        var ruleFile = RuleFile();
        var before = File.ReadAllBytes(ruleFile);

        var result = ReportOnto(ruleFile, command, "--set", ruleFile);

        AssertRefusedAndUntouched(result, ruleFile, before);
    }

    // Refused as a usage error, and the file it would have written over is as it was.
    private static void AssertRefusedAndUntouched(CliResult result, string file, byte[] before)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("writing the report there would destroy the data", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    // The command's JSON report of the small sample asked to be written over a rule file it reads.
    private static CliResult ReportOnto(string ruleFile, string command, params string[] sets) =>
        Cli.Run([
            command,
            Cli.Fixture("communes-small.csv"),
            .. command == "explain" ? ["--commune", "X0001"] : Array.Empty<string>(),
            .. sets,
            "--format",
            "json",
            "--out",
            ruleFile,
            "--lang",
            "en",
        ]);

    [Fact]
    public void Export_OfARuleFileOntoItself_IsRefusedAndTheFileIsUntouched()
    {
        var ruleFile = RuleFile();
        var before = File.ReadAllBytes(ruleFile);

        var result = Cli.Run("export", ruleFile, "--out", ruleFile, "--force", "--lang", "en");

        AssertRefusedAndUntouched(result, ruleFile, before);
        Assert.False(File.Exists(Path.ChangeExtension(ruleFile, ".cs")));
    }

    [Theory]
    [InlineData("evaluate", "json", "communes.json")]
    [InlineData("evaluate", "csv", "communes.csv")]
    [InlineData("evaluate", "xlsx", "communes.xlsx")]
    [InlineData("explain", "json", "communes.json")]
    [InlineData("diff", "json", "communes.json")]
    public void Report_OverADataFile_IsRefusedUnlessForced_AReportOfAnEarlierRunIsWrittenOver(
        string command,
        string format,
        string name
    )
    {
        // The district's own data beside the file evaluated: the JSON of a CSV, the workbook a CSV was saved from.
        var data = _folder.File(name);
        if (format == "xlsx")
        {
            Assert.Equal(0, Cli.Run("inputs", "--template", data).ExitCode);
        }
        else
        {
            File.Copy(Cli.File("samples/" + name), data);
        }

        var before = File.ReadAllBytes(data);
        string[] Report(params string[] more) =>
            [
                .. command switch
                {
                    "explain" => new[] { "explain", Cli.Fixture("communes-small.csv"), "--commune", "X0001" },
                    "diff" =>
                    [
                        "diff",
                        "national/2021-2025/commune-standard@2022-03-08",
                        "national/2021-2025/commune-standard",
                    ],
                    _ => ["evaluate", Cli.Fixture("communes-small.csv")],
                },
                "--format",
                format,
                "--out",
                data,
                "--lang",
                "en",
                .. more,
            ];

        var refused = Cli.Run(Report());

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(
            $"ntm: --out {Cli.Shown(data)}: the file is there, and is not a report ntm wrote (it may be data); nothing "
                + "written. Give the report another name, or add --force to write over it",
            refused.Error.Split(Environment.NewLine)[0]
        );
        Assert.Equal(before, File.ReadAllBytes(data));

        var forced = Cli.Run(Report("--force"));
        var again = Cli.Run(Report());

        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.NotEqual(before, File.ReadAllBytes(data));
    }

    [Theory]
    [InlineData("report.csv")]
    [InlineData("report.json")]
    [InlineData("report.xlsx")]
    public void AReportGivenBackAsData_IsSaidToBeOne(string name)
    {
        // A report forwarded to the district and evaluated as its data: it read as a file without an assessment year.
        var report = _folder.File(name);
        Assert.Equal(0, Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--out", report).ExitCode);

        var result = Cli.Run("evaluate", report, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(report)}: this is a report ntm wrote, not a data file; read the data file it was made "
                + "from (the report names it, with its SHA-256)",
            result.Error.Split(Environment.NewLine)[0]
        );
    }

    [Fact]
    public void AReportWorkbookSavedSinceInExcel_IsStillOne_AndItsChangesAreNotWrittenOverUnforced()
    {
        // Excel names itself in the properties it saves: the report was then taken for data, or for no report at --out.
        var data = Cli.Fixture("communes-small.csv");
        var report = _folder.File("report.xlsx");
        Assert.Equal(0, Cli.Run("evaluate", data, "--out", report).ExitCode);
        using (var zip = ZipFile.Open(report, ZipArchiveMode.Update))
        {
            zip.GetEntry("docProps/app.xml")!.Delete();
            using var properties = new StreamWriter(zip.CreateEntry("docProps/app.xml").Open());
            properties.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Microsoft Excel"
                    + "</Application></Properties>"
            );
        }

        var saved = File.ReadAllBytes(report);

        var asData = Cli.Run("evaluate", report, "--lang", "en");
        var over = Cli.Run("evaluate", data, "--out", report, "--lang", "en");
        var unchanged = File.ReadAllBytes(report);
        var forced = Cli.Run("evaluate", data, "--out", report, "--force");

        Assert.Equal(2, asData.ExitCode);
        Assert.StartsWith(
            $"ntm: {Cli.Shown(report)}: this is a report ntm wrote, not a data file",
            asData.Error,
            StringComparison.Ordinal
        );
        Assert.Equal(2, over.ExitCode);
        Assert.Equal(
            $"ntm: --out {Cli.Shown(report)}: the file is a report ntm wrote, saved since in Microsoft Excel: what was "
                + "changed there would be lost; nothing written. Give the report another name, or add --force to write "
                + "over it",
            over.Error.Split(Environment.NewLine)[0]
        );
        Assert.Equal(saved, unchanged);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(0, Cli.Run("evaluate", data, "--out", report).ExitCode);
    }

    [Fact]
    public void AReportCopiedIntoTheRulesFolder_IsSaidToBeOne()
    {
        // Copied there by hand: the engine said only that it is not a workflow, listing its members.
        var rules = _folder.File("rules");
        var report = Path.Combine(rules, "report.json");
        Directory.CreateDirectory(rules);
        Assert.Equal(
            0,
            Cli.Run("evaluate", Cli.Fixture("communes-small.csv"), "--out", _folder.File("r.json")).ExitCode
        );
        File.Move(_folder.File("r.json"), report);

        var result = Cli.Run("sets", "--rules", rules, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(report)}: is a report ntm wrote, not a rule file: move it out of the rules folder, which "
                + "reads every .json file in it",
            result.Error.TrimEnd().Split(Environment.NewLine)[^1]
        );
    }

    [Theory]
    [InlineData("NtmInput.cs")]
    [InlineData("communes.csv")]
    [InlineData("workflow")]
    public void Export_OutNotNamedJson_IsRefused_TheClassWouldGoOverTheWorkflow(string name)
    {
        var path = _folder.File(name);

        var result = Cli.Run("export", "national/2026-2030/commune", "--out", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: --out {Cli.Shown(path)}: ntm export writes the workflow as a .json file, and the class of its inputs "
                + "beside it as a .cs file; give it the extension .json",
            result.Error.Split(Environment.NewLine)[0]
        );
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void Export_OverFilesThere_IsRefusedUnlessForced_AClassOfTheProjectIsKept()
    {
        var workflow = _folder.File("NtmInput.json");
        var ownClass = _folder.Write("NtmInput.cs", "public sealed class NtmInput { } // the project's own");

        var refused = Cli.Run("export", "national/2026-2030/commune", "--out", workflow, "--lang", "en");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(
            $"ntm: --out {Cli.Shown(workflow)}: {Cli.Shown(ownClass)} is there already; nothing written. Give another "
                + "name, or add --force to write over it",
            refused.Error.Split(Environment.NewLine)[0]
        );
        Assert.Equal("public sealed class NtmInput { } // the project's own", File.ReadAllText(ownClass));
        Assert.False(File.Exists(workflow));

        var forced = Cli.Run("export", "national/2026-2030/commune", "--out", workflow, "--force", "--lang", "en");

        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.StartsWith("// Written by Ntm.Criteria", File.ReadAllText(ownClass), StringComparison.Ordinal);
        var again = Cli.Run("export", "national/2026-2030/commune", "--out", workflow, "--lang", "vi");
        Assert.Equal(
            $"ntm: --out {Cli.Shown(workflow)}: đã có {Cli.Shown(workflow)} và {Cli.Shown(ownClass)}; không ghi gì. Hãy "
                + "đặt tên khác, hoặc thêm --force để ghi đè",
            again.Error.Split(Environment.NewLine)[0]
        );
    }

    [Fact]
    public void Evaluate_OutNamingTheInput_IsRefusedAndTheInputIsUntouched()
    {
        var data = _folder.Write(
            "s.csv",
            File.ReadAllText(Cli.File("tests/Ntm.Criteria.Cli.Tests/Fixtures/communes-small.csv"))
        );
        var before = File.ReadAllBytes(data);

        var result = Cli.Run("evaluate", data, "--format", "csv", "--out", data, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: --out {Cli.Shown(_folder.File("s.csv"))}: is the input file "
                + $"{Cli.Shown(_folder.File("s.csv"))}; writing the report there would "
                + "destroy the data. Name another file",
            result.Error.TrimEnd()
        );
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void Evaluate_OutNamingALinkToTheInput_IsRefused()
    {
        var data = _folder.Write(
            "s.csv",
            File.ReadAllText(Cli.File("tests/Ntm.Criteria.Cli.Tests/Fixtures/communes-small.csv"))
        );
        var link = _folder.File("link.csv");
        File.CreateSymbolicLink(link, data);

        var result = Cli.Run("evaluate", data, "--format", "csv", "--out", link);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            "(qua một liên kết); ghi báo cáo vào đó sẽ xóa mất dữ liệu",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.True(new FileInfo(data).Length > 1000);
    }

    [Fact]
    public void Evaluate_OutToAFile_SaysWhereTheReportIsAndLeavesNoTemporaryFile()
    {
        var report = _folder.File("report.csv");

        var result = Cli.Run(
            "evaluate",
            Cli.File("tests/Ntm.Criteria.Cli.Tests/Fixtures/communes-small.csv"),
            "--format",
            "csv",
            "--out",
            report,
            "--lang",
            "en"
        );

        Assert.Contains(
            $"report written to {Cli.Shown(_folder.File("report.csv"))}",
            result.Error.Split('\n').Select(l => l.TrimEnd())
        );
        Assert.Equal(["report.csv"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void OutputFile_NotCommitted_LeavesTheEarlierFileAndNoTemporaryFile()
    {
        var target = _folder.Write("report.csv", "a complete earlier report\n");
        using (var output = OutputFile.Create("--out", target, [], Texts.English))
        {
            output.CreateText(byteOrderMark: false).Write("half a rep");

            // The run fails here (a bad file, Ctrl+C, a full disk): Commit is never reached.
        }

        Assert.Equal("a complete earlier report\n", File.ReadAllText(target));
        Assert.Equal(["report.csv"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void OutputFile_TwoRunsOnOneFile_NeverMix()
    {
        var target = _folder.File("report.csv");
        using var first = OutputFile.Create("--out", target, [], Texts.English);
        using var second = OutputFile.Create("--out", target, [], Texts.English);
        var one = first.CreateText(byteOrderMark: false);
        var two = second.CreateText(byteOrderMark: false);
        for (var i = 0; i < 1000; i++)
        {
            one.WriteLine($"first {i}");
            two.WriteLine($"second {i}");
        }

        first.Commit();
        second.Commit();

        var lines = File.ReadAllLines(target);
        Assert.Equal(1000, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("second ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void OutputFile_OfAFolder_IsRefused() =>
        Assert.Equal(
            $"--out {_folder.Path}: is a folder; name the file to write",
            Assert.Throws<CliUsageException>(() => OutputFile.Create("--out", _folder.Path, [], Texts.English)).Message
        );

    [Fact]
    public void AFileInAFolderMistyped_IsOfferedTheFolderItMostLikelyNames()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "reports"));
        var target = Path.Combine(_folder.Path, "reprots", "r.xlsx");

        var error = Assert.Throws<CliUsageException>(() => OutputFile.Create("--out", target, [], Texts.English));

        Assert.EndsWith(
            "; create it, or name a file in a folder that exists; did you mean "
                + $"'{Path.Combine(_folder.Path, "reports")}'?",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("evaluate", "--out", "r.xlsx")]
    [InlineData("inputs", "--template", "t.csv")]
    [InlineData("inputs", "--template", "t.xlsx")]
    [InlineData("workbook export", "--out", "w.xlsx")]
    [InlineData("export", "--out", "x.json")]
    public void AFileInAFolderThatDoesNotExist_IsRefusedByTheOptionThatNamesIt_NotAnInternalError(
        string command,
        string option,
        string name
    )
    {
        var target = Path.Combine(_folder.Path, "reprots", name);
        string[] arguments = command switch
        {
            "evaluate" => ["evaluate", Cli.Fixture("communes-small.csv")],
            "inputs" => ["inputs"],
            _ => [.. command.Split(' '), "national/2026-2030/commune"],
        };

        var result = Cli.Run([.. arguments, option, target, "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: {option} {Cli.Shown(target)}: there is no folder {Cli.Shown(Path.GetDirectoryName(target)!)}; "
                + "create it, or name a file in a folder that exists",
            result.Error.TrimEnd()
        );
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void OutputFile_WhoseFolderGoesBeforeItIsWritten_SaysItCannotBeWritten_AndLeavesQuietly()
    {
        var folder = Path.Combine(_folder.Path, "reports");
        Directory.CreateDirectory(folder);
        var output = OutputFile.Create("--out", Path.Combine(folder, "r.xlsx"), [], Texts.English);
        Directory.Delete(folder);

        var error = Assert.Throws<CliUsageException>(() => output.CreateStream());
        output.Dispose();

        Assert.StartsWith(
            $"--out {Path.Combine(folder, "r.xlsx")}: cannot be written: ",
            error.Message,
            StringComparison.Ordinal
        );
    }
}
