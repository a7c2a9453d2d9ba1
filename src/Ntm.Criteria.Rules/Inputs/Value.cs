using System.Globalization;

namespace Ntm.Criteria.Rules;

/// <summary>An input value or a value computed while evaluating, as reports show it. Never boxed.</summary>
public readonly struct Value : IEquatable<Value>
{
    // Evaluation states shared with the compiled code: 0 known, 1 missing, 2 undefined.
    internal const int Known = 0;
    internal const int MissingState = 1;
    internal const int UndefinedState = 2;

    private readonly double _number;
    private readonly string? _text;

    private Value(ValueKind kind, double number, string? text)
    {
        Kind = kind;
        _number = number;
        _text = text;
    }

    /// <summary>The missing value.</summary>
    public static Value Missing => default;

    /// <summary>The undefined value.</summary>
    public static Value Undefined => new(ValueKind.Undefined, 0, null);

    /// <summary>What the value holds.</summary>
    public ValueKind Kind { get; }

    /// <summary>Whether the value is present (neither missing nor undefined).</summary>
    public bool HasValue => Kind >= ValueKind.Number;

    /// <summary>
    /// The number of a <see cref="ValueKind.Number"/>, <see cref="ValueKind.Integer"/> or <see
    /// cref="ValueKind.Boolean"/> (1 or 0) value.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is not numeric.</exception>
    public double Number =>
        Kind is ValueKind.Number or ValueKind.Integer or ValueKind.Boolean
            ? _number
            : throw new InvalidOperationException($"A {Kind} value has no number.");

    /// <summary>The truth of a <see cref="ValueKind.Boolean"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not boolean.</exception>
    public bool Boolean =>
        Kind == ValueKind.Boolean
            ? _number != 0
            : throw new InvalidOperationException($"A {Kind} value is not boolean.");

    /// <summary>The text of a <see cref="ValueKind.Text"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is not text.</exception>
    public string Text =>
        Kind == ValueKind.Text ? _text! : throw new InvalidOperationException($"A {Kind} value is not text.");

    /// <summary>A real number; negative zero is zero.</summary>
    // A cell written "-0" is no negative value: kept, it would print as "-0%" in every report and JSON file.
    public static Value FromNumber(double number) => new(ValueKind.Number, number == 0 ? 0 : number, null);

    /// <summary>A whole number.</summary>
    public static Value FromInteger(int integer) => new(ValueKind.Integer, integer, null);

    /// <summary>A truth value.</summary>
    public static Value FromBoolean(bool boolean) => new(ValueKind.Boolean, boolean ? 1 : 0, null);

    /// <summary>Text; null gives <see cref="Missing"/>.</summary>
    public static Value FromText(string? text) => text is null ? Missing : new(ValueKind.Text, 0, text);

    internal static Value OfNumber(int state, double number) => state == Known ? FromNumber(number) : OfState(state);

    internal static Value OfInteger(int state, int integer) => state == Known ? FromInteger(integer) : OfState(state);

    internal static Value OfBoolean(int state, bool boolean) => state == Known ? FromBoolean(boolean) : OfState(state);

    internal static Value OfText(int state, string? text) => state == Known ? FromText(text) : OfState(state);

    private static Value OfState(int state) => state == MissingState ? Missing : Undefined;

    /// <summary>
    /// Formats with the invariant culture: numbers to at most 4 decimals (<c>46.2</c>, <c>94.1667</c>), booleans as
    /// <c>true</c>, missing as <c>missing</c>.
    /// </summary>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats numbers with the given culture (for example <c>vi-VN</c> gives <c>17,87</c>).</summary>
    public string ToString(IFormatProvider? provider) =>
        Kind switch
        {
            ValueKind.Missing => "missing",
            ValueKind.Undefined => "undefined",
            ValueKind.Number => _number.ToString("0.####", provider),
            ValueKind.Integer => _number.ToString("0", provider),
            ValueKind.Boolean => _number != 0 ? "true" : "false",
            _ => _text!,
        };

    /// <inheritdoc />
    public bool Equals(Value other) =>
        Kind == other.Kind
        && _number.Equals(other._number)
        && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _text);

    /// <summary>Whether two values are the same kind with the same content.</summary>
    public static bool operator ==(Value left, Value right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(Value left, Value right) => !left.Equals(right);
}
