namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>Why a row that is not an error was left out of the evaluation.</summary>
internal enum LeftOutReason
{
    /// <summary>A district table's totals row ("Tổng cộng"), not a locality.</summary>
    TotalsRow,

    /// <summary>A ward or a town ("Phường …", "Thị trấn …"), which the criteria for communes do not cover.</summary>
    WardOrTown,

    /// <summary>
    /// A form's row that heads the localities below it with their district ("II | Huyện Nghĩa Đàn"), not a locality.
    /// </summary>
    GroupHeading,

    /// <summary>
    /// A sheet's row of formulas past its last locality: every cell read an error (<c>#N/A</c>, a lookup of an empty
    /// code) or empty, so no locality and no value.
    /// </summary>
    FormulaErrors,
}
