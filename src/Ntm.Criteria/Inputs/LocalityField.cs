namespace Ntm.Criteria;

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
