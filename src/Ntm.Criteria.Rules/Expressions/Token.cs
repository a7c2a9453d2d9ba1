namespace Ntm.Criteria.Rules.Expressions;

internal enum TokenKind
{
    End,
    Identifier,
    Integer,
    Real,
    String,
    OpenParen,
    CloseParen,
    Comma,
    Dot,
    Question,
    Colon,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    EqualEqual,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    AndAnd,
    OrOr,
    Bang,
}

/// <summary>A token of an expression; <see cref="Position"/> is the 0-based offset of its first character.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;
}
