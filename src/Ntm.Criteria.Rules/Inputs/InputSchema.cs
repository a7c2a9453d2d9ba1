using System.Collections.Immutable;

namespace Ntm.Criteria.Rules;

/// <summary>
/// The inputs a compiled workflow reads, each with its storage slot. Records built from one schema can be
/// evaluated by every workflow whose schema it is equal to or extends, so one commune record serves several sets.
/// </summary>
public sealed class InputSchema : IEquatable<InputSchema>
{
    private readonly Dictionary<string, int> _indexByName;
    private volatile InputSchema? _lastFoundEqual;
    private volatile InputSchema? _lastFoundExtended;

    internal InputSchema(ImmutableArray<InputDeclaration> declarations)
    {
        Declarations = declarations;
        _indexByName = new Dictionary<string, int>(declarations.Length, StringComparer.Ordinal);
        var slots = new int[declarations.Length];
        for (var i = 0; i < declarations.Length; i++)
        {
            _indexByName.TryAdd(declarations[i].Name, i);
            slots[i] = StoresText(declarations[i].Type) ? TextCount++ : NumberCount++;
        }

        Slots = slots;
    }

    /// <summary>The declared inputs, in declared order.</summary>
    public ImmutableArray<InputDeclaration> Declarations { get; }

    /// <summary>How many inputs are declared.</summary>
    public int Count => Declarations.Length;

    internal int NumberCount { get; }

    internal int TextCount { get; }

    /// <summary>Slot of each declaration in the record's number or text array, by declaration index.</summary>
    internal int[] Slots { get; }

    /// <summary>Finds a declared input by its exact name.</summary>
    public bool TryGet(string name, out InputDeclaration declaration)
    {
        if (_indexByName.TryGetValue(name, out var index))
        {
            declaration = Declarations[index];
            return true;
        }

        declaration = null!;
        return false;
    }

    /// <summary>The index of a declared input, or -1.</summary>
    public int IndexOf(string name) => _indexByName.GetValueOrDefault(name, -1);

    /// <summary>A reader of the named input for records of this schema (or an equal one).</summary>
    /// <exception cref="ArgumentException">No input of that name is declared.</exception>
    public InputReader Reader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = IndexOf(name);
        return index >= 0
            ? new InputReader(this, index)
            : throw new ArgumentException($"No input named '{name}' is declared.", nameof(name));
    }

    /// <summary>Starts a record; set the values, then build it.</summary>
    public InputRecordBuilder CreateBuilder() => new(this);

    /// <summary>
    /// Builds a record from values by input name: numbers (any numeric type), <see cref="bool"/>, <see cref="string"/>,
    /// or null for missing. Inputs not named are missing.
    /// </summary>
    /// <exception cref="InputValueException">A name is not declared or a value does not fit its declaration; lists all
    /// of them.</exception>
    public InputRecord CreateRecord(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = CreateBuilder();
        foreach (var (name, value) in values)
        {
            builder.Set(name, value);
        }

        return builder.Build();
    }

    internal static bool StoresText(InputType type) => type is InputType.Text or InputType.Enumeration;

    /// <summary>
    /// Whether both schemas declare the same inputs, in the same order, with the same types and ranges.
    /// </summary>
    public bool Equals(InputSchema? other)
    {
        if (other is null)
        {
            return false;
        }

        // Every evaluation checks its record's schema, and sets of two loaders (the shipped catalog and a province's
        // files) have equal schemas that are distinct objects: remembering the last one found equal keeps the check
        // to a reference comparison.
        if (ReferenceEquals(this, other) || ReferenceEquals(_lastFoundEqual, other))
        {
            return true;
        }

        if (!Declarations.SequenceEqual(other.Declarations))
        {
            return false;
        }

        _lastFoundEqual = other;
        return true;
    }

    /// <summary>
    /// Whether this schema declares the inputs of <paramref name="other"/> first, in its order and as it declares them,
    /// whatever it declares after them (equal schemas included): its records hold those inputs in the same slots, so
    /// workflows of <paramref name="other"/> evaluate them. A province's or a revision's vocabulary that adds inputs to
    /// the shared one extends it.
    /// </summary>
    public bool Extends(InputSchema other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(_lastFoundExtended, other) || Equals(other))
        {
            return true;
        }

        if (other.Count > Count || !Declarations.Take(other.Count).SequenceEqual(other.Declarations))
        {
            return false;
        }

        _lastFoundExtended = other;
        return true;
    }

    /// <summary>
    /// The schema among <paramref name="schemas"/> that extends every other (see <see cref="Extends"/>): the one to
    /// build records with for workflows of all of them; null when none does.
    /// </summary>
    public static InputSchema? Widest(IEnumerable<InputSchema> schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var list = schemas.ToList();
        var widest = list.MaxBy(s => s.Count);
        return widest is not null && list.All(widest.Extends) ? widest : null;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InputSchema);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Count > 0 ? Declarations[0].Name : null);
}
