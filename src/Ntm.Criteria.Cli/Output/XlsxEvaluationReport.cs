using Ntm.Criteria.Cli.Output.Spreadsheets;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The <c>xlsx</c> format: a workbook a district can forward as it is. Its sheets: the summary; each commune's criteria
/// and each commune's indicators, every cell saying its outcome in words and by colour, with filters and frozen panes;
/// the table by district (or province, or the grouping column); each indicator's pass rate; and the rejected rows
/// with their reasons. Numbers are numbers. The two per-commune sheets are written to temporary files as the communes
/// come, and the workbook is put together at the end, so that memory does not grow with the communes.
/// </summary>
internal sealed class XlsxEvaluationReport : EvaluationReport
{
    private const int SetColumns = 2;

    // Points: four lines of a wrapped heading ("3. Thủy lợi và phòng, chống thiên tai").
    private const double HeadingHeight = 60;

    // Points: two lines, for the summary's headings.
    private const double TwoLines = 32;

    private readonly Stream _output;
    private readonly SharedWords _words = new();
    private readonly Stream _communesXml = TemporaryFile();
    private readonly Stream _indicatorsXml = TemporaryFile();
    private readonly SheetWriter _communes;
    private readonly SheetWriter _indicators;
    private bool _anyDistrict;

    public XlsxEvaluationReport(Stream output, EvaluationRun run)
        : base(run)
    {
        _output = output;
        _communes = new SheetWriter(_communesXml, CommunesLayout(), _words, T);
        _indicators = new SheetWriter(_indicatorsXml, IndicatorsLayout(), _words, T);
        WriteCommuneHeaders();
        WriteIndicatorHeaders();
    }

    private IEnumerable<CriteriaSet> Sets => Run.Batch.Chains.SelectMany(c => c.Sets);

    public override void Write(LocalityLine line)
    {
        var locality = line.Evaluation.Locality;
        _anyDistrict |= locality.District is not null;
        var identity = Identity(line.Row, locality).ToList();
        var communeRow = new List<SheetCell>(identity);
        var indicatorRow = new List<SheetCell>(identity);
        foreach (var tiers in line.Evaluation.Tiers)
        {
            if (CommuneDetail.GroupRuleOf(tiers) is { } groups)
            {
                communeRow.Add(
                    groups.GroupOf(locality.Inputs) is { } group ? SheetCell.Of(group) : SheetCell.Word(T.GroupUnknown)
                );
            }

            communeRow.Add(SheetCell.Word(T.TierName(tiers.Reached)));
            communeRow.Add(tiers.Next is { } next ? SheetCell.Word(T.TierName(next)) : SheetCell.Empty);
            // As the text report lists them: an open threshold is the sources' gap, counted in the summary, not the
            // commune's.
            communeRow.Add(Numbers(tiers, Ntm.Criteria.Outcome.NotAchieved));
            communeRow.Add(Numbers(tiers, Ntm.Criteria.Outcome.MissingData));
            foreach (var report in tiers.Chain)
            {
                // A set none of whose indicators the sources give achieves nothing to count, as the table says.
                var notEncoded = SheetCell.Word(T.NotEncoded, ReportStyle.NotEncoded);
                communeRow.Add(report.Set.IsEncoded ? SheetCell.Of(report.CriteriaAchieved) : notEncoded);
                communeRow.Add(report.Set.IsEncoded ? SheetCell.Of(report.IndicatorsAchieved) : notEncoded);
                communeRow.AddRange(report.Criteria.Select(c => Outcome(c.Outcome)));
                indicatorRow.AddRange(report.Indicators.Select(i => Outcome(i.Outcome)));
            }
        }

        _communes.Row(communeRow);
        _indicators.Row(indicatorRow);
    }

    public override void Finish(EvaluationTotals totals)
    {
        _communes.Complete();
        _indicators.Complete();
        using var package = new XlsxPackage(_output, _words, T);
        package.WriteSheet(
            T.SummaryHeading,
            new SheetLayout([34, 58, 16, 16, 16, 16, 16], OnePageWide: true),
            sheet => Summary(sheet, totals)
        );
        package.CopySheet(T.PerLocalityHeading, _communesXml, _communes);
        package.CopySheet(T.IndicatorsByLocalitySheet, _indicatorsXml, _indicators);
        var groups = Groups(totals.Summary, _anyDistrict).ToList();
        if (groups.Count > 0)
        {
            package.WriteSheet(
                SheetName(ByGroupHeading(_anyDistrict)),
                new SheetLayout(
                    [
                        .. GroupsHaveProvince(_anyDistrict) ? new double[] { 20 } : [],
                        .. _anyDistrict ? new double[] { 24 } : [],
                        10,
                        .. Sets.SelectMany(_ => new double[] { 14, 14 }),
                    ],
                    FrozenRows: 1,
                    FilterRow: 1,
                    OnePageWide: true
                ),
                sheet => ByGroup(sheet, groups, _anyDistrict)
            );
        }
        package.WriteSheet(
            T.IndicatorsSheet,
            new SheetLayout([30, 8, 60, 10, 10, 10, 10, 10, 10, 10], FrozenRows: 1, FilterRow: 1, OnePageWide: true),
            sheet => IndicatorPassRates(sheet, totals.Summary.Overall)
        );
        package.WriteSheet(
            T.RejectedHeading,
            new SheetLayout([8, 30, 30, 90], FrozenRows: 1, FilterRow: 1, OnePageWide: true),
            sheet => Rejected(sheet, totals)
        );
        package.Finish();
    }

    protected override void Dispose(bool disposing)
    {
        _communes.Dispose();
        _indicators.Dispose();
        _communesXml.Dispose();
        _indicatorsXml.Dispose();
        base.Dispose(disposing);
    }

    // Sheets written as the communes come wait in files that go when they are closed, whatever ends the run.
    private static FileStream TemporaryFile() =>
        new(
            Path.Combine(Path.GetTempPath(), $"ntm-{Guid.NewGuid():N}.xml"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 16,
            FileOptions.DeleteOnClose
        );

    // A sheet's name is at most 31 characters, without : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => ":\\/?*[]".IndexOf(c, StringComparison.Ordinal) < 0)]);
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private SheetCell Outcome(Outcome outcome) => SheetCell.Word(T.OutcomeName(outcome), ReportStyles.Of(outcome));

    private static SheetCell Header(string text) => SheetCell.Of(text, ReportStyle.Header);

    // A share and an average as the other formats state them (ReportFigures): 199 of 200 is 99.5%, not 100%.
    private static SheetCell Share(double share) =>
        ReportFigures.Percent(share) is { Scale: > 0 } percent
            ? SheetCell.Of((double)(percent / 100), ReportStyle.FinePercent)
            : SheetCell.Of(share, ReportStyle.Percent);

    private static SheetCell Average(double average) =>
        SheetCell.Of((double)ReportFigures.Average(average), ReportStyle.Decimal);

    // The columns that say which commune a row is; a file without districts (2026 on) or provinces (a district's own)
    // gives no empty column of them.
    private IEnumerable<SheetCell> Identity(long row, Locality locality) =>
        [
            SheetCell.Of(row, ReportStyle.Plain),
            SheetCell.Of(locality.Id),
            SheetCell.Of(locality.Name),
            .. Run.HasDistrictColumn ? [SheetCell.Of(locality.District)] : Array.Empty<SheetCell>(),
            .. Run.HasProvinceColumn ? [SheetCell.Of(locality.Province)] : Array.Empty<SheetCell>(),
        ];

    private IEnumerable<SheetCell> IdentityHeaders() =>
        [
            Header(T.Row),
            Header(T.Id),
            Header(T.Name),
            .. Run.HasDistrictColumn ? [Header(DistrictTitle)] : Array.Empty<SheetCell>(),
            .. Run.HasProvinceColumn ? [Header(T.Province)] : Array.Empty<SheetCell>(),
        ];

    private IEnumerable<double> IdentityWidths() =>
        [
            8,
            12,
            22,
            .. Run.HasDistrictColumn ? new[] { 18.0 } : Array.Empty<double>(),
            .. Run.HasProvinceColumn ? new[] { 14.0 } : Array.Empty<double>(),
        ];

    private SheetLayout CommunesLayout() =>
        new(
            [
                .. IdentityWidths(),
                .. Run.Batch.Chains.SelectMany(chain =>
                    (HasGroups(chain) ? new double[] { 10, 12, 12, 24, 24 } : [12, 12, 24, 24]).Concat(
                        chain.Sets.SelectMany(set => Enumerable.Repeat(11.0, SetColumns + set.Criteria.Length))
                    )
                ),
            ],
            FrozenRows: 2,
            FrozenColumns: 3,
            FilterRow: 2
        );

    private SheetLayout IndicatorsLayout() =>
        new(
            [.. IdentityWidths(), .. Sets.SelectMany(set => Enumerable.Repeat(11.0, set.Indicators.Count()))],
            FrozenRows: 2,
            FrozenColumns: 3,
            FilterRow: 2
        );

    // Two header rows: each set's name over its columns, then each column's own heading.
    private void WriteCommuneHeaders()
    {
        var groups = new List<SheetCell>(
            Enumerable.Repeat(SheetCell.Of("", ReportStyle.Header), IdentityHeaders().Count())
        );
        var headings = new List<SheetCell>(IdentityHeaders());
        var merges = new List<(int From, int To)>();
        foreach (var chain in Run.Batch.Chains)
        {
            var chainHeadings = new List<SheetCell>
            {
                Header(T.Tier),
                Header(T.NextTier),
                Header(T.NotAchievedForNextColumn),
                Header(T.MissingDataForNextColumn),
            };
            if (HasGroups(chain))
            {
                chainHeadings.Insert(0, Header(T.CommuneGroupColumn));
            }

            merges.Add((groups.Count, groups.Count + chainHeadings.Count - 1));
            groups.AddRange(Group(chain.Sets[0].Id, chainHeadings.Count));
            headings.AddRange(chainHeadings);
            foreach (var set in chain.Sets)
            {
                merges.Add((groups.Count, groups.Count + SetColumns + set.Criteria.Length - 1));
                groups.AddRange(Group(SetHeading(set), SetColumns + set.Criteria.Length));
                headings.AddRange([Header(T.CriteriaAchievedColumn), Header(T.IndicatorsAchievedColumn)]);
                headings.AddRange(set.Criteria.Select(c => Header($"{c.Number}. {T.CriterionName(c)}")));
            }
        }

        _communes.Row(groups);
        merges.ForEach(m => _communes.MergeInRow(m.From, m.To));
        _communes.Row(headings, height: HeadingHeight);
    }

    private void WriteIndicatorHeaders()
    {
        var groups = new List<SheetCell>(
            Enumerable.Repeat(SheetCell.Of("", ReportStyle.Header), IdentityHeaders().Count())
        );
        var headings = new List<SheetCell>(IdentityHeaders());
        var merges = new List<(int From, int To)>();
        foreach (var set in Sets)
        {
            var indicators = set.Indicators.ToList();
            merges.Add((groups.Count, groups.Count + indicators.Count - 1));
            groups.AddRange(Group(SetHeading(set), indicators.Count));
            headings.AddRange(indicators.Select(i => Header($"{i.Number}. {T.Text(i.Name)}")));
        }

        _indicators.Row(groups);
        merges.ForEach(m => _indicators.MergeInRow(m.From, m.To));
        _indicators.Row(headings, height: 2 * HeadingHeight);
    }

    private static SheetCell Numbers(TierReport tiers, Outcome outcome) =>
        SheetCell.Of(string.Join(" ", LocalityLine.Numbers(tiers, outcome)), ReportStyle.Plain);

    // A chain of 2026-2030 sets places each commune in a group, which the chain's columns begin with.
    private static bool HasGroups(TierChain chain) => CommuneDetail.GroupRuleOf(chain.Sets) is not null;

    // A group's heading in the first of its cells, which are merged into one; a set without indicators has none.
    private static IEnumerable<SheetCell> Group(string heading, int columns) =>
        columns == 0 ? [] : Enumerable.Repeat(Header(string.Empty), columns - 1).Prepend(Header(heading));

    private string SetHeading(CriteriaSet set) => $"{T.TierName(set.Tier)} — {set.Id}@{set.Version}";

    private void Summary(SheetWriter sheet, EvaluationTotals totals)
    {
        var overall = totals.Summary.Overall;
        sheet.Row([SheetCell.Of(T.EvaluatedHeading(overall.LocalityCount, Run.AsOf), ReportStyle.Title)]);
        sheet.Row([SheetCell.Of(FileLine(totals))]);
        sheet.Row([SheetCell.Of(T.ColourLegend)]);
        sheet.Row([]);

        sheet.Row(
            [
                Header(T.Set),
                Header(T.Name),
                Header(T.Decision),
                Header(T.InForce),
                Header(T.InSources),
                Header(T.RuleFile),
            ],
            TwoLines
        );
        foreach (var set in Sets)
        {
            sheet.Row([
                SheetCell.Of($"{set.Id}@{set.Version}"),
                SheetCell.Of(T.Text(set.Name), ReportStyle.Plain),
                SheetCell.Of(T.Citation(set.LegalBasis), ReportStyle.Plain),
                SheetCell.Of(T.InForceRange(set)),
                SheetCell.Of(T.Completeness(SetCompleteness.Of(set)), ReportStyle.Plain),
                SheetCell.Of(T.SetSource(set) ?? T.ShippedWithNtm, ReportStyle.Plain),
            ]);
        }

        sheet.Row([]);
        sheet.Row([Header(T.Tier), Header(T.LocalityCount), Header(T.Share)]);
        foreach (var chain in overall.Chains)
        {
            var evaluated = Math.Max(1, overall.LocalityCount);
            foreach (var set in chain.Chain.Sets)
            {
                var reaching = chain.Reaching(set.Tier);
                sheet.Row([
                    SheetCell.Of(T.TierName(set.Tier) + (Run.Batch.Chains.Length > 1 ? $" ({set.Period})" : "")),
                    SheetCell.Of(reaching),
                    Share((double)reaching / evaluated),
                ]);
            }

            sheet.Row([SheetCell.Of(T.NoTier), SheetCell.Of(chain.NoTier), Share((double)chain.NoTier / evaluated)]);
        }

        sheet.Row([]);
        sheet.Row(
            [
                Header(T.Set),
                Header(T.AverageCriteria),
                Header(T.Total),
                Header(T.AverageIndicators),
                Header(T.Total),
                Header(T.AchievingSet),
            ],
            TwoLines
        );
        foreach (var summary in overall.Sets)
        {
            sheet.Row(
                summary.Set.IsEncoded && summary.Evaluated == 0
                    ? [SheetCell.Of(summary.Set.Id), SheetCell.Of(T.Averages(summary), ReportStyle.Plain)]
                : summary.Set.IsEncoded
                    ?
                    [
                        SheetCell.Of(summary.Set.Id),
                        Average(summary.AverageCriteriaAchieved),
                        SheetCell.Of(summary.Set.Criteria.Length),
                        Average(summary.AverageIndicatorsAchieved),
                        SheetCell.Of(summary.Indicators.Length),
                        SheetCell.Of(summary.Achieved),
                    ]
                : [SheetCell.Of(summary.Set.Id), SheetCell.Word(T.NotEncoded, ReportStyle.NotEncoded)]
            );
        }

        foreach (var head in ChainHeadsWithFigures(overall))
        {
            sheet.Row([]);
            if (!head.Set.IsEncoded)
            {
                sheet.Row([SheetCell.Of(T.SetNotEncodedLine(head.Set))]);
                continue;
            }

            sheet.Row([Header($"{T.BandsHeading} — {head.Set.Id}"), Header(T.LocalityCount), Header(T.Share)]);
            foreach (var band in CriteriaBand.For(head.Set.Criteria.Length))
            {
                var communes = head.LocalitiesAchievingCriteria(band.From, band.To);
                sheet.Row([
                    SheetCell.Of(T.Band(band, head.Set.Criteria.Length)),
                    SheetCell.Of(communes),
                    Share(head.Evaluated == 0 ? 0 : (double)communes / head.Evaluated),
                ]);
            }

            sheet.Row([]);
            sheet.Row(
                [
                    Header($"{T.CriteriaAchievedHeading} — {head.Set.Id}"),
                    Header(T.Criterion),
                    Header(T.LocalitiesAchieving),
                    .. CriteriaColumns(head).Select(o => Header(T.OutcomeName(o))),
                    Header(T.Share),
                ],
                TwoLines
            );
            foreach (var criterion in head.Criteria)
            {
                sheet.Row(
                    criterion.Criterion.IsEncoded
                        ?
                        [
                            SheetCell.Of(criterion.Criterion.Number),
                            SheetCell.Of(T.CriterionName(criterion.Criterion)),
                            SheetCell.Of(criterion.Achieved),
                            .. CriteriaColumns(head).Select(o => SheetCell.Of(LocalityLine.CriteriaWith(criterion, o))),
                            Share(criterion.PassRate),
                        ]
                        :
                        [
                            SheetCell.Of(criterion.Criterion.Number),
                            SheetCell.Of(T.Text(criterion.Criterion.Name)),
                            SheetCell.Word(T.NotEncoded, ReportStyle.NotEncoded),
                        ]
                );
            }

            if (T.PartialCriteriaLine(head.Set.Criteria) is { } partial)
            {
                sheet.Row([SheetCell.Of(partial)]);
            }
        }

        sheet.Row([]);
        foreach (var note in FigureNotes(overall).Concat(totals.SetNotes))
        {
            sheet.Row([SheetCell.Of(note)]);
        }

        if (totals.RowsRejected > 0)
        {
            sheet.Row([SheetCell.Of(T.RowsRejectedLine(totals.RowsRejected))]);
        }

        if (totals.FileNotes.Count > 0)
        {
            sheet.Row([]);
            sheet.Row([Header(T.FileNotesHeading)]);
            foreach (var note in totals.FileNotes)
            {
                sheet.Row([SheetCell.Of(note)]);
            }
        }

        if (totals.GroupContradictions.Count > 0)
        {
            sheet.Row([]);
            sheet.Row([SheetCell.Of(T.GroupContradictionsLine(totals.GroupContradictions.Count))]);
            sheet.Row([Header(T.Row), Header(T.Id), Header(T.Name), Header(T.GroupGiven), Header(T.GroupFromFacts)]);
            foreach (var c in totals.GroupContradictions)
            {
                sheet.Row([
                    SheetCell.Of(c.Row, ReportStyle.Plain),
                    SheetCell.Of(c.Id),
                    SheetCell.Of(c.Name),
                    SheetCell.Of(c.Given),
                    SheetCell.Of(c.Derived),
                ]);
            }
        }

        if (totals.PrerequisiteNotes.Count > 0)
        {
            sheet.Row([]);
            sheet.Row([SheetCell.Of(T.PrerequisiteNotesLine)]);
            foreach (var note in totals.PrerequisiteNotes)
            {
                sheet.Row([SheetCell.Of(T.PrerequisiteNoteLine(note))]);
            }
        }
    }

    // By province where the data has no districts (2026 on), as the other reports do: no empty district column, and no
    // empty province column beside the districts of a file without provinces.
    private void ByGroup(SheetWriter sheet, IEnumerable<GroupSummary> groups, bool anyDistrict)
    {
        var withProvince = GroupsHaveProvince(anyDistrict);
        List<SheetCell> headers =
        [
            .. withProvince ? [Header(T.Province)] : Array.Empty<SheetCell>(),
            .. anyDistrict ? [Header(DistrictTitle)] : Array.Empty<SheetCell>(),
            Header(T.LocalityCount),
        ];
        foreach (var set in Sets)
        {
            headers.Add(Header($"{T.TierName(set.Tier)}: {T.LocalityCount}"));
            headers.Add(Header($"{T.TierName(set.Tier)}: {T.AverageCriteria}"));
        }

        sheet.Row(headers, HeadingHeight);
        foreach (var group in groups)
        {
            List<SheetCell> cells =
            [
                .. withProvince ? [SheetCell.Of(group.Province ?? T.NotGiven)] : Array.Empty<SheetCell>(),
                .. anyDistrict ? [SheetCell.Of(group.District ?? T.NotGiven)] : Array.Empty<SheetCell>(),
                SheetCell.Of(group.LocalityCount),
            ];
            for (var c = 0; c < Run.Batch.Chains.Length; c++)
            {
                foreach (var set in Run.Batch.Chains[c].Sets)
                {
                    var summary = group[set.Id];
                    cells.Add(SheetCell.Of(group.Chains[c].Reaching(set.Tier)));
                    cells.Add(
                        set.IsEncoded
                            ? Average(summary.AverageCriteriaAchieved)
                            : SheetCell.Word(T.NotEncoded, ReportStyle.NotEncoded)
                    );
                }
            }

            sheet.Row(cells);
        }
    }

    private static readonly Outcome[] IndicatorColumns =
    [
        Criteria.Outcome.Achieved,
        Criteria.Outcome.NotAchieved,
        Criteria.Outcome.MissingData,
        Criteria.Outcome.ThresholdNotSet,
        Criteria.Outcome.NotApplicable,
    ];

    private void IndicatorPassRates(SheetWriter sheet, GroupSummary overall)
    {
        sheet.Row(
            [
                Header(T.Set),
                Header(T.Number),
                Header(T.Indicator),
                Header(T.LocalityCount),
                .. IndicatorColumns.Select(o => Header(T.OutcomeName(o))),
                Header(T.PassRate),
                Header(T.ThresholdStatus),
            ],
            TwoLines
        );
        foreach (var summary in overall.Sets)
        {
            foreach (var indicator in summary.Indicators)
            {
                sheet.Row([
                    SheetCell.Of($"{summary.Set.Id}@{summary.Set.Version}"),
                    SheetCell.Of(indicator.Indicator.Number),
                    SheetCell.Of(T.Text(indicator.Indicator.Name)),
                    SheetCell.Of(indicator.Evaluated),
                    .. IndicatorColumns.Select(o => SheetCell.Of(indicator.Outcomes[o])),
                    Share(indicator.PassRate),
                    SheetCell.Of(T.StatusName(ThresholdStatusOf(indicator.Indicator))),
                ]);
            }
        }
    }

    // What the indicator's outcomes rest on, as the office that signs needs to know: an unconfirmed value anywhere
    // (some region or group), else confirmed values, else none.
    private static ValueStatus ThresholdStatusOf(Indicator indicator) =>
        indicator.Thresholds.Where(t => t is { IsGeneral: false, IsSet: true }).ToList() switch
        {
            [] => ValueStatus.NotSet,
            var rows when rows.Any(t => t.Status == ValueStatus.Unconfirmed) => ValueStatus.Unconfirmed,
            _ => ValueStatus.Confirmed,
        };

    private void Rejected(SheetWriter sheet, EvaluationTotals totals)
    {
        sheet.Row([Header(T.Row), Header(T.Column), Header(T.Value), Header(T.Problem)]);
        foreach (var error in totals.Rejected)
        {
            sheet.Row([
                SheetCell.Of(error.Row, ReportStyle.Plain),
                SheetCell.Of(error.Column),
                SheetCell.Of(error.Value),
                SheetCell.Of(error.Message, ReportStyle.Plain),
            ]);
        }

        if (totals.ProblemsNotListed > 0)
        {
            sheet.Row([
                SheetCell.Empty,
                SheetCell.Empty,
                SheetCell.Empty,
                SheetCell.Of(T.ProblemsNotListed(totals.ProblemsNotListed)),
            ]);
        }
    }
}
