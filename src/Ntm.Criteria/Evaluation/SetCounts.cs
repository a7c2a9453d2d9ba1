namespace Ntm.Criteria;

/// <summary>
/// The figures of a <see cref="SetReport"/> without its detail, from <see cref="CriteriaSet.Count"/>.
/// </summary>
/// <param name="CriteriaAchieved">Criteria achieved (the 17 of "17/19").</param>
/// <param name="CriteriaTotal">Criteria in the set.</param>
/// <param name="IndicatorsAchieved">Indicators achieved or not applicable.</param>
/// <param name="IndicatorsTotal">Indicators encoded in the set.</param>
/// <param name="IsAchieved">Whether every criterion and precondition is achieved, and the set encodes all its decision
/// has.</param>
public readonly record struct SetCounts(
    int CriteriaAchieved,
    int CriteriaTotal,
    int IndicatorsAchieved,
    int IndicatorsTotal,
    bool IsAchieved
)
{
    /// <summary>Formats as <c>6/19 criteria, 34/57 indicators</c>, as <see cref="SetReport"/> does.</summary>
    public override string ToString() =>
        $"{CriteriaAchieved}/{CriteriaTotal} criteria, {IndicatorsAchieved}/{IndicatorsTotal} indicators";
}
