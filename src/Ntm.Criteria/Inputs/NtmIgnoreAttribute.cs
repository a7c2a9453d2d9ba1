namespace Ntm.Criteria;

/// <summary>
/// Leaves a property (or field) of the caller's class out of the mapping, even when its name matches an input.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class NtmIgnoreAttribute : Attribute;
