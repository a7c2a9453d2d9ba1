using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

internal sealed partial class VietnameseTexts
{
    public override string CellPlace(long row, string? column, string? value) =>
        $"dòng {row}{(column is null ? "" : $", cột '{column}'")}{(value is null ? "" : $", giá trị '{value}'")}";

    public override string NotAValue(NotAValue cell) => $"{NotAValueName(cell)}: không phải một giá trị";

    public override string NotAText(NotAValue cell) => $"{NotAValueName(cell)}: cần một đoạn chữ";

    public override string PercentButUnit(string? unit, bool formatted) =>
        $"{(formatted ? "ô được định dạng phần trăm" : "giá trị phần trăm")}, nhưng chỉ tiêu này đo bằng "
        + $"{(unit is null ? "số thường" : UnitName(unit))}";

    public override string InvalidUtf8Text => "đoạn chữ không phải UTF-8 hợp lệ; lưu tệp dưới dạng UTF-8";

    public override string NotYesNo => "không phải giá trị có/không (viết có/không, true/false hoặc 1/0)";

    public override string NotANumberCell(string? hint) =>
        "không phải một số" + (hint is null ? "" : $"; hãy ghi {hint}");

    public override string NotANumberNorName(IReadOnlyList<string> names) =>
        $"không phải một số, cũng không phải tên của một giá trị ({string.Join(", ", names)})";

    public override string DateNotANumber(DateOnly day, int? year) =>
        $"ô là một ngày ({Date(day)}), không phải một số"
        + (
            year is null
                ? " (chương trình bảng tính đã đổi chữ gõ vào thành ngày: hãy định dạng ô là số hoặc chữ rồi gõ lại)"
                : $"; hãy ghi năm, {year}"
        );

    public override string ReadsEitherWay(string text, string grouped) =>
        $"'{text}' đọc được là {grouped} hoặc là số thập phân; dùng --culture vi-VN (dấu phẩy thập phân) hoặc "
        + "--culture en-US (dấu chấm thập phân)";

    public override string OtherDecimalSeparator(
        string text,
        char mark,
        char file,
        string? detectedAt,
        string? culture
    ) =>
        $"'{text}' dùng '{mark}' làm dấu thập phân, nhưng "
        + (
            culture is not null
                ? $"dấu thập phân của --culture {culture} là '{file}'"
                : $"tệp này dùng '{file}'{(detectedAt is null ? "" : $" (thấy ở {detectedAt})")}"
        );

    public override string CellTooLong(int length) =>
        $"ô có {Count(length)} ký tự, quá giới hạn "
        + $"{Count(LocalityTable.MaxCellLength)} (giới hạn của một ô bảng tính)";

    public override string RowWithoutYearOfFile(int year) =>
        $"dòng không có năm đánh giá, mà tệp được đánh giá theo năm {year} (từ dòng đầu tiên có năm): "
        + "điền năm, hoặc dùng --as-of";

    public override string RowOfAnotherYear(int year) =>
        $"tệp được đánh giá theo năm {year} (từ dòng đầu tiên); dùng --as-of để đánh giá các dòng "
        + "của nhiều năm theo một ngày";

    public override string ColumnsGiveOneInput(IReadOnlyList<string> columns, string what) =>
        $"{string.Join(" và ", columns.Select(c => $"'{c}'"))} cùng ghi {what}";

    public override string KeepOneColumnEach => "giữ một cột cho mỗi dữ liệu";

    public override string InputNamed(string name) => $"dữ liệu vào {name}";

    public override string NoLocalityName =>
        $"dòng không có tên {Locality} (tệp không có cột mã, nên mỗi {Locality} được nhận theo tên)";

    public override string NameAlreadyUsed(long row, string? asWritten, string? district) =>
        $"tên {Locality} đã có ở dòng {row}{(asWritten is null ? "" : $" dưới dạng '{asWritten}'")}"
        + $"{(district is null ? "" : $", thuộc {district}")}: tệp không "
        + $"có cột mã, nên mỗi {Locality} được nhận theo tên; thêm cột "
        + $"'{HeaderNames(LocalityColumns.Id).Vietnamese}' để phân biệt";

    public override string NamesAsIds(string header) =>
        $"tệp không có cột mã {Locality} ({HeaderNames(LocalityColumns.Id).English} hoặc "
        + $"'{HeaderNames(LocalityColumns.Id).Vietnamese}'): mỗi {Locality} được nhận theo tên ở cột '{header}', và "
        + "hai dòng cùng tên bị loại";

    public override string NoLocalityId =>
        $"dòng không có mã {Locality} (cột {HeaderNames(LocalityColumns.Id).English} hoặc "
        + $"'{HeaderNames(LocalityColumns.Id).Vietnamese}')";

    public override string ColumnsNotRead(int count, IReadOnlyList<(string Header, string? Meant)> listed) =>
        $"{Count(count)} cột không phải dữ liệu vào của bộ tiêu chí và không được đọc: "
        + string.Join(", ", listed.Select(c => $"'{c.Header}'" + (c.Meant is null ? "" : $" (có phải là {c.Meant}?)")))
        + (count > listed.Count ? $" và {Count(count - listed.Count)} cột khác" : "")
        + (
            listed.FirstOrDefault(c => c.Meant is not null) is { Meant: not null } meant
                ? "; cột được đọc khi tên cột là mã dữ liệu vào hoặc nhãn đầy đủ của nó (ntm inputs liệt kê), hoặc khi "
                    + $"được chỉ ra bằng --column \"{meant.Header}={meant.Meant}\""
                : ""
        );

    public override string PercentagesLikeFractions(
        IReadOnlyList<(string Header, IReadOnlyList<double> First, long Count)> columns
    ) =>
        $"{columns.Count} cột tỷ lệ phần trăm chỉ có giá trị từ 0 đến 1, như số thập phân (0,85 thay cho 85%): "
        + string.Join(
            ", ",
            columns.Select(c =>
                $"'{c.Header}' ({string.Join("; ", c.First.Select(Show))}{(c.Count > c.First.Count ? "; …" : "")})"
            )
        )
        + "; nếu đó là số thập phân, hãy ghi theo phần trăm (85 hoặc 85%), như các ngưỡng được ghi";

    public override string ThousandsGrouped(string text, char mark) =>
        $"; tệp ghi số thập phân bằng dấu {(mark == ',' ? "phẩy" : "chấm")}, nên dấu {(mark == ',' ? "chấm" : "phẩy")} "
        + $"trong '{text}' là dấu phân cách hàng nghìn";

    // The Vietnamese template heads each input's column with its label: a few are named so, with their ids.
    public override string InputsWithoutColumn(IReadOnlyList<InputDeclaration> inputs) =>
        $"{inputs.Count} dữ liệu vào mà bộ tiêu chí đọc không có cột, nên mọi {Locality} đều thiếu (thiếu dữ liệu, "
        + "không bao giờ tính là đạt): "
        + ColumnsNamed(inputs);

    public override string GroupFactsWithoutColumn(IReadOnlyList<InputDeclaration> inputs, bool groupColumn) =>
        $"{inputs.Count} dữ kiện xếp nhóm xã không có cột ({ColumnsNamed(inputs)}): "
        + (
            groupColumn
                ? $"{Locality} có nhóm ghi trong tệp được đánh giá theo nhóm đó, không đối chiếu với các dữ kiện; "
                    + $"{Locality} không ghi nhóm có thể không xếp được nhóm, và khi đó các chỉ tiêu có ngưỡng theo "
                    + "nhóm thiếu dữ liệu"
                : $"tệp cũng không ghi nhóm ({NtmInputs.CommuneGroup.Name}), nên không {Locality} nào có nhóm: các "
                    + "chỉ tiêu có ngưỡng theo nhóm thiếu dữ liệu"
        );

    public override string GroupsFromFacts =>
        $"tệp không ghi nhóm ({NtmInputs.CommuneGroup.Name}): mỗi {Locality} được xếp nhóm theo các dữ kiện của "
        + $"{Locality} (khu vực, đô thị, tỷ trọng nông nghiệp)";

    public override string RegionFactsWithoutColumn(IReadOnlyList<InputDeclaration> inputs, string region) =>
        $"{inputs.Count} dữ kiện chuyển {Locality} sang ngưỡng của vùng {region} không có cột "
        + $"({ColumnsNamed(inputs)}): mọi {Locality} được đánh giá theo ngưỡng của vùng ghi trong dữ liệu, "
        + $"như thể không {Locality} nào được chuyển; {Locality} thuộc trường hợp được chuyển thì cần các cột đó";

    public override string ColumnsOfOtherSets(IReadOnlyList<string> sets) =>
        $"các cột không được đọc là dữ liệu vào của {string.Join(", ", sets)}: để đánh giá theo "
        + $"{(sets.Count == 1 ? "bộ đó" : "các bộ đó")}, hãy ghi {SetOptions(sets)}";

    public override string InputsOfOtherLevelsOnly(IReadOnlyList<string> columns, IReadOnlyList<string> sets) =>
        $"không bộ tiêu chí xã nào đọc các cột của tệp ({Quoted(columns, most: 3)}), vốn là dữ liệu vào của bộ "
        + "tiêu chí cấp khác; không có --set thì ntm đánh giá theo các bộ tiêu chí xã, nên mọi dòng sẽ thiếu "
        + $"dữ liệu của xã: hãy chọn bộ tiêu chí: {SetOptions(sets)}";

    public override string VillagesWithoutSet(string header, IReadOnlyList<string> sets) =>
        $"các dòng là thôn (cột '{header}'), mà không có --set thì ntm đánh giá theo các bộ tiêu chí xã, nên mọi "
        + "thôn sẽ thiếu dữ liệu của xã; "
        + (
            sets.Count == 0
                ? "ntm không có bộ tiêu chí thôn nào: hãy cho bộ của tỉnh bằng --rules THƯ_MỤC --set MÃ_BỘ"
                : $"hãy chọn bộ tiêu chí thôn: {SetOptions(sets)}"
        );

    public override string CommunesForOtherLevel(string header, IReadOnlyList<string> sets, bool compared) =>
        $"các dòng là xã (cột '{header}'), mà {string.Join(", ", sets)} đánh giá {Locality}: mỗi xã sẽ được đánh giá "
        + $"như một {Locality}, thiếu dữ liệu của {Locality}; "
        + (compared ? "--data cần" : "để đánh giá các xã, hãy bỏ --set hoặc chọn bộ tiêu chí xã; hoặc dùng")
        + $" một tệp các {Locality}, cột mã ghi '{HeaderNames(LocalityColumns.Id).Vietnamese}' hoặc "
        + $"'{HeaderNames(LocalityColumns.Id).English}' (ntm inputs --set {sets[0]} --template TỆP viết một mẫu như "
        + "vậy)";

    public override string RejectedSummary(long rejected, long read, bool anyEvaluated, bool listedInReport) =>
        $"loại {Count(rejected)} trong {Count(read)} dòng{(listedInReport ? " (liệt kê ở cuối báo cáo)" : "")}; "
        + (anyEvaluated ? "các dòng khác đã được đánh giá" : $"không {Locality} nào được đánh giá");

    public override string NotAValueName(NotAValue cell) =>
        cell.Kind switch
        {
            NotAValueKind.ErrorValue =>
                $"lỗi {cell.Shown} của một công thức không tính được (hãy sửa công thức hoặc gõ giá trị)",
            NotAValueKind.UncomputedFormula =>
                "công thức chưa được tính (mở tệp bằng Excel hoặc LibreOffice và lưu lại để tính)",
            NotAValueKind.BrokenSharedText => "tham chiếu tới một đoạn chữ dùng chung không có trong tệp",
            NotAValueKind.TooLongText =>
                $"đoạn chữ dài hơn một ô bảng tính chứa được ({Count(LocalityTable.MaxCellLength)} " + "ký tự)",
            NotAValueKind.Array => "một mảng JSON",
            _ => "một đối tượng JSON",
        };

    protected override string InThisRowKeepOne => " trong dòng này; giữ một";

    public override string IdAlreadyUsed(long row, string? asWritten) =>
        asWritten is null
            ? $"mã {Locality} đã dùng ở dòng {row}"
            : $"mã {Locality} đã dùng ở dòng {row} dưới dạng '{asWritten}' (các mã chỉ khác nhau ở chữ "
                + "hoa, độ rộng ký tự hay ký tự ẩn là một mã)";

    public override string ColumnHeader(LocalityColumn column) => HeaderNames(column).Vietnamese;

    public override string ColumnHeader(InputDeclaration input) => input.Labels.GetValueOrDefault("vi", input.Name);
}
