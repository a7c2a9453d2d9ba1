using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>How a batch is run.</summary>
public sealed record BatchOptions
{
    /// <summary>How many localities are evaluated at once; 1 evaluates on the calling thread. Defaults to the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many localities are read ahead and held at a time; memory is bounded by this, not by the number of
    /// localities. Defaults to 1,024.
    /// </summary>
    public int ChunkSize { get; init; } = 1024;
}

/// <summary>
/// Evaluates many localities against several sets at once: streaming (only a chunk is held at a time), in
/// parallel, and in input order whatever the parallelism. Immutable and safe to share between threads.
/// </summary>
public sealed class BatchEvaluator
{
    private readonly BatchOptions _options;

    /// <summary>Creates a batch over the given sets, arranged into tier chains (see <see cref="TierChain.From"/>).</summary>
    /// <exception cref="ArgumentException">No set is given, a set is given twice, the sets read different inputs, or the options are out of range.</exception>
    public BatchEvaluator(IEnumerable<CriteriaSet> sets, BatchOptions? options = null)
    {
        Chains = TierChain.From(sets);
        if (Chains.IsEmpty)
        {
            throw new ArgumentException("A batch needs at least one set.", nameof(sets));
        }

        _options = options ?? new BatchOptions();
        if (_options.MaxDegreeOfParallelism < 1 || _options.ChunkSize < 1)
        {
            throw new ArgumentException("The degree of parallelism and the chunk size must be at least 1.", nameof(options));
        }
    }

    /// <summary>The tier chains evaluated for each locality, in the order the sets were given.</summary>
    public ImmutableArray<TierChain> Chains { get; }

    /// <summary>The inputs every locality's record must be built from.</summary>
    public InputSchema Inputs => Chains[0].Inputs;

    /// <summary>A batch over every national set of a level in force on a date (for communes in mid-2024: standard, advanced and model).</summary>
    /// <exception cref="ArgumentException">No national set of that level is in force on the date.</exception>
    public static BatchEvaluator InForce(CriteriaCatalog catalog, Level level, DateOnly asOf, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new BatchEvaluator(catalog.RequireInForce(asOf, level), options);
    }

    /// <summary>Evaluates one locality against every chain.</summary>
    /// <exception cref="ArgumentException">The locality's record was built for other inputs than <see cref="Inputs"/>.</exception>
    public LocalityEvaluation Evaluate(Locality locality)
    {
        ArgumentNullException.ThrowIfNull(locality);
        CheckInputs(locality, 0);
        return Evaluate(locality, 0);
    }

    /// <summary>
    /// Evaluates localities as they are enumerated, yielding results in input order. Only one chunk of
    /// localities and results is held at a time, so memory does not grow with their number.
    /// </summary>
    /// <exception cref="ArgumentException">A locality's record was built for other inputs than <see cref="Inputs"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IEnumerable<LocalityEvaluation> Evaluate(IEnumerable<Locality> localities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(localities);
        return Stream(localities, cancellationToken);
    }

    /// <summary>Evaluates localities and returns only the summary, holding no result longer than its chunk.</summary>
    /// <exception cref="ArgumentException">A locality's record was built for other inputs than <see cref="Inputs"/>.</exception>
    public BatchSummary Summarize(IEnumerable<Locality> localities, CancellationToken cancellationToken = default)
    {
        var summary = CreateSummary();
        foreach (var evaluation in Evaluate(localities, cancellationToken))
        {
            summary.Add(evaluation);
        }

        return summary.ToSummary();
    }

    /// <summary>Starts an empty summary of this batch's chains, to add evaluations to as they stream by.</summary>
    public BatchSummaryBuilder CreateSummary() => new(Chains);

    private IEnumerable<LocalityEvaluation> Stream(IEnumerable<Locality> localities, CancellationToken cancellationToken)
    {
        var chunk = new List<Locality>(Math.Min(_options.ChunkSize, 65536));
        long sequence = 0;
        using var enumerator = localities.GetEnumerator();
        while (true)
        {
            chunk.Clear();
            while (chunk.Count < _options.ChunkSize && enumerator.MoveNext())
            {
                var locality = enumerator.Current ?? throw new ArgumentException($"Locality {sequence + chunk.Count + 1} is null.", nameof(localities));
                CheckInputs(locality, sequence + chunk.Count);
                chunk.Add(locality);
            }

            if (chunk.Count == 0)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var evaluation in EvaluateChunk(chunk, sequence, cancellationToken))
            {
                yield return evaluation;
            }

            sequence += chunk.Count;
        }
    }

    private LocalityEvaluation[] EvaluateChunk(List<Locality> chunk, long sequence, CancellationToken cancellationToken)
    {
        var results = new LocalityEvaluation[chunk.Count];
        if (_options.MaxDegreeOfParallelism == 1 || chunk.Count == 1)
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                results[i] = Evaluate(chunk[i], sequence + i);
            }

            return results;
        }

        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.For(0, chunk.Count, parallel, i => results[i] = Evaluate(chunk[i], sequence + i));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }

    private LocalityEvaluation Evaluate(Locality locality, long sequence)
    {
        var tiers = new TierReport[Chains.Length];
        for (var i = 0; i < tiers.Length; i++)
        {
            tiers[i] = Chains[i].Evaluate(locality.Inputs);
        }

        return new LocalityEvaluation(sequence, locality, ImmutableArray.Create(tiers));
    }

    private void CheckInputs(Locality locality, long sequence)
    {
        if (!locality.Inputs.Schema.Equals(Inputs))
        {
            throw new ArgumentException($"Locality {sequence + 1} {locality}: its record was built for other inputs than the batch's sets read.", nameof(locality));
        }
    }
}

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
    public SetReport this[string setId] => Reports.FirstOrDefault(r => r.Set.Id == setId)
        ?? throw new KeyNotFoundException($"The batch did not evaluate {setId}; it evaluated {string.Join(", ", Reports.Select(r => r.Set.Id))}.");

    /// <inheritdoc />
    public override string ToString() => $"{Locality}: {string.Join("; ", Tiers)}";
}
