namespace Ntm.Criteria;

/// <summary>How a batch is run.</summary>
public sealed record BatchOptions
{
    /// <summary>
    /// How many localities are evaluated at once; 1 evaluates on the calling thread. Defaults to the processor count.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many localities are read ahead and held at a time; memory is bounded by this, not by the number of
    /// localities. Defaults to 1,024.
    /// </summary>
    public int ChunkSize { get; init; } = 1024;
}
