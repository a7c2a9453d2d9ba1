using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>One locality evaluated against every chain of a batch. Immutable.</summary>
public sealed class LocalityEvaluation
{
    internal LocalityEvaluation(long sequence, Locality locality, ImmutableArray<TierReport> tiers)
    {
        Sequence = sequence;
        Locality = locality;
        Tiers = tiers;
    }

    /// <summary>The locality's position in the input, from 0.</summary>
    public long Sequence { get; }

    /// <summary>The locality.</summary>
    public Locality Locality { get; }

    /// <summary>The report of each chain, in the batch's chain order.</summary>
    public ImmutableArray<TierReport> Tiers { get; }

    /// <summary>Every set's report, chain by chain, lowest tier first.</summary>
    public IEnumerable<SetReport> Reports => Tiers.SelectMany(t => t.Chain);

    /// <summary>The report of a set by id.</summary>
    /// <exception cref="KeyNotFoundException">The batch did not evaluate that set.</exception>
    public SetReport this[string setId] =>
        Reports.FirstOrDefault(r => r.Set.Id == setId)
        ?? throw new KeyNotFoundException(
            $"The batch did not evaluate {setId}; it evaluated {string.Join(", ", Reports.Select(r => r.Set.Id))}."
        );

    /// <inheritdoc />
    public override string ToString() => $"{Locality}: {string.Join("; ", Tiers)}";
}
