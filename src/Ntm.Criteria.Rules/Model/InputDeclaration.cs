using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// An input that expressions may read as <c>input.Name</c>: its type, unit and valid range.
/// Values outside the declaration are rejected when an <see cref="InputRecord"/> is built, never evaluated.
/// </summary>
public sealed record InputDeclaration
{
    /// <summary>
    /// Creates a declaration; the loader checks names and ranges, code that builds one checks its own.
    /// </summary>
    public InputDeclaration(string name, InputType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
    }

    /// <summary>The identifier read by expressions (<c>input.Name</c>), case-sensitive.</summary>
    public string Name { get; }

    /// <summary>The value type.</summary>
    public InputType Type { get; }

    /// <summary>
    /// The unit of a numeric input, for reports (for example <c>%</c> or <c>million VND/person/year</c>).
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>The smallest valid value of a numeric input, inclusive; null when unbounded.</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest valid value of a numeric input, inclusive; null when unbounded.</summary>
    public double? Maximum { get; init; }

    /// <summary>
    /// The allowed values of an <see cref="InputType.Enumeration"/>, in declared order; empty otherwise.
    /// </summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];

    /// <summary>
    /// Other names of an enumeration's allowed values, or of an integer input's whole numbers, as data files write
    /// them out ("Bắc Trung Bộ" for <c>BTB</c>, "khu vực III" for <c>3</c>): each value's names, in any language;
    /// <see cref="ValueOf"/> matches them with case, diacritics and spacing ignored.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> ValueNames { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>
    /// The values that have <see cref="ValueNames"/>, in the order files write them: an enumeration's as it declares
    /// them, an integer input's from the smallest.
    /// </summary>
    public IEnumerable<string> NamedValues =>
        Type == InputType.Enumeration
            ? AllowedValues.Where(ValueNames.ContainsKey)
            : ValueNames
                .Keys.OrderBy(v => int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
                .ThenBy(v => v, StringComparer.Ordinal);

    /// <summary>
    /// The allowed value a text names: the value itself, or the value whose code or one of whose <see
    /// cref="ValueNames"/> it is, with case, diacritics and spacing ignored; for an integer input, the whole number
    /// (as its <see cref="ValueNames"/> key) one of whose names it is; null when it names none.
    /// </summary>
    public string? ValueOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Type == InputType.Integer)
        {
            var name = TextKey.Of(text);
            return ValueNames.FirstOrDefault(v => v.Value.Any(n => TextKey.Of(n) == name)).Key;
        }

        var position = AllowedValues.IndexOf(text, 0, AllowedValues.Length, StringComparer.Ordinal);
        if (position >= 0)
        {
            return AllowedValues[position];
        }

        var key = TextKey.Of(text);
        return AllowedValues.FirstOrDefault(v =>
            TextKey.Of(v) == key || (ValueNames.TryGetValue(v, out var names) && names.Any(n => TextKey.Of(n) == key))
        );
    }

    /// <summary>Human labels by language code (for example <c>vi</c>, <c>en</c>).</summary>
    public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Free metadata from the declaration's <c>Properties</c> object.</summary>
    public ImmutableDictionary<string, JsonElement> Properties { get; init; } =
        ImmutableDictionary<string, JsonElement>.Empty;

    /// <summary>Where the declaration starts in its file.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>The file the declaration was read from, if any.</summary>
    public string? SourceFile { get; init; }

    /// <summary>
    /// Whether the input holds a number (<see cref="InputType.Number"/> or <see cref="InputType.Integer"/>).
    /// </summary>
    public bool IsNumeric => Type is InputType.Number or InputType.Integer;

    /// <summary>
    /// What makes this declaration unusable, each with the field it is in; empty when it is sound. The loader refuses
    /// a declaration with any (and a name declared twice, which only a whole inputs file can show).
    /// </summary>
    public ImmutableArray<InputDeclarationProblem> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<InputDeclarationProblem>();
        void Add(RuleFileErrorKind kind, string field, RuleMessage message) => problems.Add(new(kind, field, message));

        if (!WorkflowBinder.IsUsableName(Name))
        {
            Add(RuleFileErrorKind.InvalidValue, "Name", WorkflowMessages.InputNameNotUsable(Name));
        }

        if (!IsNumeric && (Minimum is not null || Maximum is not null))
        {
            Add(
                RuleFileErrorKind.InvalidValue,
                Minimum is null ? "Maximum" : "Minimum",
                WorkflowMessages.RangeOnNonNumber(Name)
            );
        }

        if (Minimum is { } min && Maximum is { } max && min > max)
        {
            Add(RuleFileErrorKind.InvalidValue, "Minimum", WorkflowMessages.MinimumAboveMaximum(Name, min, max));
        }

        if (Type == InputType.Integer && AllowedValues.IsEmpty)
        {
            // A zone written "khu vực III" in a data file is read as 3; a name may stand for a number of the range.
            foreach (var value in ValueNames.Keys.Where(v => !IsWholeNumberInRange(v)))
            {
                Add(
                    RuleFileErrorKind.InvalidValue,
                    "ValueNames",
                    WorkflowMessages.ValueNamesForNoWholeNumber(Name, value, Minimum, Maximum)
                );
            }

            AddNamesOfTwoValues(NamedValues);
            return problems.ToImmutable();
        }

        if (Type != InputType.Enumeration)
        {
            if (!ValueNames.IsEmpty)
            {
                Add(RuleFileErrorKind.InvalidValue, "ValueNames", WorkflowMessages.ValueNamesOnNonEnumeration(Name));
            }
            else if (!AllowedValues.IsEmpty)
            {
                Add(RuleFileErrorKind.InvalidValue, "Values", WorkflowMessages.ValuesOnNonEnumeration(Name));
            }

            return problems.ToImmutable();
        }

        if (AllowedValues.IsEmpty)
        {
            Add(RuleFileErrorKind.MissingField, "Values", WorkflowMessages.NoValues(Name));
        }
        else if (AllowedValues.Distinct(StringComparer.Ordinal).Count() != AllowedValues.Length)
        {
            Add(RuleFileErrorKind.DuplicateName, "Values", WorkflowMessages.ValueTwice(Name));
        }

        foreach (var value in ValueNames.Keys.Where(v => !AllowedValues.Contains(v, StringComparer.Ordinal)))
        {
            Add(
                RuleFileErrorKind.InvalidValue,
                "ValueNames",
                WorkflowMessages.ValueNamesForUnknownValue(Name, value, AllowedValues)
            );
        }

        AddNamesOfTwoValues(AllowedValues);
        return problems.ToImmutable();

        // A name read as two values would make a data file's cell mean either.
        void AddNamesOfTwoValues(IEnumerable<string> values)
        {
            foreach (
                var name in values
                    .SelectMany(v => ValueNames.GetValueOrDefault(v, []).Append(v).Select(n => (Value: v, Name: n)))
                    .GroupBy(n => TextKey.Of(n.Name))
                    .Where(g => g.Select(n => n.Value).Distinct().Count() > 1)
            )
            {
                Add(
                    RuleFileErrorKind.DuplicateName,
                    "ValueNames",
                    WorkflowMessages.NameOfTwoValues(Name, name.First().Name, name.Select(n => n.Value).Distinct())
                );
            }
        }
    }

    private bool IsWholeNumberInRange(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
        && (Minimum is not { } min || number >= min)
        && (Maximum is not { } max || number <= max);

    /// <inheritdoc />
    public bool Equals(InputDeclaration? other) =>
        other is not null
        && Name == other.Name
        && Type == other.Type
        && Unit == other.Unit
        && Minimum.Equals(other.Minimum)
        && Maximum.Equals(other.Maximum)
        && AllowedValues.SequenceEqual(other.AllowedValues)
        && ValueNames.Count == other.ValueNames.Count
        && ValueNames.All(v => other.ValueNames.TryGetValue(v.Key, out var names) && names.SequenceEqual(v.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type, Unit, Minimum, Maximum, AllowedValues.Length);
}
