using System.Globalization;

namespace Ntm.Criteria.Rules;

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
