namespace Ntm.Criteria;

/// <summary>
/// Maps a property of the caller's class to the input of the given name, whatever the property is called.
/// </summary>
/// <param name="name">The input's id in the rule files.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class NtmInputAttribute(string name) : Attribute
{
    /// <summary>The input's id.</summary>
    public string Name { get; } = name;
}
