using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Ntm.Criteria.Cli.Commands;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>
/// The <c>ntm</c> command line: parses the arguments, runs one command, and turns every failure into a message and an
/// exit code (docs/cli.md). Tests call <see cref="Run"/> in process with their own writers.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        // Values as a system or a habit writes them: "--lang en-US", "--format HTML".
        // A format in capitals ("HTML") is taken; another value stays as typed, for the message that refuses it.
        args = WithValuesOf(
            WithValuesOf(args, "--lang", LanguageOption.Code),
            "--format",
            f => FormatNames.FirstOrDefault(name => name.Equals(f, StringComparison.OrdinalIgnoreCase))
        );
        // Messages echo names and values from data files: none of them may act on the terminal.
        console = console with
        {
            Error = new Output.PrintableWriter(console.Error),
        };
        var texts = Texts.Of(args);
        var catalog = new CatalogOption(texts, console.Error);
        var language = new LanguageOption(texts);
        var root = new RootCommand(texts.RootHelp)
        {
            catalog.Option,
            language.Option,
            SetsCommand.Create(console, catalog, language, texts),
            InputsCommand.Create(console, catalog, language, texts),
            EvaluateCommand.Create(console, catalog, language, texts),
            ExplainCommand.Create(console, catalog, language, texts),
            ValidateCommand.Create(console, catalog, language, texts),
            DiffCommand.Create(console, catalog, language, texts),
            WorkbookCommand.Create(console, catalog, language, texts),
            ExportCommand.Create(console, catalog, language, texts),
        };
        CliHelp.Install(root, texts);
        var parsed = root.Parse(args);
        var invocation = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        var withoutValue = OptionsGivenAnOptionAsValue(root, parsed).ToList();
        var unknown = parsed.Action is CliHelp ? [] : UnknownOptions.In(root, parsed, texts).ToList();
        if (withoutValue.Count > 0 || unknown.Count > 0 || parsed.Errors.Count > 0)
        {
            var messages =
                withoutValue.Count > 0 ? withoutValue.Select(o => texts.OptionWithoutValue(o.Option, o.Next))
                : unknown.Count > 0 ? unknown
                : UsageErrors(parsed, texts);
            foreach (var message in messages)
            {
                console.Error.WriteLine($"ntm: {message}");
            }

            console.Error.WriteLine(texts.RunHelp(CliHelp.PathOf(parsed.CommandResult.Command)));
            return ExitCode.UsageOrRuleFileError;
        }

        try
        {
            var code = parsed.Invoke(invocation);
            console.Out.Flush();
            return code;
        }
        catch (Output.OutputWriteException e)
        {
            console.Error.WriteLine(
                $"ntm: {(e.ReaderGone ? texts.OutputClosed : texts.OutputNotWritten(e.InnerException!.Message))}"
            );
            return ExitCode.UsageOrRuleFileError;
        }
        catch (CliUsageException e)
        {
            console.Error.WriteLine($"ntm: {e.Message}");
            return ExitCode.UsageOrRuleFileError;
        }
        catch (RuleFileException e)
        {
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine(SetOrigin.Shown(error, texts.Code));
            }

            foreach (var line in ReportsAmongRuleFiles(e, texts))
            {
                console.Error.WriteLine(line);
            }

            return ExitCode.UsageOrRuleFileError;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine($"ntm: {texts.Cancelled}");
            return ExitCode.UsageOrRuleFileError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"ntm: {texts.InternalError(e)}");
            return ExitCode.InternalError;
        }
    }

    // A command that only groups others (ntm, ntm workbook) reached without one of them: System.CommandLine says
    // "Required command was not provided" and, apart, that the word typed instead is not recognized. Said as one
    // message naming the commands there are, and the one a mistyped word most likely meant.
    private static IEnumerable<string> UsageErrors(ParseResult parsed, Texts texts)
    {
        var command = parsed.CommandResult.Command;
        if (command.Subcommands.Count == 0 || command.Action is not null)
        {
            return parsed.Errors.Select(e => texts.UsageError(OneLine(e.Message)));
        }

        var path = CliHelp.PathOf(command);
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var groupError = parsed.UnmatchedTokens is [var word, ..]
            ? texts.NotACommand(path, word, Spelling.Meant(word, names), names)
            : texts.NoCommand(path, names);
        return parsed
            .Errors.Where(e => e.SymbolResult != parsed.CommandResult)
            .Select(e => texts.UsageError(OneLine(e.Message)))
            .Prepend(groupError);
    }

    // System.CommandLine lists the values an option accepts one per line, each after a tab, which the error writer
    // shows as a visible control character: "Must be one of: 'vi', 'en'".
    private static string OneLine(string message)
    {
        var lines = message.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        return lines.Count < 2 ? message : $"{lines[0]} {string.Join(", ", lines.Skip(1))}";
    }

    // An option left without its value takes the next option as one: `--out --culture` wrote a file named
    // "--culture", and after `--out --format html` System.CommandLine complained of the word left over ('html').
    private static IEnumerable<(string Option, string Next)> OptionsGivenAnOptionAsValue(
        RootCommand root,
        ParseResult parsed
    )
    {
        var names = AllOptionNames(root).ToHashSet(StringComparer.Ordinal);
        return from result in OptionResults(parsed.RootCommandResult)
            from token in result.Tokens
            where names.Contains(token.Value.Split('=', ':')[0])
            select (result.Option.Name, token.Value);
    }

    /// <summary>The options given on the command line, to a command and the commands under it.</summary>
    public static IEnumerable<OptionResult> OptionResults(CommandResult command) =>
        command
            .Children.OfType<OptionResult>()
            .Concat(command.Children.OfType<CommandResult>().SelectMany(OptionResults));

    private static IEnumerable<string> AllOptionNames(Command command) =>
        command.Options.SelectMany(CliHelp.NamesOf).Concat(command.Subcommands.SelectMany(AllOptionNames));

    /// <summary>The <c>--force</c> flag of the commands that write a file for people to fill in.</summary>
    public static Option<bool> ForceOption(Texts help) =>
        new("--force") { Description = help.ForceHelp, Arity = ArgumentArity.Zero };

    // Every command's formats: the reports', and ntm export's.
    private static readonly string[] FormatNames = [.. ReportFormats.Names, "rulesengine"];

    // The command line with the values of an option (after it, or after "=" or ":") written as the option takes them;
    // canonical gives null to leave a value as typed.
    private static string[] WithValuesOf(string[] args, string option, Func<string, string?> canonical)
    {
        var written = args.ToArray();
        for (var i = 0; i < written.Length; i++)
        {
            if (i > 0 && args[i - 1] == option)
            {
                written[i] = canonical(args[i]) ?? args[i];
            }
            else if (
                args[i].Length > option.Length + 1
                && args[i].StartsWith(option, StringComparison.Ordinal)
                && args[i][option.Length] is '=' or ':'
            )
            {
                var value = args[i][(option.Length + 1)..];
                written[i] = args[i][..(option.Length + 1)] + (canonical(value) ?? value);
            }
        }

        return written;
    }

    /// <summary>
    /// A line for each file of the errors that is a report ntm wrote, saved into a rules folder, which reads it as a rule
    /// file: the engine says it is not a workflow, and lists its members.
    /// </summary>
    public static IEnumerable<string> ReportsAmongRuleFiles(RuleFileException e, Texts texts) =>
        e
            .Errors.Select(error => error.File)
            .OfType<string>()
            .Distinct()
            .Where(ReportFormats.IsReport)
            .Select(file =>
                $"ntm: {SetOrigin.Shown(file, Environment.CurrentDirectory)}: {texts.ReportAmongRuleFiles}"
            );

    /// <summary>A report's <c>--force</c>, read by <see cref="ReportFormats.KeepDataFile"/>.</summary>
    public static Option<bool> ReportForceOption(Texts help) =>
        new("--force") { Description = help.ReportForceHelp, Arity = ArgumentArity.Zero };

    /// <summary>Refuses a file to read that is not there, or is a folder.</summary>
    /// <exception cref="CliUsageException">The file is not there.</exception>
    public static void RequireFile(string path, Texts texts)
    {
        if (!File.Exists(path))
        {
            var why =
                path == "-" ? texts.StandardInputNotRead
                : Directory.Exists(path) ? texts.FolderNotFile
                : texts.NoSuchFileMeaning(FileMeant(path));
            throw new CliUsageException($"{path}: {why}");
        }
    }

    /// <summary>
    /// The file beside a missing one that it most likely names: typed without its diacritics ("Du lieu xa.csv"), in
    /// another case, or a slip of a letter or two away; null when none is, or the folder cannot be listed.
    /// </summary>
    public static string? FileMeant(string path) => EntryMeant(path, Directory.EnumerateFiles);

    /// <summary>
    /// The folder beside a missing one that it most likely names, as <see cref="FileMeant"/> finds a file.
    /// </summary>
    public static string? FolderMeant(string path) =>
        EntryMeant(Path.TrimEndingDirectorySeparator(path), Directory.EnumerateDirectories);

    private static string? EntryMeant(string path, Func<string, IEnumerable<string>> entries)
    {
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        try
        {
            // The key also makes one of a name whose letters a Mac wrote decomposed and the same name typed.
            var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in entries(folder.Length == 0 ? "." : folder))
            {
                var name = Path.GetFileName(entry);
                if (!name.StartsWith('.'))
                {
                    byKey.TryAdd(TextKey.Of(name), name);
                }
            }

            return Spelling.Meant(TextKey.Of(Path.GetFileName(path)), byKey.Keys) is { } key
                ? Path.Combine(folder, byKey[key])
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Refuses, without <c>--force</c>, to write a file for people to fill in (a criteria workbook, a data template)
    /// over one already there: it may be the one an office or a district has spent hours filling.
    /// </summary>
    public static void KeepFilledFile(string option, string path, bool force, Texts texts)
    {
        if (!force && File.Exists(path))
        {
            throw new CliUsageException(texts.FilledFileExists(option, path));
        }
    }

    /// <summary>A <c>--format</c> option limited to some formats, the first being the default.</summary>
    public static Option<string> FormatOption(Texts help, params string[] formats) =>
        new Option<string>("--format")
        {
            Description = help.FormatOptionHelp(formats),
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        }.AcceptOnlyFromAmong(formats);

    /// <summary>The value the command line gives an option; null where it takes its default.</summary>
    public static string? Given(ParseResult result, Option<string> option) =>
        result.GetResult(option) is { Implicit: false } ? result.GetValue(option) : null;

    /// <summary>The <c>--as-of</c> option: a date as <see cref="DayText"/> reads one, read by <see cref="AsOf"/>.</summary>
    public static Option<string?> AsOfOption(Texts help) =>
        new("--as-of") { Description = help.AsOfHelp, HelpName = "DATE" };

    /// <summary>
    /// The date an <c>--as-of</c> value names; a text that is not one is a usage error in the report's language.
    /// </summary>
    public static DateOnly? AsOf(string? text, Texts texts) =>
        text is null ? null
        : DayText.TryRead(text, out var date) ? date
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1900 and <= 2100
            ? throw new CliUsageException($"--as-of: {texts.YearNotADate(year)}")
        : throw new CliUsageException($"--as-of: {texts.NotADate(text)}");
}
