namespace Ntm.Criteria.Rules;

/// <summary>
/// How near a mistyped name is to the names there are: the one measure behind every "did you mean" message.
/// </summary>
public static class Spelling
{
    /// <summary>
    /// The number of single-character insertions, deletions and substitutions, and swaps of two characters side by
    /// side, that turn one text into the other: "mni" is one slip from "min", as a hand types it.
    /// </summary>
    public static int EditDistance(string a, string b, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (ignoreCase)
        {
            (a, b) = (a.ToUpperInvariant(), b.ToUpperInvariant());
        }

        // Three rows of the table: the one before the previous is where a swap comes from.
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The <paramref name="count"/> candidates nearest to <paramref name="word"/>, none more than
    /// <paramref name="maxDistance"/> edits away when it is given: fewest edits first, then in the order of
    /// <paramref name="tieBreak"/> (or as given, when null).
    /// </summary>
    public static IReadOnlyList<string> Closest(
        string word,
        IEnumerable<string> candidates,
        int count = 3,
        IComparer<string>? tieBreak = null,
        bool ignoreCase = false,
        int? maxDistance = null
    )
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var byDistance = candidates
            .Select(c => (Candidate: c, Distance: EditDistance(word, c, ignoreCase)))
            .Where(c => c.Distance <= (maxDistance ?? int.MaxValue))
            .OrderBy(c => c.Distance);
        return
        [
            .. (tieBreak is null ? byDistance : byDistance.ThenBy(c => c.Candidate, tieBreak))
                .Take(count)
                .Select(c => c.Candidate),
        ];
    }

    /// <summary>
    /// The one candidate a slip of a few letters (or of case) away from <paramref name="word"/>, to offer as "did you
    /// mean": at most a third of its length away (two edits for a short word), ties in ordinal order; null when none.
    /// </summary>
    public static string? Meant(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        return
            Closest(
                word,
                candidates,
                count: 1,
                StringComparer.Ordinal,
                ignoreCase: true,
                maxDistance: Math.Max(2, word.Length / 3)
            )
                is [var best]
            ? best
            : null;
    }
}
