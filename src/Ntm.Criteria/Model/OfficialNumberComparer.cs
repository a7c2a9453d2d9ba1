using System.Globalization;

namespace Ntm.Criteria;

/// <summary>
/// Orders official numbers as the decisions do: "2.1" before "2.2" before "10", "ĐK1" after the digits; an empty
/// number first.
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
            var leftIsNumber = int.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l);
            var rightIsNumber = int.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r);
            var order = (leftIsNumber, rightIsNumber) switch
            {
                (true, true) => l.CompareTo(r),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
