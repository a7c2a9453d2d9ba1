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
    /// The command line with the language it asks for written as <c>--lang</c> takes it: <c>EN</c>, <c>en-US</c>,
    /// <c>vi_VN</c> as <c>en</c> and <c>vi</c>, as a system names its languages. Any other value is left to be refused.
    /// </summary>
    public static string[] Normalized(string[] args)
    {
        var normalized = args.ToArray();
        for (var i = 0; i < normalized.Length; i++)
        {
            if (i > 0 && args[i - 1] == "--lang")
            {
                normalized[i] = Code(args[i]) ?? args[i];
            }
            else if (
                args[i].StartsWith("--lang=", StringComparison.Ordinal)
                || args[i].StartsWith("--lang:", StringComparison.Ordinal)
            )
            {
                var value = args[i]["--lang=".Length..];
                normalized[i] = args[i][.."--lang=".Length] + (Code(value) ?? value);
            }
        }

        return normalized;
    }

    private static string? Code(string language)
    {
        var code = language.Split('-', '_')[0].ToLowerInvariant();
        return code is "vi" or "en" ? code : null;
    }
}
