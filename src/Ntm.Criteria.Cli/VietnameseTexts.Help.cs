namespace Ntm.Criteria.Cli;

internal sealed partial class VietnameseTexts
{
    public override string HelpDescription => "Mô tả";

    public override string HelpUsage => "Cách dùng";

    public override string HelpArguments => "Đối số";

    public override string HelpOptions => "Tùy chọn";

    public override string HelpCommands => "Lệnh";

    public override string HelpOptionsPlaceholder => "[tùy chọn]";

    public override string HelpCommandPlaceholder => "[lệnh]";

    public override string HelpDefault(string value) => $"[mặc định: {value}]";

    public override string HelpRequired => "(bắt buộc)";

    public override string HelpOptionHelp => "Hiện trợ giúp và cách dùng";

    public override string VersionOptionHelp => "Hiện phiên bản";

    public override string RootHelp =>
        "ntm: đánh giá các xã theo Bộ tiêu chí quốc gia về nông thôn mới; kiểm tra và so sánh các tệp bộ tiêu chí.";

    public override string RulesOptionHelp =>
        "Một thư mục tệp quy tắc dùng cùng các bộ tiêu chí đi kèm: các bộ trong đó có thể mở rộng bộ đi kèm, và một "
        + "tệp định nghĩa một phiên bản đi kèm thì thay phiên bản đó";

    public override string LanguageOptionHelp => "Ngôn ngữ của báo cáo: vi (tiếng Việt) hoặc en (tiếng Anh)";

    public override string ForceHelp => "Ghi đè tệp nếu đã có";

    public override string ReportForceHelp =>
        "Ghi báo cáo đè lên tệp CSV, JSON hay bảng tính ở --out không phải báo cáo do ntm viết";

    public override string FormatOptionHelp(IEnumerable<string> formats) =>
        $"Định dạng đầu ra: {string.Join(", ", formats)}";

    public override string ColumnOptionHelp =>
        "Một cột của tệp cho một dữ liệu vào dưới tên cột riêng: TÊN_CỘT=DỮ_LIỆU_VÀO (\"Nhóm xã=CommuneGroup\"); "
        + "lặp lại cho mỗi cột";

    public override string CultureOptionHelp =>
        "Cách tệp viết số thập phân: vi-VN (dấu phẩy) hoặc en-US (dấu chấm). Mặc định: nhận ra từ các con số";

    public override string SheetOptionHelp =>
        "Trang cần đọc của một tệp .xlsx, theo tên. Mặc định: trang hiện đầu tiên";

    public override string DataFileHelp => "Dữ liệu các xã: một tệp .csv, .json hoặc .xlsx, mỗi xã một dòng";

    public override string SetsCommandHelp =>
        "Liệt kê các bộ tiêu chí (đi kèm, và của --rules): cấp, hạng, giai đoạn, văn bản, hiệu lực, số lượng, các "
        + "giá trị chưa xác nhận và chưa có";

    public override string InputsCommandHelp =>
        "Liệt kê các dữ liệu vào một bộ tiêu chí đọc, với kiểu, đơn vị, miền giá trị và nhãn; "
        + "hoặc viết một tệp CSV mẫu";

    public override string InputsSetHelp =>
        "Mã một bộ tiêu chí (mã@phiên-bản cho một phiên bản): chỉ các dữ liệu vào mà biểu thức của nó đọc; lặp lại "
        + "cho các bộ mà một lần đánh giá chỉ ra, đọc như lần đánh giá đó đọc";

    public override string TemplateHelp =>
        "Viết ra đường dẫn này một tệp CSV rỗng (.csv), dòng tiêu đề là các cột định danh và các dữ liệu vào này (nhãn "
        + "tiếng Việt, hoặc mã với --lang en); một bảng tính khi đường dẫn có đuôi .xlsx, mỗi cột kiểm tra giá trị "
        + "khi gõ";

    public override string EvaluateCommandHelp =>
        "Đánh giá mọi xã của một tệp dữ liệu và tổng hợp như báo cáo của huyện";

    public override string EvaluateSetHelp =>
        "Một bộ tiêu chí để đánh giá (mã, mã@phiên-bản, hoặc đường dẫn một tệp quy tắc); lặp lại cho nhiều bộ. Mặc định: các bộ tiêu chí xã có "
        + "hiệu lực vào ngày đánh giá";

    public override string AsOfHelp =>
        "Ngày đánh giá (2024-12-31 hoặc 31/12/2024). Mặc định: ngày cuối của năm đánh giá "
        + "(AssessmentYear) trong dữ liệu";

    public override string OutHelp => "Ghi báo cáo vào tệp này thay vì đầu ra chuẩn";

    public override string GroupByHelp =>
        "Một cột của dữ liệu để tổng hợp theo (huyện cũ, cụm xã). Mặc định: cột huyện, hoặc tỉnh khi dữ liệu không có";

    public override string ExplainCommandHelp =>
        "Giải thích một xã: mọi chỉ tiêu với giá trị thực tế, yêu cầu, kết quả và nguồn, và "
        + "khoảng cách tới hạng tiếp theo";

    public override string CommuneHelp =>
        "Mã của xã (cột CommuneId hoặc 'Mã xã'), hoặc tên xã ('Xã An Thạnh', 'an thanh'); với tệp các thôn là mã "
        + "hoặc tên thôn. Mặc định: xã (thôn) của một tệp chỉ có một";

    public override string ExplainSetHelp =>
        "Một bộ tiêu chí để giải thích theo (mã, mã@phiên-bản, hoặc đường dẫn một tệp quy tắc); lặp lại cho nhiều bộ. Mặc "
        + "định: các bộ tiêu chí xã có hiệu lực";

    public override string ValidateCommandHelp =>
        "Kiểm tra các tệp quy tắc và báo mọi lỗi với tệp, đường dẫn quy tắc, dòng và cột";

    public override string RuleFilesHelp =>
        "Các tệp quy tắc (.json) cần kiểm tra, hoặc các thư mục (mọi tệp .json trong đó, như --rules đọc)";

    public override string DiffCommandHelp =>
        "Chỉ ra các chỉ tiêu được thêm, bỏ, đổi tên, các ngưỡng đổi theo vùng, nhóm và năm, và các dữ liệu vào được "
        + "thêm giữa hai bộ tiêu chí; với --data, các xã đổi hạng";

    public override string SetAHelp =>
        "Bộ tiêu chí so sánh từ: một mã (phiên bản mới nhất), mã@phiên-bản, hoặc một tệp quy tắc";

    public override string SetBHelp => "Bộ tiêu chí so sánh tới";

    public override string DiffDataHelp =>
        "Một tệp dữ liệu các xã (.csv, .json, .xlsx) để đánh giá theo cả hai bộ: liệt kê các xã đổi hạng";

    public override string WorkbookCommandHelp =>
        "Bộ tiêu chí dạng sổ tính: xuất các bộ để điền ngưỡng trong chương trình bảng tính, "
        + "nhập sổ tính đã điền thành các tệp quy tắc";

    public override string ExportCommandHelp =>
        "Ghi các bộ tiêu chí thành một sổ tính: mỗi phiên bản một trang, trình bày như phụ lục của quyết định, và "
        + "một trang các dữ liệu vào";

    public override string ExportSetsHelp => "Các bộ tiêu chí cần xuất: mã (phiên bản mới nhất) hoặc mã@phiên-bản";

    public override string ExportOutHelp => "Sổ tính cần ghi (.xlsx)";

    public override string ImportCommandHelp =>
        "Đọc một sổ tính đã điền và ghi mỗi bộ tiêu chí trong đó thành một tệp quy tắc dưới "
        + "--out; không ghi gì khi còn ô nào có lỗi";

    public override string ImportFileHelp => "Một sổ tính do 'ntm workbook export' viết, đã điền hoặc sửa";

    public override string ImportOutHelp => "Thư mục quy tắc để ghi các bộ tiêu chí vào (thư mục mà --rules đọc)";

    public override string RulesEngineExportHelp =>
        "Xuất một bộ tiêu chí thành một workflow của Microsoft RulesEngine (đã áp các tệp sửa đổi, tên kèm phiên bản) "
        + "và lớp C# của dữ liệu vào đặt bên cạnh, mọi giá trị có thể null";

    public override string RulesEngineSetHelp =>
        "Bộ tiêu chí cần xuất: mã (phiên bản mới nhất), mã@phiên-bản, hoặc một tệp quy tắc";

    public override string RulesEngineOutHelp =>
        "Tệp workflow cần ghi (.json); lớp C# ghi cạnh nó, cùng tên với đuôi .cs";
}
