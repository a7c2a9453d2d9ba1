using Ntm.Criteria.Cli.DataFiles;

namespace Ntm.Criteria.Cli;

/// <summary>What a data file's reader says of the file: a row it cannot read whole, and what it chose to read.</summary>
internal sealed partial class Texts
{
    public string LastLineUnended => IsVietnamese
        ? "dòng cuối của tệp không có ký tự xuống dòng, nên có thể bị cắt dở (sao chép bị ngắt, tệp đang được ghi); dòng này không được đánh giá. Nếu dòng đã đủ, thêm một dòng mới ở cuối tệp"
        : "the last line of the file has no line ending, so it may be cut short (a copy interrupted, a file still being written); it was not evaluated. If it is complete, end it with a new line";

    public string CellCountDiffers(int cells, int header) => IsVietnamese
        ? $"dòng có {cells} ô, còn dòng tiêu đề có {header}"
        : $"the row has {cells} cells and the header {header}";

    public string CellsBeyondHeader(int header) => IsVietnamese
        ? $"dòng có ô nằm ngoài {header} cột của dòng tiêu đề"
        : $"the row has cells beyond the header's {header} columns";

    public string ReadingStopped(string unit, string reason) => IsVietnamese
        ? $"không đọc được tệp từ {unit} này trở đi, phần còn lại không được đọc: {reason}"
        : $"the file could not be read past this {unit}, and the rest of it was not read: {reason}";

    /// <summary>
    /// A message of .NET or of a library, which only they can word, quoted as theirs in Vietnamese so that a reader
    /// knows why it is in English; as it is in English.
    /// </summary>
    public string Verbatim(string message) => IsVietnamese ? $"\"{message.TrimEnd('.', ' ')}\" (nguyên văn của .NET)" : message;

    public string LineUnit => IsVietnamese ? "dòng" : "line";

    public string RowUnit => IsVietnamese ? "dòng" : "row";

    public string ObjectUnit => IsVietnamese ? "đối tượng" : "object";

    public string StrayQuote => IsVietnamese ? "có dấu ngoặc kép trong một ô không đặt trong ngoặc kép" : "a quote inside an unquoted cell";

    public string TextAfterClosingQuote => IsVietnamese ? "có chữ sau dấu ngoặc kép đóng của một ô" : "text after the closing quote of a cell";

    public string UnterminatedQuote => IsVietnamese ? "một ô mở ngoặc kép nhưng không đóng (tệp bị cắt dở?)" : "a quoted cell is never closed (is the file cut short?)";

    public string AnotherCellCount => IsVietnamese ? "dòng có số ô khác dòng tiêu đề" : "the row has another number of cells than the header";

    public string MalformedRow(string reason) => IsVietnamese ? $"dòng sai định dạng ({reason})" : $"malformed row ({reason})";

    public string JsonItemNotAnObject(string what) => IsVietnamese
        ? $"mỗi phần tử của mảng phải là một đối tượng chứa giá trị của một xã, không phải {what}"
        : $"an array item must be an object of one commune's values, not {what}";

    public string TooManyJsonKeys(int limit) => IsVietnamese
        ? $"các đối tượng có hơn {limit.ToString("N0", Numbers)} khóa khác nhau (dữ liệu một xã có khoảng một trăm), nên phần còn lại của tệp không được đọc"
        : $"the objects name more than {limit.ToString("N0", Numbers)} different keys (a commune's data has about a hundred), so the rest of the file was not read";

    public string JsonKeyTwice(string name) => IsVietnamese ? $"khóa \"{name}\" xuất hiện hai lần" : $"the key \"{name}\" appears twice";

    public string InvalidJsonHere(string reason) => IsVietnamese
        ? $"tệp không phải JSON hợp lệ ở đây, phần sau không được đọc: {Verbatim(reason)}"
        : $"the file is not valid JSON here, and nothing after this was read: {reason}";

    public string JsonTextTooLong(int limit) => IsVietnamese
        ? $"một đoạn chữ trong tệp dài hơn {limit.ToString("N0", Numbers)} ký tự (giá trị của một xã chỉ vài chục)"
        : $"a text in the file is longer than {limit.ToString("N0", Numbers)} characters (a commune's values are a few dozen)";

    public string CellPastLastColumn(string? reference) => IsVietnamese
        ? $"ô {reference} nằm ngoài cột cuối cùng của Excel, XFD"
        : $"a cell at {reference} is past Excel's last column, XFD";

    public string HiddenSheetSkipped(string hidden, string read) => IsVietnamese
        ? $"trang '{hidden}' đang ẩn và không được đọc; đã đọc '{read}', trang hiện đầu tiên"
        : $"the sheet '{hidden}' is hidden and was not read; '{read}', the first visible sheet, was";

    public string OtherSheetsNotRead(string read, IReadOnlyList<string> others) => IsVietnamese
        ? $"chỉ trang '{read}' được đọc; bảng tính còn {others.Count} trang hiện khác ({string.Join(", ", others.Select(o => $"'{o}'"))}): đặt mọi xã trên một trang, hoặc đưa từng trang thành một tệp riêng"
        : $"only the sheet '{read}' was read; the workbook has {others.Count} other visible sheet{(others.Count == 1 ? "" : "s")} ({string.Join(", ", others.Select(o => $"'{o}'"))}): put every commune on one sheet, or give each sheet as its own file";

    public string MergedRangesRead(IReadOnlyList<string> ranges) => IsVietnamese
        ? $"{ranges.Count} vùng ô gộp được đọc bằng giá trị ô đầu tiên cho mọi ô của vùng (tên huyện ghi một lần cạnh các xã được tính cho từng xã): {string.Join(", ", ranges.Take(5))}{(ranges.Count > 5 ? ", …" : "")}"
        : $"{ranges.Count} merged cell range{(ranges.Count == 1 ? " was" : "s were")} read as the value of {(ranges.Count == 1 ? "its" : "their")} first cell in each of {(ranges.Count == 1 ? "its" : "their")} cells (a district written once beside its communes counts for each of them): {string.Join(", ", ranges.Take(5))}{(ranges.Count > 5 ? ", …" : "")}";

    public string TitleRowsSkipped(long first, long header, string title) => (IsVietnamese, header - first > 1) switch
    {
        (true, true) => $"các dòng {first}-{header - 1} phía trên dòng tiêu đề (dòng {header}) được coi là tiêu đề biểu mẫu và bỏ qua: '{title}'",
        (true, false) => $"dòng {first} phía trên dòng tiêu đề (dòng {header}) được coi là tiêu đề biểu mẫu và bỏ qua: '{title}'",
        (false, true) => $"rows {first}-{header - 1} above the header (row {header}) were read as a title and skipped: '{title}'",
        _ => $"row {first} above the header (row {header}) was read as a title and skipped: '{title}'",
    };

    // A data file that cannot be read at all: the command stops (exit 2) with one of these.
    public string NoSuchFile => IsVietnamese ? "không có tệp này" : "no such file";

    public string FileEmpty => IsVietnamese ? "tệp rỗng" : "the file is empty";

    public string FileKindNotRead(string extension) => IsVietnamese
        ? $"không đọc được tệp '{extension}'; dùng tệp .csv, .json hoặc .xlsx"
        : $"cannot read '{extension}' files; give a .csv, .json or .xlsx file";

    public string FileNotReadable(string reason) => IsVietnamese ? $"không đọc được tệp: {Verbatim(reason)}" : $"cannot be read: {reason}";

    public string Utf16Name(Utf16Form form) => (IsVietnamese, form) switch
    {
        (true, Utf16Form.WithByteOrderMark) => "UTF-16 (bắt đầu bằng dấu thứ tự byte UTF-16)",
        (true, Utf16Form.LittleEndian) => "UTF-16 không có dấu thứ tự byte (little-endian)",
        (true, _) => "UTF-16 không có dấu thứ tự byte (big-endian)",
        (false, Utf16Form.WithByteOrderMark) => "UTF-16 (it starts with a UTF-16 byte order mark)",
        (false, Utf16Form.LittleEndian) => "UTF-16 without a byte order mark (little-endian)",
        _ => "UTF-16 without a byte order mark (big-endian)",
    };

    public string FileIsUtf16(string what, string hint) => IsVietnamese
        ? $"tệp ở dạng {what}, không phải UTF-8; lưu lại dưới dạng UTF-8{hint}"
        : $"the file is {what}, not UTF-8; save it as UTF-8{hint}";

    public string FileInLegacyEncoding(string bad, long at, long line, string hint) => IsVietnamese
        ? $"tệp không phải UTF-8 hợp lệ ({bad} ở byte {at}, dòng {line}); có lẽ tệp dùng bảng mã tiếng Việt cũ (Windows-1258, TCVN3 hoặc VNI): lưu lại dưới dạng UTF-8{hint} để tên được đọc đúng như đã viết"
        : $"the file is not valid UTF-8 ({bad} at byte {at}, line {line}); it is probably in a legacy Vietnamese encoding (Windows-1258, TCVN3 or VNI): save it as UTF-8{hint} so that names are read as written";

    public string JsonEndsInsideObject => IsVietnamese
        ? "tệp kết thúc khi một đối tượng chưa đóng (tệp bị cắt dở?); phần cuối không được đọc"
        : "the file ends inside an object (is it cut short?); its end was not read";

    public string CsvUtf8Hint => IsVietnamese ? " (trong Excel: \"CSV UTF-8\")" : " (in Excel: \"CSV UTF-8\")";

    public string HeaderLineUnreadable(string reason) => IsVietnamese
        ? $"không đọc được dòng tiêu đề: {Verbatim(reason)} (dòng tiêu đề chỉ vài trăm ký tự; đây có phải tệp dữ liệu?)"
        : $"the header line cannot be read: {reason} (a header is a few hundred characters; is this a data file?)";

    public string NotValidJson(string reason) => IsVietnamese ? $"không phải JSON hợp lệ: {Verbatim(reason)}" : $"not valid JSON: {reason}";

    public string ExpectedCommunesArray => IsVietnamese
        ? "cần một mảng các xã, hoặc một đối tượng có mảng \"Communes\""
        : "expected an array of communes, or an object with a \"Communes\" array";

    public string NotAWorkbook(string reason) => IsVietnamese
        ? $"tệp không phải bảng tính XLSX đọc được (bị cắt, hỏng, hoặc là loại tệp khác): {Verbatim(reason)}"
        : $"the file is not a readable XLSX workbook (cut short, damaged, or another kind of file): {reason}";

    public string NoSheets(bool noneVisible) => (IsVietnamese, noneVisible) switch
    {
        (true, true) => "bảng tính không có trang nào đang hiện",
        (true, false) => "bảng tính không có trang nào",
        (false, true) => "the workbook has no visible sheets",
        _ => "the workbook has no sheets",
    };

    public string FirstSheetEmpty(string sheet) => IsVietnamese ? $"trang đầu tiên, '{sheet}', trống" : $"the first sheet, '{sheet}', is empty";

    public string WorkbookUnreadable(string reason) => IsVietnamese ? $"không đọc được bảng tính: {reason}" : $"the workbook cannot be read: {reason}";

    public string HeaderIsOneColumn(string start) => IsVietnamese
        ? $"dòng tiêu đề chỉ có một cột, '{start}…'; ngăn các cột bằng dấu phẩy, dấu chấm phẩy, tab hoặc '|'"
        : $"the header is one column, '{start}…'; separate the columns with commas, semicolons, tabs or '|'";

    public string NoIdColumn(long headerRow, string header) => IsVietnamese
        ? $"không cột nào chứa mã xã; dòng {headerRow} được lấy làm dòng tiêu đề ({header}): đặt tên cột mã là CommuneId hoặc 'Mã xã'"
        : $"no column holds the communes' ids; row {headerRow} was taken as the header ({header}): name the ids' column CommuneId or 'Mã xã'";

    public string NoDataRows => IsVietnamese ? "tệp không có dòng dữ liệu nào" : "the file has no data rows";

    public string NoAssessmentYear(int? searched, string input) => (IsVietnamese, searched) switch
    {
        (true, { } rows) => $"{rows.ToString("N0", Numbers)} dòng đầu không có {input}, và không có --as-of: cho ngày đánh giá bằng --as-of, hoặc điền cột này",
        (true, null) => $"không dòng nào có {input}, và không có --as-of: cho ngày đánh giá bằng --as-of, hoặc điền cột này",
        (false, { } rows) => $"the first {rows.ToString("N0", Numbers)} rows have no {input}, and no --as-of was given: give the date of assessment with --as-of, or fill the column",
        _ => $"no row has an {input}, and no --as-of was given: give the date of assessment with --as-of, or fill the column",
    };

    public string RowWithoutYear(long row, string input) => IsVietnamese
        ? $"dòng {row} không có {input}; cho ngày đánh giá bằng --as-of"
        : $"row {row} has no {input}; give the date of assessment with --as-of";

    public string NoCommuneNamed(string commune, long rowsRead) => IsVietnamese
        ? $"không xã nào có mã hoặc tên '{commune}' (đã đọc {rowsRead} dòng)"
        : $"no commune has the id or name '{commune}' ({rowsRead} rows read)";

    /// <summary>Several communes share a name: the first ones, so that the id can be given.</summary>
    public string CommunesNamed(string name, int count, IReadOnlyList<(string? Id, string? Name, string? District, long Row)> first)
    {
        var listed = string.Join("; ", first.Select(c => $"{c.Id} ({c.Name}{(c.District is { } district ? $", {district}" : "")}, {(IsVietnamese ? "dòng" : "row")} {c.Row})"));
        var more = count > first.Count ? (IsVietnamese ? $"; và {count - first.Count} xã nữa" : $"; and {count - first.Count} more") : "";
        return IsVietnamese
            ? $"{count} xã có tên '{name}': {listed}{more}; cho mã xã bằng --commune"
            : $"{count} communes are named '{name}': {listed}{more}; give the id with --commune";
    }

    public string NoRowReadable(string input, string first) => IsVietnamese
        ? $"không đọc được dòng nào, nên không có {input} để lấy ngày đánh giá; dòng đầu tiên: {first}"
        : $"no row can be read, so no {input} gives the date; the first: {first}";

    // What is wrong with a workbook that cannot be read.
    public string WorkbookDeclaresDtd => IsVietnamese
        ? "XML của tệp khai báo một DTD (kiểu tài liệu), điều không bảng tính nào cần và bộ đọc này từ chối"
        : "its XML declares a DTD (a document type), which no workbook needs and this reader refuses";

    public string WorkbookXmlBroken(string reason) => IsVietnamese ? $"XML của tệp bị hỏng: {Verbatim(reason)}" : $"its XML is broken: {reason}";

    public string WorkbookReferenceNotANumber => IsVietnamese
        ? "một tham chiếu dòng hoặc ô trong tệp không phải là số"
        : "a row or cell reference in it is not a number";

    public string WorkbookPartMissing => IsVietnamese
        ? "thiếu một phần của bảng tính (một trang được nêu trong bảng tính không có trong tệp)"
        : "a part of the workbook is missing (a sheet named in the workbook is not in the file)";

    public string WorkbookPackageDamaged(string reason) => IsVietnamese ? $"gói tệp bị hỏng: {Verbatim(reason)}" : $"the package is damaged: {reason}";

    public string WorkbookNotReadable(string reason) => IsVietnamese ? $"không đọc được: {Verbatim(reason)}" : $"it could not be read: {reason}";

    public string TooManySharedTexts(int limit) => IsVietnamese
        ? $"tệp có hơn {limit.ToString("N0", Numbers)} đoạn chữ dùng chung (dữ liệu một tỉnh có vài trăm nghìn; đây có phải trang dữ liệu?)"
        : $"it has more than {limit.ToString("N0", Numbers)} shared texts (a province's data has a few hundred thousand; is the file a data sheet?)";

    public string SharedTextsTooLong(int limit) => IsVietnamese
        ? $"các đoạn chữ dùng chung của tệp vượt quá {limit.ToString("N0", Numbers)} ký tự (dữ liệu một tỉnh chỉ vài triệu; đây có phải trang dữ liệu?)"
        : $"its shared texts pass {limit.ToString("N0", Numbers)} characters (a province's data is a few million; is the file a data sheet?)";

    public string TooManyMergedRanges(int limit) => IsVietnamese
        ? $"trang có hơn {limit.ToString("N0", Numbers)} vùng ô gộp; một trang dữ liệu chỉ cần vài vùng"
        : $"the sheet has more than {limit.ToString("N0", Numbers)} merged cell ranges; a data sheet needs a few";

    public string NotAWorksheet(string sheet) => IsVietnamese
        ? $"trang đầu tiên, '{sheet}', không phải trang tính (một trang biểu đồ?)"
        : $"the first sheet, '{sheet}', is not a worksheet (a chart sheet?)";

    public string UnpacksPastLimit(long megabytes, long limit) => IsVietnamese
        ? $"bảng tính giải nén ra {megabytes.ToString("N0", Numbers)} MB, quá giới hạn {limit.ToString("N0", Numbers)} MB (dữ liệu một huyện chỉ vài MB; đây có phải tệp nén độc hại?)"
        : $"the workbook unpacks to {megabytes.ToString("N0", Numbers)} MB, over the limit of {limit.ToString("N0", Numbers)} MB (a district's data is a few MB; is the file a zip bomb?)";
}
