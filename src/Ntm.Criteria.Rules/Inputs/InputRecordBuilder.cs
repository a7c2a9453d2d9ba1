using System.Globalization;

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

    /// <summary>Sets an input from any supported CLR value: a number, <see cref="bool"/>, <see cref="string"/>, or null for missing.</summary>
    public InputRecordBuilder Set(string name, object? value) => value switch
    {
        null => SetMissing(name),
        bool boolean => Set(name, boolean),
        string text => Set(name, text),
        double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort =>
            Set(name, Convert.ToDouble(value, CultureInfo.InvariantCulture), value),
        _ => Refuse(InputValueErrorKind.WrongType, name, value, $"a {value.GetType().Name} is not a number, boolean or text"),
    };

    /// <summary>Sets a numeric input; null means missing.</summary>
    public InputRecordBuilder Set(string name, double? value) => value is { } number ? Set(name, number, number) : SetMissing(name);

    /// <summary>Sets a boolean input; null means missing.</summary>
    public InputRecordBuilder Set(string name, bool? value)
    {
        if (value is not { } boolean)
        {
            return SetMissing(name);
        }

        if (Find(name, value) is not { } index)
        {
            return this;
        }

        var declaration = _schema.Declarations[index];
        if (declaration.Type != InputType.Boolean)
        {
            return Refuse(InputValueErrorKind.WrongType, name, value, $"{InputValueError.Show(value)} is not {Expected(declaration)}");
        }

        _numbers[_schema.Slots[index]] = boolean ? 1 : 0;
        return this;
    }

    /// <summary>Sets a text or enumeration input; null means missing.</summary>
    public InputRecordBuilder Set(string name, string? value)
    {
        if (value is null)
        {
            return SetMissing(name);
        }

        if (Find(name, value) is not { } index)
        {
            return this;
        }

        var declaration = _schema.Declarations[index];
        switch (declaration.Type)
        {
            case InputType.Text:
                break;
            case InputType.Enumeration:
                // The declaration's own instance: records then share it, and readers can compare references first.
                if (declaration.ValueOf(value) is not { } allowed)
                {
                    return Refuse(InputValueErrorKind.NotAllowed, name, value, $"{InputValueError.Show(value)} is not one of {string.Join(", ", declaration.AllowedValues)}");
                }

                value = allowed;
                break;
            default:
                return Refuse(InputValueErrorKind.WrongType, name, value, $"{InputValueError.Show(value)} is not {Expected(declaration)}");
        }

        _texts[_schema.Slots[index]] = value;
        return this;
    }

    /// <summary>Marks an input as missing (the default for inputs never set).</summary>
    public InputRecordBuilder SetMissing(string name)
    {
        if (Find(name, null) is { } index)
        {
            Clear(index);
        }

        return this;
    }

    /// <summary>Builds the record.</summary>
    /// <exception cref="InputValueException">Some values were refused.</exception>
    public InputRecord Build() =>
        _errors.Count == 0 ? BuildRecord() : throw new InputValueException(_errors.ToArray());

    /// <summary>Builds the record if no value was refused; otherwise returns false and leaves the refusals in <see cref="Errors"/>.</summary>
    public bool TryBuild(out InputRecord record)
    {
        record = _errors.Count == 0 ? BuildRecord() : null!;
        return _errors.Count == 0;
    }

    private InputRecord BuildRecord() => new(_schema, (double[])_numbers.Clone(), (string?[])_texts.Clone());

    private InputRecordBuilder Set(string name, double number, object original)
    {
        if (Find(name, original) is not { } index)
        {
            return this;
        }

        var declaration = _schema.Declarations[index];
        if (!declaration.IsNumeric)
        {
            return Refuse(InputValueErrorKind.WrongType, name, original, $"{InputValueError.Show(original)} is not {Expected(declaration)}");
        }

        if (!double.IsFinite(number))
        {
            return Refuse(InputValueErrorKind.OutOfRange, name, original, $"{InputValueError.Show(original)} is not a finite number");
        }

        if (declaration.Type == InputType.Integer && (number != Math.Floor(number) || number < int.MinValue || number > int.MaxValue))
        {
            return Refuse(InputValueErrorKind.WrongType, name, original, $"{InputValueError.Show(original)} is not a whole number");
        }

        if (number < declaration.Minimum || number > declaration.Maximum)
        {
            return Refuse(InputValueErrorKind.OutOfRange, name, original,
                $"{InputValueError.Show(original)} is outside the valid range {FormatRange(declaration)}");
        }

        _numbers[_schema.Slots[index]] = number;
        return this;
    }

    private int? Find(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = _schema.IndexOf(name);
        if (index < 0)
        {
            Refuse(InputValueErrorKind.UnknownInput, name, value, "no input of that name is declared");
            return null;
        }

        return index;
    }

    private InputRecordBuilder Refuse(InputValueErrorKind kind, string name, object? value, string message)
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

    private static string Expected(InputDeclaration declaration) => declaration.Type switch
    {
        InputType.Number => "a number",
        InputType.Integer => "a whole number",
        InputType.Boolean => "true or false",
        InputType.Text => "text",
        _ => $"one of {string.Join(", ", declaration.AllowedValues)}",
    };

    internal static string FormatRange(InputDeclaration declaration) => string.Create(CultureInfo.InvariantCulture,
        $"[{(declaration.Minimum is { } min ? min.ToString("R", CultureInfo.InvariantCulture) : "-∞")}, {(declaration.Maximum is { } max ? max.ToString("R", CultureInfo.InvariantCulture) : "∞")}]");
}
