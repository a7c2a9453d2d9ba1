using System.Text.Json;

namespace Ntm.Criteria.Rules.Tests;

/// <summary>The editor schema in rules/schema lists exactly the fields the loader reads.</summary>
public class SchemaTests
{
    private static readonly JsonElement Definitions = LoadDefinitions();

    [Theory]
    [InlineData("workflow", typeof(WorkflowJsonReader), "WorkflowFields")]
    [InlineData("rule", typeof(WorkflowJsonReader), "RuleFields")]
    [InlineData("param", typeof(WorkflowJsonReader), "ParamFields")]
    [InlineData("input", typeof(InputsFileReader), "InputFields")]
    [InlineData("inputsFile", typeof(InputsFileReader), "InputsFileFields")]
    public void Schema_Definition_ListsLoaderFields(string definition, Type reader, string loaderField)
    {
        var schemaFields = Definitions
            .GetProperty(definition)
            .GetProperty("properties")
            .EnumerateObject()
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);
        var loaderFields = (
            (string[])
                reader
                    .GetField(
                        loaderField,
                        System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static
                    )!
                    .GetValue(null)!
        ).Order(StringComparer.Ordinal);

        Assert.Equal(loaderFields, schemaFields);
    }

    private static JsonElement LoadDefinitions()
    {
        var path = Path.Combine(Repository.Root, "rules", "schema", "workflow.schema.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("$defs").Clone();
    }
}

/// <summary>A compiled workflow knows which inputs its expressions read: the columns a data file needs.</summary>
public class InputsReadTests
{
    [Fact]
    public void InputsRead_RulesAndParams_InSchemaOrderOnceEach()
    {
        var workflow = TestWorkflows.Single(
            "input.Y > 1 && input.X < 2 && limit > input.Y",
            new ScopedParam("limit", "input.N + 1")
        );

        Assert.Equal(["X", "Y", "N"], workflow.InputsRead.Select(i => i.Name));
    }

    [Fact]
    public void InputsRead_ConstantRule_ReadsNothing() => Assert.Empty(TestWorkflows.Single("true").InputsRead);
}
