using System.Collections.Immutable;
using System.Text.Json;
using Ntm.Criteria.Rules.Compilation;

namespace Ntm.Criteria.Rules;

/// <summary>
/// A RulesEngine workflow: its declared inputs, global params and rules. Immutable; compile it once with
/// <see cref="Compile"/> and evaluate the result as often as needed, from any thread.
/// </summary>
public sealed record Workflow
{
    /// <summary>Creates a workflow; <see cref="Compile"/> checks it.</summary>
    public Workflow(string name, ImmutableArray<InputDeclaration> inputs, ImmutableArray<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Inputs = inputs.IsDefault ? [] : inputs;
        Rules = rules.IsDefault ? [] : rules;
    }

    /// <summary>The workflow's name (<c>WorkflowName</c>).</summary>
    public string Name { get; }

    /// <summary>Every input the expressions may read, in declared order.</summary>
    public ImmutableArray<InputDeclaration> Inputs { get; init; }

    /// <summary>Params computed once per evaluation and visible to every rule.</summary>
    public ImmutableArray<ScopedParam> GlobalParams { get; init; } = [];

    /// <summary>The top-level rules, in file order.</summary>
    public ImmutableArray<Rule> Rules { get; init; }

    /// <summary>Free metadata from the workflow's <c>Properties</c> object.</summary>
    public ImmutableDictionary<string, JsonElement> Properties { get; init; } =
        ImmutableDictionary<string, JsonElement>.Empty;

    /// <summary>
    /// Where each value of <see cref="Properties"/> starts in the file, by its path inside them ("Set.InForce.From",
    /// "Thresholds[1].Region"); empty when built in code.
    /// </summary>
    public ImmutableDictionary<string, SourcePosition> PropertyPositions { get; init; } =
        ImmutableDictionary<string, SourcePosition>.Empty;

    /// <summary>The file the workflow was read from, if any; error messages name it.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Where the workflow's object starts in its file.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>The inputs file the workflow names, if any; its declarations come first in <see cref="Inputs"/>.</summary>
    public InputsFileReference? InputsFile { get; init; }

    /// <summary>
    /// The schema of the inputs file the workflow's inputs all come from, shared with the other workflows its loader
    /// read.
    /// </summary>
    internal InputSchema? InputsFileSchema { get; init; }

    /// <summary>
    /// Checks every rule and expression and compiles the workflow into one delegate.
    /// </summary>
    /// <exception cref="RuleFileException">The workflow has problems; the exception lists all of them.</exception>
    public CompiledWorkflow Compile() => WorkflowCompiler.Compile(this);
}
