using System.Globalization;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The <c>csv</c> format: one row per evaluated commune, for spreadsheets and scripts. Its columns are stable and the
/// same in every language (docs/cli.md lists them); rows are written as they are evaluated, so any number of communes
/// fits. Rejected rows go to standard error. With a decimal-comma culture (<c>--culture vi-VN</c>) cells are separated
/// by semicolons, as a Vietnamese Excel reads a CSV file it opens; the report's numbers are all whole.
/// </summary>
internal sealed class CsvEvaluationReport : EvaluationReport
{
    private readonly TextWriter _writer;
    private readonly char _separator;

    public CsvEvaluationReport(TextWriter writer, EvaluationRun run)
        : base(run)
    {
        _writer = writer;
        _separator = run.DecimalSeparator == ',' ? ';' : ',';
        // The ids and names are headed for the level evaluated, as the data template heads them: VillageId for villages.
        List<string> header = ["Row", .. LocalityColumns.All.Select(c => run.Texts.HeaderNames(c).English)];
        foreach (var chain in run.Batch.Chains)
        {
            header.Add($"{chain.Sets[0].Id}:Tier");
            header.Add($"{chain.Sets[0].Id}:NextTier");
            if (CommuneDetail.GroupRuleOf(chain.Sets) is not null)
            {
                header.Add($"{chain.Sets[0].Id}:Group");
            }

            foreach (var set in chain.Sets)
            {
                header.AddRange(SetFields.Select(f => $"{set.Id}:{f}"));
            }
        }

        WriteRow(header);
    }

    private static readonly string[] SetFields =
    [
        "Achieved",
        "Encoded",
        "CriteriaAchieved",
        "CriteriaTotal",
        "IndicatorsAchieved",
        "IndicatorsTotal",
        "CriteriaNotAchieved",
        "CriteriaMissingData",
        "CriteriaThresholdNotSet",
        "CriteriaNotEncoded",
        "NotAchieved",
        "MissingData",
        "ThresholdNotSet",
        "OnUnconfirmedValues",
    ];

    public override bool ListsRejectedRows => false;

    public override void Write(LocalityLine line)
    {
        var locality = line.Evaluation.Locality;
        var cells = new List<string?>
        {
            Number(line.Row),
            Inert(locality.Id),
            Inert(locality.Name),
            Inert(locality.District),
            Inert(locality.Province),
        };
        foreach (var tiers in line.Evaluation.Tiers)
        {
            cells.Add(tiers.Reached?.ToString() ?? "");
            cells.Add(tiers.Next?.ToString() ?? "");
            if (CommuneDetail.GroupRuleOf(tiers) is { } groups)
            {
                // The group the commune was evaluated in: as its data gives it, else as its facts place it.
                cells.Add(groups.GroupOf(locality.Inputs) is { } group ? Number(group) : "");
            }

            foreach (var report in tiers.Chain)
            {
                string Numbers(Outcome outcome) => string.Join(' ', report.Numbers(outcome));
                cells.AddRange([
                    report.IsAchieved ? "true" : "false",
                    report.Set.IsEncoded ? "true" : "false",
                    Number(report.CriteriaAchieved),
                    Number(report.CriteriaTotal),
                    Number(report.IndicatorsAchieved),
                    Number(report.IndicatorsTotal),
                    .. LocalityLine.CriteriaCounts(report).Select(c => Number(c)),
                    Numbers(Outcome.NotAchieved),
                    Numbers(Outcome.MissingData),
                    Numbers(Outcome.ThresholdNotSet),
                    string.Join(' ', report.NumbersOnUnconfirmedValues()),
                ]);
            }
        }

        WriteRow(cells);
    }

    public override void Finish(EvaluationTotals totals) => _writer.Flush();

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private void WriteRow(IEnumerable<string?> cells) =>
        _writer.WriteLine(string.Join(_separator, cells.Select(c => Quote(c, _separator))));

    /// <summary>
    /// Text from the data file as a spreadsheet will show it rather than run it: a cell starting with =, +, -, @, a tab
    /// or a carriage return is a formula to Excel and LibreOffice (CSV injection), so it gets a leading apostrophe.
    /// </summary>
    internal static string? Inert(string? text) =>
        text is null ? null
        : text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            ? "'" + PrintableText.Of(text, keepLineBreaks: true)
        : PrintableText.Of(text, keepLineBreaks: true);

    /// <summary>RFC 4180 quoting, only where a cell needs it.</summary>
    internal static string Quote(string? cell, char separator = ',') =>
        cell is null ? ""
        : cell.AsSpan().IndexOfAny(['"', '\r', '\n', separator]) >= 0
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : cell;
}
