using System.Globalization;
using Ntm.Criteria.Cli.Commands;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Cli.Workbooks;

namespace Ntm.Criteria.Cli;

/// <summary>
/// Every word of <c>ntm</c> in English: the words of <see cref="Texts"/> and how each message is put.
/// </summary>
internal sealed partial class EnglishTexts : Texts
{
    // English says "1 problem" and "2 problems".
    private static string OneOrMany(long count, string one, string many) => count == 1 ? one : many;

    public static readonly EnglishTexts Instance = new()
    {
        Code = "en",
        Numbers = NumberFormatInfo.InvariantInfo,
        TierNames = ["standard", "advanced", "model", "modern"],
        TaskCompleted = "completed",
        NoTier = "none",
        OutcomeNames =
        [
            "achieved",
            "not achieved",
            "missing data",
            "not applicable",
            "threshold not set",
            "not encoded",
            "evaluation error",
        ],
        LevelNames = ["commune", "district", "village", "province"],
        StatusNames = ["confirmed", "unconfirmed", "not set"],
        Row = "Row",
        Id = "Id",
        Name = "Name",
        District = "District",
        FormerDistrict = "Former district",
        Province = "Province",
        Tier = "Tier",
        NextTier = "Next tier",
        NotAchievedForNext = "Ind not achieved",
        MissingDataForNext = "Ind missing data",
        NotAchievedForNextColumn = "Indicators not achieved for the next tier",
        MissingDataForNextColumn = "Indicators missing data for the next tier",
        CriteriaByOutcomeForNext = ["Cr not achieved", "Cr missing data", "Cr threshold not set", "Cr not encoded"],
        Criterion = "Criterion",
        Share = "Share",
        CriteriaAchievedColumn = "Criteria achieved",
        CriteriaShort = "Cr",
        IndicatorsShort = "Ind",
        Criteria = "criteria",
        Indicators = "indicators",
        Column = "Column",
        Value = "Value",
        Problem = "Problem",
        Indicator = "Indicator",
        Actual = "Actual",
        Required = "Required",
        Outcome = "Outcome",
        Source = "Source",
        Gap = "Gap",
        Set = "Set",
        Version = "Version",
        Level = "Level",
        Period = "Period",
        Decision = "Decision",
        InForce = "In force",
        Unconfirmed = "Unconfirmed",
        OpenThresholds = "Open thresholds",
        ThresholdsSet = "Thresholds set",
        Type = "Type",
        Unit = "Unit",
        Range = "Range",
        Label = "Label",
        Change = "Change",
        Number = "Number",
        Key = "Region/group/year",
        Before = "Before",
        After = "After",
        PassRate = "Pass rate",
        ThresholdStatus = "Threshold",
        Now = "now",
        Yes = "yes",
        No = "no",
        None = "none",
        SummaryHeading = "Summary",
        ByDistrictHeading = "By district",
        ByFormerDistrictHeading = "By former district",
        ByProvinceHeading = "By province",
        NotGiven = "(not given)",
        GroupContradictionsHeading = "Commune groups the communes' facts contradict",
        PrerequisiteNotesHeading = "Lower tiers the data gives otherwise than the evaluation",
        FileNotesHeading = "How the data file was read",
        GivenInData = "In the data",
        ChainResult = "Evaluated",
        Rows = "Rows",
        GroupGiven = "Group in the data",
        GroupFromFacts = "Group from the facts",
        CommuneGroupColumn = "Commune group",
        GroupUnknown = "unknown",
        MostMissedHeading = "Indicators most often missed",
        RejectedHeading = "Rejected rows",
        GapHeading = "Missing for the next tier",
        LegendText =
            "Cr: criteria achieved/total; Ind: indicators achieved/total; \"not encoded\": none of the set's "
            + "indicators is in the sources. The columns after the tier are about the next tier: its criteria not "
            + "achieved, missing data, without a threshold and not encoded, then the numbers of its indicators not "
            + "achieved and missing data. An open threshold or missing data never counts as achieved.",
        IndicatorsSheet = "Indicators",
        IndicatorsAchievedColumn = "Indicators achieved",
        Total = "Total",
        InSources = "In the sources",
        AmendedBy = "amended by",
        DecisionNumberUnknown = "(number not known)",
        RuleFile = "Rule file",
        ShippedWithNtm = "shipped with ntm",
        ColourLegend =
            "Each cell says its outcome in words and is coloured by it: achieved (green), not achieved (red), "
            + "missing data (yellow), threshold not set (blue), not encoded and not applicable (grey). An open "
            + "threshold or missing data never counts as achieved.",
        WorkbookHeaderLabels =
        [
            "Set id",
            "Version",
            "Exported from (do not edit)",
            "Set name (Vietnamese)",
            "Set name (English)",
            "Issuing province (empty for a national set)",
            "Decision",
            "Decision date",
            "Annex",
            "Decision status",
            "Decision source",
            "In force from",
            "In force to",
            "Criteria in the decision (empty when not known)",
            "Indicators in the decision (empty when not known)",
        ],
        WorkbookColumns =
        [
            "Kind",
            "Number",
            "Name (Vietnamese)",
            "Name (English)",
            "Unit",
            "Direction",
            "Input",
            "Applies when",
            "Year",
            "Status",
            "Source",
            "Note",
        ],
        KindNames = ["criterion", "indicator", "precondition", "criterion (partial)", "precondition (partial)"],
        DirectionNames = ["≥", "≤", "must hold", "must not hold"],
        BooleanNames = ["yes", "no"],
        ThresholdParts = ["", " status", " source", " note"],
        AllSubjectsColumn = "All",
        GeneralColumn = "General",
        GroupColumn = "Group",
        InputsSheet = "Inputs",
        InputColumns =
        [
            "Name",
            "Type",
            "Unit",
            "Minimum",
            "Maximum",
            "Allowed values",
            "Label (Vietnamese)",
            "Label (English)",
            "Value names (a line each: CODE = name; name)",
        ],
    };

    protected override string OpenThreshold => "open";

    public override string Localities => LocalityLevel is null ? "localities" : Locality + "s";

    protected override string AnyLevel => "locality";

    // "1 village", "2 villages".
    private string LocalitiesCounted(long count) => OneOrMany(count, Locality, Localities);

    // "Villages", at the start of a heading.
    private string LocalitiesHeading => char.ToUpperInvariant(Localities[0]) + Localities[1..];

    public override string LocalityCount => LocalitiesHeading;

    public override string PerLocalityHeading => LocalitiesHeading;

    public override string CriteriaAchievedHeading => $"{LocalitiesHeading} achieving each criterion";

    public override string BandsHeading => $"{LocalitiesHeading} by number of criteria achieved";

    public override string LocalitiesAchieving => $"{LocalitiesHeading} achieving it";

    public override string MissedBy => $"{LocalitiesHeading} missing it";

    public override string PrerequisiteNotesLine =>
        "A criterion that requires a lower tier"
        + (LocalityLevel == Ntm.Criteria.Level.Commune ? " (a model commune must be an advanced one)" : "")
        + " takes that tier's result as this report evaluates it, not the value in the data; the data of these "
        + $"{Localities} says otherwise.";

    public override string IndicatorsByLocalitySheet => $"Indicators by {Locality}";

    public override string AverageCriteria => $"Average criteria achieved per {Locality}";

    public override string AverageIndicators => $"Average indicators achieved per {Locality}";

    public override string AchievingSet => $"{LocalitiesHeading} achieving the set";

    public override string TiersChartHeading => $"{LocalitiesHeading} by tier reached";

    public override string CriteriaShareHeading => $"Share of {Localities} achieving each criterion";

    public override string ClosestHeading => $"{LocalitiesHeading} closest to the next tier";

    public override string ClosestLine =>
        $"Ordered by the next tier's criteria not yet achieved, then the indicators missing; each {Locality} with "
        + "the indicators it misses, its value, what is required and by how much it falls short.";

    public override string DetailsHeading => $"Each {Locality} in detail";

    public override string LocalitiesEvaluated => $"{Localities} evaluated";

    public override string OpenDetail => $"Select a {Locality} to see each of its criteria and indicators.";

    public override string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string EvaluatedHeading(int localities, DateOnly asOf) =>
        $"{Count(localities)} {LocalitiesCounted(localities)} evaluated against the sets in force on {Date(asOf)}";

    public override string ColumnsReadAs(IReadOnlyList<ColumnMapping> columns) =>
        $"Columns read as --column says: {string.Join(", ", columns.Select(c => $"'{c.Header}' as {c.Target}"))}.";

    public override string KnownByNames(string header) =>
        $"The file has no column of ids: each {Locality} is known by its name in the column '{header}'.";

    public override string MadeWith(string version) => $"Made with ntm {version}.";

    public override string PageOfPages(string page, string pages) => $"Page {page} of {pages}";

    public override string AsOfFromYear(int year) =>
        $"The date of assessment is the last day of the data's assessment year, {year}.";

    public override string AmbiguousDecimalsNote(
        string file,
        int count,
        string first,
        char separator,
        string detectedAt
    ) =>
        $"{file}: {count} {OneOrMany(count, "value that reads", "values that read")} either way (thousands or a "
        + $"decimal) {OneOrMany(count, "was", "were")} refused before the file told its "
        + $"decimal separator, the first at {first}; the file then uses '{separator}' ({detectedAt}): --culture "
        + $"{(separator == ',' ? "vi-VN" : "en-US")} reads {OneOrMany(count, "it", "them")}";

    public override string LeftOutLine(LeftOutRow row) =>
        row.Reason switch
        {
            LeftOutReason.WardOrTown =>
                $"row {row.Row} ('{row.Label}') is a ward or town, not a commune: the commune criteria do not apply; "
                    + "left out",
            LeftOutReason.GroupHeading =>
                $"row {row.Row} ('{row.Label}') heads the {Localities} below it, not a {Locality}: left out; it is the "
                    + $"district of those the file gives none",
            LeftOutReason.FormulaErrors =>
                $"row {row.Row} holds only formulas' errors ('{row.Label}') and empty cells, no {Locality}: left out",
            _ => $"row {row.Row} ('{row.Label}') is a totals row, not a {Locality}: left out",
        };

    public override string WardOrTownExplained(string name) =>
        $"'{name}' is a ward or town, not a commune: the commune criteria do not apply and evaluate leaves its row "
        + "out; the explanation is for reference only.";

    public override string ReachingTier(int reaching, int total, Tier tier) =>
        IsTaskCompleted(tier)
            ? $"{Count(reaching)}/{Count(total)} {Localities} complete the new-rural task"
            : $"{Count(reaching)}/{Count(total)} {Localities} reach the {TierName(tier)} tier";

    public override string SetNotEncodedLine(CriteriaSet set) =>
        $"{set.Id}: none of the set's indicators is in the sources, so no {Locality} can achieve any criterion yet; "
        + "there are no bands of criteria achieved or indicators missed.";

    public override string NotSetForYear(int year, IReadOnlyList<int> years) =>
        $"not set for {year} (given for {string.Join(", ", years)})";

    public override string RowKeyUnknown(ThresholdRowKey key) =>
        key switch
        {
            ThresholdRowKey.Group => "by commune group (unknown)",
            ThresholdRowKey.Year => "by assessment year (unknown)",
            _ => "by region (unknown)",
        };

    public override string RowKeysMissingLine(ThresholdRowKey key, long count, IReadOnlyList<long> rows) =>
        $"{Count(count)} {LocalitiesCounted(count)} "
        + key switch
        {
            ThresholdRowKey.Group =>
                $"{OneOrMany(count, "has", "have")} no commune group ({RowsListed(count, rows)}): the data gives none "
                    + $"and facts to place {OneOrMany(count, "it", "them")} are missing (explain names them), so "
                    + $"{OneOrMany(count, "its", "their")} indicators whose thresholds differ by group are missing "
                    + "data",
            ThresholdRowKey.Year =>
                $"{OneOrMany(count, "gives", "give")} no assessment year ({RowsListed(count, rows)}), so "
                    + $"{OneOrMany(count, "its", "their")} indicators whose thresholds differ by year are missing data",
            _ => $"{OneOrMany(count, "gives", "give")} no region ({NtmInputs.Region.Name}) "
                + $"({RowsListed(count, rows)}), so {OneOrMany(count, "its", "their")} indicators whose thresholds "
                + "differ by region are missing data",
        };

    public override string NoIndicatorMissedLine =>
        $"No {Locality} failed an indicator: an indicator without data or without a threshold is not counted as "
        + "missed.";

    public override string GapWithoutThresholdLine(IReadOnlyList<string> numbers) =>
        $"{numbers.Count} {OneOrMany(numbers.Count, "indicator is", "indicators are")} missing only because the "
        + $"sources give no threshold, not for the {Locality}'s values: {string.Join(", ", numbers)}; "
        + $"{OneOrMany(numbers.Count, "it", "they")} can be achieved only once a revised or provincial file sets "
        + $"{OneOrMany(numbers.Count, "its threshold", "theirs")}.";

    public override string OpenThresholdsLine(int count) =>
        $"{count} {OneOrMany(count, "indicator has", "indicators have")} no threshold in the sources for some or "
        + $"every region (commune group): no {Locality} achieves {OneOrMany(count, "it", "them")} until a revised or "
        + "provincial file supplies one.";

    public override string OnUnconfirmedValuesLine(IReadOnlyList<string> numbers) =>
        $"{numbers.Count} {OneOrMany(numbers.Count, "indicator is", "indicators are")} decided against thresholds not "
        + $"confirmed in the official text, so {OneOrMany(numbers.Count, "its outcome is", "their outcomes are")} "
        + $"provisional: {string.Join(", ", numbers)}.";

    public override string NoMeasureValueLine(string number, string measure) =>
        $"{number} has no value to compare for this {Locality}: '{measure}' divides by zero with the {Locality}'s "
        + "values (a share of nothing has no value), so it is neither achieved nor not achieved; check the values it "
        + "reads.";

    public override string NotApplicableLine(string number, string condition) =>
        $"{number} does not apply to this {Locality}: it applies only when {condition}.";

    public override string OtherProvincesLine(
        CriteriaSet set,
        IReadOnlyList<(string Province, long Communes)> others
    ) =>
        $"{Count(others.Sum(o => o.Communes))} {LocalitiesCounted(others.Sum(o => o.Communes))} of other "
        + $"provinces {OneOrMany(others.Sum(o => o.Communes), "was", "were")} evaluated against the set of "
        + $"{set.Province} ({set.Id}): {ProvinceList(others)}; a province's set applies to its own {Localities} only";

    public override string YearsNotCoveredLine(
        IReadOnlyList<(int Year, long Communes)> years,
        IReadOnlyList<string> periods,
        bool asOfGiven
    )
    {
        var count = years.Sum(y => y.Communes);
        return $"{Count(count)} {LocalitiesCounted(count)} {OneOrMany(count, "was", "were")} evaluated against sets of "
            + $"{string.Join(", ", periods)}, which do not cover {OneOrMany(count, "its", "their")} assessment year ("
            + (
                years.Count == 1
                    ? $"{years[0].Year}"
                    : string.Join(", ", years.Select(y => $"{y.Year}: {Count(y.Communes)}"))
            )
            + $"); to evaluate {OneOrMany(count, "it", "them")} against the sets of "
            + $"{OneOrMany(count, "its", "their")} year, "
            + (asOfGiven ? "give --as-of a day of that year, or leave --as-of out" : "name the sets without a version");
    }

    public override string NotInForceLine(CriteriaSet set, DateOnly asOf, CriteriaSet? inForce) =>
        $"{set} is not in force on {Date(asOf)} (in force {InForceRange(set)}); it is used as --set names it"
        + (inForce is null ? "" : $"; --set {inForce.Id} takes the version in force on that day, {inForce.Version}");

    public override string RequirementNotEvaluatedLine(CriteriaSet set, string required) =>
        $"{set.Id} requires {required}, which this run does not evaluate: a {Locality} it gives the "
        + $"{TierName(set.Tier)} tier has not been checked against {required}; to check it, add --set {required}";

    public override string OwnProvinceSetsLine(OwnProvinceSetsNote note, DateOnly asOf) =>
        $"{Count(note.Communes)} {LocalitiesCounted(note.Communes)} of {note.Province} "
        + $"{OneOrMany(note.Communes, "was", "were")} not evaluated against the province's own sets in force on "
        + $"{Date(asOf)} ({string.Join(", ", note.Unused.Select(s => s.Id))}); to evaluate "
        + $"{OneOrMany(note.Communes, "it", "them")} against the province's, run again"
        + (note.FileHasOthers ? $" on a file of the {Localities} of {note.Province} alone," : "")
        + $" with {SetOptions(note.Suggested)}";

    public override string NoValueLine(CriteriaSet set, IReadOnlyList<(string Number, int Localities)> indicators) =>
        $"{set.Id}: {OneOrMany(indicators.Count, "an indicator", "indicators")} had no value to compare for some "
        + $"{Localities}, {OneOrMany(indicators.Count, "its rule", "their rules")} dividing by zero with those "
        + $"{Localities}' values (a share of nothing has no value): "
        + Listed(indicators.Select(i => $"{i.Number} ({Count(i.Localities)} {LocalitiesCounted(i.Localities)})"))
        + $". The tables count {OneOrMany(indicators.Count, "it", "them")} there as not achieved, though neither "
        + $"achieved nor not achieved: check the values {OneOrMany(indicators.Count, "it reads", "they read")}; the "
        + $"explain command shows {OneOrMany(indicators.Count, "it", "them")} for a {Locality}.";

    public override string UnconfirmedValuesLine(SetSummary set) =>
        $"{set.Set.Id}: {Count(set.LocalitiesOnUnconfirmedValues)} "
        + $"{LocalitiesCounted(set.LocalitiesOnUnconfirmedValues)} "
        + $"{OneOrMany(set.LocalitiesOnUnconfirmedValues, "has", "have")} indicators decided against thresholds not "
        + "confirmed in the official text, so those outcomes are provisional"
        + (
            set.Achieved > 0
                ? $"; of the {Localities} achieving the whole set, {Count(set.AchievedOnUnconfirmedValues)} of "
                    + $"{Count(set.Achieved)} "
                    + $"{OneOrMany(set.AchievedOnUnconfirmedValues, "relies", "rely")} on such a threshold"
                : ""
        )
        + $". The explain command shows a {Locality}'s indicators one by one.";

    public override string ByGroupHeading(string column) => $"By {column}";

    public override string TierResult(CriteriaSet set, bool achieved) =>
        $"{TierName(set.Tier)}: {(achieved ? "achieved" : "not achieved")}";

    public override string PrerequisiteDisagreementLine(PrerequisiteDisagreement d) =>
        $"The data gives {d.Indicator.Input} as '{YesNo(d.Given)}', but the evaluation finds "
        + $"{TierResult(d.Prerequisite, d.Computed)}: indicator {d.Indicator.Number} of {d.Set.Id} takes the "
        + "evaluation.";

    public override string PrerequisiteNoteLine(PrerequisiteNote note) =>
        $"{Count(note.Communes)} {LocalitiesCounted(note.Communes)} {OneOrMany(note.Communes, "has", "have")} "
        + $"{note.Disagreement.Indicator.Input} '{YesNo(note.Disagreement.Given)}' in the data, but "
        + $"{OneOrMany(note.Communes, "evaluates", "evaluate")} as "
        + $"{TierResult(note.Disagreement.Prerequisite, note.Disagreement.Computed)}; "
        + $"indicator {note.Disagreement.Indicator.Number} of {note.Disagreement.Set.Id} takes the evaluation "
        + $"({RowsListed(note.Communes, note.FirstRows)})";

    public override string GroupContradictionsLine(int count) =>
        $"{Count(count)} "
        + OneOrMany(count, "commune has a group in the data that its", "communes have a group in the data that their")
        + " facts (zone, urban orientation, agriculture share) contradict: each is evaluated in the group the data "
        + "gives (listed below).";

    public override string GroupContradiction(string file, long row, string? id, int given, int derived) =>
        $"{file}: row {row} ({id}): group {given} in the data, group {derived} from the commune's facts; evaluated "
        + $"in group {given}";

    public override string ProblemsNotListed(long count) =>
        $"… and {Count(count)} more {OneOrMany(count, "problem", "problems")} of rejected rows, not listed here "
        + "(a report lists the first 10,000).";

    public override string ReportWritten(string path) => $"report written to {path}";

    public override string RowsRejectedLine(long count) =>
        $"{Count(count)} {OneOrMany(count, "row", "rows")} rejected and not evaluated (listed below).";

    public override string ExplainHeading(Locality locality, DateOnly asOf) =>
        $"{locality} — evaluated as of {Date(asOf)}";

    public override string TierLine(TierReport tiers) =>
        $"Tier reached: {TierName(tiers.Reached)}; next tier: "
        + $"{(tiers.Next is { } following ? TierName(following) : "none")}";

    protected override string PartialMark => " (partial)";

    protected override string PartialCriteria(IReadOnlyList<string> numbers) =>
        $"{OneOrMany(numbers.Count, "The criterion", "Criteria")} marked \"{PartialMark.Trim()}\" "
        + $"({string.Join(", ", numbers)}): the sources give only some of "
        + $"{OneOrMany(numbers.Count, "its", "their")} indicators, so no {Locality} can achieve "
        + $"{OneOrMany(numbers.Count, "it", "them")}; where those given are all achieved, the outcome is not encoded.";

    public override string NotEncodedLine(IEnumerable<Criterion> criteria) =>
        "Criteria of the next tier not encoded (not in the sources, or only in part): "
        + $"{string.Join(", ", criteria.Select(c => c.Number))}";

    public override string NothingMissing => "Nothing is missing.";

    protected override string ShortOfItsDecision(string id, EncodedPart part) =>
        part.Of == 0
            ? $"{id}: the sources list none of its criteria"
                + ConditionsNotEncoded(part, "nor")
                + $", so no {Locality} can achieve the set."
            : $"{id}: the sources give indicators for {part.Criteria} of its {part.Of} {CriteriaWord(part.Of)}, "
                + $"{part.Indicators} of "
                + $"the decision's {CountOrUnknown(part.OfIndicators)} indicators"
                + $"{ConditionsNotEncoded(part)}; the rest is not encoded, so no {Locality} can achieve the set, even "
                + "one that meets every indicator given.";

    private static string CriteriaWord(int count) => OneOrMany(count, "criterion", "criteria");

    // ", but not condition ĐK1 in full"; after a sentence that says the sources give nothing, ", nor …".
    private static string ConditionsNotEncoded(EncodedPart part, string but = "but not") =>
        part.ConditionsNotEncoded.Count == 0
            ? ""
            : $", {but} {OneOrMany(part.ConditionsNotEncoded.Count, "condition", "conditions")} "
                + $"{string.Join(", ", part.ConditionsNotEncoded)} in full";

    public override string DiffHeading(CriteriaSet before, CriteriaSet after) => $"Changes from {before} to {after}";

    public override string NoChanges => "The two sets have the same criteria, indicators, conditions and thresholds.";

    public override string WorkbookExported(string path, CriteriaSet set) =>
        $"{path}: sheet of {set.Id}@{set.Version}: {Completeness(SetCompleteness.Of(set))}";

    public override string WorkbookImported(
        string path,
        bool overwrote,
        CriteriaSet set,
        CriteriaSet? replaces,
        bool newSet
    ) =>
        $"{(overwrote ? "overwrote" : "wrote")} {path}: {set.Id}@{set.Version}, "
        + $"{Completeness(SetCompleteness.Of(set))}; "
        + (
            replaces is not null ? $"replaces {replaces.Id}@{replaces.Version} under --rules"
            : newSet ? "a new set, used under --rules"
            : "a new version, beside those there are"
        );

    public override string WorkbookUnchanged(CriteriaSet set, string? file) =>
        file is null
            ? $"{set}: the sheet says what the version ntm ships says; no file written (a copy would stand in place of "
                + "the corrections a later ntm ships)"
            : $"{set}: the sheet says what {file} says; no file written";

    public override string VersionInAFileOfSets(CriteriaSet set, string file) =>
        $"{set} is defined in {file}, with other sets: ntm does not write over that file, and a second file would "
        + "define the version twice; move the set to a file of its own, or import into another folder";

    public override string IndicatorUnderAnotherCriterion(string indicator, string under, string owner) =>
        $"indicator {indicator} stands under criterion {under}, but its number is criterion {owner}'s: put the row "
        + $"under criterion {owner} (was the table sorted?)";

    public override string MergedCellsNotRead(string range) =>
        $"cells {range} are merged, and a spreadsheet keeps the value of merged cells in the first alone: the others "
        + "would read as empty. Unmerge them and write the value in each cell";

    public override string CellNotRead =>
        "this cell is not one ntm reads (above the table, only labels in column A and their values in column B are), so "
        + $"its value would be lost on import: write it in the \"{WorkbookColumns[(int)SheetField.Note]}\" column of a "
        + "row, or delete it";

    public override string ColumnNotRead(string? header) =>
        $"{(header is null ? "the column has no header and" : $"the column '{header}'")} is not one ntm reads, so this "
        + $"value would be lost on import: write it in the \"{WorkbookColumns[(int)SheetField.Note]}\" or "
        + $"\"{WorkbookColumns[(int)SheetField.Source]}\" column, or delete it";

    public override string WorkbookNothingWritten(int problems) =>
        $"nothing written: the workbook has {problems} {OneOrMany(problems, "problem", "problems")}";

    public override string NoCriteriaSheet =>
        $"the workbook has no criteria sheet (one with \"{WorkbookHeaderLabels[0]}\" in column A); start from a file "
        + "written by ntm workbook export";

    public override string NotANumber(string text, string? hint) =>
        $"\"{text}\" is not a number; write {hint ?? "a number"}";

    public override string FewerThanTheSheet(int count, int sheet, bool indicators) =>
        $"the decision has {count} {(indicators ? Indicators : Criteria)}, but the sheet has {sheet}: correct the count "
        + "from the decision, or remove the rows it does not have";

    public override string InForceToBeforeFrom(DateOnly from, DateOnly to) =>
        $"in force to {Date(to)} is before in force from {Date(from)}: the set would never be in force";

    public override string VersionOfTwoSheets(string version, string otherSheet) =>
        $"sheet '{otherSheet}' gives {version} already, and a workbook gives each version once: delete one of the two "
        + "sheets, or give this one a version of its own";

    public override string SecondNationalSet(string id, string startedFrom) =>
        $"{id} would be a new national set of the level, tier and period of {startedFrom}, which the sheet was exported "
        + $"from: both would be evaluated. To correct {startedFrom}, keep its id; a province's own set has a "
        + $"{CriteriaSet.ProvincialIdPrefix}… id and names its province";

    public override string ProvinceOfNationalSet(string id, string province) =>
        $"{id} is a national set (its id starts with {CriteriaSet.NationalIdPrefix}): clear the issuing province, or "
        + $"give the set a {CriteriaSet.ProvincialIdPrefix}… id of the province's own; otherwise it would evaluate "
        + $"the communes of {province} only";

    public override string SourceOfAnotherDecision(string exported, string decision) =>
        $"this is the source of {exported}, the decision of the set the sheet was exported from, not of {decision}: "
        + $"write where {decision} was read (page, address)";

    public override string NameOfAnotherSet(string exported, string id) =>
        $"this is the name of {exported}, the set the sheet was exported from: give {id} a name of its own";

    public override string DecisionNeeded(string decision, string status) =>
        $"\"{decision}\" is needed: the decision's number, such as 51/2025/QĐ-TTg; where the sources do not give it, "
        + $"write \"{StatusName(ValueStatus.NotSet)}\" in \"{status}\"";

    public override string ProvinceNeeded(string id) =>
        $"{id} is a province's set (its id starts with {CriteriaSet.ProvincialIdPrefix}): name the issuing province, or "
        + "the set would be taken for a national one and evaluate every commune";

    public override string YearNeverAssessed(int year, string period, string inForce) =>
        $"{year} is neither a year of the set's period ({(period.Length == 0 ? "?" : period)}) nor of its days in "
        + $"force ({inForce}): the row would never apply";

    public override string DirectionDoesNotFit(string direction, string input, string type) =>
        $"\"{direction}\" does not fit {input} (type {type}): write ≥ or ≤ for a number, must hold or must not hold "
        + "for a boolean";

    public override string NumberReadsTwoWays(string text, string grouped, string asDecimal) =>
        $"\"{text}\" reads two ways, as {grouped} or as {asDecimal}; write the number meant without a thousands "
        + "separator";

    public override string NotAWholeNumber(string text) => $"\"{text}\" is not a whole number";

    public override string NotOneOf(string text, IEnumerable<string> allowed) =>
        $"\"{text}\" is not allowed here; write one of: {string.Join(", ", allowed)}";

    public override string NumberWithComma(string number, string dotted) =>
        $"\"{number}\": official numbers are written with a point, as the decisions write them: {dotted}";

    public override string ConditionAgainstDirection(string text, bool mustHold) =>
        $"\"{text}\" contradicts the indicator's direction \"{DirectionNames[mustHold ? 2 : 3]}\": write "
        + $"\"{BooleanNames[mustHold ? 0 : 1]}\"; for a condition that {(mustHold ? "must not" : "must")} hold, write "
        + $"\"{DirectionNames[mustHold ? 3 : 2]}\" in the direction cell";

    public override string ValueWithoutSource(ValueStatus status) =>
        $"a value marked {StatusName(status)} needs its source (decision, annex, indicator, page) in the "
        + "source cell beside it";

    public override string ValueMarkedNotSet =>
        $"the cell has a value but its status is \"{StatusName(ValueStatus.NotSet)}\"; delete "
        + "the value or change the status";

    public override string StatusWithoutValue(ValueStatus status) =>
        $"the status \"{StatusName(status)}\" needs a value; where the sources give none, write "
        + $"\"{StatusName(ValueStatus.NotSet)}\"";

    public override string ValueWithoutStatus =>
        $"the cell has a value but no status; write \"{StatusName(ValueStatus.Confirmed)}\" or "
        + $"\"{StatusName(ValueStatus.Unconfirmed)}\" in the status cell beside it";

    public override string NotReadOnCriterionRow(string column) =>
        $"this cell is not read: a criterion has no \"{column}\", which its indicators' rows give; move the value to "
        + "an indicator's row or clear the cell";

    public override string NotReadOnYearRow(string column, string indicatorCell) =>
        $"this cell is not read: a year row holds its year and thresholds only, and the indicator's \"{column}\" is "
        + $"{indicatorCell}; change it there or clear this cell";

    public override string ThresholdTwice(string column, int? year, string first) =>
        $"the \"{column}\" column already has the threshold{(year is null ? "" : $" of {year}")} at {first}: a "
        + "threshold is stated once (each year row gives another year)";

    public override string NoThresholdCells(string number) =>
        $"indicator {number} has no threshold cell filled: write a value and its status in the \"{AllSubjectsColumn}\" "
        + $"column or in the column of each region (commune group), or, where the sources give no value, write "
        + $"\"{StatusName(ValueStatus.NotSet)}\" in a status cell";

    public override string Needed(string what) => $"{what} is needed";

    public override string DuplicateNumber(string number, string first, bool heldAsNumber) =>
        $"number {number} is already used at {first}"
        + (
            heldAsNumber
                ? $"; this cell holds the number {number}, which a spreadsheet makes of {number}0 typed in a cell of "
                    + "the General format: format the cell as Text and type the number again"
                : ""
        );

    public override string UnknownInput(string name, IEnumerable<string> closest) =>
        $"there is no input named \"{name}\" (closest: {string.Join(", ", closest)}); declare a new input on the "
        + $"\"{InputsSheet}\" sheet";

    public override string IndicatorOutsideCriterion => "an indicator must come below a criterion row";

    public override string YearRowOfNoIndicator => "a row for a year must follow the indicator of the same number";

    public override string UnknownBaseSet(string text, string? meant) =>
        (
            text.Length == 0
                ? "the cell is empty; ntm workbook export writes in it the version the sheet was exported from, and it "
                    + "must not be edited"
                : $"there is no set \"{text}\" to start from; ntm workbook export writes this cell, and it must not be "
                    + "edited"
        )
        + (
            meant is not null ? $": write {meant} back"
            : text.Length > 0 ? "; a sheet exported with --rules is imported with the same --rules folder"
            : ""
        );

    public override string ExportedFromFileNotGiven(string file, string version) =>
        $"the sheet was exported from {file}, which stands in place of the shipped {version}; without its folder the "
        + "import starts from the shipped version, and what the sheet does not show (an indicator's measure, a rule's "
        + "params) would be that version's: give the folder that holds the file, with --rules or as --out";

    public override string NotADate(string text) => $"\"{text}\" is not a date; write 31/12/2025 or 2025-12-31";

    public override string YearNotADate(int year) =>
        $"{year} is a year, not a date: write 31/12/{year} (its last day), or leave --as-of out to evaluate on the "
        + "last day of the assessment year the data gives";

    public override string NotAValueNamesLine(string line) =>
        $"the line \"{line}\" is not of the form CODE = name; name";

    public override string InputRedeclared(string name) =>
        $"the input \"{name}\" exists with another declaration; an existing input cannot be changed here";

    public override string InputOfMeasure(string indicator, string measure, string input) =>
        $"indicator {indicator} compares '{measure}', the Measure of its rule file, not its input alone: another input "
        + $"here would not change what it compares; keep {input}, and change the Measure in the rule file";

    public override string MeasureRenumbered(string number, string indicator, string measure) =>
        $"{number} reads the input of indicator {indicator}, which the sheet no longer has and which compares "
        + $"'{measure}', the Measure of its rule file: under a new number it is a new indicator comparing its input "
        + $"alone; keep the number {indicator}, or renumber it in the rule file";

    public override string MeasureNote(string measure) =>
        $"This indicator compares '{measure}', not its input alone. That is the rule file's Measure: the workbook "
        + "does not change it.";

    public override string ConditionNamesAnInput(string text, string input) =>
        $"\"{text}\" names the input {input}, which is not yes or no: write a condition on it, such as "
        + $"input.{input} >= 1";

    public override string InputReadByNoIndicator(string name) =>
        $"no indicator of the workbook reads the new input \"{name}\" (in its "
        + $"\"{WorkbookColumns[(int)SheetField.Input]}\" or \"{WorkbookColumns[(int)SheetField.AppliesWhen]}\" cell), "
        + "so no set would declare it: use it in an indicator, or delete its row";

    public override string RuleFileProblem(string message) =>
        $"the rule file written from this sheet does not load: {message}";

    public override string ValidFile(CriteriaSet set) =>
        $"valid: {set.Id}@{set.Version} ({LevelName(set.Level)}, {TierName(set.Tier)}), "
        + $"{Completeness(SetCompleteness.Of(set))}";

    public override string TierChangesFileLine(string file, long rejected) =>
        $"{LocalitiesHeading} of {file}, each evaluated under both sets"
        + (
            rejected == 0
                ? "."
                : $"; {Count(rejected)} {OneOrMany(rejected, "row", "rows")} rejected, listed on standard error."
        );

    public override string TierChangesHeading(int changed, int evaluated) =>
        $"{changed} of {evaluated} {Localities} change tier between the two sets";

    public override string Replaces(SetReplacement replacement) =>
        $"{replacement.Replacement} from {SetOrigin.Of(replacement.Replacement).Named} replaces the shipped version "
        + $"({replacement.Replaced.SourceFile}).";

    protected override string SetReadFrom(string file, bool inPlaceOfShipped, string? extends) =>
        $"read from the file {file}"
        + (inPlaceOfShipped ? ", in place of the shipped version" : "")
        + (extends is null ? "" : $", extending {extends}");

    public override string ReadsNoInputs(CriteriaSet set) =>
        $"{set} reads no inputs: the sources give none of its indicators yet, so no data can meet it.";

    public override string NotShipped(CriteriaSet set, string file) => $"{set} from {file}, not shipped.";

    public override string GivenInPartByOverride(CriteriaSet set, IReadOnlyList<string> criteria) =>
        $"{set}: {OneOrMany(criteria.Count, "criterion", "criteria")} given in part, which nothing achieves: "
        + $"{string.Join(", ", criteria)}; once all {OneOrMany(criteria.Count, "its", "their")} indicators are "
        + $"there, write \"Complete\": true in {OneOrMany(criteria.Count, "its", "each one's")} override";

    public override string GivenInPartLine(CriteriaSet set, IReadOnlyList<string> criteria) =>
        $"{set}: {OneOrMany(criteria.Count, "criterion", "criteria")} given in part, which nothing achieves: "
        + $"{string.Join(", ", criteria)}; write \"{KindNames[0]}\" in the kind cell of each whose indicators are now "
        + "all there";

    public override string GeneralOnlyLine(CriteriaSet set, IReadOnlyList<string> indicators) =>
        $"{set}: {string.Join(", ", indicators)} {OneOrMany(indicators.Count, "has its", "have their")} only value in "
        + $"the \"{GeneralColumn}\" column, which is recorded and never applied: the value that decides is in "
        + $"\"{AllSubjectsColumn}\" or in each region's (group's) column";

    public override string TakenInPlaceFrom(CriteriaSet set, CriteriaSet later) =>
        InForceOnEveryDayOf(later, set)
            ? $"{set}: never used: version {later.Version} is in force on all its days (from "
                + $"{Date(later.InForceFrom)}) and is taken in its place; if the revision applies from a later day, "
                + "give that day as its first in force."
            : $"{set}: from {Date(later.InForceFrom)}, version {later.Version} is taken in its place on the days both "
                + "are in force.";

    public override string ExtendsNote(CriteriaSet set) =>
        $"{set}{(SetOrigin.Of(set).Named is { } file ? $" from {file}" : "")} extends {set.Extends}"
        + (set.Province is null ? string.Empty : $" (province {set.Province})")
        + (set.Removals.IsEmpty ? string.Empty : $"; removes {string.Join(", ", set.Removals.Select(r => r.Number))}")
        + ".";

    public override string InvalidFiles(int errors) =>
        $"{errors} {OneOrMany(errors, "problem", "problems")}; nothing was loaded.";

    public override string FolderNotRead(IReadOnlyList<string> folders) =>
        "Only the files named were read, with the shipped sets: a set defined by another file of the same folder is "
        + $"read when that file is named too, or with the folder: ntm validate {CommandWords(folders)}";

    protected override string InputLine(
        string file,
        string format,
        string details,
        EvaluationTotals totals,
        IReadOnlyList<string> leftOut
    ) =>
        $"File {file} ({format}, {details}): {Count(totals.RowsRead)} {OneOrMany(totals.RowsRead, "row", "rows")} "
        + $"read, {Count(totals.RowsEvaluated)} evaluated, {Count(totals.RowsRejected)} rejected"
        + string.Concat(leftOut.Select(part => ", " + part))
        + ".";

    protected override string LeftOut(LeftOutReason reason, long count, string rows) =>
        reason switch
        {
            LeftOutReason.WardOrTown =>
                $"{Count(count)} {OneOrMany(count, "ward or town", "wards or towns")} left out ({rows})",
            LeftOutReason.GroupHeading =>
                $"{Count(count)} district heading {OneOrMany(count, "row", "rows")} left out ({rows})",
            LeftOutReason.FormulaErrors =>
                $"{Count(count)} {OneOrMany(count, "row", "rows")} of formulas' errors alone left out ({rows})",
            _ => $"{Count(count)} totals {OneOrMany(count, "row", "rows")} left out ({rows})",
        };

    protected override string RowWord => "row";

    protected override string RowsWord => "rows";

    public override string DecimalSeparatorName(char? separator, bool numbersAsText) =>
        separator switch
        {
            ',' => "decimal comma",
            '.' => "decimal point",
            _ => numbersAsText ? "no decimals" : "numbers read as stored",
        };

    public override string UnitName(string unit) => unit;

    public override string UnitName(string unit, double amount) =>
        amount == 1 && OneOf.TryGetValue(unit, out var one) ? one : unit;

    // The rule files' units that count things, each with its word for one.
    private static readonly Dictionary<string, string> OneOf = new(StringComparer.Ordinal) { ["models"] = "model" };

    protected override string AllOf(int total) => $"all {total}";

    protected override string Under(int bound) => $"under {bound}";

    public override string Averages(SetSummary summary) =>
        !summary.Set.IsEncoded
            ? $"{summary.Set.Id}: not encoded ("
                + (
                    summary.Set.AllIndicators.Any()
                        ? "the sources give indicators of its conditions only, none of its criteria's"
                        : "none of its indicators is in the sources"
                )
                + $"); no {Locality} achieves it"
        : summary.Evaluated == 0 ? $"{summary.Set.Id}: no {Locality} was evaluated, so there is no average"
        : $"{summary.Set.Id}: on average "
            + $"{Average(summary.AverageCriteriaAchieved)}/{summary.Set.Criteria.Length} criteria "
            + $"({Percent(summary.AverageCriteriaShare)}), "
            + $"{Average(summary.AverageIndicatorsAchieved)}/{summary.Indicators.Length} indicators "
            + $"({Percent(summary.AverageIndicatorsShare)}) per {Locality}; "
            + $"{Count(summary.Achieved)} {LocalitiesCounted(summary.Achieved)} "
            + $"{OneOrMany(summary.Achieved, "achieves", "achieve")} the whole set"
            + (
                PartlyEncoded(summary.Set) is { } part
                    ? $" (the sources give indicators for {part.Criteria} of its {part.Of} "
                        + $"{CriteriaWord(part.Of)}, "
                        + $"{part.Indicators} of {CountOrUnknown(part.OfIndicators)} indicators"
                        + $"{ConditionsNotEncoded(part)}, so no {Locality} can achieve it)"
                    : ""
            );

    public override string GroupLine(CommuneGroupCheck check, Rules.InputSchema inputs) =>
        (check.Given, check.Derived) switch
        {
            ({ } given, { } derived) when given != derived =>
                $"Commune group: {given} in the data; the commune's facts give group {derived}, which contradicts "
                    + $"it. Evaluated in group {given}.",
            ({ } given, _) => $"Commune group: {given} in the data.",
            (null, { } derived) => $"Commune group: {derived}, from the commune's facts (the data gives none).",
            (null, null) => "Commune group: unknown — the data gives none and facts to place it are missing: "
                + $"{MissingFacts(check, inputs)}.",
        };

    protected override string IndicatorsNotEncoded => $"indicators {NotEncoded}";

    protected override string DecisionHas(int indicators) => $"the decision has {indicators}";

    protected override string AchievedOrNot(bool achieved) => achieved ? "achieved" : "not achieved";

    public override string ChangeName(SetChangeKind kind) =>
        kind switch
        {
            SetChangeKind.CriterionAdded => "criterion added",
            SetChangeKind.CriterionRemoved => "criterion removed",
            SetChangeKind.CriterionRenamed => "criterion renamed",
            SetChangeKind.PrerequisiteChanged => "prerequisite changed",
            SetChangeKind.CriterionCompletenessChanged => "criterion's indicators",
            SetChangeKind.IndicatorAdded => "indicator added",
            SetChangeKind.IndicatorRemoved => "indicator removed",
            SetChangeKind.IndicatorRenamed => "indicator renamed",
            SetChangeKind.IndicatorConditionChanged => "condition changed",
            SetChangeKind.ThresholdAdded => "threshold added",
            SetChangeKind.ThresholdRemoved => "threshold removed",
            SetChangeKind.ThresholdChanged => "threshold changed",
            SetChangeKind.InputAdded => "input added",
            SetChangeKind.InputRemoved => "input removed",
            SetChangeKind.InputChanged => "input changed",
            _ => "set changed",
        };

    protected override string OutsideRange(string value, string input, string range) =>
        $"{value} is outside the range of {input} ({range})";

    protected override string Completeness(SetCompleteness c, string officialCriteria, string officialIndicators) =>
        $"{c.Criteria}/{officialCriteria} criteria, {c.Indicators}/{officialIndicators} indicators; thresholds: "
        + $"{c.ThresholdsSet} set ({c.ThresholdsUnconfirmed} unconfirmed), {c.ThresholdsOpen} open";

    public override string DetailsCapped(int shown, long total) =>
        $"This page details the first {Count(shown)} of {Count(total)} "
        + $"{Localities}; "
        + "the workbook (--format xlsx) has every one.";

    public override string XlsxNeedsOut => "--format xlsx writes a workbook file: name it with --out";

    public override string OutExtensionOfAnotherFormat(string path, string format) =>
        $"--out {path}: a report in the format {format} under that extension is one the program that opens it could "
        + $"not read; give the file the extension {ReportFormats.ExtensionOf(format)}, or choose another format with "
        + "--format";

    public override string RulesEngineExported(string workflow, string inputClass, string className, CriteriaSet set) =>
        $"wrote {workflow}: the workflow {set.Id}@{set.Version} for Microsoft RulesEngine; its input class "
        + $"{className}: {inputClass}";
}
