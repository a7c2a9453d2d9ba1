namespace Ntm.Criteria;

/// <summary>How far a value taken from the sources can be trusted.</summary>
public enum ValueStatus
{
    /// <summary>Read in a source the rule file names.</summary>
    Confirmed,

    /// <summary>The best value the sources give, not confirmed against the decision.</summary>
    Unconfirmed,

    /// <summary>
    /// The sources give no value: the threshold is open until a revised or provincial file supplies it.
    /// </summary>
    NotSet,
}
