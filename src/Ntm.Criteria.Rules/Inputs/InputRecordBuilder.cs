using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Collects input values for one record, checking each against its declaration. A refused value is kept as
/// an <see cref="InputValueError"/> (data, not an exception) and the input stays missing; nothing is coerced.
/// </summary>
public sealed class InputRecordBuilder
{
    private readonly InputSchema _schema;
    private readonly double[] _numbers;
    private readonly string?[] _texts;
    private readonly List<InputValueError> _errors = [];

    internal InputRecordBuilder(InputSchema schema)
    {
        _schema = schema;
        _numbers = new double[schema.NumberCount];
        _texts = new string?[schema.TextCount];
        Array.Fill(_numbers, double.NaN);
    }

    internal InputRecordBuilder(InputRecord record)
    {
        _schema = record.Schema;
        _numbers = (double[])record.Numbers.Clone();
        _texts = (string?[])record.Texts.Clone();
    }

    /// <summary>The values refused so far.</summary>
    public IReadOnlyList<InputValueError> Errors => _errors;

    /// <summary>
    /// Sets an input from any supported CLR value: a number, <see cref="bool"/>, <see cref="string"/>, an enum member
    /// (its name, for an enumeration input), a JSON value of one of those (a <see cref="JsonElement"/>, as a
    /// dictionary System.Text.Json deserialized holds them, a <see cref="JsonNode"/>, or a Json.NET
    /// <see cref="JValue"/>), or null (or a database's <see cref="DBNull"/>, or JSON's null) for missing. A
    /// <see cref="float"/> is the number it writes (52.3f is 52.3), as a data file's cell would be.
    /// </summary>
    public InputRecordBuilder Set(string name, object? value) =>
        value switch
        {
            null or DBNull => SetMissing(name),
            bool boolean => Set(name, boolean),
            string text => Set(name, text),
            // As a mapped property of an enum type gives its member's name; an undefined member, a number, is refused.
            Enum member => Set(name, member.ToString()),
            // Widened, 52.3f is 52.2999992370605…, which a threshold of 52.3 would not reach.
            float single when float.IsFinite(single) => Set(
                name,
                Value.FromNumber(
                    double.Parse(single.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                ),
                value
            ),
            double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort => Set(
                name,
                Value.FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
                value
            ),
            JsonElement json => Set(name, json),
            JsonNode node => Set(name, JsonSerializer.SerializeToElement(node)),
            // Json.NET's value of a JObject's property: a JObject or JArray is refused as the type it is.
            JValue token => Set(name, token.Value),
            _ => Refuse(InputValueErrorKind.WrongType, name, value, InputMessages.NotASupportedType(value)),
        };

    private InputRecordBuilder Set(string name, JsonElement json) =>
        json.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => SetMissing(name),
            JsonValueKind.True or JsonValueKind.False => Set(name, json.GetBoolean()),
            JsonValueKind.String => Set(name, json.GetString()),
            JsonValueKind.Number => Set(name, json.GetDouble()),
            _ => Refuse(InputValueErrorKind.WrongType, name, json, InputMessages.NotASupportedType(json)),
        };

    /// <summary>Sets a numeric input; null means missing.</summary>
    public InputRecordBuilder Set(string name, double? value) =>
        Set(name, value is { } number ? Value.FromNumber(number) : Value.Missing, value);

    /// <summary>Sets a boolean input; null means missing.</summary>
    public InputRecordBuilder Set(string name, bool? value) =>
        Set(name, value is { } boolean ? Value.FromBoolean(boolean) : Value.Missing, value);

    /// <summary>Sets a text or enumeration input; null means missing.</summary>
    public InputRecordBuilder Set(string name, string? value) => Set(name, Value.FromText(value), value);

    /// <summary>Marks an input as missing (the default for inputs never set).</summary>
    public InputRecordBuilder SetMissing(string name) => Set(name, Value.Missing, null);

    /// <summary>
    /// Sets the input at a declaration index of the schema (<see cref="InputSchema.IndexOf"/>), for readers that
    /// resolve their columns once: a number or integer for a numeric input, a boolean, a text for a text or enumeration
    /// input, or <see cref="Value.Missing"/>. A value that does not fit is refused like any other.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No input has that index.</exception>
    /// <exception cref="ArgumentException">The value is <see cref="Value.Undefined"/>, which no input
    /// holds.</exception>
    public InputRecordBuilder Set(int index, Value value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _schema.Count);
        return Set(index, value, Original(value));
    }

    /// <summary>Builds the record.</summary>
    /// <exception cref="InputValueException">Some values were refused.</exception>
    public InputRecord Build() => _errors.Count == 0 ? BuildRecord() : throw new InputValueException(_errors.ToArray());

    /// <summary>
    /// Builds the record if no value was refused; otherwise returns false and leaves the refusals in <see
    /// cref="Errors"/>.
    /// </summary>
    public bool TryBuild(out InputRecord record)
    {
        record = _errors.Count == 0 ? BuildRecord() : null!;
        return _errors.Count == 0;
    }

    private InputRecord BuildRecord() => new(_schema, (double[])_numbers.Clone(), (string?[])_texts.Clone());

    private InputRecordBuilder Set(string name, Value value, object? original)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = _schema.IndexOf(name);
        return index >= 0
            ? Set(index, value, original)
            : Refuse(
                InputValueErrorKind.UnknownInput,
                name,
                original,
                InputMessages.NotDeclared(name, _schema.Declarations.Select(d => d.Name))
            );
    }

    /// <summary>
    /// Checks a value against its declaration and stores it; <paramref name="original"/> is the value as given, for
    /// messages.
    /// </summary>
    private InputRecordBuilder Set(int index, Value value, object? original)
    {
        var declaration = _schema.Declarations[index];
        var slot = _schema.Slots[index];
        switch (value.Kind)
        {
            case ValueKind.Missing:
                Clear(index);
                return this;
            case ValueKind.Number or ValueKind.Integer when declaration.IsNumeric:
                var number = value.Number;
                if (!double.IsFinite(number))
                {
                    return Refuse(
                        InputValueErrorKind.OutOfRange,
                        declaration.Name,
                        original,
                        InputMessages.NotFinite(original!)
                    );
                }

                if (declaration.Type == InputType.Integer && number != Math.Floor(number))
                {
                    return Refuse(
                        InputValueErrorKind.WrongType,
                        declaration.Name,
                        original,
                        InputMessages.NotWhole(original!)
                    );
                }

                if (number < declaration.Minimum || number > declaration.Maximum)
                {
                    return Refuse(
                        InputValueErrorKind.OutOfRange,
                        declaration.Name,
                        original,
                        InputMessages.OutOfRange(original!, declaration)
                    );
                }

                // Said after the declared range, and not as "not a whole number": 3e10 is whole, only too large to hold.
                if (declaration.Type == InputType.Integer && (number < int.MinValue || number > int.MaxValue))
                {
                    return Refuse(
                        InputValueErrorKind.OutOfRange,
                        declaration.Name,
                        original,
                        InputMessages.BeyondIntegers(original!)
                    );
                }

                _numbers[slot] = number;
                return this;
            case ValueKind.Boolean when declaration.Type == InputType.Boolean:
                _numbers[slot] = value.Boolean ? 1 : 0;
                return this;
            case ValueKind.Text when declaration.Type == InputType.Text:
                _texts[slot] = value.Text;
                return this;
            case ValueKind.Text when declaration.Type == InputType.Enumeration:
                // The declaration's own instance: records then share it, and readers can compare references first.
                if (declaration.ValueOf(value.Text) is not { } allowed)
                {
                    return Refuse(
                        InputValueErrorKind.NotAllowed,
                        declaration.Name,
                        original,
                        InputMessages.NotOneOf(value.Text, declaration)
                    );
                }

                _texts[slot] = allowed;
                return this;
            case ValueKind.Undefined:
                throw new ArgumentException(
                    "An undefined value is computed while evaluating, never an input.",
                    nameof(value)
                );
            default:
                return Refuse(
                    InputValueErrorKind.WrongType,
                    declaration.Name,
                    original,
                    InputMessages.NotOfType(original!, declaration)
                );
        }
    }

    private static object? Original(Value value) =>
        value.Kind switch
        {
            ValueKind.Number or ValueKind.Integer => value.Number,
            ValueKind.Boolean => value.Boolean,
            ValueKind.Text => value.Text,
            _ => null,
        };

    private InputRecordBuilder Refuse(InputValueErrorKind kind, string name, object? value, RuleMessage message)
    {
        _errors.Add(new InputValueError(kind, name, value, message));
        if (_schema.IndexOf(name) is var index and >= 0)
        {
            Clear(index);
        }

        return this;
    }

    private void Clear(int index)
    {
        var slot = _schema.Slots[index];
        if (InputSchema.StoresText(_schema.Declarations[index].Type))
        {
            _texts[slot] = null;
        }
        else
        {
            _numbers[slot] = double.NaN;
        }
    }
}
