namespace Ntm.Criteria.Cli.Output;

/// <summary>What picks an indicator's threshold row for a locality, where its data does not give it.</summary>
internal enum ThresholdRowKey
{
    /// <summary>The region (2021-2025).</summary>
    Region,

    /// <summary>The commune group (2026-2030), given or placed from the commune's facts.</summary>
    Group,

    /// <summary>The assessment year, for a threshold that changes from year to year.</summary>
    Year,
}
