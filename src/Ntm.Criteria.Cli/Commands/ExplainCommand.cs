using System.CommandLine;
using System.Text.Json;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm explain FILE --commune ID</c>: one commune, every criterion and indicator with the actual value, the value
/// required, the outcome and its source, and what the next tier still needs, by how much.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var file = new Argument<string>("FILE") { Description = help.DataFileHelp };
        // A file of villages names its village the way it would a commune.
        var commune = new Option<string>("--commune", "--village")
        {
            Description = help.CommuneHelp,
            HelpName = "ID|NAME",
        };
        var sets = new Option<string[]>("--set") { Description = help.ExplainSetHelp, HelpName = "ID" };
        var asOf = CliApp.AsOfOption(help);
        var format = CliApp.FormatOption(help, Formats);
        var output = new Option<string?>("--out") { Description = help.OutHelp, HelpName = "FILE" };
        var reading = new DataFileOptions(help);
        var force = CliApp.ReportForceOption(help);
        var command = new Command("explain", help.ExplainCommandHelp)
        {
            file,
            commune,
            sets,
            asOf,
            format,
            output,
            force,
        };
        reading.AddTo(command);

        command.SetAction(result =>
        {
            var texts = language.Get(result);
            catalog.KeepOutOfFolder(result, result.GetValue(output), texts);
            return Run(
                console,
                catalog.Get(result, texts),
                result.GetValue(file)!,
                result.GetValue(commune),
                result.GetValue(sets) ?? [],
                CliApp.AsOf(result.GetValue(asOf), texts),
                ReportFormats.Chosen(CliApp.Given(result, format), result.GetValue(output), Formats, texts),
                result.GetValue(output),
                result.GetValue(force),
                texts,
                reading.Of(result)
            );
        });
        return command;
    }

    // The table first: the default.
    private static readonly string[] Formats = ["table", "markdown", "json", "html"];

    private static int Run(
        CliConsole console,
        CriteriaCatalog catalog,
        string path,
        string? communeId,
        string[] setIds,
        DateOnly? asOfOption,
        string format,
        string? outPath,
        bool force,
        Texts texts,
        DataFileReading reading
    )
    {
        var named = SetReference.Named(catalog, setIds, texts);
        texts = SetReference.About(named, texts);
        var schema = SetReference.Schema(catalog, named, texts);
        using var input = DataInput.Open(path, reading, schema, texts);
        input.RefuseRowsOfAnotherLevel(catalog, named);

        var row = communeId is null ? TheOnly(input, path, texts) : Find(input, communeId, path, texts);

        if (row.Locality is not { } locality)
        {
            foreach (var error in row.Errors)
            {
                console.Error.WriteLine($"{path}: {texts.RowErrorLine(error)}");
            }

            return ExitCode.SomeRowsInvalid;
        }

        var asOf =
            asOfOption
            ?? (
                !input.DeclaresYear ? throw input.NoYearDeclared()
                : AssessmentYear.Of(locality.Inputs) is { } year ? new DateOnly(year, 12, 31)
                : throw input.RowWithoutYear(row.Row)
            );
        var evaluator = SetReference.Evaluator(catalog, setIds, asOf, schema, texts);
        var evaluation = evaluator.Evaluate(locality);

        // How the file was read and which columns were not, as evaluate says it: they explain a "missing data".
        input.ReadToEnd();

        // Said on standard error and in the page, which may be forwarded without it.
        var fileNotes = input.FileNotes(evaluator.Chains, catalog).ToList();
        var provinceSets = new ProvinceSetUse(catalog, evaluator, asOf);
        provinceSets.Add(locality);
        var yearsNotCovered = new YearsNotCovered(evaluator);
        yearsNotCovered.Add(locality);
        List<string> setNotes =
        [
            .. yearsNotCovered.Line(texts, asOfGiven: asOfOption is not null) is { } years
                ? [years]
                : Array.Empty<string>(),
            .. SetReference.NotInForceLines(catalog, evaluator, asOf, texts),
            .. SetReference.RequirementsNotEvaluatedLines(evaluator, texts),
            .. provinceSets.OwnSetsUnused().Select(note => texts.OwnProvinceSetsLine(note, asOf)),
        ];
        foreach (var note in fileNotes.Concat(setNotes))
        {
            console.Error.WriteLine($"{path}: {note}");
        }

        // Evaluate leaves a ward or a town out of a commune set's report; asked for by name, it is explained, and said.
        var wardOrTown = DataInput.IsWardOrTownOutside(locality, texts.LocalityLevel)
            ? texts.WardOrTownExplained(locality.Name!)
            : null;

        if (format == "json" && wardOrTown is not null)
        {
            console.Error.WriteLine($"{path}: {wardOrTown}");
        }

        // A page to forward is written beside its file and moved into place only when complete, as evaluate's is.
        OutputFile.WriteReport(
            outPath,
            [path, .. CatalogOption.FilesOf(catalog, named)],
            force,
            console,
            texts,
            writer =>
            {
                if (format == "json")
                {
                    WriteJson(writer, (path, input.Digest, row.Row), evaluation, asOf, (fileNotes, setNotes));
                    return;
                }

                var document = DocumentWriter.For(format, writer, texts);
                document.Write(
                    Document((path, input.Digest, row.Row), evaluation, asOf, wardOrTown, (fileNotes, setNotes), texts)
                );
                document.Close();
            }
        );
        return ExitCode.Ok;
    }

    /// <summary>
    /// The row of the commune an id or a name designates: the id as the data file matches ids (case and character
    /// width ignored), else the name with case, diacritics and a leading "Xã" ignored. A name two communes share lists
    /// them, so that the id can be given.
    /// </summary>
    /// <exception cref="CliUsageException">No commune, or more than one, has that id or name.</exception>
    private static TableRow Find(DataInput input, string commune, string path, Texts t)
    {
        // A village is named with or without its kind ("Thôn Trung Đông"), as a commune ("Xã An Thạnh") and a province
        // ("Tỉnh Lào Cai") are.
        Func<string, string> nameKey = t.LocalityLevel switch
        {
            Level.Village => PlaceName.VillageKey,
            Level.Province => PlaceName.ProvinceKey,
            _ => PlaceName.CommuneKey,
        };
        var (id, key) = (LocalityTable.IdKey(commune.Trim()), nameKey(commune));
        var byName = new List<TableRow>();

        // An official code written with its leading zeros ("00004") asked without them ("4"): said, never taken.
        var number = WithoutLeadingZeros(id);
        var byNumber = new List<TableRow>();
        LeftOutRow? leftOutAsked = null;
        foreach (var row in input.Rows(null))
        {
            // A totals or heading row is no commune to explain, even where its label stands in the id column.
            if (row.LeftOut is { } leftOut)
            {
                var label = LocalityTable.IdKey(leftOut.Label);
                leftOutAsked ??= label == id || TextKey.Of(leftOut.Label) == TextKey.Of(commune) ? leftOut : null;
                continue;
            }

            if (row.Id is { } rowId && LocalityTable.IdKey(rowId) == id)
            {
                return row;
            }

            if (number is not null && row.Id is { } code && WithoutLeadingZeros(LocalityTable.IdKey(code)) == number)
            {
                byNumber.Add(row);
            }

            // A name asked without its diacritics ("thon trung dong") is matched as written, kind and all.
            if (row.Locality?.Name is { } name && (nameKey(name) == key || TextKey.Of(name) == TextKey.Of(commune)))
            {
                byName.Add(row);
            }
        }

        return byName.Count switch
        {
            1 => byName[0],
            0 when leftOutAsked is not null => throw new CliUsageException($"{path}: {t.LeftOutLine(leftOutAsked)}"),
            0 => throw new CliUsageException(
                $"{path}: {t.NoLocalityNamed(commune, input.Table.RowsRead)}"
                    + (byNumber is [var zeros] ? t.IdWrittenWithZeros(zeros.Id!, zeros.Locality?.Name) : "")
            ),
            _ => throw new CliUsageException(
                $"{path}: {t.LocalitiesNamed(commune, byName.Count,
                [.. byName.Take(10).Select(r => (r.Id, r.Locality!.Name, r.Locality.District ?? r.Locality.Province, r.Row))])}"
            ),
        };
    }

    /// <summary>The row of a file that holds one locality, for a commune's own file explained without naming it.</summary>
    /// <exception cref="CliUsageException">The file holds more than one.</exception>
    private static TableRow TheOnly(DataInput input, string path, Texts t)
    {
        var first = new List<TableRow>();
        var count = 0;
        foreach (var row in input.Rows(null).Where(row => row.LeftOut is null))
        {
            count++;
            if (first.Count < 5)
            {
                first.Add(row);
            }
        }

        return count switch
        {
            1 => first[0],
            0 => throw new CliUsageException($"{path}: {t.NoDataRows}"),
            _ => throw new CliUsageException(
                $"{path}: {t.WhichLocality(count,
                [.. first.Select(r => (r.Id, r.Locality?.Name, r.Locality?.District ?? r.Locality?.Province, r.Row))])}"
            ),
        };
    }

    // The digits of an id without the zeros before them; null for an id that is not digits alone.
    private static string? WithoutLeadingZeros(string id) =>
        id.Length > 0 && id.All(char.IsAsciiDigit) ? id.TrimStart('0') : null;

    private static IEnumerable<Block> Document(
        (string Path, FileDigest? Digest, long Row) file,
        LocalityEvaluation evaluation,
        DateOnly asOf,
        string? note,
        (IReadOnlyList<string> File, IReadOnlyList<string> Sets) notes,
        Texts t
    ) =>
        [
            new Heading(1, t.ExplainHeading(evaluation.Locality, asOf)),
            new Paragraph(
                file.Path
                    + (file.Digest is { } digest ? $" ({digest})" : "")
                    + $", {t.Row.ToLowerInvariant()} {file.Row}. {t.MadeWith(NtmVersion.Current)}"
            ),
            .. note is null ? Array.Empty<Block>() : [new Paragraph(note)],
            .. notes.Sets.Select(setNote => new Paragraph(setNote)),
            .. CommuneDetail.Blocks(evaluation, t),
            .. notes.File.Count == 0
                ? Array.Empty<Block>()
                : [new Heading(2, t.FileNotesHeading), new Bullets([.. notes.File])],
        ];

    private static void WriteJson(
        TextWriter output,
        (string Path, FileDigest? Digest, long Row) file,
        LocalityEvaluation evaluation,
        DateOnly asOf,
        (IReadOnlyList<string> File, IReadOnlyList<string> Sets) notes
    )
    {
        JsonEvaluationReport.WriteDocument(
            output,
            json =>
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", JsonEvaluationReport.SchemaVersion);
                json.WriteString("ntmVersion", NtmVersion.Current);
                json.WriteString(
                    "asOf",
                    asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                );
                json.WriteString("file", file.Path);
                json.WriteString("fileSha256", file.Digest?.Sha256);
                JsonEvaluationReport.WriteLocality(
                    json,
                    file.Row,
                    evaluation,
                    r => WriteReport(json, r),
                    withGap: true
                );
                JsonEvaluationReport.WriteStrings(json, "fileNotes", notes.File);
                JsonEvaluationReport.WriteStrings(json, "setNotes", notes.Sets);
                json.WriteEndObject();
            }
        );
    }

    private static void WriteReport(Utf8JsonWriter json, SetReport report)
    {
        json.WriteStartObject();
        json.WriteString("id", report.Set.Id);
        json.WriteString("version", report.Set.Version);
        JsonEvaluationReport.WriteRuleFile(json, report.Set);
        JsonEvaluationReport.WriteCounts(json, report);
        JsonEvaluationReport.WriteNumbers(json, "onUnconfirmedValues", report.NumbersOnUnconfirmedValues());
        json.WriteStartArray("criteria");
        foreach (var criterion in report.Preconditions.Concat(report.Criteria))
        {
            json.WriteStartObject();
            json.WriteString("number", criterion.Criterion.Number);
            json.WriteString("name", criterion.Criterion.Name.Vietnamese);
            json.WriteString("kind", criterion.Criterion.Kind.ToString());

            // Whether the set holds all the criterion's indicators: one given in part, or not at all, is not encoded.
            json.WriteBoolean("complete", criterion.Criterion.IsEncoded && criterion.Criterion.IsComplete);
            json.WriteString("outcome", criterion.Outcome.ToString());
            json.WriteStartArray("indicators");
            foreach (var result in criterion.Indicators)
            {
                WriteIndicator(json, result);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter json, IndicatorResult result)
    {
        json.WriteStartObject();
        json.WriteString("number", result.Indicator.Number);
        json.WriteString("name", result.Indicator.Name.Vietnamese);
        json.WriteString("input", result.Indicator.Input);
        json.WriteString("measure", result.Indicator.Measure);
        json.WriteString("outcome", result.Outcome.ToString());
        json.WriteString("appliesWhen", result.Indicator.AppliesWhen);
        json.WritePropertyName("actual");
        WriteValue(json, result.Actual);
        json.WriteString("direction", result.Indicator.Direction.ToString());
        if (result.Required is { } required)
        {
            json.WriteStartObject("required");
            json.WriteString("key", required.Key);
            json.WritePropertyName("value");
            WriteValue(json, required.Value);
            json.WriteString("status", required.Status.ToString());
            json.WriteString("source", required.Source);
            json.WriteString("note", required.Note);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("required");
        }

        if (result.Gap is { } gap)
        {
            json.WriteNumber("gap", gap);
        }
        else
        {
            json.WriteNull("gap");
        }

        json.WriteString("unit", result.Indicator.Unit);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Number or ValueKind.Integer:
                json.WriteNumberValue(value.Number);
                break;
            case ValueKind.Boolean:
                json.WriteBooleanValue(value.Boolean);
                break;
            case ValueKind.Text:
                json.WriteStringValue(value.Text);
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }
}
