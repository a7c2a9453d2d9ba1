namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// The cell styles of a report workbook, in the order of its stylesheet's cell formats (<see cref="ReportStyles"/>).
/// </summary>
internal enum ReportStyle
{
    Plain,
    Title,
    Header,
    Integer,
    Decimal,
    Percent,

    /// <summary>A percentage with the decimals its value has: 99,5% for 199 of 200, which 0% would show as 100%.</summary>
    FinePercent,
    Achieved,
    NotAchieved,
    MissingData,
    NotApplicable,
    ThresholdNotSet,
    NotEncoded,
    EvaluationError,
}
