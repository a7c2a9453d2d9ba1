namespace Ntm.Criteria;

/// <summary>How many localities have a tier as their highest.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Set">The set of that tier.</param>
/// <param name="Count">The localities.</param>
public sealed record TierCount(Tier Tier, CriteriaSet Set, int Count);
