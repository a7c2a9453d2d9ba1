using System.CommandLine;

namespace Ntm.Criteria.Cli;

/// <summary>
/// <c>--lang vi|en</c>, taken by every command and by a command that only groups others: <c>ntm --lang en</c> and
/// <c>ntm workbook --lang en</c> are answered in English, not told that <c>--lang</c> is unknown.
/// </summary>
internal sealed class LanguageOption(Texts help)
{
    public Option<string> Option { get; } =
        new Option<string>("--lang")
        {
            Description = help.LanguageOptionHelp,
            HelpName = "vi|en",
            DefaultValueFactory = _ => "vi",
            Recursive = true,
        }.AcceptOnlyFromAmong("vi", "en");

    /// <summary>The texts of the language the command line asks for.</summary>
    public Texts Get(ParseResult result) => Texts.For(result.GetValue(Option)!);
}
