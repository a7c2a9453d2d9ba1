using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>An enumeration input whose allowed values are the names of <typeparamref name="TEnum"/>.</summary>
public sealed class EnumInput<TEnum>(string name) : TypedInput(name, InputType.Enumeration, null)
    where TEnum : struct, Enum;
