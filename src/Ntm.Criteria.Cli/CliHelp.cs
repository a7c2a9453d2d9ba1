using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Ntm.Criteria.Cli;

/// <summary>
/// <c>ntm --help</c> in the language the command line asks for (System.CommandLine writes its help in English only):
/// the command's description, its usage, arguments, options (its own and those every command takes) and subcommands.
/// </summary>
internal sealed class CliHelp(Texts texts) : SynchronousCommandLineAction
{
    /// <summary>
    /// Gives the help and version options of a root command their descriptions, and the help option this help.
    /// </summary>
    public static void Install(RootCommand root, Texts texts)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = texts.HelpOptionHelp;
                    help.Action = new CliHelp(texts);
                    break;
                case VersionOption version:
                    version.Description = texts.VersionOptionHelp;
                    break;
            }
        }
    }

    /// <summary>Help asked for is given even when the rest of the command line is incomplete.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        foreach (var line in Lines(parseResult.CommandResult.Command))
        {
            output.WriteLine(line);
        }

        return ExitCode.Ok;
    }

    private IEnumerable<string> Lines(Command command)
    {
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = OptionsOf(command).Where(o => !o.Hidden).OrderBy(o => o is HelpOption or VersionOption).ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();

        yield return $"{texts.HelpDescription}:";
        yield return $"  {command.Description}";
        yield return string.Empty;
        yield return $"{texts.HelpUsage}:";
        yield return "  "
            + string.Join(
                ' ',
                arguments
                    .Select(a => $"<{a.Name}>")
                    .Prepend(PathOf(command))
                    .Append(subcommands.Count > 0 ? texts.HelpCommandPlaceholder : string.Empty)
                    .Append(texts.HelpOptionsPlaceholder)
                    .Where(part => part.Length > 0)
            );
        foreach (
            var (heading, rows) in new (string, List<(string Name, string? Description)>)[]
            {
                (texts.HelpArguments, [.. arguments.Select(a => ($"<{a.Name}>", a.Description))]),
                (texts.HelpOptions, [.. options.Select(o => (Aliases(o), Describe(o)))]),
                (
                    texts.HelpCommands,
                    [
                        .. subcommands.Select(c =>
                            (string.Join(' ', c.Arguments.Select(a => $"<{a.Name}>").Prepend(c.Name)), c.Description)
                        ),
                    ]
                ),
            }
        )
        {
            if (rows.Count == 0)
            {
                continue;
            }

            var width = rows.Max(r => r.Name.Length);
            yield return string.Empty;
            yield return $"{heading}:";
            foreach (var (name, description) in rows)
            {
                yield return $"  {name.PadRight(width)}  {description}".TrimEnd();
            }
        }
    }

    private static bool IsFlag(Option option) => option.Arity.MaximumNumberOfValues == 0;

    /// <summary>The options a command takes: its own and those of the commands above it that every command takes.</summary>
    public static IEnumerable<Option> OptionsOf(Command command) =>
        command.Options.Concat(Lineage(command).Skip(1).SelectMany(c => c.Options.Where(o => o.Recursive))).Distinct();

    /// <summary>Every name an option is typed by: "--help", "-h", "-?".</summary>
    public static IEnumerable<string> NamesOf(Option option) => option.Aliases.Append(option.Name);

    /// <summary>How a command is typed: "ntm", "ntm workbook export".</summary>
    public static string PathOf(Command command) =>
        string.Join(' ', Lineage(command).Reverse().Skip(1).Select(c => c.Name).Prepend("ntm"));

    private static IEnumerable<Command> Lineage(Command command)
    {
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            yield return c;
        }
    }

    /// <summary>"-?, -h, --help", or "--format &lt;table|csv|json|markdown&gt;".</summary>
    private static string Aliases(Option option)
    {
        // "/h" and "/?" are Windows spellings the help need not list.
        var names = string.Join(
            ", ",
            NamesOf(option)
                .Where(a => a.StartsWith('-'))
                .Distinct()
                .OrderBy(a => a.Length)
                .ThenBy(a => a != option.Name)
        );
        return IsFlag(option) ? names : $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    private string? Describe(Option option) =>
        option.HasDefaultValue && !IsFlag(option) && option.GetDefaultValue() is { } value
            ? $"{option.Description} {texts.HelpDefault(value.ToString() ?? string.Empty)}"
        : option.Required ? $"{option.Description} {texts.HelpRequired}"
        : option.Description;
}
