namespace Ntm.Criteria;

/// <summary>
/// Maps a property (or field) of the caller's class to the input of the given name, whatever it is called.
/// </summary>
/// <param name="name">The input's id in the rule files.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class NtmInputAttribute(string name) : Attribute
{
    /// <summary>The input's id.</summary>
    public string Name { get; } = name;
}
