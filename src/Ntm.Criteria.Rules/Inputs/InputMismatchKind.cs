namespace Ntm.Criteria.Rules;

/// <summary>How an input a workflow reads fails to fit those its records are built with (<see cref="InputMismatch"/>).</summary>
public enum InputMismatchKind
{
    /// <summary>The records' inputs do not declare it.</summary>
    NotDeclared,

    /// <summary>They declare it otherwise: its type, unit, range, values or their names.</summary>
    DeclaredOtherwise,

    /// <summary>They declare the same inputs in another order, or the workflow's without one of theirs among them.</summary>
    OtherOrder,
}
