using System.Collections.Immutable;

namespace Ntm.Criteria.Rules.Tests;

/// <summary>Builds small workflows for tests: one rule, a few typed inputs.</summary>
internal static class TestWorkflows
{
    public static readonly ImmutableArray<InputDeclaration> Inputs =
    [
        new InputDeclaration("X", InputType.Number),
        new InputDeclaration("Y", InputType.Number),
        new InputDeclaration("N", InputType.Integer),
        new InputDeclaration("M", InputType.Integer),
        new InputDeclaration("B", InputType.Boolean),
        new InputDeclaration("C", InputType.Boolean),
        new InputDeclaration("T", InputType.Text),
        new InputDeclaration("Region", InputType.Enumeration) { AllowedValues = ["Mountain", "Delta"] },
    ];

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Compiles a one-rule workflow over <see cref="Inputs"/>.</summary>
    public static CompiledWorkflow Single(string expression, params ScopedParam[] globals) =>
        new Workflow("Test", Inputs, [new Rule("R") { Expression = expression }])
        {
            GlobalParams = [.. globals],
        }.Compile();

    /// <summary>Evaluates one expression for the given values (missing when not given).</summary>
    public static RuleOutcome Outcome(string expression, params (string Name, object? Value)[] values)
    {
        var workflow = Single(expression);
        var record = workflow.Inputs.CreateRecord(values.Select(v => KeyValuePair.Create(v.Name, v.Value)));
        return workflow.Evaluate(record).Rules[0].Outcome;
    }

    /// <summary>The single error of compiling a one-rule workflow, formatted.</summary>
    public static RuleFileError Error(string expression)
    {
        var exception = Assert.Throws<RuleFileException>(() => Single(expression));
        return Assert.Single(exception.Errors);
    }

    /// <summary>The error message of loading a JSON text named test.json.</summary>
    public static string LoadError(string json, RuleLoadOptions? options = null) =>
        Assert.Throws<RuleFileException>(() => RuleFile.Parse(json, "test.json", options)).Message;
}
