using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// An input named by a caller's code, a property or a dictionary's key: its id, whatever its letters' case, as a class
/// names its properties (<c>ChildStuntingRate</c>) and a database its columns (<c>childstuntingrate</c>).
/// </summary>
internal static class InputNames
{
    /// <summary>The input <paramref name="name"/> names, written as declared or in another case; null for none.</summary>
    public static InputDeclaration? Find(InputSchema schema, string name) =>
        schema.TryGet(name, out var declared)
            ? declared
            : schema.Declarations.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
