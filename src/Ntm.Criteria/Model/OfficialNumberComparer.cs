using System.Globalization;

namespace Ntm.Criteria;

/// <summary>
/// Orders official numbers as the decisions do: "2.1" before "2.2" before "10", "ĐK1" after the digits and before
/// "ĐK10"; an empty number first.
/// </summary>
public sealed class OfficialNumberComparer : IComparer<string>
{
    private OfficialNumberComparer() { }

    /// <summary>The one comparer.</summary>
    public static OfficialNumberComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        // No number (the set's own changes in a diff) comes first.
        if (string.IsNullOrEmpty(x) || string.IsNullOrEmpty(y))
        {
            return string.IsNullOrEmpty(y).CompareTo(string.IsNullOrEmpty(x));
        }

        var left = x.Split('.');
        var right = y.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var (leftWord, l) = Parts(left[i]);
            var (rightWord, r) = Parts(right[i]);
            var order = (leftWord.Length == 0, rightWord.Length == 0) switch
            {
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(leftWord, rightWord) is var words and not 0 ? words : Nullable.Compare(l, r),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    // A part's word and the whole number that ends it: "ĐK10" is ("ĐK", 10), "2" is ("", 2), "a" is ("a", null).
    private static (string Word, int? Number) Parts(string part)
    {
        var digits = part.Length;
        while (digits > 0 && char.IsAsciiDigit(part[digits - 1]))
        {
            digits--;
        }

        return int.TryParse(part.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (part[..digits], number)
            : (part, null);
    }
}
