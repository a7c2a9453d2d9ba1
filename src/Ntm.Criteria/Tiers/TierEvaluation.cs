using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>Evaluation of the tier chain.</summary>
public static class TierEvaluation
{
    /// <summary>
    /// Evaluates a record against the chain of sets of a level in force on a date, lowest tier first (see
    /// <see cref="TierChain.InForce"/>). The record must be built for the sets' shared inputs.
    /// </summary>
    /// <exception cref="ArgumentException">No set of that level is in force on the date, or the sets do not form a
    /// chain.</exception>
    public static TierReport EvaluateTiers(
        this CriteriaCatalog catalog,
        InputRecord input,
        Level level,
        DateOnly asOf
    ) => TierChain.InForce(catalog, level, asOf).Evaluate(input);
}
