namespace Ntm.Criteria.Rules;

/// <summary>
/// A named expression (RulesEngine's <c>GlobalParams</c> and <c>LocalParams</c> entries), computed once per
/// evaluation and readable by name in the expressions of its scope and in later params of the same list.
/// </summary>
/// <param name="Name">The identifier expressions use.</param>
/// <param name="Expression">The expression text.</param>
public sealed record ScopedParam(string Name, string Expression)
{
    /// <summary>Where the param's object starts in its file.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>Where the expression string starts in its file.</summary>
    public SourcePosition ExpressionPosition { get; init; }

    /// <summary>
    /// The file the param was read from, when it is not the file of the rule or workflow that holds it.
    /// </summary>
    public string? SourceFile { get; init; }
}
