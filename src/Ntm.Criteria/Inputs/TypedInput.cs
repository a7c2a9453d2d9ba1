using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// An input of the vocabulary as a typed member: its name, type and unit are known at compile time, so the
/// value set for it must have the right type (see <see cref="TypedInputExtensions"/>).
/// </summary>
public abstract class TypedInput
{
    private protected TypedInput(string name, InputType type, string? unit)
    {
        Name = name;
        Type = type;
        Unit = unit;
    }

    /// <summary>The input's id in the rule files.</summary>
    public string Name { get; }

    /// <summary>The input's type.</summary>
    public InputType Type { get; }

    /// <summary>The unit of a numeric input (<c>%</c>, <c>million VND/person/year</c>), or null.</summary>
    public string? Unit { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
