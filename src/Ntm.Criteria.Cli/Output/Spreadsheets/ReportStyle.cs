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
    Achieved,
    NotAchieved,
    MissingData,
    NotApplicable,
    ThresholdNotSet,
    NotEncoded,
    EvaluationError,
}
