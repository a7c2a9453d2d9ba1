using System.CommandLine;
using System.CommandLine.Parsing;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>
/// Words typed as options that the command does not take. System.CommandLine takes such a word for an argument
/// (<c>ntm workbook export --set X</c> looked for a set named "--set"; <c>ntm evaluate --formt html FILE</c> read the
/// file "--formt") or leaves it over with the value after it, and says only what followed from that.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>
    /// A message for each such word: the option it most likely meant, or the commands that take it. None for a command
    /// that only groups others (<c>ntm</c>, <c>ntm workbook</c>): the command missing or mistyped is said first.
    /// </summary>
    public static IEnumerable<string> In(RootCommand root, ParseResult parsed, Texts texts)
    {
        var command = parsed.CommandResult.Command;
        if (command.Action is null)
        {
            yield break;
        }

        var own = CliHelp.OptionsOf(command).SelectMany(CliHelp.NamesOf).ToHashSet(StringComparer.Ordinal);
        var values = CliApp.OptionResults(parsed.RootCommandResult).SelectMany(o => o.Tokens).ToHashSet();
        var path = CliHelp.PathOf(command);
        var names = parsed
            .Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => t.Type == TokenType.Argument && LooksLikeAnOption(t.Value) && !values.Contains(t))
            .Select(t => t.Value.Split('=', ':')[0])
            .Where(name => !own.Contains(name))
            .Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var takers = Commands(root).Where(c => c.Options.SelectMany(CliHelp.NamesOf).Contains(name)).ToList();
            yield return takers.Count > 0
                // An option of another command, typed from habit: the mistake is where the words go, not a spelling.
                ? texts.UnknownOption(
                    path,
                    name,
                    meant: null,
                    [.. takers.Select(CliHelp.PathOf)],
                    TakenAsArgument(command, name)
                        ? [.. command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>")]
                        : []
                )
                : texts.UnknownOption(
                    path,
                    name,
                    Spelling.Meant(name, own.Where(o => o.StartsWith("--", StringComparison.Ordinal))),
                    [],
                    []
                );
        }
    }

    // What the option names, this command takes as an argument: --set where it reads <SET>, or <SET_A> and <SET_B>.
    private static bool TakenAsArgument(Command command, string option) =>
        command.Arguments.Any(a =>
            !a.Hidden && a.Name.StartsWith(option.TrimStart('-'), StringComparison.OrdinalIgnoreCase)
        );

    // "--formt", "-o"; not a negative number, nor a path that merely starts with a dash.
    private static bool LooksLikeAnOption(string word) =>
        (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2 && char.IsAsciiLetter(word[2]))
        || (word.Length == 2 && word[0] == '-' && char.IsAsciiLetter(word[1]));

    private static IEnumerable<Command> Commands(Command command) =>
        command.Subcommands.SelectMany(Commands).Prepend(command);
}
