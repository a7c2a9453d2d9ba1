namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// How a sheet is laid out before its rows: the rows and columns frozen in view (which a printed page repeats too),
/// the columns' widths (in characters), the row of the header its filter buttons are on, if any, and whether it prints
/// one page wide (a sheet of a column per criterion or indicator prints at its size, page after page).
/// </summary>
internal sealed record SheetLayout(
    IReadOnlyList<double> Widths,
    int FrozenRows = 0,
    int FrozenColumns = 0,
    int? FilterRow = null,
    bool OnePageWide = false
);
