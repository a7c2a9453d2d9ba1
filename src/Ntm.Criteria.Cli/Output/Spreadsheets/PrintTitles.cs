namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>What heads every printed page of a sheet: its first columns and a band of rows (its header).</summary>
/// <param name="Columns">The number of first columns repeated on the left of every page, or 0.</param>
/// <param name="Rows">The first and last row repeated at the top of every page (from 1), or null.</param>
internal sealed record PrintTitles(int Columns, (int First, int Last)? Rows)
{
    /// <summary>A sheet's header row, its first, on every page.</summary>
    public static PrintTitles HeaderRow { get; } = new(0, (1, 1));

    /// <summary>What a sheet keeps in view on the screen, its frozen rows and columns, or null for nothing.</summary>
    public static PrintTitles? Frozen(int rows, int columns) =>
        rows > 0 || columns > 0 ? new(columns, rows > 0 ? (1, rows) : null) : null;

    /// <summary>The value of the sheet's print titles name: <c>'Communes'!$A:$C,'Communes'!$1:$2</c>.</summary>
    public string Reference(string sheet)
    {
        var quoted = Xlsx.SheetReference(sheet);
        var parts = new List<string>();
        if (Columns > 0)
        {
            parts.Add($"{quoted}$A:${Xlsx.Column(Columns - 1)}");
        }

        if (Rows is var (first, last))
        {
            parts.Add($"{quoted}${first}:${last}");
        }

        return string.Join(',', parts);
    }
}
