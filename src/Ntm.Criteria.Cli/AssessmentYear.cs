using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>The year a locality's data is of: its AssessmentYear, which picks a threshold's row by year.</summary>
internal static class AssessmentYear
{
    /// <summary>The input's name, as the shared vocabulary declares it.</summary>
    public static string Input { get; } = NtmInputs.AssessmentYear.Name;

    /// <summary>The AssessmentYear of a record; null where it has none, or its inputs declare none.</summary>
    public static int? Of(InputRecord? inputs) =>
        inputs?.Schema.IndexOf(Input) is >= 0 and var index && inputs.Get(index) is { HasValue: true } year
            ? (int)year.Number
            : null;
}
