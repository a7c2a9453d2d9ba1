using System.Globalization;
using static Ntm.Criteria.Rules.MessageText;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>
/// What the check of a workflow's rules, params and inputs says, in English and Vietnamese side by side.
/// </summary>
internal static class WorkflowMessages
{
    public static readonly RuleMessage NoWorkflowName = new(
        "the workflow has no WorkflowName",
        "workflow không có WorkflowName"
    );

    public static RuleMessage InputNameNotUsable(string name) =>
        new(
            $"input name '{name}' is not usable as input.Name: use ASCII letters, digits and '_', starting with a "
                + "letter, and not a word expressions give a meaning of their own (and, or, not, in, true, false, "
                + "null, new, Math, …)",
            $"tên đầu vào '{name}' không dùng được trong input.Tên: hãy dùng chữ cái Latin không dấu, chữ số và '_', "
                + "bắt đầu bằng chữ cái, và không trùng từ có nghĩa riêng trong biểu thức (and, or, not, in, true, "
                + "false, null, new, Math, …)"
        );

    public static RuleMessage InputDeclaredTwice(string name) =>
        new($"input '{name}' is declared twice", $"đầu vào '{name}' được khai báo hai lần");

    // A declaration's problems are read in an inputs file and on a workbook's inputs sheet: each names the field in
    // the words of the workbook's column and, in parentheses, as the file spells it.
    public static RuleMessage RangeOnNonNumber(string name) =>
        new(
            $"input '{name}' is not a number, so it cannot have a minimum or maximum (Minimum, Maximum)",
            $"đầu vào '{name}' không phải kiểu số nên không có giá trị nhỏ nhất hay lớn nhất (Minimum, Maximum)"
        );

    public static RuleMessage MinimumAboveMaximum(string name, double min, double max) =>
        new(
            $"input '{name}' has its minimum (Minimum) {Number(min, EnglishNumbers)} above its maximum (Maximum) "
                + Number(max, EnglishNumbers),
            $"đầu vào '{name}' có giá trị nhỏ nhất (Minimum) {Number(min, VietnameseNumbers)} lớn hơn giá trị lớn nhất "
                + $"(Maximum) {Number(max, VietnameseNumbers)}"
        );

    public static RuleMessage NoValues(string name) =>
        new(
            $"enumeration input '{name}' lists no allowed values (Values)",
            $"đầu vào liệt kê '{name}' không có giá trị cho phép nào (Values)"
        );

    public static RuleMessage ValueTwice(string name) =>
        new(
            $"enumeration input '{name}' lists an allowed value (Values) twice",
            $"đầu vào liệt kê '{name}' có một giá trị cho phép (Values) ghi hai lần"
        );

    public static RuleMessage ValueNamesForUnknownValue(string name, string value, IEnumerable<string> values) =>
        new(
            $"input '{name}' gives names (ValueNames) to '{value}', which is not one of its allowed values "
                + $"({string.Join(", ", values)})",
            $"đầu vào '{name}' ghi tên khác (ValueNames) cho '{value}', giá trị này không thuộc các giá trị cho phép "
                + $"của nó ({string.Join(", ", values)})"
        );

    public static RuleMessage NameOfTwoValues(string name, string valueName, IEnumerable<string> values) =>
        new(
            $"input '{name}' names two values '{valueName}': {string.Join(" and ", values)}",
            $"đầu vào '{name}' đặt tên '{valueName}' cho hai giá trị: {string.Join(" và ", values)}"
        );

    public static RuleMessage ValueNamesOnNonEnumeration(string name) =>
        new(
            $"input '{name}' is neither an enumeration nor a whole number, so it cannot give its values names "
                + "(ValueNames)",
            $"đầu vào '{name}' không phải kiểu liệt kê hay số nguyên nên không có tên khác của giá trị (ValueNames)"
        );

    public static RuleMessage ValueNamesForNoWholeNumber(string name, string value, double? min, double? max) =>
        new(
            $"input '{name}' gives names (ValueNames) to '{value}', which is not one of its whole numbers "
                + $"({Range(min, max, EnglishNumbers)})",
            $"đầu vào '{name}' ghi tên khác (ValueNames) cho '{value}', giá trị này không phải một số nguyên của nó "
                + $"({Range(min, max, VietnameseNumbers)})"
        );

    private static string Range(double? min, double? max, NumberFormatInfo numbers) =>
        $"{(min is { } first ? Number(first, numbers) : "-∞")} – {(max is { } last ? Number(last, numbers) : "∞")}";

    public static RuleMessage ValuesOnNonEnumeration(string name) =>
        new(
            $"input '{name}' is not an enumeration, so it cannot list allowed values (Values)",
            $"đầu vào '{name}' không phải kiểu liệt kê nên không có giá trị cho phép (Values)"
        );

    public static RuleMessage ParamNameNotUsable(string list, string name) =>
        new(
            $"{list} name '{name}' is not usable in expressions: use letters, digits and '_', starting with a "
                + "letter, and no reserved word",
            $"tên '{name}' trong {list} không dùng được trong biểu thức: hãy dùng chữ cái, chữ số và '_', bắt đầu "
                + "bằng chữ cái, và không dùng từ khóa"
        );

    public static RuleMessage ParamDefinedTwice(string name) =>
        new(
            $"param '{name}' is already defined in this scope",
            $"tham số '{name}' đã được định nghĩa trong phạm vi này"
        );

    public static RuleMessage ParamIsNull(string name) =>
        new($"param '{name}' is null; give it a value", $"tham số '{name}' là null; hãy cho nó một giá trị");

    public static RuleMessage Param(string list, string name) => new($"{list} '{name}'", $"{list} '{name}'");

    public static readonly RuleMessage TheExpression = new("the Expression", "Expression");

    /// <summary>An expression compiled on its own (<see cref="CompiledWorkflow.CompileExpression(string, int)"/>).</summary>
    public static readonly RuleMessage AnExpression = new("the expression", "biểu thức");

    public static readonly RuleMessage NoValue = new(
        "the expression is null: it has no value to show",
        "biểu thức là null: không có giá trị nào để hiển thị"
    );

    public static RuleMessage TooManyRules(int max) =>
        new($"the workflow has more than {max} rules", $"workflow có hơn {max} quy tắc");

    public static RuleMessage NestsTooDeep(int max) =>
        new($"rules nest deeper than {max} levels", $"các quy tắc lồng sâu quá {max} cấp");

    public static readonly RuleMessage NoRuleName = new("the rule has no RuleName", "quy tắc không có RuleName");

    public static RuleMessage DuplicateRule(string parent, string name) =>
        new(
            $"another rule under {parent} is already named '{name}'",
            $"dưới {parent} đã có một quy tắc khác tên '{name}'"
        );

    public static readonly RuleMessage OperatorAndExpression = new(
        "a rule with an Operator combines its child Rules and RulesEngine ignores its Expression; remove one of them",
        "quy tắc có Operator thì kết hợp các quy tắc con và RulesEngine bỏ qua Expression của nó; hãy bỏ một trong hai"
    );

    public static RuleMessage OperatorWithoutChildren(RuleOperator op) =>
        new(
            $"the rule has Operator {op} but no child Rules",
            $"quy tắc có Operator {op} nhưng không có quy tắc con (Rules)"
        );

    public static readonly RuleMessage AllChildrenDisabled = new(
        "every child rule is disabled, so the rule has nothing to combine",
        "mọi quy tắc con đều bị tắt, nên quy tắc không có gì để kết hợp"
    );

    public static readonly RuleMessage ChildrenWithoutOperator = new(
        "the rule has child Rules but no Operator (And, AndAlso, Or or OrElse) to combine them",
        "quy tắc có quy tắc con (Rules) nhưng không có Operator (And, AndAlso, Or hoặc OrElse) để kết hợp chúng"
    );

    public static readonly RuleMessage NeitherExpressionNorOperator = new(
        "the rule has neither an Expression nor an Operator with child Rules",
        "quy tắc không có Expression, cũng không có Operator với các quy tắc con"
    );

    public static RuleMessage NotBoolean(RuleMessage type) =>
        new(
            $"a rule's Expression must be true or false, but this one gives {type.English}",
            $"Expression của một quy tắc phải cho đúng hoặc sai, nhưng biểu thức này cho {type.Vietnamese}"
        );

    public static RuleMessage Empty(RuleMessage what) => new($"{what.English} is empty", $"{what.Vietnamese} rỗng");

    public static RuleMessage TooLong(RuleMessage what, int length, int limit) =>
        new(
            $"{what.English} is {length} characters long, over the limit of {limit}",
            $"{what.Vietnamese} dài {length} ký tự, quá giới hạn {limit}"
        );
}
