namespace Ntm.Criteria;

/// <summary>How many localities of a group achieve a criterion.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Evaluated">Localities evaluated.</param>
/// <param name="Achieved">Localities achieving it.</param>
public sealed record CriterionSummary(Criterion Criterion, int Evaluated, int Achieved)
{
    /// <summary>The share achieving it, from 0 to 1.</summary>
    public double PassRate => Evaluated == 0 ? 0 : (double)Achieved / Evaluated;
}
