using System.Collections.Immutable;
using System.Globalization;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>
/// Parses the expression language into <see cref="Syntax"/>. The grammar and its precedence follow
/// System.Linq.Dynamic.Core's ExpressionParser, restricted to the documented subset (docs/expressions.md),
/// so that whatever parses here parses the same way under RulesEngine.
/// </summary>
internal sealed class Parser
{
    // "AND", "Or", "NOT" as a spreadsheet formula writes them; the expressions' words are lower case.
    private static readonly Dictionary<string, string[]> KeywordSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["and"] = ["and", "&&"],
        ["or"] = ["or", "||"],
        ["not"] = ["not", "!"],
        ["true"] = ["true"],
        ["false"] = ["false"],
    };

    private static ExpressionSyntaxException? WrongCaseKeyword(Token token) =>
        token.Kind == TokenKind.Identifier
        && KeywordSpellings.TryGetValue(token.Text, out var spelling)
        && token.Text.Any(char.IsUpper)
            ? Error(
                RuleFileErrorKind.SyntaxError,
                token.Position,
                ExpressionMessages.WrongCaseKeyword(token.Text, spelling)
            )
            : null;

    private static readonly Dictionary<string, RuleMessage> ForbiddenWords = new(StringComparer.Ordinal)
    {
        ["new"] = ExpressionMessages.NotAllowedWord("new", ExpressionMessages.CannotCreateObjects),
        ["typeof"] = ExpressionMessages.NotAllowedWord("typeof", ExpressionMessages.CannotNameTypes),
        ["is"] = ExpressionMessages.NotAllowedWord("is", ExpressionMessages.CannotTestTypes),
        ["as"] = ExpressionMessages.NotAllowedWord("as", ExpressionMessages.CannotConvertTypes),
        ["np"] = ExpressionMessages.NotAllowedWord("np", ExpressionMessages.TestMissingWithNull),
        ["it"] = ExpressionMessages.NotAllowedWord("it", ExpressionMessages.ReadInputsByName),
        ["parent"] = ExpressionMessages.NotAllowedWord("parent", ExpressionMessages.ReadInputsByName),
        ["root"] = ExpressionMessages.NotAllowedWord("root", ExpressionMessages.ReadInputsByName),
        ["mod"] = ExpressionMessages.Mod,
    };

    private readonly List<Token> _tokens;
    private readonly int _maxDepth;
    private int _index;
    private int _recursion;

    private Parser(List<Token> tokens, int maxDepth)
    {
        _tokens = tokens;
        _maxDepth = maxDepth;
    }

    private Token Current => _tokens[_index];

    /// <summary>Parses a whole expression.</summary>
    /// <exception cref="ExpressionSyntaxException">At the first syntax error or forbidden construct.</exception>
    public static Syntax Parse(string text, int maxDepth)
    {
        var parser = new Parser(Lexer.Tokenize(text), maxDepth);
        if (parser.Current.Kind == TokenKind.End)
        {
            throw Error(RuleFileErrorKind.SyntaxError, 0, ExpressionMessages.EmptyExpression);
        }

        var result = parser.ParseConditional();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Current.IsWord("in")
                ? Error(RuleFileErrorKind.SyntaxError, parser.Current.Position, ExpressionMessages.InAfterAnd)
                : WrongCaseKeyword(parser.Current)
                    ?? parser.NumberWrittenByHand()
                    ?? Error(
                        RuleFileErrorKind.SyntaxError,
                        parser.Current.Position,
                        ExpressionMessages.ExpectedOperatorOrEnd(Describe(parser.Current))
                    );
        }

        return result;
    }

    private Syntax ParseConditional()
    {
        using var guard = Enter();
        var condition = ParseOr();
        if (Current.Kind != TokenKind.Question)
        {
            return condition;
        }

        var position = Current.Position;
        Next();
        var whenTrue = ParseConditional();
        Expect(TokenKind.Colon, ExpressionMessages.ColonOfConditional);
        var whenFalse = ParseConditional();
        return Checked(new ConditionalSyntax(position, condition, whenTrue, whenFalse));
    }

    private Syntax ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.OrOr || Current.IsWord("or"))
        {
            var op = Next();
            left = Checked(new BinarySyntax(op.Position, BinaryOperator.Or, op.Text, left, ParseAnd()));
        }

        return left;
    }

    private Syntax ParseAnd()
    {
        var left = ParseIn();
        while (Current.Kind == TokenKind.AndAnd || Current.IsWord("and"))
        {
            var op = Next();

            // As in System.Linq.Dynamic.Core, the right operand is read at comparison level: 'in' needs parentheses
            // there.
            left = Checked(new BinarySyntax(op.Position, BinaryOperator.And, op.Text, left, ParseComparison()));
        }

        return left;
    }

    private Syntax ParseIn()
    {
        var left = ParseComparison();
        while (Current.IsWord("in"))
        {
            var position = Next().Position;
            Expect(TokenKind.OpenParen, ExpressionMessages.ListAfterIn);
            var items = ImmutableArray.CreateBuilder<Syntax>();
            do
            {
                items.Add(ParseUnary());
            } while (Accept(TokenKind.Comma));

            Expect(TokenKind.CloseParen, ExpressionMessages.EndOfInList);
            left = Checked(new InSyntax(position, left, items.ToImmutable()));
        }

        return left;
    }

    private Syntax ParseComparison()
    {
        var left = ParseAdditive();
        while (true)
        {
            BinaryOperator? op = Current.Kind switch
            {
                TokenKind.EqualEqual => BinaryOperator.Equal,
                TokenKind.NotEqual => BinaryOperator.NotEqual,
                TokenKind.Less => BinaryOperator.Less,
                TokenKind.LessEqual => BinaryOperator.LessOrEqual,
                TokenKind.Greater => BinaryOperator.Greater,
                TokenKind.GreaterEqual => BinaryOperator.GreaterOrEqual,
                _ => null,
            };
            if (op is null)
            {
                return left;
            }

            var token = Next();
            left = Checked(new BinarySyntax(token.Position, op.Value, token.Text, left, ParseAdditive()));
        }
    }

    private Syntax ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var token = Next();
            var op = token.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = Checked(new BinarySyntax(token.Position, op, token.Text, left, ParseMultiplicative()));
        }

        return left;
    }

    private Syntax ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            var token = Next();
            var op = token.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.Modulo,
            };
            left = Checked(new BinarySyntax(token.Position, op, token.Text, left, ParseUnary()));
        }

        return left;
    }

    private Syntax ParseUnary()
    {
        if (Current.Kind is TokenKind.Minus or TokenKind.Bang || Current.IsWord("not"))
        {
            var op = Next();
            if (op.Kind == TokenKind.Minus && Current.Kind is TokenKind.Integer or TokenKind.Real)
            {
                // Dynamic LINQ folds the sign into the literal, which is how -2147483648 stays an int.
                return ParseNumber(Next(), negative: true, op.Position);
            }

            using var guard = Enter();
            var operand = ParseUnary();
            var unary = op.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Not;
            return Checked(new UnarySyntax(op.Position, unary, operand));
        }

        return ParsePrimary();
    }

    private Syntax ParsePrimary()
    {
        var expression = ParsePrimaryStart();
        while (Current.Kind == TokenKind.Dot)
        {
            Next();
            var member = Current;
            if (member.Kind != TokenKind.Identifier)
            {
                throw Error(
                    RuleFileErrorKind.SyntaxError,
                    member.Position,
                    ExpressionMessages.ExpectedName(Describe(member))
                );
            }

            Next();
            expression = Checked(new MemberSyntax(member.Position, expression, member.Text));
            if (Current.Kind == TokenKind.OpenParen)
            {
                expression = Checked(new CallSyntax(member.Position, expression, ParseArguments()));
            }
        }

        return expression;
    }

    private Syntax ParsePrimaryStart()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer or TokenKind.Real:
                Next();
                return ParseNumber(token, negative: false, token.Position);
            case TokenKind.String:
                Next();
                return new LiteralSyntax(token.Position, LiteralKind.String, token.Text);
            case TokenKind.OpenParen:
                Next();
                var inner = ParseConditional();
                Expect(TokenKind.CloseParen, ExpressionMessages.Symbol(")"));
                return inner;
            case TokenKind.Identifier:
                Next();
                switch (token.Text)
                {
                    case "true" or "false":
                        return new LiteralSyntax(token.Position, LiteralKind.Boolean, token.Text == "true");
                    case "null":
                        return new LiteralSyntax(token.Position, LiteralKind.Null, null);
                }

                if (ForbiddenWords.TryGetValue(token.Text, out var message))
                {
                    throw Error(RuleFileErrorKind.ForbiddenConstruct, token.Position, message);
                }

                if (WrongCaseKeyword(token) is { } wrongCase)
                {
                    throw wrongCase;
                }

                Syntax name = new NameSyntax(token.Position, token.Text);
                return Current.Kind == TokenKind.OpenParen
                    ? Checked(new CallSyntax(token.Position, name, ParseArguments()))
                    : name;
            default:
                throw NumberWrittenByHand()
                    ?? Error(
                        RuleFileErrorKind.SyntaxError,
                        token.Position,
                        ExpressionMessages.ExpectedValue(Describe(token))
                    );
        }
    }

    private ImmutableArray<Syntax> ParseArguments()
    {
        Expect(TokenKind.OpenParen, ExpressionMessages.Symbol("("));
        var arguments = ImmutableArray.CreateBuilder<Syntax>();
        if (!Accept(TokenKind.CloseParen))
        {
            do
            {
                arguments.Add(ParseConditional());
            } while (Accept(TokenKind.Comma));

            Expect(TokenKind.CloseParen, ExpressionMessages.EndOfArguments);
        }

        return arguments.ToImmutable();
    }

    private static LiteralSyntax ParseNumber(Token token, bool negative, int position)
    {
        var text = negative ? "-" + token.Text : token.Text;
        if (token.Kind == TokenKind.Integer)
        {
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                var shown = MessageText.ShortenNumbers(text);
                throw Error(RuleFileErrorKind.SyntaxError, position, ExpressionMessages.WholeNumberOutOfRange(shown));
            }

            return new LiteralSyntax(position, LiteralKind.Integer, integer);
        }

        var real = double.Parse(
            text,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture
        );
        if (double.IsInfinity(real))
        {
            throw Error(
                RuleFileErrorKind.SyntaxError,
                position,
                ExpressionMessages.NumberTooLarge(MessageText.ShortenNumbers(text))
            );
        }

        return new LiteralSyntax(position, LiteralKind.Real, real);
    }

    private T Checked<T>(T node)
        where T : Syntax
    {
        if (node.Depth > _maxDepth)
        {
            throw Error(RuleFileErrorKind.LimitExceeded, node.Position, ExpressionMessages.NestsTooDeep(_maxDepth));
        }

        return node;
    }

    /// <summary>Bounds the parser's own recursion, which nested parentheses grow without growing the tree.</summary>
    private RecursionGuard Enter()
    {
        if (++_recursion > _maxDepth)
        {
            throw Error(RuleFileErrorKind.LimitExceeded, Current.Position, ExpressionMessages.NestsTooDeep(_maxDepth));
        }

        return new RecursionGuard(this);
    }

    private readonly struct RecursionGuard(Parser parser) : IDisposable
    {
        public void Dispose() => parser._recursion--;
    }

    private Token Next() => _tokens[_index++];

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _index++;
        return true;
    }

    private void Expect(TokenKind kind, RuleMessage what)
    {
        if (!Accept(kind))
        {
            throw NumberWrittenByHand()
                ?? Error(
                    RuleFileErrorKind.SyntaxError,
                    Current.Position,
                    ExpressionMessages.Expected(what, Describe(Current))
                );
        }
    }

    // Where the parser stopped at a number written as the decision's tables write it: "80,5" (the comma a separator
    // here) or "80%" (the remainder operator, awaiting its right side). Said as what it is, not as the token left over.
    private ExpressionSyntaxException? NumberWrittenByHand()
    {
        if (
            Current.Kind == TokenKind.Comma
            && _index > 0
            && _index + 1 < _tokens.Count
            && _tokens[_index - 1] is { Kind: TokenKind.Integer } whole
            && _tokens[_index + 1] is { Kind: TokenKind.Integer } fraction
            && Adjacent(whole, Current)
            && Adjacent(Current, fraction)
        )
        {
            return Error(
                RuleFileErrorKind.SyntaxError,
                Current.Position,
                ExpressionMessages.DecimalComma($"{whole.Text}.{fraction.Text}")
            );
        }

        return
            _index >= 2
            && _tokens[_index - 1] is { Kind: TokenKind.Percent } percent
            && _tokens[_index - 2] is { Kind: TokenKind.Integer or TokenKind.Real } number
            && Adjacent(number, percent)
            ? Error(RuleFileErrorKind.SyntaxError, percent.Position, ExpressionMessages.PercentSign(number.Text))
            : null;
    }

    private static bool Adjacent(Token first, Token second) => first.Position + first.Text.Length == second.Position;

    private static RuleMessage Describe(Token token) =>
        token.Kind switch
        {
            TokenKind.End => ExpressionMessages.EndOfExpression,
            TokenKind.String => ExpressionMessages.TextToken(token.Text),
            _ => ExpressionMessages.Symbol(token.Text),
        };

    private static ExpressionSyntaxException Error(RuleFileErrorKind kind, int position, RuleMessage message) =>
        new(new ExpressionError(kind, position, message));
}
