using System.Text.RegularExpressions;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// The input a column that names none was probably meant for, among the inputs the sets read that have no column: an
/// analyst's own sheet heads a column with the first words of an input's label ("Nhóm xã" for "Nhóm xã (giai đoạn
/// 2026-2030); …", "Tỷ trọng nông nghiệp" for "Tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế của xã"), its core
/// ("Đạt chuẩn tiếp cận pháp luật" for "Tổ chức xây dựng xã đạt chuẩn tiếp cận pháp luật theo quy định") or a slip of
/// its id ("Commune group"). Only suggested, never read so: a guess must not put a column's values into an input.
/// </summary>
internal static partial class ColumnSuggestion
{
    /// <summary>The one input <paramref name="header"/> seems to mean, or null when none or several do.</summary>
    public static InputDeclaration? For(string header, IReadOnlyCollection<InputDeclaration> inputsWithoutColumn)
    {
        var words = Words(header);
        if (words.Length == 0 || string.Concat(words).Length < 3)
        {
            return null;
        }

        var abridged = inputsWithoutColumn
            .Where(i =>
                Names(i).Any(name => Words(name) is var named && (Abridges(words, named) || Holds(named, words)))
            )
            .ToList();
        if (abridged.Count > 0)
        {
            return abridged.Count == 1 ? abridged[0] : null;
        }

        var key = string.Join(' ', words);
        var slips = inputsWithoutColumn
            .Where(i =>
                Names(i)
                    .Any(name =>
                        Spelling.EditDistance(key, string.Join(' ', Words(name))) <= Math.Max(2, key.Length / 4)
                    )
            )
            .ToList();
        return slips.Count == 1 ? slips[0] : null;
    }

    /// <summary>
    /// The input of the indicator a header names by its number, as report forms head their columns ("3.1", "Chỉ tiêu
    /// 15.3", "CT 3.1"), in the sets evaluated, where it is one input without a column; null otherwise. Only suggested,
    /// as the other guesses are: a number is an indicator's in one set and period only.
    /// </summary>
    public static InputDeclaration? ForIndicatorNumber(
        string header,
        IEnumerable<CriteriaSet> sets,
        IReadOnlyCollection<InputDeclaration> inputsWithoutColumn
    )
    {
        if (IndicatorNumber().Match(TextKey.Of(header)) is not { Success: true } match)
        {
            return null;
        }

        var number = match.Groups["number"].Value;
        var inputs = sets.Select(s => s.FindIndicator(number)?.Input).OfType<string>().Distinct().ToList();
        return inputs is [var input] ? inputsWithoutColumn.FirstOrDefault(i => i.Name == input) : null;
    }

    [GeneratedRegex(@"^(?:(?:chi tieu|ct)\s*(?:so\s*)?)?\(?(?<number>\d{1,2}(?:\.\d{1,2})?)\)?$")]
    private static partial Regex IndicatorNumber();

    // The header's words are the name's first word and others of its words, in order: a shortened label.
    private static bool Abridges(string[] header, string[] name)
    {
        if (name.Length == 0 || header[0] != name[0])
        {
            return false;
        }

        var at = 1;
        foreach (var word in header.Skip(1))
        {
            while (at < name.Length && name[at] != word)
            {
                at++;
            }

            if (at++ >= name.Length)
            {
                return false;
            }
        }

        return true;
    }

    // The name holds the header's words together, and they are enough (three or more) to be more than a common phrase
    // ("Tỷ lệ", "đạt chuẩn").
    private static bool Holds(string[] name, string[] header)
    {
        if (header.Length < 3)
        {
            return false;
        }

        for (var at = 0; at + header.Length <= name.Length; at++)
        {
            if (name.AsSpan(at, header.Length).SequenceEqual(header))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Names(InputDeclaration input) => input.Labels.Values.Prepend(input.Name);

    // Lower case, without diacritics, split where a letter or digit run ends.
    private static string[] Words(string text)
    {
        var key = TextKey.Of(text);
        return key.Split(
            [.. key.Where(c => !char.IsLetterOrDigit(c)).Distinct()],
            StringSplitOptions.RemoveEmptyEntries
        );
    }
}
