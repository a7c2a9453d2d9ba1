namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// A problem of a filled workbook, at a sheet and cell: <c>'Phụ lục I'!F23: "≥ 80%" is not a number; write 80</c>.
/// </summary>
internal sealed record WorkbookProblem(string Sheet, string Cell, string Message)
{
    public override string ToString() => $"'{Sheet}'!{Cell}: {Message}";
}
