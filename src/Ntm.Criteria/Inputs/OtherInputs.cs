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
    /// that it declares them in another order.
    /// </summary>
    public static string Difference(InputSchema built, InputSchema read)
    {
        var lacking = read.Declarations.Where(d => !built.TryGet(d.Name, out _)).Select(d => d.Name).ToList();
        var otherwise = read
            .Declarations.Where(d => built.TryGet(d.Name, out var declared) && declared != d)
            .Select(d => d.Name)
            .ToList();
        var differences = new List<string>();
        if (lacking.Count > 0)
        {
            differences.Add($"it lacks {string.Join(", ", lacking)}");
        }

        if (otherwise.Count > 0)
        {
            differences.Add($"it declares {string.Join(", ", otherwise)} otherwise");
        }

        return differences.Count > 0 ? string.Join("; ", differences) : "it declares them in another order";
    }
}
