using System.CommandLine;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm export SET --format rulesengine --out FILE</c>: a set resolved into one standalone Microsoft RulesEngine
/// workflow (overlays applied, named <c>id@version</c>), and beside it the C# class of its inputs (FILE with the
/// extension <c>.cs</c>), every value nullable. Files there already are kept unless <c>--force</c>: the class's name
/// may be one of the project it is exported into.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var set = new Argument<string>("SET") { Description = help.RulesEngineSetHelp };
        var format = CliApp.FormatOption(help, "rulesengine");
        var output = new Option<string>("--out")
        {
            Description = help.RulesEngineOutHelp,
            HelpName = "FILE",
            Required = true,
        };
        var force = CliApp.ForceOption(help);
        var command = new Command("export", help.RulesEngineExportHelp) { set, format, output, force };
        command.SetAction(result =>
        {
            var texts = language.Get(result);
            var path = result.GetValue(output)!;
            if (!OutputFile.MayBeNamed(path, ".json"))
            {
                throw new CliUsageException(texts.WorkflowOutKind(path));
            }

            catalog.KeepOutOfFolder(result, path, texts);

            var inputClass = Path.ChangeExtension(path, ".cs");
            string[] existing = [.. new[] { path, inputClass }.Where(File.Exists)];
            if (existing.Length > 0 && !result.GetValue(force))
            {
                throw new CliUsageException(texts.ExportedFilesExist(path, existing));
            }

            var sets = catalog.Get(result, texts);
            var chosen = SetReference.Resolve(sets, result.GetValue(set)!, texts);

            // The rule file exported (given by its path, or of --rules) is never written over by its export.
            string[] inputs = [.. CatalogOption.FilesOf(sets, [chosen])];
            OutputFile.WriteAllText(
                "--out",
                path,
                WorkflowJson.Write(RulesEngineExport.Workflow(chosen)),
                texts,
                inputs
            );
            OutputFile.WriteAllText("--out", inputClass, RulesEngineExport.InputClass(chosen.Inputs), texts, inputs);
            console.Error.WriteLine(
                texts.RulesEngineExported(path, inputClass, RulesEngineExport.ClassName(chosen.Inputs), chosen)
            );
            return ExitCode.Ok;
        });
        return command;
    }
}
