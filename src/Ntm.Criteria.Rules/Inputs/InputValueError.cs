using System.Globalization;

namespace Ntm.Criteria.Rules;

/// <summary>Why a value was refused for an input.</summary>
public enum InputValueErrorKind
{
    /// <summary>No input of that name is declared.</summary>
    UnknownInput,

    /// <summary>The value's type does not fit the input (text for a number, a fraction for an integer).</summary>
    WrongType,

    /// <summary>The number is not finite, or lies outside the declared minimum and maximum.</summary>
    OutOfRange,

    /// <summary>The text is not one of the enumeration's allowed values.</summary>
    NotAllowed,
}

/// <summary>A value refused for an input, with the input's name and the value as given.</summary>
public sealed record InputValueError(InputValueErrorKind Kind, string InputName, object? Value, string Message)
{
    /// <summary>Formats as <c>input 'Name': message</c>.</summary>
    public override string ToString() => $"input '{InputName}': {Message}";

    internal static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };
}

/// <summary>Thrown by <see cref="InputRecordBuilder.Build"/> when values were refused; lists every refusal.</summary>
public sealed class InputValueException : Exception
{
    /// <summary>Creates the exception for the given refusals.</summary>
    public InputValueException(IReadOnlyList<InputValueError> errors)
        : base(errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} input values refused:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
    {
        Errors = errors;
    }

    /// <summary>Every refused value.</summary>
    public IReadOnlyList<InputValueError> Errors { get; }
}
