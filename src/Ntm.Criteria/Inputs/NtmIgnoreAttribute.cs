namespace Ntm.Criteria;

/// <summary>Leaves a property of the caller's class out of the mapping, even when its name matches an input.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class NtmIgnoreAttribute : Attribute;
