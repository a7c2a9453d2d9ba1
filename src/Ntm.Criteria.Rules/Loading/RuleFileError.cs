using System.Collections.Immutable;
using System.Text;

namespace Ntm.Criteria.Rules;

/// <summary>
/// One problem in a rule file: which file, which rule (by path), where in the JSON, where in the expression,
/// and what was expected.
/// </summary>
public sealed record RuleFileError
{
    /// <summary>Creates an error; layers above the engine use it to report problems in a rule file's metadata the same way.</summary>
    public RuleFileError(RuleFileErrorKind kind, string message, string? file, ImmutableArray<string> rulePath,
        SourcePosition position, int? expressionColumn = null)
    {
        Kind = kind;
        Message = message;
        File = file;
        RulePath = rulePath.IsDefault ? [] : rulePath;
        Position = position;
        ExpressionColumn = expressionColumn;
    }

    /// <summary>The kind of problem, for programs that react to it.</summary>
    public RuleFileErrorKind Kind { get; }

    /// <summary>What is wrong and what was expected, in one sentence.</summary>
    public string Message { get; }

    /// <summary>The file, as it was named to the loader; null for workflows built in code.</summary>
    public string? File { get; }

    /// <summary>Workflow name, then rule names from the top down to the rule at fault; empty for file-level problems.</summary>
    public ImmutableArray<string> RulePath { get; }

    /// <summary>The line and column in the JSON text.</summary>
    public SourcePosition Position { get; }

    /// <summary>The 1-based column inside the expression text, for expression errors.</summary>
    public int? ExpressionColumn { get; }

    /// <summary>
    /// Formats as <c>file(line,col): Workflow › Rule › Child: message</c>, with <c>expression column N</c> where known.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(File ?? "<workflow>").Append(Position.ToString()).Append(": ");
        if (RulePath.Length > 0)
        {
            text.Append(string.Join(" › ", RulePath));
            if (ExpressionColumn is { } column)
            {
                text.Append(", expression column ").Append(column);
            }

            text.Append(": ");
        }
        else if (ExpressionColumn is { } column)
        {
            text.Append("expression column ").Append(column).Append(": ");
        }

        return text.Append(Message).ToString();
    }
}
