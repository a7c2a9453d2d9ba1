using System.CommandLine;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm evaluate FILE</c>: every commune of a CSV, JSON or XLSX file against the sets in force on the date of
/// assessment (or the sets named), commune by commune, then the summary a district report prints. Rows stream through
/// the batch evaluator, so the file's size does not matter; a bad row is reported and the others are evaluated.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>How many problems of rejected rows a report lists; the others are counted.</summary>
    public const int MaxListedProblems = 10_000;

    public static Command Create(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var file = new Argument<string>("FILE") { Description = help.DataFileHelp };
        var sets = new Option<string[]>("--set")
        {
            Description = help.EvaluateSetHelp,
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = false,
        };
        var asOf = CliApp.AsOfOption(help);
        var format = CliApp.FormatOption(help, ReportFormats.Names);
        var output = new Option<string?>("--out") { Description = help.OutHelp, HelpName = "FILE" };
        var reading = new DataFileOptions(help);
        var groupBy = new Option<string?>("--group-by") { Description = help.GroupByHelp, HelpName = "COLUMN" };
        var force = CliApp.ReportForceOption(help);
        var command = new Command("evaluate", help.EvaluateCommandHelp) { file, sets, asOf, format, output, force };
        reading.AddTo(command);
        command.Options.Add(groupBy);

        command.SetAction(
            (result, cancellation) =>
            {
                var texts = language.Get(result);
                catalog.KeepOutOfFolder(result, result.GetValue(output), texts);
                return Task.FromResult(
                    Run(
                        console,
                        catalog.Get(result, texts),
                        result.GetValue(file)!,
                        result.GetValue(sets) ?? [],
                        CliApp.AsOf(result.GetValue(asOf), texts),
                        ReportFormats.Chosen(
                            CliApp.Given(result, format),
                            result.GetValue(output),
                            ReportFormats.Names,
                            texts
                        ),
                        result.GetValue(output),
                        result.GetValue(force),
                        texts,
                        reading.Of(result),
                        result.GetValue(groupBy),
                        cancellation
                    )
                );
            }
        );
        return command;
    }

    private static int Run(
        CliConsole console,
        CriteriaCatalog catalog,
        string path,
        string[] setIds,
        DateOnly? asOfOption,
        string format,
        string? outPath,
        bool force,
        Texts texts,
        DataFileReading reading,
        string? groupBy,
        CancellationToken cancellation
    )
    {
        var named = SetReference.Named(catalog, setIds, texts);
        texts = SetReference.About(named, texts);
        var schema = SetReference.Schema(catalog, named, texts);
        using var input = DataInput.Open(path, reading, schema, texts, groupBy);
        var asOf = input.AssessmentDate(asOfOption, out var fromYear);
        input.RefuseRowsOfAnotherLevel(catalog, named);

        var batch = SetReference.Evaluator(catalog, setIds, asOf, schema, texts);

        // A report to a file is written beside it and moved into place only when complete.
        using var output = outPath is null
            ? null
            : OutputFile.Create(
                "--out",
                outPath,
                [path, .. CatalogOption.FilesOf(catalog, named)],
                texts,
                report: !force
            );
        using var report = EvaluationReport.For(
            format,
            output,
            console.Out,
            new EvaluationRun(
                path,
                input.Format,
                asOf,
                fromYear,
                batch,
                texts,
                groupBy,
                reading.Culture is null ? null : ValueReader.SeparatorOf(reading.Culture, texts)
            )
            {
                Digest = input.Digest,
                Columns = input.Columns,
                NamesAsIds = input.Table.NamesAsIds,
                FormerDistricts = input.Table.DistrictsAreFormer,
                HasDistrictColumn = input.Table.HasGroupingColumn,
                HasProvinceColumn = input.Table.HasProvinceColumn,
            }
        );

        // A report keeps the first problems to list at its end and counts the rest, so that a million bad rows cannot
        // fill the memory; a report that streams (CSV) leaves its problems to standard error, as they are met.
        var rejected = new List<RowError>();
        long notListed = 0;
        void Reject(TableRow row)
        {
            foreach (var error in row.Errors)
            {
                if (!report.ListsRejectedRows)
                {
                    console.Error.WriteLine($"{input.Path}: {texts.RowErrorLine(error)}");
                }
                else if (rejected.Count < MaxListedProblems)
                {
                    rejected.Add(error);
                }
                else
                {
                    notListed++;
                }
            }
        }

        var summary = batch.CreateSummary();
        var progress = new ProgressLine(console, () => input.Progress);
        var groupRule = CommuneDetail.GroupRuleOf(batch.Chains.SelectMany(c => c.Sets));
        var contradictions = new List<GroupContradiction>();
        var prerequisiteNotes = new Dictionary<(string, string, bool), PrerequisiteNote>();
        var provinceSets = new ProvinceSetUse(catalog, batch, asOf);
        var yearsNotCovered = new YearsNotCovered(batch);
        var rowKeysMissing = new RowKeysMissing();
        long evaluated = 0;
        foreach (
            var evaluation in batch.Evaluate(
                input.ValidRows(fromYear, texts.LocalityLevel, Reject).Select(row => row.Locality!),
                cancellation
            )
        )
        {
            var row = evaluation.Locality.Row!.Value;
            if (groupRule?.Check(evaluation.Locality.Inputs) is { IsContradiction: true } check)
            {
                contradictions.Add(
                    new GroupContradiction(
                        row,
                        evaluation.Locality.Id,
                        evaluation.Locality.Name,
                        check.Given!.Value,
                        check.Derived!.Value
                    )
                );
            }

            foreach (var tiers in evaluation.Tiers)
            {
                PrerequisiteNote.Add(prerequisiteNotes, row, tiers);
            }

            provinceSets.Add(evaluation.Locality);
            yearsNotCovered.Add(evaluation.Locality);
            rowKeysMissing.Add(row, evaluation);
            Write(output, () => report.Write(new LocalityLine(row, evaluation)));
            summary.Add(evaluation);
            progress.Report(++evaluated + input.RejectedRows);
        }

        progress.Complete();

        // Every row has been read: the notes on the file and on the sets applied are known, and the report a district
        // forwards lists them.
        var fileNotes = input.FileNotes(batch.Chains, catalog).ToList();
        List<string> setNotes =
        [
            .. yearsNotCovered.Line(texts, asOfGiven: asOfOption is not null) is { } years
                ? [years]
                : Array.Empty<string>(),
            .. rowKeysMissing.Lines(texts),
            .. SetReference.NotInForceLines(catalog, batch, asOf, texts),
            .. SetReference.RequirementsNotEvaluatedLines(batch, texts),
            .. provinceSets.OtherProvinces().Select(p => texts.OtherProvincesLine(p.Set, p.Others)),
            .. provinceSets.OwnSetsUnused().Select(note => texts.OwnProvinceSetsLine(note, asOf)),
        ];
        Write(
            output,
            () =>
                report.Finish(
                    new EvaluationTotals(
                        input.Table.RowsRead,
                        evaluated,
                        input.RejectedRows,
                        input.Values.DecimalSeparator,
                        rejected,
                        summary.ToSummary(),
                        contradictions
                    )
                    {
                        ProblemsNotListed = notListed,
                        RowsLeftOutBy = input.LeftOutCounts,
                        PrerequisiteNotes = [.. prerequisiteNotes.Values],
                        LeftOut = input.LeftOut,
                        FileNotes = fileNotes,
                        SetNotes = setNotes,
                    }
                )
        );
        if (output is not null)
        {
            output.Commit();
            console.Error.WriteLine(texts.ReportWritten(output.Target));
        }

        WriteNotes(console, input, fileNotes, batch, texts, prerequisiteNotes.Values, report.ListsRejectedRows);
        foreach (var note in setNotes)
        {
            console.Error.WriteLine($"{input.Path}: {note}");
        }

        if (!report.ListsRejectedRows)
        {
            foreach (var c in contradictions)
            {
                console.Error.WriteLine(texts.GroupContradiction(input.Path, c.Row, c.Id, c.Given, c.Derived));
            }
        }

        return input.RejectedRows > 0 ? ExitCode.SomeRowsInvalid : ExitCode.Ok;
    }

    // A write to the report file that fails (a full disk) names the file; the earlier file stays as it was.
    private static void Write(OutputFile? output, Action write)
    {
        if (output is null)
        {
            write();
        }
        else
        {
            output.Guard(write);
        }
    }

    /// <summary>
    /// What a person must know besides the report: values refused as reading either way, the file's notes (columns not
    /// used or missing, which the reports list too), and, where the report cannot hold them (CSV), the files of sets not
    /// shipped, lower tiers given otherwise and rows left out; then the rows rejected.
    /// </summary>
    private static void WriteNotes(
        CliConsole console,
        DataInput input,
        IEnumerable<string> fileNotes,
        BatchEvaluator batch,
        Texts texts,
        IEnumerable<PrerequisiteNote> prerequisiteNotes,
        bool listedInReport
    )
    {
        // The separator read is in the report's heading; it is worth a note only where values were refused as reading
        // either way before the file told it.
        if (input.Values.Ambiguous is { } ambiguous && input.Values.DetectedAt is { } detectedAt)
        {
            console.Error.WriteLine(
                texts.AmbiguousDecimalsNote(
                    input.Path,
                    ambiguous.Count,
                    ambiguous.First,
                    input.Values.DecimalSeparator!.Value,
                    detectedAt
                )
            );
        }

        foreach (var note in fileNotes)
        {
            console.Error.WriteLine($"{input.Path}: {note}");
        }

        if (!listedInReport)
        {
            // A CSV report has no heading to name the sets in: whose file decided is said here.
            foreach (var set in batch.Chains.SelectMany(c => c.Sets))
            {
                if (texts.SetSource(set) is { } source)
                {
                    console.Error.WriteLine($"{set}: {source}");
                }
            }

            foreach (var note in prerequisiteNotes)
            {
                console.Error.WriteLine($"{input.Path}: {texts.PrerequisiteNoteLine(note)}");
            }

            foreach (var row in input.LeftOut)
            {
                console.Error.WriteLine($"{input.Path}: {texts.LeftOutLine(row)}");
            }
        }

        if (input.RejectedRows == 0)
        {
            return;
        }

        console.Error.WriteLine(input.RejectedSummary(listedInReport));
    }
}
