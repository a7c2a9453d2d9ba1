using System.Runtime.CompilerServices;

namespace Ntm.Criteria.Rules;

/// <summary>
/// One declared input resolved once against its schema, then read from many records: an array read after a
/// reference check of the record's schema, without building a <see cref="Value"/>. From <see
/// cref="InputSchema.Reader(string)"/>.
/// </summary>
public readonly struct InputReader
{
    private readonly InputSchema _schema;
    private readonly int _slot;
    private readonly InputType _type;

    internal InputReader(InputSchema schema, int index)
    {
        _schema = schema;
        Declaration = schema.Declarations[index];
        _slot = schema.Slots[index];
        _type = Declaration.Type;
    }

    /// <summary>The input read.</summary>
    public InputDeclaration Declaration { get; }

    /// <summary>
    /// The text of a text or enumeration input (an enumeration's value is the declaration's own instance), or null when
    /// missing.
    /// </summary>
    /// <exception cref="ArgumentException">The record was built for another schema.</exception>
    /// <exception cref="InvalidOperationException">The input is not text or an enumeration.</exception>
    public string? Text(InputRecord record)
    {
        Check(record, InputSchema.StoresText(_type), "text");
        return record.Texts[_slot];
    }

    /// <summary>The number of a number or integer input, or null when missing.</summary>
    /// <exception cref="ArgumentException">The record was built for another schema.</exception>
    /// <exception cref="InvalidOperationException">The input is not a number or an integer.</exception>
    public double? Number(InputRecord record)
    {
        Check(record, _type is InputType.Number or InputType.Integer, "a number");
        return record.Numbers[_slot] is var number && double.IsNaN(number) ? null : number;
    }

    /// <summary>The value of a boolean input, or null when missing.</summary>
    /// <exception cref="ArgumentException">The record was built for another schema.</exception>
    /// <exception cref="InvalidOperationException">The input is not a boolean.</exception>
    public bool? Boolean(InputRecord record)
    {
        Check(record, _type == InputType.Boolean, "a boolean");
        return record.Numbers[_slot] is var number && double.IsNaN(number) ? null : number != 0;
    }

    private void Check(InputRecord record, bool typeFits, string expected)
    {
        // Reads are meant for loops over many records: the usual case is two comparisons, the rest kept out of line.
        if (!typeFits || record is null || !ReferenceEquals(record.Schema, _schema))
        {
            CheckFully(record, typeFits, expected);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckFully(InputRecord? record, bool typeFits, string expected)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_schema is null)
        {
            throw new InvalidOperationException("This reader was not created by InputSchema.Reader.");
        }

        if (!typeFits)
        {
            throw new InvalidOperationException($"Input '{Declaration.Name}' is {Declaration.Type}, not {expected}.");
        }

        // Records of an equal or extending schema hold this input's value in the same slot.
        if (!record.Schema.Extends(_schema))
        {
            throw new ArgumentException(
                $"The record was built for other inputs than those this reader of '{Declaration.Name}' was created "
                    + "for.",
                nameof(record)
            );
        }
    }
}
