using System.Collections.Immutable;

namespace Ntm.Criteria.Rules;

/// <summary>
/// The result tree of one evaluation: one <see cref="RuleResult"/> per enabled rule, shaped like the workflow.
/// </summary>
public sealed class WorkflowResult
{
    internal WorkflowResult(CompiledWorkflow workflow, InputRecord input, ImmutableArray<RuleResult> all)
    {
        Workflow = workflow;
        Input = input;
        All = all;
        Rules = workflow.TopLevelIndices.Select(i => all[i]).ToImmutableArray();
    }

    /// <summary>The compiled workflow.</summary>
    public CompiledWorkflow Workflow { get; }

    /// <summary>The evaluated input record.</summary>
    public InputRecord Input { get; }

    /// <summary>The results of the top-level rules.</summary>
    public ImmutableArray<RuleResult> Rules { get; }

    /// <summary>Every result, indexed like <see cref="CompiledWorkflow.Rules"/> (pre-order).</summary>
    public ImmutableArray<RuleResult> All { get; }

    /// <summary>Finds a result by rule names from the top down, or null.</summary>
    public RuleResult? Find(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var level = Rules;
        RuleResult? found = null;
        foreach (var name in names)
        {
            found = level.FirstOrDefault(r => r.Name == name);
            if (found is null)
            {
                return null;
            }

            level = found.Children;
        }

        return found;
    }
}
