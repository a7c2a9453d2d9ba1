using System.Collections.Immutable;

namespace Ntm.Criteria.Rules;

/// <summary>The outcome of one rule for one input record, with what it read and its children's results.</summary>
public sealed class RuleResult
{
    private readonly InputRecord _input;

    internal RuleResult(
        CompiledRule rule,
        RuleOutcome outcome,
        ImmutableArray<RuleResult> children,
        Comparison? comparison,
        InputRecord input
    )
    {
        Rule = rule;
        Outcome = outcome;
        Children = children;
        Comparison = comparison;
        _input = input;
    }

    /// <summary>The rule.</summary>
    public CompiledRule Rule { get; }

    /// <summary>The rule's name.</summary>
    public string Name => Rule.Name;

    /// <summary>Achieved, not achieved, missing data or evaluation error.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>Whether the outcome is <see cref="RuleOutcome.Achieved"/>.</summary>
    public bool IsAchieved => Outcome == RuleOutcome.Achieved;

    /// <summary>The results of the enabled children, in file order.</summary>
    public ImmutableArray<RuleResult> Children { get; }

    /// <summary>The two sides of the comparison, when the expression is one; otherwise null.</summary>
    public Comparison? Comparison { get; }

    /// <summary>The inputs the expression reads and their values in this record.</summary>
    public IEnumerable<KeyValuePair<InputDeclaration, Value>> InputsRead =>
        Rule.InputIndices.Select(i => KeyValuePair.Create(_input.Schema.Declarations[i], _input.Get(i)));

    /// <inheritdoc />
    public override string ToString() =>
        Comparison is null ? $"{Rule}: {Outcome}" : $"{Rule}: {Outcome} ({Comparison})";
}
