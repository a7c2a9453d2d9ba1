namespace Ntm.Criteria.Rules;

/// <summary>Thrown by <see cref="InputRecordBuilder.Build"/> when values were refused; lists every refusal.</summary>
public sealed class InputValueException : Exception
{
    /// <summary>Creates the exception for the given refusals.</summary>
    public InputValueException(IReadOnlyList<InputValueError> errors)
        : base(
            errors.Count == 1
                ? errors[0].ToString()
                : $"{errors.Count} input values refused:{Environment.NewLine}  "
                    + string.Join(Environment.NewLine + "  ", errors)
        )
    {
        Errors = errors;
    }

    /// <summary>Every refused value.</summary>
    public IReadOnlyList<InputValueError> Errors { get; }
}
