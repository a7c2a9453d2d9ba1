using System.CommandLine;
using Ntm.Criteria.Cli.Output;

namespace Ntm.Criteria.Cli.Commands;

/// <summary><c>ntm diff A B</c>: what changed between two sets or two versions (ids, id@version, or rule file paths).</summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("SET_A") { Description = "The set compared from: an id (latest version), id@version, or a rule file" };
        var after = new Argument<string>("SET_B") { Description = "The set compared to" };
        var language = CliApp.LanguageOption();
        var format = CliApp.FormatOption("table", "markdown", "json");
        var command = new Command("diff", "Show the indicators added, removed and renamed, and the thresholds changed per region, group and year, between two sets")
        {
            before, after, language, format,
        };
        command.SetAction(result =>
        {
            var diff = SetDiff.Compare(
                SetReference.Resolve(CriteriaCatalog.Shipped, result.GetValue(before)!),
                SetReference.Resolve(CriteriaCatalog.Shipped, result.GetValue(after)!));
            var texts = Texts.For(result.GetValue(language)!);
            if (result.GetValue(format) == "json")
            {
                WriteJson(console.Out, diff);
            }
            else
            {
                DocumentWriter.For(result.GetValue(format)!, console.Out).Write(Document(diff, texts));
            }

            return ExitCode.Ok;
        });
        return command;
    }

    private static IEnumerable<Block> Document(SetDiff diff, Texts t)
    {
        yield return new Heading(1, t.DiffHeading(diff.Before, diff.After));
        if (diff.IsEmpty)
        {
            yield return new Paragraph(t.NoChanges);
            yield break;
        }

        yield return new Grid(
            [new(t.Change), new(t.Number), new(t.Key), new(t.Before), new(t.After)],
            [.. diff.Changes.Select(c => (IReadOnlyList<string>)[t.ChangeName(c.Kind), c.Number, c.Key ?? "", c.Before ?? "", c.After ?? ""])]);
    }

    private static void WriteJson(TextWriter output, SetDiff diff)
    {
        JsonEvaluationReport.WriteDocument(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", JsonEvaluationReport.SchemaVersion);
            json.WritePropertyName("before");
            JsonEvaluationReport.WriteSet(json, diff.Before);
            json.WritePropertyName("after");
            JsonEvaluationReport.WriteSet(json, diff.After);
            json.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", change.Kind.ToString());
                json.WriteString("number", change.Number);
                json.WriteString("key", change.Key);
                json.WriteString("before", change.Before);
                json.WriteString("after", change.After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
