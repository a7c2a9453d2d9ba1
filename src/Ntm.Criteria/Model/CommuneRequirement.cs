namespace Ntm.Criteria;

/// <summary>What a district set requires of the district's communes: a share reaching a commune set.</summary>
public sealed record CommuneRequirement(string SetId, double Share, ValueStatus Status);
