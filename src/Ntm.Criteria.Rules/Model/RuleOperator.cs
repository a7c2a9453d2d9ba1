namespace Ntm.Criteria.Rules;

/// <summary>How a rule combines its child rules (RulesEngine's <c>Operator</c>).</summary>
/// <remarks>
/// Every child is evaluated in all four cases so that reports are complete; <see cref="AndAlso"/> and
/// <see cref="OrElse"/> give the same outcome as <see cref="And"/> and <see cref="Or"/>.
/// </remarks>
public enum RuleOperator
{
    /// <summary>Achieved when every enabled child is.</summary>
    And,

    /// <summary>
    /// Same outcome as <see cref="And"/> (RulesEngine short-circuits; this engine reports every child).
    /// </summary>
    AndAlso,

    /// <summary>Achieved when any enabled child is.</summary>
    Or,

    /// <summary>Same outcome as <see cref="Or"/>.</summary>
    OrElse,
}
