using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Evaluates many localities against several sets at once: streaming (only a chunk is held at a time), in
/// parallel, and in input order whatever the parallelism. Immutable and safe to share between threads.
/// </summary>
public sealed class BatchEvaluator
{
    private readonly BatchOptions _options;

    /// <summary>
    /// Creates a batch over the given sets, arranged into tier chains (see <see cref="TierChain.From"/>).
    /// </summary>
    /// <exception cref="ArgumentException">No set is given, a set is given twice, the sets read different inputs, or
    /// the options are out of range.</exception>
    public BatchEvaluator(IEnumerable<CriteriaSet> sets, BatchOptions? options = null)
    {
        Chains = TierChain.From(sets);
        if (Chains.IsEmpty)
        {
            throw new ArgumentException("A batch needs at least one set.", nameof(sets));
        }

        // TierChain.From has checked that one of the sets' inputs extends all the others'.
        Inputs = InputSchema.Widest(Chains.Select(c => c.Inputs))!;

        _options = options ?? new BatchOptions();
        if (_options.MaxDegreeOfParallelism < 1 || _options.ChunkSize < 1)
        {
            throw new ArgumentException(
                "The degree of parallelism and the chunk size must be at least 1.",
                nameof(options)
            );
        }
    }

    /// <summary>The tier chains evaluated for each locality, in the order the sets were given.</summary>
    public ImmutableArray<TierChain> Chains { get; }

    /// <summary>
    /// The inputs every locality's record must be built from (or from inputs that extend them): the widest of the
    /// chains'.
    /// </summary>
    public InputSchema Inputs { get; }

    /// <summary>
    /// A batch over every national set of a level in force on a date (for communes in mid-2024: standard, advanced and
    /// model).
    /// </summary>
    /// <exception cref="ArgumentException">No national set of that level is in force on the date.</exception>
    public static BatchEvaluator InForce(
        CriteriaCatalog catalog,
        Level level,
        DateOnly asOf,
        BatchOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new BatchEvaluator(catalog.RequireInForce(asOf, level), options);
    }

    /// <summary>Evaluates one locality against every chain.</summary>
    /// <exception cref="ArgumentException">The locality's record was built for other inputs than <see
    /// cref="Inputs"/>.</exception>
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
    /// <exception cref="ArgumentException">A locality's record was built for other inputs than <see
    /// cref="Inputs"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IEnumerable<LocalityEvaluation> Evaluate(
        IEnumerable<Locality> localities,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(localities);
        return Stream(localities, cancellationToken);
    }

    /// <summary>Evaluates localities and returns only the summary, holding no result longer than its chunk.</summary>
    /// <exception cref="ArgumentException">A locality's record was built for other inputs than <see
    /// cref="Inputs"/>.</exception>
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

    private IEnumerable<LocalityEvaluation> Stream(
        IEnumerable<Locality> localities,
        CancellationToken cancellationToken
    )
    {
        var chunk = new List<Locality>(Math.Min(_options.ChunkSize, 65536));
        long sequence = 0;
        using var enumerator = localities.GetEnumerator();
        while (true)
        {
            chunk.Clear();
            while (chunk.Count < _options.ChunkSize && enumerator.MoveNext())
            {
                var locality =
                    enumerator.Current
                    ?? throw new ArgumentException(
                        $"Locality {sequence + chunk.Count + 1} is null.",
                        nameof(localities)
                    );
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
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism,
                CancellationToken = cancellationToken,
            };
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
        if (!locality.Inputs.Schema.Extends(Inputs))
        {
            throw new ArgumentException(
                $"Locality {sequence + 1} {locality}: its record was built for other inputs than the batch's sets "
                    + $"read: {OtherInputs.Difference(locality.Inputs.Schema, Inputs)}. Build the records with the "
                    + "batch's Inputs (as LocalityReader's schema).",
                nameof(locality)
            );
        }
    }
}
