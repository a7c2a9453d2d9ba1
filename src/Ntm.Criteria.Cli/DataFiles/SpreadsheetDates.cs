namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// How a workbook numbers its days: from 1900, or, set in a workbook made by an older Excel for Mac, from 1904, whose
/// serial numbers are 1,462 days smaller. A day read without its workbook's system would be four years early.
/// </summary>
/// <param name="From1904">Whether the workbook counts its days from 1904 (<c>workbookPr date1904</c>).</param>
internal readonly record struct SpreadsheetDates(bool From1904)
{
    // Days from 1900-01-01 (as Excel counts them) to 1904-01-01.
    private const int DaysTo1904 = 1462;

    /// <summary>The day a serial number stands for.</summary>
    public DateOnly Day(double serial) =>
        DateOnly.FromDateTime(DateTime.FromOADate(From1904 ? serial + DaysTo1904 : serial));
}
