using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

internal sealed partial class VietnameseTexts
{
    public override string LastLineUnended =>
        "dòng cuối của tệp không có ký tự xuống dòng, nên có thể bị cắt dở (sao chép bị ngắt, tệp đang được ghi); "
        + "dòng này không được đánh giá. Nếu dòng đã đủ, thêm một dòng mới ở cuối tệp";

    public override string CellCountDiffers(int cells, int header) =>
        $"dòng có {cells} ô, còn dòng tiêu đề có {header}";

    public override string ReadingStopped(string unit, string reason) =>
        $"không đọc được tệp từ {unit} này trở đi, phần còn lại không được đọc: {reason}";

    public override string Verbatim(string message) => $"\"{message.TrimEnd('.', ' ')}\" (nguyên văn của .NET)";

    public override string LineUnit => "dòng";

    public override string RowUnit => "dòng";

    public override string ObjectUnit => "đối tượng";

    public override string StrayQuote => "có dấu ngoặc kép trong một ô không đặt trong ngoặc kép";

    public override string TextAfterClosingQuote => "có chữ sau dấu ngoặc kép đóng của một ô";

    public override string UnterminatedQuote => "một ô mở ngoặc kép nhưng không đóng (tệp bị cắt dở?)";

    public override string AnotherCellCount => "dòng có số ô khác dòng tiêu đề";

    public override string MalformedRow(string reason) => $"dòng sai định dạng ({reason})";

    public override string JsonItemNotAnObject(string what) =>
        $"mỗi phần tử của mảng phải là một đối tượng chứa giá trị của một {Locality}, không phải {what}";

    public override string JsonObjectsNotRead(string key, IReadOnlyList<string> members, int most) =>
        $"'{key}' chứa các đối tượng; các thành phần của chúng không được đọc"
        + (members.Count > 0 ? $" ({Quoted(members, most)})" : "")
        + $": giá trị của một {Locality} là các khóa của chính đối tượng của nó (\"CommuneGroup\": 2), không phải của "
        + "một đối tượng bên trong";

    public override string JsonObjectsNumberedByPlace =>
        $"các đối tượng của tệp viết chung một dòng: mỗi {Locality} được đánh số theo thứ tự trong danh sách (1 là đối "
        + "tượng đầu tiên), không theo dòng";

    public override string TooManyJsonKeys(int limit) =>
        $"các đối tượng có hơn {Count(limit)} khóa khác nhau (dữ liệu một {Locality} có khoảng một trăm), "
        + "nên phần còn lại của tệp không được đọc";

    public override string JsonKeyTwice(string name) => $"khóa \"{name}\" xuất hiện hai lần";

    public override string InvalidJsonHere(string reason) =>
        $"tệp không phải JSON hợp lệ ở đây, phần sau không được đọc: {Verbatim(reason)}";

    public override string JsonTextTooLong(int limit) =>
        $"một đoạn chữ trong tệp dài hơn {Count(limit)} ký tự (giá trị của một {Locality} chỉ vài chục)";

    public override string CellPastLastColumn(string? reference) =>
        $"ô {reference} nằm ngoài cột cuối cùng của Excel, XFD";

    public override string HiddenSheetSkipped(string hidden, string read) =>
        $"trang '{hidden}' đang ẩn và không được đọc; đã đọc '{read}', trang hiện đầu tiên";

    public override string OtherSheetsNotRead(string read, IReadOnlyList<string> others) =>
        $"chỉ trang '{read}' được đọc; bảng tính còn {others.Count} trang hiện khác "
        + $"({Quoted(others)}): đặt mọi {Locality} trên một trang, hoặc "
        + "đọc từng trang bằng --sheet TÊN";

    public override string MergedRangesRead(IReadOnlyList<string> ranges) =>
        $"{ranges.Count} vùng ô gộp được đọc bằng giá trị ô đầu tiên cho mọi ô của vùng (tên huyện ghi một lần cạnh "
        + $"các xã được tính cho từng xã): {Listed(ranges, most: 5)}";

    public override string HiddenRowsRead(long count, IReadOnlyList<long> first) =>
        $"{Count(count)} dòng bị ẩn trong trang (do bộ lọc, hoặc ẩn bằng tay) vẫn được đọc và đánh giá như các "
        + $"dòng khác, vì tệp có chúng ({RowsListed(count, first)}); muốn "
        + "chỉ đánh giá các dòng đang hiện, hãy chép chúng sang một trang riêng và đọc trang đó bằng --sheet TÊN";

    public override string LegacyFontCellsRead(long count, LegacyFont font, string stored, string shown) =>
        $"{count} ô chữ dùng phông {font.Name} (bảng mã {font.Encoding}) được đọc đúng như phông hiển thị: "
        + $"'{stored}' là '{shown}'";

    public override string HeaderlessColumnValues(long cells, long row, int column, string value) =>
        $"{cells} ô có giá trị ở cột không có tiêu đề (như '{value}' ở dòng {row}, cột thứ {column}) không được đọc; "
        + "đặt tiêu đề cho cột nếu đó là một dữ liệu vào";

    public override string NamesInTcvn3(long rows, long first, string stored, string shown) =>
        $"tên ở {rows} dòng có vẻ được gõ bằng bảng mã TCVN3 (phông .VnTime) mà tệp không còn phông đó, như '{stored}' "
        + $"ở dòng {first} (là '{shown}'): báo cáo ghi các tên như trong tệp; hãy chuyển tệp sang Unicode (như bằng "
        + "công cụ chuyển mã của Unikey, từ TCVN3 sang Unicode) rồi chạy lại";

    public override string NamesMisreadAsWindows1252(long rows, long first, string stored, string original) =>
        $"tên ở {rows} dòng có vẻ là chữ UTF-8 mà một chương trình đã đọc theo bảng mã Windows-1252 trước khi tệp "
        + $"được lưu, như '{stored}' ở dòng {first} (vốn là '{original}'): báo cáo ghi các tên như trong tệp; "
        + OpenAsUtf8;

    public override string HeaderMisreadAsWindows1252(string stored, string original) =>
        $". Dòng tiêu đề có vẻ là chữ UTF-8 mà một chương trình đã đọc theo bảng mã Windows-1252: '{stored}' vốn là "
        + $"'{original}'; {OpenAsUtf8}";

    private const string OpenAsUtf8 =
        "hãy mở lại tệp CSV gốc theo UTF-8 (trong Excel: Dữ liệu › Từ Văn bản/CSV, Nguồn tệp 65001: Unicode "
        + "(UTF-8)), lưu lại rồi chạy lại";

    public override string HeaderInTcvn3(string stored, string shown) =>
        $". Dòng tiêu đề có vẻ được gõ bằng bảng mã TCVN3 (phông .VnTime): '{stored}' là '{shown}'; hãy chuyển tệp "
        + "sang Unicode (như bằng công cụ chuyển mã của Unikey, từ TCVN3 sang Unicode) rồi chạy lại";

    protected override string NoSuchFile => "không có tệp này";

    public override string StandardInputNotRead =>
        "ntm không đọc đầu vào chuẩn: hãy lưu dữ liệu thành tệp .csv, .json hoặc .xlsx và ghi tên tệp đó";

    public override string FolderNotFile => "đây là một thư mục, cần một tệp";

    public override string NoRuleFiles(string paths) => $"{paths}: không có tệp quy tắc (.json) nào để kiểm tra";

    public override string FileEmpty => "tệp rỗng";

    public override string FileKindNotRead(string extension) =>
        $"không đọc được tệp '{extension}'; dùng tệp .csv, .json hoặc .xlsx";

    public override string OtherWorkbookNotRead(string extension) =>
        $"không đọc được sổ tính '{extension}': {SaveAsXlsx}";

    public override string FileHasNoExtension =>
        "tên tệp không có phần mở rộng cho biết loại tệp: đặt tên kết thúc bằng .csv, .json hoặc .xlsx theo nội dung";

    public override string WorkbookIsLegacyOrEncrypted =>
        $"tệp là sổ tính Excel 97-2003 (.xls) hoặc sổ tính có mật khẩu, không phải XLSX: {SaveAsXlsx}, "
        + "không đặt mật khẩu";

    public override string WorkbookIsOpenDocument =>
        $"tệp là bảng tính OpenDocument (.ods), không phải XLSX: {SaveAsXlsx}";

    private const string SaveAsXlsx = "mở trong Excel hoặc LibreOffice Calc rồi lưu thành Sổ làm việc Excel (.xlsx)";

    public override string FileNotReadable(string reason) => $"không đọc được tệp: {Verbatim(reason)}";

    public override string FileHeldByAnotherProgram =>
        "chưa đọc được tệp: một chương trình khác đang giữ tệp và không cho chương trình nào khác đọc. Hãy đóng tệp "
        + "trong chương trình đó (hoặc dùng một bản sao của tệp), rồi chạy lại";

    public override string ReadAsUtf16 =>
        "tệp là văn bản UTF-16 (như Excel lưu \"Unicode Text\"), có dấu ghi rõ ở đầu tệp: được đọc theo dạng đó";

    public override string FileIsUtf16(string what, string hint) =>
        $"tệp ở dạng {what}, không phải UTF-8; lưu lại dưới dạng UTF-8{hint}";

    public override string FileInLegacyEncoding(string bad, long at, long line, string hint) =>
        $"tệp không phải UTF-8 hợp lệ ({bad} ở byte {at}, dòng {line}); có lẽ tệp dùng bảng mã tiếng Việt cũ "
        + $"(Windows-1258, TCVN3 hoặc VNI): lưu lại dưới dạng UTF-8{hint} để tên được đọc đúng như đã viết";

    public override string JsonEndsInsideObject =>
        "tệp kết thúc khi một đối tượng chưa đóng (tệp bị cắt dở?); phần cuối không được đọc";

    public override string CsvUtf8Hint => " (trong Excel: \"CSV UTF-8\", hoặc đưa thẳng tệp .xlsx cho ntm)";

    public override string HeaderLineUnreadable(string reason) =>
        $"không đọc được dòng tiêu đề: {Verbatim(reason)} (dòng tiêu đề chỉ vài trăm ký tự; đây có phải tệp dữ liệu?)";

    public override string NotValidJson(string reason) => $"không phải JSON hợp lệ: {Verbatim(reason)}";

    public override string ExpectedLocalitiesArray(IReadOnlyList<string> arrays) =>
        $"cần một mảng các {Locality}, hoặc một đối tượng có mảng \"Communes\" (hoặc \"Localities\")"
        + (
            arrays.Count == 0 ? ""
            : arrays.Count == 1 ? $"; mảng của nó tên là {Quoted(arrays)}: hãy đặt tên là \"{LocalitiesArray}\""
            : $"; các mảng của nó tên là {Quoted(arrays, most: 5)}: hãy đặt tên mảng các {Locality} là "
                + $"\"{LocalitiesArray}\""
        );

    public override string NotAWorkbook(string reason) =>
        $"tệp không phải bảng tính XLSX đọc được (bị cắt, hỏng, hoặc là loại tệp khác): {Verbatim(reason)}";

    public override string SheetEmpty(string sheet, bool first) =>
        first ? $"trang đầu tiên, '{sheet}', trống" : $"trang '{sheet}' trống";

    public override string NoSuchSheet(string sheet, IReadOnlyList<string> sheets, string? meant) =>
        $"bảng tính không có trang '{sheet}'" + AsideMeant(meant) + $"; các trang của nó là {Quoted(sheets)}";

    public override string SheetOfNoWorkbook(string path) =>
        $"{path} không phải là bảng tính: chỉ tệp .xlsx mới có các trang để chọn";

    public override string WorkbookUnreadable(string reason) => $"không đọc được bảng tính: {reason}";

    public override string HeaderIsOneColumn(string start) =>
        $"dòng tiêu đề chỉ có một cột, '{start}…'; ngăn các cột bằng dấu phẩy, dấu chấm phẩy, tab hoặc '|'";

    public override string NoIdColumn(long headerRow, string header) =>
        $"không cột nào chứa mã hay tên {Locality}; dòng {headerRow} được lấy làm dòng tiêu đề ({header}): đặt tên "
        + $"cột mã là {HeaderNames(LocalityColumns.Id).English} hoặc '{HeaderNames(LocalityColumns.Id).Vietnamese}' "
        + $"(hoặc cột tên là {HeaderNames(LocalityColumns.Name).English} hoặc "
        + $"'{HeaderNames(LocalityColumns.Name).Vietnamese}', để nhận mỗi {Locality} theo tên), hoặc chỉ ra nó bằng "
        + $"--column \"TÊN_CỘT={HeaderNames(LocalityColumns.Id).English}\"";

    public override string ReadAnotherSheet(IReadOnlyList<string> sheets) =>
        $". Đây là trang đầu tiên của bảng tính; nếu các {Localities} ở trang khác ({Quoted(sheets)}), hãy đọc trang "
        + $"đó bằng --sheet \"{sheets[0]}\"";

    public override string NamesPerhapsIn(string header) =>
        $". Nếu cột '{header}' chứa tên các {Localities}, hãy đọc nó như vậy: --column "
        + $"\"{header}={HeaderNames(LocalityColumns.Name).English}\"";

    public override string TableTurned(IReadOnlyList<string> localities, IReadOnlyList<string> inputs) =>
        $". Bảng có vẻ ghi mỗi {Locality} một cột"
        + (localities.Count > 0 ? $" ({Quoted(localities, most: 3)})" : "")
        + " và mỗi dữ liệu vào một dòng"
        + (inputs.Count > 0 ? $" ({Quoted(inputs, most: 3)})" : "")
        + $": ntm đọc mỗi {Locality} một dòng và mỗi dữ liệu vào một cột. Hãy xoay bảng trong chương trình bảng tính "
        + $"(sao chép bảng, rồi Dán đặc biệt › Chuyển vị), đặt tên cột các {Localities} là "
        + $"'{HeaderNames(LocalityColumns.Name).Vietnamese}' và giữ một dòng tiêu đề phía trên, là tên các dữ liệu vào";

    public override string CriteriaWorkbookAsData(string path) =>
        $"đây là bảng tính tiêu chí (ntm workbook export), không phải dữ liệu các {Localities}: hãy nhập nó bằng ntm "
        + $"workbook import \"{path}\" --out THƯ_MỤC, rồi đánh giá tệp dữ liệu các {Localities} với --rules THƯ_MỤC";

    public override string NoDataRows => "tệp không có dòng dữ liệu nào";

    public override string RowWithoutYear(long row, InputDeclaration input, string? header) =>
        header is null
            ? $"dòng {row} không có năm đánh giá: tệp không có cột năm đánh giá ({YearColumnNames(input)}); cho ngày "
                + "đánh giá bằng --as-of"
            : $"dòng {row} không có năm đánh giá ở cột '{header}'; điền năm, hoặc cho ngày đánh giá bằng --as-of";

    protected override string YearColumnNames(InputDeclaration input) => $"'{ColumnHeader(input)}' hoặc '{input.Name}'";

    public override string NoLocalityNamed(string commune, long rowsRead) =>
        $"không {Locality} nào có mã hoặc tên '{commune}' (đã đọc {rowsRead} dòng)";

    public override string IdWrittenWithZeros(string id, string? name) =>
        $"; có phải là '{id}'{(name is null ? "" : $" ({name})")}? Mã được so đúng như tệp ghi, kể cả các số 0 ở đầu";

    public override string NoRowReadable(IReadOnlyList<string> problems) =>
        "không đọc được dòng nào, nên không có năm đánh giá để lấy ngày đánh giá; dòng đầu tiên: "
        + string.Join("; ", problems.Take(ProblemsShown))
        + (problems.Count > ProblemsShown ? $"; và {problems.Count - ProblemsShown} lỗi khác của dòng đó" : "")
        + ". Với --as-of NGÀY, báo cáo liệt kê mọi dòng bị loại và lý do";

    public override string WorkbookDeclaresDtd =>
        "XML của tệp khai báo một DTD (kiểu tài liệu), điều không bảng tính nào cần và bộ đọc này từ chối";

    public override string WorkbookXmlBroken(string reason) => $"XML của tệp bị hỏng: {Verbatim(reason)}";

    public override string WorkbookReferenceNotANumber => "một tham chiếu dòng hoặc ô trong tệp không phải là số";

    public override string WorkbookPartMissing =>
        "thiếu một phần của bảng tính (một trang được nêu trong bảng tính không có trong tệp)";

    public override string WorkbookPackageDamaged(string reason) => $"gói tệp bị hỏng: {Verbatim(reason)}";

    public override string WorkbookNotReadable(string reason) => $"không đọc được: {Verbatim(reason)}";

    public override string TooManySharedTexts(int limit) =>
        $"tệp có hơn {Count(limit)} đoạn chữ dùng chung (dữ liệu một tỉnh có vài "
        + "trăm nghìn; đây có phải trang dữ liệu?)";

    public override string SharedTextsTooLong(int limit) =>
        $"các đoạn chữ dùng chung của tệp vượt quá {Count(limit)} ký tự (dữ liệu một tỉnh chỉ vài "
        + "triệu; đây có phải trang dữ liệu?)";

    public override string TooManyMergedRanges(int limit) =>
        $"trang có hơn {Count(limit)} vùng ô gộp; một trang dữ liệu chỉ cần vài vùng";

    public override string NotAWorksheet(string sheet) =>
        $"trang đầu tiên, '{sheet}', không phải trang tính (một trang biểu đồ?)";

    public override string UnpacksPastLimit(long megabytes, long limit) =>
        $"bảng tính giải nén ra {Count(megabytes)} MB, quá giới hạn {Count(limit)} "
        + "MB (dữ liệu một huyện chỉ vài MB; đây có phải tệp nén độc hại?)";

    public override string TitleRowsSkipped(long first, long header, string? title) =>
        (
            header - first > 1
                ? $"các dòng {first}-{header - 1} phía trên dòng tiêu đề (dòng {header}) được coi là tiêu đề biểu mẫu "
                    + "và bỏ qua"
                : $"dòng {first} phía trên dòng tiêu đề (dòng {header}) được coi là tiêu đề biểu mẫu và bỏ qua"
        ) + (title is null ? "" : $": '{title}'");

    public override string HeaderOfSeveralRows(long first, long last, (string Name, string Heading)? example) =>
        $"các dòng {first}-{last} được đọc là một tiêu đề nhiều tầng: mỗi cột lấy tên ở ô thấp nhất có chữ"
        + (example is var (name, heading) ? $" ('{name}' dưới '{heading}')" : "");

    public override string ColumnNumberingSkipped(long row, IReadOnlyList<string> labels) =>
        $"dòng {row} đánh số các cột ({Quoted(labels, most: 3)}), không phải " + $"một {Locality}: bỏ qua";

    public override string UnitsRowSkipped(long row, IReadOnlyList<string> units) =>
        $"dòng {row} ghi đơn vị tính của các cột ({Quoted(units, most: 3)}), không phải một {Locality}: bỏ qua";

    public override string Utf16Name(Utf16Form form) =>
        form switch
        {
            Utf16Form.WithByteOrderMark => "UTF-16 (bắt đầu bằng dấu thứ tự byte UTF-16)",
            Utf16Form.LittleEndian => "UTF-16 không có dấu thứ tự byte (little-endian)",
            _ => "UTF-16 không có dấu thứ tự byte (big-endian)",
        };

    public override string NoSheets(bool noneVisible) =>
        noneVisible ? "bảng tính không có trang nào đang hiện" : "bảng tính không có trang nào";

    public override string NoYearInputDeclared(string input) =>
        $"dữ liệu vào của các bộ tiêu chí không khai báo {input}, nên không lấy được ngày đánh giá từ dữ liệu: hãy cho "
        + "ngày đánh giá bằng --as-of";

    public override string NoAssessmentYear(int? searched, InputDeclaration input, string? header) =>
        header is null
            ? $"tệp không có cột năm đánh giá ({YearColumnNames(input)}), và không có --as-of: cho "
                + "ngày đánh giá bằng --as-of, hoặc thêm cột này"
        : searched is { } rows
            ? $"{Count(rows)} dòng đầu không có năm đánh giá ở cột '{header}', và không có --as-of: cho ngày đánh giá "
                + "bằng --as-of, hoặc điền cột này"
        : $"không dòng nào có năm đánh giá ở cột '{header}', và không có --as-of: cho ngày đánh giá bằng --as-of, "
            + "hoặc điền cột này";

    protected override string LocalitiesNamed(string name, int count, string listed, int more) =>
        $"{count} {Locality} có tên '{name}': {listed}{(more > 0 ? $"; và {more} {Locality} nữa" : "")}; cho mã "
        + $"{Locality} bằng {LocalityOption}";

    protected override string WhichLocality(int count, string listed, int more) =>
        $"tệp có {count} {Locality}: cho mã hoặc tên {Locality} cần giải thích bằng {LocalityOption}: {listed}"
        + (more > 0 ? $"; và {more} {Locality} nữa" : "");
}
