namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// The words a report workbook repeats in column after column ("đạt", "thiếu dữ liệu", a tier's name), each stored once
/// in its shared strings and referred to by number. Only a report's own vocabulary goes here, so it stays small.
/// </summary>
internal sealed class SharedWords
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    public IReadOnlyList<string> Words => _words;

    public int IndexOf(string word)
    {
        if (!_index.TryGetValue(word, out var index))
        {
            _index.Add(word, index = _words.Count);
            _words.Add(word);
        }

        return index;
    }
}
