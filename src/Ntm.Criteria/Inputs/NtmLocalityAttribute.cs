namespace Ntm.Criteria;

/// <summary>Marks the property (or field) that gives a locality's id, name, district or province.</summary>
/// <param name="field">What the property gives.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class NtmLocalityAttribute(LocalityField field) : Attribute
{
    /// <summary>What the property gives.</summary>
    public LocalityField Field { get; } = field;
}
