namespace Ntm.Criteria;

/// <summary>What a top-level rule of a set is.</summary>
public enum CriterionKind
{
    /// <summary>A criterion (tiêu chí), counted in "17/19 criteria".</summary>
    Criterion,

    /// <summary>
    /// A precondition (điều kiện) that is not counted among the criteria, such as a district's share of standard
    /// communes.
    /// </summary>
    Precondition,
}
