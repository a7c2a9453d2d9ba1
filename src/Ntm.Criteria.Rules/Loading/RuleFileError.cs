using System.Collections.Immutable;
using System.Text;

namespace Ntm.Criteria.Rules;

/// <summary>
/// One problem in a rule file: which file, which rule (by path), where in the JSON, where in the expression,
/// and what was expected.
/// </summary>
public sealed record RuleFileError
{
    /// <summary>
    /// Creates an error; layers above the engine use it to report problems in a rule file's metadata the same way.
    /// </summary>
    public RuleFileError(
        RuleFileErrorKind kind,
        RuleMessage message,
        string? file,
        ImmutableArray<string> rulePath,
        SourcePosition position,
        int? expressionColumn = null
    )
    {
        ArgumentNullException.ThrowIfNull(message);
        Kind = kind;
        Text = message;
        File = file;
        RulePath = rulePath.IsDefault ? [] : rulePath;
        Position = position;
        ExpressionColumn = expressionColumn;
    }

    /// <summary>
    /// A file that cannot be read at all (missing, locked, a failing disk), with the system's reason.
    /// </summary>
    public static RuleFileError Unreadable(string? file, string reason) =>
        new(RuleFileErrorKind.FileUnreadable, ReadingMessages.CannotRead(reason), file, [], SourcePosition.None);

    /// <summary>The kind of problem, for programs that react to it.</summary>
    public RuleFileErrorKind Kind { get; }

    /// <summary>What is wrong and what was expected, in one sentence, in English.</summary>
    public string Message => Text.English;

    /// <summary>The same sentence in every language the engine writes.</summary>
    public RuleMessage Text { get; }

    /// <summary>The file, as it was named to the loader; null for workflows built in code.</summary>
    public string? File { get; }

    /// <summary>
    /// Workflow name, then rule names from the top down to the rule at fault; empty for file-level problems.
    /// </summary>
    public ImmutableArray<string> RulePath { get; }

    /// <summary>The line and column in the JSON text.</summary>
    public SourcePosition Position { get; }

    /// <summary>The 1-based column inside the expression text, for expression errors.</summary>
    public int? ExpressionColumn { get; }

    /// <summary>
    /// Formats as <c>file(line,col): Workflow › Rule › Child: message</c>, with <c>expression column N</c> where known.
    /// </summary>
    public override string ToString() => ToString("en");

    /// <summary>
    /// Formats as <see cref="ToString()"/> does, in the language of a code (see <see cref="RuleMessage.In"/>).
    /// </summary>
    public string ToString(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var text = new StringBuilder();
        text.Append(File ?? "<workflow>").Append(Position.ToString()).Append(": ");
        if (RulePath.Length > 0)
        {
            text.Append(string.Join(" › ", RulePath)).Append(ExpressionColumn is null ? ": " : ", ");
        }

        return text.Append(Detail(language)).ToString();
    }

    /// <summary>
    /// The message in the language of a code, after <c>expression column N: </c> where known: what a tool that shows
    /// the place itself (a spreadsheet's cell) says.
    /// </summary>
    public string Detail(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ExpressionColumn is { } column
            ? (RuleMessage.IsVietnamese(language) ? $"cột {column} của biểu thức: " : $"expression column {column}: ")
                + Text.In(language)
            : Text.In(language);
    }
}
