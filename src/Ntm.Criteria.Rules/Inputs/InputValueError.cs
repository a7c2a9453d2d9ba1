namespace Ntm.Criteria.Rules;

/// <summary>
/// A value refused for an input, with the input's name, the value as given, and why in English and Vietnamese.
/// </summary>
public sealed record InputValueError(InputValueErrorKind Kind, string InputName, object? Value, RuleMessage Text)
{
    /// <summary>Why the value was refused, in English.</summary>
    public string Message => Text.English;

    /// <summary>Formats as <c>input 'Name': message</c>.</summary>
    public override string ToString() => ToString("en");

    /// <summary>
    /// Formats as <see cref="ToString()"/> does, in the language of a code (see <see cref="RuleMessage.In"/>).
    /// </summary>
    public string ToString(string language) =>
        RuleMessage.IsVietnamese(language)
            ? $"đầu vào '{InputName}': {Text.Vietnamese}"
            : $"input '{InputName}': {Text.English}";
}
