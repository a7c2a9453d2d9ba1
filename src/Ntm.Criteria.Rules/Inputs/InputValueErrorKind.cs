namespace Ntm.Criteria.Rules;

/// <summary>Why a value was refused for an input.</summary>
public enum InputValueErrorKind
{
    /// <summary>No input of that name is declared.</summary>
    UnknownInput,

    /// <summary>The value's type does not fit the input (text for a number, a fraction for an integer).</summary>
    WrongType,

    /// <summary>The number is not finite, or lies outside the declared minimum and maximum.</summary>
    OutOfRange,

    /// <summary>The text is not one of the enumeration's allowed values.</summary>
    NotAllowed,
}
