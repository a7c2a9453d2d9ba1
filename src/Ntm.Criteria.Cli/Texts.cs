using System.Globalization;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>
/// Every word <c>ntm</c> prints for people, in Vietnamese (the default) or English, and how it writes numbers:
/// "17,87" and "94%" in Vietnamese, "17.87" in English. Machine formats (CSV, JSON) do not go through here.
/// </summary>
internal sealed partial class Texts
{
    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", PercentDecimalSeparator = ",", PercentGroupSeparator = "." };

    /// <summary>Vietnamese, with diacritics.</summary>
    public static readonly Texts Vietnamese = new()
    {
        Code = "vi",
        Numbers = VietnameseNumbers,
        TierNames = ["đạt chuẩn", "nâng cao", "kiểu mẫu", "hiện đại"],
        NoTier = "chưa đạt",
        OutcomeNames = ["đạt", "không đạt", "thiếu dữ liệu", "không áp dụng", "chưa có ngưỡng", "chưa mã hóa", "lỗi tính"],
        LevelNames = ["xã", "huyện", "thôn", "tỉnh"],
        StatusNames = ["đã xác nhận", "chưa xác nhận", "chưa có"],
        Row = "Dòng",
        Id = "Mã",
        Name = "Tên",
        District = "Huyện",
        Province = "Tỉnh",
        Tier = "Hạng đạt",
        NextTier = "Hạng tiếp theo",
        NotAchievedForNext = "CT không đạt",
        MissingDataForNext = "CT thiếu dữ liệu",
        CriteriaByOutcomeForNext = ["TC không đạt", "TC thiếu dữ liệu", "TC chưa có ngưỡng", "TC chưa mã hóa"],
        CriteriaAchievedHeading = "Số xã đạt từng tiêu chí",
        BandsHeading = "Số xã theo số tiêu chí đạt",
        Criterion = "Tiêu chí",
        CommunesAchieving = "Số xã đạt",
        Share = "Tỷ lệ",
        CriteriaAchievedColumn = "Số tiêu chí đạt",
        CriteriaShort = "TC",
        IndicatorsShort = "CT",
        Criteria = "tiêu chí",
        Indicators = "chỉ tiêu",
        Column = "Cột",
        Value = "Giá trị",
        Problem = "Lỗi",
        Indicator = "Chỉ tiêu",
        Actual = "Thực tế",
        Required = "Yêu cầu",
        Outcome = "Kết quả",
        Source = "Nguồn",
        Gap = "Còn thiếu",
        Set = "Bộ tiêu chí",
        Version = "Phiên bản",
        Level = "Cấp",
        Period = "Giai đoạn",
        Decision = "Văn bản",
        InForce = "Hiệu lực",
        Unconfirmed = "Chưa xác nhận",
        OpenThresholds = "Ngưỡng chưa có",
        ThresholdsSet = "Ngưỡng có",
        Type = "Kiểu",
        Unit = "Đơn vị",
        Range = "Miền giá trị",
        Label = "Nhãn",
        Change = "Thay đổi",
        Number = "Số",
        Key = "Vùng/nhóm/năm",
        Before = "Trước",
        After = "Sau",
        Communes = "Số xã",
        MissedBy = "Số xã không đạt",
        PassRate = "Tỷ lệ đạt",
        Now = "nay",
        Yes = "có",
        No = "không",
        None = "không có",
        PerCommuneHeading = "Từng xã",
        SummaryHeading = "Tổng hợp",
        ByDistrictHeading = "Theo huyện",
        ByProvinceHeading = "Theo tỉnh",
        GroupContradictionsHeading = "Nhóm xã trái với dữ kiện của xã",
        PrerequisiteNotesHeading = "Hạng bậc dưới ghi trong dữ liệu khác với kết quả đánh giá",
        PrerequisiteNotesLine = "Một tiêu chí đòi hỏi hạng bậc dưới (xã kiểu mẫu phải là xã đạt NTM nâng cao) lấy kết quả đánh giá hạng đó trong cùng báo cáo, không lấy giá trị ghi trong dữ liệu; các xã dưới đây có dữ liệu ghi khác.",
        GivenInData = "Dữ liệu ghi",
        ChainResult = "Kết quả đánh giá",
        Rows = "Dòng",
        GroupGiven = "Nhóm theo dữ liệu",
        GroupFromFacts = "Nhóm theo dữ kiện",
        MostMissedHeading = "Chỉ tiêu không đạt nhiều nhất",
        RejectedHeading = "Dòng bị loại",
        GapHeading = "Còn thiếu để đạt hạng tiếp theo",
        LegendText = "TC: tiêu chí đạt/tổng; CT: chỉ tiêu đạt/tổng; \"chưa mã hóa\": nguồn chưa có chỉ tiêu nào của bộ. Các cột sau hạng đạt nói về hạng tiếp theo: số tiêu chí không đạt, thiếu dữ liệu, chưa có ngưỡng, chưa mã hóa, rồi số hiệu các chỉ tiêu không đạt và thiếu dữ liệu. Chỉ tiêu chưa có ngưỡng hoặc thiếu dữ liệu không được tính là đạt.",
        WorkbookHeaderLabels = ["Mã bộ tiêu chí", "Phiên bản", "Xuất từ (không sửa)", "Tên bộ tiêu chí (tiếng Việt)", "Tên bộ tiêu chí (tiếng Anh)", "Văn bản", "Ngày ban hành", "Phụ lục", "Trạng thái văn bản", "Nguồn văn bản", "Hiệu lực từ", "Hiệu lực đến"],
        WorkbookColumns = ["Loại", "Số", "Tên (tiếng Việt)", "Tên (tiếng Anh)", "Đơn vị", "Chiều", "Dữ liệu vào", "Áp dụng khi", "Năm", "Trạng thái", "Nguồn", "Ghi chú"],
        KindNames = ["tiêu chí", "chỉ tiêu", "điều kiện"],
        DirectionNames = ["≥", "≤", "đạt", "không"],
        BooleanNames = ["có", "không"],
        ThresholdParts = ["", " trạng thái", " nguồn", " ghi chú"],
        AllSubjectsColumn = "Tất cả",
        GeneralColumn = "Chỉ tiêu chung",
        GroupColumn = "Nhóm",
        InputsSheet = "Dữ liệu vào",
        InputColumns = ["Tên", "Kiểu", "Đơn vị", "Nhỏ nhất", "Lớn nhất", "Giá trị cho phép", "Nhãn (tiếng Việt)", "Nhãn (tiếng Anh)", "Tên khác của giá trị (mỗi dòng: MÃ = tên; tên)"],
    };

    /// <summary>English.</summary>
    public static readonly Texts English = new()
    {
        Code = "en",
        Numbers = NumberFormatInfo.InvariantInfo,
        TierNames = ["standard", "advanced", "model", "modern"],
        NoTier = "none",
        OutcomeNames = ["achieved", "not achieved", "missing data", "not applicable", "threshold not set", "not encoded", "evaluation error"],
        LevelNames = ["commune", "district", "village", "province"],
        StatusNames = ["confirmed", "unconfirmed", "not set"],
        Row = "Row",
        Id = "Id",
        Name = "Name",
        District = "District",
        Province = "Province",
        Tier = "Tier",
        NextTier = "Next tier",
        NotAchievedForNext = "Ind not achieved",
        MissingDataForNext = "Ind missing data",
        CriteriaByOutcomeForNext = ["Cr not achieved", "Cr missing data", "Cr threshold not set", "Cr not encoded"],
        CriteriaAchievedHeading = "Communes achieving each criterion",
        BandsHeading = "Communes by number of criteria achieved",
        Criterion = "Criterion",
        CommunesAchieving = "Communes achieving it",
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
        Communes = "Communes",
        MissedBy = "Communes missing it",
        PassRate = "Pass rate",
        Now = "now",
        Yes = "yes",
        No = "no",
        None = "none",
        PerCommuneHeading = "Communes",
        SummaryHeading = "Summary",
        ByDistrictHeading = "By district",
        ByProvinceHeading = "By province",
        GroupContradictionsHeading = "Commune groups the communes' facts contradict",
        PrerequisiteNotesHeading = "Lower tiers the data gives otherwise than the evaluation",
        PrerequisiteNotesLine = "A criterion that requires a lower tier (a model commune must be an advanced one) takes that tier's result as this report evaluates it, not the value in the data; the data of these communes says otherwise.",
        GivenInData = "In the data",
        ChainResult = "Evaluated",
        Rows = "Rows",
        GroupGiven = "Group in the data",
        GroupFromFacts = "Group from the facts",
        MostMissedHeading = "Indicators most often missed",
        RejectedHeading = "Rejected rows",
        GapHeading = "Missing for the next tier",
        LegendText = "Cr: criteria achieved/total; Ind: indicators achieved/total; \"not encoded\": none of the set's indicators is in the sources. The columns after the tier are about the next tier: its criteria not achieved, missing data, without a threshold and not encoded, then the numbers of its indicators not achieved and missing data. An open threshold or missing data never counts as achieved.",
        WorkbookHeaderLabels = ["Set id", "Version", "Exported from (do not edit)", "Set name (Vietnamese)", "Set name (English)", "Decision", "Decision date", "Annex", "Decision status", "Decision source", "In force from", "In force to"],
        WorkbookColumns = ["Kind", "Number", "Name (Vietnamese)", "Name (English)", "Unit", "Direction", "Input", "Applies when", "Year", "Status", "Source", "Note"],
        KindNames = ["criterion", "indicator", "precondition"],
        DirectionNames = ["≥", "≤", "must hold", "must not hold"],
        BooleanNames = ["yes", "no"],
        ThresholdParts = ["", " status", " source", " note"],
        AllSubjectsColumn = "All",
        GeneralColumn = "General",
        GroupColumn = "Group",
        InputsSheet = "Inputs",
        InputColumns = ["Name", "Type", "Unit", "Minimum", "Maximum", "Allowed values", "Label (Vietnamese)", "Label (English)", "Value names (a line each: CODE = name; name)"],
    };

    private Texts()
    {
    }

    /// <summary>The language code, <c>vi</c> or <c>en</c>.</summary>
    public required string Code { get; init; }

    /// <summary>How numbers are written for this language.</summary>
    public required NumberFormatInfo Numbers { get; init; }

    public required string[] TierNames { get; init; }
    public required string NoTier { get; init; }
    public required string[] OutcomeNames { get; init; }
    public required string[] LevelNames { get; init; }
    public required string[] StatusNames { get; init; }
    public required string Row { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string District { get; init; }
    public required string Province { get; init; }
    public required string Tier { get; init; }
    public required string NextTier { get; init; }
    public required string NotAchievedForNext { get; init; }

    /// <summary>The next tier's criteria not achieved, missing data, without a threshold, not encoded: the per-commune count columns.</summary>
    public required string[] CriteriaByOutcomeForNext { get; init; }
    public required string CriteriaAchievedHeading { get; init; }
    public required string BandsHeading { get; init; }
    public required string Criterion { get; init; }
    public required string CommunesAchieving { get; init; }
    public required string Share { get; init; }
    public required string CriteriaAchievedColumn { get; init; }
    public required string MissingDataForNext { get; init; }
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
    public required string Communes { get; init; }
    public required string MissedBy { get; init; }
    public required string PassRate { get; init; }
    public required string Now { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string None { get; init; }
    public required string PerCommuneHeading { get; init; }
    public required string SummaryHeading { get; init; }
    public required string ByDistrictHeading { get; init; }
    public required string ByProvinceHeading { get; init; }
    public required string GroupContradictionsHeading { get; init; }
    public required string PrerequisiteNotesHeading { get; init; }
    public required string PrerequisiteNotesLine { get; init; }
    public required string GivenInData { get; init; }
    public required string ChainResult { get; init; }
    public required string Rows { get; init; }
    public required string GroupGiven { get; init; }
    public required string GroupFromFacts { get; init; }
    public required string MostMissedHeading { get; init; }
    public required string RejectedHeading { get; init; }
    public required string GapHeading { get; init; }
    public required string LegendText { get; init; }

    // The criteria workbook (ntm workbook): its header block, columns and words, in the order CriteriaSheetLayout uses.
    public required string[] WorkbookHeaderLabels { get; init; }
    public required string[] WorkbookColumns { get; init; }
    public required string[] KindNames { get; init; }
    public required string[] DirectionNames { get; init; }
    public required string[] BooleanNames { get; init; }
    public required string[] ThresholdParts { get; init; }
    public required string AllSubjectsColumn { get; init; }
    public required string GeneralColumn { get; init; }
    public required string GroupColumn { get; init; }
    public required string InputsSheet { get; init; }
    public required string[] InputColumns { get; init; }

    private bool IsVietnamese => Code == "vi";

    /// <summary>The texts for a <c>--lang</c> value.</summary>
    public static Texts For(string language) => language switch
    {
        "vi" => Vietnamese,
        "en" => English,
        _ => throw new CliUsageException($"--lang must be vi or en, not '{language}'"),
    };

    public string TierName(Tier? tier) => tier is { } t ? TierNames[(int)t] : NoTier;

    public string OutcomeName(Outcome outcome) => OutcomeNames[(int)outcome];

    public string LevelName(Level level) => LevelNames[(int)level];

    public string StatusName(ValueStatus status) => StatusNames[(int)status];

    /// <summary>A threshold row as a diff shows it: "25 (đã xác nhận)", "16,5 (chưa xác nhận)", "chưa có ngưỡng".</summary>
    public string ThresholdCell(Threshold threshold) => threshold.Value.Kind switch
    {
        ValueKind.Number or ValueKind.Integer => $"{Show(threshold.Value.Number)} ({StatusName(threshold.Status)})",
        ValueKind.Boolean => $"{(threshold.Value.Boolean ? Yes : No)} ({StatusName(threshold.Status)})",
        ValueKind.Text => $"{threshold.Value.Text} ({StatusName(threshold.Status)})",
        _ when threshold.Status == ValueStatus.NotSet => OpenThreshold,
        _ => $"{OpenThreshold} ({StatusName(threshold.Status)})",
    };

    private string OpenThreshold => IsVietnamese ? "chưa có ngưỡng" : "open";

    public string Text(LocalizedText text) => text.In(Code);

    public string Decimal(double value, int decimals = 2) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Numbers);

    /// <summary>A value as people read it: "98,5" in Vietnamese; whole numbers without decimals.</summary>
    public string Show(double value) => value.ToString("0.###", Numbers);

    public string Percent(double share) => (share * 100).ToString("0", Numbers) + "%";

    public string Date(DateOnly date) => IsVietnamese
        ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string InForceRange(CriteriaSet set) => $"{(set.InForceFrom == DateOnly.MinValue ? "?" : Date(set.InForceFrom))} – {(set.InForceTo is { } to ? Date(to) : Now)}";

    public static string DecisionOf(LegalBasis basis) => (basis.Decision.Length == 0 ? "?" : basis.Decision) + (basis.Annex is null ? string.Empty : $", {basis.Annex}");

    // Report sentences.
    public string EvaluatedHeading(int communes, DateOnly asOf) => IsVietnamese
        ? $"Đánh giá {communes} xã theo bộ tiêu chí có hiệu lực ngày {Date(asOf)}"
        : $"{communes} communes evaluated against the sets in force on {Date(asOf)}";

    public string AsOfFromYear(int year) => IsVietnamese
        ? $"ngày đánh giá là ngày cuối của năm đánh giá {year} trong dữ liệu"
        : $"the date is the last day of the data's assessment year, {year}";

    public string InputLine(string file, string format, string decimals, long read, long evaluated, long rejected, long leftOut, IReadOnlyList<LeftOutRow> listed)
    {
        var rows = string.Join(", ", listed.Select(r => $"{(IsVietnamese ? "dòng" : "row")} {r.Row} '{r.Label}'")) + (leftOut > listed.Count ? ", …" : "");
        return IsVietnamese
            ? $"Tệp {file} ({format}, {decimals}): đọc {read} dòng, đánh giá {evaluated}, loại {rejected}{(leftOut > 0 ? $", bỏ qua {leftOut} dòng tổng ({rows})" : "")}."
            : $"File {file} ({format}, {decimals}): {read} rows read, {evaluated} evaluated, {rejected} rejected{(leftOut > 0 ? $", {leftOut} totals rows left out ({rows})" : "")}.";
    }

    public string AmbiguousDecimalsNote(string file, int count, string first, char separator, string detectedAt) => IsVietnamese
        ? $"{file}: {count} giá trị đọc được theo hai cách (hàng nghìn hoặc số thập phân) đã bị loại trước khi tệp cho biết dấu thập phân, giá trị đầu tiên ở {first}; sau đó tệp dùng '{separator}' làm dấu thập phân ({detectedAt}): --culture {(separator == ',' ? "vi-VN" : "en-US")} đọc được các giá trị đó"
        : $"{file}: {count} values that read either way (thousands or a decimal) were refused before the file told its decimal separator, the first at {first}; the file then uses '{separator}' ({detectedAt}): --culture {(separator == ',' ? "vi-VN" : "en-US")} reads them";

    public string LeftOutLine(LeftOutRow row) => IsVietnamese
        ? $"dòng {row.Row} ('{row.Label}') là dòng tổng, không phải một xã: bỏ qua"
        : $"row {row.Row} ('{row.Label}') is a totals row, not a commune: left out";

    public string DecimalSeparatorName(char? separator) => separator switch
    {
        ',' => IsVietnamese ? "dấu thập phân là dấu phẩy" : "decimal comma",
        '.' => IsVietnamese ? "dấu thập phân là dấu chấm" : "decimal point",
        _ => IsVietnamese ? "không có số thập phân" : "no decimals",
    };

    public string SetLine(CriteriaSet set) => $"{set.Id}@{set.Version}: {Text(set.Name)} ({set.LegalBasis})";

    public string ReachingTier(int reaching, int total, Tier tier) => IsVietnamese
        ? $"{reaching}/{total} xã đạt {TierPhrase(tier)}"
        : $"{reaching}/{total} communes reach the {TierName(tier)} tier";

    public string NotEncoded => OutcomeName(Ntm.Criteria.Outcome.NotEncoded);

    // What a commune reaches, as Vietnamese says it after "đạt": "chuẩn NTM", "NTM nâng cao".
    private string TierPhrase(Tier tier) => tier == Ntm.Criteria.Tier.Standard ? "chuẩn NTM" : "NTM " + TierName(tier);

    /// <summary>
    /// A unit as the report's language writes it ("triệu đồng/người/năm"); the rule files write units in English, and
    /// one they write that is not here is shown as written.
    /// </summary>
    public string UnitName(string unit) => IsVietnamese && VietnameseUnits.TryGetValue(unit, out var vietnamese) ? vietnamese : unit;

    private static readonly Dictionary<string, string> VietnameseUnits = new(StringComparer.Ordinal)
    {
        ["million VND/person/year"] = "triệu đồng/người/năm",
        ["m²/person"] = "m²/người",
        ["models"] = "mô hình",
    };

    public string SetNotEncodedLine(CriteriaSet set) => IsVietnamese
        ? $"{set.Id}: nguồn chưa có chỉ tiêu nào của bộ, nên chưa xã nào đạt được tiêu chí nào; chưa có phân nhóm theo số tiêu chí đạt và chỉ tiêu không đạt."
        : $"{set.Id}: none of the set's indicators is in the sources, so no commune can achieve any criterion yet; there are no bands of criteria achieved or indicators missed.";

    /// <summary>A band of criteria achieved as district reports write it: "đủ 19", "15–18", "dưới 5".</summary>
    public string Band(CriteriaBand band, int total) => band.From == total
        ? (IsVietnamese ? $"đủ {total}" : $"all {total}")
        : band.From == 0 ? (IsVietnamese ? $"dưới {band.To + 1}" : $"under {band.To + 1}")
        : $"{band.From}–{band.To}";

    public string Averages(SetSummary summary) => !summary.Set.IsEncoded
        ? IsVietnamese
            ? $"{summary.Set.Id}: chưa mã hóa (nguồn chưa có chỉ tiêu nào của bộ); không xã nào đạt"
            : $"{summary.Set.Id}: not encoded (none of its indicators is in the sources); no commune achieves it"
        : IsVietnamese
        ? $"{summary.Set.Id}: bình quân {Decimal(summary.AverageCriteriaAchieved)}/{summary.Set.Criteria.Length} tiêu chí ({Percent(summary.AverageCriteriaShare)}), {Decimal(summary.AverageIndicatorsAchieved)}/{summary.Indicators.Length} chỉ tiêu mỗi xã; {summary.Achieved} xã đạt cả bộ"
        : $"{summary.Set.Id}: on average {Decimal(summary.AverageCriteriaAchieved)}/{summary.Set.Criteria.Length} criteria ({Percent(summary.AverageCriteriaShare)}), {Decimal(summary.AverageIndicatorsAchieved)}/{summary.Indicators.Length} indicators per commune; {summary.Achieved} communes achieve the whole set";

    public string OpenThresholdsLine(int count) => IsVietnamese
        ? $"{count} chỉ tiêu chưa có ngưỡng trong nguồn ở một số hoặc mọi vùng (nhóm xã): không xã nào đạt được chỉ tiêu đó cho đến khi có tệp sửa đổi hoặc tệp của tỉnh."
        : $"{count} indicators have no threshold in the sources for some or every region (commune group): no commune achieves them until a revised or provincial file supplies one.";

    public string ByGroupHeading(string column) => IsVietnamese ? $"Theo {column}" : $"By {column}";

    /// <summary>The group a commune is evaluated in, and where it comes from.</summary>
    public string GroupLine(CommuneGroupCheck check) => (check.Given, check.Derived, IsVietnamese) switch
    {
        ({ } given, { } derived, true) when given != derived => $"Nhóm xã: {given} theo dữ liệu; các dữ kiện của xã cho nhóm {derived}, trái với dữ liệu. Đánh giá theo nhóm {given}.",
        ({ } given, { } derived, false) when given != derived => $"Commune group: {given} in the data; the commune's facts give group {derived}, which contradicts it. Evaluated in group {given}.",
        ({ } given, _, true) => $"Nhóm xã: {given} theo dữ liệu.",
        ({ } given, _, false) => $"Commune group: {given} in the data.",
        (null, { } derived, true) => $"Nhóm xã: {derived}, theo các dữ kiện của xã (dữ liệu không ghi nhóm).",
        (null, { } derived, false) => $"Commune group: {derived}, from the commune's facts (the data gives none).",
        (null, null, true) => "Nhóm xã: chưa xác định được — dữ liệu không ghi nhóm và thiếu dữ kiện để xếp nhóm.",
        _ => "Commune group: unknown — the data gives none and facts to place it are missing.",
    };

    public string YesNo(bool value) => value ? Yes : No;

    /// <summary>A tier's result as evaluated: "đạt NTM nâng cao" / "advanced: achieved".</summary>
    public string TierResult(CriteriaSet set, bool achieved) => IsVietnamese
        ? $"{(achieved ? "đạt" : "chưa đạt")} {TierPhrase(set.Tier)}"
        : $"{TierName(set.Tier)}: {(achieved ? "achieved" : "not achieved")}";

    public string PrerequisiteDisagreementLine(PrerequisiteDisagreement d) => IsVietnamese
        ? $"Dữ liệu ghi {d.Indicator.Input} là '{YesNo(d.Given)}', nhưng đánh giá cho kết quả {TierResult(d.Prerequisite, d.Computed)}: chỉ tiêu {d.Indicator.Number} của {d.Set.Id} lấy kết quả đánh giá."
        : $"The data gives {d.Indicator.Input} as '{YesNo(d.Given)}', but the evaluation finds {TierResult(d.Prerequisite, d.Computed)}: indicator {d.Indicator.Number} of {d.Set.Id} takes the evaluation.";

    public string PrerequisiteNoteLine(PrerequisiteNote note) => IsVietnamese
        ? $"{note.Communes} xã có cột {note.Disagreement.Indicator.Input} ghi '{YesNo(note.Disagreement.Given)}' nhưng đánh giá cho kết quả {TierResult(note.Disagreement.Prerequisite, note.Disagreement.Computed)}; chỉ tiêu {note.Disagreement.Indicator.Number} của {note.Disagreement.Set.Id} lấy kết quả đánh giá (dòng {string.Join(", ", note.FirstRows)}{(note.Communes > note.FirstRows.Count ? ", …" : "")})"
        : $"{note.Communes} communes have {note.Disagreement.Indicator.Input} '{YesNo(note.Disagreement.Given)}' in the data, but evaluate as {TierResult(note.Disagreement.Prerequisite, note.Disagreement.Computed)}; indicator {note.Disagreement.Indicator.Number} of {note.Disagreement.Set.Id} takes the evaluation (rows {string.Join(", ", note.FirstRows)}{(note.Communes > note.FirstRows.Count ? ", …" : "")})";

    public string GroupContradictionsLine(int count) => IsVietnamese
        ? $"{count} xã có nhóm ghi trong dữ liệu trái với nhóm theo các dữ kiện của xã (khu vực, đô thị, tỷ trọng nông nghiệp): xã được đánh giá theo nhóm ghi trong dữ liệu (xem danh sách bên dưới)."
        : $"{count} communes have a group in the data that their facts (zone, urban orientation, agriculture share) contradict: each is evaluated in the group the data gives (listed below).";

    public string GroupContradiction(string file, long row, string? id, int given, int derived) => IsVietnamese
        ? $"{file}: dòng {row} ({id}): nhóm {given} theo dữ liệu, nhóm {derived} theo các dữ kiện của xã; đánh giá theo nhóm {given}"
        : $"{file}: row {row} ({id}): group {given} in the data, group {derived} from the commune's facts; evaluated in group {given}";

    public string ProblemsNotListed(long count) => IsVietnamese
        ? $"… và {count.ToString("N0", Numbers)} lỗi nữa của các dòng bị loại, không liệt kê ở đây (báo cáo liệt kê 10.000 lỗi đầu tiên)."
        : $"… and {count.ToString("N0", Numbers)} more problems of rejected rows, not listed here (a report lists the first 10,000).";

    public string ReportWritten(string path) => IsVietnamese ? $"đã ghi báo cáo vào {path}" : $"report written to {path}";

    public string RowsRejectedLine(long count) => IsVietnamese
        ? $"{count} dòng bị loại, không được đánh giá (xem danh sách bên dưới)."
        : $"{count} rows rejected and not evaluated (listed below).";

    public string ExplainHeading(Locality locality, DateOnly asOf) => IsVietnamese
        ? $"{locality} — đánh giá ngày {Date(asOf)}"
        : $"{locality} — evaluated as of {Date(asOf)}";

    /// <summary>"…: 5/19 tiêu chí, 32/57 chỉ tiêu — chưa đạt"; a set with no indicator encoded says so rather than "0/0".</summary>
    public string ReportLine(SetReport report)
    {
        var indicators = report.IndicatorsTotal == 0
            ? (IsVietnamese ? $"chỉ tiêu {NotEncoded}" : $"indicators {NotEncoded}")
            : $"{report.IndicatorsAchieved}/{report.IndicatorsTotal} {Indicators}";
        return $"{report.Set.Id}@{report.Set.Version}: {report.CriteriaAchieved}/{report.CriteriaTotal} {Criteria}, {indicators} — "
            + (IsVietnamese ? (report.IsAchieved ? "đạt" : "chưa đạt") : (report.IsAchieved ? "achieved" : "not achieved"));
    }

    public string TierLine(TierReport tiers) => IsVietnamese
        ? $"Hạng đạt: {TierName(tiers.Reached)}; hạng tiếp theo: {(tiers.Next is { } next ? TierName(next) : "không còn")}"
        : $"Tier reached: {TierName(tiers.Reached)}; next tier: {(tiers.Next is { } following ? TierName(following) : "none")}";

    public string NotEncodedLine(IEnumerable<Criterion> criteria) => IsVietnamese
        ? $"Tiêu chí của hạng tiếp theo chưa được mã hóa (nguồn chưa có nội dung): {string.Join(", ", criteria.Select(c => c.Number))}"
        : $"Criteria of the next tier not encoded (not in the sources): {string.Join(", ", criteria.Select(c => c.Number))}";

    public string NothingMissing => IsVietnamese ? "Không còn chỉ tiêu nào thiếu." : "Nothing is missing.";

    public string DiffHeading(CriteriaSet before, CriteriaSet after) => IsVietnamese
        ? $"So sánh {before} → {after}"
        : $"Changes from {before} to {after}";

    public string NoChanges => IsVietnamese ? "Hai bộ tiêu chí giống nhau về tiêu chí, chỉ tiêu, điều kiện và ngưỡng." : "The two sets have the same criteria, indicators, conditions and thresholds.";

    public string ChangeName(SetChangeKind kind) => (IsVietnamese, kind) switch
    {
        (true, SetChangeKind.CriterionAdded) => "thêm tiêu chí",
        (true, SetChangeKind.CriterionRemoved) => "bỏ tiêu chí",
        (true, SetChangeKind.CriterionRenamed) => "đổi tên tiêu chí",
        (true, SetChangeKind.PrerequisiteChanged) => "đổi điều kiện tiên quyết",
        (true, SetChangeKind.IndicatorAdded) => "thêm chỉ tiêu",
        (true, SetChangeKind.IndicatorRemoved) => "bỏ chỉ tiêu",
        (true, SetChangeKind.IndicatorRenamed) => "đổi tên chỉ tiêu",
        (true, SetChangeKind.IndicatorConditionChanged) => "đổi cách đánh giá",
        (true, SetChangeKind.ThresholdAdded) => "thêm ngưỡng",
        (true, SetChangeKind.ThresholdRemoved) => "bỏ ngưỡng",
        (true, SetChangeKind.ThresholdChanged) => "đổi ngưỡng",
        (true, SetChangeKind.SetChanged) => "đổi thông tin bộ",
        (false, SetChangeKind.CriterionAdded) => "criterion added",
        (false, SetChangeKind.CriterionRemoved) => "criterion removed",
        (false, SetChangeKind.CriterionRenamed) => "criterion renamed",
        (false, SetChangeKind.PrerequisiteChanged) => "prerequisite changed",
        (false, SetChangeKind.IndicatorAdded) => "indicator added",
        (false, SetChangeKind.IndicatorRemoved) => "indicator removed",
        (false, SetChangeKind.IndicatorRenamed) => "indicator renamed",
        (false, SetChangeKind.IndicatorConditionChanged) => "condition changed",
        (false, SetChangeKind.ThresholdAdded) => "threshold added",
        (false, SetChangeKind.ThresholdRemoved) => "threshold removed",
        (false, SetChangeKind.ThresholdChanged) => "threshold changed",
        _ => "set changed",
    };

    // The criteria workbook's messages.
    public string WorkbookExported(string path, CriteriaSet set) => IsVietnamese
        ? $"{path}: trang của {set.Id}@{set.Version}: {Completeness(SetCompleteness.Of(set))}"
        : $"{path}: sheet of {set.Id}@{set.Version}: {Completeness(SetCompleteness.Of(set))}";

    public string WorkbookImported(string path, CriteriaSet set, CriteriaSet? replaces) => IsVietnamese
        ? $"đã ghi {path}: {set.Id}@{set.Version}, {Completeness(SetCompleteness.Of(set))}; {(replaces is null ? "phiên bản mới, bên cạnh các phiên bản đã có" : $"thay cho {replaces.Id}@{replaces.Version} khi dùng --rules")}"
        : $"wrote {path}: {set.Id}@{set.Version}, {Completeness(SetCompleteness.Of(set))}; {(replaces is null ? "a new version, beside those there are" : $"replaces {replaces.Id}@{replaces.Version} under --rules")}";

    public string WorkbookNothingWritten(int problems) => IsVietnamese
        ? $"không ghi tệp nào: bảng tính có {problems} lỗi"
        : $"nothing written: the workbook has {problems} problem{(problems == 1 ? string.Empty : "s")}";

    public string NoCriteriaSheet => IsVietnamese
        ? $"bảng tính không có trang bộ tiêu chí nào (trang có ô \"{WorkbookHeaderLabels[0]}\" ở cột A); hãy bắt đầu từ tệp do ntm workbook export ghi"
        : $"the workbook has no criteria sheet (one with \"{WorkbookHeaderLabels[0]}\" in column A); start from a file written by ntm workbook export";

    public string NotANumber(string text, string? hint) => IsVietnamese
        ? $"\"{text}\" không phải là số; hãy viết {hint ?? "một số"}"
        : $"\"{text}\" is not a number; write {hint ?? "a number"}";

    public string NotAWholeNumber(string text) => IsVietnamese
        ? $"\"{text}\" không phải là số nguyên"
        : $"\"{text}\" is not a whole number";

    public string OutOfRange(double value, string input, double? minimum, double? maximum, string? unit)
    {
        var range = $"{(minimum is { } lo ? Show(lo) : "…")}–{(maximum is { } hi ? Show(hi) : "…")}{(unit is null ? string.Empty : " " + unit)}";
        return IsVietnamese ? $"{Show(value)} nằm ngoài miền giá trị của {input} ({range})" : $"{Show(value)} is outside the range of {input} ({range})";
    }

    public string NotOneOf(string text, IEnumerable<string> allowed) => IsVietnamese
        ? $"\"{text}\" không hợp lệ ở đây; hãy viết một trong: {string.Join(", ", allowed)}"
        : $"\"{text}\" is not allowed here; write one of: {string.Join(", ", allowed)}";

    public string ValueWithoutSource(ValueStatus status) => IsVietnamese
        ? $"giá trị {StatusName(status)} cần có nguồn (văn bản, phụ lục, chỉ tiêu, trang) ở ô nguồn bên cạnh"
        : $"a value {StatusName(status)} needs its source (decision, annex, indicator, page) in the source cell beside it";

    public string ValueMarkedNotSet => IsVietnamese
        ? $"ô có giá trị nhưng trạng thái là \"{StatusName(ValueStatus.NotSet)}\"; hãy xóa giá trị hoặc sửa trạng thái"
        : $"the cell has a value but its status is \"{StatusName(ValueStatus.NotSet)}\"; delete the value or change the status";

    public string StatusWithoutValue(ValueStatus status) => IsVietnamese
        ? $"trạng thái \"{StatusName(status)}\" cần một giá trị; nếu nguồn chưa có, hãy ghi \"{StatusName(ValueStatus.NotSet)}\""
        : $"the status \"{StatusName(status)}\" needs a value; where the sources give none, write \"{StatusName(ValueStatus.NotSet)}\"";

    public string ValueWithoutStatus => IsVietnamese
        ? $"ô có giá trị nhưng chưa có trạng thái; hãy ghi \"{StatusName(ValueStatus.Confirmed)}\" hoặc \"{StatusName(ValueStatus.Unconfirmed)}\" ở ô trạng thái bên cạnh"
        : $"the cell has a value but no status; write \"{StatusName(ValueStatus.Confirmed)}\" or \"{StatusName(ValueStatus.Unconfirmed)}\" in the status cell beside it";

    public string Needed(string what) => IsVietnamese ? $"cần có {what}" : $"{what} is needed";

    public string DuplicateNumber(string number, string first) => IsVietnamese
        ? $"số {number} đã dùng ở {first}"
        : $"number {number} is already used at {first}";

    public string UnknownInput(string name, IEnumerable<string> closest) => IsVietnamese
        ? $"không có dữ liệu vào tên \"{name}\" (gần nhất: {string.Join(", ", closest)}); dữ liệu vào mới khai báo ở trang \"{InputsSheet}\""
        : $"there is no input named \"{name}\" (closest: {string.Join(", ", closest)}); declare a new input on the \"{InputsSheet}\" sheet";

    public string IndicatorOutsideCriterion => IsVietnamese
        ? "chỉ tiêu phải nằm dưới một dòng tiêu chí"
        : "an indicator must come below a criterion row";

    public string YearRowOfNoIndicator => IsVietnamese
        ? "dòng theo năm phải đi ngay sau chỉ tiêu cùng số"
        : "a row for a year must follow the indicator of the same number";

    public string UnknownBaseSet(string text) => IsVietnamese
        ? $"không có bộ tiêu chí \"{text}\" để làm gốc; ô này do ntm workbook export ghi và không được sửa"
        : $"there is no set \"{text}\" to start from; ntm workbook export writes this cell, and it must not be edited";

    public string NotADate(string text) => IsVietnamese
        ? $"\"{text}\" không phải là ngày; hãy viết 31/12/2025 hoặc 2025-12-31"
        : $"\"{text}\" is not a date; write 31/12/2025 or 2025-12-31";

    public string NotAValueNamesLine(string line) => IsVietnamese
        ? $"dòng \"{line}\" không có dạng MÃ = tên; tên"
        : $"the line \"{line}\" is not of the form CODE = name; name";

    public string InputRedeclared(string name) => IsVietnamese
        ? $"dữ liệu vào \"{name}\" đã có với khai báo khác; dữ liệu vào đã có không sửa được ở đây"
        : $"the input \"{name}\" exists with another declaration; an existing input cannot be changed here";

    public string NotAnIdentifier(string name) => IsVietnamese
        ? $"\"{name}\" không dùng được làm tên dữ liệu vào: chỉ chữ cái Latin không dấu và chữ số, bắt đầu bằng chữ cái"
        : $"\"{name}\" cannot name an input: ASCII letters and digits only, starting with a letter";

    public string RuleFileProblem(string message) => IsVietnamese
        ? $"tệp quy tắc ghi từ trang này không nạp được: {message}"
        : $"the rule file written from this sheet does not load: {message}";

    public string ValidFile(CriteriaSet set) => IsVietnamese
        ? $"hợp lệ: {set.Id}@{set.Version} ({LevelName(set.Level)}, {TierName(set.Tier)}), {Completeness(SetCompleteness.Of(set))}"
        : $"valid: {set.Id}@{set.Version} ({LevelName(set.Level)}, {TierName(set.Tier)}), {Completeness(SetCompleteness.Of(set))}";

    /// <summary>"19/19 tiêu chí, 57/57 chỉ tiêu; ngưỡng: 34 có (20 chưa xác nhận), 23 chưa có": the one completeness figure.</summary>
    public string Completeness(SetCompleteness c)
    {
        var official = c.OfficialIndicators?.ToString(Numbers) ?? "?";
        var officialCriteria = c.OfficialCriteria?.ToString(Numbers) ?? "?";
        return IsVietnamese
            ? $"{c.Criteria}/{officialCriteria} tiêu chí, {c.Indicators}/{official} chỉ tiêu; ngưỡng: {c.ThresholdsSet} có ({c.ThresholdsUnconfirmed} chưa xác nhận), {c.ThresholdsOpen} chưa có"
            : $"{c.Criteria}/{officialCriteria} criteria, {c.Indicators}/{official} indicators; thresholds: {c.ThresholdsSet} set ({c.ThresholdsUnconfirmed} unconfirmed), {c.ThresholdsOpen} open";
    }

    public string TierChangesHeading(int changed, int evaluated) => IsVietnamese
        ? $"{changed}/{evaluated} xã thay đổi hạng đạt giữa hai bộ tiêu chí"
        : $"{changed} of {evaluated} communes change tier between the two sets";

    public string TierOrNone(Tier? tier) => tier is { } t ? TierName(t) : NoTier;

    public string Replaces(SetReplacement replacement) => IsVietnamese
        ? $"{replacement.Replacement} từ {replacement.Replacement.SourceFile} thay cho phiên bản đi kèm thư viện ({replacement.Replaced.SourceFile})."
        : $"{replacement.Replacement} from {replacement.Replacement.SourceFile} replaces the shipped version ({replacement.Replaced.SourceFile}).";

    public string ExtendsNote(CriteriaSet set) => IsVietnamese
        ? $"{set} kế thừa {set.Extends}{(set.Province is null ? string.Empty : $" (tỉnh {set.Province})")}{(set.Removals.IsEmpty ? string.Empty : $"; bỏ {string.Join(", ", set.Removals.Select(r => r.Number))}")}."
        : $"{set} extends {set.Extends}{(set.Province is null ? string.Empty : $" (province {set.Province})")}{(set.Removals.IsEmpty ? string.Empty : $"; removes {string.Join(", ", set.Removals.Select(r => r.Number))}")}.";

    public string InvalidFiles(int errors) => IsVietnamese
        ? $"{errors} lỗi; không tệp nào được nạp."
        : $"{errors} problems; nothing was loaded.";
}
