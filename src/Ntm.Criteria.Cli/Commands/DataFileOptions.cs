using System.CommandLine;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// The options of the commands that read a data file (<c>evaluate</c>, <c>explain</c>, <c>diff --data</c>): how it
/// writes decimals, which of its columns give which inputs, and which sheet of a workbook holds the localities.
/// </summary>
internal sealed class DataFileOptions(Texts help)
{
    /// <summary><c>--culture vi-VN|en-US</c>.</summary>
    public Option<string?> Culture { get; } =
        new("--culture") { Description = help.CultureOptionHelp, HelpName = "vi-VN|en-US" };

    /// <summary>
    /// <c>--column HEADER=INPUT</c>, repeatable: a column that gives an input (or an identity field) under a header of
    /// the district's own.
    /// </summary>
    public Option<string[]> Columns { get; } =
        new("--column")
        {
            Description = help.ColumnOptionHelp,
            HelpName = "HEADER=INPUT",
            AllowMultipleArgumentsPerToken = false,
        };

    /// <summary><c>--sheet NAME</c>: the worksheet of a workbook to read.</summary>
    public Option<string?> Sheet { get; } = new("--sheet") { Description = help.SheetOptionHelp, HelpName = "NAME" };

    private IEnumerable<Option> All => [Culture, Columns, Sheet];

    /// <summary>Adds the options to a command, in the order its help lists them.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>How the parsed command line says to read the file.</summary>
    public DataFileReading Of(ParseResult result) =>
        new(result.GetValue(Culture), result.GetValue(Columns) ?? [], result.GetValue(Sheet));

    /// <summary>The first of these options given, which only a command reading a data file takes; null if none.</summary>
    public string? FirstGiven(ParseResult result) =>
        All.FirstOrDefault(o => result.GetResult(o) is { Implicit: false })?.Name;
}
