using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules.Evaluation;

/// <summary>
/// A leaf test an outcome mask can run four at a time: "number input compared with a constant", written as
/// <c>(negate ? -x : x) &gt;= threshold</c>. Every ordered comparison has that form: <c>x &gt; c</c> is
/// <c>x &gt;= BitIncrement(c)</c>, since no double lies between the two, and <c>x &lt;= c</c> is <c>-x &gt;= -c</c>.
/// A missing input is NaN, which fails it, as the scalar test does.
/// </summary>
/// <param name="Slot">The input's slot in the record's numbers.</param>
/// <param name="Negate">Whether the input is negated before the comparison.</param>
/// <param name="Threshold">The value it must reach.</param>
/// <param name="Bit">The test's bit in the mask.</param>
internal readonly record struct VectorLeaf(int Slot, bool Negate, double Threshold, int Bit)
{
    /// <summary>The leaf test "<paramref name="node"/> is known and equals <paramref name="truth"/>", when it has the vector form.</summary>
    public static VectorLeaf? TryCreate(Bound node, bool truth, int bit)
    {
        switch (node)
        {
            case BoundUnary { Operator: UnaryOperator.Not } not:
                return TryCreate(not.Operand, !truth, bit);
            case BoundInput { Type: ExprType.Boolean } input:
                // Booleans are stored as 1 and 0: true is x > 0.5, false is x < 0.5.
                return truth ? Greater(input.Slot, 0.5, bit) : Less(input.Slot, 0.5, bit);
            case BoundBinary { Operator: >= BinaryOperator.Less and <= BinaryOperator.GreaterOrEqual } comparison:
                {
                    var op = truth ? comparison.Operator : Emitter.Complement(comparison.Operator);
                    if (InputSlot(comparison.Left) is { } slot && Constant(comparison.Right) is { } constant)
                    {
                        return Compare(slot, op, constant, bit);
                    }

                    // c < x is x > c.
                    return InputSlot(comparison.Right) is { } mirroredSlot && Constant(comparison.Left) is { } mirroredConstant
                        ? Compare(mirroredSlot, Mirror(op), mirroredConstant, bit)
                        : null;
                }

            default:
                return null;
        }
    }

    private static VectorLeaf? Compare(int slot, BinaryOperator op, double constant, int bit) => op switch
    {
        BinaryOperator.Less => Less(slot, constant, bit),
        BinaryOperator.LessOrEqual => new VectorLeaf(slot, true, -constant, bit),
        BinaryOperator.Greater => Greater(slot, constant, bit),
        _ => new VectorLeaf(slot, false, constant, bit),
    };

    private static VectorLeaf Greater(int slot, double constant, int bit) => new(slot, false, Math.BitIncrement(constant), bit);

    private static VectorLeaf Less(int slot, double constant, int bit) => new(slot, true, Math.BitIncrement(-constant), bit);

    private static BinaryOperator Mirror(BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        _ => BinaryOperator.LessOrEqual,
    };

    /// <summary>The slot of a number or integer input, read as a NaN-coded double.</summary>
    private static int? InputSlot(Bound node) => node switch
    {
        BoundInput { Type: ExprType.Number or ExprType.Integer } input => input.Slot,
        BoundToNumber convert => InputSlot(convert.Operand),
        _ => null,
    };

    /// <summary>A finite numeric literal.</summary>
    private static double? Constant(Bound node) => node switch
    {
        BoundLiteral { Type: ExprType.Number or ExprType.Integer } literal
            when System.Convert.ToDouble(literal.Value, System.Globalization.CultureInfo.InvariantCulture) is var value && double.IsFinite(value) => value,
        BoundToNumber convert => Constant(convert.Operand),
        _ => null,
    };
}

/// <summary>
/// Runs up to four <see cref="VectorLeaf"/> tests with one vector comparison. A batch's constants are eight doubles
/// (the sign to flip per lane, then the thresholds) and its bits a table of sixteen words, one per result of the four
/// lanes, so that the lanes' bits land wherever the tests' bits are.
/// </summary>
internal static class VectorLeaves
{
    /// <summary>Whether batches run as vectors here; elsewhere every test is compiled on its own.</summary>
    public static bool Supported => Vector256.IsHardwareAccelerated;

    /// <summary>A batch whose inputs are anywhere in the record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Gathered(double[] numbers, int slot0, int slot1, int slot2, int slot3, double[] constants, int constantsAt, ulong[] tables, int tableAt) =>
        Test(Vector256.Create(numbers[slot0], numbers[slot1], numbers[slot2], numbers[slot3]), constants, constantsAt, tables, tableAt);

    /// <summary>A batch whose inputs are four consecutive slots: one load.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Consecutive(double[] numbers, int slot0, double[] constants, int constantsAt, ulong[] tables, int tableAt) =>
        Test(Vector256.Create<double>(numbers.AsSpan(slot0, 4)), constants, constantsAt, tables, tableAt);

    /// <summary>The constants and the table of a batch; they are appended to <paramref name="constants"/> and <paramref name="tables"/>.</summary>
    public static void AddBatch(IReadOnlyList<VectorLeaf> batch, List<double> constants, List<ulong> tables)
    {
        for (var lane = 0; lane < 4; lane++)
        {
            constants.Add(lane < batch.Count && batch[lane].Negate ? -0.0 : 0.0);
        }

        for (var lane = 0; lane < 4; lane++)
        {
            constants.Add(lane < batch.Count ? batch[lane].Threshold : 0.0);
        }

        for (var passed = 0; passed < 16; passed++)
        {
            var word = 0UL;
            for (var lane = 0; lane < batch.Count; lane++)
            {
                word |= (passed >> lane & 1) != 0 ? 1UL << (batch[lane].Bit % 64) : 0;
            }

            tables.Add(word);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Test(Vector256<double> inputs, double[] constants, int constantsAt, ulong[] tables, int tableAt)
    {
        // The compiler built the arrays and their offsets (AddBatch): eight constants and sixteen words per batch.
        ref var constant = ref MemoryMarshal.GetArrayDataReference(constants);
        var signs = Vector256.LoadUnsafe(ref constant, (nuint)constantsAt);
        var thresholds = Vector256.LoadUnsafe(ref constant, (nuint)constantsAt + 4);
        var passed = Vector256.GreaterThanOrEqual(inputs ^ signs, thresholds).ExtractMostSignificantBits();
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(tables), tableAt + (int)passed);
    }
}
