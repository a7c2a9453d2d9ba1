using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>Sets and reads input values through typed members, so a value of the wrong type does not compile.</summary>
public static class TypedInputExtensions
{
    /// <summary>Sets a numeric input; null means missing.</summary>
    public static InputRecordBuilder Set(this InputRecordBuilder builder, NumberInput input, double? value) =>
        Checked(builder, input).Set(input.Name, value);

    /// <summary>Sets a whole-number input; null means missing.</summary>
    public static InputRecordBuilder Set(this InputRecordBuilder builder, IntegerInput input, int? value) =>
        Checked(builder, input).Set(input.Name, (double?)value);

    /// <summary>Sets a condition; null means missing.</summary>
    public static InputRecordBuilder Set(this InputRecordBuilder builder, BooleanInput input, bool? value) =>
        Checked(builder, input).Set(input.Name, value);

    /// <summary>Sets a text input; null means missing.</summary>
    public static InputRecordBuilder Set(this InputRecordBuilder builder, TextInput input, string? value) =>
        Checked(builder, input).Set(input.Name, value);

    /// <summary>Sets an enumeration input; null means missing.</summary>
    public static InputRecordBuilder Set<TEnum>(this InputRecordBuilder builder, EnumInput<TEnum> input, TEnum? value)
        where TEnum : struct, Enum => Checked(builder, input).Set(input.Name, value?.ToString());

    /// <summary>The value of a numeric input, or null when missing.</summary>
    public static double? Get(this InputRecord record, NumberInput input) =>
        Checked(record, input)[input.Name] is { HasValue: true } value ? value.Number : null;

    /// <summary>The value of a whole-number input, or null when missing.</summary>
    public static int? Get(this InputRecord record, IntegerInput input) =>
        Checked(record, input)[input.Name] is { HasValue: true } value ? (int)value.Number : null;

    /// <summary>The value of a condition, or null when missing.</summary>
    public static bool? Get(this InputRecord record, BooleanInput input) =>
        Checked(record, input)[input.Name] is { HasValue: true } value ? value.Boolean : null;

    /// <summary>The value of a text input, or null when missing.</summary>
    public static string? Get(this InputRecord record, TextInput input) =>
        Checked(record, input)[input.Name] is { HasValue: true } value ? value.Text : null;

    /// <summary>The value of an enumeration input, or null when missing.</summary>
    public static TEnum? Get<TEnum>(this InputRecord record, EnumInput<TEnum> input)
        where TEnum : struct, Enum =>
        Checked(record, input)[input.Name] is { HasValue: true } value ? Enum.Parse<TEnum>(value.Text) : null;

    private static InputRecordBuilder Checked(InputRecordBuilder builder, TypedInput input)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(input);
        return builder;
    }

    private static InputRecord Checked(InputRecord record, TypedInput input)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(input);
        return record;
    }
}
