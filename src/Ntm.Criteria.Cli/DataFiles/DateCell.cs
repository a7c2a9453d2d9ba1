namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A spreadsheet number formatted as a date: Excel stores 01/07/2025 as 45839, and turns "2025-07-01" or "1/5" typed
/// into a cell into one. Read as the day it shows, never as its serial number.
/// </summary>
internal sealed record DateCell(DateOnly Day);
