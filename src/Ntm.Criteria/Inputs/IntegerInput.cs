using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>A whole-number input, such as a year or a count.</summary>
public sealed class IntegerInput(string name, string? unit = null) : TypedInput(name, InputType.Integer, unit);
