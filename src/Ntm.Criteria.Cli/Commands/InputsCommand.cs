using System.CommandLine;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm inputs</c>: the inputs a set reads (or the whole shared vocabulary), and an empty CSV to fill in.
/// </summary>
internal static class InputsCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var sets = new Option<string[]>("--set") { Description = help.InputsSetHelp, HelpName = "ID" };
        var template = new Option<string?>("--template") { Description = help.TemplateHelp, HelpName = "PATH" };
        var force = CliApp.ForceOption(help);
        var format = CliApp.FormatOption(help, "table", "markdown");
        var command = new Command("inputs", help.InputsCommandHelp) { sets, template, force, format };
        command.SetAction(result =>
        {
            var texts = language.Get(result);
            var loaded = catalog.Get(result, texts);
            var chosen = SetReference.Named(loaded, result.GetValue(sets) ?? [], texts);
            texts = chosen.Count == 0 ? texts : texts.About(chosen);

            // Several sets are read as evaluate reads them: one record of the widest inputs, and in their tier chains
            // (a tier given from an earlier set's outcome, "is advanced", is no column).
            var schema = chosen.Count == 0 ? NtmInputs.Schema : SetReference.Schema(loaded, chosen, texts);
            var chains = TierChain.From(chosen);
            var inputs =
                chosen.Count == 0
                    ? schema.Declarations
                    : [.. schema.Declarations.Where(d => chains.Any(c => c.InputsRead.Contains(d)))];
            if (result.GetValue(template) is { } path)
            {
                // A CSV file named .xls would be refused by Excel as a workbook whose content is not its extension's, one
                // named .json by ntm itself as a JSON file.
                if (!OutputFile.MayBeNamed(path, ".csv", ".xlsx"))
                {
                    throw new CliUsageException(texts.TemplateKind(path));
                }

                CliApp.KeepFilledFile("--template", path, result.GetValue(force), texts);

                // The year of assessment dates the evaluation (without --as-of), whether or not a threshold reads it;
                // a province's own vocabulary may have none.
                if (chosen.Count > 0 && schema.TryGet(AssessmentYear.Input, out var year) && !inputs.Contains(year))
                {
                    inputs = [year, .. inputs];
                }

                var identity = IdentityColumns(texts.LocalityLevel, chosen, loaded);
                if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    using var output = OutputFile.Create("--template", path, [], texts);
                    output.Guard(() => DataTemplateWorkbook.Write(output.TemporaryPath, identity, inputs, texts));
                    output.Commit();
                }
                else
                {
                    var headers = identity.Select(texts.ColumnHeader).Concat(inputs.Select(texts.ColumnHeader));
                    OutputFile.WriteAllText(
                        "--template",
                        path,
                        string.Join(',', headers.Select(h => CsvEvaluationReport.Quote(h))) + Environment.NewLine,
                        texts,
                        inputs: [],
                        byteOrderMark: true
                    );
                }

                console.Error.WriteLine($"{path}: {texts.TemplateColumns(inputs.Length + identity.Count)}");
                return ExitCode.Ok;
            }

            // A set whose criteria the sources do not give yet (a province's completion of 2026) reads nothing: said,
            // not shown as an empty table.
            if (chosen.Count > 0 && inputs.IsEmpty)
            {
                foreach (var set in chosen)
                {
                    console.Out.WriteLine(texts.ReadsNoInputs(set));
                }

                return ExitCode.Ok;
            }

            DocumentWriter.For(result.GetValue(format)!, console.Out, texts).Write(List(inputs, texts));

            // A set that adds inputs to the shared vocabulary (an office's completed set) says which, and whose file
            // declares them: the columns a district's data gains.
            foreach (var set in chosen.Where(s => s.Inputs.Extends(NtmInputs.Schema)))
            {
                if (
                    set.InputsRead.Where(i => !NtmInputs.Schema.TryGet(i.Name, out _)).Select(i => i.Name).ToList() is
                    { Count: > 0 } added
                )
                {
                    console.Out.WriteLine();
                    console.Out.WriteLine(texts.InputsAddedBy(added, SetOrigin.Of(set).File ?? set.ToString()));
                }
            }

            return ExitCode.Ok;
        });
        return command;
    }

    // The columns that say which locality a row is: a district's row is the district, a province's the province. A set
    // in force only after every district set (2026 on: districts were abolished in 2025) has a column of former
    // districts.
    private static List<LocalityColumn> IdentityColumns(
        Level? level,
        IReadOnlyList<CriteriaSet> sets,
        CriteriaCatalog catalog
    ) =>
        level switch
        {
            Level.District => [LocalityColumns.Id, LocalityColumns.Name, LocalityColumns.Province],
            Level.Province => [LocalityColumns.Id, LocalityColumns.Name],
            _ when sets.Count > 0 && sets.All(s => AfterEveryDistrictSet(s, catalog)) =>
            [
                LocalityColumns.Id,
                LocalityColumns.Name,
                LocalityColumns.FormerDistrict,
                LocalityColumns.Province,
            ],
            _ => [.. LocalityColumns.All],
        };

    private static bool AfterEveryDistrictSet(CriteriaSet set, CriteriaCatalog catalog)
    {
        var first = CriteriaSet.InForceSpan(set.Period, set.InForceFrom, set.InForceTo).First;
        var districtSets = catalog.Sets.Where(s => s.Level == Level.District).ToList();
        return districtSets.Count > 0 && districtSets.All(s => s.LastDayInForce is { } last && first > last);
    }

    public static IEnumerable<Block> List(IEnumerable<InputDeclaration> inputs, Texts t)
    {
        var rows = inputs.Select(i =>
            (IReadOnlyList<string>)
                [
                    i.Name,
                    t.InputKind(i),
                    i.Unit is { } unit ? t.UnitName(unit) : "",
                    t.InputRange(i),
                    i.Labels.GetValueOrDefault(t.Code) ?? i.Labels.GetValueOrDefault("vi") ?? "",
                ]
        );
        return [new Grid([new(t.Name), new(t.Type), new(t.Unit), new(t.Range), new(t.Label)], [.. rows])];
    }
}
