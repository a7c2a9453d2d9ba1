using System.Globalization;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// What the reading of a set's metadata, its extensions and the catalog say about a rule file, in English and
/// Vietnamese side by side. Field paths (<c>Properties.Thresholds[2]</c>) are the file's own words in both.
/// </summary>
internal static class SetFileMessages
{
    public static readonly RuleMessage NoSetObject = new(
        "the workflow's Properties need a 'Set' object (id, level, tier, period, legal basis, in-force dates)",
        "Properties của workflow cần một đối tượng 'Set' (mã, cấp, hạng, giai đoạn, căn cứ pháp lý, ngày hiệu lực)"
    );

    public static RuleMessage IndicatorNumberTwice(string number, int firstLine) =>
        new(
            $"indicator number {number} is used twice; it is first at line {firstLine}",
            $"số chỉ tiêu {number} được dùng hai lần; lần đầu ở dòng {firstLine}"
        );

    public static RuleMessage CriterionNumberTwice(string number, int firstLine) =>
        new(
            $"criterion number {number} is used twice; it is first at line {firstLine}",
            $"số tiêu chí {number} được dùng hai lần; lần đầu ở dòng {firstLine}"
        );

    public static RuleMessage TopLevelKind(string? kind) =>
        new(
            $"a top-level rule needs Properties.Kind 'criterion' or 'precondition'{Not(kind).English}",
            $"quy tắc cấp cao nhất cần Properties.Kind là 'criterion' hoặc 'precondition'{Not(kind).Vietnamese}"
        );

    public static RuleMessage IndicatorAmongCriteria(string number, string? criterion)
    {
        var under =
            $"{{ \"RuleName\": \"{criterion ?? "…"}\", "
            + "\"Properties\": { \"Change\": \"override\" }, \"Rules\": [ … ] }";
        return new(
            $"indicator {number} stands among the criteria: put it in the Rules of its criterion"
                + (criterion is null ? "" : $" {criterion}")
                + $"; a file that extends a set adds it under the criterion's override, {under}",
            $"chỉ tiêu {number} nằm giữa các tiêu chí: hãy đặt nó trong Rules của tiêu chí"
                + (criterion is null ? " của nó" : $" {criterion}")
                + $"; tệp kế thừa một bộ thêm nó trong phần override của tiêu chí, {under}"
        );
    }

    public static readonly RuleMessage CriterionOperator = new(
        "a criterion is achieved when all its indicators are: its Operator must be And or AndAlso",
        "một tiêu chí đạt khi mọi chỉ tiêu của nó đạt: Operator của nó phải là And hoặc AndAlso"
    );

    public static RuleMessage CriterionComplete(string raw) =>
        new(
            "Properties.Complete must be true, or false where the sources give only some of the criterion's indicators; "
                + $"not {Raw(raw)}",
            "Properties.Complete phải là true, hoặc false khi các nguồn chỉ có một số chỉ tiêu của tiêu chí; không phải "
                + Raw(raw)
        );

    public static readonly RuleMessage IndicatorKind = new(
        "an indicator needs Properties.Kind 'indicator'",
        "một chỉ tiêu cần Properties.Kind là 'indicator'"
    );

    public static RuleMessage UndeclaredInput(string at, string? input, string? meant) =>
        input is null
            ? new(
                $"{at} is missing: name the declared input it reads",
                $"thiếu {at}: hãy ghi tên đầu vào đã khai báo mà nó đọc"
            )
            : new(
                $"{at} {Quote(input)} is not a declared input" + (meant is null ? "" : $"; did you mean '{meant}'?"),
                $"{at} {Quote(input)} không phải một đầu vào đã khai báo"
                    + (meant is null ? "" : $"; có phải là '{meant}'?")
            );

    /// <summary>A direction that does not compare its indicator's input: ≥ of a yes/no, "must hold" of a number.</summary>
    public static RuleMessage DirectionDoesNotCompare(string direction, InputDeclaration input) =>
        input.IsNumeric
            ? new(
                $"Properties.Direction '{direction}' compares yes or no, but the input {input.Name} is a number: write "
                    + "min (≥) or max (≤)",
                $"Properties.Direction '{direction}' so sánh có/không, nhưng đầu vào {input.Name} là số: hãy viết "
                    + "min (≥) hoặc max (≤)"
            )
            : new(
                $"Properties.Direction '{direction}' compares numbers, but the input {input.Name} is of type "
                    + $"{InputTypeWords.Of(input.Type)}: write true (must hold) or false (must not hold) for a "
                    + "boolean, or read a number",
                $"Properties.Direction '{direction}' so sánh số, nhưng đầu vào {input.Name} có kiểu "
                    + $"{InputTypeWords.Of(input.Type)}: hãy viết true (điều kiện phải đạt) hoặc false (điều kiện "
                    + "không được có) cho kiểu boolean, hoặc đọc một đầu vào số"
            );

    /// <summary>A change of the Input of an indicator that compares a Measure, which the change keeps.</summary>
    public static RuleMessage InputWithoutItsMeasure(string number, string measure, string input) =>
        new(
            $"Properties.Input: indicator {number} compares its Measure '{measure}', which a new Input alone does not "
                + $"change; give the Measure it is to compare too (the input itself: \"Measure\": \"input.{input}\")",
            $"Properties.Input: chỉ tiêu {number} so sánh Measure '{measure}' của nó, điều mà riêng một Input mới không "
                + $"thay đổi; hãy cho cả Measure nó cần so sánh (chính dữ liệu vào: \"Measure\": \"input.{input}\")"
        );

    /// <summary>
    /// A condition counting the communes of one set into the input another condition of the set fills with the share
    /// of another commune set.
    /// </summary>
    public static RuleMessage ShareInputTaken(
        string number,
        string communeSet,
        string input,
        string firstNumber,
        string firstCommuneSet
    ) =>
        new(
            $"Properties.CommuneSet: {number} counts the communes reaching {communeSet} into the input {input}, which "
                + $"{firstNumber} fills with the share of those reaching {firstCommuneSet}; an input holds one share: "
                + $"give {number} an input of its own",
            $"Properties.CommuneSet: {number} đếm các xã đạt {communeSet} vào dữ liệu vào {input}, mà {firstNumber} "
                + $"ghi tỷ lệ các xã đạt {firstCommuneSet}; một dữ liệu vào chỉ giữ một tỷ lệ: hãy cho {number} một dữ "
                + "liệu vào riêng"
        );

    /// <summary>A problem of an indicator's Measure, which the engine words for an expression.</summary>
    public static RuleMessage InMeasure(RuleMessage problem) =>
        new($"Properties.Measure: {problem.English}", $"Properties.Measure: {problem.Vietnamese}");

    public static RuleMessage Direction(string? word)
    {
        // The signs a decision's table and the criteria workbook write are told their word.
        var (meant, meantVi) = word?.Trim() switch
        {
            "≥" or ">=" => (" (≥ is written min)", " (≥ viết là min)"),
            "≤" or "<=" => (" (≤ is written max)", " (≤ viết là max)"),
            _ => Meant(word, RuleFileWords.Directions),
        };
        return new(
            $"Properties.Direction must be min, max, true or false{Not(word).English}{meant}",
            $"Properties.Direction phải là min, max, true hoặc false{Not(word).Vietnamese}{meantVi}"
        );
    }

    public static RuleMessage ExpressionDisagrees(string expression, string written) =>
        new(
            $"the Expression '{expression}' does not say what Properties.Thresholds says, which is '{written}': "
                + "correct the one that is wrong (an overriding file may leave the "
                + "Expression out, and it is written from the table)",
            $"Expression '{expression}' không nói giống Properties.Thresholds, tức là '{written}': hãy sửa cái sai "
                + "(tệp ghi đè có thể bỏ Expression, khi đó nó được viết ra từ bảng)"
        );

    public static readonly RuleMessage NoThresholdRows = new(
        "Properties.Thresholds must list at least one row (a value, or one marked notSet)",
        "Properties.Thresholds phải có ít nhất một dòng (một giá trị, hoặc một dòng đánh dấu notSet)"
    );

    public static RuleMessage StatusMissing(string at) =>
        new($"{at} must be confirmed, unconfirmed or notSet", $"{at} phải là confirmed, unconfirmed hoặc notSet");

    public static RuleMessage Status(string at, string text)
    {
        // A status written in the words of the criteria workbook and the reports ("chưa xác nhận") is told its word.
        var named = RuleFileWords.VietnameseStatusNames.Select(TextKey.Of).ToList().IndexOf(TextKey.Of(text));
        var (meant, meantVi) = named is var index and >= 0
            ? (
                $" ('{text}' is written {RuleFileWords.Statuses[index]})",
                $" ('{text}' viết là {RuleFileWords.Statuses[index]})"
            )
            : Meant(text, RuleFileWords.Statuses);
        return new(
            $"{at} must be confirmed, unconfirmed or notSet, not {Quote(text)}{meant}",
            $"{at} phải là confirmed, unconfirmed hoặc notSet, không phải {Quote(text)}{meantVi}"
        );
    }

    public static RuleMessage ThresholdValue(string at, bool numeric, string direction, string raw)
    {
        // A value typed in quotes, as a spreadsheet or a Vietnamese hand writes it ("95,5", "true"), is not guessed at:
        // the message says how JSON writes one.
        var quotedValue = raw.StartsWith('"') && (numeric ? raw.Any(char.IsAsciiDigit) : raw.Length > 2);
        return new(
            $"{at}.Value must be {(numeric ? "a number" : "true or false")} for Direction {Quote(direction)}, or null; "
                + $"not {Raw(raw)}"
                + (
                    !quotedValue ? ""
                    : numeric ? " (a JSON number is written without quotes and with a decimal point, as 12.5 is)"
                    : " (true and false are written without quotes)"
                ),
            $"{at}.Value phải là {(numeric ? "một số" : "true hoặc false")} với Direction {Quote(direction)}, hoặc "
                + $"null; không phải {Raw(raw)}"
                + (
                    !quotedValue ? ""
                    : numeric ? " (số trong JSON viết không có dấu nháy và dùng dấu chấm thập phân, như 12.5)"
                    : " (true và false viết không có dấu nháy)"
                )
        );
    }

    public static RuleMessage ConditionValue(string at, bool mustHold) =>
        mustHold
            ? new(
                $"{at}.Value must be true for Direction 'true' (a condition that must hold), not false; Direction "
                    + "'false' is for a condition that must not hold",
                $"{at}.Value phải là true với Direction 'true' (điều kiện phải đạt), không phải false; Direction "
                    + "'false' dành cho điều kiện không được có"
            )
            : new(
                $"{at}.Value must be false for Direction 'false' (a condition that must not hold), not true; "
                    + "Direction 'true' is for a condition that must hold",
                $"{at}.Value phải là false với Direction 'false' (điều kiện không được có), không phải true; "
                    + "Direction 'true' dành cho điều kiện phải đạt"
            );

    public static RuleMessage ValueExactlyWhenSet(string at) =>
        new(
            $"{at}: a row has a Value exactly when its Status is not notSet",
            $"{at}: một dòng có Value khi và chỉ khi Status của nó không phải notSet"
        );

    public static RuleMessage ThresholdKeyTwice(string at, string first, string? region, int? group, int? year)
    {
        var fields = string.Join(
            ", ",
            new[]
            {
                region is null ? null : $"Region {Quote(region)}",
                group is null ? null : $"Group {group}",
                year is null ? null : $"Year {year}",
            }.OfType<string>()
        );
        return new(
            $"{at} is for the same subjects as {first} ({(fields.Length == 0 ? "no Region, Group or Year" : fields)}): "
                + "a threshold is stated once, and this row would never apply",
            $"{at} dành cho cùng đối tượng với {first} ({(fields.Length == 0 ? "không Region, Group, Year" : fields)}): "
                + "mỗi ngưỡng chỉ ghi một lần, và dòng này sẽ không bao giờ được áp dụng"
        );
    }

    public static RuleMessage ValueWithoutSource(string at) =>
        new(
            $"{at} has a value but no Source; every value carries its source",
            $"{at} có giá trị nhưng không có Source; mọi giá trị đều phải kèm nguồn"
        );

    // A field the library does not read is a misspelling or a field of another place: left unread, it would change
    // nothing without a word.
    public static RuleMessage UnknownField(string at, string field, IReadOnlyCollection<string> fields)
    {
        var meant = Spelling.Meant(field, fields);
        return new(
            $"unknown field '{field}' in {at}; expected {string.Join(", ", fields)}"
                + (meant is null ? "" : $"; did you mean '{meant}'?"),
            $"{at} không có trường '{field}'; các trường dùng được: {string.Join(", ", fields)}"
                + (meant is null ? "" : $"; có phải là '{meant}'?")
        );
    }

    public static RuleMessage RowKeyType(string at, bool text, string raw) =>
        new(
            $"{at} must be {(text ? "text" : "a whole number")}, not {Raw(raw)}",
            $"{at} phải là {(text ? "chữ" : "một số nguyên")}, không phải {Raw(raw)}"
        );

    // A key no subject can have makes a row that never applies, and leaves the subjects it meant under another row.
    public static RuleMessage NoSuchRegion(
        string at,
        string region,
        IReadOnlyCollection<string> regions,
        string? codeOfName
    )
    {
        // A region written by its name, as the decision's table heads it, is told its code.
        var (meant, meantVi) = codeOfName is null
            ? Meant(region, regions)
            : ($" ('{region}' is written {codeOfName})", $" ('{region}' viết là {codeOfName})");
        return new(
            $"{at} '{region}' is not a region; write one of {string.Join(", ", regions)}{meant}",
            $"{at} '{region}' không phải một vùng; hãy ghi một trong {string.Join(", ", regions)}{meantVi}"
        );
    }

    public static RuleMessage NoSuchGroup(string at, int group, int first, int last) =>
        new(
            $"{at} {group} is not a commune group; groups run from {first} to {last}",
            $"{at} {group} không phải một nhóm xã; các nhóm từ {first} đến {last}"
        );

    public static RuleMessage YearNeverAssessed(string at, int year, string? period, DateOnly from, DateOnly? to) =>
        new(
            $"{at} {year} is neither a year of the set's period ({Quote(period)}) nor of its days in force "
                + $"({Day(from)} to {DayOr(to, "now")}): the row would never apply",
            $"{at} {year} không thuộc giai đoạn của bộ ({Quote(period, "không ghi")}) cũng không thuộc thời gian hiệu "
                + $"lực ({Day(from)} đến {DayOr(to, "nay")}): dòng này sẽ không bao giờ được áp dụng"
        );

    public static readonly RuleMessage LegalBasis = new(
        "Properties.Set.LegalBasis needs a Decision, or Status notSet when the sources do not give its number",
        "Properties.Set.LegalBasis cần Decision (số văn bản), hoặc Status notSet khi các nguồn "
            + "không cho biết số văn bản"
    );

    public static readonly RuleMessage RegionOverride = new(
        "Properties.Set.RegionOverride needs the Region whose thresholds apply and When: a list of conditions, each "
            + "an Input (a boolean, or a whole number with its Values)",
        "Properties.Set.RegionOverride cần Region có ngưỡng được áp dụng và When: một danh sách điều kiện, mỗi điều "
            + "kiện là một Input (kiểu đúng/sai, hoặc số nguyên kèm Values của nó)"
    );

    public static RuleMessage ParamMissing(string property, string name, string written) =>
        new(
            $"a set with Properties.Set.{property} needs the GlobalParam '{name}' that applies it, which is "
                + $"'{written}'",
            $"bộ tiêu chí có Properties.Set.{property} cần GlobalParam '{name}' để áp dụng nó, tức là '{written}'"
        );

    public static RuleMessage ParamDisagrees(
        string name,
        string expression,
        string property,
        bool hasRule,
        string written
    ) =>
        new(
            $"the GlobalParam '{name}' is '{expression}', which does not say what Properties.Set.{property} "
                + $"says{(hasRule ? string.Empty : " (nothing)")}: '{written}'",
            $"GlobalParam '{name}' là '{expression}', không nói giống "
                + $"Properties.Set.{property}{(hasRule ? string.Empty : " (không có gì)")}: '{written}'"
        );

    public static RuleMessage ConditionInput(string at, string? input, string type) =>
        new(
            $"{at}: input '{input}' is {type}; a condition reads a boolean input alone, an integer input with a list "
                + "of whole-number Values, or a number input with Below",
            $"{at}: đầu vào '{input}' có kiểu {type}; một điều kiện đọc một đầu vào đúng/sai đứng riêng, một đầu vào "
                + "số nguyên với danh sách Values là số nguyên, hoặc một đầu vào số với Below"
        );

    public static readonly RuleMessage CommuneGroups = new(
        "Properties.Set.CommuneGroups needs Groups, each a Group number and When: a list of "
            + "conditions, and the Otherwise group",
        "Properties.Set.CommuneGroups cần Groups, mỗi nhóm có số Group và When: một danh sách "
            + "điều kiện, và nhóm Otherwise"
    );

    public static RuleMessage GroupNeeds(string at) =>
        new(
            $"{at} needs a Group number and When: a list of conditions",
            $"{at} cần số Group và When: một danh sách điều kiện"
        );

    public static RuleMessage RequiresSet(string at) =>
        new($"{at} needs the Set its communes must reach", $"{at} cần Set (bộ tiêu chí) mà các xã phải đạt");

    public static RuleMessage Share(string at, string raw) =>
        new(
            $"{at}.Share must be a percentage from 0 to 100, not {Raw(raw)}",
            $"{at}.Share phải là một tỷ lệ phần trăm từ 0 đến 100, không phải {Raw(raw)}"
        );

    public static readonly RuleMessage Notes = new(
        "Properties.Set.Notes must be a list of texts",
        "Properties.Set.Notes phải là một danh sách văn bản"
    );

    public static RuleMessage LocalizedText(string name) =>
        new(
            $"Properties.{name} must be an object with 'vi' (and 'en') text",
            $"Properties.{name} phải là một đối tượng có văn bản 'vi' (và 'en')"
        );

    public static RuleMessage Missing(string name) => new($"Properties.{name} is missing", $"thiếu Properties.{name}");

    public static RuleMessage Date(string name, string text)
    {
        // A decision's day is written 15/02/2026 in Vietnamese; the file writes it 2026-02-15, which is offered.
        var (meant, meantVi) = DayText.TryRead(text, out var day)
            ? ($" (did you mean '{Day(day)}'?)", $" (có phải là '{Day(day)}'?)")
            : ("", "");
        return new(
            $"{name} must be a date written yyyy-MM-dd, not {Quote(text)}{meant}",
            $"{name} phải là một ngày viết dạng yyyy-MM-dd, không phải {Quote(text)}{meantVi}"
        );
    }

    public static RuleMessage ProvinceMissing(string id) =>
        new(
            $"set {id} is a province's (its id starts with provincial/) but Properties.Set.Province does not name the "
                + "province: without it the set would be taken for a national one and evaluate every commune",
            $"bộ {id} là bộ của tỉnh (mã bắt đầu bằng provincial/) nhưng Properties.Set.Province không ghi tỉnh: "
                + "thiếu tỉnh, bộ này sẽ bị coi là bộ quốc gia và đánh giá mọi xã"
        );

    public static RuleMessage ProvinceOfNationalSet(string id, string province) =>
        new(
            $"set {id} is national (its id starts with national/) but Properties.Set.Province names {Quote(province)}: "
                + "it would evaluate that province's communes only; remove the province, or give the set a provincial/ "
                + "id",
            $"bộ {id} là bộ quốc gia (mã bắt đầu bằng national/) nhưng Properties.Set.Province ghi {Quote(province)}: "
                + "bộ sẽ chỉ đánh giá các xã của tỉnh đó; hãy bỏ tỉnh, hoặc đặt cho bộ một mã provincial/"
        );

    public static RuleMessage InForceToBeforeFrom(DateOnly from, DateOnly to) =>
        new(
            $"Properties.Set.InForce.To {Day(to)} is before From {Day(from)}: the set would never be in force",
            $"Properties.Set.InForce.To {Day(to)} trước From {Day(from)}: bộ tiêu chí sẽ không bao giờ có hiệu lực"
        );

    public static RuleMessage OneOf(string name, IReadOnlyCollection<string> names, string? text)
    {
        var (meant, meantVi) = Meant(text, names);
        return new(
            $"Properties.Set.{name} must be one of {string.Join(", ", names)}{Not(text).English}{meant}",
            $"Properties.Set.{name} phải là một trong {string.Join(", ", names)}{Not(text).Vietnamese}{meantVi}"
        );
    }

    private static string Quote(string? text, string none = "nothing") => text is null ? none : $"'{text}'";

    // ", not 'x'" after what a field must be, in each language; nothing where the field is missing.
    private static (string English, string Vietnamese) Not(string? text) =>
        text is null ? ("", "") : ($", not '{text}'", $", không phải '{text}'");

    // " (did you mean 'override'?)", in each language, where a slip of a few letters names one of the words.
    private static (string English, string Vietnamese) Meant(string? text, IEnumerable<string> words) =>
        text is not null && Spelling.Meant(text, words) is { } meant
            ? ($" (did you mean '{meant}'?)", $" (có phải là '{meant}'?)")
            : ("", "");

    // A value as the file writes it (JSON), its beginning only: a message names it, it does not copy a long text.
    private static string Raw(string json) => json.Length <= 60 ? json : json[..60] + "…";

    // Extensions (SetOverlay, SetResolver).
    public static readonly RuleMessage ExtensionLegalBasis = new(
        "a set that Extends another states its own LegalBasis: the decision that makes its changes",
        "bộ tiêu chí mở rộng (Extends) bộ khác phải ghi LegalBasis của chính nó: văn bản đưa ra các thay đổi"
    );

    public static RuleMessage InputRedeclared(string name, string baseSet) =>
        new(
            $"input '{name}' is declared differently from the one of {baseSet} it extends; "
                + "give the new input another name",
            $"đầu vào '{name}' được khai báo khác với đầu vào cùng tên của {baseSet} mà nó mở "
                + "rộng; hãy đặt tên khác cho đầu vào mới"
        );

    public static RuleMessage MoreThanItsDecisionHas(bool criteria, int encoded, int official, bool inherited) =>
        new(
            $"the set encodes {encoded} {(criteria ? "criteria" : "indicators")}, more than the {official} its "
                + "decision has by Properties.Set.OfficialCounts"
                + (inherited ? " (as the version it revises states them)" : "")
                + ": state the decision's counts there if they changed, or correct the numbers of what it encodes",
            $"bộ tiêu chí mã hóa {encoded} {(criteria ? "tiêu chí" : "chỉ tiêu")}, nhiều hơn {official} của văn bản "
                + "theo Properties.Set.OfficialCounts"
                + (inherited ? " (như phiên bản được sửa đổi ghi)" : "")
                + ": hãy ghi ở đó số của văn bản nếu đã đổi, hoặc sửa số hiệu của những gì được mã hóa"
        );

    public static RuleMessage AlreadyExists(bool criterion, string number, string baseSet) =>
        new(
            $"{(criterion ? "criterion" : "indicator")} {number} already exists in {baseSet}; to change it, say "
                + "\"Change\": \"override\"",
            $"{(criterion ? "tiêu chí" : "chỉ tiêu")} {number} đã có trong {baseSet}; "
                + "muốn sửa nó, hãy ghi \"Change\": \"override\""
        );

    public static RuleMessage NothingToChange(
        bool criterion,
        string number,
        string baseSet,
        string change,
        IEnumerable<string> closest
    ) =>
        new(
            $"{baseSet} has no {(criterion ? "criterion" : "indicator")} {number} to {change}; the closest numbers "
                + $"are {string.Join(", ", closest)}",
            $"{baseSet} không có {(criterion ? "tiêu chí" : "chỉ tiêu")} {number} để "
                + $"{(change == "remove" ? "bỏ" : "ghi đè")}; các số gần nhất là {string.Join(", ", closest)}"
        );

    public static RuleMessage RemovalNeedsReason(string number) =>
        new(
            $"removing {number} needs a Reason and a Source (the decision, article or annex that removes it)",
            $"bỏ {number} cần Reason (lý do) và Source (văn bản, điều hoặc phụ lục bỏ nó)"
        );

    public static RuleMessage OverrideNeedsSource(string number) =>
        new(
            $"the override of {number} needs its own Source (the decision, article or annex that changes it) and "
                + "Status (confirmed, unconfirmed or notSet)",
            $"việc ghi đè {number} cần Source riêng (văn bản, điều hoặc phụ lục thay đổi nó) và "
                + "Status (confirmed, unconfirmed hoặc notSet)"
        );

    public static RuleMessage CriterionLeftEmpty(string number) =>
        new(
            $"the changes leave criterion {number} without indicators; remove the criterion instead",
            $"các thay đổi làm tiêu chí {number} không còn chỉ tiêu nào; hãy bỏ cả tiêu chí"
        );

    public static RuleMessage OnlyAdded(string number) =>
        new(
            $"indicator {number} belongs to a criterion being added, so it can only be added",
            $"chỉ tiêu {number} thuộc một tiêu chí đang được thêm, nên chỉ có thể thêm nó"
        );

    public static readonly RuleMessage ChangeMissing = new(
        "a rule of a set that Extends another needs Properties.Change: add, override or remove",
        "mỗi quy tắc của bộ tiêu chí mở rộng (Extends) bộ khác cần Properties.Change: add, override hoặc remove"
    );

    public static RuleMessage ChangeWord(string text)
    {
        var (meant, meantVi) = Meant(text, ["add", "override", "remove"]);
        return new(
            $"Properties.Change must be add, override or remove, not '{text}'{meant}",
            $"Properties.Change phải là add, override hoặc remove, không phải '{text}'{meantVi}"
        );
    }

    public static RuleMessage Cycle(IEnumerable<string> cycle) =>
        new(
            $"Extends forms a cycle: {string.Join(" → ", cycle)}",
            $"Extends tạo thành một vòng: {string.Join(" → ", cycle)}"
        );

    public static RuleMessage ExtendsItself(string reference) =>
        new(
            $"Extends '{reference}' names this set itself; name the set it changes",
            $"Extends '{reference}' trỏ về chính bộ này; hãy ghi bộ tiêu chí mà nó thay đổi"
        );

    public static RuleMessage NoSuchVersion(
        string reference,
        string id,
        string? version,
        IEnumerable<string> versions
    ) =>
        new(
            $"Extends '{reference}': {id} has no version '{version}'; its versions are {string.Join(", ", versions)}",
            $"Extends '{reference}': {id} không có phiên bản '{version}'; các phiên bản của nó là "
                + $"{string.Join(", ", versions)}"
        );

    public static RuleMessage NoSetNamed(string field, string id, string? meant) =>
        new(
            $"{field} '{id}': no set has that id{(meant is null ? "" : $"; did you mean '{meant}'?")}",
            $"{field} '{id}': không có bộ tiêu chí nào mã này{(meant is null ? "" : $"; có phải là '{meant}'?")}"
        );

    public static RuleMessage NoSuchSet(string reference, string id, IEnumerable<string> closest) =>
        new(
            $"Extends '{reference}': no set has the id '{id}'; the closest are {string.Join(", ", closest)}",
            $"Extends '{reference}': không có bộ tiêu chí nào mã '{id}'; gần nhất là {string.Join(", ", closest)}"
        );

    public static RuleMessage NoneInForce(
        string reference,
        string id,
        DateOnly from,
        IReadOnlyList<(DateOnly From, DateOnly? To)> ranges
    ) =>
        new(
            $"Extends '{reference}': no version of {id} is in force on {Day(from)}, the first day of this set; its "
                + $"versions cover {string.Join(", ", ranges.Select(r => $"{Day(r.From)} to {DayOr(r.To, "now")}"))}; "
                + $"name one as {id}@version",
            $"Extends '{reference}': không phiên bản nào của {id} có hiệu lực ngày {Day(from)}, ngày đầu của bộ này; "
                + "các phiên bản của nó có hiệu lực "
                + $"{string.Join(", ", ranges.Select(r => $"{Day(r.From)} đến {DayOr(r.To, "nay")}"))}; "
                + $"hãy ghi một phiên bản dạng {id}@phiên-bản"
        );

    private static string Day(DateOnly day) =>
        day == DateOnly.MinValue ? "?" : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A last day, or the word for an open end ("now", "nay").
    private static string DayOr(DateOnly? day, string openEnd) => day is { } last ? Day(last) : openEnd;

    // The catalog.
    public static RuleMessage DefinedTwice(string id, string version, IEnumerable<string?> files) =>
        new(
            $"set {id} version {version} is defined by more than one file: {string.Join(", ", files)}",
            $"bộ tiêu chí {id} phiên bản {version} được định nghĩa trong nhiều tệp: {string.Join(", ", files)}"
        );
}
