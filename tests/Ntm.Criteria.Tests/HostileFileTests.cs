using System.Text;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// The hostile corpus (Fixtures/hostile): each folder is a rule folder as a ministry would hand it over, and
/// <c>expected.txt</c> beside it holds the whole message loading it must fail with. Nothing in it may load, run, hang
/// or crash; regenerate the expected messages with NTM_UPDATE_DOCS=1 dotnet test --filter Hostile and read the diff.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(
        Repository.Root,
        "tests",
        "Ntm.Criteria.Tests",
        "Fixtures",
        "hostile"
    );

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ntm-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileFileTests() => Directory.CreateDirectory(Path.Combine(_folder, "sets"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Cases =>
        [
            .. Directory
                .EnumerateDirectories(Corpus)
                .Select(path => Path.GetFileName(path))
                .Order(StringComparer.Ordinal),
        ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_HostileFolder_FailsWithItsExpectedMessage(string name)
    {
        var folder = Path.Combine(Corpus, name);

        var (exception, message) = LoadError(folder);

        Snapshot.Check($"tests/Ntm.Criteria.Tests/Fixtures/hostile/{name}/expected.txt", message + "\n", "Hostile");
        Assert.All(
            exception.Errors,
            e =>
                Assert.True(
                    e.File is not null && (e.Position.Line > 0 || e.Kind is RuleFileErrorKind.FileUnreadable),
                    e.ToString()
                )
        );
    }

    [Fact]
    public void Corpus_CoversEveryAttackTheIssueNames()
    {
        string[] attacks = ["GetType", "Assembly", "Activator", "System.IO", "Environment", "Process"];
        var texts = Directory
            .EnumerateFiles(Corpus, "*.json", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .ToList();

        Assert.All(attacks, attack => Assert.Contains(texts, text => text.Contains(attack, StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_FileOf100Megabytes_IsRefusedBeforeParsing()
    {
        // Valid JSON all the way through: only its size stops it.
        var path = Path.Combine(_folder, "sets", "huge.json");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            writer.Write("{ \"WorkflowName\": \"huge\", \"$comment\": \"");
            var block = new string('x', 1 << 20);
            for (var i = 0; i < 100; i++)
            {
                writer.Write(block);
            }

            writer.Write("\", \"Rules\": [] }");
        }

        Assert.Equal(
            $"sets/huge.json: the file is {new FileInfo(path).Length} bytes, over the limit of 16777216",
            LoadError(_folder).Message
        );
    }

    [Fact]
    public void Load_MoreRulesThanTheLimit_IsRefused()
    {
        var indicators = string.Join(
            ",\n",
            Enumerable.Range(1, 10_001).Select(i => $$"""{ "RuleName": "1.{{i}}", "Expression": "input.X >= 1" }""")
        );
        File.WriteAllText(
            Path.Combine(_folder, "sets", "many.json"),
            $$"""
            { "WorkflowName": "many", "Inputs": [ { "Name": "X", "Type": "number" } ],
              "Rules": [ { "RuleName": "1", "Operator": "And", "Rules": [
            {{indicators}}
              ] } ] }
            """
        );

        Assert.Equal(
            "sets/many.json(10002,1): many › 1 › 1.10000: the workflow has more than 10000 rules",
            LoadError(_folder).Message
        );
    }

    /// <summary>
    /// The exception loading the folder throws (any other exception fails the test), and its message with paths from
    /// the folder.
    /// </summary>
    private static (RuleFileException Exception, string Message) LoadError(string folder)
    {
        var exception = Assert.IsType<RuleFileException>(Record.Exception(() => CriteriaCatalog.LoadDirectory(folder)));
        return (
            exception,
            exception.Message.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
        );
    }
}
