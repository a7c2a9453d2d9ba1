using System.Globalization;
using Ntm.Criteria.Cli.Commands;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>
/// Every word <c>ntm</c> prints for people, in Vietnamese (the default) or English, and how it writes numbers:
/// "17,87" and "94%" in Vietnamese, "17.87" in English. Machine formats (CSV, JSON) do not go through here. Each
/// language is a class of its own (<see cref="VietnameseTexts"/>, <see cref="EnglishTexts"/>): a word is a required
/// member and a message an abstract one, so a language that lacks either does not compile.
/// </summary>
internal abstract partial class Texts
{
    private protected Texts() { }

    /// <summary>The language code, <c>vi</c> or <c>en</c>.</summary>
    public required string Code { get; init; }

    /// <summary>How numbers are written for this language.</summary>
    public required NumberFormatInfo Numbers { get; init; }

    public required string[] TierNames { get; init; }
    public required string NoTier { get; init; }

    /// <summary>The standard tier of a province's sets: the task completed, which is not a standard reached.</summary>
    public required string TaskCompleted { get; init; }
    public required string[] OutcomeNames { get; init; }
    public required string[] LevelNames { get; init; }
    public required string[] StatusNames { get; init; }
    public required string Row { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string District { get; init; }
    public required string FormerDistrict { get; init; }
    public required string Province { get; init; }
    public required string Tier { get; init; }
    public required string NextTier { get; init; }
    public required string NotAchievedForNext { get; init; }

    /// <summary>
    /// The next tier's criteria not achieved, missing data, without a threshold, not encoded: the per-commune count
    /// columns.
    /// </summary>
    public required string[] CriteriaByOutcomeForNext { get; init; }
    public required string Criterion { get; init; }
    public required string Share { get; init; }
    public required string CriteriaAchievedColumn { get; init; }
    public required string MissingDataForNext { get; init; }
    public required string NotAchievedForNextColumn { get; init; }
    public required string MissingDataForNextColumn { get; init; }
    public required string CriteriaShort { get; init; }
    public required string IndicatorsShort { get; init; }
    public required string Criteria { get; init; }
    public required string Indicators { get; init; }
    public required string Column { get; init; }
    public required string Value { get; init; }
    public required string Problem { get; init; }
    public required string Indicator { get; init; }
    public required string Actual { get; init; }
    public required string Required { get; init; }
    public required string Outcome { get; init; }
    public required string Source { get; init; }
    public required string Gap { get; init; }
    public required string Set { get; init; }
    public required string Version { get; init; }
    public required string Level { get; init; }
    public required string Period { get; init; }
    public required string Decision { get; init; }
    public required string InForce { get; init; }
    public required string Unconfirmed { get; init; }
    public required string OpenThresholds { get; init; }
    public required string ThresholdsSet { get; init; }
    public required string Type { get; init; }
    public required string Unit { get; init; }
    public required string Range { get; init; }
    public required string Label { get; init; }
    public required string Change { get; init; }
    public required string Number { get; init; }
    public required string Key { get; init; }
    public required string Before { get; init; }
    public required string After { get; init; }
    public required string PassRate { get; init; }

    /// <summary>The header of an indicator's threshold status: confirmed, unconfirmed somewhere, or not set.</summary>
    public required string ThresholdStatus { get; init; }
    public required string Now { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string None { get; init; }
    public required string SummaryHeading { get; init; }
    public required string ByDistrictHeading { get; init; }
    public required string ByFormerDistrictHeading { get; init; }
    public required string ByProvinceHeading { get; init; }

    /// <summary>The name in a table by group of the communes whose province or district cell is empty.</summary>
    public required string NotGiven { get; init; }
    public required string GroupContradictionsHeading { get; init; }
    public required string PrerequisiteNotesHeading { get; init; }

    /// <summary>The reports' section of notes on how the data file was read.</summary>
    public required string FileNotesHeading { get; init; }
    public required string GivenInData { get; init; }
    public required string ChainResult { get; init; }
    public required string Rows { get; init; }
    public required string GroupGiven { get; init; }
    public required string GroupFromFacts { get; init; }

    /// <summary>The reports' column of the group each commune was evaluated in (2026-2030).</summary>
    public required string CommuneGroupColumn { get; init; }

    /// <summary>That column's cell for a commune neither its data nor its facts place in a group.</summary>
    public required string GroupUnknown { get; init; }

    public required string MostMissedHeading { get; init; }
    public required string RejectedHeading { get; init; }
    public required string GapHeading { get; init; }
    public required string LegendText { get; init; }

    // The reports people look at: the workbook (--format xlsx) and the page (--format html).
    public required string IndicatorsSheet { get; init; }
    public required string IndicatorsAchievedColumn { get; init; }
    public required string Total { get; init; }
    public required string InSources { get; init; }
    public required string AmendedBy { get; init; }
    public required string DecisionNumberUnknown { get; init; }
    public required string RuleFile { get; init; }
    public required string ShippedWithNtm { get; init; }
    public required string ColourLegend { get; init; }

    // The criteria workbook (ntm workbook): its header block, columns and words, in the order CriteriaSheetLayout uses.
    public required string[] WorkbookHeaderLabels { get; init; }
    public required string[] WorkbookColumns { get; init; }

    /// <summary>The word of each kind of row, in the order of Workbooks.RowKind.</summary>
    public required string[] KindNames { get; init; }
    public required string[] DirectionNames { get; init; }
    public required string[] BooleanNames { get; init; }
    public required string[] ThresholdParts { get; init; }
    public required string AllSubjectsColumn { get; init; }
    public required string GeneralColumn { get; init; }
    public required string GroupColumn { get; init; }
    public required string InputsSheet { get; init; }
    public required string[] InputColumns { get; init; }

    /// <summary>
    /// The level of the localities a report speaks of, which its words name ("Đánh giá 6 thôn" of villages); null when
    /// its sets are of several levels. Communes unless <see cref="About(Level?)"/> says otherwise.
    /// </summary>
    public Level? LocalityLevel { get; private set; } = Ntm.Criteria.Level.Commune;

    /// <summary>What the report calls one of its localities: "xã", "thôn" / "commune", "village".</summary>
    public string Locality => LocalityLevel is { } level ? LevelName(level) : AnyLevel;

    /// <summary>What the report calls its localities: "xã" / "communes".</summary>
    public abstract string Localities { get; }

    /// <summary>The word for a locality of any level: "đơn vị" / "locality".</summary>
    protected abstract string AnyLevel { get; }

    /// <summary>These texts for a report about localities of a level (null: of several levels).</summary>
    public Texts About(Level? level)
    {
        if (level == LocalityLevel)
        {
            return this;
        }

        var texts = (Texts)MemberwiseClone();
        texts.LocalityLevel = level;
        return texts;
    }

    /// <summary>These texts for a report about localities evaluated against the sets: their level, if they share one.</summary>
    public Texts About(IEnumerable<CriteriaSet> sets)
    {
        var levels = sets.Select(s => s.Level).Distinct().ToList();
        return About(levels.Count == 1 ? levels[0] : null);
    }

    // The words that name the report's localities.
    public abstract string LocalityCount { get; }
    public abstract string PerLocalityHeading { get; }
    public abstract string CriteriaAchievedHeading { get; }
    public abstract string BandsHeading { get; }
    public abstract string LocalitiesAchieving { get; }
    public abstract string MissedBy { get; }
    public abstract string PrerequisiteNotesLine { get; }
    public abstract string IndicatorsByLocalitySheet { get; }
    public abstract string AverageCriteria { get; }
    public abstract string AverageIndicators { get; }
    public abstract string AchievingSet { get; }
    public abstract string TiersChartHeading { get; }
    public abstract string CriteriaShareHeading { get; }
    public abstract string ClosestHeading { get; }
    public abstract string ClosestLine { get; }
    public abstract string DetailsHeading { get; }
    public abstract string LocalitiesEvaluated { get; }
    public abstract string OpenDetail { get; }

    /// <summary>Vietnamese, with diacritics: the default.</summary>
    public static Texts Vietnamese => VietnameseTexts.Instance;

    /// <summary>English.</summary>
    public static Texts English => EnglishTexts.Instance;

    /// <summary>The texts for a <c>--lang</c> value.</summary>
    public static Texts For(string language) =>
        language switch
        {
            "vi" => Vietnamese,
            "en" => English,
            _ => throw new CliUsageException($"--lang must be vi or en, not '{language}'"),
        };

    public string TierName(Tier? tier) =>
        tier is not { } t ? NoTier
        : IsTaskCompleted(t) ? TaskCompleted
        : TierNames[(int)t];

    /// <summary>
    /// Whether a tier of the texts' level is a task completed, not a standard reached: a province's standard set
    /// (QĐ 51/2025/QĐ-TTg, Phụ lục III).
    /// </summary>
    protected bool IsTaskCompleted(Tier tier) =>
        tier == Ntm.Criteria.Tier.Standard && LocalityLevel == Ntm.Criteria.Level.Province;

    public string OutcomeName(Outcome outcome) => OutcomeNames[(int)outcome];

    public string LevelName(Level level) => LevelNames[(int)level];

    public string StatusName(ValueStatus status) => StatusNames[(int)status];

    /// <summary>
    /// A threshold row as a diff shows it: "25 (đã xác nhận)", "16,5 (chưa xác nhận)", "chưa có ngưỡng".
    /// </summary>
    public string ThresholdCell(Threshold threshold) =>
        threshold.Value.Kind switch
        {
            ValueKind.Number or ValueKind.Integer => $"{Show(threshold.Value.Number)} ({StatusName(threshold.Status)})",
            ValueKind.Boolean => $"{(threshold.Value.Boolean ? Yes : No)} ({StatusName(threshold.Status)})",
            ValueKind.Text => $"{threshold.Value.Text} ({StatusName(threshold.Status)})",
            _ when threshold.Status == ValueStatus.NotSet => OpenThreshold,
            _ => $"{OpenThreshold} ({StatusName(threshold.Status)})",
        };

    protected abstract string OpenThreshold { get; }

    public string Text(LocalizedText text) => text.In(Code);

    /// <summary>
    /// A criterion's name in this language, marked where the sources give only some of its indicators: "Kinh tế (một
    /// phần)", which no locality can achieve.
    /// </summary>
    public string CriterionName(Criterion criterion) =>
        Text(criterion.Name) + (criterion.IsPartlyEncoded ? PartialMark : "");

    /// <summary>" (một phần)" / " (partial)".</summary>
    protected abstract string PartialMark { get; }

    /// <summary>
    /// The criteria among <paramref name="criteria"/> the sources give only some indicators of, said once under a table
    /// that marks them; null when there are none.
    /// </summary>
    public string? PartialCriteriaLine(IEnumerable<Criterion> criteria) =>
        criteria.Where(c => c.IsPartlyEncoded).Select(c => c.Number).ToList() is { Count: > 0 } numbers
            ? PartialCriteria(numbers)
            : null;

    protected abstract string PartialCriteria(IReadOnlyList<string> numbers);

    /// <summary>A count as people read it, its thousands grouped: "10.000" in Vietnamese, "10,000" in English.</summary>
    public string Count(long count) => count.ToString("N0", Numbers);

    /// <summary>A count the sources may not give, such as a decision's indicators: "47", or "?" where they do not.</summary>
    public string CountOrUnknown(int? count) => count?.ToString(Numbers) ?? "?";

    /// <summary>An average as reports state it (<see cref="ReportFigures.Average"/>): "17,87" in Vietnamese.</summary>
    public string Average(double average) => ReportFigures.Average(average).ToString("N2", Numbers);

    /// <summary>A value as people read it: "98,5" in Vietnamese; whole numbers without decimals.</summary>
    public string Show(double value) => value.ToString("0.###", Numbers);

    /// <summary>
    /// A value as <see cref="Show"/> writes it, with the decimals more it takes not to read as <paramref name="other"/>
    /// where it is not: 79,99961% falls short of 80%, and shown as "80%" it would read as meeting it.
    /// </summary>
    public string ShowApart(double value, double other)
    {
        var format = "0.###";
        while (
            value != other && value.ToString(format, Numbers) == other.ToString(format, Numbers) && format.Length < 17
        )
        {
            format += "#";
        }

        return value.ToString(format, Numbers);
    }

    /// <summary>
    /// An input's type as a rule file declares it ("integer"), or its allowed values for an enumeration: what
    /// <c>ntm diff</c> compares of two declarations.
    /// </summary>
    public static string InputTypeName(InputDeclaration input) =>
        input.Type == InputType.Enumeration
            ? string.Join("|", input.AllowedValues)
            : input.Type.ToString().ToLowerInvariant();

    /// <summary>An input's valid range ("0 – 100", "≥ 0"), or empty.</summary>
    public string InputRange(InputDeclaration input) =>
        (input.Minimum, input.Maximum) switch
        {
            (null, null) => "",
            ({ } min, null) => $"≥ {Show(min)}",
            (null, { } max) => $"≤ {Show(max)}",
            ({ } min, { } max) => $"{Show(min)} – {Show(max)}",
        };

    /// <summary>A share as a percentage (<see cref="ReportFigures.Percent"/>): "87%", or "99,5%" for 199 of 200.</summary>
    public string Percent(double share) => ReportFigures.Percent(share).ToString(Numbers) + "%";

    public abstract string Date(DateOnly date);

    public string InForceRange(CriteriaSet set) => InForceRange(set.InForceFrom, set.LastDayInForce);

    public string InForceRange(DateOnly from, DateOnly? to) =>
        $"{(from == DateOnly.MinValue ? "?" : Date(from))} – {(to is { } last ? Date(last) : Now)}";

    /// <summary>
    /// A set's decision cited in the report's language: "QĐ 318/QĐ-TTg (08/03/2022), Phụ lục I, sửa đổi bởi QĐ
    /// 211/QĐ-TTg"; the decision's number and annex are the official text's.
    /// </summary>
    public string Citation(LegalBasis basis) =>
        $"QĐ {(basis.Decision.Length == 0 ? DecisionNumberUnknown : basis.Decision)}"
        + (basis.Date is { } date ? $" ({Date(date)})" : "")
        + (basis.Annex is null ? "" : $", {basis.Annex}")
        + string.Concat(basis.AmendedBy.Select(a => $", {AmendedBy} QĐ {a.Decision}"));

    public static string DecisionOf(LegalBasis basis) =>
        (basis.Decision.Length == 0 ? "?" : basis.Decision) + (basis.Annex is null ? string.Empty : $", {basis.Annex}");

    // Report sentences.
    public abstract string EvaluatedHeading(int localities, DateOnly asOf);

    /// <summary>
    /// Where the date of assessment came from when no <c>--as-of</c> gave it: "The date of assessment is the last
    /// day of the data's assessment year, 2024."
    /// </summary>
    public abstract string AsOfFromYear(int year);

    /// <summary>The release a report was made with: "Lập bằng ntm 0.1.0." / "Made with ntm 0.1.0."</summary>
    public abstract string MadeWith(string version);

    /// <summary>A printed page's number among the pages: "Trang 2/5" / "Page 2 of 5".</summary>
    public abstract string PageOfPages(string page, string pages);

    /// <summary>The headers <c>--column</c> named, and the input each was read as, as a sentence.</summary>
    public abstract string ColumnsReadAs(IReadOnlyList<ColumnMapping> columns);

    /// <summary>A report's line on a file without ids: each locality is known by its name in that column.</summary>
    public abstract string KnownByNames(string header);

    /// <summary>
    /// The data file, its format, decimal separator and digest, and its rows read, evaluated, rejected and left out.
    /// </summary>
    public string InputLine(string file, string format, FileDigest? digest, EvaluationTotals totals) =>
        InputLine(
            file,
            format,
            DecimalSeparatorName(totals.DecimalSeparator, numbersAsText: format == "CSV")
                + (digest is null ? "" : $", {digest}"),
            totals,
            [
                .. totals
                    .RowsLeftOutBy.Where(r => r.Value > 0)
                    .OrderBy(r => r.Key)
                    .Select(r =>
                    {
                        var listed = totals.LeftOut.Where(row => row.Reason == r.Key).ToList();
                        return LeftOut(
                            r.Key,
                            r.Value,
                            string.Join(", ", listed.Select(row => $"{RowWord} {row.Row} '{row.Label}'"))
                                + (r.Value > listed.Count ? ", …" : "")
                        );
                    }),
            ]
        );

    /// <summary>
    /// The file line with the rows left out already said, by reason; <paramref name="details"/> are its decimal
    /// separator and digest.
    /// </summary>
    protected abstract string InputLine(
        string file,
        string format,
        string details,
        EvaluationTotals totals,
        IReadOnlyList<string> leftOut
    );

    /// <summary>
    /// The rows left out for a reason, with the first listed: "bỏ qua 1 dòng tổng (dòng 12 'Tổng cộng')".
    /// </summary>
    protected abstract string LeftOut(LeftOutReason reason, long count, string rows);

    /// <summary>"dòng" / "row", before a row's number in running text.</summary>
    protected abstract string RowWord { get; }

    /// <summary>"dòng" / "rows", before the numbers of several rows.</summary>
    protected virtual string RowsWord => RowWord;

    public abstract string AmbiguousDecimalsNote(
        string file,
        int count,
        string first,
        char separator,
        string detectedAt
    );

    public abstract string LeftOutLine(LeftOutRow row);

    /// <summary>What <c>explain</c> says of a ward or a town explained against commune sets.</summary>
    public abstract string WardOrTownExplained(string name);

    /// <summary>
    /// The decimal mark the file's numbers written as text use; without one, a CSV file has no decimals, and a
    /// workbook's or a JSON file's numbers are read as it stores them.
    /// </summary>
    public abstract string DecimalSeparatorName(char? separator, bool numbersAsText);

    public string SetLine(CriteriaSet set) =>
        $"{set.Id}@{set.Version}: {Text(set.Name)} ({Citation(set.LegalBasis)})"
        + (SetSource(set) is { } source ? $" — {source}" : "");

    /// <summary>
    /// Where a set ntm does not ship was read from ("read from the file …, in place of the shipped version"), so that
    /// a report says whose thresholds it applied; null for a shipped set.
    /// </summary>
    public string? SetSource(CriteriaSet set) =>
        SetOrigin.Of(set) is { Named: { } file } origin
            ? SetReadFrom(file, origin.InPlaceOfShipped, origin.Extends)
            : null;

    protected abstract string SetReadFrom(string file, bool inPlaceOfShipped, string? extends);

    public abstract string ReachingTier(int reaching, int total, Tier tier);

    public string NotEncoded => OutcomeName(Ntm.Criteria.Outcome.NotEncoded);

    /// <summary>
    /// A unit as the report's language writes it ("triệu đồng/người/năm"); the rule files write units in English, and
    /// one they write that is not here is shown as written.
    /// </summary>
    public abstract string UnitName(string unit);

    /// <summary>
    /// A unit after an amount of it: "1 model" where English counts one; as <see cref="UnitName(string)"/> otherwise.
    /// </summary>
    public virtual string UnitName(string unit, double amount) => UnitName(unit);

    public abstract string SetNotEncodedLine(CriteriaSet set);

    /// <summary>A threshold given by year, for other years than the data's: "not set for 2028 (given for 2026, 2027)".</summary>
    public abstract string NotSetForYear(int year, IReadOnlyList<int> years);

    /// <summary>
    /// No threshold because the data does not give what picks its row: "by commune group (unknown)", missing data, not
    /// a value the sources lack.
    /// </summary>
    public abstract string RowKeyUnknown(ThresholdRowKey key);

    /// <summary>
    /// The localities whose data does not give what picks some thresholds, with the first rows: those indicators are
    /// missing data for them.
    /// </summary>
    public abstract string RowKeysMissingLine(ThresholdRowKey key, long count, IReadOnlyList<long> rows);

    /// <summary>"dòng 2, 5, …": the rows listed of a count.</summary>
    protected string RowsListed(long count, IReadOnlyList<long> rows) =>
        $"{(count > 1 ? RowsWord : RowWord)} {string.Join(", ", rows.Select(r => r.ToString(Numbers)))}"
        + (count > rows.Count ? ", …" : "");

    /// <summary>In place of the table of indicators most often missed, when no locality failed one.</summary>
    public abstract string NoIndicatorMissedLine { get; }

    /// <summary>A band of criteria achieved as district reports write it: "đủ 19", "15–18", "dưới 5".</summary>
    public string Band(CriteriaBand band, int total) =>
        band.From == total ? AllOf(total)
        : band.From == 0 ? Under(band.To + 1)
        : $"{band.From}–{band.To}";

    /// <summary>"đủ 19" / "all 19".</summary>
    protected abstract string AllOf(int total);

    /// <summary>"dưới 5" / "under 5".</summary>
    protected abstract string Under(int bound);

    public abstract string Averages(SetSummary summary);

    /// <summary>
    /// How much of a partly encoded set the sources give (criteria with indicators, indicators of the official
    /// count), and the numbers of its conditions they do not give whole, so that its averages are not read as a whole
    /// set's; null for a set encoded whole.
    /// </summary>
    protected static EncodedPart? PartlyEncoded(CriteriaSet set) =>
        set.IsShortOfItsDecision
            ? new(
                set.Criteria.Count(c => c.IsEncoded),
                Math.Max(set.Criteria.Length, set.OfficialCriteriaCount ?? 0),
                set.Indicators.Count(),
                set.OfficialIndicatorCount,
                [.. set.Preconditions.Where(c => !c.IsEncoded || c.IsPartlyEncoded).Select(c => c.Number)]
            )
            : null;

    /// <summary>What <see cref="PartlyEncoded"/> tells of a set.</summary>
    protected sealed record EncodedPart(
        int Criteria,
        int Of,
        int Indicators,
        int? OfIndicators,
        IReadOnlyList<string> ConditionsNotEncoded
    );

    public abstract string OpenThresholdsLine(int count);

    /// <summary>
    /// The indicators a locality misses for its next tier only because the sources give them no threshold, said once
    /// under the table of those its values miss: the same for every locality, and none of them its doing.
    /// </summary>
    public abstract string GapWithoutThresholdLine(IReadOnlyList<string> numbers);

    public abstract string UnconfirmedValuesLine(SetSummary set);

    /// <summary>
    /// A set's indicators that had no value for some localities (a share of a total of 0), each with how many: the
    /// report counts them as not achieved, and this says so.
    /// </summary>
    public abstract string NoValueLine(CriteriaSet set, IReadOnlyList<(string Number, int Localities)> indicators);

    /// <summary>Communes of other provinces evaluated against a province's set.</summary>
    public abstract string OtherProvincesLine(CriteriaSet set, IReadOnlyList<(string Province, long Communes)> others);

    /// <summary>
    /// Communes whose assessment year no set of the run covers, by year, with the periods of the run's sets; the way
    /// out is another <c>--as-of</c> where one was given, or else sets named without the versions <c>--set</c> pinned.
    /// </summary>
    public abstract string YearsNotCoveredLine(
        IReadOnlyList<(int Year, long Communes)> years,
        IReadOnlyList<string> periods,
        bool asOfGiven
    );

    /// <summary>
    /// A province of the file whose own sets in force were not used: its communes, those sets, and the
    /// <c>--set</c> options that evaluate its communes against them.
    /// </summary>
    public abstract string OwnProvinceSetsLine(OwnProvinceSetsNote note, DateOnly asOf);

    /// <summary>
    /// A version <c>--set</c> names that is not in force on the date of assessment, and the version that is, if any: a
    /// report "against the sets in force" must not let it pass for one.
    /// </summary>
    public abstract string NotInForceLine(CriteriaSet set, DateOnly asOf, CriteriaSet? inForce);

    /// <summary>
    /// A chain whose first set requires a set the run does not evaluate (<see cref="TierChain.UnevaluatedRequirement"/>):
    /// the tier it gives is reached without the tier below being checked.
    /// </summary>
    public abstract string RequirementNotEvaluatedLine(CriteriaSet set, string required);

    /// <summary>"--set a --set b": the options that name these sets.</summary>
    protected static string SetOptions(IEnumerable<string> ids) => string.Join(' ', ids.Select(id => $"--set {id}"));

    /// <summary>The first provinces and their communes, "Lào Cai (5), Bắc Ninh (5), …".</summary>
    protected static string ProvinceList(IReadOnlyList<(string Province, long Communes)> others) =>
        Listed(others.Select(o => $"{o.Province} ({o.Communes})"), most: 5);

    /// <summary>Items joined by commas, the first <paramref name="most"/> of them and "…" where there are more.</summary>
    public static string Listed(IEnumerable<string> items, int most = int.MaxValue)
    {
        var first = items.Take(most == int.MaxValue ? most : most + 1).ToList();
        return string.Join(", ", first.Take(most)) + (first.Count > most ? ", …" : "");
    }

    /// <summary>Paths as a command line takes them: joined by spaces, one with a space in double quotes.</summary>
    protected static string CommandWords(IEnumerable<string> paths) =>
        string.Join(' ', paths.Select(p => p.Contains(' ', StringComparison.Ordinal) ? $"\"{p}\"" : p));

    /// <summary>Items quoted and joined by commas, "'STT', 'Mã xã', …", as <see cref="Listed"/> lists them.</summary>
    public static string Quoted(IEnumerable<string> items, int most = int.MaxValue) =>
        Listed(items.Select(i => $"'{i}'"), most);

    /// <summary>A commune's indicators decided against an unconfirmed threshold, by official number.</summary>
    public abstract string OnUnconfirmedValuesLine(IReadOnlyList<string> numbers);

    /// <summary>Why an indicator does not apply to a commune: the condition it applies under, as a reader says it.</summary>
    public abstract string NotApplicableLine(string number, string condition);

    /// <summary>
    /// Why an indicator is an evaluation error for a commune: the measure it compares has no value with the commune's
    /// values.
    /// </summary>
    public abstract string NoMeasureValueLine(string number, string measure);

    /// <summary>
    /// An indicator's condition as a reader says it: the label of the input it tests when it tests one yes/no input
    /// (<c>input.HasTraditionalCraft</c>, <c>input.X == true</c>), else the expression as the file writes it.
    /// </summary>
    public string Condition(string appliesWhen, InputSchema inputs)
    {
        var tested = appliesWhen.Trim();
        foreach (var suffix in new[] { "== true", "==true" })
        {
            if (tested.EndsWith(suffix, StringComparison.Ordinal))
            {
                tested = tested[..^suffix.Length].TrimEnd();
            }
        }

        return
            tested.StartsWith("input.", StringComparison.Ordinal)
            && inputs.TryGet(tested["input.".Length..], out var input)
            && input.Type == InputType.Boolean
            ? $"\"{InputLabel(input)}\""
            : appliesWhen;
    }

    /// <summary>An input as a reader of the report knows it: its label in the report's language, else its id.</summary>
    public string InputLabel(InputDeclaration input) =>
        input.Labels.GetValueOrDefault(Code) ?? input.Labels.GetValueOrDefault("vi") ?? input.Name;

    /// <summary>
    /// The facts a commune's group needs and its data does not give, as their labels: a page forwarded to the
    /// province names them in its reader's words, as the data template heads their columns.
    /// </summary>
    protected string MissingFacts(CommuneGroupCheck check, InputSchema inputs) =>
        string.Join(
            ", ",
            check.MissingFacts.Select(f => inputs.TryGet(f, out var input) ? $"\"{InputLabel(input)}\"" : f)
        );

    public abstract string ByGroupHeading(string column);

    /// <summary>The group a commune is evaluated in, and where it comes from.</summary>
    public abstract string GroupLine(CommuneGroupCheck check, InputSchema inputs);

    public string YesNo(bool value) => value ? Yes : No;

    /// <summary>A tier's result as evaluated: "đạt NTM nâng cao" / "advanced: achieved".</summary>
    public abstract string TierResult(CriteriaSet set, bool achieved);

    public abstract string PrerequisiteDisagreementLine(PrerequisiteDisagreement d);

    public abstract string PrerequisiteNoteLine(PrerequisiteNote note);

    public abstract string GroupContradictionsLine(int count);

    public abstract string GroupContradiction(string file, long row, string? id, int given, int derived);

    public abstract string ProblemsNotListed(long count);

    public abstract string ReportWritten(string path);

    public abstract string RowsRejectedLine(long count);

    public abstract string ExplainHeading(Locality locality, DateOnly asOf);

    /// <summary>
    /// "…: 5/19 tiêu chí, 32/57 chỉ tiêu — chưa đạt"; a set with no indicator encoded says so rather than "0/0", one
    /// with no criteria (only conditions) says nothing of criteria, and one whose decision has more indicators than it
    /// encodes says how many ("4/4 chỉ tiêu (quyết định có 10)"), which is why it is not achieved.
    /// </summary>
    public string ReportLine(SetReport report)
    {
        var criteria =
            report.CriteriaTotal == 0 ? "" : $"{report.CriteriaAchieved}/{report.CriteriaTotal} {Criteria}, ";
        var indicators =
            report.IndicatorsTotal == 0
                ? IndicatorsNotEncoded
                : $"{report.IndicatorsAchieved}/{report.IndicatorsTotal} {Indicators}";
        var ofDecision =
            report.Set.OfficialIndicatorCount is { } official && official > report.IndicatorsTotal
                ? $" ({DecisionHas(official)})"
                : "";
        return $"{report.Set.Id}@{report.Set.Version}: {criteria}{indicators}{ofDecision} — "
            + AchievedOrNot(report.IsAchieved);
    }

    /// <summary>"quyết định có 10" / "the decision has 10": the indicators the sources count in a set's decision.</summary>
    protected abstract string DecisionHas(int indicators);

    /// <summary>"chỉ tiêu chưa mã hóa" / "indicators not encoded".</summary>
    protected abstract string IndicatorsNotEncoded { get; }

    /// <summary>"đạt" or "chưa đạt" / "achieved" or "not achieved".</summary>
    protected abstract string AchievedOrNot(bool achieved);

    public abstract string TierLine(TierReport tiers);

    public abstract string NotEncodedLine(IEnumerable<Criterion> criteria);

    public abstract string NothingMissing { get; }

    /// <summary>
    /// A set that has fewer criteria or indicators than the sources count in its decision, whichever they are: no
    /// locality achieves it, even one that meets all it encodes (<see cref="CriteriaSet.IsShortOfItsDecision"/>).
    /// </summary>
    public string ShortOfItsDecisionLine(CriteriaSet set) =>
        ShortOfItsDecision(set.Id, PartlyEncoded(set) ?? throw new ArgumentException("The set is whole.", nameof(set)));

    protected abstract string ShortOfItsDecision(string id, EncodedPart part);

    public abstract string DiffHeading(CriteriaSet before, CriteriaSet after);

    public abstract string NoChanges { get; }

    public abstract string ChangeName(SetChangeKind kind);

    // The criteria workbook's messages.
    public abstract string WorkbookExported(string path, CriteriaSet set);

    /// <summary>
    /// A sheet that says what its version says already, as ntm ships it (<paramref name="file"/> null) or as a file
    /// has it: nothing is written for it.
    /// </summary>
    public abstract string WorkbookUnchanged(CriteriaSet set, string? file);

    /// <summary>
    /// What an import wrote: the file (<paramref name="overwrote"/> when one was there before, so that the user sees a
    /// file of theirs was replaced), the set, and how it stands beside the shipped sets.
    /// </summary>
    public abstract string WorkbookImported(
        string path,
        bool overwrote,
        CriteriaSet set,
        CriteriaSet? replaces,
        bool newSet
    );

    public abstract string WorkbookNothingWritten(int problems);

    /// <summary>A value in a column of a workbook's sheet that the import does not read: its header, if it has one.</summary>
    public abstract string ColumnNotRead(string? header);

    /// <summary>A value above a criteria sheet's table that is not one of its header block's.</summary>
    public abstract string CellNotRead { get; }

    /// <summary>
    /// Merged cells of a workbook's sheet, with a value: a spreadsheet keeps it in the first cell alone, and the others
    /// would read as empty.
    /// </summary>
    public abstract string MergedCellsNotRead(string range);

    /// <summary>An indicator numbered under another criterion of the sheet than the one it stands under.</summary>
    public abstract string IndicatorUnderAnotherCriterion(string indicator, string under, string owner);

    /// <summary>The version a sheet defines is defined in a file of the folder that defines other sets too.</summary>
    public abstract string VersionInAFileOfSets(CriteriaSet set, string file);

    public abstract string NoCriteriaSheet { get; }

    public abstract string NotANumber(string text, string? hint);

    public abstract string NumberReadsTwoWays(string text, string grouped, string asDecimal);

    public abstract string DirectionDoesNotFit(string direction, string input, string type);

    public abstract string InForceToBeforeFrom(DateOnly from, DateOnly to);

    /// <summary>A decision counted with fewer criteria (or indicators) than the sheet gives.</summary>
    public abstract string FewerThanTheSheet(int count, int sheet, bool indicators);

    public abstract string YearNeverAssessed(int year, string period, string inForce);

    /// <summary>
    /// A new national set started from the sheet of another: of the same level, tier and period, both would be
    /// evaluated.
    /// </summary>
    public abstract string SecondNationalSet(string id, string startedFrom);

    /// <summary>A version another sheet of the workbook gives already: one would be written over the other.</summary>
    public abstract string VersionOfTwoSheets(string version, string otherSheet);

    /// <summary>A national set's id with an issuing province: it would evaluate that province's communes only.</summary>
    public abstract string ProvinceOfNationalSet(string id, string province);

    /// <summary>A header's decision source left as exported, under another decision than the exported one.</summary>
    public abstract string SourceOfAnotherDecision(string exported, string decision);

    /// <summary>A header's name left as exported, on a sheet given another set's id.</summary>
    public abstract string NameOfAnotherSet(string exported, string id);

    public abstract string ProvinceNeeded(string id);

    /// <summary>
    /// The decision's number (the line <paramref name="decision"/>) left empty while its status (the line
    /// <paramref name="status"/>) does not say the sources give none.
    /// </summary>
    public abstract string DecisionNeeded(string decision, string status);

    public abstract string NotAWholeNumber(string text);

    public string OutOfRange(double value, string input, double? minimum, double? maximum, string? unit) =>
        OutsideRange(
            Show(value),
            input,
            $"{(minimum is { } lo ? Show(lo) : "…")}–{(maximum is { } hi ? Show(hi) : "…")}"
                + (unit is null ? string.Empty : " " + UnitName(unit))
        );

    /// <summary>A value outside an input's range, both as this language writes them.</summary>
    protected abstract string OutsideRange(string value, string input, string range);

    public abstract string NotOneOf(string text, IEnumerable<string> allowed);

    /// <summary>An official number written with a comma ("2,2"), and as the decisions write it ("2.2").</summary>
    public abstract string NumberWithComma(string number, string dotted);

    /// <summary>A condition's value that says the opposite of its direction ("không" where it must hold).</summary>
    public abstract string ConditionAgainstDirection(string text, bool mustHold);

    public abstract string ValueWithoutSource(ValueStatus status);

    public abstract string ValueMarkedNotSet { get; }

    public abstract string StatusWithoutValue(ValueStatus status);

    public abstract string ValueWithoutStatus { get; }

    /// <summary>A filled cell of a column a criterion's row does not have (a threshold, a direction, …).</summary>
    public abstract string NotReadOnCriterionRow(string column);

    /// <summary>
    /// A filled cell of a year row outside its year and thresholds that says otherwise than the indicator's own cell.
    /// </summary>
    public abstract string NotReadOnYearRow(string column, string indicatorCell);

    /// <summary>A threshold given a second time for one column group and year, by a year row.</summary>
    public abstract string ThresholdTwice(string column, int? year, string first);

    /// <summary>An indicator row none of whose threshold cells is filled, not even as open.</summary>
    public abstract string NoThresholdCells(string number);

    public abstract string Needed(string what);

    /// <summary>
    /// A criterion's or indicator's number used twice; one held as a number may be another typed in a cell of the
    /// general format ("2.10" becomes 2.1).
    /// </summary>
    public abstract string DuplicateNumber(string number, string first, bool heldAsNumber);

    public abstract string UnknownInput(string name, IEnumerable<string> closest);

    public abstract string IndicatorOutsideCriterion { get; }

    public abstract string YearRowOfNoIndicator { get; }

    /// <summary>
    /// The "exported from" cell names no set (or is empty); <paramref name="meant"/> is the set it likely named.
    /// </summary>
    public abstract string UnknownBaseSet(string text, string? meant);

    /// <summary>
    /// A sheet exported from a rules folder's file that stands in place of a shipped version, imported without that
    /// folder: it would start from the shipped version.
    /// </summary>
    public abstract string ExportedFromFileNotGiven(string file, string version);

    public abstract string NotADate(string text);

    /// <summary>A year given where a date goes (<c>--as-of 2024</c>): its last day, or the data's year.</summary>
    public abstract string YearNotADate(int year);

    public abstract string NotAValueNamesLine(string line);

    public abstract string InputRedeclared(string name);

    /// <summary>A new input of the inputs sheet that no indicator of the workbook reads: no set would declare it.</summary>
    public abstract string InputReadByNoIndicator(string name);

    /// <summary>
    /// Another input typed for an indicator that compares a measure of its rule file, which the sheet does not change.
    /// </summary>
    public abstract string InputOfMeasure(string indicator, string measure, string input);

    /// <summary>
    /// A new number on the row of an indicator that compares a measure, which the sheet no longer has: the row would
    /// be a new indicator comparing its input alone.
    /// </summary>
    public abstract string MeasureRenumbered(string number, string indicator, string measure);

    /// <summary>The note an indicator's input cell shows when the indicator compares a measure, not its input.</summary>
    public abstract string MeasureNote(string measure);

    /// <summary>An indicator's condition names an input that is not yes/no, where a condition on it is wanted.</summary>
    public abstract string ConditionNamesAnInput(string text, string input);

    public abstract string RuleFileProblem(string message);

    public abstract string ValidFile(CriteriaSet set);

    /// <summary>
    /// "19/19 tiêu chí, 57/57 chỉ tiêu; ngưỡng: 34 có (20 chưa xác nhận), 23 chưa có": the one completeness figure.
    /// </summary>
    public string Completeness(SetCompleteness c) =>
        Completeness(c, CountOrUnknown(c.OfficialCriteria), CountOrUnknown(c.OfficialIndicators));

    /// <summary>
    /// The completeness figure with the decision's counts written out ("?" where the sources do not give them).
    /// </summary>
    protected abstract string Completeness(SetCompleteness c, string officialCriteria, string officialIndicators);

    public abstract string TierChangesHeading(int changed, int evaluated);

    /// <summary>The data file whose localities <c>diff --data</c> evaluated, and its rows rejected.</summary>
    public abstract string TierChangesFileLine(string file, long rejected);

    public string TierOrNone(Tier? tier) => tier is { } t ? TierName(t) : NoTier;

    public abstract string Replaces(SetReplacement replacement);

    /// <summary>A set that reads no inputs: the sources give none of its criteria's indicators.</summary>
    public abstract string ReadsNoInputs(CriteriaSet set);

    /// <summary>A set read from a file that neither replaces a shipped version nor extends another.</summary>
    public abstract string NotShipped(CriteriaSet set, string file);

    public abstract string ExtendsNote(CriteriaSet set);

    /// <summary>
    /// A set imported with criteria given in part, each with its kind cell (<c>3 ('commune@2025-12-29'!A20)</c>):
    /// nothing achieves them until that cell says all their indicators are there.
    /// </summary>
    public abstract string GivenInPartLine(CriteriaSet set, IReadOnlyList<string> criteria);

    /// <summary>
    /// A rule file's criteria that had no indicator in the set it extends and are given some now: in part until their
    /// override says <c>"Complete": true</c>.
    /// </summary>
    public abstract string GivenInPartByOverride(CriteriaSet set, IReadOnlyList<string> criteria);

    /// <summary>
    /// A set imported with indicators whose only value is in the General column, which is recorded and never applied.
    /// </summary>
    public abstract string GeneralOnlyLine(CriteriaSet set, IReadOnlyList<string> indicators);

    /// <summary>A version whose days in force a later version's begin within: the later is taken from its first day.</summary>
    public abstract string TakenInPlaceFrom(CriteriaSet set, CriteriaSet later);

    /// <summary>Whether a later version is in force on every day <paramref name="set"/> is, so that it is never used.</summary>
    protected static bool InForceOnEveryDayOf(CriteriaSet later, CriteriaSet set) =>
        later.InForceFrom <= set.InForceFrom
        && (later.LastDayInForce is null || set.LastDayInForce is { } last && later.LastDayInForce >= last);

    public abstract string InvalidFiles(int errors);

    /// <summary>
    /// Files validated alone named a set their folders' other files may define: those are read when named too, or
    /// with the folder.
    /// </summary>
    public abstract string FolderNotRead(IReadOnlyList<string> folders);

    /// <summary>The page lists the first communes' details only; the workbook has every one.</summary>
    public abstract string DetailsCapped(int shown, long total);

    /// <summary>A workbook is a file: <c>--format xlsx</c> without <c>--out</c>.</summary>
    public abstract string XlsxNeedsOut { get; }

    /// <summary>An <c>--out</c> file whose extension names another format than the report's.</summary>
    public abstract string OutExtensionOfAnotherFormat(string path, string format);

    /// <summary>What a bar chart shows, for those who cannot see it: "đạt chuẩn: 5; nâng cao: 2".</summary>
    public static string ChartDescription(IEnumerable<(string Label, string Value)> bars) =>
        string.Join("; ", bars.Select(b => $"{b.Label}: {b.Value}"));

    /// <summary>What <c>ntm export</c> wrote.</summary>
    public abstract string RulesEngineExported(string workflow, string inputClass, string className, CriteriaSet set);
}
