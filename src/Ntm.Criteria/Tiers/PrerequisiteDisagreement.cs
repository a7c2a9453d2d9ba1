namespace Ntm.Criteria;

/// <summary>
/// A value the data gave for a criterion that a lower tier of the chain decides ("is an advanced commune"), where the
/// chain's own result for that tier says otherwise: the chain's result is the one evaluated, and this says so.
/// </summary>
/// <param name="Set">The set whose criterion takes the lower tier's result (the model set).</param>
/// <param name="Indicator">The indicator the data gave a value for.</param>
/// <param name="Prerequisite">The lower tier's set, whose result the indicator takes.</param>
/// <param name="Given">The value in the data.</param>
/// <param name="Computed">Whether the chain found the lower tier achieved.</param>
public sealed record PrerequisiteDisagreement(
    CriteriaSet Set,
    Indicator Indicator,
    CriteriaSet Prerequisite,
    bool Given,
    bool Computed
);
