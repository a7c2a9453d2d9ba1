namespace Ntm.Criteria.Rules;

/// <summary>The outcome of one rule for one input record.</summary>
public enum RuleOutcome : byte
{
    /// <summary>The expression is false (for a parent: the children do not combine to true).</summary>
    NotAchieved = 0,

    /// <summary>The expression is true.</summary>
    Achieved = 1,

    /// <summary>An input the outcome depends on is missing: neither achieved nor not achieved.</summary>
    MissingData = 2,

    /// <summary>The expression has no value for these inputs (a whole-number division by zero).</summary>
    EvaluationError = 3,
}

/// <summary>
/// Kleene's three-valued logic over outcomes: a definite answer wins over an unknown one, and an error over a
/// missing value. The compiled code calls these for parent rules.
/// </summary>
internal static class OutcomeLogic
{
    public static int And(int left, int right) =>
        left == 0 || right == 0 ? 0
        : left == 1 ? right
        : right == 1 ? left
        : Math.Max(left, right);

    public static int Or(int left, int right) =>
        left == 1 || right == 1 ? 1
        : left == 0 ? right
        : right == 0 ? left
        : Math.Max(left, right);

    /// <summary>
    /// A bit at <paramref name="shift"/> when <paramref name="set"/>: how compiled masks set bits without branching.
    /// </summary>
    public static ulong Bit(bool set, int shift) => (set ? 1UL : 0UL) << shift;
}
