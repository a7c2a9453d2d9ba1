using System.Collections.Immutable;
using Ntm.Criteria.Rules.Compilation;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Tests of rules' outcomes compiled into one delegate, from <see
/// cref="CompiledWorkflow.CompileOutcomeMask(IEnumerable{OutcomeTest})"/>: test
/// <c>k</c> sets bit <c>k % 64</c> of word <c>k / 64</c>. Immutable and safe to evaluate from many threads at once.
/// </summary>
public sealed class OutcomeMask
{
    // The compiled code writes the words to an array; each thread keeps one, so an evaluation allocates nothing.
    [ThreadStatic]
    private static ulong[]? t_words;

    private readonly CompiledWorkflow _workflow;
    private readonly MaskProgram _program;

    internal OutcomeMask(CompiledWorkflow workflow, ImmutableArray<OutcomeTest> tests, MaskProgram program)
    {
        _workflow = workflow;
        Tests = tests;
        _program = program;
        WordCount = Math.Max(1, (tests.Length + 63) / 64);
    }

    /// <summary>The tests, in bit order.</summary>
    public ImmutableArray<OutcomeTest> Tests { get; }

    /// <summary>How many 64-bit words the bits take.</summary>
    public int WordCount { get; }

    /// <summary>
    /// Evaluates the tests for one record into <paramref name="bits"/>, which must hold <see cref="WordCount"/> words.
    /// </summary>
    /// <exception cref="ArgumentException">The record was built for a different schema, or <paramref name="bits"/> is
    /// too short.</exception>
    public void Evaluate(InputRecord input, Span<ulong> bits)
    {
        _workflow.CheckSchema(input);
        if (bits.Length < WordCount)
        {
            throw new ArgumentException(
                $"The span holds {bits.Length} words; the mask needs {WordCount}.",
                nameof(bits)
            );
        }

        var words = t_words is { } kept && kept.Length >= WordCount ? kept : t_words = new ulong[WordCount];
        _program(input.Numbers, input.Texts, words);
        words.AsSpan(0, WordCount).CopyTo(bits);
    }
}
