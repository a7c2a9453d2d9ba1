using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// What an evaluation run is: the file, the date, the sets, the language of the report, the data's column the
/// summary groups by in place of the district (<c>--group-by</c>), if any, and the decimal separator <c>--culture</c>
/// gives, if any.
/// </summary>
internal sealed record EvaluationRun(
    string File,
    string Format,
    DateOnly AsOf,
    int? AsOfFromYear,
    BatchEvaluator Batch,
    Texts Texts,
    string? GroupColumn = null,
    char? DecimalSeparator = null
)
{
    /// <summary>The data file's digest, given beside its name; null where it could not be read.</summary>
    public FileDigest? Digest { get; init; }

    /// <summary>The file's headers read as the inputs <c>--column</c> named: the report says so.</summary>
    public IReadOnlyList<ColumnMapping> Columns { get; init; } = [];

    /// <summary>
    /// The column of names that gave the localities their ids, in a file without ids: the report says so, since its
    /// column of ids then holds names.
    /// </summary>
    public string? NamesAsIds { get; init; }

    /// <summary>Whether the file's district column holds the former districts (abolished in 2025).</summary>
    public bool FormerDistricts { get; init; }

    /// <summary>Whether the file has a column of districts (or the <c>--group-by</c> column): 2026 files need none.</summary>
    public bool HasDistrictColumn { get; init; } = true;

    /// <summary>Whether the file has a column of provinces: a district's file often has none.</summary>
    public bool HasProvinceColumn { get; init; } = true;
}

/// <summary>How an evaluation run ended: the counts (which add up), the rejected rows, and the summary.</summary>
internal sealed record EvaluationTotals(
    long RowsRead,
    long RowsEvaluated,
    long RowsRejected,
    char? DecimalSeparator,
    IReadOnlyList<RowError> Rejected,
    BatchSummary Summary,
    IReadOnlyList<GroupContradiction> GroupContradictions
)
{
    /// <summary>
    /// Rows left out as not localities the sets cover (totals rows, wards and towns), by reason; read = evaluated +
    /// rejected + left out.
    /// </summary>
    public IReadOnlyDictionary<LeftOutReason, long> RowsLeftOutBy { get; init; } =
        new Dictionary<LeftOutReason, long>();

    /// <summary>Every row left out.</summary>
    public long RowsLeftOut => RowsLeftOutBy.Values.Sum();

    /// <summary>The first rows left out.</summary>
    public IReadOnlyList<LeftOutRow> LeftOut { get; init; } = [];

    /// <summary>
    /// How the file was read, each note without the file's name: columns not read, inputs without a column, text in a
    /// legacy encoding; what the figures rest on, which the report a district forwards says.
    /// </summary>
    public IReadOnlyList<string> FileNotes { get; init; } = [];

    /// <summary>
    /// What the sets applied leave out: communes of a province that has sets of its own evaluated against the
    /// national ones, or of other provinces against a province's.
    /// </summary>
    public IReadOnlyList<string> SetNotes { get; init; } = [];

    /// <summary>Where the data gives a lower tier's result otherwise than the chain computes it.</summary>
    public IReadOnlyList<PrerequisiteNote> PrerequisiteNotes { get; init; } = [];

    /// <summary>
    /// Problems of rejected rows past the ones <see cref="Rejected"/> lists (a report lists the first 10,000).
    /// </summary>
    public long ProblemsNotListed { get; init; }
}

/// <summary>
/// Communes whose data gives a lower tier's result (a yes/no column such as "is an advanced commune") otherwise than
/// the chain computes it, counted per indicator and value: the chain's result was evaluated. The first rows are kept.
/// </summary>
internal sealed record PrerequisiteNote(
    PrerequisiteDisagreement Disagreement,
    int Communes,
    IReadOnlyList<long> FirstRows
)
{
    public const int RowsKept = 10;

    /// <summary>The disagreements of a run, per indicator and given value, as they are met.</summary>
    public static void Add(
        Dictionary<(string Set, string Indicator, bool Given), PrerequisiteNote> notes,
        long row,
        TierReport tiers
    )
    {
        foreach (var disagreement in tiers.PrerequisiteDisagreements)
        {
            // Keyed by names: an indicator is a record, and hashing one for every commune reads all its thresholds.
            var key = (disagreement.Set.Id, disagreement.Indicator.Number, disagreement.Given);
            var note = notes.GetValueOrDefault(key) ?? new PrerequisiteNote(disagreement, 0, []);
            notes[key] = note with
            {
                Communes = note.Communes + 1,
                FirstRows = note.FirstRows.Count < RowsKept ? [.. note.FirstRows, row] : note.FirstRows,
            };
        }
    }
}

/// <summary>
/// A commune whose group in the data its own facts contradict; it is evaluated in the group the data gives.
/// </summary>
internal sealed record GroupContradiction(long Row, string? Id, string? Name, int Given, int Derived);

/// <summary>
/// One evaluated row as the reports show it: per chain the tier, and for the next tier the indicators not achieved and
/// those without data (open thresholds are counted in the summary, not listed per commune).
/// </summary>
internal sealed record LocalityLine(long Row, LocalityEvaluation Evaluation)
{
    /// <summary>
    /// The outcomes a report counts a set's criteria by, besides achieved; an evaluation error counts as not achieved.
    /// </summary>
    public static readonly Outcome[] CriteriaOutcomes =
    [
        Outcome.NotAchieved,
        Outcome.MissingData,
        Outcome.ThresholdNotSet,
        Outcome.NotEncoded,
    ];

    /// <summary>
    /// The numbers of the next tier's indicators in a column of <see cref="CriteriaOutcomes"/> (an evaluation error
    /// among those not achieved).
    /// </summary>
    public static IEnumerable<string> Numbers(TierReport tiers, Outcome column) =>
        tiers.Gap.Where(i => CountsIn(i.Outcome, column)).Select(i => i.Indicator.Number);

    /// <summary>
    /// How many of a report's criteria have each of <see cref="CriteriaOutcomes"/> (an evaluation error counts as not
    /// achieved).
    /// </summary>
    public static int[] CriteriaCounts(SetReport report) =>
        [.. CountedInColumn.Select(outcomes => outcomes.Sum(report.CriteriaWith))];

    // The outcomes each column of CriteriaOutcomes counts, worked out once.
    private static readonly Outcome[][] CountedInColumn =
    [
        .. CriteriaOutcomes.Select(column =>
            Enum.GetValues<Outcome>().Where(outcome => CountsIn(outcome, column)).ToArray()
        ),
    ];

    /// <summary>
    /// Whether a criterion's outcome is counted in a column of <see cref="CriteriaOutcomes"/>: its own, or not achieved
    /// for an evaluation error.
    /// </summary>
    public static bool CountsIn(Outcome outcome, Outcome column) =>
        outcome == column || (column == Outcome.NotAchieved && outcome == Outcome.EvaluationError);

    /// <summary>
    /// How many communes a summary counts for a criterion in a column of <see cref="CriteriaOutcomes"/>.
    /// </summary>
    public static int CriteriaWith(CriterionSummary criterion, Outcome column) =>
        criterion.Outcomes.Where(o => CountsIn(o.Key, column)).Sum(o => o.Value);
}

/// <summary>Writes the result of <c>ntm evaluate</c> in one format, commune by commune, then the summary.</summary>
internal abstract class EvaluationReport : IDisposable
{
    protected EvaluationReport(EvaluationRun run) => Run = run;

    protected EvaluationRun Run { get; }

    protected Texts T => Run.Texts;

    /// <summary>
    /// The report of a format, written to <paramref name="output"/> (or, for a text format without one, to
    /// <paramref name="console"/>).
    /// </summary>
    /// <exception cref="CliUsageException">A workbook is asked for without a file to write it to.</exception>
    public static EvaluationReport For(string format, OutputFile? output, TextWriter console, EvaluationRun run)
    {
        if (format == "xlsx")
        {
            return output is null
                ? throw new CliUsageException(run.Texts.XlsxNeedsOut)
                : new XlsxEvaluationReport(output.CreateStream(), run);
        }

        var writer = output?.CreateText(byteOrderMark: format == "csv") ?? console;
        return format switch
        {
            "csv" => new CsvEvaluationReport(writer, run),
            "json" => new JsonEvaluationReport(writer, run),
            "html" => new HtmlEvaluationReport(writer, run),
            _ => new DocumentEvaluationReport(DocumentWriter.For(format, writer, run.Texts), run),
        };
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a report holds while it is written (the temporary sheets of a workbook).</summary>
    protected virtual void Dispose(bool disposing) { }

    /// <summary>
    /// Whether the report lists rejected rows and group contradictions itself; otherwise the command lists them on
    /// standard error.
    /// </summary>
    public virtual bool ListsRejectedRows => true;

    public abstract void Write(LocalityLine line);

    public abstract void Finish(EvaluationTotals totals);

    private const int MostMissedShown = 10;

    /// <summary>
    /// The data file, its format and decimal separator, the rows read, evaluated, rejected and left out, and the
    /// release of ntm the report was made with.
    /// </summary>
    protected string FileLine(EvaluationTotals totals) =>
        Run.Texts.InputLine(Run.File, Run.Format, Run.Digest, totals)
        + (Run.AsOfFromYear is { } year ? " " + Run.Texts.AsOfFromYear(year) : "")
        + (Run.Columns.Count > 0 ? " " + Run.Texts.ColumnsReadAs(Run.Columns) : "")
        + (Run.NamesAsIds is { } names ? " " + Run.Texts.KnownByNames(names) : "")
        + " "
        + Run.Texts.MadeWith(NtmVersion.Current);

    /// <summary>
    /// The heading of the table by group: by district, by the former district (read as such, or named by
    /// <c>--group-by</c>), by the <c>--group-by</c> column, or by province where the data has no district (2026 on:
    /// districts were abolished in 2025).
    /// </summary>
    protected string ByGroupHeading(bool anyDistrict) =>
        !anyDistrict ? Run.Texts.ByProvinceHeading
        : Run.FormerDistricts ? Run.Texts.ByFormerDistrictHeading
        : Run.GroupColumn is { } column ? Run.Texts.ByGroupHeading(column)
        : Run.Texts.ByDistrictHeading;

    /// <summary>The title of the districts' column: the former district, the <c>--group-by</c> column, or the district.</summary>
    protected string DistrictTitle => Run.FormerDistricts ? T.FormerDistrict : Run.GroupColumn ?? T.District;

    /// <summary>
    /// Whether the table by group has a column of provinces: its groups where the data has no district, beside the
    /// districts where the data has provinces too (a district's own file has none).
    /// </summary>
    protected bool GroupsHaveProvince(bool anyDistrict) => !anyDistrict || Run.HasProvinceColumn;

    /// <summary>
    /// The groups that table has a row for: the districts, or the provinces where the data has no district; none for a
    /// file with neither, which has no such table.
    /// </summary>
    protected static IEnumerable<GroupSummary> Groups(BatchSummary summary, bool anyDistrict) =>
        anyDistrict ? summary.ByDistrict : summary.ByProvince;

    /// <summary>
    /// The table by group: each group's communes, per chain those reaching its first tier (or, with
    /// <paramref name="everyTier"/>, each of its tiers) and the average criteria of its first set.
    /// </summary>
    protected Grid ByGroup(BatchSummary summary, bool anyDistrict, bool everyTier = false)
    {
        var t = Run.Texts;
        var severalChains = Run.Batch.Chains.Length > 1;
        var withProvince = GroupsHaveProvince(anyDistrict);
        var columns = withProvince ? new List<GridColumn> { new(t.Province) } : [];
        if (anyDistrict)
        {
            columns.Add(new(DistrictTitle));
        }

        columns.Add(new(t.LocalityCount, AlignRight: true));
        foreach (var chain in Run.Batch.Chains)
        {
            var period = severalChains ? chain.Sets[0].Period + " " : "";
            columns.AddRange(
                TiersListed(chain).Select(set => new GridColumn(period + t.TierName(set.Tier), AlignRight: true))
            );
            columns.Add(new($"{period}{t.CriteriaShort} ({t.Criteria})", AlignRight: true));
        }

        IEnumerable<CriteriaSet> TiersListed(TierChain chain) => everyTier ? chain.Sets : [chain.Sets[0]];

        var rows = Groups(summary, anyDistrict)
            .Select(group =>
            {
                var cells = withProvince ? new List<string> { group.Province ?? t.NotGiven } : [];
                if (anyDistrict)
                {
                    cells.Add(group.District ?? t.NotGiven);
                }

                cells.Add(t.Count(group.LocalityCount));
                for (var c = 0; c < Run.Batch.Chains.Length; c++)
                {
                    var head = group[Run.Batch.Chains[c].Sets[0].Id];
                    var chain = group.Chains[c];
                    cells.AddRange(
                        TiersListed(Run.Batch.Chains[c]).Select(set => chain.Reaching(set.Tier).ToString(t.Numbers))
                    );
                    cells.Add(
                        head.Set.IsEncoded
                            ? $"{t.Average(head.AverageCriteriaAchieved)}/{head.Set.Criteria.Length}"
                            : t.NotEncoded
                    );
                }

                return (IReadOnlyList<string>)[.. cells];
            });
        return new Grid(columns, [.. rows]);
    }

    /// <summary>The communes whose given group their facts contradict.</summary>
    protected Grid GroupContradictionsGrid(IReadOnlyList<GroupContradiction> contradictions) =>
        new(
            [
                new(Run.Texts.Row, AlignRight: true),
                new(Run.Texts.Id),
                new(Run.Texts.Name),
                new(Run.Texts.GroupGiven, AlignRight: true),
                new(Run.Texts.GroupFromFacts, AlignRight: true),
            ],
            [
                .. contradictions.Select(c =>
                    (IReadOnlyList<string>)
                        [
                            c.Row.ToString(Run.Texts.Numbers),
                            c.Id ?? "",
                            c.Name ?? "",
                            c.Given.ToString(Run.Texts.Numbers),
                            c.Derived.ToString(Run.Texts.Numbers),
                        ]
                ),
            ]
        );

    /// <summary>The problems of the rejected rows: row, column, value, reason.</summary>
    protected Grid RejectedGrid(IReadOnlyList<RowError> rejected) =>
        new(
            [new(Run.Texts.Row, AlignRight: true), new(Run.Texts.Column), new(Run.Texts.Value), new(Run.Texts.Problem)],
            [
                .. rejected.Select(e =>
                    (IReadOnlyList<string>)[e.Row.ToString(Run.Texts.Numbers), e.Column ?? "", e.Value ?? "", e.Message]
                ),
            ]
        );

    /// <summary>
    /// The outcomes the table of criteria counts beside those achieving each: not encoded too where a criterion is
    /// given in part, whose localities achieving every indicator given are not encoded, so that each row adds up.
    /// </summary>
    protected static IReadOnlyList<Outcome> CriteriaColumns(SetSummary set) =>
        set.Set.Criteria.Any(c => c.IsPartlyEncoded)
            ? LocalityLine.CriteriaOutcomes
            : LocalityLine.CriteriaOutcomes[..^1];

    /// <summary>
    /// The indicators of a set most often not achieved, with their pass rates; a line where none was, rather than an
    /// empty table.
    /// </summary>
    protected Block MostMissed(SetSummary set) =>
        !set.Indicators.Any(i => i.Missed > 0)
            ? new Paragraph(Run.Texts.NoIndicatorMissedLine)
            : new Grid(
                [
                    new(Run.Texts.Number),
                    new(Run.Texts.Indicator),
                    new(Run.Texts.MissedBy, AlignRight: true),
                    new(Run.Texts.PassRate, AlignRight: true),
                ],
                [
                    .. set
                        .Indicators.Where(i => i.Missed > 0)
                        // A stable sort: indicators missed as often stay in official order (8.2 before 13.3).
                        .OrderByDescending(i => i.Missed)
                        .Take(MostMissedShown)
                        .Select(i =>
                            (IReadOnlyList<string>)
                                [
                                    i.Indicator.Number,
                                    Run.Texts.Text(i.Indicator.Name),
                                    Run.Texts.Count(i.Missed),
                                    Run.Texts.Percent(i.PassRate),
                                ]
                        ),
                ]
            );

    /// <summary>
    /// The summary's sets that open a chain (the standard tier's), whose most-missed indicators are listed.
    /// </summary>
    protected IEnumerable<SetSummary> ChainHeads(GroupSummary group) =>
        Run.Batch.Chains.Select(c => group[c.Sets[0].Id]);

    /// <summary>
    /// The chains' first sets whose tables and charts have something to show: none when no locality was evaluated
    /// (every row rejected), where each share would be 0 of 0.
    /// </summary>
    protected IEnumerable<SetSummary> ChainHeadsWithFigures(GroupSummary group) =>
        HasFigures(group) ? ChainHeads(group) : [];

    /// <summary>The chains' tiers reached, to show as lines and charts: none when no locality was evaluated.</summary>
    protected static IEnumerable<ChainSummary> ChainsWithFigures(GroupSummary group) =>
        HasFigures(group) ? group.Chains : [];

    private static bool HasFigures(GroupSummary group) => group.LocalityCount > 0;

    /// <summary>
    /// What the figures rest on that the sources leave open or unconfirmed, or the data leaves without a value, a
    /// sentence each: the thresholds still open in the first chain's set, for each set the communes some of whose
    /// outcomes rest on unconfirmed values, and its indicators that had no value for some communes.
    /// </summary>
    protected IEnumerable<string> FigureNotes(GroupSummary overall)
    {
        if (SetCompleteness.Of(ChainHeads(overall).First().Set).ThresholdsOpen is var open and > 0)
        {
            yield return T.OpenThresholdsLine(open);
        }

        foreach (var set in overall.Sets.Where(s => s.LocalitiesOnUnconfirmedValues > 0))
        {
            yield return T.UnconfirmedValuesLine(set);
        }

        foreach (var set in overall.Sets)
        {
            var withoutValue = set
                .Indicators.Where(i => i.Outcomes[Outcome.EvaluationError] > 0)
                .Select(i => (i.Indicator.Number, i.Outcomes[Outcome.EvaluationError]))
                .ToList();
            if (withoutValue.Count > 0)
            {
                yield return T.NoValueLine(set.Set, withoutValue);
            }
        }
    }
}

/// <summary>The <c>table</c> and <c>markdown</c> formats: a report for people, in the chosen language.</summary>
internal sealed class DocumentEvaluationReport(DocumentWriter writer, EvaluationRun run) : EvaluationReport(run)
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _provinces = [];
    private readonly Dictionary<string, string> _heldTexts = new(StringComparer.Ordinal);
    private bool _anyDistrict;

    private bool SeveralChains => Run.Batch.Chains.Length > 1;

    public override void Write(LocalityLine line)
    {
        var locality = line.Evaluation.Locality;
        var cells = new List<string>
        {
            line.Row.ToString(T.Numbers),
            locality.Id ?? "",
            locality.Name ?? "",
            Held(locality.District ?? ""),
        };
        _anyDistrict |= locality.District is not null;
        _provinces.Add(Held(locality.Province ?? ""));
        foreach (var tiers in line.Evaluation.Tiers)
        {
            if (CommuneDetail.GroupRuleOf(tiers) is { } groups)
            {
                cells.Add(groups.GroupOf(locality.Inputs) is { } group ? Held(T.Count(group)) : T.GroupUnknown);
            }

            foreach (var report in tiers.Chain)
            {
                var encoded = report.Set.IsEncoded;
                cells.Add(encoded ? Held($"{report.CriteriaAchieved}/{report.CriteriaTotal}") : T.NotEncoded);
                cells.Add(encoded ? Held($"{report.IndicatorsAchieved}/{report.IndicatorsTotal}") : T.NotEncoded);
            }

            cells.Add(T.TierName(tiers.Reached));
            var counts = tiers.NextReport is { } next ? LocalityLine.CriteriaCounts(next) : null;
            cells.AddRange(
                LocalityLine.CriteriaOutcomes.Select((_, o) => counts is null ? "" : Held(T.Count(counts[o])))
            );
            cells.Add(Held(string.Join(" ", LocalityLine.Numbers(tiers, Outcome.NotAchieved))));
            cells.Add(Held(string.Join(" ", LocalityLine.Numbers(tiers, Outcome.MissingData))));
        }

        _rows.Add([.. cells]);
    }

    // The rows are held until the table's widths are known; all but a commune's own cells repeat from row to row
    // ("6/19", a district, the same indicators missed), and are held once.
    private string Held(string text)
    {
        if (!_heldTexts.TryGetValue(text, out var held))
        {
            _heldTexts.Add(text, held = text);
        }

        return held;
    }

    public override void Finish(EvaluationTotals totals)
    {
        var overall = totals.Summary.Overall;
        writer.Write(new Heading(1, T.EvaluatedHeading(overall.LocalityCount, Run.AsOf)));
        writer.Write(new Paragraph(FileLine(totals)));

        writer.Write(new Bullets([.. Run.Batch.Chains.SelectMany(c => c.Sets).Select(T.SetLine)]));

        writer.Write(new Heading(2, T.PerLocalityHeading));
        writer.Write(new Paragraph(T.LegendText));
        var anyPlace = _anyDistrict || _provinces.Any(p => p.Length > 0);
        for (var i = 0; i < _rows.Count; i++)
        {
            // Data without districts (2026 on) shows each commune's province in the district's place; data that names
            // neither (a file of provinces) has no such column.
            _rows[i] =
                _anyDistrict ? _rows[i]
                : anyPlace ? [.. _rows[i][..3], _provinces[i], .. _rows[i][4..]]
                : [.. _rows[i][..3], .. _rows[i][4..]];
        }

        writer.Write(new Grid(CommuneColumns(anyPlace), _rows));

        writer.Write(new Heading(2, T.SummaryHeading));
        writer.Write(new Bullets([.. TierLines(overall), .. overall.Sets.Select(T.Averages)]));
        foreach (var note in FigureNotes(overall).Concat(totals.SetNotes))
        {
            writer.Write(new Paragraph(note));
        }

        if (totals.RowsRejected > 0)
        {
            writer.Write(new Paragraph(T.RowsRejectedLine(totals.RowsRejected)));
        }

        if (totals.FileNotes.Count > 0)
        {
            writer.Write(new Heading(2, T.FileNotesHeading));
            writer.Write(new Bullets([.. totals.FileNotes]));
        }

        // Data from 2026 on has no district (districts were abolished in 2025): the table groups by province then.
        if (Groups(totals.Summary, _anyDistrict).Any())
        {
            writer.Write(new Heading(2, ByGroupHeading(_anyDistrict)));
            writer.Write(ByGroup(totals.Summary, _anyDistrict));
        }

        foreach (var head in ChainHeadsWithFigures(overall))
        {
            var of = SeveralChains ? $" — {head.Set.Id}" : "";
            if (head.Criteria.IsEmpty)
            {
                // A set whose criteria the sources do not list has no table to show, only why.
                writer.Write(new Paragraph(T.SetNotEncodedLine(head.Set)));
                continue;
            }

            writer.Write(new Heading(2, T.CriteriaAchievedHeading + of));
            writer.Write(
                new Grid(
                    [
                        new(T.Number),
                        new(T.Criterion),
                        new(T.LocalitiesAchieving, AlignRight: true),
                        .. CriteriaColumns(head).Select(o => new GridColumn(T.OutcomeName(o), AlignRight: true)),
                        new(T.Share, AlignRight: true),
                    ],
                    [
                        .. head.Criteria.Select(c =>
                            (IReadOnlyList<string>)(
                                c.Criterion.IsEncoded
                                    ?
                                    [
                                        c.Criterion.Number,
                                        T.CriterionName(c.Criterion),
                                        T.Count(c.Achieved),
                                        .. CriteriaColumns(head).Select(o => T.Count(LocalityLine.CriteriaWith(c, o))),
                                        T.Percent(c.PassRate),
                                    ]
                                    :
                                    [
                                        c.Criterion.Number,
                                        T.Text(c.Criterion.Name),
                                        T.NotEncoded,
                                        .. CriteriaColumns(head).Select(_ => ""),
                                        "",
                                    ]
                            )
                        ),
                    ]
                )
            );
            if (T.PartialCriteriaLine(head.Set.Criteria) is { } partial)
            {
                writer.Write(new Paragraph(partial));
            }

            if (!head.Set.IsEncoded)
            {
                // Bands and misses of a set no data can achieve would read as every commune failing it.
                writer.Write(new Paragraph(T.SetNotEncodedLine(head.Set)));
                continue;
            }

            writer.Write(new Heading(2, T.BandsHeading + of));
            writer.Write(
                new Grid(
                    [
                        new(T.CriteriaAchievedColumn),
                        new(T.LocalityCount, AlignRight: true),
                        new(T.Share, AlignRight: true),
                    ],
                    [
                        .. CriteriaBand
                            .For(head.Set.Criteria.Length)
                            .Select(band =>
                            {
                                var communes = head.LocalitiesAchievingCriteria(band.From, band.To);
                                return (IReadOnlyList<string>)
                                    [
                                        T.Band(band, head.Set.Criteria.Length),
                                        T.Count(communes),
                                        T.Percent(head.Evaluated == 0 ? 0 : (double)communes / head.Evaluated),
                                    ];
                            }),
                    ]
                )
            );
            writer.Write(new Heading(2, T.MostMissedHeading + of));
            writer.Write(MostMissed(head));
        }

        if (totals.PrerequisiteNotes.Count > 0)
        {
            writer.Write(new Heading(2, T.PrerequisiteNotesHeading));
            writer.Write(new Paragraph(T.PrerequisiteNotesLine));
            writer.Write(
                new Grid(
                    [
                        new(T.Indicator),
                        new(T.Column),
                        new(T.GivenInData),
                        new(T.ChainResult),
                        new(T.LocalityCount, AlignRight: true),
                        new(T.Rows),
                    ],
                    [
                        .. totals.PrerequisiteNotes.Select(n =>
                            (IReadOnlyList<string>)
                                [
                                    $"{n.Disagreement.Set.Id} {n.Disagreement.Indicator.Number}",
                                    n.Disagreement.Indicator.Input,
                                    T.YesNo(n.Disagreement.Given),
                                    T.TierResult(n.Disagreement.Prerequisite, n.Disagreement.Computed),
                                    T.Count(n.Communes),
                                    string.Join(", ", n.FirstRows.Select(r => r.ToString(T.Numbers)))
                                        + (n.Communes > n.FirstRows.Count ? ", …" : ""),
                                ]
                        ),
                    ]
                )
            );
        }

        if (totals.GroupContradictions.Count > 0)
        {
            writer.Write(new Heading(2, T.GroupContradictionsHeading));
            writer.Write(new Paragraph(T.GroupContradictionsLine(totals.GroupContradictions.Count)));
            writer.Write(GroupContradictionsGrid(totals.GroupContradictions));
        }

        if (totals.Rejected.Count > 0)
        {
            writer.Write(new Heading(2, T.RejectedHeading));
            writer.Write(RejectedGrid(totals.Rejected));
            if (totals.ProblemsNotListed > 0)
            {
                writer.Write(new Paragraph(T.ProblemsNotListed(totals.ProblemsNotListed)));
            }
        }
    }

    private List<GridColumn> CommuneColumns(bool withPlace)
    {
        var columns = new List<GridColumn> { new(T.Row, AlignRight: true), new(T.Id), new(T.Name) };
        if (withPlace)
        {
            columns.Add(new(_anyDistrict ? DistrictTitle : T.Province));
        }

        foreach (var chain in Run.Batch.Chains)
        {
            var period = SeveralChains ? chain.Sets[0].Period + " " : "";
            if (CommuneDetail.GroupRuleOf(chain.Sets) is not null)
            {
                columns.Add(new(period + T.CommuneGroupColumn, AlignRight: true));
            }

            foreach (var set in chain.Sets)
            {
                columns.Add(new($"{period}{T.TierName(set.Tier)} {T.CriteriaShort}", AlignRight: true));
                columns.Add(new($"{period}{T.TierName(set.Tier)} {T.IndicatorsShort}", AlignRight: true));
            }

            columns.Add(new(period + T.Tier));
            columns.AddRange(T.CriteriaByOutcomeForNext.Select(c => new GridColumn(period + c, AlignRight: true)));
            columns.Add(new(period + T.NotAchievedForNext));
            columns.Add(new(period + T.MissingDataForNext));
        }

        return columns;
    }

    private IEnumerable<string> TierLines(GroupSummary group) =>
        ChainsWithFigures(group)
            .SelectMany(chain =>
                chain.Highest.Select(t =>
                    T.ReachingTier(chain.Reaching(t.Tier), group.LocalityCount, t.Tier)
                    + (SeveralChains ? $" ({chain.Chain.Sets[0].Period})" : "")
                )
            );
}
