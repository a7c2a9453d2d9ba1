using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// The facts of a criteria sheet's header block. <paramref name="OfficialCounts"/> is null for a sheet without the
/// lines of the decision's counts (one exported before they were), each count null where the cell is empty.
/// </summary>
internal sealed record SheetFacts(
    string? Id,
    string? Version,
    string? NameVietnamese,
    string? NameEnglish,
    string? Province,
    string? Decision,
    DateOnly? DecisionDate,
    string? Annex,
    ValueStatus? DecisionStatus,
    string? DecisionSource,
    DateOnly? InForceFrom,
    DateOnly? InForceTo,
    (int? Criteria, int? Indicators)? OfficialCounts
);

/// <summary>A criterion (or precondition) row of a criteria sheet, with the indicator rows below it.</summary>
internal sealed record CriterionRow(
    string Number,
    LocalizedText Name,
    bool IsPrecondition,
    ValueStatus Status,
    string? Source,
    string? Note
)
{
    /// <summary>Whether the rows below it are all of its indicators (its kind is not the "partial" one).</summary>
    public bool IsComplete { get; init; } = true;

    public List<IndicatorRow> Indicators { get; } = [];
}

/// <summary>
/// An indicator row of a criteria sheet, with the threshold cells of its rows (one per year where values change by
/// year).
/// </summary>
internal sealed record IndicatorRow(
    string Number,
    LocalizedText Name,
    string InputName,
    ThresholdDirection Direction,
    InputDeclaration? Input
)
{
    public string? Unit { get; init; }

    public string? AppliesWhen { get; init; }

    public ValueStatus Status { get; init; }

    public string? Source { get; init; }

    public string? Note { get; init; }

    public List<Threshold> Thresholds { get; } = [];

    /// <summary>The cell of each threshold's value, by its column group and year, as the rows give them.</summary>
    public Dictionary<(ThresholdKey Key, int? Year), string> ThresholdCells { get; } = [];
}
