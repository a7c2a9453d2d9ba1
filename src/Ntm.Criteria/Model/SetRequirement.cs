namespace Ntm.Criteria;

/// <summary>What a set requires of a subject beforehand: another set (advanced requires standard).</summary>
public sealed record SetRequirement(string SetId, ValueStatus Status, string? Note);
