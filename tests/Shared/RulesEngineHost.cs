using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newtonsoft.Json;
using Ntm.Criteria.Rules;
using RulesEngine.Models;

namespace Ntm.Criteria.Testing;

/// <summary>
/// A criteria set hosted in Microsoft RulesEngine as a team that uses it would host it: the workflow and the input
/// class <see cref="RulesEngineExport"/> writes, the class compiled from its source, a record's values copied into it.
/// </summary>
internal sealed class RulesEngineHost
{
    private static readonly ConcurrentDictionary<InputSchema, Type> InputTypes = new();

    private readonly global::RulesEngine.RulesEngine _engine;
    private readonly string _workflow;

    /// <summary>
    /// The settings that make RulesEngine fastest: short-circuit nested rules, no message formatting. A criterion's
    /// indicators after its first one not achieved are not evaluated, so the result tree is not a full report.
    /// </summary>
    public static ReSettings Fastest =>
        new()
        {
            UseFastExpressionCompiler = true,
            EnableFormattedErrorMessage = false,
            NestedRuleExecutionMode = NestedRuleExecutionMode.Performance,
            AutoExecuteActions = false,
        };

    /// <summary>
    /// The fastest settings that still evaluate every rule, so that the result tree has every indicator's outcome.
    /// </summary>
    public static ReSettings FastestEveryRule
    {
        get
        {
            var settings = Fastest;
            settings.NestedRuleExecutionMode = NestedRuleExecutionMode.All;
            return settings;
        }
    }

    private RulesEngineHost(CriteriaSet set, ReSettings? settings)
    {
        Set = set;
        _workflow = $"{set.Id}@{set.Version}";
        var workflow = JsonConvert.DeserializeObject<global::RulesEngine.Models.Workflow>(
            RulesEngineExport.Workflow(set).ToJsonString()
        )!;
        _engine = new global::RulesEngine.RulesEngine([workflow], settings ?? new ReSettings());
        InputType = InputTypeOf(set.Inputs);
    }

    public CriteriaSet Set { get; }

    /// <summary>The class of the set's inputs, compiled from the source the export writes.</summary>
    public Type InputType { get; }

    public static RulesEngineHost For(CriteriaSet set, ReSettings? settings = null) => new(set, settings);

    /// <summary>The set's top-level results for an instance of the input class, as RulesEngine gives them.</summary>
    public List<RuleResultTree> Run(object input) =>
        _engine.ExecuteAllRulesAsync(_workflow, new RuleParameter("input", input)).AsTask().Result;

    /// <summary>Every rule's result, the nested ones included, by rule name path ("1 › 1.1").</summary>
    public Dictionary<string, RuleResultTree> Execute(InputRecord record)
    {
        var results = Run(Input(record));
        var byPath = new Dictionary<string, RuleResultTree>(StringComparer.Ordinal);
        void Add(IEnumerable<RuleResultTree> trees, string parent)
        {
            foreach (var tree in trees)
            {
                var path = parent.Length == 0 ? tree.Rule.RuleName : $"{parent} › {tree.Rule.RuleName}";
                byPath[path] = tree;
                Add(tree.ChildResults ?? [], path);
            }
        }

        Add(results, "");
        return byPath;
    }

    /// <summary>The record's values in an instance of the input class: a missing value is null.</summary>
    public object Input(InputRecord record)
    {
        var input = Activator.CreateInstance(InputType)!;
        for (var i = 0; i < record.Schema.Count; i++)
        {
            var value = record.Get(i);
            var property = InputType.GetProperty(record.Schema.Declarations[i].Name)!;
            property.SetValue(
                input,
                value.Kind switch
                {
                    ValueKind.Number => value.Number,
                    ValueKind.Integer => (int)value.Number,
                    ValueKind.Boolean => value.Boolean,
                    ValueKind.Text => value.Text,
                    _ => null,
                }
            );
        }

        return input;
    }

    /// <summary>The exported input class of a schema, compiled once.</summary>
    public static Type InputTypeOf(InputSchema schema) =>
        InputTypes.GetOrAdd(schema, s => Compile(RulesEngineExport.InputClass(s), RulesEngineExport.ClassName(s)));

    /// <summary>The input class of an export, compiled from its source.</summary>
    public static Type Compile(string source, string className = "NtmInput")
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            $"NtmInput{Guid.NewGuid():N}",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable
            )
        );
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(
                "The exported input class does not compile:\n"
                    + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            );
        }

        return Assembly.Load(image.ToArray()).GetType($"Ntm.Criteria.RulesEngine.{className}")!;
    }
}
