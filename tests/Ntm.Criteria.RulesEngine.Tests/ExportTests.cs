using Newtonsoft.Json;
using Ntm.Criteria.Cli;
using RulesEngine.Models;

namespace Ntm.Criteria.RulesEngine.Tests;

/// <summary>
/// <c>ntm export --format rulesengine</c> on every shipped set, the files loaded as a RulesEngine user would.
/// </summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ntm-export-" + Guid.NewGuid().ToString("N"));

    public ExportTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Export_EveryShippedSet_RegistersInOneRulesEngineAndRuns()
    {
        var exported = new List<(CriteriaSet Set, string Workflow, string InputClass)>();
        foreach (var (set, i) in CriteriaCatalog.Shipped.Sets.Select((s, i) => (s, i)))
        {
            var path = Path.Combine(_folder, $"set{i}.json");
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = CliApp.Run(
                ["export", $"{set.Id}@{set.Version}", "--format", "rulesengine", "--out", path, "--lang", "en"],
                new CliConsole(output, error, ErrorIsTerminal: false)
            );
            Assert.True(exit == 0, error.ToString());
            Assert.StartsWith(
                $"wrote {path}: the workflow {set.Id}@{set.Version}",
                error.ToString(),
                StringComparison.Ordinal
            );
            exported.Add((set, path, Path.ChangeExtension(path, ".cs")));
        }

        // Versions of one set have one id: named with their versions, they register together.
        var engine = new global::RulesEngine.RulesEngine(
            [.. exported.Select(e => JsonConvert.DeserializeObject<Workflow>(File.ReadAllText(e.Workflow))!)],
            new ReSettings()
        );
        foreach (var (set, _, inputClass) in exported)
        {
            var input = Activator.CreateInstance(RulesEngineHost.Compile(File.ReadAllText(inputClass)))!;
            var results = await engine.ExecuteAllRulesAsync(
                $"{set.Id}@{set.Version}",
                new RuleParameter("input", input)
            );
            Assert.Equal(set.Workflow.Workflow.Rules.Length, results.Count);
            Assert.All(
                results,
                r =>
                    Assert.True(
                        string.IsNullOrEmpty(r.ExceptionMessage),
                        $"{set}: {r.Rule.RuleName}: {r.ExceptionMessage}"
                    )
            );
        }
    }

    [Theory]
    [InlineData(
        "national/2021-2025/commune-standart",
        "set.json",
        "ntm: no criteria set has the id 'national/2021-2025/commune-standart'; the closest are "
            + "national/2021-2025/commune-standard, national/2016-2020/commune-standard, "
            + "national/2021-2025/commune-advanced ('ntm sets' lists them all)"
    )]
    [InlineData("national/2021-2025/commune-standard", "", "ntm: --out TEMP: is a folder; name the file to write")]
    public void Export_BadSetOrTarget_IsAUsageErrorAndWritesNothing(string set, string file, string expected)
    {
        var path = Path.Combine(_folder, file);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(
            ["export", set, "--format", "rulesengine", "--out", path, "--lang", "en"],
            new CliConsole(output, error, ErrorIsTerminal: false)
        );

        Assert.Equal(2, exit);
        Assert.Equal(expected, error.ToString().Replace(_folder, "TEMP", StringComparison.Ordinal).TrimEnd());
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task InputClass_InputsNamedLikeCSharpKeywords_CompilesAndRunsInRulesEngine()
    {
        // An inputs file may name an input "class" or "event": a name our expressions accept, and a C# keyword.
        var inputs = new Ntm.Criteria.Rules.Workflow(
            "Keywords",
            [
                new Ntm.Criteria.Rules.InputDeclaration("class", Ntm.Criteria.Rules.InputType.Integer),
                new Ntm.Criteria.Rules.InputDeclaration("event", Ntm.Criteria.Rules.InputType.Boolean),
            ],
            [new Ntm.Criteria.Rules.Rule("R") { Expression = "input.class >= 1 && input.event == true" }]
        )
            .Compile()
            .Inputs;
        var inputClass = RulesEngineExport.InputClass(inputs);
        var type = RulesEngineHost.Compile(inputClass);
        var input = Activator.CreateInstance(type)!;
        type.GetProperty("class")!.SetValue(input, 2);
        type.GetProperty("event")!.SetValue(input, true);
        var engine = new global::RulesEngine.RulesEngine(
            [
                new Workflow
                {
                    WorkflowName = "Keywords",
                    Rules = [new Rule { RuleName = "R", Expression = "input.class >= 1 && input.event == true" }],
                },
            ],
            new ReSettings()
        );

        var results = await engine.ExecuteAllRulesAsync("Keywords", new RuleParameter("input", input));

        Assert.Contains("public int? @class { get; set; }", inputClass, StringComparison.Ordinal);
        Assert.True(results[0].IsSuccess, results[0].ExceptionMessage);
    }

    [Fact]
    public void InputClass_AnInputNamedLikeTheClass_GivesTheClassAnotherName()
    {
        var inputs = new Ntm.Criteria.Rules.Workflow(
            "Named",
            [new Ntm.Criteria.Rules.InputDeclaration("NtmInput", Ntm.Criteria.Rules.InputType.Number)],
            [new Ntm.Criteria.Rules.Rule("R") { Expression = "input.NtmInput >= 1" }]
        )
            .Compile()
            .Inputs;

        var type = RulesEngineHost.Compile(RulesEngineExport.InputClass(inputs), RulesEngineExport.ClassName(inputs));

        Assert.Equal(("NtmInputValues", typeof(double?)), (type.Name, type.GetProperty("NtmInput")!.PropertyType));
        Assert.Throws<ArgumentException>(() => RulesEngineExport.InputClass(inputs, name: "NtmInput"));
    }

    [Fact]
    public void InputClass_OfTheSharedVocabulary_IsTheReviewedOne() =>
        Snapshot.Check(
            "docs/rulesengine/NtmInput.cs",
            RulesEngineExport.InputClass(NtmInputs.Schema),
            "InputClass_OfTheSharedVocabulary"
        );
}
