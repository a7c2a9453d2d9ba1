namespace Ntm.Criteria.Cli.Commands;

/// <summary>How a set's inputs fail to fit a data file's (<see cref="InputMismatch"/>).</summary>
internal enum InputMismatchKind
{
    /// <summary>The set reads an input the others do not declare.</summary>
    NotDeclared,

    /// <summary>The set declares an input otherwise: its type, unit, range, values or their names.</summary>
    DeclaredOtherwise,

    /// <summary>The set declares the same inputs in another order, or without one the others declare among them.</summary>
    OtherOrder,
}
