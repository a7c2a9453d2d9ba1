using System.Collections.Immutable;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>A checked workflow: every expression bound, every enabled rule numbered in pre-order.</summary>
internal sealed record BoundWorkflow(
    Workflow Workflow,
    InputSchema Schema,
    ImmutableArray<ParamSymbol> Globals,
    ImmutableArray<BoundRule> Rules,
    int RuleCount
)
{
    /// <summary>
    /// The params an expression of rule <paramref name="ruleIndex"/> sees, outermost first: the global params, then
    /// the local params of each rule from the top-level one down to it; the globals alone for no rule (-1).
    /// </summary>
    public ImmutableArray<ParamSymbol> ParamsInScopeOf(int ruleIndex)
    {
        return ruleIndex < 0 ? Globals : Globals.AddRange(Path(Rules) ?? []);

        IEnumerable<ParamSymbol>? Path(ImmutableArray<BoundRule> rules)
        {
            foreach (var rule in rules)
            {
                if (rule.Index == ruleIndex)
                {
                    return rule.Locals;
                }

                if (Path(rule.Children) is { } inner)
                {
                    return rule.Locals.Concat(inner);
                }
            }

            return null;
        }
    }
}

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
