using System.Text;

namespace Ntm.Criteria.Rules.Tests;

public class InputsFileTests
{
    [Fact]
    public void Load_InputsFileRelativeToRuleFile_SharesOneVocabulary()
    {
        var file = RuleFile.Load(TestWorkflows.Fixture(Path.Combine("sets", "with-inputs-file.json")));

        var first = file["First"].Compile();
        var second = file["Second"].Compile();

        Assert.Equal(["IncomePerCapita", "Region"], first.Inputs.Declarations.Select(d => d.Name));
        Assert.Equal(["IncomePerCapita", "Region", "Extra"], second.Inputs.Declarations.Select(d => d.Name));
        Assert.EndsWith("shared/inputs.json", first.Inputs.Declarations[0].SourceFile, StringComparison.Ordinal);
        Assert.Equal("million VND/person/year", first.Inputs.Declarations[0].Unit);
    }

    [Fact]
    public void Load_WorkflowNamingAnInputsFile_SaysWhichAndWhatItDeclares()
    {
        // A tool that writes the workflow back names the file again rather than copying what it declares.
        var file = RuleFile.Load(TestWorkflows.Fixture(Path.Combine("sets", "with-inputs-file.json")));

        var (first, second) = (file["First"].InputsFile!, file["Second"].InputsFile!);

        Assert.EndsWith("Fixtures/shared/inputs.json", first.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal(first, second);
        Assert.Equal(["IncomePerCapita", "Region"], first.Inputs.Declarations.Select(d => d.Name));
        Assert.True(file["Second"].Inputs[..first.Inputs.Count].SequenceEqual(first.Inputs.Declarations));
    }

    [Fact]
    public void Parse_WorkflowWithItsOwnInputsOnly_NamesNoInputsFile()
    {
        var json =
            """{ "WorkflowName": "W", "Inputs": [ { "Name": "X", "Type": "number" } ], "Rules": [ { "RuleName": "R","""
            + """ "Expression": "input.X > 1" } ] }""";

        Assert.Null(RuleFile.Parse(json)["W"].InputsFile);
    }

    [Fact]
    public void Load_InputsFileThroughHook_ResolvesLikeResourceNames()
    {
        var files = new Dictionary<string, string>
        {
            ["rules/inputs.json"] = """{ "Inputs": [ { "Name": "X", "Type": "number" } ] }""",
        };
        var options = new RuleLoadOptions
        {
            OpenReferencedFile = path =>
                files.TryGetValue(path, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null,
        };
        var json =
            """{ "WorkflowName": "W", "InputsFile": "../inputs.json", "Rules": [ { "RuleName": "R", "Expression":"""
            + """ "input.X > 1" } ] }""";

        var workflow = RuleFile.Parse(json, "rules/national/set.json", options)["W"];

        Assert.Equal("X", Assert.Single(workflow.Inputs).Name);
    }

    [Fact]
    public void Load_MissingInputsFile_NamesReferenceAndResolvedPath()
    {
        var json =
            "{ \"WorkflowName\": \"W\",\n  \"InputsFile\": \"../nowhere.json\",\n  \"Rules\": [ { \"RuleName\": "
            + "\"R\", \"Expression\": \"true\" } ] }";

        Assert.Equal(
            "rules/set.json(2,17): W: InputsFile '../nowhere.json' was not found (looked for nowhere.json)",
            Assert.Throws<RuleFileException>(() => RuleFile.Parse(json, "rules/set.json")).Message
        );
    }

    [Fact]
    public void Load_BrokenInputsFile_ReportsErrorsInThatFile()
    {
        var options = new RuleLoadOptions
        {
            OpenReferencedFile = _ => new MemoryStream(
                Encoding.UTF8.GetBytes("{ \"Inputs\": [\n  { \"Name\": \"X\", \"Type\": \"float\" } ] }")
            ),
        };
        var json =
            """{ "WorkflowName": "W", "InputsFile": "inputs.json", "Rules": [ { "RuleName": "R", "Expression":"""
            + """ "true" } ] }""";

        Assert.Equal(
            "inputs.json(2,26): input 'X' has unknown Type 'float'; expected number, integer, boolean, text or enum",
            Assert.Throws<RuleFileException>(() => RuleFile.Parse(json, "set.json", options)).Message
        );
    }

    [Fact]
    public void Load_ProblemInSharedInputsFile_IsReportedOnce()
    {
        var options = new RuleLoadOptions
        {
            OpenReferencedFile = _ => new MemoryStream(
                Encoding.UTF8.GetBytes(
                    "{ \"Inputs\": [\n  { \"Name\": \"X\", \"Type\": \"number\", \"Minimum\": 5, \"Maximum\": 1 } ] }"
                )
            ),
        };
        var json = """
            [ { "WorkflowName": "A", "InputsFile": "inputs.json", "Rules": [ { "RuleName": "R", "Expression": "true" } ] },
              { "WorkflowName": "B", "InputsFile": "inputs.json", "Rules": [ { "RuleName": "R", "Expression": "true" } ] } ]
            """;

        Assert.Equal(
            "inputs.json(2,3): input 'X' has its minimum (Minimum) 5 above its maximum (Maximum) 1",
            Assert.Throws<RuleFileException>(() => RuleFile.Parse(json, "set.json", options)).Message
        );
    }

    [Fact]
    public void Load_FilesOfOneLoader_ShareTheInputsFileSchemaAndReadItOnce()
    {
        var reads = 0;
        var options = new RuleLoadOptions
        {
            OpenReferencedFile = _ =>
            {
                reads++;
                return new MemoryStream(
                    Encoding.UTF8.GetBytes("""{ "Inputs": [ { "Name": "X", "Type": "number" } ] }""")
                );
            },
        };
        const string Json =
            """{ "WorkflowName": "W", "InputsFile": "inputs.json", "Rules": [ { "RuleName": "R", "Expression":"""
            + """ "input.X > 1" } ] }""";
        var loader = new RuleFileLoader(options);

        var first = loader.Parse(Json, "a.json")["W"].Compile();
        var second = loader.Parse(Json, "b.json")["W"].Compile();
        Assert.Equal(1, reads);
        var alone = RuleFile.Parse(Json, "c.json", options)["W"].Compile();

        Assert.Same(first.Inputs, second.Inputs);
        Assert.NotSame(first.Inputs, alone.Inputs);
        Assert.Equal(first.Inputs, alone.Inputs);
        var record = alone.Inputs.CreateRecord([new("X", 2)]);
        Assert.True(second.Evaluate(record).Rules[0].IsAchieved);
    }

    [Fact]
    public void Load_BrokenInputsFileNamedByTwoFilesOfOneLoader_FailsBoth()
    {
        var options = new RuleLoadOptions
        {
            OpenReferencedFile = _ => new MemoryStream(
                Encoding.UTF8.GetBytes("{ \"Inputs\": [\n  { \"Name\": \"X\", \"Type\": \"float\" } ] }")
            ),
        };
        const string Json =
            """{ "WorkflowName": "W", "InputsFile": "inputs.json", "Rules": [ { "RuleName": "R", "Expression":"""
            + """ "true" } ] }""";
        var loader = new RuleFileLoader(options);

        foreach (var name in new[] { "a.json", "b.json" })
        {
            Assert.Equal(
                "inputs.json(2,26): input 'X' has unknown Type 'float'; expected number, "
                    + "integer, boolean, text or enum",
                Assert.Throws<RuleFileException>(() => loader.Parse(Json, name)).Message
            );
        }
    }

    [Theory]
    [InlineData("national/2021-2025/a.json", "../../inputs.json", "inputs.json")]
    [InlineData("national/a.json", "./shared/i.json", "national/shared/i.json")]
    [InlineData("/rules/a.json", "../inputs.json", "/inputs.json")]
    [InlineData("a.json", "inputs.json", "inputs.json")]
    [InlineData("C:\\rules\\a.json", "inputs.json", "C:/rules/inputs.json")]
    public void ResolvePath_CombinesWithFolderOfReferencingFile(
        string referencing,
        string reference,
        string expected
    ) => Assert.Equal(expected, InputsFileReader.ResolvePath(referencing, reference));
}
