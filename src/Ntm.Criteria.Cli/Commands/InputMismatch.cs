using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// The first way a set's inputs fail to fit those a data file is read with (<see cref="InputSchema.Extends"/>): an
/// input the others do not declare, one declared otherwise (<see cref="Expected"/> is theirs), or inputs in another
/// order (<see cref="Expected"/> is the input they declare in that place). Said to the user, so that "reads other
/// inputs" comes with the input to look at.
/// </summary>
internal sealed record InputMismatch(InputMismatchKind Kind, InputDeclaration Declared, InputDeclaration? Expected)
{
    /// <summary>How <paramref name="set"/> fails to fit <paramref name="dataInputs"/>; null when it fits.</summary>
    public static InputMismatch? Of(InputSchema set, InputSchema dataInputs)
    {
        if (dataInputs.Extends(set))
        {
            return null;
        }

        if (set.Declarations.FirstOrDefault(d => !dataInputs.TryGet(d.Name, out _)) is { } notDeclared)
        {
            return new InputMismatch(InputMismatchKind.NotDeclared, notDeclared, null);
        }

        foreach (var declared in set.Declarations)
        {
            dataInputs.TryGet(declared.Name, out var expected);
            if (!declared.Equals(expected))
            {
                return new InputMismatch(InputMismatchKind.DeclaredOtherwise, declared, expected);
            }
        }

        // Every input is declared alike: they stand in another order, or among others of the data file's.
        var (first, inPlace) = set
            .Declarations.Zip(dataInputs.Declarations)
            .First(pair => pair.First.Name != pair.Second.Name);
        return new InputMismatch(InputMismatchKind.OtherOrder, first, inPlace);
    }
}
