using System.Globalization;

namespace Ntm.Criteria.Rules;

/// <summary>
/// The input values of one evaluation (one commune, say), checked against their declarations. Immutable.
/// </summary>
public sealed class InputRecord
{
    // Missing numbers are stored as NaN: a checked record never holds a real NaN, since InputRecordBuilder rejects it.
    internal readonly double[] Numbers;
    internal readonly string?[] Texts;

    internal InputRecord(InputSchema schema, double[] numbers, string?[] texts)
    {
        Schema = schema;
        Numbers = numbers;
        Texts = texts;
    }

    /// <summary>The schema the record was built for.</summary>
    public InputSchema Schema { get; }

    /// <summary>The value of a declared input.</summary>
    /// <exception cref="ArgumentException">No input of that name is declared.</exception>
    public Value this[string name]
    {
        get
        {
            var index = Schema.IndexOf(name);
            return index >= 0
                ? Get(index)
                : throw new ArgumentException($"No input named '{name}' is declared.", nameof(name));
        }
    }

    /// <summary>
    /// Starts a builder holding this record's values, to build a record that differs in some of them.
    /// </summary>
    public InputRecordBuilder ToBuilder() => new(this);

    /// <summary>Whether the input at a declaration index has a value.</summary>
    public bool HasValue(int index) =>
        InputSchema.StoresText(Schema.Declarations[index].Type)
            ? Texts[Schema.Slots[index]] is not null
            : !double.IsNaN(Numbers[Schema.Slots[index]]);

    /// <summary>
    /// Formats the inputs that have a value, in declaration order, as a debugger or a log line wants them:
    /// <c>{ Region = "BTB", IrrigatedFarmlandRate = 76.5 }</c>. Missing inputs are left out.
    /// </summary>
    public override string ToString()
    {
        var given = Enumerable
            .Range(0, Schema.Declarations.Length)
            .Where(HasValue)
            .Select(i => $"{Schema.Declarations[i].Name} = {Shown(Get(i))}")
            .ToList();
        return given.Count == 0 ? "{ }" : $"{{ {string.Join(", ", given)} }}";
    }

    private static string Shown(Value value) =>
        value.Kind == ValueKind.Text ? $"\"{value}\"" : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value of the input at a declaration index.</summary>
    public Value Get(int index)
    {
        var declaration = Schema.Declarations[index];
        var slot = Schema.Slots[index];
        if (InputSchema.StoresText(declaration.Type))
        {
            return Value.FromText(Texts[slot]);
        }

        var number = Numbers[slot];
        if (double.IsNaN(number))
        {
            return Value.Missing;
        }

        return declaration.Type switch
        {
            InputType.Integer => Value.FromInteger((int)number),
            InputType.Boolean => Value.FromBoolean(number != 0),
            _ => Value.FromNumber(number),
        };
    }
}
