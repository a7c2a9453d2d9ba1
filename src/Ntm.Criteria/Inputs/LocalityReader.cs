using System.Globalization;
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
    /// not declare, a member's name seems meant for an input it does not name (a slip away from it, or its last words
    /// alone: <c>Group</c>), or two members give the same input or identity field; lists every problem.
    /// </exception>
    public static LocalityMapper<T> For<T>(InputSchema? schema = null) =>
        LocalityMapper<T>.Create(schema ?? NtmInputs.Schema);

    /// <summary>
    /// Builds a locality from values by input name (numbers of any type, <see cref="bool"/>, <see cref="string"/>,
    /// or null or <see cref="DBNull"/> for missing), their case aside; inputs not named are missing, names that are
    /// not inputs are refused. As <see cref="For{T}"/> maps properties, a key that names an identity field by
    /// convention (<c>CommuneName</c>, <c>District</c>, <c>Province</c>, and <c>CommuneId</c> where
    /// <paramref name="id"/> is null) gives the locality's, so that a row read from a database is taken whole.
    /// <paramref name="schema"/> is by default the shipped vocabulary; for sets that add inputs to it (an office's),
    /// give their tier chain's or batch's <c>Inputs</c>.
    /// </summary>
    /// <exception cref="LocalityInputException">Some values were refused; names the locality and each input and
    /// value.</exception>
    /// <exception cref="ArgumentException">Two keys name one input ("Region" and "region"), or one identity field
    /// ("Id" and "CommuneId").</exception>
    public static Locality FromDictionary(
        string? id,
        IEnumerable<KeyValuePair<string, object?>> values,
        InputSchema? schema = null
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        schema ??= NtmInputs.Schema;
        var builder = schema.CreateBuilder();
        var identity = new string?[LocalityColumns.All.Length];
        identity[(int)LocalityField.Id] = id;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var identityKeys = new Dictionary<LocalityField, string>();
        foreach (var (name, value) in values)
        {
            var input = InputNames.Find(schema, name)?.Name;
            if (input is null && LocalityColumns.ConventionallyNamed(name) is { } field)
            {
                if (field == LocalityField.Id && id is not null)
                {
                    continue;
                }

                // A row of both "Id" (a table's own key) and "CommuneId" would have the first taken, unsaid.
                if (!identityKeys.TryAdd(field, name))
                {
                    throw new ArgumentException(
                        $"The keys '{identityKeys[field]}' and '{name}' both give the locality's "
                            + $"{field.ToString().ToLowerInvariant()}; give it once.",
                        nameof(values)
                    );
                }

                identity[(int)field] = value is null or DBNull
                    ? null
                    : Convert.ToString(value, CultureInfo.InvariantCulture);
                continue;
            }

            if (input is not null && !keys.TryAdd(input, name))
            {
                throw new ArgumentException(
                    $"The keys '{keys[input]}' and '{name}' both give the input {input}; give it once.",
                    nameof(values)
                );
            }

            builder.Set(input ?? name, value);
        }

        var (localityId, localityName) = (identity[(int)LocalityField.Id], identity[(int)LocalityField.Name]);
        return builder.TryBuild(out var record)
            ? new Locality(localityId, record)
            {
                Name = localityName,
                District = identity[(int)LocalityField.District],
                Province = identity[(int)LocalityField.Province],
            }
            : throw new LocalityInputException(localityId, localityName, builder.Errors.ToArray());
    }
}
