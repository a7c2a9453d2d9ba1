using System.CommandLine;
using Ntm.Criteria.Cli.Workbooks;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm workbook export</c> and <c>import</c>: criteria sets as a workbook to fill in a spreadsheet program, and a
/// filled workbook back as rule files (docs/workbooks.md).
/// </summary>
internal static class WorkbookCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog) => new("workbook", "Criteria as a workbook: export sets to fill their thresholds in a spreadsheet program, import the filled workbook as rule files")
    {
        Export(console, catalog),
        Import(console, catalog),
    };

    private static Command Export(CliConsole console, CatalogOption catalog)
    {
        var sets = new Argument<string[]>("SET") { Description = "The sets to export: id (latest version) or id@version", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The workbook to write (.xlsx)", Required = true };
        var language = CliApp.LanguageOption();
        var command = new Command("export", "Write sets as a workbook: one sheet per set version, laid out like the decision's annex, and a sheet of the inputs")
        {
            sets, output, language,
        };
        command.SetAction(result =>
        {
            var texts = Texts.For(result.GetValue(language)!);
            var path = result.GetValue(output)!;
            var chosen = result.GetValue(sets)!.Select(s => SetReference.Resolve(catalog.Get(result), s)).Distinct().ToList();
            WriteReplacing(path, temporary => CriteriaWorkbookWriter.Write(temporary, chosen, texts));
            foreach (var set in chosen)
            {
                console.Error.WriteLine(texts.WorkbookExported(path, set));
            }

            return ExitCode.Ok;
        });
        return command;
    }

    private static Command Import(CliConsole console, CatalogOption catalog)
    {
        var workbook = new Argument<string>("FILE") { Description = "A workbook written by 'ntm workbook export', filled or edited" };
        var output = new Option<string>("--out") { Description = "The rules folder to write the sets into (the folder --rules reads)", Required = true };
        var language = CliApp.LanguageOption();
        var command = new Command("import", "Read a filled workbook and write each of its sets as a rule file under --out; nothing is written when any cell has a problem")
        {
            workbook, output, language,
        };
        command.SetAction(result =>
        {
            var texts = Texts.For(result.GetValue(language)!);
            var path = result.GetValue(workbook)!;
            if (!File.Exists(path))
            {
                throw new CliUsageException($"{path}: no such file");
            }

            var known = catalog.Get(result);
            var (sets, problems) = new CriteriaWorkbookReader(known, texts).Read(path);
            var folder = result.GetValue(output)!;
            if (problems.Count == 0)
            {
                problems = Write(folder, sets, known, texts, console);
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    console.Error.WriteLine($"{path}: {problem}");
                }

                console.Error.WriteLine($"ntm: {texts.WorkbookNothingWritten(problems.Count)}");
                return ExitCode.UsageOrRuleFileError;
            }

            return ExitCode.Ok;
        });
        return command;
    }

    /// <summary>
    /// Writes the files beside their places, loads them with the catalog as <c>--rules</c> would, and only then moves
    /// them into place: a file that would not load is a problem, and nothing is written.
    /// </summary>
    private static List<WorkbookProblem> Write(string folder, List<(string Id, string Version, System.Text.Json.Nodes.JsonObject File)> sets, CriteriaCatalog catalog, Texts texts, CliConsole console)
    {
        var staging = Path.Combine(folder, $".ntm-import-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var files = sets.Select(s => (s.Id, s.Version, Staged: Path.Combine(staging, $"{s.Id.Replace('/', '_')}@{s.Version}.json"),
                Target: Path.Combine(folder, $"{s.Id}@{s.Version}.json"))).ToList();
            foreach (var (set, file) in sets.Zip(files))
            {
                File.WriteAllText(file.Staged, WorkflowJson.Write(set.File));
            }

            CriteriaCatalog loaded;
            try
            {
                loaded = catalog.WithFiles(files.Select(f => f.Staged));
            }
            catch (RuleFileException e)
            {
                return [.. e.Errors.Select(error => new WorkbookProblem(sets.FirstOrDefault(s => error.File?.Contains($"{s.Id.Replace('/', '_')}@{s.Version}", StringComparison.Ordinal) == true).Id ?? "?",
                    "-", texts.RuleFileProblem(error.ToString())))];
            }

            foreach (var file in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file.Target)!);
                File.Move(file.Staged, file.Target, overwrite: true);
                var set = loaded.Versions(file.Id).First(v => v.Version == file.Version);
                var replaced = CriteriaCatalog.Shipped.Ids.Contains(file.Id)
                    ? CriteriaCatalog.Shipped.Versions(file.Id).FirstOrDefault(v => v.Version == file.Version)
                    : null;
                console.Out.WriteLine(texts.WorkbookImported(file.Target, set, replaced));
            }

            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--out {folder}: cannot be written: {e.Message}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Writes a file through a temporary one beside it, so that a failed run leaves the earlier file as it was.</summary>
    private static void WriteReplacing(string path, Action<string> write)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--out {path}: cannot be written: {e.Message}");
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
