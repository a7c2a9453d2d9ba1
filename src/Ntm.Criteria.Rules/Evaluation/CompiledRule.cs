using System.Collections.Immutable;

namespace Ntm.Criteria.Rules;

/// <summary>
/// An enabled rule of a compiled workflow, numbered in pre-order (a parent before its children), with the
/// inputs its outcome depends on.
/// </summary>
public sealed class CompiledRule
{
    internal CompiledRule(
        Rule rule,
        int index,
        int parentIndex,
        ImmutableArray<string> path,
        ImmutableArray<int> children,
        ImmutableArray<int> inputsRead,
        ComparisonOperator? comparison,
        bool flipped,
        int captureSlot
    )
    {
        Rule = rule;
        Index = index;
        ParentIndex = parentIndex;
        Path = path;
        ChildIndices = children;
        InputIndices = inputsRead;
        ComparisonOperator = comparison;
        IsFlipped = flipped;
        CaptureSlot = captureSlot;
    }

    /// <summary>The rule as written.</summary>
    public Rule Rule { get; }

    /// <summary>The rule's name.</summary>
    public string Name => Rule.Name;

    /// <summary>The position in <see cref="CompiledWorkflow.Rules"/> and in outcome arrays.</summary>
    public int Index { get; }

    /// <summary>The parent's index, or -1 for a top-level rule.</summary>
    public int ParentIndex { get; }

    /// <summary>The workflow name, then the rule names down to this one.</summary>
    public ImmutableArray<string> Path { get; }

    /// <summary>The indices of the enabled children, in file order.</summary>
    public ImmutableArray<int> ChildIndices { get; }

    /// <summary>
    /// The declaration indices of the inputs the expression reads, directly or through params, in declared order.
    /// </summary>
    public ImmutableArray<int> InputIndices { get; }

    /// <summary>
    /// The operator when the expression is a single comparison, so results can show actual and required values.
    /// </summary>
    public ComparisonOperator? ComparisonOperator { get; }

    /// <summary>
    /// Whether the comparison was written required-first (<c>48 &lt;= input.X</c>) and is reported the other way round.
    /// </summary>
    internal bool IsFlipped { get; }

    /// <summary>
    /// Where the compiled code writes the comparison's actual value (the required one follows), or -1.
    /// </summary>
    internal int CaptureSlot { get; }

    /// <summary>
    /// Whether the rule's outcome can be <see cref="RuleOutcome.EvaluationError"/>: only a whole-number division,
    /// remainder or Abs, in its expression, the params it reads or its children, can make it so. When false, a rule
    /// neither achieved nor not achieved has missing data.
    /// </summary>
    public bool CanEndInError { get; internal init; }

    /// <summary>Whether this rule combines children.</summary>
    public bool IsParent => !ChildIndices.IsEmpty;

    /// <inheritdoc />
    public override string ToString() => string.Join(" › ", Path);
}
