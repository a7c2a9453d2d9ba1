using System.Text.RegularExpressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// How near a mistyped name is to the names there are: the one measure behind every "did you mean" message.
/// </summary>
public static partial class Spelling
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
    /// The one candidate <paramref name="word"/> most likely means, to offer as "did you mean": one a slip of two
    /// letters (or of case) away; else the only one that has all its words, in order, with a word left out
    /// ("PavedRoadRate" for "PavedCommuneRoadRate"); else one at most a third of its length away. Ties in ordinal
    /// order; null when none.
    /// </summary>
    public static string? Meant(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        var names = candidates as IReadOnlyCollection<string> ?? [.. candidates];
        string? Nearest(int maxDistance) =>
            Closest(word, names, count: 1, StringComparer.Ordinal, ignoreCase: true, maxDistance) is [var best]
                ? best
                : null;

        // "FieldRoadRate" is fewer edits from "PavedRoadRate" than the name that holds every word typed.
        return Nearest(2)
            ?? (names.Where(name => HasWordsInOrder(name, word)).Take(2).ToList() is [var only] ? only : null)
            ?? Nearest(Math.Max(2, word.Length / 3));
    }

    // Whether a name holds every word of another, two at least, in order ("Paved", "Road", "Rate").
    private static bool HasWordsInOrder(string name, string word)
    {
        var words = Words().Matches(word);
        if (words.Count < 2 || name.Length <= word.Length)
        {
            return false;
        }

        var from = 0;
        foreach (Match part in words)
        {
            var at = name.IndexOf(part.Value, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            from = at + part.Length;
        }

        return true;
    }

    // The words of a name: "PavedRoadRate", "paved_road_rate" and "HTML5Page" alike.
    [GeneratedRegex(@"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Nd}+")]
    private static partial Regex Words();
}
