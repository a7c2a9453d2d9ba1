namespace Ntm.Criteria.Rules.Expressions;

/// <summary>
/// A problem in one expression, at a 0-based offset; the loader turns it into a <see cref="RuleFileError"/>.
/// </summary>
internal sealed record ExpressionError(RuleFileErrorKind Kind, int Position, RuleMessage Message);

/// <summary>Stops parsing an expression at its first syntax error.</summary>
internal sealed class ExpressionSyntaxException(ExpressionError error) : Exception(error.Message.English)
{
    public ExpressionError Error { get; } = error;
}
