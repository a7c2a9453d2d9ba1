namespace Ntm.Criteria;

/// <summary>A locality's tier under two versions of the criteria.</summary>
/// <param name="Locality">The locality.</param>
/// <param name="Before">The tier reached under the first version, or null for none.</param>
/// <param name="After">The tier reached under the second version, or null for none.</param>
public sealed record TierChange(Locality Locality, Tier? Before, Tier? After)
{
    /// <summary>Whether the tier differs between the versions.</summary>
    public bool IsChanged => Before != After;
}
