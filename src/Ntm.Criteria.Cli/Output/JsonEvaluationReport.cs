using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The <c>json</c> format, documented in docs/cli-json.md and stable within a <c>schemaVersion</c>: the run, then each
/// commune as it is evaluated (so any number fits), then the input counts, the rejected rows and the summary.
/// Language-neutral: enum names in English, numbers as JSON numbers.
/// </summary>
internal sealed class JsonEvaluationReport : EvaluationReport
{
    /// <summary>Bumped when a field changes meaning or disappears; adding a field does not bump it.</summary>
    public const int SchemaVersion = 1;

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    public JsonEvaluationReport(TextWriter output, EvaluationRun run)
        : base(run)
    {
        _output = output;
        _json = CreateWriter(_buffer);
        _json.WriteStartObject();
        _json.WriteNumber("schemaVersion", SchemaVersion);
        _json.WriteString("ntmVersion", NtmVersion.Current);
        _json.WriteString("asOf", run.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        _json.WriteString("asOfFrom", run.AsOfFromYear is null ? "option" : "AssessmentYear");
        _json.WriteStartArray("chains");
        foreach (var chain in run.Batch.Chains)
        {
            _json.WriteStartArray();
            foreach (var set in chain.Sets)
            {
                WriteSet(_json, set);
            }

            _json.WriteEndArray();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("localities");
        Flush();
    }

    /// <summary>A JSON writer as ntm writes: indented, Vietnamese text left readable rather than escaped.</summary>
    public static Utf8JsonWriter CreateWriter(IBufferWriter<byte> buffer) =>
        new(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes one whole JSON document (explain, diff) and a line break.</summary>
    public static void WriteDocument(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = CreateWriter(buffer))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>
    /// The file a set ntm does not ship was read from (null for a shipped one) and whether it stands in place of a
    /// shipped version: a report says whose thresholds it applied.
    /// </summary>
    public static void WriteRuleFile(Utf8JsonWriter json, CriteriaSet set)
    {
        var origin = SetOrigin.Of(set);
        json.WriteString("ruleFile", origin.File);
        json.WriteString("ruleFileSha256", origin.Digest?.Sha256);
        json.WriteBoolean("inPlaceOfShipped", origin.InPlaceOfShipped);
    }

    public static void WriteSet(Utf8JsonWriter json, CriteriaSet set)
    {
        json.WriteStartObject();
        json.WriteString("id", set.Id);
        json.WriteString("version", set.Version);
        json.WriteString("level", set.Level.ToString());
        json.WriteString("tier", set.Tier.ToString());
        json.WriteString("period", set.Period);
        json.WriteString("decision", set.LegalBasis.ToString());
        WriteRuleFile(json, set);
        json.WriteNumber("criteria", set.Criteria.Length);
        json.WriteNumber("indicators", set.Indicators.Count());
        WriteCount(json, "officialCriteria", set.OfficialCriteriaCount);
        WriteCount(json, "officialIndicators", set.OfficialIndicatorCount);
        json.WriteBoolean("encoded", set.IsEncoded);
        json.WriteBoolean("shortOfItsDecision", set.IsShortOfItsDecision);
        json.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter json, string name, int? count)
    {
        if (count is { } known)
        {
            json.WriteNumber(name, known);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public override void Write(LocalityLine line)
    {
        _json.WriteStartObject();
        WriteLocality(_json, line.Row, line.Evaluation, WriteReport, withGap: false);
        _json.WriteEndObject();
        Flush();
    }

    /// <summary>
    /// Writes a locality's fields into the open object: its row and identity, then each tier chain with its sets
    /// (written by <paramref name="writeReport"/>) and, <paramref name="withGap"/>, the indicators it lacks for the next
    /// tier. The fields evaluate and explain share.
    /// </summary>
    public static void WriteLocality(
        Utf8JsonWriter json,
        long row,
        LocalityEvaluation evaluation,
        Action<SetReport> writeReport,
        bool withGap
    )
    {
        var locality = evaluation.Locality;
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
            if (CommuneDetail.GroupOf(tiers, locality.Inputs) is { } group)
            {
                json.WriteStartObject("group");
                WriteGroup(json, "given", group.Given);
                WriteGroup(json, "derived", group.Derived);
                WriteStrings(json, "missingFacts", group.MissingFacts);
                json.WriteEndObject();
            }

            WritePrerequisiteDisagreements(json, tiers);
            json.WriteStartArray("sets");
            foreach (var report in tiers.Chain)
            {
                writeReport(report);
            }

            json.WriteEndArray();
            if (withGap)
            {
                json.WriteStartArray("gap");
                foreach (var result in tiers.Gap)
                {
                    json.WriteStringValue(result.Indicator.Number);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteGroup(Utf8JsonWriter json, string name, int? group)
    {
        if (group is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public override void Finish(EvaluationTotals totals)
    {
        _json.WriteEndArray();
        _json.WriteStartObject("input");
        _json.WriteString("file", Run.File);
        _json.WriteString("sha256", Run.Digest?.Sha256);
        _json.WriteString("format", Run.Format);
        _json.WriteString("decimalSeparator", totals.DecimalSeparator?.ToString());
        _json.WriteStartArray("columns");
        foreach (var column in Run.Columns)
        {
            _json.WriteStartObject();
            _json.WriteString("header", column.Header);
            _json.WriteString("readAs", column.Target);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteString("idsFromNames", Run.NamesAsIds);

        _json.WriteNumber("rowsRead", totals.RowsRead);
        _json.WriteNumber("rowsEvaluated", totals.RowsEvaluated);
        _json.WriteNumber("rowsRejected", totals.RowsRejected);
        _json.WriteNumber("rowsLeftOut", totals.RowsLeftOut);
        WriteStrings(_json, "notes", totals.FileNotes);
        _json.WriteEndObject();

        WriteObjects(
            "leftOut",
            totals.LeftOut,
            row =>
            {
                _json.WriteNumber("row", row.Row);
                _json.WriteString("label", row.Label);
                _json.WriteString("reason", JsonNamingPolicy.CamelCase.ConvertName(row.Reason.ToString()));
            }
        );
        WriteObjects(
            "rejected",
            totals.Rejected,
            error =>
            {
                _json.WriteNumber("row", error.Row);
                _json.WriteString("column", error.Column);
                _json.WriteString("value", error.Value);
                _json.WriteString("message", error.Message);
            }
        );
        _json.WriteNumber("rejectedNotListed", totals.ProblemsNotListed);
        WriteStrings(_json, "setNotes", totals.SetNotes);
        _json.WritePropertyName("summary");
        WriteGroup(totals.Summary.Overall, withIndicators: true);
        WriteGroups("byDistrict", totals.Summary.ByDistrict);
        WriteGroups("byProvince", totals.Summary.ByProvince);
        WriteObjects(
            "groupContradictions",
            totals.GroupContradictions,
            contradiction =>
            {
                _json.WriteNumber("row", contradiction.Row);
                _json.WriteString("id", contradiction.Id);
                _json.WriteNumber("given", contradiction.Given);
                _json.WriteNumber("fromFacts", contradiction.Derived);
            }
        );
        _json.WriteEndObject();
        Flush();
        _output.WriteLine();
        _output.Flush();
    }

    /// <summary>An array of texts: notes a person reads.</summary>
    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private void WriteReport(SetReport report)
    {
        _json.WriteStartObject();
        _json.WriteString("id", report.Set.Id);
        WriteCounts(_json, report);
        foreach (
            var (name, numbers) in new[]
            {
                ("notAchieved", report.Numbers(Outcome.NotAchieved)),
                ("missingData", report.Numbers(Outcome.MissingData)),
                ("thresholdNotSet", report.Numbers(Outcome.ThresholdNotSet)),
                ("onUnconfirmedValues", report.NumbersOnUnconfirmedValues()),
            }
        )
        {
            WriteNumbers(_json, name, numbers);
        }

        _json.WriteEndObject();
    }

    /// <summary>A list of official numbers (evaluate and explain).</summary>
    public static void WriteNumbers(Utf8JsonWriter json, string name, IEnumerable<string> numbers)
    {
        json.WriteStartArray(name);
        foreach (var number in numbers)
        {
            json.WriteStringValue(number);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Where the data gave a lower tier's result otherwise than the chain (evaluate and explain); nothing when they
    /// agree.
    /// </summary>
    public static void WritePrerequisiteDisagreements(Utf8JsonWriter json, TierReport tiers)
    {
        if (tiers.PrerequisiteDisagreements.Length == 0)
        {
            return;
        }

        json.WriteStartArray("prerequisiteDisagreements");
        foreach (var disagreement in tiers.PrerequisiteDisagreements)
        {
            json.WriteStartObject();
            json.WriteString("set", disagreement.Set.Id);
            json.WriteString("indicator", disagreement.Indicator.Number);
            json.WriteString("input", disagreement.Indicator.Input);
            json.WriteBoolean("given", disagreement.Given);
            json.WriteString("prerequisite", disagreement.Prerequisite.Id);
            json.WriteBoolean("evaluated", disagreement.Computed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Whether a report's set is achieved and its counts: the fields evaluate and explain share.</summary>
    public static void WriteCounts(Utf8JsonWriter json, SetReport report)
    {
        json.WriteBoolean("achieved", report.IsAchieved);
        json.WriteBoolean("encoded", report.Set.IsEncoded);
        json.WriteNumber("criteriaAchieved", report.CriteriaAchieved);
        json.WriteNumber("criteriaTotal", report.CriteriaTotal);
        json.WriteNumber("indicatorsAchieved", report.IndicatorsAchieved);
        json.WriteNumber("indicatorsTotal", report.IndicatorsTotal);
        json.WriteStartObject("criteriaByOutcome");
        var counts = LocalityLine.CriteriaCounts(report);
        for (var o = 0; o < counts.Length; o++)
        {
            json.WriteNumber(OutcomeName(LocalityLine.CriteriaOutcomes[o]), counts[o]);
        }

        json.WriteEndObject();
    }

    /// <summary>An outcome as JSON names it: notAchieved, missingData, thresholdNotSet.</summary>
    private static string OutcomeName(Outcome outcome) => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());

    // Districts and provinces are listed by their totals; the indicators are the overall summary's.
    // A list of up to 10,000 rejected rows or 50,000 districts is written out as it goes, not held whole.
    private void WriteObjects<T>(string name, IEnumerable<T> items, Action<T> writeFields)
    {
        _json.WriteStartArray(name);
        foreach (var item in items)
        {
            _json.WriteStartObject();
            writeFields(item);
            _json.WriteEndObject();
            Flush();
        }

        _json.WriteEndArray();
    }

    private void WriteGroups(string name, IEnumerable<GroupSummary> groups)
    {
        _json.WriteStartArray(name);
        foreach (var group in groups)
        {
            WriteGroup(group, withIndicators: false);
            Flush();
        }

        _json.WriteEndArray();
    }

    private void WriteGroup(GroupSummary group, bool withIndicators)
    {
        _json.WriteStartObject();
        if (!withIndicators)
        {
            _json.WriteString("province", group.Province);
            _json.WriteString("district", group.District);
        }

        _json.WriteNumber("localities", group.LocalityCount);
        _json.WriteStartArray("chains");
        foreach (var chain in group.Chains)
        {
            _json.WriteStartObject();
            _json.WriteNumber("noTier", chain.NoTier);
            _json.WriteStartArray("tiers");
            foreach (var tier in chain.Highest)
            {
                _json.WriteStartObject();
                _json.WriteString("tier", tier.Tier.ToString());
                _json.WriteString("set", tier.Set.Id);
                _json.WriteNumber("highest", tier.Count);
                _json.WriteNumber("reaching", chain.Reaching(tier.Tier));
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("sets");
        foreach (var set in group.Sets)
        {
            _json.WriteStartObject();
            _json.WriteString("id", set.Set.Id);
            _json.WriteNumber("evaluated", set.Evaluated);
            _json.WriteNumber("achieved", set.Achieved);
            // No average of no locality (every row rejected): null, not a figure of zero.
            var any = set.Evaluated > 0;
            WriteRounded("averageCriteriaAchieved", any ? set.AverageCriteriaAchieved : null);
            WriteRounded("averageIndicatorsAchieved", any ? set.AverageIndicatorsAchieved : null);
            WriteRounded("averageCriteriaShare", any ? set.AverageCriteriaShare : null);
            WriteRounded("averageIndicatorsShare", any ? set.AverageIndicatorsShare : null);
            _json.WriteNumber("onUnconfirmedValues", set.LocalitiesOnUnconfirmedValues);
            _json.WriteNumber("achievedOnUnconfirmedValues", set.AchievedOnUnconfirmedValues);
            _json.WriteBoolean("encoded", set.Set.IsEncoded);
            if (withIndicators)
            {
                _json.WriteStartArray("criteria");
                foreach (var criterion in set.Criteria)
                {
                    WriteOutcomes(
                        criterion.Criterion.Number,
                        criterion.Criterion.IsEncoded ? criterion.PassRate : null,
                        criterion.Outcomes
                    );
                }

                _json.WriteEndArray();
                _json.WriteStartArray("localitiesByCriteriaAchieved");
                foreach (var count in set.LocalitiesByCriteriaAchieved)
                {
                    _json.WriteNumberValue(count);
                }

                _json.WriteEndArray();
                _json.WriteStartArray("bands");
                foreach (var band in CriteriaBand.For(set.Set.Criteria.Length))
                {
                    _json.WriteStartObject();
                    _json.WriteNumber("from", band.From);
                    _json.WriteNumber("to", band.To);
                    _json.WriteNumber("localities", set.LocalitiesAchievingCriteria(band.From, band.To));
                    _json.WriteEndObject();
                }

                _json.WriteEndArray();
                _json.WriteStartArray("indicators");
                foreach (var indicator in set.Indicators)
                {
                    // A pass rate where no commune could be decided (no threshold set) would read as "nobody passes".
                    var decided =
                        indicator.Outcomes[Outcome.Achieved]
                            + indicator.Outcomes[Outcome.NotAchieved]
                            + indicator.Outcomes[Outcome.NotApplicable]
                        > 0;
                    WriteOutcomes(
                        indicator.Indicator.Number,
                        decided || indicator.Outcomes[Outcome.ThresholdNotSet] == 0 ? indicator.PassRate : null,
                        indicator.Outcomes
                    );
                }

                _json.WriteEndArray();
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    // Each commune goes out as soon as it is written, so memory stays flat however many there are.
    private void WriteOutcomes(string number, double? passRate, OutcomeCountDictionary outcomes)
    {
        _json.WriteStartObject();
        _json.WriteString("number", number);
        WriteRounded("passRate", passRate);

        foreach (var (outcome, count) in outcomes.OrderBy(o => o.Key))
        {
            _json.WriteNumber(OutcomeName(outcome), count);
        }

        _json.WriteEndObject();
    }

    // To four decimals, or null where there is nothing to measure.
    private void WriteRounded(string name, double? value)
    {
        if (value is { } number)
        {
            _json.WriteNumber(name, Math.Round(number, 4));
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    private void Flush()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
