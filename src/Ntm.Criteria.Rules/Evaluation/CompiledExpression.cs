using System.Collections.Immutable;
using Ntm.Criteria.Rules.Compilation;

namespace Ntm.Criteria.Rules;

/// <summary>
/// An expression over a workflow's inputs and global params compiled to its value for a record, from <see
/// cref="CompiledWorkflow.CompileExpression(string)"/>: what a rule compares, to show beside its outcome (a share
/// computed from two counts). Immutable and safe to evaluate from many threads at once.
/// </summary>
public sealed class CompiledExpression
{
    private readonly CompiledWorkflow _workflow;

    // Compiled on first evaluation: a loader that checks an expression never pays for its JIT compilation.
    private readonly Lazy<ValueProgram> _program;

    internal CompiledExpression(
        CompiledWorkflow workflow,
        string text,
        ImmutableArray<InputDeclaration> inputsRead,
        Func<ValueProgram> program
    )
    {
        _workflow = workflow;
        Text = text;
        InputsRead = inputsRead;
        _program = new Lazy<ValueProgram>(program);
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The inputs the expression reads (through the params it names too), in schema order.</summary>
    public ImmutableArray<InputDeclaration> InputsRead { get; }

    /// <summary>
    /// The expression's value for one record: missing where an input it needs is, and undefined where it divides a
    /// whole number by zero, as a rule's outcome would be.
    /// </summary>
    /// <exception cref="ArgumentException">The record was built for other inputs than the workflow's.</exception>
    public Value Evaluate(InputRecord input)
    {
        _workflow.CheckSchema(input);
        return _program.Value(input.Numbers, input.Texts);
    }

    /// <summary>The expression as written.</summary>
    public override string ToString() => Text;
}
