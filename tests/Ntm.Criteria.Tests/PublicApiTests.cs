using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// The public surface of each package, listed in src/PROJECT/PublicAPI.txt: a change to it is always a visible diff.
/// Regenerate with NTM_UPDATE_DOCS=1 dotnet test --filter PublicApi after a deliberate change.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("Ntm.Criteria.Rules")]
    [InlineData("Ntm.Criteria")]
    public void PublicApi_MatchesTheCheckedInListing(string project)
    {
        var assembly = project == "Ntm.Criteria" ? typeof(CriteriaCatalog).Assembly : typeof(RuleFile).Assembly;
        var actual = Listing(assembly);
        var path = Path.Combine(Repository.Root, "src", project, "PublicAPI.txt");
        if (Environment.GetEnvironmentVariable("NTM_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"src/{project}/PublicAPI.txt is missing; run NTM_UPDATE_DOCS=1 dotnet test --filter PublicApi");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Every public type and its public and protected members, one line each, sorted.</summary>
    internal static string Listing(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = Name(type);
            lines.Add($"{name} ({Kind(type)}){Bases(type)}");
            if (type.IsEnum)
            {
                lines.AddRange(Enum.GetNames(type).Select(value => $"{name}.{value}"));
                continue;
            }

            foreach (var member in type.GetMembers(Declared).Where(IsVisible).Where(m => !IsGenerated(m)))
            {
                lines.Add($"{name}::{Describe(member)}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static readonly NullabilityInfoContext Nullability = new();

    private static string Nullable(NullabilityInfo info) => info.Type.IsValueType || info.ReadState != NullabilityState.Nullable ? "" : "?";

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal) || method is ConstructorInfo { IsPublic: true } or ConstructorInfo { IsFamily: true },
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily),
        FieldInfo field => field.IsPublic || field.IsFamily,
        EventInfo e => e.AddMethod is { IsPublic: true } or { IsFamily: true },
        Type nested => false,
        _ => false,
    };

    // Members the compiler writes for records: their shape follows from the record's declaration.
    private static bool IsGenerated(MemberInfo member) =>
        member.Name.Contains('<', StringComparison.Ordinal) || member.Name.Contains('$', StringComparison.Ordinal)
        || member.Name is "EqualityContract" or "PrintMembers"
        || member.IsDefined(typeof(CompilerGeneratedAttribute));

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => $"ctor({Parameters(constructor)})",
        MethodInfo method => $"{(method.IsStatic ? "static " : "")}{Name(method.ReturnType)}{Nullable(Nullability.Create(method.ReturnParameter))} {method.Name}{Generic(method)}({Parameters(method)})",
        PropertyInfo property => $"{(property.GetAccessors(true)[0].IsStatic ? "static " : "")}{Name(property.PropertyType)}{Nullable(Nullability.Create(property))} {property.Name}{Indexer(property)} {{ {Accessors(property)}}}",
        FieldInfo field => $"{(field.IsLiteral ? "const " : field.IsStatic ? "static " : "")}{(field.IsInitOnly ? "readonly " : "")}{Name(field.FieldType)} {field.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => member.Name,
    };

    private static string Accessors(PropertyInfo property)
    {
        var text = new StringBuilder();
        if (property.GetMethod is { } get && (get.IsPublic || get.IsFamily))
        {
            text.Append("get; ");
        }

        if (property.SetMethod is { } set && (set.IsPublic || set.IsFamily))
        {
            var isInit = set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
            text.Append(isInit ? "init; " : "set; ");
        }

        return text.ToString();
    }

    private static string Indexer(PropertyInfo property) =>
        property.GetIndexParameters() is { Length: > 0 } parameters ? $"[{string.Join(", ", parameters.Select(p => $"{Name(p.ParameterType)} {p.Name}"))}]" : "";

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p =>
        $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{(p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "")}{Name(p.ParameterType)}{Nullable(Nullability.Create(p))} {p.Name}{Default(p)}"));

    private static string Default(ParameterInfo parameter) => !parameter.HasDefaultValue
        ? ""
        : parameter.DefaultValue is null ? (parameter.ParameterType.IsValueType && System.Nullable.GetUnderlyingType(parameter.ParameterType) is null ? " = default" : " = null") : $" = {parameter.DefaultValue}";

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsValueType: true } => type.GetMethod("PrintMembers", Declared) is not null ? "record struct" : "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        _ when type.GetMethod("<Clone>$") is not null => type.IsSealed ? "sealed record" : "record",
        { IsSealed: true } => "sealed class",
        { IsAbstract: true } => "abstract class",
        _ => "class",
    };

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        if (!type.IsEnum)
        {
            bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic).Select(Name).Order(StringComparer.Ordinal));
        }

        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is "System" or "System.Collections.Generic" or "System.Collections.Immutable" ? type.Name : type.FullName ?? type.Name);
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
