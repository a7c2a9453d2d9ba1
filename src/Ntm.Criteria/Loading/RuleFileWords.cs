using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// The words rule files write a status and an indicator's direction with (docs/criteria-files.md), for the loader that
/// reads them and the tools that write them.
/// </summary>
public static class RuleFileWords
{
    /// <summary>The words of <see cref="ValueStatus"/>, in its order: confirmed, unconfirmed, notSet.</summary>
    public static ImmutableArray<string> Statuses { get; } = ["confirmed", "unconfirmed", "notSet"];

    /// <summary>The words of <see cref="ThresholdDirection"/>, in its order: min, max, true, false.</summary>
    public static ImmutableArray<string> Directions { get; } = ["min", "max", "true", "false"];

    /// <summary>The word a rule file writes for a status.</summary>
    public static string Of(ValueStatus status) => Statuses[(int)status];

    /// <summary>The word a rule file writes for a direction.</summary>
    public static string Of(ThresholdDirection direction) => Directions[(int)direction];

    /// <summary>The status a word names, or null when it names none.</summary>
    public static ValueStatus? StatusNamed(string? word) =>
        word is not null && Statuses.IndexOf(word) is var i and >= 0 ? (ValueStatus)i : null;

    /// <summary>The direction a word names, or null when it names none.</summary>
    public static ThresholdDirection? DirectionNamed(string? word) =>
        word is not null && Directions.IndexOf(word) is var i and >= 0 ? (ThresholdDirection)i : null;
}
