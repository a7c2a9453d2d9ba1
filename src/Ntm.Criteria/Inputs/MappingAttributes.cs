namespace Ntm.Criteria;

/// <summary>Maps a property of the caller's class to the input of the given name, whatever the property is called.</summary>
/// <param name="name">The input's id in the rule files.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class NtmInputAttribute(string name) : Attribute
{
    /// <summary>The input's id.</summary>
    public string Name { get; } = name;
}

/// <summary>Leaves a property of the caller's class out of the mapping, even when its name matches an input.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class NtmIgnoreAttribute : Attribute;

/// <summary>Marks the property that gives a locality's id, name, district or province.</summary>
/// <param name="field">What the property gives.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class NtmLocalityAttribute(LocalityField field) : Attribute
{
    /// <summary>What the property gives.</summary>
    public LocalityField Field { get; } = field;
}

/// <summary>The identity fields of a <see cref="Locality"/>.</summary>
public enum LocalityField
{
    /// <summary>The id (by convention a property named <c>Id</c>, <c>CommuneId</c> or <c>LocalityId</c>).</summary>
    Id,

    /// <summary>The name (<c>Name</c>, <c>CommuneName</c> or <c>LocalityName</c>).</summary>
    Name,

    /// <summary>The district (<c>District</c>).</summary>
    District,

    /// <summary>The province (<c>Province</c>).</summary>
    Province,
}
