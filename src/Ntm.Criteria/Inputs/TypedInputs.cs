using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// An input of the vocabulary as a typed member: its name, type and unit are known at compile time, so the
/// value set for it must have the right type (see <see cref="TypedInputExtensions"/>).
/// </summary>
public abstract class TypedInput
{
    private protected TypedInput(string name, InputType type, string? unit)
    {
        Name = name;
        Type = type;
        Unit = unit;
    }

    /// <summary>The input's id in the rule files.</summary>
    public string Name { get; }

    /// <summary>The input's type.</summary>
    public InputType Type { get; }

    /// <summary>The unit of a numeric input (<c>%</c>, <c>million VND/person/year</c>), or null.</summary>
    public string? Unit { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A real-valued input, such as a rate in percent.</summary>
public sealed class NumberInput(string name, string? unit = null) : TypedInput(name, InputType.Number, unit);

/// <summary>A whole-number input, such as a year or a count.</summary>
public sealed class IntegerInput(string name, string? unit = null) : TypedInput(name, InputType.Integer, unit);

/// <summary>A condition that holds or not (Đạt / Không đạt).</summary>
public sealed class BooleanInput(string name) : TypedInput(name, InputType.Boolean, null);

/// <summary>A free-text input.</summary>
public sealed class TextInput(string name) : TypedInput(name, InputType.Text, null);

/// <summary>An enumeration input whose allowed values are the names of <typeparamref name="TEnum"/>.</summary>
public sealed class EnumInput<TEnum>(string name) : TypedInput(name, InputType.Enumeration, null)
    where TEnum : struct, Enum;

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
        where TEnum : struct, Enum =>
        Checked(builder, input).Set(input.Name, value?.ToString());

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
