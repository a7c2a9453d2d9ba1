namespace Ntm.Criteria.Rules;

/// <summary>A place in a rule file: 1-based line and column, or <see cref="None"/> for models built in code.</summary>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>No position: the element was not read from a file.</summary>
    public static SourcePosition None => default;

    /// <summary>Whether this position points into a file.</summary>
    public bool IsKnown => Line > 0;

    /// <summary>
    /// Formats as <c>(line,column)</c>, the form compilers and editors understand, or an empty string.
    /// </summary>
    public override string ToString() => IsKnown ? $"({Line},{Column})" : string.Empty;
}
