using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// A commune, village or district with its input values, as the evaluator and batches take it. The identity is
/// carried into reports, summaries by district and province, and error messages.
/// </summary>
/// <param name="Id">The locality's code or id in the caller's data, or null when the data has none.</param>
/// <param name="Inputs">The checked input values.</param>
public sealed record Locality(string? Id, InputRecord Inputs)
{
    /// <summary>The locality's name, e.g. <c>Xã Tân Lập</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The district the locality belongs to, for summaries by district.</summary>
    public string? District { get; init; }

    /// <summary>The province the locality belongs to, for summaries by province.</summary>
    public string? Province { get; init; }

    /// <summary>
    /// The row of the caller's data the locality was read from, carried into its evaluation for reports to name.
    /// </summary>
    public long? Row { get; init; }

    /// <summary>
    /// Formats as <c>'HN-001' (Xã Tân Lập)</c>, as error messages and reports name a locality; a name that is its id
    /// (a file of names only) is said once.
    /// </summary>
    public override string ToString() => Describe(Id, Name);

    internal static string Describe(string? id, string? name) =>
        (id is null ? "a locality without id" : $"'{id}'") + (name is null || name == id ? string.Empty : $" ({name})");
}
