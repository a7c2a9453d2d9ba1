using System.Collections.Immutable;
using System.Text.Json;

namespace Ntm.Criteria.Rules;

/// <summary>
/// A rule of a workflow: a leaf with a boolean <see cref="Expression"/>, or a parent that combines its
/// child <see cref="Rules"/> with an <see cref="Operator"/>.
/// </summary>
public sealed record Rule
{
    /// <summary>Creates a rule; <see cref="Workflow.Compile"/> checks it.</summary>
    public Rule(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>The rule's name (<c>RuleName</c>), unique among its siblings.</summary>
    public string Name { get; }

    /// <summary>The boolean expression of a leaf rule; null for a parent.</summary>
    public string? Expression { get; init; }

    /// <summary>How a parent combines its children; null for a leaf.</summary>
    public RuleOperator? Operator { get; init; }

    /// <summary>The child rules of a parent, in file order.</summary>
    public ImmutableArray<Rule> Rules { get; init; } = [];

    /// <summary>Params computed before this rule and visible to its expression and to all its descendants.</summary>
    public ImmutableArray<ScopedParam> LocalParams { get; init; } = [];

    /// <summary>RulesEngine's <c>SuccessEvent</c>: text a caller may show when the rule is achieved.</summary>
    public string? SuccessEvent { get; init; }

    /// <summary>RulesEngine's <c>ErrorMessage</c>: text a caller may show when it is not.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>A disabled rule, with its descendants, is neither evaluated nor reported.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Free metadata from the rule's <c>Properties</c> object.</summary>
    public ImmutableDictionary<string, JsonElement> Properties { get; init; } =
        ImmutableDictionary<string, JsonElement>.Empty;

    /// <summary>
    /// Where each value of <see cref="Properties"/> starts in the file, by its path inside them ("Set.InForce.From",
    /// "Thresholds[1].Region"); empty when built in code.
    /// </summary>
    public ImmutableDictionary<string, SourcePosition> PropertyPositions { get; init; } =
        ImmutableDictionary<string, SourcePosition>.Empty;

    /// <summary>Where the rule's object starts in its file.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>Where the expression string starts in its file.</summary>
    public SourcePosition ExpressionPosition { get; init; }

    /// <summary>
    /// The file the rule was read from, when a workflow combines rules of several files; null means the workflow's
    /// own file. Errors in the rule and its descendants name this file.
    /// </summary>
    public string? SourceFile { get; init; }

    /// <summary>Whether this rule combines child rules rather than testing an expression.</summary>
    public bool IsParent => Operator is not null;
}
