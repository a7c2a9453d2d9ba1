using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>Why a data file's cell or row is not read, as the rejected rows of a report say it.</summary>
internal sealed partial class Texts
{
    public string RowErrorLine(RowError error) => $"{CellPlace(error.Row, error.Column, error.Value)}: {error.Message}";

    /// <summary>Where a value is: "dòng 3, cột 'X', giá trị '98,5'", the column and value where known.</summary>
    public string CellPlace(long row, string? column, string? value) => IsVietnamese
        ? $"dòng {row}{(column is null ? "" : $", cột '{column}'")}{(value is null ? "" : $", giá trị '{value}'")}"
        : $"row {row}{(column is null ? "" : $", column '{column}'")}{(value is null ? "" : $", value '{value}'")}";

    public string NotAValueName(NotAValueKind kind) => (kind, IsVietnamese) switch
    {
        (NotAValueKind.UncomputedFormula, true) => "công thức chưa được tính (mở tệp bằng Excel hoặc LibreOffice và lưu lại để tính)",
        (NotAValueKind.UncomputedFormula, false) => "a formula without a computed value (open the file in Excel or LibreOffice and save it to compute it)",
        (NotAValueKind.BrokenSharedText, true) => "tham chiếu tới một đoạn chữ dùng chung không có trong tệp",
        (NotAValueKind.BrokenSharedText, false) => "a broken shared-string reference",
        (NotAValueKind.TooLongText, true) => $"đoạn chữ dài hơn một ô bảng tính chứa được ({LocalityTable.MaxCellLength.ToString("N0", Numbers)} ký tự)",
        (NotAValueKind.TooLongText, false) => $"a text longer than a spreadsheet cell can hold ({LocalityTable.MaxCellLength.ToString("N0", Numbers)} characters)",
        (NotAValueKind.Array, true) => "một mảng JSON",
        (NotAValueKind.Array, false) => "an array",
        (_, true) => "một đối tượng JSON",
        _ => "an object",
    };

    public string NotAValue(NotAValueKind kind) => IsVietnamese ? $"{NotAValueName(kind)}: không phải một giá trị" : $"{NotAValueName(kind)} is not a value";

    public string NotAText(NotAValueKind kind) => IsVietnamese ? $"{NotAValueName(kind)}: cần một đoạn chữ" : $"{NotAValueName(kind)}, where a text was expected";

    public string PercentButUnit(string? unit, bool formatted) => IsVietnamese
        ? $"{(formatted ? "ô được định dạng phần trăm" : "giá trị phần trăm")}, nhưng chỉ tiêu này đo bằng {unit ?? "số thường"}"
        : $"{(formatted ? "the cell is formatted as a percentage" : "a percentage")}, but the input is measured in {unit ?? "plain numbers"}";

    public string InvalidUtf8Text => IsVietnamese ? "đoạn chữ không phải UTF-8 hợp lệ; lưu tệp dưới dạng UTF-8" : "the text is not valid UTF-8; save the file as UTF-8";

    public string NotYesNo => IsVietnamese ? "không phải giá trị có/không (viết có/không, true/false hoặc 1/0)" : "not a yes/no value (write true/false, 1/0 or có/không)";

    public string NotANumberCell => IsVietnamese ? "không phải một số" : "not a number";

    public string ReadsEitherWay(string text, string grouped) => IsVietnamese
        ? $"'{text}' đọc được là {grouped} hoặc là số thập phân; dùng --culture vi-VN (dấu phẩy thập phân) hoặc --culture en-US (dấu chấm thập phân)"
        : $"'{text}' could be read as {grouped} or as a decimal; give --culture vi-VN (decimal comma) or --culture en-US (decimal point)";

    public string OtherDecimalSeparator(string text, char mark, char file, string? detectedAt) => IsVietnamese
        ? $"'{text}' dùng '{mark}' làm dấu thập phân, nhưng tệp này dùng '{file}'{(detectedAt is null ? "" : $" (thấy ở {detectedAt})")}"
        : $"'{text}' uses '{mark}' as its decimal separator, but this file uses '{file}'{(detectedAt is null ? "" : $" (detected at {detectedAt})")}";

    public string CellTooLong(int length) => IsVietnamese
        ? $"ô có {length.ToString("N0", Numbers)} ký tự, quá giới hạn {LocalityTable.MaxCellLength.ToString("N0", Numbers)} (giới hạn của một ô bảng tính)"
        : $"the cell holds {length.ToString("N0", Numbers)} characters, over the limit of {LocalityTable.MaxCellLength.ToString("N0", Numbers)} (a spreadsheet's own limit for a cell)";

    public string GivenTwice(string first, string second, string what) =>
        ColumnsGiveOneInput([first, second], what) + (IsVietnamese ? " trong dòng này; giữ một" : " in this row; keep one");

    public string RowWithoutYearOfFile(string input, int year) => IsVietnamese
        ? $"dòng không có {input}, mà tệp được đánh giá theo năm {year} (từ dòng đầu tiên có năm): điền năm, hoặc dùng --as-of"
        : $"the row has no {input}, and the file is assessed as of {year} (from its first row that has one): fill it, or give --as-of";

    public string RowOfAnotherYear(int year) => IsVietnamese
        ? $"tệp được đánh giá theo năm {year} (từ dòng đầu tiên); dùng --as-of để đánh giá các dòng của nhiều năm theo một ngày"
        : $"the file is assessed as of {year} (from its first row); give --as-of to evaluate rows of several years on one date";

    public string ColumnsGiveOneInput(IReadOnlyList<string> columns, string what) => IsVietnamese
        ? $"{string.Join(" và ", columns.Select(c => $"'{c}'"))} cùng ghi {what}"
        : $"{string.Join(" and ", columns.Select(c => $"'{c}'"))} both give {what}";

    public string KeepOneColumnEach => IsVietnamese ? "giữ một cột cho mỗi dữ liệu" : "keep one column for each";

    public string InputNamed(string name) => IsVietnamese ? $"dữ liệu vào {name}" : $"input {name}";

    public string NoCommuneId => IsVietnamese ? "dòng không có mã xã (cột CommuneId hoặc 'Mã xã')" : "the row has no commune id (a CommuneId or 'Mã xã' column)";

    public string IdAlreadyUsed(long row, string? asWritten) => (IsVietnamese, asWritten) switch
    {
        (true, null) => $"mã xã đã dùng ở dòng {row}",
        (true, _) => $"mã xã đã dùng ở dòng {row} dưới dạng '{asWritten}' (các mã chỉ khác nhau ở chữ hoa, độ rộng ký tự hay ký tự ẩn là một mã)",
        (false, null) => $"commune id already used on row {row}",
        _ => $"commune id already used on row {row} as '{asWritten}' (ids that differ only in case, character width or invisible characters are one id)",
    };

    public string ColumnsNotRead(IReadOnlyList<string> columns) => IsVietnamese
        ? $"{columns.Count} cột không phải dữ liệu vào của bộ tiêu chí và không được đọc: {string.Join(", ", columns.Select(c => $"'{c}'"))}"
        : $"{columns.Count} columns are not inputs of the criteria and are not read: {string.Join(", ", columns.Select(c => $"'{c}'"))}";

    public string InputsWithoutColumn(IReadOnlyList<string> inputs) => IsVietnamese
        ? $"{inputs.Count} dữ liệu vào mà bộ tiêu chí đọc không có cột, nên mọi xã đều thiếu (thiếu dữ liệu, không bao giờ tính là đạt): {string.Join(", ", inputs)}"
        : $"{inputs.Count} inputs the sets read have no column, so every commune lacks them (missing data, never achieved): {string.Join(", ", inputs)}";

    public string RejectedSummary(long rejected, long read, bool listedInReport) => IsVietnamese
        ? $"loại {rejected} trong {read} dòng{(listedInReport ? " (liệt kê ở cuối báo cáo)" : "")}; các dòng khác đã được đánh giá"
        : $"{rejected} of {read} rows rejected{(listedInReport ? " (listed at the end of the report)" : "")}; the others were evaluated";

    /// <summary>A value the inputs' declaration refuses: the engine's reason, in the report's language.</summary>
    public string ValueRefused(InputValueError error) => error.Text.In(Code);
}
