using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Ntm.Criteria;

/// <summary>
/// How many localities had each outcome for one indicator: a count for every <see cref="Outcome"/>, zero included.
/// A summary holds one for each indicator of each set of each district, so it is a plain array, not a dictionary.
/// </summary>
public sealed class OutcomeCountDictionary : IReadOnlyDictionary<Outcome, int>
{
    private static readonly Outcome[] AllOutcomes = Enum.GetValues<Outcome>();
    private readonly int[] _counts;

    internal OutcomeCountDictionary(int[] counts) => _counts = counts;

    /// <summary>How many localities had the outcome.</summary>
    public int this[Outcome key] => _counts[(int)key];

    /// <inheritdoc />
    public IEnumerable<Outcome> Keys => AllOutcomes;

    /// <inheritdoc />
    public IEnumerable<int> Values => _counts;

    /// <inheritdoc />
    public int Count => _counts.Length;

    /// <inheritdoc />
    public bool ContainsKey(Outcome key) => Enum.IsDefined(key);

    /// <inheritdoc />
    public bool TryGetValue(Outcome key, [MaybeNullWhen(false)] out int value)
    {
        value = ContainsKey(key) ? _counts[(int)key] : 0;
        return ContainsKey(key);
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<Outcome, int>> GetEnumerator() =>
        AllOutcomes.Select(o => KeyValuePair.Create(o, _counts[(int)o])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Formats the outcomes some locality had, in the order of <see cref="Outcome"/>: <c>Achieved 3, MissingData 1</c>.
    /// </summary>
    public override string ToString() =>
        string.Join(", ", this.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}")) is { Length: > 0 } counts
            ? counts
            : "none";
}
