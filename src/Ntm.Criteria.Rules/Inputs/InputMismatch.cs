namespace Ntm.Criteria.Rules;

/// <summary>
/// A way the inputs a workflow reads fail to fit those its records are built with (<see cref="InputSchema.Extends"/>):
/// an input they do not declare, one they declare otherwise (<see cref="Expected"/> is theirs), or inputs in another
/// order (<see cref="Expected"/> is the input they declare in that place). Said to the user, so that "reads other
/// inputs" comes with the input to look at.
/// </summary>
/// <param name="Kind">How the input fails to fit.</param>
/// <param name="Declared">The input as the workflow reads it.</param>
/// <param name="Expected">The records' declaration of it, or the one in its place; null for an input they lack.</param>
public sealed record InputMismatch(InputMismatchKind Kind, InputDeclaration Declared, InputDeclaration? Expected)
{
    /// <summary>The first way <paramref name="read"/> fails to fit <paramref name="built"/>; null when it fits.</summary>
    public static InputMismatch? Of(InputSchema read, InputSchema built) => All(read, built).FirstOrDefault();

    /// <summary>
    /// Every way <paramref name="read"/> fails to fit <paramref name="built"/>: each input it lacks, then each declared
    /// otherwise, or, when they declare every input alike, the first out of its place; none when it fits.
    /// </summary>
    public static IEnumerable<InputMismatch> All(InputSchema read, InputSchema built)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(built);
        if (built.Extends(read))
        {
            return [];
        }

        var lacking = read
            .Declarations.Where(d => !built.TryGet(d.Name, out _))
            .Select(d => new InputMismatch(InputMismatchKind.NotDeclared, d, null));
        var otherwise = read
            .Declarations.Select(d => (Declared: d, Found: built.TryGet(d.Name, out var expected), Expected: expected))
            .Where(d => d.Found && !d.Declared.Equals(d.Expected))
            .Select(d => new InputMismatch(InputMismatchKind.DeclaredOtherwise, d.Declared, d.Expected));
        List<InputMismatch> found = [.. lacking, .. otherwise];
        if (found.Count > 0)
        {
            return found;
        }

        // Every input is declared alike: they stand in another order, or among others of the records'.
        var (first, inPlace) = read
            .Declarations.Zip(built.Declarations)
            .First(pair => pair.First.Name != pair.Second.Name);
        return [new InputMismatch(InputMismatchKind.OtherOrder, first, inPlace)];
    }
}
