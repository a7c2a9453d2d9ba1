using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// The words rule files write a status and an indicator's direction with, and the fields of a set's, a criterion's, an
/// indicator's and a threshold row's properties (docs/criteria-files.md), for the loader that reads them and the tools
/// that write them.
/// </summary>
public static class RuleFileWords
{
    // What describes a criterion and an indicator alike.
    private static readonly string[] Described = ["Kind", "Number", "NumberStatus", "Name", "Status", "Note", "Source"];

    /// <summary>The fields of <c>Properties.Set</c>, in the order rule files write them.</summary>
    public static ImmutableArray<string> SetFields { get; } =
    [
        "Id",
        "Version",
        "Extends",
        "Level",
        "Tier",
        "Period",
        "Province",
        "Name",
        "LegalBasis",
        "InForce",
        "Requires",
        "OfficialCounts",
        "ThresholdsBy",
        "RegionOverride",
        "CommuneGroups",
        "Complete",
        "Notes",
    ];

    /// <summary>
    /// The fields of a criterion's (or precondition's) <c>Properties</c>, in the order rule files write them;
    /// <c>Change</c> is an extending set's.
    /// </summary>
    public static ImmutableArray<string> CriterionFields { get; } =
    [.. Described, "Prerequisite", "Encoded", "Complete", "Change"];

    /// <summary>The fields of an indicator's <c>Properties</c>, in the order rule files write them.</summary>
    public static ImmutableArray<string> IndicatorFields { get; } =
    [
        .. Described,
        "Input",
        "Measure",
        "Direction",
        "Unit",
        "Thresholds",
        "AppliesWhen",
        "CommuneSet",
        "Strengthens",
        "Change",
    ];

    /// <summary>The fields of a threshold row, in the order rule files write them.</summary>
    public static ImmutableArray<string> ThresholdRowFields { get; } =
    ["Region", "Group", "Year", "Value", "Status", "Source", "Note"];

    /// <summary>The words of <see cref="ValueStatus"/>, in its order: confirmed, unconfirmed, notSet.</summary>
    public static ImmutableArray<string> Statuses { get; } = ["confirmed", "unconfirmed", "notSet"];

    /// <summary>
    /// The names of <see cref="ValueStatus"/> in Vietnamese, in its order, as reports and criteria workbooks write them:
    /// đã xác nhận, chưa xác nhận, chưa có.
    /// </summary>
    public static ImmutableArray<string> VietnameseStatusNames { get; } = ["đã xác nhận", "chưa xác nhận", "chưa có"];

    /// <summary>The words of <see cref="ThresholdDirection"/>, in its order: min, max, true, false.</summary>
    public static ImmutableArray<string> Directions { get; } = ["min", "max", "true", "false"];

    /// <summary>The word a rule file writes for a status.</summary>
    public static string Of(ValueStatus status) => Statuses[(int)status];

    /// <summary>The word a rule file writes for a direction.</summary>
    public static string Of(ThresholdDirection direction) => Directions[(int)direction];

    /// <summary>The word a rule file writes for a level: commune, district, village, province.</summary>
    public static string Of(Level level) => level.ToString().ToLowerInvariant();

    /// <summary>The word a rule file writes for a tier: standard, advanced, model, modern.</summary>
    public static string Of(Tier tier) => tier.ToString().ToLowerInvariant();

    /// <summary>The status a word names, or null when it names none.</summary>
    public static ValueStatus? StatusNamed(string? word) =>
        word is not null && Statuses.IndexOf(word) is var i and >= 0 ? (ValueStatus)i : null;

    /// <summary>The direction a word names, or null when it names none.</summary>
    public static ThresholdDirection? DirectionNamed(string? word) =>
        word is not null && Directions.IndexOf(word) is var i and >= 0 ? (ThresholdDirection)i : null;
}
