using System.Globalization;
using System.Text;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Renders docs/criteria.md and docs/unconfirmed.md from a catalog, so the documentation is never edited by hand
/// and a test can tell when it is out of date.
/// </summary>
internal static class CriteriaMarkdown
{
    private const string Generated =
        "<!-- Generated from the rule files by CriteriaMarkdown; do not edit. Regenerate with: NTM_UPDATE_DOCS=1 "
        + "dotnet test --filter GeneratedDocs -->";

    public static string Criteria(CriteriaCatalog catalog)
    {
        var text = new StringBuilder();
        text.AppendLine("# Criteria sets").AppendLine().AppendLine(Generated).AppendLine();
        text.AppendLine(
                "Every shipped set and version, with its criteria and indicators, each threshold "
                    + "with its source and status. "
            )
            .AppendLine(
                "**confirmed**: read in the source named; **unconfirmed**: the best value the "
                    + "sources give, to be checked; "
            )
            .AppendLine(
                "**not set**: the sources give no value, so the indicator counts apart as \"threshold not set\" "
                    + "until a revised or provincial file supplies one. "
            )
            .AppendLine(
                "Regions: TDMNPB northern midlands and mountains, DBSH Red River Delta, BTB North Central Coast, "
                    + "DHNTB South Central Coast, TN Central Highlands, DNB Southeast, DBSCL "
                    + "Mekong Delta; General is the "
                    + "decision's \"chỉ tiêu chung\" column, kept for reference."
            )
            .AppendLine();
        text.AppendLine(
            "| set | version | level | tier | decision | in force | criteria | indicators encoded / official | "
                + "thresholds set (unconfirmed) / open |"
        );
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var set in catalog.Sets)
        {
            var c = SetCompleteness.Of(set);
            var officialCriteria = c.OfficialCriteria?.ToString(CultureInfo.InvariantCulture) ?? "—";
            var officialIndicators = c.OfficialIndicators?.ToString(CultureInfo.InvariantCulture) ?? "—";
            var incomplete = set.IsComplete ? string.Empty : " (incomplete)";
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| [{set.Id}](#{Anchor(set)}) | {set.Version} | {set.Level} | {set.Tier} | "
                    + $"{Escape(set.LegalBasis.ToString())} | {InForce(set)} | {c.Criteria} / {officialCriteria} | "
                    + $"{c.Indicators} / {officialIndicators}{incomplete} | "
                    + $"{c.ThresholdsSet} ({c.ThresholdsUnconfirmed}) / {c.ThresholdsOpen} |"
            );
        }

        foreach (var set in catalog.Sets)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {set.Id} @ {set.Version}").AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{set.Name.Vietnamese} — {set.Name.English}.").AppendLine();
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"- Legal basis: {set.LegalBasis} ({Status(set.LegalBasis.Status)}; {set.LegalBasis.Source})"
            );
            text.AppendLine(CultureInfo.InvariantCulture, $"- In force: {InForce(set)}");
            if (set.Province is { } province)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- Province: {province}");
            }

            if (set.Extends is { } extends)
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"- Extends: {extends}; what it does not change is that set's"
                );
            }

            foreach (var removal in set.Removals)
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"- Removes {(removal.IsCriterion ? "criterion" : "indicator")} {removal.Number} "
                        + $"{removal.Name.Vietnamese}: {removal.Reason} ({removal.Source})"
                );
            }
            if (set.Requires is { } requires)
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"- Requires: {requires.SetId} "
                        + $"({Status(requires.Status)}{(requires.Note is null ? string.Empty : $"; {requires.Note}")})"
                );
            }

            foreach (var communes in set.CommuneRequirements)
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"- Requires of its communes: {communes.Share}% reach {communes.SetId} ({Status(communes.Status)})"
                );
            }

            if (set.RegionOverride is { } regionOverride)
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"- Communes for which {string.Join(", or ", regionOverride.When)} take the "
                        + $"{regionOverride.Region} thresholds ({Status(regionOverride.Status)}; "
                        + $"{regionOverride.Source})"
                );
            }

            foreach (var note in set.Notes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(note)}");
            }

            text.AppendLine();
            text.AppendLine("| no. | criterion / indicator | input | thresholds | status | source |");
            text.AppendLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var criterion in set.Preconditions.Concat(set.Criteria))
            {
                var kind = criterion.Kind == CriterionKind.Precondition ? "precondition: " : string.Empty;
                var notEncoded =
                    !criterion.IsEncoded ? " — indicators not encoded"
                    : criterion.IsPartlyEncoded ? " — only some of its indicators encoded: never achieved"
                    : string.Empty;
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"| **{criterion.Number}** | **{kind}{Escape(criterion.Name.Vietnamese)}** "
                        + $"({Escape(criterion.Name.English)}){notEncoded} | | | "
                        + $"{Status(criterion.Status)} | {Escape(criterion.Source)} |"
                );
                foreach (var indicator in criterion.Indicators)
                {
                    var applies = indicator.AppliesWhen is null
                        ? string.Empty
                        : $" — applies when `{indicator.AppliesWhen}`";
                    var unit = indicator.Unit is null ? string.Empty : $" ({Escape(indicator.Unit)})";
                    text.AppendLine(
                        CultureInfo.InvariantCulture,
                        $"| {indicator.Number} | {Escape(indicator.Name.Vietnamese)} "
                            + $"({Escape(indicator.Name.English)}){applies} | `{indicator.Input}`{unit} | "
                            + $"{Escape(Thresholds(indicator))} | {Status(indicator.Status)} | "
                            + $"{Escape(indicator.Source)} |"
                    );
                }
            }
        }

        return text.ToString();
    }

    public static string Unconfirmed(CriteriaCatalog catalog)
    {
        var text = new StringBuilder();
        text.AppendLine("# Values to confirm").AppendLine().AppendLine(Generated).AppendLine();
        text.AppendLine(
                "Every threshold of the shipped sets that the sources do not confirm, and "
                    + "every open one, for a ministry or"
            )
            .AppendLine(
                "provincial office to check against the decisions. Supply or correct values "
                    + "in a workbook (`ntm workbook export`, then"
            )
            .AppendLine(
                "`import`: [workbooks.md](workbooks.md)) or with a revised file "
                    + "(docs/criteria.md says how each is encoded)."
            )
            .AppendLine();
        text.AppendLine(
                "Per set version, the figure `ntm sets` gives: an indicator's threshold is open "
                    + "when some region (or commune group) has"
            )
            .AppendLine("no value, unconfirmed when every one has a value and some value is unconfirmed.")
            .AppendLine();
        text.AppendLine(
            "| set | version | indicators encoded / official | thresholds set | of them unconfirmed | open |"
        );
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var set in catalog.Sets)
        {
            var c = SetCompleteness.Of(set);
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {set.Id} | {set.Version} | {c.Indicators} / "
                    + $"{c.OfficialIndicators?.ToString(CultureInfo.InvariantCulture) ?? "—"} | {c.ThresholdsSet} | "
                    + $"{c.ThresholdsUnconfirmed} | {c.ThresholdsOpen} |"
            );
        }

        text.AppendLine()
            .AppendLine(
                "Each value to confirm or supply, then, per set, the criteria the sources give no indicator of (not "
                    + "encoded)"
            )
            .AppendLine("or only some indicators of (partly encoded: never achieved until the others are supplied):")
            .AppendLine();
        text.AppendLine("| set | version | indicator | applies to | value | status | note or source |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        var rows = 0;
        foreach (var set in catalog.Sets)
        {
            foreach (var indicator in set.Preconditions.Concat(set.Criteria).SelectMany(c => c.Indicators))
            {
                foreach (var threshold in indicator.Thresholds.Where(t => t.Status != ValueStatus.Confirmed))
                {
                    rows++;
                    text.AppendLine(
                        CultureInfo.InvariantCulture,
                        $"| {set.Id} | {set.Version} | {indicator.Number} {Escape(indicator.Name.Vietnamese)} | "
                            + $"{threshold.Key} | {(threshold.IsSet ? Escape(Required(indicator, threshold)) : "—")} | "
                            + $"{Status(threshold.Status)} | {Escape(threshold.Note ?? threshold.Source)} |"
                    );
                }
            }

            foreach (var criterion in set.Criteria.Where(c => !c.IsEncoded))
            {
                rows++;
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"| {set.Id} | {set.Version} | criterion {criterion.Number} {Escape(criterion.Name.Vietnamese)} "
                        + $"| all | — | not encoded | its indicators are not in the sources |"
                );
            }

            foreach (var criterion in set.Criteria.Where(c => c.IsPartlyEncoded))
            {
                rows++;
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"| {set.Id} | {set.Version} | criterion {criterion.Number} {Escape(criterion.Name.Vietnamese)} "
                        + $"| all | — | partly encoded | {Escape(criterion.Note ?? "some are not in the sources")} |"
                );
            }
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{rows} rows.");
        return text.ToString();
    }

    private static string Thresholds(Indicator indicator) =>
        string.Join(
            "; ",
            indicator.Thresholds.Select(t =>
                $"{t.Key}: {(t.IsSet ? Required(indicator, t) : "not set")}"
                + (t.Status == ValueStatus.Unconfirmed ? " (unconfirmed)" : string.Empty)
            )
        );

    // A condition's value as the annexes write it: "Đạt", or "Không" for what must not be.
    private static string Required(Indicator indicator, Threshold threshold) =>
        indicator.Direction switch
        {
            ThresholdDirection.MustHold => "đạt",
            ThresholdDirection.MustNotHold => "không",
            _ => IndicatorResult.Describe(indicator.Direction, threshold)
                + (indicator.Unit is "%" ? "%" : string.Empty),
        };

    private static string InForce(CriteriaSet set) => set.InForceRange;

    private static string Status(ValueStatus status) =>
        status switch
        {
            ValueStatus.Confirmed => "confirmed",
            ValueStatus.Unconfirmed => "unconfirmed",
            _ => "not set",
        };

    private static string Anchor(CriteriaSet set) =>
        new string(
            $"{set.Id} @ {set.Version}"
                .ToLowerInvariant()
                .Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-')
                .ToArray()
        ).Replace(' ', '-');

    private static string Escape(string? text) =>
        (text ?? string.Empty)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
