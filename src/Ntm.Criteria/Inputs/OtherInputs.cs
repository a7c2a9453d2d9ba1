using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// How a record's inputs fall short of those a set or a batch reads, for the misuse message: a set an office
/// completed may add inputs that the shared vocabulary (<see cref="NtmInputs"/>) does not declare.
/// </summary>
internal static class OtherInputs
{
    // A record of another workflow's inputs lacks every input of the shared vocabulary: ninety names would bury what
    // the message says.
    private const int NamesShown = 10;

    /// <summary>
    /// "it lacks A, B", "it declares C otherwise": the inputs read that the record does not declare alike (the first
    /// few, and how many more), or else that it declares them in another order (<see cref="InputMismatch.All"/>).
    /// </summary>
    public static string Difference(InputSchema built, InputSchema read)
    {
        var mismatches = InputMismatch.All(read, built).ToList();
        string Names(InputMismatchKind kind)
        {
            var names = mismatches.Where(m => m.Kind == kind).Select(m => m.Declared.Name).ToList();
            return names.Count <= NamesShown
                ? string.Join(", ", names)
                : $"{string.Join(", ", names.Take(NamesShown))} and {names.Count - NamesShown} more";
        }
        var differences = new List<string>();
        if (Names(InputMismatchKind.NotDeclared) is { Length: > 0 } lacking)
        {
            differences.Add($"it lacks {lacking}");
        }

        if (Names(InputMismatchKind.DeclaredOtherwise) is { Length: > 0 } otherwise)
        {
            differences.Add($"it declares {otherwise} otherwise");
        }

        return differences.Count > 0 ? string.Join("; ", differences) : "it declares them in another order";
    }
}
