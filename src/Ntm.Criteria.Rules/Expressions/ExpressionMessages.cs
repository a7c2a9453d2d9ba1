using System.Globalization;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>
/// What the lexer, parser and binder say about an expression, in English and Vietnamese side by side.
/// </summary>
internal static class ExpressionMessages
{
    public static readonly RuleMessage Nothing = new(string.Empty, string.Empty);

    // The lexer: characters that are not the language's, most of them another language's way of writing an operator.
    public static readonly RuleMessage Lambda = new("lambdas ('=>') are not allowed", "không được dùng lambda ('=>')");

    public static readonly RuleMessage ArrowForGreaterOrEqual = new(
        "'=>' is not a comparison (it starts a lambda, which is not allowed); write '>='",
        "'=>' không phải một phép so sánh (nó mở đầu một lambda, là thứ không được dùng); hãy viết '>='"
    );

    public static readonly RuleMessage ArrowForLessOrEqual = new(
        "'=<' is not a comparison; write '<='",
        "'=<' không phải một phép so sánh; hãy viết '<='"
    );

    public static readonly RuleMessage Assignment = new(
        "assignment ('=') is not allowed; write '==' to compare",
        "không được dùng phép gán ('='); để so sánh hãy viết '=='"
    );

    public static RuleMessage MathSymbol(char symbol, string write) =>
        new(
            $"'{symbol}' is not an operator of expressions; write '{write}'",
            $"'{symbol}' không phải một toán tử của biểu thức; hãy viết '{write}'"
        );

    public static readonly RuleMessage AngleBrackets = new(
        "'<>' is not supported; write '!='",
        "'<>' không được hỗ trợ; hãy viết '!='"
    );

    public static readonly RuleMessage SingleQuotes = new(
        "text goes in double quotes (\"...\"); single quotes are character literals in System.Linq.Dynamic.Core",
        "văn bản đặt trong ngoặc kép (\"...\"); ngoặc đơn là ký tự đơn trong System.Linq.Dynamic.Core"
    );

    public static RuleMessage Bitwise(char symbol) =>
        new(
            $"bitwise operator '{symbol}' is not supported; write '&&' or '||' for logic",
            $"toán tử bit '{symbol}' không được hỗ trợ; với phép logic hãy viết '&&' hoặc '||'"
        );

    public static readonly RuleMessage Shift = new(
        "shift operators are not supported",
        "các toán tử dịch bit không được hỗ trợ"
    );

    public static readonly RuleMessage NullCoalescing = new(
        "'??' is not supported; test for null with '== null' and 'iif'",
        "'??' không được hỗ trợ; hãy kiểm tra null bằng '== null' và 'iif'"
    );

    public static readonly RuleMessage NullConditional = new("'?.' is not supported", "'?.' không được hỗ trợ");

    public static readonly RuleMessage Indexing = new(
        "indexing ('[...]') is not allowed",
        "không được dùng chỉ số ('[...]')"
    );

    public static RuleMessage Statements(char symbol) =>
        new(
            $"'{symbol}' is not allowed: an expression is a single formula, not statements",
            $"không được dùng '{symbol}': biểu thức là một công thức duy nhất, không phải các câu lệnh"
        );

    public static readonly RuleMessage LeadingPoint = new(
        "a number needs a digit before its point: write 0.5, not .5",
        "số cần có chữ số trước dấu chấm: viết 0.5, không viết .5"
    );

    public static readonly RuleMessage AtParameter = new(
        "'@' parameters are not allowed; read inputs as input.Name",
        "không được dùng tham số '@'; hãy đọc đầu vào bằng input.Tên"
    );

    public static RuleMessage UnexpectedCharacter(string character) =>
        new($"unexpected character {character}", $"ký tự không mong đợi {character}");

    public static readonly RuleMessage Exponent = new(
        "exponents are not supported; write the number in full (1500000.0, not 1.5e6)",
        "không dùng được số mũ; hãy viết đầy đủ (1500000.0, không viết 1.5e6)"
    );

    public static RuleMessage NumberSuffix(char suffix) =>
        new(
            $"number suffix '{suffix}' is not supported; write 5 for a whole number or 5.0 for a real one",
            $"hậu tố số '{suffix}' không được hỗ trợ; viết 5 cho số nguyên hoặc 5.0 cho số thực"
        );

    public static readonly RuleMessage UnclosedText = new(
        "text is not closed: a '\"' is missing",
        "văn bản chưa đóng: thiếu một dấu '\"'"
    );

    public static RuleMessage UnknownEscape(char escaped) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"unknown escape '\\{escaped}' in text; use \\\", \\\\, \\n, \\t or \\r"
            ),
            string.Create(
                CultureInfo.InvariantCulture,
                $"chuỗi thoát '\\{escaped}' không hợp lệ trong văn bản; hãy dùng \\\", \\\\, \\n, \\t hoặc \\r"
            )
        );

    // The parser.
    public static RuleMessage WrongCaseKeyword(string word, IEnumerable<string> spellings) =>
        new(
            $"'{word}' is not a word of expressions; write {string.Join(" or ", spellings.Select(s => $"'{s}'"))}",
            $"'{word}' không phải một từ của biểu thức; hãy viết "
                + $"{string.Join(" hoặc ", spellings.Select(s => $"'{s}'"))}"
        );

    public static RuleMessage NotAllowedWord(string word, RuleMessage because) =>
        new($"'{word}' is not allowed: {because.English}", $"không được dùng '{word}': {because.Vietnamese}");

    public static readonly RuleMessage CannotCreateObjects = new(
        "expressions cannot create objects",
        "biểu thức không tạo được đối tượng"
    );
    public static readonly RuleMessage CannotNameTypes = new(
        "expressions cannot name types",
        "biểu thức không được gọi tên kiểu"
    );
    public static readonly RuleMessage CannotTestTypes = new(
        "expressions cannot test types",
        "biểu thức không được kiểm tra kiểu"
    );
    public static readonly RuleMessage CannotConvertTypes = new(
        "expressions cannot convert types",
        "biểu thức không được đổi kiểu"
    );
    public static readonly RuleMessage TestMissingWithNull = new(
        "test for a missing value with '== null'",
        "hãy kiểm tra giá trị thiếu bằng '== null'"
    );
    public static readonly RuleMessage ReadInputsByName = new(
        "read inputs as input.Name",
        "hãy đọc đầu vào bằng input.Tên"
    );

    public static readonly RuleMessage Mod = new(
        "'mod' is not supported: write '%'",
        "'mod' không được hỗ trợ: hãy viết '%'"
    );

    public static readonly RuleMessage EmptyExpression = new("the expression is empty", "biểu thức rỗng");

    public static readonly RuleMessage InAfterAnd = new(
        "'in' after '&&' or 'and' must be in parentheses, as in a && (x in (1, 2)): System.Linq.Dynamic.Core reads "
            + "the right side of '&&' without 'in'",
        "'in' sau '&&' hoặc 'and' phải đặt trong ngoặc, như a && (x in (1, 2)): System.Linq.Dynamic.Core đọc vế phải "
            + "của '&&' mà không có 'in'"
    );

    public static RuleMessage ExpectedOperatorOrEnd(RuleMessage found) =>
        new(
            $"unexpected {found.English}; expected an operator or the end of the expression",
            $"không mong đợi {found.Vietnamese}; cần một toán tử hoặc hết biểu thức"
        );

    public static RuleMessage DecimalComma(string number) =>
        new(
            $"a decimal is written with a point in an expression: write {number}",
            $"số thập phân trong biểu thức viết bằng dấu chấm: hãy viết {number}"
        );

    public static RuleMessage PercentSign(string number) =>
        new(
            $"'%' after a number is the remainder operator, not a percent sign: a percentage is written as its number "
                + $"(write {number})",
            $"'%' sau một số là phép chia lấy dư, không phải dấu phần trăm: tỷ lệ phần trăm viết bằng chính con số "
                + $"(hãy viết {number})"
        );

    public static RuleMessage ExpectedName(RuleMessage found) =>
        new($"expected a name after '.', found {found.English}", $"cần một tên sau '.', nhưng gặp {found.Vietnamese}");

    public static RuleMessage ExpectedValue(RuleMessage found) =>
        new($"expected a value, found {found.English}", $"cần một giá trị, nhưng gặp {found.Vietnamese}");

    public static RuleMessage Expected(RuleMessage what, RuleMessage found) =>
        new($"expected {what.English}, found {found.English}", $"cần {what.Vietnamese}, nhưng gặp {found.Vietnamese}");

    public static readonly RuleMessage ColonOfConditional = new(
        "':' of the conditional '?:'",
        "dấu ':' của biểu thức điều kiện '?:'"
    );
    public static readonly RuleMessage ListAfterIn = new(
        "'(' and a list of values after 'in'",
        "'(' và một danh sách giá trị sau 'in'"
    );
    public static readonly RuleMessage EndOfInList = new(
        "',' or ')' in the list after 'in'",
        "',' hoặc ')' trong danh sách sau 'in'"
    );
    public static readonly RuleMessage EndOfArguments = new(
        "',' or ')' in the argument list",
        "',' hoặc ')' trong danh sách đối số"
    );

    public static RuleMessage Symbol(string symbol) => new($"'{symbol}'", $"'{symbol}'");

    public static readonly RuleMessage EndOfExpression = new("the end of the expression", "hết biểu thức");

    public static RuleMessage TextToken(string text) => new($"text \"{text}\"", $"văn bản \"{text}\"");

    public static RuleMessage WholeNumberOutOfRange(string shown) =>
        new(
            $"whole number {shown} is outside the 32-bit range; write it as a real number ({shown}.0)",
            $"số nguyên {shown} nằm ngoài phạm vi 32 bit; hãy viết thành số thực ({shown}.0)"
        );

    public static RuleMessage NumberTooLarge(string shown) =>
        new($"number {shown} is too large", $"số {shown} quá lớn");

    public static RuleMessage NestsTooDeep(int maxDepth) =>
        new(
            $"the expression nests deeper than {maxDepth} operators and parentheses; split it with LocalParams",
            $"biểu thức lồng sâu quá {maxDepth} toán tử và ngoặc; hãy tách nó bằng LocalParams"
        );

    // The binder.
    private const string Functions = "Math.Min, Math.Max, Math.Abs, Math.Round";

    public static readonly RuleMessage InputAlone = new(
        "'input' alone is not a value; read an input as input.Name",
        "'input' đứng một mình không phải một giá trị; hãy đọc đầu vào bằng input.Tên"
    );

    public static RuleMessage TypeName(string name) =>
        new(
            $"'{name}' names a type; type names are not allowed",
            $"'{name}' là tên một kiểu; không được dùng tên kiểu"
        );

    // isInput: an input has the name, so the author meant input.Name.
    public static RuleMessage UnknownName(string name, IReadOnlyCollection<string> inScope, bool isInput)
    {
        var scope = string.Join(", ", inScope);
        return new(
            $"unknown name '{name}' ({(inScope.Count == 0 ? "no params are in scope" : $"params in scope: {scope}")})"
                + (isInput ? $"; to read the input write input.{name}" : string.Empty),
            $"không có tên '{name}' "
                + (
                    inScope.Count == 0
                        ? "(không có tham số nào trong phạm vi)"
                        : $"(các tham số trong phạm vi: {scope})"
                )
                + (isInput ? $"; để đọc đầu vào hãy viết input.{name}" : string.Empty)
        );
    }

    public static RuleMessage NotAValueFunction(string path) =>
        new(
            $"'{path}' is not a value; the functions are {Functions} and iif",
            $"'{path}' không phải một giá trị; các hàm là {Functions} và iif"
        );

    public static RuleMessage MemberAccess(string path) =>
        new(
            $"member access '{path}' is not allowed: only input.Name reads a value, and "
                + "types and their members cannot be reached",
            $"không được truy cập thành viên '{path}': chỉ input.Tên đọc được giá trị, không "
                + "với tới được các kiểu và thành viên của chúng"
        );

    public static RuleMessage UnknownInput(string name, RuleMessage suggestion) =>
        new(
            $"unknown input 'input.{name}': it is not declared in the workflow's Inputs{suggestion.English}",
            $"không có đầu vào 'input.{name}': nó không được khai báo trong Inputs của workflow{suggestion.Vietnamese}"
        );

    public static RuleMessage IifArguments(int given) =>
        new(
            $"iif takes 3 arguments (condition, value if true, value if false), not {given}",
            $"iif nhận 3 đối số (điều kiện, giá trị khi đúng, giá trị khi sai), không phải {given}"
        );

    public static RuleMessage RoundArguments(int given) =>
        new(
            $"Math.Round takes 1 or 2 arguments (value, digits), not {given}",
            $"Math.Round nhận 1 hoặc 2 đối số (giá trị, số chữ số), không phải {given}"
        );

    public static readonly RuleMessage RoundDigits = new(
        "Math.Round's digits must be a whole number from 0 to 15 written as a literal",
        "số chữ số của Math.Round phải là một số nguyên từ 0 đến 15 viết trực tiếp"
    );

    public static RuleMessage CallNotAllowed(string name) =>
        new(
            $"calling '{name}' is not allowed: the only functions are {Functions} and iif",
            $"không được gọi '{name}': chỉ có các hàm {Functions} và iif"
        );

    public static RuleMessage ArgumentCount(string name, int count, int given) =>
        new(
            $"{name} takes {count} argument{(count == 1 ? string.Empty : "s")}, not {given}",
            $"{name} nhận {count} đối số, không phải {given}"
        );

    public static RuleMessage DivisionByZero(string op) =>
        new($"'{op}' by a literal zero has no value", $"'{op}' cho số không viết trực tiếp không có giá trị");

    public static RuleMessage TwoNulls(RuleMessage op) =>
        new(
            $"{op.English} between two nulls says nothing; compare a value with null",
            $"{op.Vietnamese} giữa hai null không nói lên điều gì; hãy so sánh một giá trị với null"
        );

    public static readonly RuleMessage NullBranch = new(
        "a conditional cannot give null; both branches need a value of the same type",
        "biểu thức điều kiện không được cho null; cả hai nhánh cần một giá trị cùng kiểu"
    );

    public static readonly RuleMessage NullInOperand = new(
        "null cannot be looked up with 'in'",
        "không tra được null bằng 'in'"
    );

    public static readonly RuleMessage NullInList = new(
        "'in' lists cannot hold null; test for a missing value with '== null'",
        "danh sách của 'in' không được chứa null; hãy kiểm tra giá trị thiếu bằng '== null'"
    );

    // number: a number written in quotes, which the expression meant.
    public static RuleMessage CannotCombine(RuleMessage what, RuleMessage left, RuleMessage right, string? number) =>
        new(
            $"{what.English} cannot combine {left.English} with {right.English}" + WithoutQuotes(number).English,
            $"{what.Vietnamese} không kết hợp được {left.Vietnamese} với {right.Vietnamese}"
                + WithoutQuotes(number).Vietnamese
        );

    private static RuleMessage WithoutQuotes(string? number) =>
        number is null
            ? Nothing
            : new(
                $"; write the number without quotes: {number}",
                $"; hãy viết con số không có dấu ngoặc kép: {number}"
            );

    public static RuleMessage NotAllowedValue(
        string text,
        string input,
        IEnumerable<string> allowed,
        RuleMessage suggestion
    ) =>
        new(
            $"\"{text}\" is not an allowed value of input.{input} ({string.Join(", ", allowed)}){suggestion.English}",
            $"\"{text}\" không phải một giá trị được phép của input.{input} "
                + $"({string.Join(", ", allowed)}){suggestion.Vietnamese}"
        );

    // other: the other operand's type, for a binary operator; number: a number written in quotes.
    public static RuleMessage NeedsNumbers(RuleMessage what, RuleMessage given, RuleMessage? other, string? number) =>
        new(
            $"{what.English} needs numbers, not {given.English}"
                + (other is null ? string.Empty : $" (it is given {given.English} and {other.English})")
                + WithoutQuotes(number).English,
            $"{what.Vietnamese} cần số, không phải {given.Vietnamese}"
                + (other is null ? string.Empty : $" (nó nhận {given.Vietnamese} và {other.Vietnamese})")
                + WithoutQuotes(number).Vietnamese
        );

    public static RuleMessage Needs(RuleMessage what, RuleMessage type, RuleMessage given) =>
        new(
            $"{what.English} needs {type.English}, not {given.English}",
            $"{what.Vietnamese} cần {type.Vietnamese}, không phải {given.Vietnamese}"
        );

    public static RuleMessage Operator(string op) => new($"'{op}'", $"'{op}'");

    /// <summary>A function name or operator as the expression writes it, the same in every language.</summary>
    public static RuleMessage AsWritten(string text) => new(text, text);

    public static readonly RuleMessage Not = new("'!' (not)", "'!' (phủ định)");
    public static readonly RuleMessage Condition = new("the condition of '?:' or iif", "điều kiện của '?:' hoặc iif");
    public static readonly RuleMessage Branches = new("the branches of '?:' or iif", "các nhánh của '?:' hoặc iif");

    public static readonly RuleMessage ANumber = new("a number", "một số");
    public static readonly RuleMessage AWholeNumber = new("a whole number", "một số nguyên");
    public static readonly RuleMessage ABoolean = new("a boolean", "một giá trị đúng/sai");
    public static readonly RuleMessage Text = new("text", "văn bản");
    public static readonly RuleMessage Null = new("null", "null");

    public static RuleMessage DidYouMean(string best) => new($"; did you mean '{best}'?", $"; có phải là '{best}'?");
}
