using System.Text.RegularExpressions;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

internal sealed partial class VietnameseTexts
{
    public override string RunHelp(string command) => $"Chạy '{command} --help' để xem cách dùng.";

    public override string NoCommand(string command, IReadOnlyList<string> commands) =>
        $"'{command}' cần một lệnh: {Alternatives(commands)}";

    public override string NotACommand(string command, string word, string? meant, IReadOnlyList<string> commands) =>
        $"'{word}' không phải một lệnh của '{command}' ({Alternatives(commands)})" + ThenMeant(meant);

    protected override string Meant(string word) => $"có phải là '{word}'?";

    public override string UnknownOption(
        string command,
        string option,
        string? meant,
        IReadOnlyList<string> takenBy,
        IReadOnlyList<string> arguments
    ) =>
        $"'{command}' không có tùy chọn '{option}'"
        + ThenMeant(meant)
        + (takenBy.Count == 0 ? string.Empty : $" ('{option}' là tùy chọn của {Quoted(takenBy)})")
        + (
            arguments.Count == 0
                ? string.Empty
                : ": ở lệnh này, đối số ghi ngay sau tên lệnh, không có tên tùy chọn: "
                    + $"{command} {string.Join(' ', arguments)} …"
        );

    public override string OutputClosed => "đầu ra bị đóng trước khi báo cáo viết xong; lệnh đã dừng";

    public override string OutputNotWritten(string reason) =>
        $"không ghi được đầu ra: {Verbatim(reason)}; báo cáo chưa đầy đủ, lệnh đã dừng";

    public override string Cancelled => "đã hủy; báo cáo chưa đầy đủ";

    public override string InternalError(Exception e) =>
        $"lỗi bên trong chương trình, xin báo lại kèm thông báo này: {e}";

    public override string TemplateColumns(int columns) => $"mẫu có {columns} cột";

    public override string WorkbookOutKind(string path) =>
        $"--out {path}: ntm viết bảng tính tiêu chí dưới dạng .xlsx, mà chương trình mở tệp theo đuôi tên này sẽ không "
        + "đọc được; hãy đặt tên có đuôi .xlsx";

    public override string WorkflowOutKind(string path) =>
        $"--out {path}: ntm export ghi workflow thành tệp .json, và lớp dữ liệu vào cạnh nó thành tệp .cs; hãy đặt tên "
        + "có đuôi .json";

    public override string TemplateKind(string path) =>
        $"--template {path}: ntm viết mẫu dưới dạng bảng tính .xlsx hoặc tệp .csv; hãy đặt tên có một trong hai đuôi đó";

    protected override string YesNoKind => "có/không";

    protected override string WholeNumberKind => "số nguyên";

    protected override string NumberKind => "số";

    protected override string TextKind => "chữ";

    public override string TemplateValueKind(InputDeclaration input) =>
        input.Type switch
        {
            InputType.Boolean => "có hoặc không",
            InputType.Enumeration => $"một trong: {string.Join(", ", input.AllowedValues)}",
            InputType.Integer => $"một số nguyên{Measured(input)}",
            InputType.Number => $"một số{Measured(input)}",
            _ => "chữ",
        };

    public override string TemplateCellTakes(string kind) => $"Ô này nhận {kind}.";

    public override string InputsAddedBy(IReadOnlyList<string> inputs, string file) =>
        $"{inputs.Count} dữ liệu vào không thuộc bộ từ vựng chung (rules/inputs.json) mà do {file} khai báo: "
        + string.Join(", ", inputs);

    public override string NoSuchFolder(string option, string folder, string? meant) =>
        $"{option} {folder}: không có thư mục này{ThenMeant(meant)}";

    public override string FileNotFolder(string option, string path) =>
        $"{option} {path}: đây là một tệp, cần một thư mục";

    public override string WorkbookNotImported(string? option, string path) =>
        $"{(option is null ? "" : option + " ")}{path}: đây là bảng tính, không phải tệp quy tắc: hãy nhập bảng tính "
        + $"tiêu chí trước, ntm workbook import \"{path}\" --out THƯ_MỤC, rồi dùng --rules THƯ_MỤC"
        + (option is null ? " và gọi bộ tiêu chí bằng mã của nó" : "");

    public override string WorkbookNotARuleFile(string path) =>
        "đây là bảng tính, không phải tệp quy tắc: bảng tính tiêu chí được kiểm tra khi nhập, "
        + $"ntm workbook import \"{path}\" --out THƯ_MỤC, lệnh này nêu mọi ô có lỗi và không ghi gì khi còn lỗi; "
        + "sau đó ntm validate THƯ_MỤC";

    public override string FilledFileExists(string option, string path) =>
        $"{option} {path}: tệp đã có, và có thể đã được điền; không ghi gì. Hãy đặt tên khác, hoặc thêm --force để "
        + "ghi đè";

    public override string ExportedFilesExist(string path, IReadOnlyList<string> existing) =>
        $"--out {path}: đã có {string.Join(" và ", existing)}; không ghi gì. Hãy đặt tên khác, hoặc thêm --force để "
        + "ghi đè";

    public override string NoSuchColumn(
        string option,
        string value,
        string path,
        IReadOnlyList<string> headers,
        string? meant
    ) => $"{option} '{value}': {path} không có cột này" + AsideMeant(meant) + $"; các cột của tệp là {Quoted(headers)}";

    public override string DataOptionWithoutData(string option) =>
        $"{option} nói cách đọc tệp dữ liệu, mà diff chỉ đọc khi có --data TỆP";

    public override string NotAColumnMapping(string text) =>
        $"--column '{text}': hãy ghi tên cột của tệp, dấu '=' và dữ liệu vào mà cột đó cho, như \"Nhóm xã=CommuneGroup\"";

    public override string NoSuchColumnTarget(string text, string target, IReadOnlyList<string> closest) =>
        $"--column '{text}': không có dữ liệu vào hay cột định danh nào tên '{target}'"
        + (closest.Count > 0 ? $"; gần nhất là {string.Join(", ", closest)}" : "")
        + " ('ntm inputs' liệt kê các dữ liệu vào)";

    public override string NotACulture(string culture) =>
        $"--culture '{culture}' không phải tên một quy ước vùng; hãy dùng vi-VN (dấu thập "
        + "phân là dấu phẩy) hoặc en-US (dấu chấm)";

    public override string OnlyWorkbooksInRules(string folder, string workbook) =>
        $"--rules {folder}: thư mục không có tệp quy tắc nào, chỉ có bảng tính ({workbook}); quy tắc được đọc từ các "
        + $"tệp mà lệnh nhập bảng tính tiêu chí ghi ra: ntm workbook import \"{workbook}\" --out {folder}";

    public override string WorkbookChangedSinceImport(string folder, string workbook) =>
        $"được sửa sau khi các tệp quy tắc của thư mục được ghi, mà --rules {folder} chỉ đọc các tệp đó: những gì sửa "
        + $"trong bảng tính chỉ được tính khi nhập lại: ntm workbook import \"{workbook}\" --out {folder}";

    public override string OutIsFolder(string option, string target) =>
        $"{option} {target}: là một thư mục; hãy ghi tên tệp cần viết";

    public override string OutFolderMissing(string option, string target, string folder, string? meant) =>
        $"{option} {target}: không có thư mục {folder}; hãy tạo thư mục đó, hoặc ghi vào một thư mục đã có"
        + ThenMeant(meant);

    public override string OutIsInput(string target, string input, bool throughLink) =>
        $"--out {target}: là tệp dữ liệu vào {input}{(throughLink ? " (qua một liên kết)" : string.Empty)}; ghi báo "
        + "cáo vào đó sẽ xóa mất dữ liệu. Hãy chọn tệp khác";

    public override string GroupByIdentity(string column, string field) =>
        $"--group-by '{column}': cột này được đọc là {field}, và sẽ không còn được đọc như vậy nếu dùng để nhóm các "
        + $"{Locality}; hãy chọn một cột nhóm các {Locality} (huyện cũ, cụm xã); báo cáo đã có bảng theo tỉnh";

    public override string OutInRulesFolder(string path, string folder) =>
        $"--out {path}: nằm trong thư mục --rules {folder}, nơi mọi tệp .json được đọc như tệp quy tắc: tệp này sẽ bị "
        + "đọc như vậy ở lần chạy sau; hãy ghi ra ngoài thư mục đó";

    public override string ReportAmongRuleFiles =>
        "là một báo cáo do ntm viết, không phải tệp quy tắc: hãy chuyển nó ra khỏi thư mục quy tắc, nơi mọi tệp .json "
        + "đều được đọc";

    public override string ReportNotData =>
        "đây là một báo cáo do ntm viết, không phải tệp dữ liệu; hãy đọc tệp dữ liệu đã dùng để lập báo cáo (báo cáo "
        + "ghi tên tệp đó, kèm SHA-256)";

    public override string OutIsReportSavedSince(string target, string? program) =>
        $"--out {target}: tệp là một báo cáo ntm đã viết, sau đó được lưu lại bằng "
        + $"{program ?? "một chương trình khác"}: những gì đã sửa trong đó sẽ mất; không ghi gì. Hãy đặt tên khác cho "
        + "báo cáo, hoặc thêm --force để ghi đè";

    public override string OutIsNotAReport(string target) =>
        $"--out {target}: tệp đã có, và không phải một báo cáo ntm đã viết (có thể là dữ liệu); không ghi gì. Hãy đặt "
        + "tên khác cho báo cáo, hoặc thêm --force để ghi đè";

    public override string CannotWrite(string option, string target, string reason, bool? fileUnchanged = null) =>
        $"{option} {target}: không ghi được: "
        + $"{Verbatim(reason)}"
        + fileUnchanged switch
        {
            true => "; tệp ở đó vẫn như cũ",
            false => "; chưa ghi gì",
            null => string.Empty,
        };

    public override string NotACriteriaWorkbook(string reason) =>
        $"tệp không phải một sổ tính XLSX đọc được: {Verbatim(reason)}";

    public override string CriteriaWorkbookUnreadable(string reason) => $"không đọc được sổ tính: {reason}";

    public override string FileHoldsSets(string reference, IReadOnlyCollection<CriteriaSet> sets) =>
        $"{reference} chứa {sets.Count} bộ tiêu chí ({string.Join(", ", sets)}); hãy so sánh các tệp chứa một bộ";

    public override string NoSetWithId(string id, IEnumerable<string> closest) =>
        $"không có bộ tiêu chí nào mã '{id}'; gần nhất là {string.Join(", ", closest)} ('ntm sets' liệt kê tất cả)";

    public override string NoSuchVersion(string id, string version, IEnumerable<string> versions) =>
        $"{id} không có phiên bản '{version}'; các phiên bản của nó là {string.Join(", ", versions)}";

    public override string NoVersionInForce(string id, DateOnly asOf, IEnumerable<CriteriaSet> versions) =>
        $"không phiên bản nào của {id} có hiệu lực ngày {Date(asOf)}; các phiên bản có hiệu lực "
        + $"{string.Join(", ", versions.Select(InForceRange))}"
        + (
            NearestDayInForce(asOf, versions) is { } day ? $": hãy cho --as-of {Date(day)} để đánh giá vào ngày đó" : ""
        );

    public override string NoSetInForce(DateOnly asOf) =>
        $"không bộ tiêu chí xã nào có hiệu lực ngày {Date(asOf)}. Hãy cho --as-of một ngày thuộc hiệu lực của một bộ "
        + "tiêu chí xã, hoặc ghi các bộ bằng --set ('ntm sets' liệt kê chúng).";

    public override string OtherInputs(CriteriaSet other, string? than, InputMismatch mismatch) =>
        $"{other} ({other.SourceFile}) đọc các dữ liệu vào khác với "
        + $"{than ?? "bộ từ vựng chung của rules/inputs.json"} ("
        + mismatch.Kind switch
        {
            InputMismatchKind.NotDeclared => $"không có {mismatch.Declared.Name} trong các dữ liệu vào đó",
            InputMismatchKind.DeclaredOtherwise =>
                $"{mismatch.Declared.Name} ở bộ này là \"{InputFacts(mismatch.Declared)}\", "
                    + $"ở đó là \"{InputFacts(mismatch.Expected!)}\"",
            _ => $"bộ này khai báo {mismatch.Declared.Name} ở chỗ mà ở đó là {mismatch.Expected!.Name}",
        }
        + "); một tệp dữ liệu được đọc với một bộ dữ liệu vào, nên hãy đánh giá nó với các bộ tiêu chí khai báo "
        + "cùng các dữ liệu vào, hoặc có một bộ thêm dữ liệu vào riêng sau tất cả dữ liệu vào của các bộ kia"
        + SharedInputsHint(other, mismatch);

    protected override string ThresholdRowsDropped(CriteriaSet set, CriteriaSet extended, IReadOnlyList<string> rows) =>
        $"{set} không còn {rows.Count} dòng ngưỡng của {extended}: {string.Join("; ", rows)}. Thresholds của một ghi đè "
        + "thay cả bảng ngưỡng của chỉ tiêu: hãy ghi lại các dòng cần giữ, hoặc đánh dấu \"notSet\" các dòng bỏ đi để "
        + "nói rõ là cố ý";

    protected override string DecisionCountsNotTaken(CriteriaSet set, CriteriaSet extended, string counts) =>
        $"{set} thêm hoặc bỏ tiêu chí, chỉ tiêu nên không lấy số lượng theo văn bản mà {extended} ghi ({counts}): bộ "
        + "được xét đạt theo những gì đã mã hóa. Nếu biết số lượng theo văn bản, hãy ghi vào "
        + "Properties.Set.OfficialCounts";

    public override string SharedInputDeclaredOtherwise(
        CriteriaSet set,
        InputDeclaration declared,
        InputDeclaration shared
    ) =>
        $"{set} khai báo {declared.Name} là \"{InputFacts(declared)}\" trong khi bộ từ vựng chung (rules/inputs.json) "
        + $"khai báo \"{InputFacts(shared)}\": không đánh giá được bộ này cùng các bộ tiêu "
        + "chí đi kèm ntm đọc dữ liệu vào đó"
        + SharedInputsHint(set, new InputMismatch(InputMismatchKind.DeclaredOtherwise, declared, null));

    protected override string DeclaresSharedInputs =>
        ". Tệp của bộ này tự khai báo các dữ liệu vào chung như lúc nó được viết: hãy để nó dẫn tới tệp chung, "
        + "\"InputsFile\": \"../../inputs.json\", và trong \"Inputs\" chỉ khai báo các dữ liệu vào riêng của nó";

    protected override string ReadsCopyOfSharedInputs(string path) =>
        $". Bộ này đọc các dữ liệu vào chung từ {path}, không phải từ rules/inputs.json đi kèm ntm: thư mục quy "
        + "tắc không cần bản sao của tệp đó, tệp đi kèm ntm được đọc khi thư mục không có";

    public override string ChainReadsOtherInputs(CriteriaSet set) =>
        $"các bộ tiêu chí trong chuỗi hạng của {set} đọc các dữ liệu vào khác nhau, nên không đánh giá chung được";

    public override string OptionWithoutValue(string option, string next) =>
        $"tùy chọn '{option}' thiếu giá trị: ngay sau nó là '{next}'";

    public override string UsageError(string message)
    {
        foreach (var (form, vietnamese) in UsageErrorForms)
        {
            if (form.Match(message) is { Success: true } match)
            {
                return match.Result(vietnamese);
            }
        }

        return message;
    }

    private static readonly (Regex Form, string Vietnamese)[] UsageErrorForms =
    [
        (
            new("^Required argument '(.*)' missing for command: '(.*)'\\.$", RegexOptions.Singleline),
            "lệnh '$2' thiếu đối số bắt buộc $1"
        ),
        (
            new("^Required argument missing for option: '(.*)'\\.$", RegexOptions.Singleline),
            "tùy chọn '$1' thiếu giá trị"
        ),
        (new("^Option '(.*)' is required\\.$", RegexOptions.Singleline), "thiếu tùy chọn bắt buộc '$1'"),
        (
            new("^Option '(.*)' expects a single argument but (.*) were provided\\.$", RegexOptions.Singleline),
            "tùy chọn '$1' nhận một giá trị, nhưng được cho $2"
        ),
        (
            new("^Unrecognized command or argument '(.*)'\\.$", RegexOptions.Singleline),
            "không hiểu lệnh hay đối số '$1'"
        ),
        (
            new("^Argument '(.*)' not recognized\\. Must be one of:(.*)$", RegexOptions.Singleline),
            "giá trị '$1' không hợp lệ; phải là một trong:$2"
        ),
        (
            new(
                "^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\\.(.*)$",
                RegexOptions.Singleline
            ),
            "tùy chọn '$2' không đọc được giá trị '$1'$4"
        ),
        (
            new(
                "^Cannot parse argument '(.*)' for command '(.*)' as expected type '(.*)'\\.(.*)$",
                RegexOptions.Singleline
            ),
            "lệnh '$2' không đọc được đối số '$1'$4"
        ),
    ];
}
