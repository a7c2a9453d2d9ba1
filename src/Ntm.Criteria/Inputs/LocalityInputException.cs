using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>Values for a locality were refused; names the locality and every input and value refused.</summary>
public sealed class LocalityInputException : Exception
{
    /// <summary>Creates the exception for a locality's refused values.</summary>
    public LocalityInputException(string? localityId, string? localityName, IReadOnlyList<InputValueError> errors)
        : base(
            $"{Subject(localityId, localityName)}: "
                + (
                    errors.Count == 1
                        ? errors[0].ToString()
                        : $"{errors.Count} input values refused:{Environment.NewLine}  "
                            + string.Join(Environment.NewLine + "  ", errors)
                )
        )
    {
        LocalityId = localityId;
        LocalityName = localityName;
        Errors = errors;
    }

    /// <summary>The locality's id, or null when the data has none.</summary>
    public string? LocalityId { get; }

    /// <summary>The locality's name, when known.</summary>
    public string? LocalityName { get; }

    /// <summary>Every refused value.</summary>
    public IReadOnlyList<InputValueError> Errors { get; }

    // "Locality 'HN-001' (Xã Tân Lập)", and "A locality without id (Xã Tân Lập)" rather than "Locality a locality…".
    private static string Subject(string? id, string? name)
    {
        var locality = Locality.Describe(id, name);
        return id is null ? char.ToUpperInvariant(locality[0]) + locality[1..] : $"Locality {locality}";
    }
}
