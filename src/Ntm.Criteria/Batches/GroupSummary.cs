using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>The summary of a group of localities (all, a province or a district).</summary>
/// <param name="Province">The province; null for the whole batch, and for the localities that name none.</param>
/// <param name="District">
/// The district; null for the whole batch, a province, and in <see cref="BatchSummary.ByDistrict"/> for the localities
/// that name none.
/// </param>
/// <param name="LocalityCount">How many localities the group holds.</param>
/// <param name="Chains">How many localities reach each tier of each chain.</param>
/// <param name="Sets">Each set's averages and pass rates, chain by chain.</param>
public sealed record GroupSummary(
    string? Province,
    string? District,
    int LocalityCount,
    ImmutableArray<ChainSummary> Chains,
    ImmutableArray<SetSummary> Sets
)
{
    /// <summary>The summary of a set by id.</summary>
    /// <exception cref="KeyNotFoundException">The batch did not evaluate that set.</exception>
    public SetSummary this[string setId] =>
        Sets.FirstOrDefault(s => s.Set.Id == setId)
        ?? throw new KeyNotFoundException($"The batch did not evaluate {setId}.");

    /// <summary>
    /// Formats as <c>5 localities in Huyện A, Lào Cai: reaching Standard 2, Advanced 0; no tier 3</c>, each chain after
    /// a <c>|</c>; the places the group names, none for the whole batch.
    /// </summary>
    public override string ToString()
    {
        var place = string.Join(", ", new[] { District, Province }.OfType<string>());
        var localities = LocalityCount == 1 ? "locality" : "localities";
        return $"{LocalityCount} {localities}{(place.Length == 0 ? "" : $" in {place}")}: {string.Join(" | ", Chains)}";
    }
}
