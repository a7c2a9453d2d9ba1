namespace Ntm.Criteria.Rules;

/// <summary>
/// A test of one rule's outcome: whether rule <see cref="RuleIndex"/> of a compiled workflow has <see cref="Outcome"/>.
/// </summary>
/// <param name="RuleIndex">The rule's index in <see cref="CompiledWorkflow.Rules"/>.</param>
/// <param name="Outcome">The outcome tested for.</param>
public readonly record struct OutcomeTest(int RuleIndex, RuleOutcome Outcome);
