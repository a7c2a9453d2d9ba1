namespace Ntm.Criteria;

/// <summary>One difference between two criteria sets, located by the official number of what changed.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Number">The official number of the criterion or indicator, or empty for the set itself.</param>
/// <param name="Key">The threshold row's key (for example <c>TDMNPB</c> or <c>group 2</c>), or what else
/// changed.</param>
/// <param name="Before">The old value or name, or null when added.</param>
/// <param name="After">The new value or name, or null when removed.</param>
public sealed record SetChange(SetChangeKind Kind, string Number, string? Key, string? Before, string? After)
{
    /// <summary>
    /// For a threshold row added, removed or changed: the row before, for a report to show in its own words.
    /// </summary>
    public Threshold? BeforeThreshold { get; init; }

    /// <summary>For a threshold row added, removed or changed: the row after.</summary>
    public Threshold? AfterThreshold { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind}{(Number.Length == 0 ? "" : " " + Number)}{(Key is null ? "" : $" [{Key}]")}: {Before ?? "-"} -> "
        + $"{After ?? "-"}";
}
