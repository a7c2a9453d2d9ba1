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

    /// <summary>
    /// The language code a value names as a system names its languages (<c>EN</c>, <c>en-US</c>, <c>vi_VN</c>), as
    /// <c>--lang</c> takes it; null for any other value, left to be refused.
    /// </summary>
    public static string? Code(string language)
    {
        var code = language.Split('-', '_')[0].ToLowerInvariant();
        return code is "vi" or "en" ? code : null;
    }
}
