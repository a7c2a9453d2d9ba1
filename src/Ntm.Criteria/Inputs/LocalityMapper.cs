using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Reads localities from the caller's own class: each public property, or public field, maps to the input of the same
/// name (ignoring case) or the one its <see cref="NtmInputAttribute"/> names; the identity comes from conventional
/// names or <see cref="NtmLocalityAttribute"/>. Created by <see cref="LocalityReader.For{T}"/>: the mapping is checked
/// and compiled once; values are checked for every item, and a refused value is an error naming the locality, the
/// input and the value, never coerced.
/// </summary>
/// <typeparam name="T">The caller's class or struct.</typeparam>
public sealed class LocalityMapper<T>
{
    private readonly Action<T, InputRecordBuilder> _setInputs;
    private readonly Func<T, string?>[] _identity;

    private LocalityMapper(
        InputSchema schema,
        ImmutableDictionary<string, string> inputsByProperty,
        ImmutableArray<string> unmapped,
        Action<T, InputRecordBuilder> setInputs,
        Func<T, string?>[] identity
    )
    {
        Schema = schema;
        InputsByProperty = inputsByProperty;
        UnmappedProperties = unmapped;
        _setInputs = setInputs;
        _identity = identity;
    }

    /// <summary>The schema the records are built for.</summary>
    public InputSchema Schema { get; }

    /// <summary>The input each mapped property (or field) gives, by its name.</summary>
    public ImmutableDictionary<string, string> InputsByProperty { get; }

    /// <summary>
    /// Public properties (and fields) that match neither an input nor an identity field, and are not ignored (a
    /// class's own data, such as remarks). One a slip of two letters away from an input no member gives is refused
    /// when the mapper is created, as a typo that would leave that input missing.
    /// </summary>
    public ImmutableArray<string> UnmappedProperties { get; }

    internal static LocalityMapper<T> Create(InputSchema schema)
    {
        var problems = new List<string>();
        var item = Expression.Parameter(typeof(T), "item");
        var builder = Expression.Parameter(typeof(InputRecordBuilder), "builder");
        var calls = new List<Expression>();
        var inputsByProperty = ImmutableDictionary.CreateBuilder<string, string>();
        var unmapped = new List<MemberInfo>();
        var identity = new Func<T, string?>?[4];
        var identityMembers = new string?[4];

        // A class of public fields (a data transfer object, a struct) is read as one of properties would be: mapping
        // none of them would leave every input missing without a word.
        var members = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Concat<MemberInfo>(typeof(T).GetFields(BindingFlags.Public | BindingFlags.Instance));
        foreach (var member in members)
        {
            if (member.GetCustomAttribute<NtmIgnoreAttribute>() is not null)
            {
                continue;
            }

            var explicitInput = member.GetCustomAttribute<NtmInputAttribute>()?.Name;
            var field =
                member.GetCustomAttribute<NtmLocalityAttribute>()?.Field
                ?? (explicitInput is null ? LocalityColumns.ConventionallyNamed(member.Name) : null);
            if (field is { } f)
            {
                if (identityMembers[(int)f] is { } first)
                {
                    problems.Add(
                        $"two members give the locality's {f.ToString().ToLowerInvariant()}, {first} and "
                            + $"{member.Name}; mark the one to use with [NtmLocality] and the other with [NtmIgnore]"
                    );
                    continue;
                }

                identityMembers[(int)f] = member.Name;
                identity[(int)f] = IdentityGetter(member, item, problems);
                continue;
            }

            var declaration = explicitInput is not null
                ? schema.TryGet(explicitInput, out var named)
                    ? named
                    : null
                : InputNames.Find(schema, member.Name);
            if (declaration is null)
            {
                if (explicitInput is not null)
                {
                    var meant = Spelling.Meant(explicitInput, schema.Declarations.Select(d => d.Name));
                    problems.Add(
                        $"{KindOf(member)} {member.Name} names the input '{explicitInput}', which is not declared"
                            + (meant is null ? "" : $" (did you mean {meant}?)")
                    );
                }
                else
                {
                    unmapped.Add(member);
                }

                continue;
            }

            if (inputsByProperty.ContainsValue(declaration.Name))
            {
                problems.Add(
                    $"{inputsByProperty.First(p => p.Value == declaration.Name).Key} and {member.Name} both give "
                        + $"the input {declaration.Name}"
                );
                continue;
            }

            if (SetCall(member, declaration, item, builder) is { } call)
            {
                calls.Add(call);
                inputsByProperty.Add(member.Name, declaration.Name);
            }
            else
            {
                problems.Add(
                    $"{KindOf(member)} {member.Name} of type {Describe(TypeOf(member))} cannot give the "
                        + $"{declaration.Type.ToString().ToLowerInvariant()} input {declaration.Name}"
                );
            }
        }

        // A member a slip away from an input no member gives ("IrrigatedFarmlandRatee") would leave that input missing
        // for every locality without a word: it is refused, naming the input. Two edits at most, not the third of a
        // name "did you mean" allows: further off, a name is the caller's own (Remarks, a count beside a rate). So is
        // a member named with the last words of one such input alone, of a type that can give it ("Group" for
        // CommuneGroup, "Year" for AssessmentYear): a province's group left unread would be placed from the facts.
        var free = schema.Declarations.Where(d => !inputsByProperty.ContainsValue(d.Name)).ToList();
        foreach (var member in unmapped)
        {
            var names = free.Select(d => d.Name);
            var meant =
                Spelling.Closest(member.Name, names, count: 1, StringComparer.Ordinal, ignoreCase: true, maxDistance: 2)
                    is [var close]
                    ? close
                : free.Where(d => EndsWithWords(d.Name, member.Name)).ToList() is [var ending]
                && SetCall(member, ending, item, builder) is not null
                    ? ending.Name
                : null;
            if (meant is not null)
            {
                problems.Add(
                    $"{KindOf(member)} {member.Name} matches no input (did you mean {meant}?): name it {meant}, map it with "
                        + $"[NtmInput(\"{meant}\")], or leave it out with [NtmIgnore]"
                );
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"{typeof(T).Name} cannot be mapped to the inputs: {string.Join("; ", problems)}."
            );
        }

        var setInputs =
            calls.Count == 0
                ? (_, _) => { }
                : Expression.Lambda<Action<T, InputRecordBuilder>>(Expression.Block(calls), item, builder).Compile();
        return new LocalityMapper<T>(
            schema,
            inputsByProperty.ToImmutable(),
            [.. unmapped.Select(m => m.Name)],
            setInputs,
            identity.Select(getter => getter ?? (_ => null)).ToArray()
        );
    }

    /// <summary>Reads one item.</summary>
    /// <exception cref="LocalityInputException">Some values were refused; names the locality and each input and
    /// value.</exception>
    public Locality Map(T item)
    {
        var (locality, builder) = Read(item);
        return builder.TryBuild(out var record)
            ? locality with
            {
                Inputs = record,
            }
            : throw new LocalityInputException(locality.Id, locality.Name, builder.Errors.ToArray());
    }

    /// <summary>Reads one item, returning the refused values as data instead of throwing.</summary>
    public bool TryMap(T item, [NotNullWhen(true)] out Locality? locality, out IReadOnlyList<InputValueError> errors)
    {
        var (read, builder) = Read(item);
        if (builder.TryBuild(out var record))
        {
            locality = read with { Inputs = record };
            errors = [];
            return true;
        }

        locality = null;
        errors = builder.Errors.ToArray();
        return false;
    }

    private (Locality Identity, InputRecordBuilder Builder) Read(T item)
    {
        if (item is null)
        {
            throw new ArgumentNullException(nameof(item));
        }

        var builder = Schema.CreateBuilder();
        _setInputs(item, builder);
        var locality = new Locality(_identity[(int)LocalityField.Id](item), null!)
        {
            Name = _identity[(int)LocalityField.Name](item),
            District = _identity[(int)LocalityField.District](item),
            Province = _identity[(int)LocalityField.Province](item),
        };
        return (locality, builder);
    }

    /// <summary>
    /// A call <c>builder.Set(name, (double?)item.P)</c> of the overload that fits the member, or null when none does.
    /// </summary>
    private static MethodCallExpression? SetCall(
        MemberInfo member,
        InputDeclaration declaration,
        ParameterExpression item,
        ParameterExpression builder
    )
    {
        var type = Nullable.GetUnderlyingType(TypeOf(member)) ?? TypeOf(member);
        Expression value = Expression.MakeMemberAccess(item, member);
        Type? parameter = declaration.Type switch
        {
            // A float through the builder's object overload, which takes it as it writes, not as it widens.
            InputType.Number or InputType.Integer when type == typeof(float) => typeof(object),
            InputType.Number or InputType.Integer when IsNumeric(type) => typeof(double?),
            InputType.Boolean when type == typeof(bool) => typeof(bool?),
            InputType.Text or InputType.Enumeration when type == typeof(string) => typeof(string),
            InputType.Enumeration when type.IsEnum => typeof(string),
            _ => null,
        };
        if (parameter is null)
        {
            return null;
        }

        if (type.IsEnum)
        {
            // An enum member's name is the allowed value (Region.DBSH gives "DBSH"); an undefined member is refused by
            // the builder.
            var toString = typeof(object).GetMethod(nameof(ToString))!;
            value =
                TypeOf(member) == type
                    ? Expression.Call(Expression.Convert(value, typeof(object)), toString)
                    : Expression.Condition(
                        Expression.Property(value, "HasValue"),
                        Expression.Call(
                            Expression.Convert(Expression.Property(value, "Value"), typeof(object)),
                            toString
                        ),
                        Expression.Constant(null, typeof(string))
                    );
        }
        else if (value.Type != parameter)
        {
            value = Expression.Convert(value, parameter);
        }

        var set = typeof(InputRecordBuilder).GetMethod(nameof(InputRecordBuilder.Set), [typeof(string), parameter])!;
        return Expression.Call(builder, set, Expression.Constant(declaration.Name), value);
    }

    private static Func<T, string?>? IdentityGetter(MemberInfo member, ParameterExpression item, List<string> problems)
    {
        var type = Nullable.GetUnderlyingType(TypeOf(member)) ?? TypeOf(member);
        if (type != typeof(string) && !IsNumeric(type) && type != typeof(Guid))
        {
            problems.Add(
                $"{KindOf(member)} {member.Name} of type {Describe(TypeOf(member))} cannot give a locality's "
                    + "identity (use text or a number)"
            );
            return null;
        }

        var getter = Expression
            .Lambda<Func<T, object?>>(
                Expression.Convert(Expression.MakeMemberAccess(item, member), typeof(object)),
                item
            )
            .Compile();
        return value =>
            getter(value) switch
            {
                null => null,
                string text => text,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
    }

    // Whether a name ends with these words: "CommuneGroup" with "Group", not "Subgroup" with "group".
    private static bool EndsWithWords(string name, string words) =>
        name.Length > words.Length
        && name.EndsWith(words, StringComparison.OrdinalIgnoreCase)
        && char.IsUpper(name[^words.Length]);

    private static Type TypeOf(MemberInfo member) =>
        member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;

    private static string KindOf(MemberInfo member) => member is PropertyInfo ? "property" : "field";

    private static bool IsNumeric(Type type) =>
        type == typeof(double)
        || type == typeof(float)
        || type == typeof(decimal)
        || type == typeof(int)
        || type == typeof(long)
        || type == typeof(short)
        || type == typeof(byte)
        || type == typeof(uint)
        || type == typeof(ushort)
        || type == typeof(sbyte);

    private static string Describe(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying ? underlying.Name + "?" : type.Name;
}
