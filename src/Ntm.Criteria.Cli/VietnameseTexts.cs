using System.Globalization;
using Ntm.Criteria.Cli.Commands;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Cli.Workbooks;

namespace Ntm.Criteria.Cli;

/// <summary>
/// Every word of <c>ntm</c> in Vietnamese: the words of <see cref="Texts"/> and how each message is put.
/// </summary>
internal sealed partial class VietnameseTexts : Texts
{
    private static readonly NumberFormatInfo VietnameseNumbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
    };

    public static readonly VietnameseTexts Instance = new()
    {
        Code = "vi",
        Numbers = VietnameseNumbers,
        TierNames = ["đạt chuẩn", "nâng cao", "kiểu mẫu", "hiện đại"],
        TaskCompleted = "hoàn thành",
        NoTier = "chưa đạt",
        OutcomeNames =
        [
            "đạt",
            "không đạt",
            "thiếu dữ liệu",
            "không áp dụng",
            "chưa có ngưỡng",
            "chưa mã hóa",
            "lỗi tính",
        ],
        LevelNames = ["xã", "huyện", "thôn", "tỉnh"],
        StatusNames = [.. RuleFileWords.VietnameseStatusNames],
        Row = "Dòng",
        Id = "Mã",
        Name = "Tên",
        District = "Huyện",
        FormerDistrict = "Huyện cũ",
        Province = "Tỉnh",
        Tier = "Hạng đạt",
        NextTier = "Hạng tiếp theo",
        NotAchievedForNext = "CT không đạt",
        MissingDataForNext = "CT thiếu dữ liệu",
        NotAchievedForNextColumn = "Chỉ tiêu không đạt của hạng tiếp theo",
        MissingDataForNextColumn = "Chỉ tiêu thiếu dữ liệu của hạng tiếp theo",
        CriteriaByOutcomeForNext = ["TC không đạt", "TC thiếu dữ liệu", "TC chưa có ngưỡng", "TC chưa mã hóa"],
        Criterion = "Tiêu chí",
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
        PassRate = "Tỷ lệ đạt",
        ThresholdStatus = "Ngưỡng",
        Now = "nay",
        Yes = "có",
        No = "không",
        None = "không có",
        SummaryHeading = "Tổng hợp",
        ByDistrictHeading = "Theo huyện",
        ByFormerDistrictHeading = "Theo huyện cũ",
        ByProvinceHeading = "Theo tỉnh",
        NotGiven = "(không ghi)",
        GroupContradictionsHeading = "Nhóm xã trái với dữ kiện của xã",
        PrerequisiteNotesHeading = "Hạng bậc dưới ghi trong dữ liệu khác với kết quả đánh giá",
        FileNotesHeading = "Ghi chú về cách đọc tệp dữ liệu",
        GivenInData = "Dữ liệu ghi",
        ChainResult = "Kết quả đánh giá",
        Rows = "Dòng",
        GroupGiven = "Nhóm theo dữ liệu",
        GroupFromFacts = "Nhóm theo dữ kiện",
        CommuneGroupColumn = "Nhóm xã",
        GroupUnknown = "chưa rõ",
        MostMissedHeading = "Chỉ tiêu không đạt nhiều nhất",
        RejectedHeading = "Dòng bị loại",
        GapHeading = "Còn thiếu để đạt hạng tiếp theo",
        LegendText =
            "TC: tiêu chí đạt/tổng; CT: chỉ tiêu đạt/tổng; \"chưa mã hóa\": nguồn chưa có chỉ tiêu nào của bộ. Các "
            + "cột sau hạng đạt nói về hạng tiếp theo: số tiêu chí không đạt, thiếu dữ liệu, chưa có ngưỡng, chưa mã "
            + "hóa, rồi số hiệu các chỉ tiêu không đạt và thiếu dữ liệu. Chỉ tiêu chưa có ngưỡng "
            + "hoặc thiếu dữ liệu không được tính là đạt.",
        IndicatorsSheet = "Chỉ tiêu",
        IndicatorsAchievedColumn = "Số chỉ tiêu đạt",
        Total = "Tổng số",
        InSources = "Có trong nguồn",
        AmendedBy = "sửa đổi bởi",
        DecisionNumberUnknown = "(số hiệu chưa rõ)",
        RuleFile = "Tệp quy tắc",
        ShippedWithNtm = "đi kèm ntm",
        ColourLegend =
            "Mỗi ô ghi kết quả bằng chữ và tô màu theo kết quả: đạt (xanh lá), không đạt (đỏ), thiếu dữ liệu (vàng), "
            + "chưa có ngưỡng (xanh lam), chưa mã hóa và không áp dụng (xám). Chưa có ngưỡng hay thiếu dữ liệu không "
            + "bao giờ được tính là đạt.",
        WorkbookHeaderLabels =
        [
            "Mã bộ tiêu chí",
            "Phiên bản",
            "Xuất từ (không sửa)",
            "Tên bộ tiêu chí (tiếng Việt)",
            "Tên bộ tiêu chí (tiếng Anh)",
            "Tỉnh ban hành (để trống với bộ quốc gia)",
            "Văn bản",
            "Ngày ban hành",
            "Phụ lục",
            "Trạng thái văn bản",
            "Nguồn văn bản",
            "Hiệu lực từ",
            "Hiệu lực đến",
            "Số tiêu chí theo văn bản (để trống khi chưa rõ)",
            "Số chỉ tiêu theo văn bản (để trống khi chưa rõ)",
        ],
        WorkbookColumns =
        [
            "Loại",
            "Số",
            "Tên (tiếng Việt)",
            "Tên (tiếng Anh)",
            "Đơn vị",
            "Chiều",
            "Dữ liệu vào",
            "Áp dụng khi",
            "Năm",
            "Trạng thái",
            "Nguồn",
            "Ghi chú",
        ],
        KindNames = ["tiêu chí", "chỉ tiêu", "điều kiện", "tiêu chí (một phần)", "điều kiện (một phần)"],
        DirectionNames = ["≥", "≤", "đạt", "không"],
        BooleanNames = ["có", "không"],
        ThresholdParts = ["", " trạng thái", " nguồn", " ghi chú"],
        AllSubjectsColumn = "Tất cả",
        GeneralColumn = "Chỉ tiêu chung",
        GroupColumn = "Nhóm",
        InputsSheet = "Dữ liệu vào",
        InputColumns =
        [
            "Tên",
            "Kiểu",
            "Đơn vị",
            "Nhỏ nhất",
            "Lớn nhất",
            "Giá trị cho phép",
            "Nhãn (tiếng Việt)",
            "Nhãn (tiếng Anh)",
            "Tên khác của giá trị (mỗi dòng: MÃ = tên; tên)",
        ],
    };

    protected override string OpenThreshold => "chưa có ngưỡng";

    public override string Localities => Locality;

    protected override string AnyLevel => "đơn vị";

    public override string LocalityCount => $"Số {Locality}";

    public override string PerLocalityHeading => $"Từng {Locality}";

    public override string CriteriaAchievedHeading => $"Số {Locality} đạt từng tiêu chí";

    public override string BandsHeading => $"Số {Locality} theo số tiêu chí đạt";

    public override string LocalitiesAchieving => $"Số {Locality} đạt";

    public override string MissedBy => $"Số {Locality} không đạt";

    public override string PrerequisiteNotesLine =>
        "Một tiêu chí đòi hỏi hạng bậc dưới"
        + (LocalityLevel == Ntm.Criteria.Level.Commune ? " (xã kiểu mẫu phải là xã đạt NTM nâng cao)" : "")
        + " lấy kết quả đánh giá hạng đó trong cùng báo cáo, không lấy giá trị ghi trong dữ liệu; các "
        + $"{Locality} dưới đây có dữ liệu ghi khác.";

    public override string IndicatorsByLocalitySheet => "Từng chỉ tiêu";

    public override string AverageCriteria => $"Tiêu chí đạt bình quân mỗi {Locality}";

    public override string AverageIndicators => $"Chỉ tiêu đạt bình quân mỗi {Locality}";

    public override string AchievingSet => $"Số {Locality} đạt cả bộ";

    public override string TiersChartHeading => $"Số {Locality} theo hạng đạt";

    public override string CriteriaShareHeading => $"Tỷ lệ {Locality} đạt từng tiêu chí";

    public override string ClosestHeading => $"Các {Locality} gần đạt hạng tiếp theo nhất";

    public override string ClosestLine =>
        $"Xếp theo số tiêu chí của hạng tiếp theo chưa đạt, rồi số chỉ tiêu còn thiếu; mỗi {Locality} kèm các chỉ "
        + "tiêu còn thiếu, giá trị thực tế, yêu cầu và còn thiếu bao nhiêu.";

    public override string DetailsHeading => $"Chi tiết từng {Locality}";

    public override string LocalitiesEvaluated => $"{Locality} được đánh giá";

    public override string OpenDetail => $"Bấm vào tên một {Locality} để xem mọi tiêu chí và chỉ tiêu của {Locality}.";

    public override string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public override string EvaluatedHeading(int localities, DateOnly asOf) =>
        $"Đánh giá {Count(localities)} {Locality} theo bộ tiêu chí có hiệu lực ngày {Date(asOf)}";

    public override string ColumnsReadAs(IReadOnlyList<ColumnMapping> columns) =>
        $"Cột đọc theo --column: {string.Join(", ", columns.Select(c => $"'{c.Header}' là {c.Target}"))}.";

    public override string KnownByNames(string header) =>
        $"Tệp không có cột mã: mỗi {Locality} được nhận theo tên ở cột '{header}'.";

    public override string MadeWith(string version) => $"Lập bằng ntm {version}.";

    public override string PageOfPages(string page, string pages) => $"Trang {page}/{pages}";

    public override string AsOfFromYear(int year) =>
        $"Ngày đánh giá là ngày cuối của năm đánh giá {year} trong dữ liệu.";

    public override string AmbiguousDecimalsNote(
        string file,
        int count,
        string first,
        char separator,
        string detectedAt
    ) =>
        $"{file}: {count} giá trị đọc được theo hai cách (hàng nghìn hoặc số thập phân) đã bị loại trước khi tệp cho "
        + $"biết dấu thập phân, giá trị đầu tiên ở {first}; sau đó tệp dùng '{separator}' làm dấu thập phân "
        + $"({detectedAt}): --culture {(separator == ',' ? "vi-VN" : "en-US")} đọc được các giá trị đó";

    public override string LeftOutLine(LeftOutRow row) =>
        row.Reason switch
        {
            LeftOutReason.WardOrTown =>
                $"dòng {row.Row} ('{row.Label}') là phường hoặc thị trấn, không phải một xã: bộ tiêu chí xã không áp "
                    + "dụng; bỏ qua",
            LeftOutReason.GroupHeading =>
                $"dòng {row.Row} ('{row.Label}') là dòng tiêu đề của các {Localities} bên dưới, không phải một "
                    + $"{Locality}: bỏ qua; đó là huyện của các {Localities} mà tệp không ghi huyện",
            LeftOutReason.FormulaErrors =>
                $"dòng {row.Row} chỉ có lỗi công thức ('{row.Label}') và ô trống, không có {Locality} nào: bỏ qua",
            _ => $"dòng {row.Row} ('{row.Label}') là dòng tổng, không phải một {Locality}: bỏ qua",
        };

    public override string WardOrTownExplained(string name) =>
        $"'{name}' là phường hoặc thị trấn, không phải một xã: bộ tiêu chí xã không áp dụng và lệnh evaluate bỏ qua "
        + "dòng này; giải thích chỉ để tham khảo.";

    public override string ReachingTier(int reaching, int total, Tier tier) =>
        IsTaskCompleted(tier)
            ? $"{Count(reaching)}/{Count(total)} {Locality} hoàn thành nhiệm vụ xây dựng NTM"
            : $"{Count(reaching)}/{Count(total)} {Locality} đạt {TierPhrase(tier)}";

    public override string SetNotEncodedLine(CriteriaSet set) =>
        $"{set.Id}: nguồn chưa có chỉ tiêu nào của bộ, nên chưa {Locality} nào đạt được tiêu chí nào; chưa có phân nhóm theo "
        + "số tiêu chí đạt và chỉ tiêu không đạt.";

    public override string NotSetForYear(int year, IReadOnlyList<int> years) =>
        $"chưa có cho năm {year} (có cho năm {string.Join(", ", years)})";

    public override string RowKeyUnknown(ThresholdRowKey key) =>
        key switch
        {
            ThresholdRowKey.Group => "tùy nhóm xã (chưa rõ)",
            ThresholdRowKey.Year => "tùy năm đánh giá (chưa rõ)",
            _ => "tùy vùng (chưa rõ)",
        };

    public override string RowKeysMissingLine(ThresholdRowKey key, long count, IReadOnlyList<long> rows) =>
        $"{Count(count)} {Locality} "
        + key switch
        {
            ThresholdRowKey.Group =>
                $"chưa rõ nhóm xã ({RowsListed(count, rows)}): dữ liệu không ghi nhóm và thiếu dữ kiện để xếp nhóm (lệnh "
                    + "explain nêu các dữ kiện còn thiếu), nên các chỉ tiêu có ngưỡng theo nhóm được tính là thiếu "
                    + "dữ liệu",
            ThresholdRowKey.Year =>
                $"không ghi năm đánh giá ({RowsListed(count, rows)}), nên các chỉ tiêu có ngưỡng theo năm được tính là "
                    + "thiếu dữ liệu",
            _ => $"không ghi vùng ({NtmInputs.Region.Name}) ({RowsListed(count, rows)}), nên các chỉ tiêu có ngưỡng "
                + "theo vùng được tính là thiếu dữ liệu",
        };

    public override string NoIndicatorMissedLine =>
        $"Không {Locality} nào không đạt chỉ tiêu nào: chỉ tiêu thiếu dữ liệu hoặc chưa có ngưỡng không tính là không "
        + "đạt.";

    public override string GapWithoutThresholdLine(IReadOnlyList<string> numbers) =>
        $"{numbers.Count} chỉ tiêu còn thiếu chỉ vì nguồn chưa có ngưỡng, không phải vì giá trị của {Locality}: "
        + $"{string.Join(", ", numbers)}; các chỉ tiêu đó chỉ đạt được khi có tệp sửa đổi hoặc tệp của tỉnh ghi "
        + "ngưỡng.";

    public override string OpenThresholdsLine(int count) =>
        $"{count} chỉ tiêu chưa có ngưỡng trong nguồn ở một số hoặc mọi vùng (nhóm xã): không {Locality} nào đạt được "
        + "chỉ tiêu đó cho đến khi có tệp sửa đổi hoặc tệp của tỉnh.";

    public override string OnUnconfirmedValuesLine(IReadOnlyList<string> numbers) =>
        $"{numbers.Count} chỉ tiêu được đánh giá theo ngưỡng chưa xác nhận (chưa đối chiếu với văn bản chính thức), "
        + $"nên kết quả là tạm thời: {string.Join(", ", numbers)}.";

    public override string NoMeasureValueLine(string number, string measure) =>
        $"{number} không có giá trị để so sánh với {Locality} này: '{measure}' chia cho 0 với các giá trị của "
        + $"{Locality} (tỷ lệ trên tổng bằng 0 không có giá trị), nên không xác định được đạt hay không đạt; hãy kiểm "
        + "tra các giá trị mà chỉ tiêu đọc.";

    public override string NotApplicableLine(string number, string condition) =>
        $"{number} không áp dụng cho {Locality} này: chỉ tiêu chỉ áp dụng khi {condition}.";

    public override string OtherProvincesLine(
        CriteriaSet set,
        IReadOnlyList<(string Province, long Communes)> others
    ) =>
        $"{Count(others.Sum(o => o.Communes))} {Locality} của tỉnh khác được đánh giá theo bộ tiêu chí của tỉnh {set.Province} "
        + $"({set.Id}): {ProvinceList(others)}; bộ của một tỉnh chỉ áp dụng cho các {Locality} của tỉnh đó";

    public override string YearsNotCoveredLine(
        IReadOnlyList<(int Year, long Communes)> years,
        IReadOnlyList<string> periods,
        bool asOfGiven
    ) =>
        $"{Count(years.Sum(y => y.Communes))} {Locality} được đánh giá theo bộ tiêu chí giai đoạn {string.Join(", ", periods)}, "
        + "giai đoạn không bao gồm năm đánh giá trong dữ liệu ("
        + (
            years.Count == 1
                ? $"{years[0].Year}"
                : string.Join(", ", years.Select(y => $"{y.Year}: {Count(y.Communes)} {Locality}"))
        )
        + "); để đánh giá theo bộ tiêu chí của năm đó, "
        + (
            asOfGiven
                ? "hãy cho --as-of một ngày của năm đó, hoặc bỏ --as-of"
                : "hãy ghi các bộ tiêu chí không kèm phiên bản"
        );

    public override string NotInForceLine(CriteriaSet set, DateOnly asOf, CriteriaSet? inForce) =>
        $"{set} không có hiệu lực vào ngày {Date(asOf)} (hiệu lực {InForceRange(set)}); bộ này vẫn được dùng vì --set "
        + "chỉ định nó"
        + (inForce is null ? "" : $"; --set {inForce.Id} sẽ lấy phiên bản có hiệu lực vào ngày đó, {inForce.Version}");

    public override string RequirementNotEvaluatedLine(CriteriaSet set, string required) =>
        $"{set.Id} yêu cầu đạt {required} trước, nhưng lần chạy này không đánh giá bộ đó: {Locality} được xếp hạng "
        + $"{TierName(set.Tier)} theo {set.Id} chưa được đối chiếu với {required}; để đối chiếu, hãy thêm "
        + $"--set {required}";

    public override string OwnProvinceSetsLine(OwnProvinceSetsNote note, DateOnly asOf) =>
        $"{Count(note.Communes)} {Locality} của {note.Province} không được đánh giá theo bộ tiêu chí riêng của tỉnh có hiệu "
        + $"lực ngày {Date(asOf)} ({string.Join(", ", note.Unused.Select(s => s.Id))}); để đánh giá theo bộ của tỉnh, "
        + $"hãy chạy lại {(note.FileHasOthers ? $"trên một tệp chỉ gồm các {Locality} của {note.Province}, " : "")}"
        + $"với {SetOptions(note.Suggested)}";

    public override string NoValueLine(CriteriaSet set, IReadOnlyList<(string Number, int Localities)> indicators) =>
        $"{set.Id}: có chỉ tiêu không có giá trị để so sánh với một số {Locality}, vì quy tắc chia cho 0 với các "
        + $"giá trị của những {Locality} đó (tỷ lệ trên tổng bằng 0 không có giá trị): "
        + Listed(indicators.Select(i => $"{i.Number} ({Count(i.Localities)} {Locality})"))
        + ". Các bảng tính các chỉ tiêu đó là không đạt, dù không xác định được đạt hay không đạt: hãy kiểm tra "
        + $"các giá trị mà chỉ tiêu đọc; lệnh explain cho biết chúng với từng {Locality}.";

    public override string UnconfirmedValuesLine(SetSummary set) =>
        $"{set.Set.Id}: {Count(set.LocalitiesOnUnconfirmedValues)} {Locality} có chỉ tiêu được đánh giá theo ngưỡng "
        + "chưa xác nhận (chưa đối chiếu với văn bản chính thức), nên kết quả của các chỉ tiêu đó là tạm thời"
        + (
            set.Achieved > 0
                ? $"; {Count(set.AchievedOnUnconfirmedValues)}/{Count(set.Achieved)} {Locality} đạt cả bộ có kết quả "
                    + "dựa trên ngưỡng như vậy"
                : ""
        )
        + $". Lệnh explain cho biết từng chỉ tiêu của một {Locality}.";

    public override string ByGroupHeading(string column) => $"Theo {column}";

    public override string TierResult(CriteriaSet set, bool achieved) =>
        $"{(achieved ? "đạt" : "chưa đạt")} {TierPhrase(set.Tier)}";

    public override string PrerequisiteDisagreementLine(PrerequisiteDisagreement d) =>
        $"Dữ liệu ghi {d.Indicator.Input} là '{YesNo(d.Given)}', nhưng đánh giá cho kết quả "
        + $"{TierResult(d.Prerequisite, d.Computed)}: chỉ tiêu {d.Indicator.Number} của {d.Set.Id} lấy kết quả đánh "
        + "giá.";

    public override string PrerequisiteNoteLine(PrerequisiteNote note) =>
        $"{Count(note.Communes)} {Locality} có cột {note.Disagreement.Indicator.Input} ghi '{YesNo(note.Disagreement.Given)}' nhưng "
        + $"đánh giá cho kết quả {TierResult(note.Disagreement.Prerequisite, note.Disagreement.Computed)}; chỉ tiêu "
        + $"{note.Disagreement.Indicator.Number} của {note.Disagreement.Set.Id} lấy kết quả đánh giá "
        + $"({RowsListed(note.Communes, note.FirstRows)})";

    public override string GroupContradictionsLine(int count) =>
        $"{Count(count)} xã có nhóm ghi trong dữ liệu trái với nhóm theo các dữ kiện của xã (khu vực, đô thị, tỷ trọng nông "
        + "nghiệp): xã được đánh giá theo nhóm ghi trong dữ liệu (xem danh sách bên dưới).";

    public override string GroupContradiction(string file, long row, string? id, int given, int derived) =>
        $"{file}: dòng {row} ({id}): nhóm {given} theo dữ liệu, nhóm {derived} theo các dữ kiện của xã; đánh giá "
        + $"theo nhóm {given}";

    public override string ProblemsNotListed(long count) =>
        $"… và {Count(count)} lỗi nữa của các dòng bị loại, không liệt kê ở "
        + "đây (báo cáo liệt kê 10.000 lỗi đầu tiên).";

    public override string ReportWritten(string path) => $"đã ghi báo cáo vào {path}";

    public override string RowsRejectedLine(long count) =>
        $"{Count(count)} dòng bị loại, không được đánh giá (xem danh sách bên dưới).";

    public override string ExplainHeading(Locality locality, DateOnly asOf) =>
        $"{locality} — đánh giá ngày {Date(asOf)}";

    public override string TierLine(TierReport tiers) =>
        $"Hạng đạt: {TierName(tiers.Reached)}; hạng tiếp theo: "
        + $"{(tiers.Next is { } next ? TierName(next) : "không còn")}";

    protected override string PartialMark => " (một phần)";

    protected override string PartialCriteria(IReadOnlyList<string> numbers) =>
        $"Tiêu chí ghi \"{PartialMark.Trim()}\" ({string.Join(", ", numbers)}): các nguồn chỉ có một số chỉ tiêu của "
        + $"{(numbers.Count == 1 ? "tiêu chí đó" : "các tiêu chí đó")}, nên không {Locality} nào đạt được; khi mọi chỉ "
        + "tiêu đã có đều đạt, kết quả là chưa mã hóa.";

    public override string NotEncodedLine(IEnumerable<Criterion> criteria) =>
        "Tiêu chí của hạng tiếp theo chưa được mã hóa (nguồn chưa có nội dung, hoặc chỉ có một phần): "
        + $"{string.Join(", ", criteria.Select(c => c.Number))}";

    public override string NothingMissing => "Không còn chỉ tiêu nào thiếu.";

    protected override string ShortOfItsDecision(string id, EncodedPart part) =>
        part.Of == 0
            ? $"{id}: nguồn chưa có tiêu chí nào của bộ"
                + ConditionsNotEncoded(part, "cũng chưa")
                + $", nên không {Locality} nào đạt được bộ này."
            : $"{id}: nguồn mới có chỉ tiêu của {part.Criteria}/{part.Of} tiêu chí, {part.Indicators}/"
                + $"{CountOrUnknown(part.OfIndicators)} chỉ tiêu của quyết định"
                + $"{ConditionsNotEncoded(part)}; phần còn lại chưa được mã hóa, nên không {Locality} nào đạt được bộ "
                + "này, kể cả khi đạt mọi chỉ tiêu đã có.";

    // ", chưa có đủ nội dung của điều kiện ĐK1"; after a sentence that says the sources give nothing, ", cũng chưa …".
    private static string ConditionsNotEncoded(EncodedPart part, string not = "chưa") =>
        part.ConditionsNotEncoded.Count == 0
            ? ""
            : $", {not} có đủ nội dung của điều kiện {string.Join(", ", part.ConditionsNotEncoded)}";

    public override string DiffHeading(CriteriaSet before, CriteriaSet after) => $"So sánh {before} → {after}";

    public override string NoChanges => "Hai bộ tiêu chí giống nhau về tiêu chí, chỉ tiêu, điều kiện và ngưỡng.";

    public override string WorkbookExported(string path, CriteriaSet set) =>
        $"{path}: trang của {set.Id}@{set.Version}: {Completeness(SetCompleteness.Of(set))}";

    public override string WorkbookImported(
        string path,
        bool overwrote,
        CriteriaSet set,
        CriteriaSet? replaces,
        bool newSet
    ) =>
        $"{(overwrote ? "đã ghi đè" : "đã ghi")} {path}: {set.Id}@{set.Version}, "
        + $"{Completeness(SetCompleteness.Of(set))}; "
        + (
            replaces is not null ? $"thay cho {replaces.Id}@{replaces.Version} khi dùng --rules"
            : newSet ? "bộ tiêu chí mới, dùng được với --rules"
            : "phiên bản mới, bên cạnh các phiên bản đã có"
        );

    public override string WorkbookUnchanged(CriteriaSet set, string? file) =>
        file is null
            ? $"{set}: trang giống hệt phiên bản đi kèm ntm, không ghi tệp (một bản sao sẽ thay cho các sửa chữa mà "
                + "phiên bản ntm sau mang đến)"
            : $"{set}: trang giống hệt {file}, không ghi tệp";

    public override string VersionInAFileOfSets(CriteriaSet set, string file) =>
        $"{set} đã được định nghĩa trong {file}, cùng với các bộ tiêu chí khác: ntm không ghi đè tệp đó, và một tệp "
        + "thứ hai sẽ định nghĩa phiên bản này hai lần; hãy tách bộ này ra một tệp riêng hoặc nhập vào thư mục khác";

    public override string IndicatorUnderAnotherCriterion(string indicator, string under, string owner) =>
        $"chỉ tiêu {indicator} nằm dưới tiêu chí {under}, nhưng số của nó là của tiêu chí {owner}: hãy đặt dòng này "
        + $"dưới tiêu chí {owner} (bảng có bị sắp xếp lại không?)";

    public override string MergedCellsNotRead(string range) =>
        $"các ô {range} được gộp, mà bảng tính chỉ giữ giá trị của các ô gộp ở ô đầu tiên: các ô còn lại sẽ được đọc "
        + "là trống. Hãy bỏ gộp ô và ghi giá trị vào từng ô";

    public override string CellNotRead =>
        "ô này không phải một ô ntm đọc (phía trên bảng chỉ có nhãn ở cột A và giá trị của nhãn ở cột B), nên giá trị "
        + $"này sẽ mất khi nhập: hãy ghi nó vào cột \"{WorkbookColumns[(int)SheetField.Note]}\" của một dòng, hoặc "
        + "xóa nó";

    public override string ColumnNotRead(string? header) =>
        $"cột {(header is null ? "không có tiêu đề" : $"'{header}'")} không phải một cột ntm đọc, nên giá trị này sẽ mất "
        + $"khi nhập: hãy ghi nó vào cột \"{WorkbookColumns[(int)SheetField.Note]}\" hoặc "
        + $"\"{WorkbookColumns[(int)SheetField.Source]}\", hoặc xóa nó";

    public override string WorkbookNothingWritten(int problems) => $"không ghi tệp nào: bảng tính có {problems} lỗi";

    public override string NoCriteriaSheet =>
        $"bảng tính không có trang bộ tiêu chí nào (trang có ô \"{WorkbookHeaderLabels[0]}\" ở cột A); hãy bắt đầu "
        + "từ tệp do ntm workbook export ghi";

    public override string NotANumber(string text, string? hint) =>
        $"\"{text}\" không phải là số; hãy viết {hint ?? "một số"}";

    public override string FewerThanTheSheet(int count, int sheet, bool indicators) =>
        $"văn bản có {count} {(indicators ? Indicators : Criteria)}, nhưng trang có {sheet}: hãy sửa số theo văn bản, "
        + "hoặc bỏ các dòng văn bản không có";

    public override string InForceToBeforeFrom(DateOnly from, DateOnly to) =>
        $"hiệu lực đến {Date(to)} trước hiệu lực từ {Date(from)}: bộ tiêu chí sẽ không bao giờ có hiệu lực";

    public override string VersionOfTwoSheets(string version, string otherSheet) =>
        $"trang '{otherSheet}' đã ghi {version}, mà mỗi phiên bản chỉ được ghi ở một trang của bảng tính: hãy "
        + "xóa một trong hai trang, hoặc ghi cho trang này một phiên bản riêng";

    public override string SecondNationalSet(string id, string startedFrom) =>
        $"{id} sẽ là một bộ quốc gia mới cùng cấp, hạng và giai đoạn với {startedFrom}, bộ mà trang được xuất từ đó: cả "
        + $"hai sẽ cùng được đánh giá. Để sửa {startedFrom}, hãy giữ mã của nó; bộ của một tỉnh có mã "
        + $"{CriteriaSet.ProvincialIdPrefix}… và ghi tỉnh ban hành";

    public override string ProvinceOfNationalSet(string id, string province) =>
        $"{id} là bộ quốc gia (mã bắt đầu bằng {CriteriaSet.NationalIdPrefix}): hãy xóa tỉnh ban hành, hoặc đặt cho bộ "
        + $"một mã {CriteriaSet.ProvincialIdPrefix}… của tỉnh; nếu không bộ sẽ chỉ đánh giá các xã của {province}";

    public override string SourceOfAnotherDecision(string exported, string decision) =>
        $"đây là nguồn của {exported}, văn bản của bộ mà trang được xuất từ đó, không phải của {decision}: hãy ghi nơi "
        + $"đọc được {decision} (trang, đường dẫn)";

    public override string NameOfAnotherSet(string exported, string id) =>
        $"đây là tên của {exported}, bộ mà trang được xuất từ đó: hãy đặt cho {id} tên riêng của nó";

    public override string DecisionNeeded(string decision, string status) =>
        $"cần có \"{decision}\": số văn bản, như 51/2025/QĐ-TTg; khi các nguồn không cho biết số, hãy ghi "
        + $"\"{StatusName(ValueStatus.NotSet)}\" ở \"{status}\"";

    public override string ProvinceNeeded(string id) =>
        $"{id} là bộ của tỉnh (mã bắt đầu bằng {CriteriaSet.ProvincialIdPrefix}): hãy ghi tỉnh ban hành, nếu không bộ "
        + "sẽ bị coi là bộ quốc gia và đánh giá mọi xã";

    public override string YearNeverAssessed(int year, string period, string inForce) =>
        $"năm {year} không thuộc giai đoạn của bộ ({(period.Length == 0 ? "?" : period)}) cũng không thuộc thời gian "
        + $"hiệu lực ({inForce}): dòng này sẽ không bao giờ được áp dụng";

    public override string DirectionDoesNotFit(string direction, string input, string type) =>
        $"\"{direction}\" không hợp với {input} (kiểu {type}): ghi ≥ hoặc ≤ cho số, đạt hoặc không cho kiểu boolean";

    public override string NumberReadsTwoWays(string text, string grouped, string asDecimal) =>
        $"\"{text}\" đọc được hai cách, là {grouped} hoặc là {asDecimal}; hãy viết số muốn ghi, không dùng dấu "
        + "phân cách hàng nghìn";

    public override string NotAWholeNumber(string text) => $"\"{text}\" không phải là số nguyên";

    public override string NotOneOf(string text, IEnumerable<string> allowed) =>
        $"\"{text}\" không hợp lệ ở đây; hãy viết một trong: {string.Join(", ", allowed)}";

    public override string NumberWithComma(string number, string dotted) =>
        $"\"{number}\": số hiệu viết bằng dấu chấm, như văn bản viết: {dotted}";

    public override string ConditionAgainstDirection(string text, bool mustHold) =>
        mustHold
            ? $"\"{text}\" trái với chiều \"{DirectionNames[2]}\" của chỉ tiêu (điều kiện phải đạt): hãy ghi "
                + $"\"{BooleanNames[0]}\"; nếu điều kiện không được có, hãy ghi \"{DirectionNames[3]}\" ở ô chiều"
            : $"\"{text}\" trái với chiều \"{DirectionNames[3]}\" của chỉ tiêu (điều kiện không được có): hãy ghi "
                + $"\"{BooleanNames[1]}\"; nếu điều kiện phải đạt, hãy ghi \"{DirectionNames[2]}\" ở ô chiều";

    public override string ValueWithoutSource(ValueStatus status) =>
        $"giá trị {StatusName(status)} cần có nguồn (văn bản, phụ lục, chỉ tiêu, trang) ở ô nguồn bên cạnh";

    public override string ValueMarkedNotSet =>
        $"ô có giá trị nhưng trạng thái là \"{StatusName(ValueStatus.NotSet)}\"; hãy xóa giá trị hoặc sửa trạng thái";

    public override string StatusWithoutValue(ValueStatus status) =>
        $"trạng thái \"{StatusName(status)}\" cần một giá trị; nếu nguồn chưa có, hãy ghi "
        + $"\"{StatusName(ValueStatus.NotSet)}\"";

    public override string ValueWithoutStatus =>
        $"ô có giá trị nhưng chưa có trạng thái; hãy ghi \"{StatusName(ValueStatus.Confirmed)}\" hoặc "
        + $"\"{StatusName(ValueStatus.Unconfirmed)}\" ở ô trạng thái bên cạnh";

    public override string NotReadOnCriterionRow(string column) =>
        $"ô này không được đọc: một tiêu chí không có \"{column}\", cột này ghi ở các dòng chỉ tiêu của nó; hãy "
        + "chuyển giá trị xuống dòng chỉ tiêu hoặc xóa ô";

    public override string NotReadOnYearRow(string column, string indicatorCell) =>
        $"ô này không được đọc: dòng theo năm chỉ mang năm và các ngưỡng, còn \"{column}\" của chỉ tiêu là ô "
        + $"{indicatorCell}; hãy sửa ở ô đó hoặc xóa ô này";

    public override string ThresholdTwice(string column, int? year, string first) =>
        $"cột \"{column}\" đã có ngưỡng{(year is null ? "" : $" của năm {year}")} ở {first}: mỗi ngưỡng chỉ ghi một lần "
        + "(mỗi dòng theo năm ghi một năm khác)";

    public override string NoThresholdCells(string number) =>
        $"chỉ tiêu {number} chưa có ô ngưỡng nào: hãy ghi giá trị và trạng thái ở cột \"{AllSubjectsColumn}\" hoặc ở "
        + "cột của từng vùng (nhóm xã), hoặc, khi nguồn chưa cho giá trị, ghi "
        + $"\"{StatusName(ValueStatus.NotSet)}\" ở ô trạng thái";

    public override string Needed(string what) => $"cần có {what}";

    public override string DuplicateNumber(string number, string first, bool heldAsNumber) =>
        $"số {number} đã dùng ở {first}"
        + (
            heldAsNumber
                ? $"; ô này chứa con số {number}, mà bảng tính tạo ra khi gõ {number}0 vào ô định dạng General: "
                    + "hãy định dạng ô là Text rồi gõ lại số hiệu"
                : ""
        );

    public override string UnknownInput(string name, IEnumerable<string> closest) =>
        $"không có dữ liệu vào tên \"{name}\" (gần nhất: {string.Join(", ", closest)}); dữ liệu vào mới khai báo ở "
        + $"trang \"{InputsSheet}\"";

    public override string IndicatorOutsideCriterion => "chỉ tiêu phải nằm dưới một dòng tiêu chí";

    public override string YearRowOfNoIndicator => "dòng theo năm phải đi ngay sau chỉ tiêu cùng số";

    public override string UnknownBaseSet(string text, string? meant) =>
        (
            text.Length == 0
                ? "ô trống; ntm workbook export ghi vào đây phiên bản mà trang được xuất từ, và ô này không được sửa"
                : $"không có bộ tiêu chí \"{text}\" để làm gốc; ô này do ntm workbook export ghi và không được sửa"
        )
        + (
            meant is not null ? $": hãy ghi lại {meant}"
            : text.Length > 0 ? "; trang xuất với --rules thì nhập lại với --rules chỉ cùng thư mục đó"
            : ""
        );

    public override string ExportedFromFileNotGiven(string file, string version) =>
        $"trang được xuất từ {file}, tệp thay cho phiên bản {version} đi kèm ntm; không có thư mục của tệp đó, lệnh "
        + "nhập bắt đầu từ phiên bản đi kèm, và những gì trang không hiện (phép tính của chỉ tiêu, các tham số của quy "
        + "tắc) sẽ lấy từ phiên bản đó: hãy đưa thư mục chứa tệp, bằng --rules hoặc làm --out";

    public override string NotADate(string text) =>
        $"\"{text}\" không phải là ngày; hãy viết 31/12/2025 hoặc 2025-12-31";

    public override string YearNotADate(int year) =>
        $"{year} là một năm, không phải một ngày: hãy viết 31/12/{year} (ngày cuối năm), hoặc bỏ --as-of để đánh giá "
        + "vào ngày cuối của năm đánh giá ghi trong dữ liệu";

    public override string NotAValueNamesLine(string line) => $"dòng \"{line}\" không có dạng MÃ = tên; tên";

    public override string InputRedeclared(string name) =>
        $"dữ liệu vào \"{name}\" đã có với khai báo khác; dữ liệu vào đã có không sửa được ở đây";

    public override string InputOfMeasure(string indicator, string measure, string input) =>
        $"chỉ tiêu {indicator} so sánh '{measure}', là Measure của tệp quy tắc, không chỉ dữ liệu vào của nó: đổi dữ "
        + $"liệu vào ở đây không đổi điều nó so sánh; hãy giữ {input}, và sửa Measure trong tệp quy tắc";

    public override string MeasureRenumbered(string number, string indicator, string measure) =>
        $"{number} đọc dữ liệu vào của chỉ tiêu {indicator}, chỉ tiêu mà trang không còn và so sánh '{measure}', là "
        + "Measure của tệp quy tắc: mang số mới, nó là một chỉ tiêu mới chỉ so sánh dữ liệu vào của nó; hãy giữ số "
        + $"{indicator}, hoặc đổi số trong tệp quy tắc";

    public override string MeasureNote(string measure) =>
        $"Chỉ tiêu này so sánh '{measure}', không chỉ dữ liệu vào của nó. Đó là Measure của tệp quy tắc: sổ tính "
        + "không đổi được nó.";

    public override string ConditionNamesAnInput(string text, string input) =>
        $"\"{text}\" là tên của dữ liệu vào {input}, không phải loại có/không: hãy viết một điều kiện về nó, chẳng hạn "
        + $"input.{input} >= 1";

    public override string InputReadByNoIndicator(string name) =>
        $"không chỉ tiêu nào trong bảng tính đọc dữ liệu vào mới \"{name}\" (ở ô "
        + $"\"{WorkbookColumns[(int)SheetField.Input]}\" hoặc \"{WorkbookColumns[(int)SheetField.AppliesWhen]}\"), "
        + "nên không bộ nào khai báo nó: hãy dùng nó cho một chỉ tiêu, hoặc xóa dòng này";

    public override string RuleFileProblem(string message) => $"tệp quy tắc ghi từ trang này không nạp được: {message}";

    public override string ValidFile(CriteriaSet set) =>
        $"hợp lệ: {set.Id}@{set.Version} ({LevelName(set.Level)}, {TierName(set.Tier)}), "
        + $"{Completeness(SetCompleteness.Of(set))}";

    public override string TierChangesFileLine(string file, long rejected) =>
        $"Các {Locality} của tệp {file}, mỗi {Locality} được đánh giá theo cả hai bộ"
        + (rejected == 0 ? "." : $"; loại {Count(rejected)} dòng, liệt kê ở đầu ra lỗi chuẩn.");

    public override string TierChangesHeading(int changed, int evaluated) =>
        $"{changed}/{evaluated} {Locality} thay đổi hạng đạt giữa hai bộ tiêu chí";

    public override string Replaces(SetReplacement replacement) =>
        $"{replacement.Replacement} từ {SetOrigin.Of(replacement.Replacement).Named} thay cho phiên bản đi kèm ntm "
        + $"({replacement.Replaced.SourceFile}).";

    protected override string SetReadFrom(string file, bool inPlaceOfShipped, string? extends) =>
        $"đọc từ tệp {file}"
        + (inPlaceOfShipped ? ", thay cho phiên bản đi kèm ntm" : "")
        + (extends is null ? "" : $", kế thừa {extends}");

    public override string ReadsNoInputs(CriteriaSet set) =>
        $"{set} không đọc dữ liệu vào nào: nguồn chưa có chỉ tiêu nào của bộ, nên chưa dữ liệu nào đáp ứng được.";

    public override string NotShipped(CriteriaSet set, string file) => $"{set} từ {file}, không đi kèm ntm.";

    public override string GivenInPartByOverride(CriteriaSet set, IReadOnlyList<string> criteria) =>
        $"{set}: tiêu chí mới có một phần chỉ tiêu, không đơn vị nào đạt được: {string.Join(", ", criteria)}; khi đã đủ "
        + "chỉ tiêu, hãy ghi \"Complete\": true trong phần override của tiêu chí đó";

    public override string GivenInPartLine(CriteriaSet set, IReadOnlyList<string> criteria) =>
        $"{set}: tiêu chí mới có một phần chỉ tiêu, không đơn vị nào đạt được: {string.Join(", ", criteria)}; hãy ghi "
        + $"\"{KindNames[0]}\" vào ô loại của tiêu chí nào nay đã đủ chỉ tiêu";

    public override string GeneralOnlyLine(CriteriaSet set, IReadOnlyList<string> indicators) =>
        $"{set}: {string.Join(", ", indicators)} chỉ có giá trị ở cột \"{GeneralColumn}\", cột này được ghi lại nhưng "
        + $"không bao giờ được áp dụng: giá trị quyết định nằm ở cột \"{AllSubjectsColumn}\" hoặc ở cột của từng vùng "
        + "(nhóm)";

    public override string TakenInPlaceFrom(CriteriaSet set, CriteriaSet later) =>
        InForceOnEveryDayOf(later, set)
            ? $"{set}: không bao giờ được dùng: phiên bản {later.Version} có hiệu lực vào mọi ngày của nó (từ "
                + $"{Date(later.InForceFrom)}) và được dùng thay cho nó; nếu bản sửa đổi áp dụng từ một ngày sau, "
                + "hãy ghi ngày đó là ngày bắt đầu có hiệu lực."
            : $"{set}: từ ngày {Date(later.InForceFrom)}, phiên bản {later.Version} được dùng thay cho nó vào những "
                + "ngày cả hai cùng có hiệu lực.";

    public override string ExtendsNote(CriteriaSet set) =>
        $"{set}{(SetOrigin.Of(set).Named is { } file ? $" từ {file}" : "")} kế thừa {set.Extends}"
        + (set.Province is null ? string.Empty : $" (tỉnh {set.Province})")
        + (set.Removals.IsEmpty ? string.Empty : $"; bỏ {string.Join(", ", set.Removals.Select(r => r.Number))}")
        + ".";

    public override string InvalidFiles(int errors) => $"{errors} lỗi; không tệp nào được nạp.";

    public override string FolderNotRead(IReadOnlyList<string> folders) =>
        "Chỉ các tệp được nêu được đọc, cùng các bộ tiêu chí đi kèm: bộ do một tệp khác trong thư mục định nghĩa chỉ "
        + "được đọc khi nêu cả tệp đó, hoặc đọc cả thư mục: ntm validate "
        + CommandWords(folders);

    protected override string InputLine(
        string file,
        string format,
        string details,
        EvaluationTotals totals,
        IReadOnlyList<string> leftOut
    ) =>
        $"Tệp {file} ({format}, {details}): đọc {Count(totals.RowsRead)} dòng, đánh giá "
        + $"{Count(totals.RowsEvaluated)}, loại {Count(totals.RowsRejected)}"
        + string.Concat(leftOut.Select(part => ", " + part))
        + ".";

    protected override string LeftOut(LeftOutReason reason, long count, string rows) =>
        reason switch
        {
            LeftOutReason.WardOrTown => $"bỏ qua {Count(count)} phường, thị trấn ({rows})",
            LeftOutReason.GroupHeading => $"bỏ qua {Count(count)} dòng tiêu đề huyện ({rows})",
            LeftOutReason.FormulaErrors => $"bỏ qua {Count(count)} dòng chỉ có lỗi công thức ({rows})",
            _ => $"bỏ qua {Count(count)} dòng tổng ({rows})",
        };

    protected override string RowWord => "dòng";

    public override string DecimalSeparatorName(char? separator, bool numbersAsText) =>
        separator switch
        {
            ',' => "dấu thập phân là dấu phẩy",
            '.' => "dấu thập phân là dấu chấm",
            _ => numbersAsText ? "không có số thập phân" : "số được đọc như tệp lưu",
        };

    public override string UnitName(string unit) => Units.GetValueOrDefault(unit, unit);

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["million VND/person/year"] = "triệu đồng/người/năm",
        ["m²/person"] = "m²/người",
        ["models"] = "mô hình",
    };

    protected override string AllOf(int total) => $"đủ {total}";

    protected override string Under(int bound) => $"dưới {bound}";

    public override string Averages(SetSummary summary) =>
        !summary.Set.IsEncoded
            ? $"{summary.Set.Id}: chưa mã hóa ("
                + (
                    summary.Set.AllIndicators.Any()
                        ? "nguồn mới có chỉ tiêu của các điều kiện, chưa có chỉ tiêu nào của các tiêu chí của bộ"
                        : "nguồn chưa có chỉ tiêu nào của bộ"
                )
                + $"); không {Locality} nào đạt"
        : summary.Evaluated == 0 ? $"{summary.Set.Id}: không {Locality} nào được đánh giá, nên không có số bình quân"
        : $"{summary.Set.Id}: bình quân {Average(summary.AverageCriteriaAchieved)}/{summary.Set.Criteria.Length} "
            + $"tiêu chí ({Percent(summary.AverageCriteriaShare)}), "
            + $"{Average(summary.AverageIndicatorsAchieved)}/{summary.Indicators.Length} chỉ tiêu "
            + $"({Percent(summary.AverageIndicatorsShare)}) mỗi {Locality}; "
            + $"{Count(summary.Achieved)} {Locality} đạt cả bộ"
            + (
                PartlyEncoded(summary.Set) is { } part
                    ? $" (nguồn mới có chỉ tiêu của {part.Criteria}/{part.Of} tiêu chí, "
                        + $"{part.Indicators}/{CountOrUnknown(part.OfIndicators)} chỉ tiêu"
                        + $"{ConditionsNotEncoded(part)}, nên không {Locality} nào đạt được bộ)"
                    : ""
            );

    public override string GroupLine(CommuneGroupCheck check, Rules.InputSchema inputs) =>
        (check.Given, check.Derived) switch
        {
            ({ } given, { } derived) when given != derived =>
                $"Nhóm xã: {given} theo dữ liệu; các dữ kiện của xã cho nhóm {derived}, trái với dữ liệu. Đánh giá "
                    + $"theo nhóm {given}.",
            ({ } given, _) => $"Nhóm xã: {given} theo dữ liệu.",
            (null, { } derived) => $"Nhóm xã: {derived}, theo các dữ kiện của xã (dữ liệu không ghi nhóm).",
            (null, null) => "Nhóm xã: chưa xác định được — dữ liệu không ghi nhóm và thiếu dữ kiện để xếp nhóm: "
                + $"{MissingFacts(check, inputs)}.",
        };

    protected override string IndicatorsNotEncoded => $"chỉ tiêu {NotEncoded}";

    protected override string AchievedOrNot(bool achieved) => achieved ? "đạt" : "chưa đạt";

    protected override string DecisionHas(int indicators) => $"quyết định có {indicators}";

    public override string ChangeName(SetChangeKind kind) =>
        kind switch
        {
            SetChangeKind.CriterionAdded => "thêm tiêu chí",
            SetChangeKind.CriterionRemoved => "bỏ tiêu chí",
            SetChangeKind.CriterionRenamed => "đổi tên tiêu chí",
            SetChangeKind.PrerequisiteChanged => "đổi điều kiện tiên quyết",
            SetChangeKind.CriterionCompletenessChanged => "chỉ tiêu của tiêu chí",
            SetChangeKind.IndicatorAdded => "thêm chỉ tiêu",
            SetChangeKind.IndicatorRemoved => "bỏ chỉ tiêu",
            SetChangeKind.IndicatorRenamed => "đổi tên chỉ tiêu",
            SetChangeKind.IndicatorConditionChanged => "đổi cách đánh giá",
            SetChangeKind.ThresholdAdded => "thêm ngưỡng",
            SetChangeKind.ThresholdRemoved => "bỏ ngưỡng",
            SetChangeKind.ThresholdChanged => "đổi ngưỡng",
            SetChangeKind.InputAdded => "thêm dữ liệu vào",
            SetChangeKind.InputRemoved => "bỏ dữ liệu vào",
            SetChangeKind.InputChanged => "đổi dữ liệu vào",
            _ => "đổi thông tin bộ",
        };

    protected override string OutsideRange(string value, string input, string range) =>
        $"{value} nằm ngoài miền giá trị của {input} ({range})";

    protected override string Completeness(SetCompleteness c, string officialCriteria, string officialIndicators) =>
        $"{c.Criteria}/{officialCriteria} tiêu chí, {c.Indicators}/{officialIndicators} chỉ tiêu; ngưỡng: "
        + $"{c.ThresholdsSet} có ({c.ThresholdsUnconfirmed} chưa xác nhận), {c.ThresholdsOpen} chưa có";

    // What a commune reaches, as Vietnamese says it after "đạt": "chuẩn NTM", "NTM nâng cao".
    private string TierPhrase(Tier tier) => tier == Ntm.Criteria.Tier.Standard ? "chuẩn NTM" : "NTM " + TierName(tier);

    public override string DetailsCapped(int shown, long total) =>
        $"Trang này ghi chi tiết {Count(shown)} {Locality} đầu trong {Count(total)} "
        + $"{Locality}; bảng tính (--format xlsx) có đủ mọi {Locality}.";

    public override string XlsxNeedsOut => "--format xlsx ghi một tệp bảng tính: hãy cho tên tệp bằng --out";

    public override string OutExtensionOfAnotherFormat(string path, string format) =>
        $"--out {path}: báo cáo dạng {format} mang đuôi tên này thì chương trình mở tệp sẽ không đọc được; hãy đặt "
        + $"tên có đuôi {ReportFormats.ExtensionOf(format)}, hoặc chọn định dạng khác bằng --format";

    public override string RulesEngineExported(string workflow, string inputClass, string className, CriteriaSet set) =>
        $"đã ghi {workflow}: workflow {set.Id}@{set.Version} cho Microsoft RulesEngine; lớp dữ liệu vào {className}: "
        + $"{inputClass}";
}
