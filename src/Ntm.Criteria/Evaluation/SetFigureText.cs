namespace Ntm.Criteria;

/// <summary>
/// The English a commune's report and a batch's summary share in their <c>ToString</c>, so that both say the same of a
/// set the sources give in part.
/// </summary>
internal static class SetFigureText
{
    /// <summary>
    /// "not encoded: 19 criteria, no indicator in the sources": a set never shown as 0/0, without parentheses, which a
    /// tier report puts the figures in. A set whose criteria the sources do not list either is not said to have 0.
    /// </summary>
    internal static string NotEncoded(CriteriaSet set) =>
        set.Criteria.IsEmpty
            ? "not encoded: no criterion or indicator in the sources"
            : $"not encoded: {set.Criteria.Length} criteria, no indicator in the sources";

    /// <summary>
    /// "the decision has 10" where the sources count more indicators in the set's decision than it encodes, which is
    /// why no subject achieves it; otherwise null.
    /// </summary>
    internal static string? DecisionHas(CriteriaSet set, int indicatorsEncoded) =>
        set.OfficialIndicatorCount is { } official && official > indicatorsEncoded
            ? $"the decision has {official}"
            : null;
}
