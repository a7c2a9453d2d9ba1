using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>Reads localities from the caller's classes or from dictionaries of input values.</summary>
public static class LocalityReader
{
    /// <summary>
    /// Checks and compiles the mapping of <typeparamref name="T"/> to a schema (by default the shipped vocabulary);
    /// create it once and reuse it for every item.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A property's type cannot give its input (a bool for a number), an attribute names an input the schema does
    /// not declare, or two properties give the same input or identity field; lists every problem.
    /// </exception>
    public static LocalityMapper<T> For<T>(InputSchema? schema = null) =>
        LocalityMapper<T>.Create(schema ?? NtmInputs.Schema);

    /// <summary>
    /// Builds a locality from values by input name (numbers of any type, <see cref="bool"/>, <see cref="string"/>,
    /// or null for missing); inputs not named are missing, names that are not inputs are refused.
    /// </summary>
    /// <exception cref="LocalityInputException">Some values were refused; names the locality and each input and
    /// value.</exception>
    public static Locality FromDictionary(
        string? id,
        IEnumerable<KeyValuePair<string, object?>> values,
        InputSchema? schema = null
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = (schema ?? NtmInputs.Schema).CreateBuilder();
        foreach (var (name, value) in values)
        {
            builder.Set(name, value);
        }

        return builder.TryBuild(out var record)
            ? new Locality(id, record)
            : throw new LocalityInputException(id, null, builder.Errors.ToArray());
    }
}
