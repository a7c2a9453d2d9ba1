using System.Globalization;
using System.Text.Json;
using static Ntm.Criteria.Rules.MessageText;

namespace Ntm.Criteria.Rules;

/// <summary>Why a record refuses a value, in English and Vietnamese side by side.</summary>
internal static class InputMessages
{
    public static RuleMessage NotDeclared(string name, IEnumerable<string> declared)
    {
        var meant = Expressions.Binder.Suggest(name, declared);
        return new(
            "no input of that name is declared" + meant.English,
            "không có đầu vào nào mang tên này" + meant.Vietnamese
        );
    }

    public static RuleMessage NotASupportedType(object value) =>
        value is JsonElement json
            ? new(
                $"a JSON {(json.ValueKind == JsonValueKind.Array ? "array" : "object")} is not a number, boolean or text",
                $"{(json.ValueKind == JsonValueKind.Array ? "mảng" : "đối tượng")} JSON không phải số, có/không hay chữ"
            )
            : new(
                $"a value of type {value.GetType().Name} is not a number, boolean or text",
                $"kiểu {value.GetType().Name} không phải số, có/không hay chữ"
            );

    public static RuleMessage NotOfType(object value, InputDeclaration declaration) =>
        value is string
            // A program that read its data as text ("95", "false") is told why a text that looks right is refused:
            // texts are never parsed, since their decimal separator and words are the program's to know.
            ? new(
                $"{Show(value, EnglishNumbers)} is text, not {Expected(declaration, vietnamese: false)}: "
                    + "give the value itself, not its text",
                $"{Show(value, VietnameseNumbers)} là chữ, không phải {Expected(declaration, vietnamese: true)}: "
                    + "hãy đưa chính giá trị, không phải chữ viết ra nó"
            )
            : new(
                $"{Show(value, EnglishNumbers)} is not {Expected(declaration, vietnamese: false)}",
                $"{Show(value, VietnameseNumbers)} không phải {Expected(declaration, vietnamese: true)}"
            );

    public static RuleMessage NotOneOf(string value, InputDeclaration declaration)
    {
        var allowed = string.Join(
            ", ",
            declaration.AllowedValues.Select(v =>
                declaration.ValueNames.TryGetValue(v, out var names) && names.Length > 0 ? $"{v} ({names[0]})" : v
            )
        );
        var meant = ValueNamedInPart(value, declaration);
        return new(
            $"{Show(value, EnglishNumbers)} is not one of {allowed}"
                + (meant is null ? "" : $"; did you mean {meant}?"),
            $"{Show(value, VietnameseNumbers)} không phải một trong {allowed}"
                + (meant is null ? "" : $"; có phải là {meant}?")
        );
    }

    // The one value a name of which holds the words written: "Miền núi phía Bắc" of "Trung du và miền núi phía Bắc";
    // none for words two names hold ("Trung Bộ": Bắc Trung Bộ, Duyên hải Nam Trung Bộ).
    private static string? ValueNamedInPart(string value, InputDeclaration declaration)
    {
        var key = TextKey.Of(value);
        if (key.Length < 4)
        {
            return null;
        }

        var values = declaration
            .AllowedValues.Where(v =>
                declaration.ValueNames.TryGetValue(v, out var names)
                && names.Any(n => TextKey.Of(n).Contains(key, StringComparison.Ordinal))
            )
            .ToList();
        return values is [var only] ? only : null;
    }

    public static RuleMessage NotFinite(object value) =>
        new(
            $"{Show(value, EnglishNumbers)} is not a finite number",
            $"{Show(value, VietnameseNumbers)} không phải một số hữu hạn"
        );

    public static RuleMessage NotWhole(object value) =>
        new(
            $"{Show(value, EnglishNumbers)} is not a whole number",
            $"{Show(value, VietnameseNumbers)} không phải một số nguyên"
        );

    public static RuleMessage BeyondIntegers(object value) =>
        new(
            $"{Show(value, EnglishNumbers)} is beyond the whole numbers an integer input holds "
                + $"({Number(int.MinValue, EnglishNumbers)} to {Number(int.MaxValue, EnglishNumbers)})",
            $"{Show(value, VietnameseNumbers)} vượt quá các số nguyên một đầu vào số nguyên chứa được "
                + $"(từ {Number(int.MinValue, VietnameseNumbers)} đến {Number(int.MaxValue, VietnameseNumbers)})"
        );

    public static RuleMessage OutOfRange(object value, InputDeclaration declaration) =>
        new(
            $"{Show(value, EnglishNumbers)} is outside the valid range {Range(declaration, EnglishNumbers)}",
            $"{Show(value, VietnameseNumbers)} nằm ngoài khoảng hợp lệ {Range(declaration, VietnameseNumbers)}"
        );

    private static string Expected(InputDeclaration declaration, bool vietnamese) =>
        declaration.Type switch
        {
            InputType.Number => vietnamese ? "một số" : "a number",
            InputType.Integer => vietnamese ? "một số nguyên" : "a whole number",
            InputType.Boolean => vietnamese ? "giá trị có/không" : "true or false",
            InputType.Text => vietnamese ? "một đoạn chữ" : "text",
            _ => (vietnamese ? "một trong " : "one of ") + string.Join(", ", declaration.AllowedValues),
        };

    /// <summary>The valid range as a message writes it: "[0, 100]", "[0, ∞]".</summary>
    private static string Range(InputDeclaration declaration, NumberFormatInfo numbers) =>
        $"[{(declaration.Minimum is { } min ? Number(min, numbers) : "-∞")}, "
        + $"{(declaration.Maximum is { } max ? Number(max, numbers) : "∞")}]";

    private static string Show(object? value, NumberFormatInfo numbers) =>
        value switch
        {
            null => "null",
            string text => $"\"{text}\"",
            // As rule expressions and JSON write it, not .NET's "True".
            bool flag => flag ? "true" : "false",
            double number => Number(number, numbers),
            float number => number.ToString("R", numbers),
            IFormattable formattable => formattable.ToString(null, numbers),
            _ => value.ToString() ?? value.GetType().Name,
        };
}
