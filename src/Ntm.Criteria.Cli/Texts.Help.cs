namespace Ntm.Criteria.Cli;

/// <summary>What <c>ntm --help</c> says of each command, argument and option, and the headings of its layout.</summary>
internal sealed partial class Texts
{
    public string HelpDescription => IsVietnamese ? "Mô tả" : "Description";

    public string HelpUsage => IsVietnamese ? "Cách dùng" : "Usage";

    public string HelpArguments => IsVietnamese ? "Đối số" : "Arguments";

    public string HelpOptions => IsVietnamese ? "Tùy chọn" : "Options";

    public string HelpCommands => IsVietnamese ? "Lệnh" : "Commands";

    public string HelpOptionsPlaceholder => IsVietnamese ? "[tùy chọn]" : "[options]";

    public string HelpCommandPlaceholder => IsVietnamese ? "[lệnh]" : "[command]";

    public string HelpDefault(string value) => IsVietnamese ? $"[mặc định: {value}]" : $"[default: {value}]";

    public string HelpRequired => IsVietnamese ? "(bắt buộc)" : "(required)";

    public string HelpOptionHelp => IsVietnamese ? "Hiện trợ giúp và cách dùng" : "Show help and usage information";

    public string VersionOptionHelp => IsVietnamese ? "Hiện phiên bản" : "Show version information";

    public string RootHelp => IsVietnamese
        ? "ntm: đánh giá các xã theo Bộ tiêu chí quốc gia về nông thôn mới; kiểm tra và so sánh các tệp bộ tiêu chí."
        : "ntm: evaluates communes against the New Rural Development (Nông thôn mới) criteria; validates and compares criteria files.";

    public string RulesOptionHelp => IsVietnamese
        ? "Một thư mục tệp quy tắc dùng cùng các bộ tiêu chí đi kèm: các bộ trong đó có thể mở rộng bộ đi kèm, và một tệp định nghĩa một phiên bản đi kèm thì thay phiên bản đó"
        : "A folder of rule files to use with the shipped sets: its sets may extend shipped ones, and a file defining a shipped version replaces it";

    public string LanguageOptionHelp => IsVietnamese
        ? "Ngôn ngữ của báo cáo: vi (tiếng Việt) hoặc en (tiếng Anh)"
        : "Language of the report: vi (Vietnamese) or en (English)";

    public string FormatOptionHelp(IEnumerable<string> formats) => IsVietnamese
        ? $"Định dạng đầu ra: {string.Join(", ", formats)}"
        : $"Output format: {string.Join(", ", formats)}";

    public string CultureOptionHelp => IsVietnamese
        ? "Cách tệp viết số thập phân: vi-VN (dấu phẩy) hoặc en-US (dấu chấm). Mặc định: nhận ra từ các con số"
        : "How the file writes decimals: vi-VN (comma) or en-US (point). Default: detected from the numbers";

    public string DataFileHelp => IsVietnamese
        ? "Dữ liệu các xã: một tệp .csv, .json hoặc .xlsx, mỗi xã một dòng"
        : "The communes' data: a .csv, .json or .xlsx file with one row per commune";

    public string SetsCommandHelp => IsVietnamese
        ? "Liệt kê các bộ tiêu chí (đi kèm, và của --rules): cấp, hạng, giai đoạn, văn bản, hiệu lực, số lượng, các giá trị chưa xác nhận và chưa có"
        : "List the criteria sets (shipped, and those of --rules): level, tier, period, decision, in-force dates, counts, unconfirmed and open values";

    public string InputsCommandHelp => IsVietnamese
        ? "Liệt kê các dữ liệu vào một bộ tiêu chí đọc, với kiểu, đơn vị, miền giá trị và nhãn; hoặc viết một tệp CSV mẫu"
        : "List the inputs a set reads, with type, unit, range and label; or write a CSV template";

    public string InputsSetHelp => IsVietnamese
        ? "Mã một bộ tiêu chí (mã@phiên-bản cho một phiên bản): chỉ các dữ liệu vào mà biểu thức của nó đọc"
        : "A set id (id@version for one version): only the inputs its expressions read";

    public string TemplateHelp => IsVietnamese
        ? "Viết ra đường dẫn này một tệp CSV rỗng, dòng tiêu đề là các cột định danh và các dữ liệu vào này (nhãn tiếng Việt, hoặc mã với --lang en)"
        : "Write an empty CSV with the identity columns and these inputs as headers (Vietnamese labels, or ids with --lang en) to this path";

    public string EvaluateCommandHelp => IsVietnamese
        ? "Đánh giá mọi xã của một tệp dữ liệu và tổng hợp như báo cáo của huyện"
        : "Evaluate every commune of a data file and summarize, as a district report does";

    public string EvaluateSetHelp => IsVietnamese
        ? "Một bộ tiêu chí để đánh giá (mã, hoặc mã@phiên-bản); lặp lại cho nhiều bộ. Mặc định: các bộ tiêu chí xã có hiệu lực vào ngày đánh giá"
        : "A set to evaluate (id, or id@version); repeat for several. Default: the commune sets in force on the date of assessment";

    public string AsOfHelp => IsVietnamese
        ? "Ngày đánh giá (2024-12-31 hoặc 31/12/2024). Mặc định: ngày cuối của năm đánh giá (AssessmentYear) trong dữ liệu"
        : "Date of assessment (2024-12-31 or 31/12/2024). Default: the last day of the data's AssessmentYear";

    public string OutHelp => IsVietnamese
        ? "Ghi báo cáo vào tệp này thay vì đầu ra chuẩn"
        : "Write the report to this file instead of standard output";

    public string GroupByHelp => IsVietnamese
        ? "Một cột của dữ liệu để tổng hợp theo (huyện cũ, cụm xã). Mặc định: cột huyện, hoặc tỉnh khi dữ liệu không có"
        : "A column of the data to group the summary by (a former district, a cluster of communes). Default: the District column, or the province where the data has none";

    public string ExplainCommandHelp => IsVietnamese
        ? "Giải thích một xã: mọi chỉ tiêu với giá trị thực tế, yêu cầu, kết quả và nguồn, và khoảng cách tới hạng tiếp theo"
        : "Explain one commune: every indicator with actual, required, outcome and source, and the gap to the next tier";

    public string CommuneHelp => IsVietnamese
        ? "Mã của xã (cột CommuneId hoặc 'Mã xã'), hoặc tên xã ('Xã An Thạnh', 'an thanh')"
        : "The commune's id (its CommuneId or 'Mã xã'), or its name ('Xã An Thạnh', 'an thanh')";

    public string ExplainSetHelp => IsVietnamese
        ? "Một bộ tiêu chí để giải thích theo (mã, hoặc mã@phiên-bản); lặp lại cho nhiều bộ. Mặc định: các bộ tiêu chí xã có hiệu lực"
        : "A set to explain against (id, or id@version); repeat for several. Default: the commune sets in force";

    public string ValidateCommandHelp => IsVietnamese
        ? "Kiểm tra các tệp quy tắc và báo mọi lỗi với tệp, đường dẫn quy tắc, dòng và cột"
        : "Check rule files and report every problem with file, rule path, line and column";

    public string RuleFilesHelp => IsVietnamese ? "Các tệp quy tắc (.json) cần kiểm tra" : "Rule files (.json) to check";

    public string DiffCommandHelp => IsVietnamese
        ? "Chỉ ra các chỉ tiêu được thêm, bỏ, đổi tên, và các ngưỡng đổi theo vùng, nhóm và năm giữa hai bộ tiêu chí; với --data, các xã đổi hạng"
        : "Show the indicators added, removed and renamed, and the thresholds changed per region, group and year, between two sets; with --data, the communes that change tier";

    public string SetAHelp => IsVietnamese
        ? "Bộ tiêu chí so sánh từ: một mã (phiên bản mới nhất), mã@phiên-bản, hoặc một tệp quy tắc"
        : "The set compared from: an id (latest version), id@version, or a rule file";

    public string SetBHelp => IsVietnamese ? "Bộ tiêu chí so sánh tới" : "The set compared to";

    public string DiffDataHelp => IsVietnamese
        ? "Một tệp dữ liệu các xã (.csv, .json, .xlsx) để đánh giá theo cả hai bộ: liệt kê các xã đổi hạng"
        : "A communes' data file (.csv, .json, .xlsx) to evaluate under both sets: lists the communes whose tier changes";

    public string WorkbookCommandHelp => IsVietnamese
        ? "Bộ tiêu chí dạng sổ tính: xuất các bộ để điền ngưỡng trong chương trình bảng tính, nhập sổ tính đã điền thành các tệp quy tắc"
        : "Criteria as a workbook: export sets to fill their thresholds in a spreadsheet program, import the filled workbook as rule files";

    public string ExportCommandHelp => IsVietnamese
        ? "Ghi các bộ tiêu chí thành một sổ tính: mỗi phiên bản một trang, trình bày như phụ lục của quyết định, và một trang các dữ liệu vào"
        : "Write sets as a workbook: one sheet per set version, laid out like the decision's annex, and a sheet of the inputs";

    public string ExportSetsHelp => IsVietnamese
        ? "Các bộ tiêu chí cần xuất: mã (phiên bản mới nhất) hoặc mã@phiên-bản"
        : "The sets to export: id (latest version) or id@version";

    public string ExportOutHelp => IsVietnamese ? "Sổ tính cần ghi (.xlsx)" : "The workbook to write (.xlsx)";

    public string ImportCommandHelp => IsVietnamese
        ? "Đọc một sổ tính đã điền và ghi mỗi bộ tiêu chí trong đó thành một tệp quy tắc dưới --out; không ghi gì khi còn ô nào có lỗi"
        : "Read a filled workbook and write each of its sets as a rule file under --out; nothing is written when any cell has a problem";

    public string ImportFileHelp => IsVietnamese
        ? "Một sổ tính do 'ntm workbook export' viết, đã điền hoặc sửa"
        : "A workbook written by 'ntm workbook export', filled or edited";

    public string ImportOutHelp => IsVietnamese
        ? "Thư mục quy tắc để ghi các bộ tiêu chí vào (thư mục mà --rules đọc)"
        : "The rules folder to write the sets into (the folder --rules reads)";
}
