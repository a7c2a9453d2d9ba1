using System.Text.RegularExpressions;

namespace Ntm.Criteria.Cli;

/// <summary>What the command line says when it is used wrongly or cannot go on: its own words and System.CommandLine's.</summary>
internal sealed partial class Texts
{
    /// <summary>
    /// The language a command line asks for (<c>--lang vi</c>, <c>--lang=en</c>), read before it is parsed, so that
    /// even an error of parsing is written in it; Vietnamese when it names none or one there is not.
    /// </summary>
    public static Texts Of(IReadOnlyList<string> args)
    {
        var language = "vi";
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                language = args[i + 1];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                language = args[i]["--lang=".Length..];
            }
        }

        return language == "en" ? English : Vietnamese;
    }

    public string RunHelp => IsVietnamese
        ? "Chạy 'ntm --help' để xem các lệnh và tùy chọn."
        : "Run 'ntm --help' for the commands and their options.";

    public string OutputClosed => IsVietnamese
        ? "đầu ra bị đóng trước khi báo cáo viết xong; lệnh đã dừng"
        : "the output was closed before the report was complete; the run stopped";

    public string Cancelled => IsVietnamese
        ? "đã hủy; báo cáo chưa đầy đủ"
        : "cancelled; the report is incomplete";

    public string InternalError(Exception e) => IsVietnamese
        ? $"lỗi bên trong chương trình, xin báo lại kèm thông báo này: {e}"
        : $"internal error, please report it with this message: {e}";

    public string TemplateColumns(int columns) => IsVietnamese ? $"mẫu có {columns} cột" : $"a template of {columns} columns";

    public string NoSuchFolder(string option, string folder) => IsVietnamese
        ? $"{option} {folder}: không có thư mục này"
        : $"{option} {folder}: no such folder";

    public string NoSuchGroupingColumn(string groupBy, string path, IEnumerable<string> headers) => IsVietnamese
        ? $"--group-by '{groupBy}': {path} không có cột này; các cột của tệp là {string.Join(", ", headers.Select(h => $"'{h}'"))}"
        : $"--group-by '{groupBy}': {path} has no such column; its columns are {string.Join(", ", headers.Select(h => $"'{h}'"))}";

    public string NotACulture(string culture) => IsVietnamese
        ? $"--culture '{culture}' không phải tên một quy ước vùng; hãy dùng vi-VN (dấu thập phân là dấu phẩy) hoặc en-US (dấu chấm)"
        : $"--culture '{culture}' is not a culture name; use vi-VN (decimal comma) or en-US (decimal point)";

    public string OutIsFolder(string target) => IsVietnamese
        ? $"--out {target}: là một thư mục; hãy ghi tên tệp cần viết"
        : $"--out {target}: is a folder; name the file to write";

    public string OutIsInput(string target, string input, bool throughLink) => IsVietnamese
        ? $"--out {target}: là tệp dữ liệu vào {input}{(throughLink ? " (qua một liên kết)" : string.Empty)}; ghi báo cáo vào đó sẽ xóa mất dữ liệu. Hãy chọn tệp khác"
        : $"--out {target}: is the input file {input}{(throughLink ? " (through a link)" : string.Empty)}; writing the report there would destroy the data. Name another file";

    public string CannotWrite(string option, string target, string reason, bool? fileUnchanged = null) => IsVietnamese
        ? $"{option} {target}: không ghi được: {Verbatim(reason)}{fileUnchanged switch { true => "; tệp ở đó vẫn như cũ", false => "; chưa ghi gì", null => string.Empty }}"
        : $"{option} {target}: cannot be written: {reason}{fileUnchanged switch { true => "; the file there is unchanged", false => "; nothing was written", null => string.Empty }}";

    public string NotACriteriaWorkbook(string reason) => IsVietnamese
        ? $"tệp không phải một sổ tính XLSX đọc được: {Verbatim(reason)}"
        : $"the file is not a readable XLSX workbook: {reason}";

    public string CriteriaWorkbookUnreadable(string reason) => IsVietnamese
        ? $"không đọc được sổ tính: {reason}"
        : $"the workbook cannot be read: {reason}";

    public string FileHoldsSets(string reference, IReadOnlyCollection<CriteriaSet> sets) => IsVietnamese
        ? $"{reference} chứa {sets.Count} bộ tiêu chí ({string.Join(", ", sets)}); hãy so sánh các tệp chứa một bộ"
        : $"{reference} holds {sets.Count} sets ({string.Join(", ", sets)}); compare files that hold one";

    public string NoSetWithId(string id, IEnumerable<string> closest) => IsVietnamese
        ? $"không có bộ tiêu chí nào mã '{id}'; gần nhất là {string.Join(", ", closest)} ('ntm sets' liệt kê tất cả)"
        : $"no criteria set has the id '{id}'; the closest are {string.Join(", ", closest)} ('ntm sets' lists them all)";

    public string NoSuchVersion(string id, string version, IEnumerable<string> versions) => IsVietnamese
        ? $"{id} không có phiên bản '{version}'; các phiên bản của nó là {string.Join(", ", versions)}"
        : $"{id} has no version '{version}'; its versions are {string.Join(", ", versions)}";

    public string NoVersionInForce(string id, DateOnly asOf, IEnumerable<CriteriaSet> versions) => IsVietnamese
        ? $"không phiên bản nào của {id} có hiệu lực ngày {Date(asOf)}; các phiên bản có hiệu lực {string.Join(", ", versions.Select(InForceRange))}"
        : $"no version of {id} is in force on {Date(asOf)}; its versions cover {string.Join(", ", versions.Select(InForceRange))}";

    public string NoSetInForce(DateOnly asOf) => IsVietnamese
        ? $"không bộ tiêu chí xã nào có hiệu lực ngày {Date(asOf)}. Hãy cho --as-of một ngày thuộc hiệu lực của một bộ tiêu chí xã, hoặc ghi các bộ bằng --set ('ntm sets' liệt kê chúng)."
        : $"no commune set is in force on {Date(asOf)}. Give --as-of a date a commune set covers, or name the sets with --set ('ntm sets' lists them).";

    public string OtherInputs(CriteriaSet other, string? than) => IsVietnamese
        ? $"{other} ({other.SourceFile}) đọc các dữ liệu vào khác với {than ?? "bộ từ vựng chung của rules/inputs.json"}; một tệp dữ liệu được đọc với một bộ dữ liệu vào, nên hãy đánh giá nó với các bộ tiêu chí khai báo cùng các dữ liệu vào"
        : $"{other} ({other.SourceFile}) reads other inputs than {than ?? "the shared vocabulary of rules/inputs.json"}; a data file is read with one set of inputs, so evaluate it with sets that declare the same ones";

    public string ChainReadsOtherInputs(CriteriaSet set) => IsVietnamese
        ? $"các bộ tiêu chí trong chuỗi hạng của {set} đọc các dữ liệu vào khác nhau, nên không đánh giá chung được"
        : $"the sets of the tier chain of {set} read different inputs, so they cannot be evaluated together";

    public string DifferentInputs(CriteriaSet a, CriteriaSet b) => IsVietnamese
        ? $"{a} và {b} đọc các dữ liệu vào khác nhau, nên không đánh giá được một tệp dữ liệu theo cả hai"
        : $"{a} and {b} read different inputs, so one data file cannot be evaluated under both";

    /// <summary>
    /// A message of System.CommandLine (which writes English only) in this language: each form it gives for this
    /// command line's options and arguments; another form, if a later version adds one, as it is written.
    /// </summary>
    public string UsageError(string message)
    {
        if (!IsVietnamese)
        {
            return message;
        }

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
        (new("^Required argument '(.*)' missing for command: '(.*)'\\.$", RegexOptions.Singleline), "lệnh '$2' thiếu đối số bắt buộc $1"),
        (new("^Required argument missing for option: '(.*)'\\.$", RegexOptions.Singleline), "tùy chọn '$1' thiếu giá trị"),
        (new("^Option '(.*)' is required\\.$", RegexOptions.Singleline), "thiếu tùy chọn bắt buộc '$1'"),
        (new("^Option '(.*)' expects a single argument but (.*) were provided\\.$", RegexOptions.Singleline), "tùy chọn '$1' nhận một giá trị, nhưng được cho $2"),
        (new("^Unrecognized command or argument '(.*)'\\.$", RegexOptions.Singleline), "không hiểu lệnh hay đối số '$1'"),
        (new("^Required command was not provided\\.$", RegexOptions.Singleline), "chưa có lệnh (sets, inputs, evaluate, explain, validate, diff hoặc workbook)"),
        (new("^Argument '(.*)' not recognized\\. Must be one of:(.*)$", RegexOptions.Singleline), "giá trị '$1' không hợp lệ; phải là một trong:$2"),
        (new("^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\\.(.*)$", RegexOptions.Singleline), "tùy chọn '$2' không đọc được giá trị '$1'$4"),
        (new("^Cannot parse argument '(.*)' for command '(.*)' as expected type '(.*)'\\.(.*)$", RegexOptions.Singleline), "lệnh '$2' không đọc được đối số '$1'$4"),
    ];
}
