using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>What a threshold's direction compares.</summary>
public static class ThresholdDirectionExtensions
{
    /// <summary>Whether the direction compares numbers (≥ and ≤), rather than a yes or no that must hold or not.</summary>
    public static bool ComparesNumbers(this ThresholdDirection direction) =>
        direction is ThresholdDirection.AtLeast or ThresholdDirection.AtMost;

    /// <summary>
    /// Whether an indicator of this direction can compare an input: a number for ≥ and ≤, a yes or no for "must hold"
    /// and "must not hold".
    /// </summary>
    public static bool Compares(this ThresholdDirection direction, InputDeclaration input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return direction.ComparesNumbers() ? input.IsNumeric : input.Type == InputType.Boolean;
    }
}
