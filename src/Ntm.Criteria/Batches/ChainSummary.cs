using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>How many localities of a group reach each tier of a chain.</summary>
/// <param name="Chain">The chain.</param>
/// <param name="NoTier">Localities that reach no tier.</param>
/// <param name="Highest">For each tier, the localities whose highest tier it is.</param>
public sealed record ChainSummary(TierChain Chain, int NoTier, ImmutableArray<TierCount> Highest)
{
    /// <summary>
    /// Localities reaching a tier, with every tier below it (a model commune counts as advanced and standard).
    /// </summary>
    public int Reaching(Tier tier) => Highest.Where(t => t.Tier >= tier).Sum(t => t.Count);

    /// <summary>
    /// Formats the localities reaching each tier, lowest first, as <c>reaching Standard 8, Advanced 2, Model 0; no tier
    /// 578</c>.
    /// </summary>
    public override string ToString() =>
        $"reaching {string.Join(", ", Highest.Select(t => $"{t.Tier} {Reaching(t.Tier)}"))}; no tier {NoTier}";
}
