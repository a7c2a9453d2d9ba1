using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ntm.Criteria.Tests;

/// <summary>
/// The notes and sources of the shipped rule files are shown as written in every report, in either language
/// (docs/cli.md): they are written in Vietnamese, the language of the offices and of the decisions they cite.
/// </summary>
public partial class ShippedTextTests
{
    // Words of English that are no Vietnamese syllable, as they slipped into sources: "(thuvienphapluat mirror)",
    // "QĐ 932/QĐ-BGTVT guidance", "condition 1", "(all regions)".
    private static readonly HashSet<string> EnglishWords = new(
        (
            "all and article citation condition conditions date from guidance handbook image indicator mirror "
            + "mirrored of see table the with wording"
        ).Split(' '),
        StringComparer.OrdinalIgnoreCase
    );

    private static readonly string[] TextFields = ["Source", "Note", "Notes", "FromNote", "ToNote"];

    [Fact]
    public void Notes_and_sources_of_the_shipped_files_are_written_in_Vietnamese()
    {
        var rules = Path.Combine(Repository.Root, "rules");
        var english =
            from path in Directory.EnumerateFiles(rules, "*.json", SearchOption.AllDirectories)
            where !path.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}")
            from text in Texts(JsonNode.Parse(File.ReadAllText(path)), field: null)
            let words = Words()
                .Matches(Addresses().Replace(text, " "))
                .Select(m => m.Value)
                .Where(EnglishWords.Contains)
            where words.Any()
            select $"{Path.GetRelativePath(rules, path)} ({string.Join(", ", words)}): {text}";

        var found = english.Distinct().ToList();
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    private static IEnumerable<string> Texts(JsonNode? node, string? field) =>
        node switch
        {
            JsonObject o => o.SelectMany(p => Texts(p.Value, p.Key)),
            JsonArray a => a.SelectMany(item => Texts(item, field)),
            JsonValue v when field is not null && TextFields.Contains(field) && v.TryGetValue(out string? text) =>
            [
                text,
            ],
            _ => [],
        };

    // Web addresses and file names (baonghean.vn/en/10116980.html) are names, not words of the text.
    [GeneratedRegex(@"\S*[./]\S*")]
    private static partial Regex Addresses();

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Words();
}
