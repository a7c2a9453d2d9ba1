namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// One cell of a report sheet: a text, a number, a word of the workbook's vocabulary (written once, shared), or
/// nothing; each with a style of <see cref="ReportStyle"/>.
/// </summary>
internal readonly record struct SheetCell(SheetCellKind Kind, string? Text, double Number, ReportStyle Style)
{
    public static SheetCell Empty => default;

    public static SheetCell Of(string? text, ReportStyle style = ReportStyle.Plain) =>
        text is null ? new(SheetCellKind.Empty, null, 0, style) : new(SheetCellKind.Text, text, 0, style);

    public static SheetCell Of(double number, ReportStyle style = ReportStyle.Integer) =>
        new(SheetCellKind.Number, null, number, style);

    /// <summary>A word that repeats down a column ("đạt", "nâng cao"): stored once in the workbook.</summary>
    public static SheetCell Word(string word, ReportStyle style = ReportStyle.Plain) =>
        new(SheetCellKind.Word, word, 0, style);
}

/// <summary>What a <see cref="SheetCell"/> holds.</summary>
internal enum SheetCellKind
{
    Empty,
    Text,
    Number,
    Word,
}
