namespace Ntm.Criteria.Cli;

internal sealed partial class VietnameseTexts
{
    protected override string ValueNamesCount(int names) => $"{names} tên khác của giá trị";

    public override string DataAcrossLevels(CriteriaSet before, CriteriaSet after) =>
        $"--data so sánh kết quả của các đơn vị trong một tệp theo hai bộ tiêu chí cùng cấp; {before.Id} đánh giá "
        + $"{LevelNames[(int)before.Level]}, còn {after.Id} đánh giá {LevelNames[(int)after.Level]}";

    protected override string SameReplacementTwice(CriteriaSet set, string file) =>
        $"SET_A và SET_B cùng chỉ {set}, đọc từ tệp {file} thay cho phiên bản đi kèm ntm, nên không có gì để so sánh; "
        + "để xem tệp thay đổi gì so với phiên bản đi kèm, hãy ghi phiên bản đi kèm bằng mã và tệp bằng đường dẫn, "
        + $"không dùng --rules: ntm diff {set} {file}";

    protected override string SameVersionTwice(CriteriaSet set) =>
        $"SET_A và SET_B cùng chỉ {set}, nên không có gì để so sánh: hãy ghi hai phiên bản hoặc hai bộ khác nhau "
        + "(lệnh sets liệt kê chúng)";

    protected override string RegionRuleKey => "Áp ngưỡng vùng khác";

    protected override string RequiresKey => "Bộ phải đạt trước";

    protected override string CommuneGroupsKey => "Xếp nhóm xã";

    protected override string OfficialCountsKey => "Số lượng theo văn bản";

    protected override string OtherwiseWord => "còn lại";

    protected override string DecisionCounts(int? criteria, int? indicators) =>
        $"{CountOrUnknown(criteria)} tiêu chí, {CountOrUnknown(indicators)} chỉ tiêu";

    protected override string InputKey => "Dữ liệu vào";

    public override string MeasureKey => "Giá trị so sánh";

    protected override string DirectionKey => "Chiều so sánh";

    protected override string CommuneSetKey => "Xã được đếm";

    protected override string LocalParamsKey => "Tham số cục bộ";

    protected override string AppliesWhenKey => "Áp dụng khi";

    protected override string GroupNumbered(int group) => $"nhóm {group}";

    protected override string EveryLocality => $"mọi {Locality}";

    protected override string BelowWord => "dưới";

    protected override string IsWord => "là";

    protected override string OrWord => "hoặc";

    protected override string AllIndicatorsEncoded => "đủ các chỉ tiêu";

    protected override string SomeIndicatorsEncoded => "một phần (nguồn thiếu chỉ tiêu, không thể đạt)";

    protected override string NoIndicatorEncoded => "chưa có chỉ tiêu nào (chưa mã hóa)";
}
