namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A cell that holds no value to read where a commune's value should be (a JSON array or object, a workbook's broken
/// reference, uncomputed formula or error value, a text longer than a cell can hold): reported with what it is, never
/// read as data.
/// </summary>
/// <param name="Kind">What the cell holds instead.</param>
/// <param name="Shown">What the spreadsheet shows in it, for an error value (<c>#N/A</c>).</param>
internal sealed record NotAValue(NotAValueKind Kind, string? Shown = null)
{
    // What Excel and LibreOffice write for a formula's error when they save a sheet as text.
    private static readonly string[] ErrorsShown =
    [
        "#N/A",
        "#REF!",
        "#DIV/0!",
        "#VALUE!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#SPILL!",
        "#CALC!",
    ];

    /// <summary>
    /// The error value a cell of a sheet saved as text shows (<c>#N/A</c>, <c>#DIV/0!</c>, LibreOffice's
    /// <c>Err:502</c>); null for any other text.
    /// </summary>
    public static NotAValue? ErrorIn(string text)
    {
        var trimmed = text.Trim();
        var isError = trimmed.StartsWith('#')
            ? ErrorsShown.Contains(trimmed, StringComparer.OrdinalIgnoreCase)
            : trimmed.StartsWith("Err:", StringComparison.Ordinal)
                && trimmed.Length == 7
                && !trimmed.AsSpan(4).ContainsAnyExceptInRange('0', '9');
        return isError ? new NotAValue(NotAValueKind.ErrorValue, trimmed) : null;
    }
}

/// <summary>What a cell holds instead of a value; each report says it in its language.</summary>
internal enum NotAValueKind
{
    /// <summary>A formula the workbook never computed (written by a program, never saved by a spreadsheet).</summary>
    UncomputedFormula,

    /// <summary>
    /// The error a formula gave (<c>#N/A</c> where a lookup found nothing, <c>#REF!</c>, <c>#DIV/0!</c>).
    /// </summary>
    ErrorValue,

    /// <summary>A reference to a shared text the workbook does not have.</summary>
    BrokenSharedText,

    /// <summary>A text longer than a spreadsheet cell can hold.</summary>
    TooLongText,

    /// <summary>A JSON array.</summary>
    Array,

    /// <summary>A JSON object.</summary>
    Object,
}
