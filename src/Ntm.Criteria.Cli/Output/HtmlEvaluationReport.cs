namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The <c>html</c> format: one page to open, read on a phone, print on A4 or paste from. The headline figures; charts
/// of the communes per tier, by number of criteria achieved and achieving each criterion; the indicators most often
/// missed and the table by district; the communes closest to the next tier with what each misses and by how much; and
/// each commune's detail, folded until opened. A page of 100,000 communes would be read by nobody: it details the
/// first <see cref="DetailedCommunes"/> and says so, and keeps only those and the closest ones in memory.
/// </summary>
internal sealed class HtmlEvaluationReport(TextWriter writer, EvaluationRun run) : EvaluationReport(run)
{
    /// <summary>How many communes the page details; the workbook has them all.</summary>
    public const int DetailedCommunes = 100;

    private const int ClosestShown = 20;

    private readonly List<LocalityEvaluation> _detailed = [];

    // The closest communes so far, the farthest of them on top to be dropped first: by the next tier's criteria not
    // achieved, then the indicators it misses, then the row.
    private readonly PriorityQueue<LocalityLine, (int Criteria, int Indicators, long Row)> _closest = new(
        Comparer<(int, int, long)>.Create((a, b) => b.CompareTo(a))
    );

    private bool _anyDistrict;

    public override void Write(LocalityLine line)
    {
        _anyDistrict |= line.Evaluation.Locality.District is not null;
        if (_detailed.Count < DetailedCommunes)
        {
            _detailed.Add(line.Evaluation);
        }

        if (line.Evaluation.Tiers[0] is { NextReport: { Set.IsEncoded: true } next } tiers)
        {
            _closest.Enqueue(line, (next.CriteriaTotal - next.CriteriaAchieved, tiers.Gap.Count(), line.Row));
            if (_closest.Count > ClosestShown)
            {
                _closest.Dequeue();
            }
        }
    }

    public override void Finish(EvaluationTotals totals)
    {
        var document = new HtmlDocumentWriter(writer, T);
        document.Write(Blocks(totals));
        document.Close();
    }

    private IEnumerable<Block> Blocks(EvaluationTotals totals)
    {
        var overall = totals.Summary.Overall;
        yield return new Heading(1, T.EvaluatedHeading(overall.LocalityCount, Run.AsOf));
        yield return new Paragraph(FileLine(totals));
        yield return new Bullets([.. Run.Batch.Chains.SelectMany(c => c.Sets).Select(T.SetLine)]);
        yield return Headline(overall);
        yield return new Bullets([.. overall.Sets.Select(T.Averages)]);
        foreach (var note in FigureNotes(overall).Concat(totals.SetNotes))
        {
            yield return new Paragraph(note);
        }

        if (totals.FileNotes.Count > 0)
        {
            yield return new Heading(2, T.FileNotesHeading);
            yield return new Bullets([.. totals.FileNotes]);
        }

        foreach (var chain in ChainsWithFigures(overall))
        {
            var of = Run.Batch.Chains.Length > 1 ? $" — {chain.Chain.Sets[0].Id}" : "";
            yield return new Heading(2, T.TiersChartHeading + of);
            yield return TierChart(chain, overall.LocalityCount);
        }

        foreach (var head in ChainHeadsWithFigures(overall))
        {
            var of = Run.Batch.Chains.Length > 1 ? $" — {head.Set.Id}" : "";
            if (!head.Set.IsEncoded)
            {
                yield return new Paragraph(T.SetNotEncodedLine(head.Set));
                continue;
            }

            yield return new Heading(2, T.BandsHeading + of);
            yield return BandsChart(head);
            yield return new Heading(2, T.CriteriaShareHeading + of);
            yield return CriteriaChart(head);
            if (T.PartialCriteriaLine(head.Set.Criteria) is { } partial)
            {
                yield return new Paragraph(partial);
            }

            yield return new Heading(2, T.MostMissedHeading + of);
            yield return MostMissed(head);
        }

        if (Groups(totals.Summary, _anyDistrict).Any())
        {
            yield return new Heading(2, ByGroupHeading(_anyDistrict));
            yield return ByGroup(totals.Summary, _anyDistrict, everyTier: true);
        }

        if (_closest.Count > 0)
        {
            yield return new Heading(2, T.ClosestHeading);
            yield return new Paragraph(T.ClosestLine);
            foreach (var line in Closest())
            {
                foreach (var block in ClosestCommune(line))
                {
                    yield return block;
                }
            }
        }

        yield return new Heading(2, T.DetailsHeading);
        yield return new Paragraph(T.OpenDetail);
        if (overall.LocalityCount > _detailed.Count)
        {
            yield return new Paragraph(T.DetailsCapped(_detailed.Count, overall.LocalityCount));
        }

        foreach (var evaluation in _detailed)
        {
            yield return new Folded(
                $"{evaluation.Locality} — {T.TierName(evaluation.Tiers[0].Reached)}",
                [.. CommuneDetail.Blocks(evaluation, T, headingLevel: 4)]
            );
        }

        foreach (var block in Notes(totals))
        {
            yield return block;
        }
    }

    private Figures Headline(GroupSummary overall)
    {
        var figures = new List<Figure> { new(T.Count(overall.LocalityCount), T.LocalitiesEvaluated) };
        foreach (var chain in ChainsWithFigures(overall))
        {
            figures.AddRange(
                chain.Chain.Sets.Select(set =>
                {
                    var reaching = chain.Reaching(set.Tier);
                    return new Figure(
                        T.Count(reaching),
                        $"{T.TierName(set.Tier)} ({T.Percent(Share(reaching, overall.LocalityCount))})"
                    );
                })
            );
        }

        return new Figures(figures);
    }

    private Chart TierChart(ChainSummary chain, int communes)
    {
        var bars = chain
            .Chain.Sets.Select(set => (Label: T.TierName(set.Tier), Count: chain.Reaching(set.Tier)))
            .Prepend((Label: T.NoTier, Count: chain.NoTier))
            .Select(b => new ChartBar(b.Label, Share(b.Count, communes), Counted(b.Count, communes)))
            .ToList();
        return new Chart(T.TiersChartHeading, bars, Texts.ChartDescription(bars.Select(b => (b.Label, b.Value))));
    }

    private Chart BandsChart(SetSummary head)
    {
        var bars = CriteriaBand
            .For(head.Set.Criteria.Length)
            .Select(band =>
            {
                var communes = head.LocalitiesAchievingCriteria(band.From, band.To);
                return new ChartBar(
                    T.Band(band, head.Set.Criteria.Length),
                    Share(communes, head.Evaluated),
                    Counted(communes, head.Evaluated)
                );
            })
            .ToList();
        return new Chart(T.BandsHeading, bars, Texts.ChartDescription(bars.Select(b => (b.Label, b.Value))));
    }

    private Chart CriteriaChart(SetSummary head)
    {
        var bars = head
            .Criteria.Select(c => new ChartBar(
                $"{c.Criterion.Number}. {T.CriterionName(c.Criterion)}",
                c.Criterion.IsEncoded ? c.PassRate : 0,
                c.Criterion.IsEncoded ? ShareAndUndecided(c) : T.NotEncoded
            ))
            .ToList();
        return new Chart(T.CriteriaShareHeading, bars, Texts.ChartDescription(bars.Select(b => (b.Label, b.Value))));
    }

    // "40% · 3 threshold not set · 2 not encoded": the localities no data could decide, since the sources lack a
    // threshold or (for a criterion given in part) an indicator, stand beside the share they keep down.
    private string ShareAndUndecided(CriterionSummary criterion) =>
        string.Join(
            " · ",
            [
                T.Percent(criterion.PassRate),
                .. new[] { Outcome.ThresholdNotSet, Outcome.NotEncoded }
                    .Where(o => criterion.Outcomes[o] > 0)
                    .Select(o => $"{T.Count(criterion.Outcomes[o])} {T.OutcomeName(o)}"),
            ]
        );

    // "12 (40%)": a count and its share, so that a bar reads without its axis.
    private string Counted(int count, int of) => $"{T.Count(count)} ({T.Percent(Share(count, of))})";

    private static double Share(int count, int of) => of == 0 ? 0 : (double)count / of;

    private IEnumerable<LocalityLine> Closest()
    {
        var lines = new List<(LocalityLine Line, (int, int, long) Key)>();
        while (_closest.TryDequeue(out var line, out var key))
        {
            lines.Add((line, key));
        }

        return lines.OrderBy(l => l.Key).Select(l => l.Line);
    }

    private IEnumerable<Block> ClosestCommune(LocalityLine line)
    {
        var tiers = line.Evaluation.Tiers[0];
        var next = tiers.NextReport!;
        yield return new Heading(
            3,
            $"{line.Evaluation.Locality}: {T.TierName(tiers.Reached)} → {T.TierName(next.Set.Tier)}, "
                + $"{next.CriteriaAchieved}/{next.CriteriaTotal} {T.Criteria}"
        );
        foreach (var block in CommuneDetail.Missing(tiers, T))
        {
            yield return block;
        }
    }

    private IEnumerable<Block> Notes(EvaluationTotals totals)
    {
        if (totals.PrerequisiteNotes.Count > 0)
        {
            yield return new Heading(2, T.PrerequisiteNotesHeading);
            yield return new Paragraph(T.PrerequisiteNotesLine);
            yield return new Bullets([.. totals.PrerequisiteNotes.Select(T.PrerequisiteNoteLine)]);
        }

        if (totals.GroupContradictions.Count > 0)
        {
            yield return new Heading(2, T.GroupContradictionsHeading);
            yield return new Paragraph(T.GroupContradictionsLine(totals.GroupContradictions.Count));
            yield return GroupContradictionsGrid(totals.GroupContradictions);
        }

        if (totals.Rejected.Count > 0)
        {
            yield return new Heading(2, T.RejectedHeading);
            yield return new Paragraph(T.RowsRejectedLine(totals.RowsRejected));
            yield return RejectedGrid(totals.Rejected);
            if (totals.ProblemsNotListed > 0)
            {
                yield return new Paragraph(T.ProblemsNotListed(totals.ProblemsNotListed));
            }
        }
    }
}
