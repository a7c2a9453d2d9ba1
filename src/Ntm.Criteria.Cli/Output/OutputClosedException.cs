namespace Ntm.Criteria.Cli.Output;

/// <summary>Standard output was closed by its reader before the report was complete.</summary>
internal sealed class OutputClosedException(IOException inner) : Exception("standard output was closed", inner);
