using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// How a record's inputs fall short of those a set or a batch reads, for the misuse message: a set an office
/// completed may add inputs that the shared vocabulary (<see cref="NtmInputs"/>) does not declare.
/// </summary>
internal static class OtherInputs
{
    /// <summary>
    /// "it lacks A, B", "it declares C otherwise": the inputs read that the record does not declare alike, or else
    /// that it declares them in another order (<see cref="InputMismatch.All"/>).
    /// </summary>
    public static string Difference(InputSchema built, InputSchema read)
    {
        var mismatches = InputMismatch.All(read, built).ToList();
        string Names(InputMismatchKind kind) =>
            string.Join(", ", mismatches.Where(m => m.Kind == kind).Select(m => m.Declared.Name));
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
