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
    public static Command Create(CliConsole console, CatalogOption catalog, Texts help)
    {
        var file = new Argument<string>("FILE") { Description = help.DataFileHelp };
        var commune = new Option<string>("--commune")
        {
            Description = help.CommuneHelp,
            HelpName = "ID|NAME",
            Required = true,
        };
        var sets = new Option<string[]>("--set") { Description = help.ExplainSetHelp, HelpName = "ID" };
        var asOf = CliApp.AsOfOption(help);
        var format = CliApp.FormatOption(help, "table", "markdown", "json");
        var language = CliApp.LanguageOption(help);
        var culture = CliApp.CultureOption(help);
        var command = new Command("explain", help.ExplainCommandHelp)
        {
            file,
            commune,
            sets,
            asOf,
            format,
            language,
            culture,
        };
        command.SetAction(result =>
        {
            var texts = Texts.For(result.GetValue(language)!);
            return Run(
                console,
                catalog.Get(result, texts),
                result.GetValue(file)!,
                result.GetValue(commune)!,
                result.GetValue(sets) ?? [],
                CliApp.AsOf(result.GetValue(asOf), texts),
                result.GetValue(format)!,
                texts,
                result.GetValue(culture)
            );
        });
        return command;
    }

    private static int Run(
        CliConsole console,
        CriteriaCatalog catalog,
        string path,
        string communeId,
        string[] setIds,
        DateOnly? asOfOption,
        string format,
        Texts texts,
        string? culture
    )
    {
        var schema = SetReference.Schema(catalog, setIds, texts);
        using var input = DataInput.Open(path, culture, schema, texts);
        var row = Find(input, communeId, path, texts);

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
                locality.Inputs[NtmInputs.AssessmentYear.Name] is { HasValue: true } year
                    ? new DateOnly((int)year.Number, 12, 31)
                    : throw new CliUsageException(
                        $"{path}: {texts.RowWithoutYear(row.Row, NtmInputs.AssessmentYear.Name)}"
                    )
            );
        var evaluation = SetReference.Evaluator(catalog, setIds, asOf, schema, texts).Evaluate(locality);
        if (format == "json")
        {
            WriteJson(console.Out, row.Row, evaluation, asOf);
        }
        else
        {
            DocumentWriter.For(format, console.Out).Write(Document(path, row.Row, evaluation, asOf, texts));
        }

        return ExitCode.Ok;
    }

    /// <summary>
    /// The row of the commune an id or a name designates: the id as written, else the name with case, diacritics and
    /// a leading "Xã" ignored. A name two communes share lists them, so that the id can be given.
    /// </summary>
    /// <exception cref="CliUsageException">No commune, or more than one, has that id or name.</exception>
    private static TableRow Find(DataInput input, string commune, string path, Texts t)
    {
        var key = NameKey(commune);
        var byName = new List<TableRow>();
        foreach (var row in input.Rows(null))
        {
            if (row.Id == commune)
            {
                return row;
            }

            if (row.Locality?.Name is { } name && NameKey(name) == key)
            {
                byName.Add(row);
            }
        }

        return byName.Count switch
        {
            1 => byName[0],
            0 => throw new CliUsageException($"{path}: {t.NoCommuneNamed(commune, input.Table.RowsRead)}"),
            _ => throw new CliUsageException(
                $"{path}: {t.CommunesNamed(commune, byName.Count,
                [.. byName.Take(10).Select(r => (r.Id, r.Locality!.Name, r.Locality.District, r.Row))])}"
            ),
        };
    }

    private static string NameKey(string name)
    {
        var key = TextKey.Of(name);
        return key.StartsWith("xa ", StringComparison.Ordinal) ? key[3..] : key;
    }

    private static IEnumerable<Block> Document(
        string path,
        long row,
        LocalityEvaluation evaluation,
        DateOnly asOf,
        Texts t
    )
    {
        yield return new Heading(1, t.ExplainHeading(evaluation.Locality, asOf));
        yield return new Paragraph($"{path}, {t.Row.ToLowerInvariant()} {row}");
        foreach (var tiers in evaluation.Tiers)
        {
            if (tiers.Chain.Select(r => r.Set.CommuneGroups).FirstOrDefault(g => g is not null) is { } groups)
            {
                yield return new Paragraph(t.GroupLine(groups.Check(evaluation.Locality.Inputs)));
            }

            yield return new Paragraph(t.TierLine(tiers));
            foreach (var disagreement in tiers.PrerequisiteDisagreements)
            {
                yield return new Paragraph(t.PrerequisiteDisagreementLine(disagreement));
            }
            foreach (var report in tiers.Chain)
            {
                yield return new Heading(2, t.ReportLine(report));
                var rows = new List<IReadOnlyList<string>>();
                foreach (var criterion in report.Preconditions.Concat(report.Criteria))
                {
                    rows.Add([
                        criterion.Criterion.Number,
                        t.Text(criterion.Criterion.Name),
                        "",
                        "",
                        t.OutcomeName(criterion.Outcome),
                        "",
                    ]);
                    rows.AddRange(
                        criterion.Indicators.Select(i =>
                            (IReadOnlyList<string>)
                                [
                                    "  " + i.Indicator.Number,
                                    t.Text(i.Indicator.Name),
                                    Actual(i, t),
                                    Required(i, t),
                                    t.OutcomeName(i.Outcome),
                                    Source(i),
                                ]
                        )
                    );
                }

                yield return new Grid(
                    [
                        new(t.Number),
                        new(t.Indicator),
                        new(t.Actual, AlignRight: true),
                        new(t.Required),
                        new(t.Outcome),
                        new(t.Source),
                    ],
                    rows
                );
            }

            if (tiers.NextReport is { } next)
            {
                yield return new Heading(2, $"{t.GapHeading}: {t.TierName(next.Set.Tier)} ({next.Set.Id})");
                var gap = tiers.Gap.ToList();
                var notEncoded = tiers.NextCriteriaNotEncoded.ToList();
                if (gap.Count == 0 && notEncoded.Count == 0)
                {
                    yield return new Paragraph(t.NothingMissing);
                }
                else if (gap.Count > 0)
                {
                    yield return new Grid(
                        [
                            new(t.Number),
                            new(t.Indicator),
                            new(t.Actual, AlignRight: true),
                            new(t.Required),
                            new(t.Gap, AlignRight: true),
                            new(t.Outcome),
                        ],
                        [
                            .. gap.Select(i =>
                                (IReadOnlyList<string>)
                                    [
                                        i.Indicator.Number,
                                        t.Text(i.Indicator.Name),
                                        Actual(i, t),
                                        Required(i, t),
                                        i.Gap is { } amount and > 0 ? t.Show(amount) + Unit(i.Indicator, t) : "",
                                        t.OutcomeName(i.Outcome),
                                    ]
                            ),
                        ]
                    );
                }

                // Criteria not in the sources are missing too: never "nothing is missing" above them.
                if (notEncoded.Count > 0)
                {
                    yield return new Paragraph(t.NotEncodedLine(notEncoded));
                }
            }
        }
    }

    // After a number: "95%", "61,6 triệu đồng/người/năm".
    private static string Unit(Indicator indicator, Texts t) =>
        indicator.Unit switch
        {
            null or "" => "",
            "%" => "%",
            var unit => " " + t.UnitName(unit),
        };

    private static string Actual(IndicatorResult result, Texts t) =>
        result.Actual.Kind switch
        {
            ValueKind.Number or ValueKind.Integer => t.Show(result.Actual.Number) + Unit(result.Indicator, t),
            ValueKind.Boolean => result.Actual.Boolean ? t.Yes : t.No,
            ValueKind.Text => result.Actual.Text,
            _ => "—",
        };

    private static string Required(IndicatorResult result, Texts t)
    {
        if (result.Required is not { IsSet: true } required)
        {
            return t.OutcomeName(Outcome.ThresholdNotSet);
        }

        var value = result.Indicator.Direction switch
        {
            ThresholdDirection.AtLeast => "≥ " + t.Show(required.Value.Number) + Unit(result.Indicator, t),
            ThresholdDirection.AtMost => "≤ " + t.Show(required.Value.Number) + Unit(result.Indicator, t),
            ThresholdDirection.MustHold => t.Yes,
            _ => t.No,
        };
        return required.Status == ValueStatus.Confirmed ? value : $"{value} ({t.StatusName(required.Status)})";
    }

    // A row's note says what a reader must know before relying on it ("amended on 01/03/2024, value not confirmed").
    private static string Source(IndicatorResult result)
    {
        var source = result.Required?.Source ?? result.Indicator.Source ?? "";
        return result.Required?.Note is { } note ? $"{note}; {source}" : source;
    }

    private static void WriteJson(TextWriter output, long row, LocalityEvaluation evaluation, DateOnly asOf)
    {
        JsonEvaluationReport.WriteDocument(
            output,
            json =>
            {
                var locality = evaluation.Locality;
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", JsonEvaluationReport.SchemaVersion);
                json.WriteString(
                    "asOf",
                    asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                );
                json.WriteNumber("row", row);
                json.WriteString("id", locality.Id);
                json.WriteString("name", locality.Name);
                json.WriteString("district", locality.District);
                json.WriteString("province", locality.Province);
                json.WriteStartArray("chains");
                foreach (var tiers in evaluation.Tiers)
                {
                    json.WriteStartObject();
                    json.WriteString("tier", tiers.Reached?.ToString());
                    json.WriteString("nextTier", tiers.Next?.ToString());
                    JsonEvaluationReport.WritePrerequisiteDisagreements(json, tiers);
                    json.WriteStartArray("sets");
                    foreach (var report in tiers.Chain)
                    {
                        WriteReport(json, report);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("gap");
                    foreach (var result in tiers.Gap)
                    {
                        json.WriteStringValue(result.Indicator.Number);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
        );
    }

    private static void WriteReport(Utf8JsonWriter json, SetReport report)
    {
        json.WriteStartObject();
        json.WriteString("id", report.Set.Id);
        json.WriteString("version", report.Set.Version);
        JsonEvaluationReport.WriteCounts(json, report);
        json.WriteStartArray("criteria");
        foreach (var criterion in report.Preconditions.Concat(report.Criteria))
        {
            json.WriteStartObject();
            json.WriteString("number", criterion.Criterion.Number);
            json.WriteString("name", criterion.Criterion.Name.Vietnamese);
            json.WriteString("kind", criterion.Criterion.Kind.ToString());
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
        json.WriteString("outcome", result.Outcome.ToString());
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
