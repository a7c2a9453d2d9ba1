using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// A criteria set for a team that hosts rules in Microsoft RulesEngine: the set resolved into one standalone workflow
/// (overlays applied, its inputs declared in it, named with its version so that versions can be registered together),
/// and the C# class of its inputs, every value nullable, so that a missing value is null rather than 0 or false.
/// </summary>
public static class RulesEngineExport
{
    /// <summary>The set as one RulesEngine workflow, named <c>id@version</c>.</summary>
    public static JsonObject Workflow(CriteriaSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var json = WorkflowJson.ToJson(set.Workflow.Workflow);
        json["WorkflowName"] = $"{set.Id}@{set.Version}";
        return json;
    }

    /// <summary>
    /// The name <see cref="InputClass"/> gives the class of these inputs: <c>NtmInput</c>, or, where an input has that
    /// name (a member cannot be named like its class), <c>NtmInputValues</c>.
    /// </summary>
    public static string ClassName(InputSchema inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.IndexOf("NtmInput") < 0 ? "NtmInput" : "NtmInputValues";
    }

    /// <summary>
    /// The C# source of a class with a nullable property per input (numbers <c>double?</c>, whole numbers <c>int?</c>,
    /// booleans <c>bool?</c>, texts and enumerations <c>string?</c>), to pass to RulesEngine as the <c>input</c>; named
    /// <paramref name="name"/>, or <see cref="ClassName"/> when it is null.
    /// </summary>
    /// <exception cref="ArgumentException">An input is named <paramref name="name"/>: the class would not compile.
    /// </exception>
    public static string InputClass(
        InputSchema inputs,
        string @namespace = "Ntm.Criteria.RulesEngine",
        string? name = null
    )
    {
        ArgumentNullException.ThrowIfNull(inputs);
        name ??= ClassName(inputs);
        if (inputs.IndexOf(name) >= 0)
        {
            throw new ArgumentException(
                $"an input is named {name}, which a member of the class {name} cannot be",
                nameof(name)
            );
        }

        var text = new StringBuilder();
        text.AppendLine(
            "// Written by Ntm.Criteria (RulesEngineExport.InputClass) from the inputs' declarations; do not edit."
        );
        text.AppendLine("#nullable enable");
        text.AppendLine();
        text.Append("namespace ").Append(@namespace).AppendLine(";");
        text.AppendLine();
        text.AppendLine(
            "/// <summary>The inputs of the New Rural Development criteria, for Microsoft "
                + "RulesEngine: a missing value is null.</summary>"
        );
        text.Append("public sealed class ").AppendLine(name);
        text.AppendLine("{");
        foreach (var input in inputs.Declarations)
        {
            var label = input.Labels.GetValueOrDefault("vi") ?? input.Labels.GetValueOrDefault("en");
            var about = string.Join(
                "; ",
                new[]
                {
                    label,
                    input.Unit is { } unit ? $"unit: {unit}" : null,
                    input.AllowedValues.IsEmpty ? null : $"one of {string.Join(", ", input.AllowedValues)}",
                    Range(input),
                }.OfType<string>()
            );
            if (about.Length > 0)
            {
                text.Append("    /// <summary>").Append(Xml(about)).AppendLine("</summary>");
            }

            text.Append("    public ")
                .Append(TypeOf(input.Type))
                .Append(' ')
                .Append(Identifier(input.Name))
                .AppendLine(" { get; set; }");
            text.AppendLine();
        }

        text.Length -= Environment.NewLine.Length;
        text.AppendLine("}");
        return text.ToString().ReplaceLineEndings("\n");
    }

    // C#'s reserved keywords (the contextual ones, "value" or "record", are names a property may have).
    private static readonly FrozenSet<string> CSharpKeywords = (
        "abstract as base bool break byte case catch char checked class const continue decimal default delegate do "
        + "double else enum event explicit extern false finally fixed float for foreach goto if implicit in int "
        + "interface internal is lock long namespace new null object operator out override params private protected "
        + "public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw "
        + "true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while"
    )
        .Split(' ')
        .ToFrozenSet(StringComparer.Ordinal);

    // An input's name is letters, digits and '_', and may be a C# keyword ("class", "event"): as a property it takes
    // an '@', which is not part of its name, so RulesEngine's "input.class" still finds it.
    private static string Identifier(string name) => CSharpKeywords.Contains(name) ? "@" + name : name;

    private static string TypeOf(InputType type) =>
        type switch
        {
            InputType.Number => "double?",
            InputType.Integer => "int?",
            InputType.Boolean => "bool?",
            _ => "string?",
        };

    private static string? Range(InputDeclaration input) =>
        (input.Minimum, input.Maximum) switch
        {
            (null, null) => null,
            var (min, max) => string.Create(
                CultureInfo.InvariantCulture,
                $"from {min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} to "
                    + $"{max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}"
            ),
        };

    private static string Xml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
