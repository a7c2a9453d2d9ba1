using System.Collections.Immutable;
using Ntm.Criteria.Rules.Compilation;

namespace Ntm.Criteria.Rules;

/// <summary>
/// A rule file: one RulesEngine workflow or an array of them, read and checked in full. Loading reports every
/// problem of the file at once in a <see cref="RuleFileException"/>; a file that loads compiles. Files that share an
/// inputs file are best loaded by one <see cref="RuleFileLoader"/>.
/// </summary>
public sealed class RuleFile
{
    internal RuleFile(string? path, ImmutableArray<Workflow> workflows)
    {
        Path = path;
        Workflows = workflows;
    }

    /// <summary>The file's path or name as given to the loader.</summary>
    public string? Path { get; }

    /// <summary>The workflows, in file order.</summary>
    public ImmutableArray<Workflow> Workflows { get; }

    /// <summary>The workflow of the given name.</summary>
    /// <exception cref="KeyNotFoundException">The file has no workflow of that name.</exception>
    public Workflow this[string name] =>
        Workflows.FirstOrDefault(w => w.Name == name)
        ?? throw new KeyNotFoundException(
            $"{Path ?? "The rule file"} has no workflow named '{name}'; it has "
                + $"{string.Join(", ", Workflows.Select(w => w.Name))}."
        );

    /// <summary>Reads, checks and returns a rule file from disk.</summary>
    /// <exception cref="RuleFileException">The file cannot be read or has problems; lists all of them.</exception>
    public static RuleFile Load(string path, RuleLoadOptions? options = null) => new RuleFileLoader(options).Load(path);

    /// <summary>
    /// Reads, checks and returns a rule file from a stream; <paramref name="name"/> names it in errors and anchors its
    /// references.
    /// </summary>
    /// <exception cref="RuleFileException">The file has problems; lists all of them.</exception>
    public static RuleFile Load(Stream stream, string name, RuleLoadOptions? options = null) =>
        new RuleFileLoader(options).Load(stream, name);

    /// <summary>Checks and returns a rule file given as JSON text.</summary>
    /// <exception cref="RuleFileException">The text has problems; lists all of them.</exception>
    public static RuleFile Parse(string json, string? name = null, RuleLoadOptions? options = null) =>
        new RuleFileLoader(options).Parse(json, name);

    /// <summary>Compiles every workflow of the file.</summary>
    public ImmutableArray<CompiledWorkflow> CompileAll() =>
        Workflows.Select(w => WorkflowCompiler.Compile(w)).ToImmutableArray();
}
