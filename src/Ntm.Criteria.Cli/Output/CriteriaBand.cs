namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// A band of the number of criteria achieved, as district reports count communes: all of them, 15-18, 10-14, 5-9,
/// under 5 (for the 19 criteria of 2021-2025; a set of 10 has all, 5-9, under 5).
/// </summary>
internal sealed record CriteriaBand(int From, int To)
{
    private static readonly int[] Bounds = [15, 10, 5];

    /// <summary>The bands of a set of <paramref name="criteria"/> criteria, from all down.</summary>
    public static IReadOnlyList<CriteriaBand> For(int criteria)
    {
        var bands = new List<CriteriaBand> { new(criteria, criteria) };
        var top = criteria - 1;
        foreach (var bound in Bounds.Where(b => b < criteria))
        {
            bands.Add(new CriteriaBand(bound, top));
            top = bound - 1;
        }

        if (top >= 0)
        {
            bands.Add(new CriteriaBand(0, top));
        }

        return bands;
    }
}
