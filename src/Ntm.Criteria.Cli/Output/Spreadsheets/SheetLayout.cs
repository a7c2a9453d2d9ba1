namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// How a sheet is laid out before its rows: the rows and columns frozen in view, the columns' widths (in characters),
/// and the row of the header its filter buttons are on, if any.
/// </summary>
internal sealed record SheetLayout(
    IReadOnlyList<double> Widths,
    int FrozenRows = 0,
    int FrozenColumns = 0,
    int? FilterRow = null
);
