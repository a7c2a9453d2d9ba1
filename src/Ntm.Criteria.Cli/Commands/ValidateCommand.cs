using System.CommandLine;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm validate RULES.json ...</c>: loads revised or new rule files as the library would and reports every problem
/// of every file at once, each with its file, rule path, line and column; exit 0 when all are valid, 2 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog, Texts help)
    {
        var files = new Argument<string[]>("RULES")
        {
            Description = help.RuleFilesHelp,
            Arity = ArgumentArity.OneOrMore,
        };
        var language = CliApp.LanguageOption(help);
        var command = new Command("validate", help.ValidateCommandHelp) { files, language };
        command.SetAction(result =>
            Run(console, catalog, result, result.GetValue(files)!, Texts.For(result.GetValue(language)!))
        );
        return command;
    }

    private static int Run(CliConsole console, CatalogOption catalog, ParseResult result, string[] paths, Texts texts)
    {
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new CliUsageException(string.Join("; ", missing.Select(p => $"{p}: {texts.NoSuchFile}")));
        }

        // A file may extend a shipped set (or one of --rules), so the files are loaded onto the catalog.
        List<CriteriaSet> sets;
        try
        {
            var fullPaths = paths.Select(Path.GetFullPath).ToHashSet();
            sets = catalog
                .Get(result, texts)
                .WithFiles(paths)
                .Sets.Where(s => s.SourceFile is { } file && fullPaths.Contains(file))
                .ToList();
        }
        catch (RuleFileException e)
        {
            foreach (var error in e.Errors)
            {
                console.Out.WriteLine(error.ToString(texts.Code));
            }

            console.Out.WriteLine(texts.InvalidFiles(e.Errors.Length));
            return ExitCode.UsageOrRuleFileError;
        }

        foreach (var set in sets)
        {
            console.Out.WriteLine($"{set.SourceFile}: {texts.ValidFile(set)}");
        }

        return ExitCode.Ok;
    }
}
