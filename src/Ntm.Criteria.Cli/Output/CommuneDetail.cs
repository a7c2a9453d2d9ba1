using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// One commune as <c>ntm explain</c> and the page of <c>ntm evaluate --format html</c> show it: for each chain its
/// group and tier, every criterion and indicator with the actual and required values, the outcome and the source, and
/// what the next tier is missing and by how much.
/// </summary>
internal static class CommuneDetail
{
    /// <summary>
    /// The commune's group in a chain whose sets place communes in groups (2026-2030), as its data and its facts give
    /// it; null for a chain without groups.
    /// </summary>
    public static CommuneGroupCheck? GroupOf(TierReport tiers, InputRecord inputs) => GroupRuleOf(tiers)?.Check(inputs);

    /// <summary>The rule that places a commune in its group in this chain (2026-2030); null for a chain without.</summary>
    public static CommuneGroupRule? GroupRuleOf(TierReport tiers) => GroupRuleOf(tiers.Chain.Select(r => r.Set));

    /// <summary>The rule that places a commune in its group among these sets (2026-2030); null where none has one.</summary>
    public static CommuneGroupRule? GroupRuleOf(IEnumerable<CriteriaSet> sets) =>
        sets.Select(s => s.CommuneGroups).FirstOrDefault(g => g is not null);

    public static IEnumerable<Block> Blocks(LocalityEvaluation evaluation, Texts t, int headingLevel = 2)
    {
        foreach (var tiers in evaluation.Tiers)
        {
            if (GroupOf(tiers, evaluation.Locality.Inputs) is { } group)
            {
                yield return new Paragraph(t.GroupLine(group, evaluation.Locality.Inputs.Schema));
            }

            yield return new Paragraph(t.TierLine(tiers));
            foreach (var disagreement in tiers.PrerequisiteDisagreements)
            {
                yield return new Paragraph(t.PrerequisiteDisagreementLine(disagreement));
            }
            foreach (var report in tiers.Chain)
            {
                yield return new Heading(headingLevel, t.ReportLine(report));
                if (t.SetSource(report.Set) is { } source)
                {
                    yield return new Paragraph(char.ToUpperInvariant(source[0]) + source[1..] + ".");
                }

                var rows = new List<IReadOnlyList<string>>();
                foreach (var criterion in report.Preconditions.Concat(report.Criteria))
                {
                    // A criterion given in part says, where the sources say it, which of its indicators they lack.
                    rows.Add([
                        criterion.Criterion.Number,
                        t.CriterionName(criterion.Criterion),
                        "",
                        "",
                        t.OutcomeName(criterion.Outcome),
                        criterion.Criterion.IsPartlyEncoded ? criterion.Criterion.Note ?? "" : "",
                    ]);
                    rows.AddRange(
                        criterion.Indicators.Select(i =>
                            (IReadOnlyList<string>)
                                [
                                    "  " + i.Indicator.Number,
                                    t.Text(i.Indicator.Name),
                                    Actual(i, t),
                                    Required(i, t, AssessmentYear.Of(report.Input)),
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
                        new(t.Outcome, Outcomes: true),
                        new(t.Source),
                    ],
                    rows
                );
                if (t.PartialCriteriaLine(report.Set.AllCriteria) is { } partial)
                {
                    yield return new Paragraph(partial);
                }

                foreach (
                    var result in report.Indicators.Where(i =>
                        i.Outcome == Outcome.NotApplicable && i.Indicator.AppliesWhen is not null
                    )
                )
                {
                    yield return new Paragraph(
                        t.NotApplicableLine(
                            result.Indicator.Number,
                            t.Condition(result.Indicator.AppliesWhen!, report.Set.Inputs)
                        )
                    );
                }

                // A measure without a value (a not applicable one aside): the values it reads are the district's to check.
                foreach (
                    var result in report.Indicators.Where(i =>
                        i.Outcome == Outcome.EvaluationError
                        && i.Indicator.Measure is not null
                        && i.Actual.Kind == ValueKind.Undefined
                    )
                )
                {
                    yield return new Paragraph(
                        t.NoMeasureValueLine(result.Indicator.Number, result.Indicator.Measure!)
                    );
                }

                if (report.IndicatorsOnUnconfirmedValues > 0)
                {
                    yield return new Paragraph(t.OnUnconfirmedValuesLine([.. report.NumbersOnUnconfirmedValues()]));
                }
            }

            if (tiers.NextReport is { } next)
            {
                yield return new Heading(headingLevel, $"{t.GapHeading}: {t.TierName(next.Set.Tier)} ({next.Set.Id})");
                foreach (var block in Missing(tiers, t))
                {
                    yield return block;
                }
            }
        }
    }

    /// <summary>
    /// What a locality lacks for its next tier: the indicators its values fall short of, with their values and by how
    /// much; those without a threshold in the sources, named in one line; and the criteria the sources do not encode;
    /// or that nothing is missing.
    /// </summary>
    public static IEnumerable<Block> Missing(TierReport tiers, Texts t)
    {
        var gap = tiers.Gap.ToList();
        var notEncoded = tiers.NextCriteriaNotEncoded.ToList();
        var shortSet = tiers.NextReport?.Set is { IsShortOfItsDecision: true } set ? set : null;
        if (gap.Count == 0 && notEncoded.Count == 0 && shortSet is null)
        {
            yield return new Paragraph(t.NothingMissing);
        }

        // What the locality's values miss, in the table; what no locality reaches until a threshold is set, once.
        var withoutThreshold = gap.Where(i => i.Outcome == Outcome.ThresholdNotSet).ToList();
        var valuesShort = gap.Except(withoutThreshold).ToList();
        if (valuesShort.Count > 0)
        {
            yield return GapGrid(valuesShort, t, AssessmentYear.Of(tiers.NextReport?.Input));
        }

        if (withoutThreshold.Count > 0)
        {
            yield return new Paragraph(
                t.GapWithoutThresholdLine([.. withoutThreshold.Select(i => i.Indicator.Number)])
            );
        }

        // Criteria not in the sources are missing too, and so is what the decision has beyond the set's criteria:
        // never "nothing is missing" above them.
        if (notEncoded.Count > 0)
        {
            yield return new Paragraph(t.NotEncodedLine(notEncoded));
        }
        else if (shortSet is not null)
        {
            yield return new Paragraph(t.ShortOfItsDecisionLine(shortSet));
        }
    }

    private static Grid GapGrid(IEnumerable<IndicatorResult> gap, Texts t, int? year) =>
        new(
            [
                new(t.Number),
                new(t.Indicator),
                new(t.Actual, AlignRight: true),
                new(t.Required),
                new(t.Gap, AlignRight: true),
                new(t.Outcome, Outcomes: true),
            ],
            [
                .. gap.Select(i =>
                    (IReadOnlyList<string>)
                        [
                            i.Indicator.Number,
                            t.Text(i.Indicator.Name),
                            Actual(i, t),
                            Required(i, t, year),
                            i.Gap is { } amount and > 0 ? t.ShowApart(amount, 0) + Unit(i.Indicator, amount, t) : "",
                            t.OutcomeName(i.Outcome),
                        ]
                ),
            ]
        );

    // After a number: "95%", "61,6 triệu đồng/người/năm", "1 model".
    public static string Unit(Indicator indicator, double amount, Texts t) =>
        indicator.Unit switch
        {
            null or "" => "",
            "%" => "%",
            var unit => " " + t.UnitName(unit, amount),
        };

    // A value a hair's breadth from its threshold is shown apart from it, as its outcome has it.
    public static string Actual(IndicatorResult result, Texts t) =>
        result.Actual.Kind switch
        {
            ValueKind.Number or ValueKind.Integer => (
                result.Required is { IsSet: true, Value.Kind: ValueKind.Number } required
                    ? t.ShowApart(result.Actual.Number, required.Value.Number)
                    : t.Show(result.Actual.Number)
            ) + Unit(result.Indicator, result.Actual.Number, t),
            ValueKind.Boolean => result.Actual.Boolean ? t.Yes : t.No,
            ValueKind.Text => result.Actual.Text,
            _ => "—",
        };

    /// <summary>
    /// What an indicator requires of a locality whose data is of <paramref name="year"/>: "≥ 80%", or why there is no
    /// threshold, where it is that the set gives values for other years only, or that the data does not give what
    /// picks the row (its region, group or year).
    /// </summary>
    public static string Required(IndicatorResult result, Texts t, int? year)
    {
        if (result.IsRowKeyMissing)
        {
            return t.RowKeyUnknown(RowKeyOf(result, year));
        }

        if (result.Required is not { IsSet: true } required)
        {
            var years = result.Indicator.Thresholds.Select(r => r.Year).OfType<int>().Distinct().Order().ToList();
            return result.Required is null && year is { } of && years.Count > 0 && !years.Contains(of)
                ? t.NotSetForYear(of, years)
                : t.OutcomeName(Outcome.ThresholdNotSet);
        }

        var value = result.Indicator.Direction switch
        {
            ThresholdDirection.AtLeast => "≥ "
                + t.Show(required.Value.Number)
                + Unit(result.Indicator, required.Value.Number, t),
            ThresholdDirection.AtMost => "≤ "
                + t.Show(required.Value.Number)
                + Unit(result.Indicator, required.Value.Number, t),
            ThresholdDirection.MustHold => t.Yes,
            _ => t.No,
        };
        return required.Status == ValueStatus.Confirmed ? value : $"{value} ({t.StatusName(required.Status)})";
    }

    /// <summary>
    /// What the data of <paramref name="year"/> does not give that would pick the indicator's threshold row, where
    /// <see cref="IndicatorResult.IsRowKeyMissing"/>: the year, where its rows differ by year, else the group or the
    /// region its rows are by.
    /// </summary>
    public static ThresholdRowKey RowKeyOf(IndicatorResult result, int? year)
    {
        var rows = result.Indicator.Thresholds;
        return year is null && rows.Any(r => r.Year is not null) ? ThresholdRowKey.Year
            : rows.Any(r => r.Group is not null) ? ThresholdRowKey.Group
            : ThresholdRowKey.Region;
    }

    // A row's note says what a reader must know before relying on it ("amended on 01/03/2024, value not confirmed").
    private static string Source(IndicatorResult result)
    {
        var source = result.Required?.Source ?? result.Indicator.Source ?? "";
        return result.Required?.Note is { } note ? $"{note}; {source}" : source;
    }
}
