using System.Collections;
using System.Globalization;
using System.Reflection;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Every message about a rule file or a refused input value, the engine's and the sets', is written in English and in
/// Vietnamese: a message left in one language (empty, or the same words in both) fails here.
/// </summary>
public class RuleMessageTests
{
    // Pieces that are the same in every language by nature: a value, a symbol or a name as the file writes it.
    private static readonly HashSet<string> SameInBoth =
    [
        "Nothing",
        "Literal",
        "Symbol",
        "Operator",
        "AsWritten",
        "Null",
        "Param",
    ];

    private static IEnumerable<Type> MessageClasses() =>
        new[] { typeof(RuleMessage).Assembly, typeof(CriteriaCatalog).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Messages", StringComparison.Ordinal));

    [Fact]
    public void EveryMessage_IsInBothLanguages_AndDiffers()
    {
        var classes = MessageClasses().ToList();
        var fields = classes
            .SelectMany(c => c.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(RuleMessage) && !SameInBoth.Contains(f.Name))
            .Select(f => (Name: $"{f.DeclaringType!.Name}.{f.Name}", Message: (RuleMessage)f.GetValue(null)!));
        var methods = classes
            .SelectMany(c =>
                c.GetMethods(
                    BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly
                )
            )
            .Where(m => m.ReturnType == typeof(RuleMessage) && !SameInBoth.Contains(m.Name))
            .SelectMany(m =>
                Calls(m)
                    .Select(arguments =>
                        (Name: $"{m.DeclaringType!.Name}.{m.Name}", Message: (RuleMessage)m.Invoke(null, arguments)!)
                    )
            );
        var messages = fields.Concat(methods).ToList();

        Assert.Equal(
            ["ExpressionMessages", "InputMessages", "ReadingMessages", "SetFileMessages", "WorkflowMessages"],
            classes.Select(c => c.Name).Order()
        );
        Assert.True(messages.Count > 150, $"only {messages.Count} messages checked");
        Assert.All(
            messages,
            m =>
            {
                Assert.False(
                    string.IsNullOrWhiteSpace(m.Message.English) || string.IsNullOrWhiteSpace(m.Message.Vietnamese),
                    $"{m.Name} is empty in a language"
                );
                Assert.True(
                    m.Message.English != m.Message.Vietnamese,
                    $"{m.Name} says '{m.Message.English}' in both languages"
                );
            }
        );
    }

    [Fact]
    public void Error_InVietnamese_SaysWhereAndWhatInVietnamese()
    {
        var error = Assert
            .Throws<RuleFileException>(() =>
                RuleFile.Parse(
                    "{ \"WorkflowName\": \"W\", \"Inputs\": [ { \"Name\": \"Rate\", \"Type\": \"number\" } ],\n  "
                        + "\"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"input.Rate ≥ 80\" } ] }",
                    "w.json"
                )
            )
            .Errors.Single();

        Assert.Equal(
            "w.json(2,47): W › R, expression column 12: '≥' is not an operator of expressions; write '>='",
            error.ToString()
        );
        Assert.Equal(
            "w.json(2,47): W › R, cột 12 của biểu thức: '≥' không phải một toán tử của biểu thức; hãy viết '>='",
            error.ToString("vi")
        );
        Assert.Equal(error.Text.Vietnamese, error.Text.In("vi-VN"));
        Assert.Equal(error.Message, error.Text.In("en"));
    }

    [Fact]
    public void RefusedValue_SaysWhyInEitherLanguage()
    {
        var rate = new InputDeclaration("Rate", InputType.Number) { Minimum = 0, Maximum = 100 };
        var builder = new Workflow("W", [rate], [new Rule("R") { Expression = "input.Rate >= 80" }])
            .Compile()
            .Inputs.CreateBuilder();

        var error = Assert.Single(builder.Set("Rate", 120.5).Errors);

        Assert.Equal("input 'Rate': 120.5 is outside the valid range [0, 100]", error.ToString());
        Assert.Equal("đầu vào 'Rate': 120,5 nằm ngoài khoảng hợp lệ [0, 100]", error.ToString("vi"));
        Assert.Equal(error.Message, error.Text.English);
    }

    [Fact]
    public void RangeUpsideDown_WritesItsNumbersAsEachLanguageDoes_WhateverTheMachinesCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            var error = Assert
                .Throws<RuleFileException>(() =>
                    RuleFile.Parse(
                        "{ \"WorkflowName\": \"W\", \"Inputs\": [ { \"Name\": \"Rate\", \"Type\": \"number\", "
                            + "\"Minimum\": 10.5, \"Maximum\": 1 } ],\n  "
                            + "\"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] }",
                        "w.json"
                    )
                )
                .Errors.Single();

            Assert.Equal(
                "w.json(1,36): W: input 'Rate' has its minimum (Minimum) 10.5 above its maximum (Maximum) 1",
                error.ToString()
            );
            Assert.Equal(
                "w.json(1,36): W: đầu vào 'Rate' có giá trị nhỏ nhất (Minimum) 10,5 lớn hơn giá trị lớn nhất "
                    + "(Maximum) 1",
                error.ToString("vi")
            );
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>
    /// Each way a message method can be called here: every bool both ways, other parameters one sample each.
    /// </summary>
    private static IEnumerable<object?[]> Calls(MethodInfo method)
    {
        IEnumerable<object?[]> calls =
        [
            [],
        ];
        foreach (var parameter in method.GetParameters())
        {
            var samples =
                parameter.ParameterType == typeof(bool) ? [true, false] : new[] { Sample(parameter.ParameterType) };
            calls = calls.SelectMany(call => samples.Select(sample => (object?[])[.. call, sample]));
        }

        return calls;
    }

    private static object? Sample(Type type) =>
        type switch
        {
            _ when type == typeof(string) => "x",
            _ when type == typeof(int) || type == typeof(int?) || type == typeof(long) => 3,
            _ when type == typeof(double) || type == typeof(double?) => 1.5,
            _ when type == typeof(byte) => (byte)0xC3,
            _ when type == typeof(char) => '#',
            _ when type == typeof(RuleMessage) => new RuleMessage("this", "cái này"),
            _ when type == typeof(DateOnly) || type == typeof(DateOnly?) => new DateOnly(2026, 2, 15),
            _ when type == typeof(RuleOperator) => RuleOperator.And,
            _ when type == typeof(object) => 2.5,
            _ when type == typeof(InputDeclaration) => new InputDeclaration("Rate", InputType.Integer)
            {
                Minimum = 0,
                Maximum = 100,
            },
            _ when type == typeof(IReadOnlyList<(DateOnly, DateOnly?)>) => new List<(DateOnly, DateOnly?)>
            {
                (new DateOnly(2022, 3, 8), null),
            },
            _ when typeof(IEnumerable).IsAssignableFrom(type) => new List<string> { "a", "b" },
            _ => throw new InvalidOperationException($"No sample of {type} for a message's parameter."),
        };
}
