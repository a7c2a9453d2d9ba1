using System.CommandLine;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Cli.Workbooks;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm workbook export</c> and <c>import</c>: criteria sets as a workbook to fill in a spreadsheet program, and a
/// filled workbook back as rule files (docs/workbooks.md).
/// </summary>
internal static class WorkbookCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help) =>
        new("workbook", help.WorkbookCommandHelp)
        {
            Export(console, catalog, language, help),
            Import(console, catalog, language, help),
        };

    private static Command Export(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var sets = new Argument<string[]>("SET") { Description = help.ExportSetsHelp, Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out")
        {
            Description = help.ExportOutHelp,
            HelpName = "FILE",
            Required = true,
        };
        var force = CliApp.ForceOption(help);
        var command = new Command("export", help.ExportCommandHelp) { sets, output, force };
        command.SetAction(result =>
        {
            var texts = language.Get(result);
            var path = result.GetValue(output)!;
            if (!OutputFile.MayBeNamed(path, ".xlsx"))
            {
                throw new CliUsageException(texts.WorkbookOutKind(path));
            }

            CliApp.KeepFilledFile("--out", path, result.GetValue(force), texts);

            var chosen = result
                .GetValue(sets)!
                .Select(s => SetReference.Resolve(catalog.Get(result, texts), s, texts))
                .Distinct()
                .ToList();
            using (var output = OutputFile.Create("--out", path, [], texts))
            {
                output.Guard(() => CriteriaWorkbookWriter.Write(output.TemporaryPath, chosen, texts));
                output.Commit();
            }

            foreach (var set in chosen)
            {
                console.Error.WriteLine(texts.WorkbookExported(path, set));
            }

            return ExitCode.Ok;
        });
        return command;
    }

    private static Command Import(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var workbook = new Argument<string>("FILE") { Description = help.ImportFileHelp };
        var output = new Option<string>("--out")
        {
            Description = help.ImportOutHelp,
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command("import", help.ImportCommandHelp) { workbook, output };
        command.SetAction(result =>
        {
            var texts = language.Get(result);
            var path = result.GetValue(workbook)!;
            CliApp.RequireFile(path, texts);

            var folder = result.GetValue(output)!;
            if (File.Exists(folder))
            {
                throw new CliUsageException(texts.FileNotFolder("--out", folder));
            }

            // The folder written into is read as --rules would read it: a sheet exported from one of its versions (an
            // office's next round on its own revision) starts from that version, as with --rules naming the folder,
            // and the files written are loaded with its own (one of which that does not load stops the import).
            var known = catalog.Get(result, texts, importing: true);
            if (Directory.Exists(folder))
            {
                known = known.WithDirectory(folder);
            }

            var reader = new CriteriaWorkbookReader(known, texts);
            var (sets, problems) = reader.Read(path);
            foreach (var note in reader.Notes)
            {
                console.Error.WriteLine($"{path}: {note}");
            }

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
    /// Writes each file beside its place under a hidden name (so that it names its inputs file as it will from there),
    /// loads them with <paramref name="catalog"/> (which holds the folder's own files, read as <c>--rules</c> would),
    /// and only then gives them their names: a file that would not load is a problem, and nothing is written. A version the folder defines already is
    /// written over the file that defines it. A sheet that says what its version says already, as ntm ships it or as
    /// the folder has it, is not written: a copy of a shipped version would stand in place of the corrections a later
    /// ntm ships.
    /// </summary>
    private static List<WorkbookProblem> Write(
        string folder,
        List<ImportedSet> sets,
        CriteriaCatalog catalog,
        Texts texts,
        CliConsole console
    )
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var placed = new List<ImportedSet>();
        foreach (var set in sets.Select(s => s.PlacedIn(folder, catalog)))
        {
            if (Unchanged(set, folder, root, catalog, texts) is { } current)
            {
                console.Out.WriteLine(texts.WorkbookUnchanged(current, SetOrigin.Of(current).File));
            }
            else
            {
                placed.Add(set);
            }
        }

        // A version the folder defines in a file it cannot be written over (one that defines other sets too) would be
        // defined twice.
        var twice = placed
            .SelectMany(s =>
                catalog
                    .Sets.Where(c =>
                        (c.Id, c.Version) == (s.Id, s.Version)
                        && IsIn(c, root)
                        && c.SourceFile != Path.GetFullPath(Path.Combine(folder, s.RelativePath))
                    )
                    .Select(c => new WorkbookProblem(s.Sheet, "-", texts.VersionInAFileOfSets(c, c.SourceFile!)))
            )
            .ToList();
        if (twice.Count > 0)
        {
            return twice;
        }

        var run = Guid.NewGuid().ToString("N");
        var created = new List<string>();
        var moved = 0;
        var staged = placed.ToDictionary(s =>
        {
            var target = Path.GetFullPath(Path.Combine(folder, s.RelativePath));
            return Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.ntm-import-{run}");
        });
        try
        {
            foreach (var (path, set) in staged)
            {
                created.AddRange(CreateFolder(Path.GetDirectoryName(path)!));
                File.WriteAllText(path, WorkflowJson.Write(set.FileIn(folder)));
            }

            CriteriaCatalog loaded;
            try
            {
                loaded = catalog.WithFiles(staged.Keys);
            }
            catch (RuleFileException e)
            {
                // A staged file is named by the path it would have had, since it is gone after the run.
                return
                [
                    .. e.Errors.Select(error =>
                        error.File is { } file && staged.TryGetValue(file, out var set)
                            ? set.ProblemOf(error, file, texts)
                            : new WorkbookProblem("?", "-", texts.RuleFileProblem(SetOrigin.Shown(error, texts.Code)))
                    ),
                ];
            }

            foreach (var (path, set) in staged)
            {
                var target = Path.Combine(folder, set.RelativePath);
                var overwrote = File.Exists(target);
                File.Move(path, target, overwrite: true);
                moved++;

                // A set is new where neither ntm nor the folders read with it have a version of it but this file's.
                var versions = catalog.Sets.Where(s => s.Id == set.Id && s.SourceFile != Path.GetFullPath(target));
                var imported = loaded.Sets.First(s => s.Id == set.Id && s.Version == set.Version);
                console.Out.WriteLine(
                    texts.WorkbookImported(
                        target,
                        overwrote,
                        imported,
                        CriteriaCatalog.Shipped.Sets.FirstOrDefault(s => s.Id == set.Id && s.Version == set.Version),
                        newSet: !versions.Any()
                    )
                );

                foreach (var note in Notes(set, imported, loaded, texts))
                {
                    console.Out.WriteLine(note);
                }
            }

            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The files given their names were each reported as written; before the first, the folder is as it was.
            throw new CliUsageException(
                texts.CannotWrite("--out", folder, e.Message, fileUnchanged: moved == 0 ? false : null)
            );
        }
        finally
        {
            foreach (var path in staged.Keys.Where(File.Exists))
            {
                File.Delete(path);
            }

            // Folders made for files that were not written go too, deepest first.
            foreach (var made in created.AsEnumerable().Reverse())
            {
                if (Directory.Exists(made) && !Directory.EnumerateFileSystemEntries(made).Any())
                {
                    Directory.Delete(made);
                }
            }
        }
    }

    /// <summary>
    /// What the office should know of a set it imported before relying on it: the criteria it gives in part, with their
    /// kind cells; the indicators whose only value is in the General column; the earlier versions it stands in place
    /// of.
    /// </summary>
    private static IEnumerable<string> Notes(
        ImportedSet sheet,
        CriteriaSet imported,
        CriteriaCatalog loaded,
        Texts texts
    )
    {
        var partial = imported
            .AllCriteria.Where(c => c.IsPartlyEncoded)
            .Select(c =>
                sheet.Cells.TryGetValue("k:" + c.Number, out var cell)
                    ? $"{c.Number} ('{sheet.Sheet}'!{cell})"
                    : c.Number
            )
            .ToList();
        if (partial.Count > 0)
        {
            yield return texts.GivenInPartLine(imported, partial);
        }

        // The annex's general column is transcribed, never applied: a value typed there alone decides nothing.
        var generalOnly = imported
            .AllIndicators.Where(i =>
                i.Thresholds.Any(r => r.IsGeneral && r.IsSet) && !i.Thresholds.Any(r => !r.IsGeneral && r.IsSet)
            )
            .Select(i => i.Number)
            .ToList();
        if (generalOnly.Count > 0)
        {
            yield return texts.GeneralOnlyLine(imported, generalOnly);
        }

        // A new version whose days in force were left as the earlier one's stands in its place on all of them.
        foreach (
            var earlier in loaded.Versions(imported.Id).Where(v => SetReference.TakenInPlaceFrom(loaded, v) == imported)
        )
        {
            yield return texts.TakenInPlaceFrom(earlier, imported);
        }
    }

    /// <summary>
    /// The version a sheet defines, as ntm ships it or as the folder has it, when the sheet says exactly what it says:
    /// the file the sheet gives is the one a sheet left as exported from it gives. A version of another folder
    /// (<c>--rules</c>) is not there: the sheet is its copy.
    /// </summary>
    private static CriteriaSet? Unchanged(
        ImportedSet sheet,
        string folder,
        string root,
        CriteriaCatalog catalog,
        Texts texts
    ) =>
        catalog.Sets.FirstOrDefault(s => (s.Id, s.Version) == (sheet.Id, sheet.Version)) is { } current
        && (CriteriaCatalog.Shipped.Sets.Contains(current) || IsIn(current, root))
        && CriteriaWorkbookReader.SaysWhat(sheet, current, folder, catalog, texts)
            ? current
            : null;

    /// <summary>
    /// Whether a set was read from a file under <paramref name="root"/>, a folder's full path ending in a separator.
    /// </summary>
    private static bool IsIn(CriteriaSet set, string root) =>
        set.SourceFile?.StartsWith(root, StringComparison.Ordinal) == true;

    /// <summary>Creates a folder and the missing folders above it; returns those it made, outermost first.</summary>
    private static List<string> CreateFolder(string path)
    {
        var missing = new List<string>();
        for (var folder = path; !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)!)
        {
            missing.Insert(0, folder);
        }

        Directory.CreateDirectory(path);
        return missing;
    }
}
