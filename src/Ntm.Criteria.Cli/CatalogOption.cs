using System.CommandLine;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Cli.Output.Spreadsheets;
using Ntm.Criteria.Cli.Workbooks;

namespace Ntm.Criteria.Cli;

/// <summary>
/// <c>--rules DIR</c>, taken by every command: the shipped sets combined with the rule files of a folder (provincial
/// sets, revisions), which may extend the shipped sets or replace their versions.
/// </summary>
/// <param name="help">The texts of the option's help.</param>
/// <param name="warnings">Where a workbook of the folder changed since its rule files were written is said.</param>
internal sealed class CatalogOption(Texts help, TextWriter warnings)
{
    private bool _workbooksChecked;

    /// <summary>
    /// The files a command read its sets from that are not shipped: the rule files of <c>--rules</c> and of the sets
    /// named by their path (<c>--set my-rules.json</c>), and the inputs files they read. A report is never written over
    /// one of them.
    /// </summary>
    public static IEnumerable<string> FilesOf(CriteriaCatalog catalog, IEnumerable<CriteriaSet> named) =>
        catalog
            .Sets.Concat(named)
            .SelectMany(s => new[] { s.SourceFile, s.Workflow.Workflow.InputsFile?.Path })
            .OfType<string>()
            .Where(Path.IsPathRooted)
            .Distinct(StringComparer.Ordinal);

    public Option<string?> Option { get; } =
        new("--rules")
        {
            Description = help.RulesOptionHelp,
            HelpName = "DIR",
            Recursive = true,
        };

    /// <summary>
    /// Refuses a JSON file to write inside the <c>--rules</c> folder, which reads every .json file below it as a rule
    /// file: a JSON report there would break the folder at the next run ("this is not a workflow"), an exported
    /// workflow would stand in place of the shipped version it copies. A .json file there already is one of the
    /// folder's rule files, which the output refuses as an input it read.
    /// </summary>
    /// <exception cref="CliUsageException">The file is a .json file inside the folder.</exception>
    public void KeepOutOfFolder(ParseResult result, string? path, Texts texts)
    {
        if (
            result.GetValue(Option) is { } folder
            && path is not null
            && Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            && !File.Exists(path)
            && Path.GetFullPath(path).StartsWith(Root(folder), StringComparison.Ordinal)
        )
        {
            throw new CliUsageException(texts.OutInRulesFolder(path, folder));
        }
    }

    /// <summary>
    /// The catalog the command works on; a missing folder is a usage error, a broken file a rule-file error. A criteria
    /// workbook of the folder changed since its rule files were written is said once, unless
    /// <paramref name="importing"/> (the import that reads it).
    /// </summary>
    public CriteriaCatalog Get(ParseResult result, Texts texts, bool importing = false)
    {
        if (result.GetValue(Option) is not { } folder)
        {
            return CriteriaCatalog.Shipped;
        }

        CriteriaCatalog catalog;
        try
        {
            catalog = CriteriaCatalog.Shipped.WithDirectory(folder);
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliUsageException(
                !File.Exists(folder) ? texts.NoSuchFolder("--rules", folder, CliApp.FolderMeant(folder))
                : Xlsx.IsWorkbookName(folder) ? texts.WorkbookNotImported("--rules", folder)
                : texts.FileNotFolder("--rules", folder)
            );
        }

        // A folder of criteria workbooks not yet imported: the shipped sets alone would decide, with no word of them.
        var root = Root(folder);
        if (
            !catalog.Sets.Any(s => s.SourceFile?.StartsWith(root, StringComparison.Ordinal) == true)
            && Directory
                .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => XlsxRowSource.Reads(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('~'))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault()
                is { } workbook
        )
        {
            throw new CliUsageException(texts.OnlyWorkbooksInRules(folder, workbook));
        }

        if (!importing && !_workbooksChecked)
        {
            _workbooksChecked = true;
            foreach (var changed in WorkbooksChangedSinceImport(folder, catalog, texts))
            {
                warnings.WriteLine($"{changed}: {texts.WorkbookChangedSinceImport(folder, changed)}");
            }
        }

        return catalog;
    }

    // A criteria workbook kept in the folder and changed after the newest of its rule files was written (a threshold
    // corrected in the sheet, not imported again): the rule files decide, and the change would count for nothing. One
    // written later that says what the rule files say (exported there, or imported with nothing to write) is not.
    private static IEnumerable<string> WorkbooksChangedSinceImport(string folder, CriteriaCatalog catalog, Texts texts)
    {
        var root = Root(folder);
        var written = catalog
            .Sets.Select(s => s.SourceFile)
            .OfType<string>()
            .Where(f => f.StartsWith(root, StringComparison.Ordinal))
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty()
            .Max();
        return Directory
            .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => XlsxRowSource.Reads(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('~'))
            .Where(f => File.GetLastWriteTimeUtc(f) > written && !ReportFormats.IsReport(f))
            .Where(f => SaysOtherwise(f, folder, catalog, texts))
            .Order(StringComparer.Ordinal);
    }

    // Whether a workbook of the folder holds what its rule files do not: a sheet of another version or saying
    // otherwise, or a problem the import would show. One that is no criteria workbook holds nothing to import; one
    // that cannot be read now (open in a program that keeps others from it) may, as its time says.
    private static bool SaysOtherwise(string workbook, string folder, CriteriaCatalog catalog, Texts texts)
    {
        try
        {
            using (FileToRead.Open(workbook)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }

        try
        {
            var (sheets, problems) = new CriteriaWorkbookReader(catalog, texts).Read(workbook);
            return problems.Count > 0
                || sheets.Any(sheet =>
                    catalog.Sets.FirstOrDefault(s => (s.Id, s.Version) == (sheet.Id, sheet.Version)) is not { } version
                    || !CriteriaWorkbookReader.SaysWhat(sheet, version, folder, catalog, texts)
                );
        }
        catch (CliUsageException)
        {
            return false;
        }
    }

    /// <summary>A folder's full path ending in a separator: what the paths of the files below it start with.</summary>
    public static string Root(string folder) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
}
