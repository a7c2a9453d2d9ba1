namespace Ntm.Criteria.Rules;

/// <summary>What a <see cref="Value"/> holds.</summary>
public enum ValueKind
{
    /// <summary>No value: the input was not given.</summary>
    Missing,

    /// <summary>No value could be computed from the inputs (an integer division by zero).</summary>
    Undefined,

    /// <summary>A real number.</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>Text.</summary>
    Text,
}
