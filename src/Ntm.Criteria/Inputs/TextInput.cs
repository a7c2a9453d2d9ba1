using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>A free-text input.</summary>
public sealed class TextInput(string name) : TypedInput(name, InputType.Text, null);
