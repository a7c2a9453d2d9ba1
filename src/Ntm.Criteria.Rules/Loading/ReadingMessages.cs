using System.Globalization;

namespace Ntm.Criteria.Rules;

/// <summary>What the reader says about a rule file's bytes and JSON, in English and Vietnamese side by side.</summary>
internal static class ReadingMessages
{
    public static RuleMessage CannotRead(string reason) =>
        new($"the file cannot be read: {reason}", $"không đọc được tệp: {Verbatim(reason, ".NET")}");

    public static RuleMessage LargerThan(long limit) =>
        new($"the file is larger than the limit of {limit} bytes", $"tệp lớn hơn giới hạn {limit} byte");

    public static RuleMessage SizeOver(long size, long limit) =>
        new($"the file is {size} bytes, over the limit of {limit}", $"tệp có {size} byte, quá giới hạn {limit}");

    public static RuleMessage NotUtf8(byte bad, int offset) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"the file is not valid UTF-8 (bad byte 0x{bad:X2} at byte {offset}); save it as UTF-8"
            ),
            string.Create(
                CultureInfo.InvariantCulture,
                $"tệp không phải UTF-8 hợp lệ (byte sai 0x{bad:X2} ở byte thứ {offset}); hãy lưu tệp dạng UTF-8"
            )
        );

    public static readonly RuleMessage Utf16 = new(
        "the file is UTF-16 (it starts with a UTF-16 byte order mark; Notepad calls it \"Unicode\"), not UTF-8; save it "
            + "as UTF-8",
        "tệp là UTF-16 (bắt đầu bằng dấu thứ tự byte UTF-16; Notepad gọi là \"Unicode\"), không phải UTF-8; hãy lưu tệp "
            + "dạng UTF-8"
    );

    public static readonly RuleMessage ZipArchive = new(
        "the file is a zip archive (a workbook such as .xlsx?), not a JSON rule file",
        "tệp là một tệp nén zip (một sổ tính như .xlsx?), không phải tệp quy tắc JSON"
    );

    public static readonly RuleMessage EmptyFile = new(
        "the file is empty; it needs a workflow object or an array of workflows",
        "tệp rỗng; tệp cần một đối tượng workflow hoặc một mảng các workflow"
    );

    public static readonly RuleMessage EmptyArray = new(
        "the file holds an empty array; it needs at least one workflow",
        "tệp chỉ có một mảng rỗng; tệp cần ít nhất một workflow"
    );

    public static readonly RuleMessage ContentAfterEnd = new(
        "unexpected content after the end of the JSON value",
        "còn nội dung thừa sau khi giá trị JSON đã kết thúc"
    );

    public static RuleMessage NestsDeeper(int maxDepth) =>
        new($"the JSON nests deeper than {maxDepth} levels", $"JSON lồng sâu quá {maxDepth} cấp");

    /// <summary>The JSON reader's own explanation stays as it wrote it; the sentence around it is translated.</summary>
    public static RuleMessage MalformedJson(string readerMessage) =>
        new($"malformed JSON: {readerMessage}", $"JSON sai cú pháp: {Verbatim(readerMessage, "Newtonsoft.Json")}");

    public static readonly RuleMessage NaN = new(
        "NaN is not a JSON number; leave the value out or write null",
        "NaN không phải một số JSON; hãy bỏ giá trị này hoặc viết null"
    );

    public static readonly RuleMessage Infinite = new(
        "the number is too large to hold (it reads as infinity)",
        "số quá lớn, không lưu được (đọc ra thành vô cực)"
    );

    public static readonly RuleMessage Undefined = new(
        "undefined is not a JSON value; write null",
        "undefined không phải một giá trị JSON; hãy viết null"
    );

    public static RuleMessage Constructor(string? name) =>
        new($"'new {name}(...)' is not a JSON value", $"'new {name}(...)' không phải một giá trị JSON");

    public static readonly RuleMessage LostCharacter = new(
        "the text holds U+FFFD, the mark of a character lost before this file was read (an unpaired \\uD800-\\uDFFF "
            + "escape, or text decoded from another encoding); write the character itself",
        "văn bản có U+FFFD, dấu của một ký tự đã mất trước khi tệp được đọc (một mã \\uD800-\\uDFFF đứng lẻ, hoặc "
            + "văn bản giải mã từ bảng mã khác); hãy viết chính ký tự đó"
    );

    public static RuleMessage NotAWorkflow(IReadOnlyList<string> fields, IReadOnlyList<string> workflowFields) =>
        new(
            $"this is not a workflow: none of its fields ({Listed(fields)}) is one of a workflow's "
                + $"({string.Join(", ", workflowFields)}): is the file a rule file?",
            $"đây không phải một workflow: không trường nào của nó ({Listed(fields)}) là trường của workflow "
                + $"({string.Join(", ", workflowFields)}): tệp này có phải tệp quy tắc?"
        );

    private static string Listed(IReadOnlyList<string> fields) =>
        string.Join(", ", fields.Take(5)) + (fields.Count > 5 ? ", …" : "");

    public static RuleMessage WorkflowNotObject(RuleMessage kind) =>
        new(
            $"a workflow must be a JSON object, not {kind.English}",
            $"một workflow phải là một đối tượng JSON, không phải {kind.Vietnamese}"
        );

    public static RuleMessage DuplicateWorkflow(string name) =>
        new(
            $"another workflow in the file is already named '{name}'",
            $"trong tệp đã có một workflow khác tên '{name}'"
        );

    public static readonly RuleMessage NoRules = new("the workflow has no Rules", "workflow không có Rules (quy tắc)");

    public static RuleMessage RuleNotObject(RuleMessage kind) =>
        new(
            $"a rule must be a JSON object, not {kind.English}",
            $"một quy tắc phải là một đối tượng JSON, không phải {kind.Vietnamese}"
        );

    public static RuleMessage UnknownOperator(string text) =>
        new(
            $"unknown Operator '{text}'; expected And, AndAlso, Or or OrElse",
            $"không có Operator '{text}'; hãy dùng And, AndAlso, Or hoặc OrElse"
        );

    public static RuleMessage EnabledNotBoolean(RuleMessage kind) =>
        new(
            $"Enabled must be true or false, not {kind.English}",
            $"Enabled phải là true hoặc false, không phải {kind.Vietnamese}"
        );

    public static RuleMessage ParamNotObject(string field, RuleMessage kind) =>
        new(
            $"each of {field} must be a JSON object with Name and Expression, not {kind.English}",
            $"mỗi mục của {field} phải là một đối tượng JSON có Name và Expression, không phải {kind.Vietnamese}"
        );

    public static RuleMessage ParamWithoutName(string field) =>
        new($"an entry of {field} has no Name", $"một mục của {field} không có Name");

    public static RuleMessage InputsFileNotJson(string reference) =>
        new(
            $"InputsFile '{reference}' must name a .json file of input declarations, such as ../../inputs.json",
            $"InputsFile '{reference}' phải là một tệp .json khai báo đầu vào, chẳng hạn ../../inputs.json"
        );

    public static RuleMessage InputsFileNotFound(string reference, string resolved) =>
        new(
            $"InputsFile '{reference}' was not found (looked for {resolved})",
            $"không tìm thấy InputsFile '{reference}' (đã tìm {resolved})"
        );

    public static RuleMessage InputsFileUnreadable(string reference, string reason) =>
        new(
            $"InputsFile '{reference}' cannot be read: {reason}",
            $"không đọc được InputsFile '{reference}': {Verbatim(reason, ".NET")}"
        );

    public static RuleMessage InputsFileNotObject(RuleMessage kind) =>
        new(
            $"an inputs file must be a JSON object with an Inputs array, not {kind.English}",
            $"tệp đầu vào phải là một đối tượng JSON có mảng Inputs, không phải {kind.Vietnamese}"
        );

    public static RuleMessage InputNotObject(RuleMessage kind) =>
        new(
            $"an input declaration must be a JSON object, not {kind.English}",
            $"một khai báo đầu vào phải là một đối tượng JSON, không phải {kind.Vietnamese}"
        );

    public static readonly RuleMessage InputWithoutName = new(
        "an input declaration has no Name",
        "một khai báo đầu vào không có Name"
    );

    public static RuleMessage InputWithoutType(string name) =>
        new($"input '{name}' has no Type", $"đầu vào '{name}' không có Type");

    public static RuleMessage UnknownInputType(string name, string type) =>
        new(
            $"input '{name}' has unknown Type '{type}'; expected number, integer, boolean, text or enum",
            $"đầu vào '{name}' có Type '{type}' không hợp lệ; hãy dùng number, integer, boolean, text hoặc enum"
        );

    public static RuleMessage LabelsNotObject(RuleMessage kind) =>
        new(
            $"Labels must be an object of language codes to text, not {kind.English}",
            $"Labels phải là một đối tượng ánh xạ mã ngôn ngữ sang văn bản, không phải {kind.Vietnamese}"
        );

    public static RuleMessage ValueNamesNotObject(RuleMessage kind) =>
        new(
            $"ValueNames must be an object of values to arrays of their names, not {kind.English}",
            "ValueNames phải là một đối tượng ánh xạ mỗi giá trị sang mảng các tên của nó, không phải "
                + $"{kind.Vietnamese}"
        );

    public static RuleMessage PropertiesNotObject(RuleMessage kind) =>
        new(
            $"Properties must be a JSON object, not {kind.English}",
            $"Properties phải là một đối tượng JSON, không phải {kind.Vietnamese}"
        );

    public static RuleMessage ExpressionTypeNotSupported(string type) =>
        new(
            $"RuleExpressionType '{type}' is not supported; only LambdaExpression is",
            $"RuleExpressionType '{type}' không được hỗ trợ; chỉ dùng được LambdaExpression"
        );

    public static RuleMessage UnsupportedFeature(string field) =>
        new(
            $"{field} is a RulesEngine feature this engine does not support",
            $"{field} là một tính năng của RulesEngine mà bộ máy này không hỗ trợ"
        );

    // what: where the field is ("a workflow", "an input").
    public static RuleMessage UnknownField(
        string field,
        RuleMessage what,
        IEnumerable<string> allowed,
        RuleMessage suggestion
    ) =>
        new(
            $"unknown field '{field}' in {what.English}; expected {string.Join(", ", allowed)}{suggestion.English}",
            $"{what.Vietnamese} không có trường '{field}'; các trường dùng được: "
                + $"{string.Join(", ", allowed)}{suggestion.Vietnamese}"
        );

    public static readonly RuleMessage InWorkflow = new("a workflow", "workflow");
    public static readonly RuleMessage InRule = new("a rule", "quy tắc");
    public static readonly RuleMessage InInput = new("an input", "khai báo đầu vào");
    public static readonly RuleMessage InInputsFile = new("an inputs file", "tệp đầu vào");

    public static RuleMessage InParam(string field) => new($"a {field} entry", $"mục của {field}");

    public static RuleMessage NotArray(string field, RuleMessage kind) =>
        new($"{field} must be an array, not {kind.English}", $"{field} phải là một mảng, không phải {kind.Vietnamese}");

    public static RuleMessage NotText(string field, RuleMessage kind) =>
        new($"{field} must be text, not {kind.English}", $"{field} phải là văn bản, không phải {kind.Vietnamese}");

    public static RuleMessage NotFiniteNumber(string field, RuleMessage kind) =>
        new(
            $"{field} must be a finite number, not {kind.English}",
            $"{field} phải là một số hữu hạn, không phải {kind.Vietnamese}"
        );

    /// <summary>What a JSON value is, for "not ..." messages: the value itself where it is short.</summary>
    public static readonly RuleMessage AnObject = new("an object", "một đối tượng");
    public static readonly RuleMessage AnArray = new("an array", "một mảng");

    public static RuleMessage TheNumber(string number) => new($"the number {number}", $"số {number}");

    public static RuleMessage TheText(string text) => new($"the text \"{text}\"", $"văn bản \"{text}\"");

    public static RuleMessage Literal(string word) => new(word, word);

    // A message only the runtime or a library can word, quoted in Vietnamese as theirs, so that a reader knows why it
    // is in English.
    private static string Verbatim(string message, string author) => $"\"{message}\" (nguyên văn của {author})";
}
