namespace Ntm.Criteria.Cli.Data;

/// <summary>
/// A cell that holds no value to read where a commune's value should be (a JSON array or object, a workbook's broken
/// reference or uncomputed formula): reported with what it is, never read as data.
/// </summary>
internal sealed record NotAValue(string What);
