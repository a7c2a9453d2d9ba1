using System.Collections.Immutable;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>A checked workflow: every expression bound, every enabled rule numbered in pre-order.</summary>
internal sealed record BoundWorkflow(
    Workflow Workflow,
    InputSchema Schema,
    ImmutableArray<ParamSymbol> Globals,
    ImmutableArray<BoundRule> Rules,
    int RuleCount
);

/// <summary>An enabled rule with its bound params and expression (null for a parent).</summary>
internal sealed record BoundRule(
    Rule Rule,
    int Index,
    int ParentIndex,
    ImmutableArray<string> Path,
    ImmutableArray<ParamSymbol> Locals,
    Bound? Expression,
    ImmutableArray<BoundRule> Children
);
