using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>A real-valued input, such as a rate in percent.</summary>
public sealed class NumberInput(string name, string? unit = null) : TypedInput(name, InputType.Number, unit);
