namespace Ntm.Criteria.Cli.Commands;

/// <summary>How a data file is read, as its options say (<see cref="DataFileOptions"/>).</summary>
/// <param name="Culture">How the file writes decimals (<c>--culture</c>); null: detected from its numbers.</param>
/// <param name="Columns">The file's own headers and the inputs they give (<c>--column HEADER=INPUT</c>).</param>
/// <param name="Sheet">The worksheet of a workbook to read (<c>--sheet</c>); null: the first visible one.</param>
internal sealed record DataFileReading(string? Culture, IReadOnlyList<string> Columns, string? Sheet);
