using System.CommandLine;
using System.Text.Json;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm validate RULES.json|FOLDER ...</c>: loads revised or new rule files, and folders as <c>--rules</c> reads them,
/// as the library would and reports every problem of every file at once, each with its file, rule path, line and
/// column; exit 0 when all are valid, 2 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var files = new Argument<string[]>("RULES")
        {
            Description = help.RuleFilesHelp,
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", help.ValidateCommandHelp) { files };
        command.SetAction(result => Run(console, catalog, result, result.GetValue(files)!, language.Get(result)));
        return command;
    }

    private static int Run(CliConsole console, CatalogOption catalog, ParseResult result, string[] paths, Texts texts)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new CliUsageException(
                string.Join(
                    "; ",
                    missing.Select(p => $"{p}: {texts.NoSuchFileMeaning(CliApp.FileMeant(p) ?? CliApp.FolderMeant(p))}")
                )
            );
        }

        // An office checks its criteria workbook where it checks rule files: the import is that check.
        var workbooks = paths
            .Where(p =>
                File.Exists(p)
                && Path.GetExtension(p) is var kind
                && (XlsxRowSource.Reads(kind) || OtherWorkbookKind.IsOtherWorkbookExtension(kind))
            )
            .ToList();
        if (workbooks.Count > 0)
        {
            throw new CliUsageException(
                string.Join("; ", workbooks.Select(p => $"{p}: {texts.WorkbookNotARuleFile(p)}"))
            );
        }

        // A file may extend a shipped set (or one of --rules), so the files are loaded onto the catalog; a folder is
        // read as --rules reads it (its sets named by their paths below it).
        var files = paths.Where(File.Exists).Select(Path.GetFullPath).ToHashSet();
        var folders = paths.Where(Directory.Exists).Select(CatalogOption.Root).ToList();
        List<CriteriaSet> sets;
        CriteriaCatalog loaded;
        try
        {
            loaded = folders.Aggregate(catalog.Get(result, texts), (c, folder) => c.WithDirectory(folder));
            loaded = files.Count > 0 ? loaded.WithFiles(files) : loaded;
            sets = loaded
                .Sets.Where(s =>
                    s.SourceFile is { } file
                    && (files.Contains(file) || folders.Any(f => file.StartsWith(f, StringComparison.Ordinal)))
                )
                .ToList();
        }
        catch (RuleFileException e)
        {
            foreach (var error in e.Errors)
            {
                console.Out.WriteLine(SetOrigin.Shown(error, texts.Code));
            }

            console.Out.WriteLine(texts.InvalidFiles(e.Errors.Length));
            foreach (var line in CliApp.ReportsAmongRuleFiles(e, texts))
            {
                console.Out.WriteLine(line);
            }

            // A set a file requires or extends may be another file of its folder, which is not read unless named.
            var unread = e
                .Errors.Where(error =>
                    error.Kind == RuleFileErrorKind.MissingReference && error.File is { } file && files.Contains(file)
                )
                .Select(error => Path.GetDirectoryName(error.File)!)
                .Distinct()
                .Where(folder =>
                    Directory.EnumerateFiles(folder, "*.json").Any(f => !files.Contains(Path.GetFullPath(f)))
                )
                .Select(folder => SetOrigin.Shown(folder, Environment.CurrentDirectory))
                .ToList();
            if (unread.Count > 0)
            {
                console.Out.WriteLine(texts.FolderNotRead(unread));
            }

            return ExitCode.UsageOrRuleFileError;
        }

        foreach (var set in sets)
        {
            // With its digest, as the reports name it: the office checks the file it sends is the one it validated.
            var shown = SetOrigin.Shown(set.SourceFile!, Environment.CurrentDirectory);
            console.Out.WriteLine($"{SetOrigin.Of(set).Named ?? shown}: {texts.ValidFile(set)}");

            if (set.Extends is { } extends && loaded.Get(extends) is var extended)
            {
                // A criterion the set it extends did not encode, given indicators now, is in part until its override
                // says "Complete": true: the first indicators added would otherwise decide it alone.
                var partial = set
                    .AllCriteria.Where(c =>
                        c.IsPartlyEncoded && extended.AllCriteria.Any(e => e.Number == c.Number && !e.IsEncoded)
                    )
                    .Select(c => c.Number)
                    .ToList();
                if (partial.Count > 0)
                {
                    console.Error.WriteLine($"{shown}: {texts.GivenInPartByOverride(set, partial)}");
                }

                // An override's Thresholds replaces the indicator's table: rows of the version it revises that a
                // hand-written revision meant to keep may be gone, and the communes they were for left without a
                // threshold. A province's own set, whose communes are of its region, replaces the table on purpose.
                var dropped =
                    extended.Id != set.Id
                        ? []
                        : SetDiff
                            .Compare(extended, set)
                            .Changes.Where(c =>
                                c.Kind == SetChangeKind.ThresholdRemoved && set.FindIndicator(c.Number) is not null
                            )
                            .ToList();
                if (dropped.Count > 0)
                {
                    console.Error.WriteLine($"{shown}: {texts.ThresholdRowsDropped(set, extended, dropped)}");
                }

                // Counts no longer hold once criteria or indicators are added or removed: without its own, the set is
                // achieved on whatever it encodes, which an amendment's author may not mean. A file that states its
                // counts (known or not, as Thanh Hóa's does) has said what it means.
                if (
                    set is { OfficialCriteriaCount: null, OfficialIndicatorCount: null }
                    && (extended.OfficialCriteriaCount is not null || extended.OfficialIndicatorCount is not null)
                    && !StatesItsCounts(set)
                    && SetDiff
                        .Compare(extended, set)
                        .Changes.Any(c =>
                            c.Kind
                                is SetChangeKind.CriterionAdded
                                    or SetChangeKind.CriterionRemoved
                                    or SetChangeKind.IndicatorAdded
                                    or SetChangeKind.IndicatorRemoved
                        )
                )
                {
                    console.Error.WriteLine($"{shown}: {texts.DecisionCountsNotTaken(set, extended)}");
                }
            }

            // Valid alone, but a record of the shared vocabulary cannot hold it: evaluate would refuse to combine it.
            foreach (var declared in set.Inputs.Declarations)
            {
                if (NtmInputs.Schema.TryGet(declared.Name, out var shared) && !declared.Equals(shared))
                {
                    console.Error.WriteLine($"{shown}: {texts.SharedInputDeclaredOtherwise(set, declared, shared)}");
                    break;
                }
            }
        }

        if (sets.Count == 0)
        {
            throw new CliUsageException(texts.NoRuleFiles(string.Join(", ", paths)));
        }

        return ExitCode.Ok;
    }

    // Whether the set's file states its decision's counts (Properties.Set.OfficialCounts), known or not: a set whose
    // criteria differ from the one it extends takes them only from its own file.
    private static bool StatesItsCounts(CriteriaSet set) =>
        set.Workflow.Workflow.Properties.TryGetValue("Set", out var facts)
        && facts.ValueKind == JsonValueKind.Object
        && facts.TryGetProperty("OfficialCounts", out _);
}
