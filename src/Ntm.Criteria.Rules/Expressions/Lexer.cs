namespace Ntm.Criteria.Rules.Expressions;

/// <summary>Splits an expression into tokens, rejecting characters the language has no use for.</summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
                return tokens;
            }

            var start = i;
            var c = text[i];
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(text, ref i));
                continue;
            }

            if (c == '"')
            {
                tokens.Add(ReadString(text, ref i));
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            (TokenKind Kind, int Length)? op = (c, next) switch
            {
                ('(', _) => (TokenKind.OpenParen, 1),
                (')', _) => (TokenKind.CloseParen, 1),
                (',', _) => (TokenKind.Comma, 1),
                ('.', _) when !char.IsAsciiDigit(next) => (TokenKind.Dot, 1),
                ('?', '?') or ('?', '.') => null,
                ('?', _) => (TokenKind.Question, 1),
                (':', _) => (TokenKind.Colon, 1),
                ('+', _) => (TokenKind.Plus, 1),
                ('-', _) => (TokenKind.Minus, 1),
                ('*', _) => (TokenKind.Star, 1),
                ('/', _) => (TokenKind.Slash, 1),
                ('%', _) => (TokenKind.Percent, 1),
                ('=', '=') => (TokenKind.EqualEqual, 2),
                ('!', '=') => (TokenKind.NotEqual, 2),
                ('!', _) => (TokenKind.Bang, 1),
                ('<', '=') => (TokenKind.LessEqual, 2),
                ('<', '>') or ('<', '<') => null,
                ('<', _) => (TokenKind.Less, 1),
                ('>', '=') => (TokenKind.GreaterEqual, 2),
                ('>', '>') => null,
                ('>', _) => (TokenKind.Greater, 1),
                ('&', '&') => (TokenKind.AndAnd, 2),
                ('|', '|') => (TokenKind.OrOr, 2),
                _ => null,
            };
            if (op is { } found)
            {
                tokens.Add(new Token(found.Kind, text.Substring(i, found.Length), i));
                i += found.Length;
                continue;
            }

            throw new ExpressionSyntaxException(UnexpectedCharacter(text, i));
        }
    }

    private static ExpressionError UnexpectedCharacter(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';

        // "(x) => …" is a lambda; "input.Rate => 80" a comparison typed the other way round.
        var afterParameters = text[..i].TrimEnd().EndsWith(')');
        var (kind, message) = (c, next) switch
        {
            ('=', '>') when afterParameters => (RuleFileErrorKind.ForbiddenConstruct, ExpressionMessages.Lambda),
            ('=', '>') => (RuleFileErrorKind.ForbiddenConstruct, ExpressionMessages.ArrowForGreaterOrEqual),
            ('=', '<') => (RuleFileErrorKind.SyntaxError, ExpressionMessages.ArrowForLessOrEqual),
            ('=', _) => (RuleFileErrorKind.ForbiddenConstruct, ExpressionMessages.Assignment),
            ('≥', _) => (RuleFileErrorKind.SyntaxError, ExpressionMessages.MathSymbol('≥', ">=")),
            ('≤', _) => (RuleFileErrorKind.SyntaxError, ExpressionMessages.MathSymbol('≤', "<=")),
            ('≠', _) => (RuleFileErrorKind.SyntaxError, ExpressionMessages.MathSymbol('≠', "!=")),
            ('<', '>') => (RuleFileErrorKind.SyntaxError, ExpressionMessages.AngleBrackets),
            ('\'', _) => (RuleFileErrorKind.SyntaxError, ExpressionMessages.SingleQuotes),
            ('&', _) or ('|', _) or ('^', _) or ('~', _) => (
                RuleFileErrorKind.SyntaxError,
                ExpressionMessages.Bitwise(c)
            ),
            ('<', '<') or ('>', '>') => (RuleFileErrorKind.SyntaxError, ExpressionMessages.Shift),
            ('?', '?') => (RuleFileErrorKind.SyntaxError, ExpressionMessages.NullCoalescing),
            ('?', '.') => (RuleFileErrorKind.SyntaxError, ExpressionMessages.NullConditional),
            ('[', _) or (']', _) => (RuleFileErrorKind.ForbiddenConstruct, ExpressionMessages.Indexing),
            ('{', _) or ('}', _) or (';', _) => (
                RuleFileErrorKind.ForbiddenConstruct,
                ExpressionMessages.Statements(c)
            ),
            ('.', _) => (RuleFileErrorKind.SyntaxError, ExpressionMessages.LeadingPoint),
            ('@', _) => (RuleFileErrorKind.ForbiddenConstruct, ExpressionMessages.AtParameter),
            _ => (RuleFileErrorKind.SyntaxError, ExpressionMessages.UnexpectedCharacter(MessageText.Character(c))),
        };
        return new ExpressionError(kind, i, message);
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var kind = TokenKind.Integer;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            kind = TokenKind.Real;
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
        {
            // System.Linq.Dynamic.Core reads exponents and suffixes (1e6, 5m, 2L) with types we do not model.
            var message = text[i] is 'e' or 'E'
                ? ExpressionMessages.Exponent
                : ExpressionMessages.NumberSuffix(text[i]);
            throw new ExpressionSyntaxException(new ExpressionError(RuleFileErrorKind.SyntaxError, i, message));
        }

        return new Token(kind, text[start..i], start);
    }

    private static Token ReadString(string text, ref int i)
    {
        var start = i;
        i++;
        var value = new System.Text.StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw new ExpressionSyntaxException(
                    new ExpressionError(RuleFileErrorKind.SyntaxError, start, ExpressionMessages.UnclosedText)
                );
            }

            var c = text[i];
            if (c == '"')
            {
                i++;
                return new Token(TokenKind.String, value.ToString(), start);
            }

            if (c == '\\')
            {
                var escaped = i + 1 < text.Length ? text[i + 1] : '\0';
                value.Append(
                    escaped switch
                    {
                        '"' => '"',
                        '\\' => '\\',
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        _ => throw new ExpressionSyntaxException(
                            new ExpressionError(
                                RuleFileErrorKind.SyntaxError,
                                i,
                                ExpressionMessages.UnknownEscape(escaped)
                            )
                        ),
                    }
                );
                i += 2;
                continue;
            }

            value.Append(c);
            i++;
        }
    }
}
