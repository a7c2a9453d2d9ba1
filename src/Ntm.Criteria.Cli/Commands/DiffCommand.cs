using System.CommandLine;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm diff A B</c>: what changed between two sets or two versions (ids, id@version, or rule file paths); with
/// <c>--data FILE</c>, also the communes whose tier changes when they are evaluated under each.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var before = new Argument<string>("SET_A") { Description = help.SetAHelp };
        var after = new Argument<string>("SET_B") { Description = help.SetBHelp };
        var format = CliApp.FormatOption(help, Formats);
        var output = new Option<string?>("--out") { Description = help.OutHelp, HelpName = "FILE" };
        var data = new Option<string?>("--data") { Description = help.DiffDataHelp, HelpName = "FILE" };
        var reading = new DataFileOptions(help);
        var force = CliApp.ReportForceOption(help);
        var command = new Command("diff", help.DiffCommandHelp) { before, after, format, output, force, data };
        reading.AddTo(command);

        command.SetAction(result =>
        {
            var texts = language.Get(result);
            if (result.GetValue(data) is null && reading.FirstGiven(result) is { } option)
            {
                throw new CliUsageException(texts.DataOptionWithoutData(option));
            }

            var chosen = ReportFormats.Chosen(CliApp.Given(result, format), result.GetValue(output), Formats, texts);
            catalog.KeepOutOfFolder(result, result.GetValue(output), texts);

            var sets = catalog.Get(result, texts);
            var (a, b) = (
                SetReference.Resolve(sets, result.GetValue(before)!, texts),
                SetReference.Resolve(sets, result.GetValue(after)!, texts)
            );
            if ((a.Id, a.Version, a.SourceFile) == (b.Id, b.Version, b.SourceFile))
            {
                // Both names reach one file: most often a version --rules replaces, named twice to see the change.
                throw new CliUsageException(texts.SameSetTwice(a));
            }

            texts = texts.About([a, b]);
            var diff = SetDiff.Compare(a, b);
            if (result.GetValue(data) is not null && a.Level != b.Level)
            {
                // A file's localities are of one level: communes are not evaluated against a district's set.
                throw new CliUsageException(texts.DataAcrossLevels(a, b));
            }

            var changes = result.GetValue(data) is { } path
                ? TierChangesOf(console, sets, a, b, path, reading.Of(result), texts)
                : null;
            // The rule files compared or read with --rules and the data file are never written over.
            OutputFile.WriteReport(
                result.GetValue(output),
                [
                    .. CatalogOption.FilesOf(sets, [a, b]),
                    .. result.GetValue(data) is { } dataFile ? [dataFile] : Array.Empty<string>(),
                ],
                result.GetValue(force),
                console,
                texts,
                writer =>
                {
                    if (chosen == "json")
                    {
                        WriteJson(writer, diff, changes);
                    }
                    else
                    {
                        DocumentWriter.For(chosen, writer, texts).Write(Document(diff, changes, texts));
                    }
                }
            );
            return changes?.Rejected > 0 ? ExitCode.SomeRowsInvalid : ExitCode.Ok;
        });
        return command;
    }

    // The table first: the default.
    private static readonly string[] Formats = ["table", "markdown", "json"];

    private static BatchEvaluator ChainOf(CriteriaCatalog catalog, CriteriaSet set, Texts texts)
    {
        try
        {
            return catalog.ChainOf(set);
        }
        catch (ArgumentException)
        {
            // The chain is not built: a set next to this one in it (the one it requires, one requiring it) that reads
            // other inputs is named, with the input that differs.
            var neighbour = catalog.Sets.FirstOrDefault(s =>
                (s.Id == set.Requires?.SetId || s.Requires?.SetId == set.Id)
                && InputSchema.Widest([s.Inputs, set.Inputs]) is null
            );
            throw new CliUsageException(
                neighbour is null
                    ? texts.ChainReadsOtherInputs(set)
                    : texts.OtherInputs(set, neighbour.ToString(), InputMismatch.Of(set.Inputs, neighbour.Inputs)!)
            );
        }
    }

    /// <summary>
    /// The communes of a data file evaluated in the tier chain of each set; the rejected rows go to standard error.
    /// </summary>
    private static TierChangeRun TierChangesOf(
        CliConsole console,
        CriteriaCatalog catalog,
        CriteriaSet a,
        CriteriaSet b,
        string path,
        DataFileReading reading,
        Texts texts
    )
    {
        // A revision may add inputs to those of the version it revises: the file is read with the wider.
        var (before, after) = (ChainOf(catalog, a, texts), ChainOf(catalog, b, texts));
        var inputs =
            InputSchema.Widest([before.Inputs, after.Inputs])
            ?? throw new CliUsageException(
                texts.OtherInputs(b, a.ToString(), InputMismatch.Of(after.Inputs, before.Inputs)!)
            );

        using var input = DataInput.Open(path, reading, inputs, texts);
        input.RefuseRowsOfAnotherLevel(catalog, [a, b], compared: true);
        var localities = input
            .ValidRows(
                null,
                texts.LocalityLevel,
                row =>
                {
                    foreach (var error in row.Errors)
                    {
                        console.Error.WriteLine($"{path}: {texts.RowErrorLine(error)}");
                    }
                }
            )
            .Select(row => row.Locality!);

        // Streamed: only the communes that change tier are kept.
        var evaluated = 0;
        var changed = new List<TierChange>();
        foreach (var change in TierChanges.Compare(before, after, localities))
        {
            evaluated++;
            if (change.IsChanged)
            {
                changed.Add(change);
            }
        }

        foreach (var note in input.FileNotes([.. before.Chains, .. after.Chains], catalog))
        {
            console.Error.WriteLine($"{input.Path}: {note}");
        }

        foreach (var row in input.LeftOut)
        {
            console.Error.WriteLine($"{path}: {texts.LeftOutLine(row)}");
        }

        if (input.RejectedRows > 0)
        {
            console.Error.WriteLine(input.RejectedSummary());
        }

        return new TierChangeRun(path, input.Digest, evaluated, input.RejectedRows, changed);
    }

    private sealed record TierChangeRun(
        string File,
        FileDigest? Digest,
        int Evaluated,
        long Rejected,
        IReadOnlyList<TierChange> Changed
    );

    private static IEnumerable<Block> Document(SetDiff diff, TierChangeRun? run, Texts t)
    {
        foreach (var block in Document(diff, t))
        {
            yield return block;
        }

        if (run is null)
        {
            yield break;
        }

        yield return new Heading(2, t.TierChangesHeading(run.Changed.Count, run.Evaluated));

        // The file named with its digest, as evaluate's report names it: the tiers changed are those of that file.
        yield return new Paragraph(
            t.TierChangesFileLine(run.Digest is { } digest ? $"{run.File} ({digest})" : run.File, run.Rejected)
        );
        if (run.Changed.Count > 0)
        {
            yield return new Grid(
                [new(t.Id), new(t.Name), new(t.District), new(t.Before), new(t.After)],
                [
                    .. run.Changed.Select(c =>
                        (IReadOnlyList<string>)
                            [
                                c.Locality.Id ?? "",
                                c.Locality.Name ?? "",
                                c.Locality.District ?? "",
                                t.TierOrNone(c.Before),
                                t.TierOrNone(c.After),
                            ]
                    ),
                ]
            );
        }
    }

    private static IEnumerable<Block> Document(SetDiff diff, Texts t)
    {
        yield return new Heading(1, t.DiffHeading(diff.Before, diff.After));

        // Each side's decision, and the file of one ntm does not ship: a version read from --rules or a path has the
        // shipped one's id and version, and the heading alone cannot tell them apart.
        yield return new Bullets([t.SetLine(diff.Before), t.SetLine(diff.After)]);
        if (diff.IsEmpty)
        {
            yield return new Paragraph(t.NoChanges);
            yield break;
        }

        yield return new Grid(
            [new(t.Change), new(t.Number), new(t.Key), new(t.Before), new(t.After)],
            [
                .. diff.Changes.Select(c =>
                    (IReadOnlyList<string>)
                        [
                            t.ChangeName(c.Kind),
                            c.Number,
                            t.ChangeKey(c),
                            t.ChangeSide(c, diff.Before, after: false),
                            t.ChangeSide(c, diff.After, after: true),
                        ]
                ),
            ]
        );
    }

    private static void WriteJson(TextWriter output, SetDiff diff, TierChangeRun? run)
    {
        JsonEvaluationReport.WriteDocument(
            output,
            json =>
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", JsonEvaluationReport.SchemaVersion);
                json.WriteString("ntmVersion", NtmVersion.Current);
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
                if (run is not null)
                {
                    json.WriteString("dataFile", run.File);
                    json.WriteString("dataFileSha256", run.Digest?.Sha256);
                    json.WriteNumber("communesEvaluated", run.Evaluated);
                    json.WriteNumber("rowsRejected", run.Rejected);
                    json.WriteStartArray("tierChanges");
                    foreach (var change in run.Changed)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", change.Locality.Id);
                        json.WriteString("name", change.Locality.Name);
                        json.WriteString("before", change.Before?.ToString().ToLowerInvariant());
                        json.WriteString("after", change.After?.ToString().ToLowerInvariant());
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }
        );
    }
}
