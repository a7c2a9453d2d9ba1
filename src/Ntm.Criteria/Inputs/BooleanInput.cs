using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>A condition that holds or not (Đạt / Không đạt).</summary>
public sealed class BooleanInput(string name) : TypedInput(name, InputType.Boolean, null);
