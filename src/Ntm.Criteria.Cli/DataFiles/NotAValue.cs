namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A cell that holds no value to read where a commune's value should be (a JSON array or object, a workbook's broken
/// reference or uncomputed formula, a text longer than a cell can hold): reported with what it is, never read as data.
/// </summary>
internal sealed record NotAValue(NotAValueKind Kind);

/// <summary>What a cell holds instead of a value; each report says it in its language.</summary>
internal enum NotAValueKind
{
    /// <summary>A formula the workbook never computed (written by a program, never saved by a spreadsheet).</summary>
    UncomputedFormula,

    /// <summary>A reference to a shared text the workbook does not have.</summary>
    BrokenSharedText,

    /// <summary>A text longer than a spreadsheet cell can hold.</summary>
    TooLongText,

    /// <summary>A JSON array.</summary>
    Array,

    /// <summary>A JSON object.</summary>
    Object,
}
