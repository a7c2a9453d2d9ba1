namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>A spreadsheet number formatted as a percentage: Excel stores 95% as 0.95.</summary>
internal sealed record PercentCell(double Fraction);
