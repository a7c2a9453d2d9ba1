namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A <c>--column</c> value: a header of the data file (<see cref="Header"/>) and the input or identity field it gives
/// (<see cref="Target"/>, by id or label), as the user wrote them (<see cref="Text"/>).
/// </summary>
internal sealed record ColumnMapping(string Text, string Header, string Target)
{
    /// <summary>"Nhóm xã=CommuneGroup"; the header is all before the last '=', since no input's name has one.</summary>
    /// <exception cref="CliUsageException">The text is not HEADER=INPUT.</exception>
    public static ColumnMapping Parse(string text, Texts texts)
    {
        var equals = text.LastIndexOf('=');
        var (header, target) = equals < 0 ? ("", "") : (text[..equals].Trim(), text[(equals + 1)..].Trim());
        return header.Length > 0 && target.Length > 0
            ? new ColumnMapping(text, header, target)
            : throw new CliUsageException(texts.NotAColumnMapping(text));
    }
}
