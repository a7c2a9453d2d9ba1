namespace Ntm.Criteria.Rules;

/// <summary>
/// The two sides of a rule whose expression is a comparison: the side that reads inputs is
/// <see cref="Actual"/>, the other <see cref="Required"/> (so <c>48 &lt;= input.X</c> reads as X ≥ 48).
/// </summary>
public sealed record Comparison(Value Actual, ComparisonOperator Operator, Value Required)
{
    /// <summary>The operator as a symbol: <c>=</c>, <c>≠</c>, <c>&lt;</c>, <c>≤</c>, <c>&gt;</c>, <c>≥</c>.</summary>
    public string Symbol =>
        Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.NotEqual => "≠",
            ComparisonOperator.Less => "<",
            ComparisonOperator.LessOrEqual => "≤",
            ComparisonOperator.Greater => ">",
            _ => "≥",
        };

    /// <summary>Formats as <c>actual 46.2, required ≥ 48</c>.</summary>
    public override string ToString() => $"actual {Actual}, required {Symbol} {Required}";
}
