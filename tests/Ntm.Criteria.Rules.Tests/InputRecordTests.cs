using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using static Ntm.Criteria.Rules.Tests.TestWorkflows;

namespace Ntm.Criteria.Rules.Tests;

public class InputRecordTests
{
    private static readonly InputSchema Schema = new Workflow(
        "W",
        [
            new InputDeclaration("Rate", InputType.Number)
            {
                Minimum = 0,
                Maximum = 100,
                Unit = "%",
            },
            new InputDeclaration("Count", InputType.Integer) { Minimum = 0 },
            new InputDeclaration("Flag", InputType.Boolean),
            new InputDeclaration("Name", InputType.Text),
            new InputDeclaration("Region", InputType.Enumeration) { AllowedValues = ["Mountain", "Delta"] },
        ],
        [new Rule("R") { Expression = "true" }]
    ).Compile().Inputs;

    [Theory]
    [InlineData(
        "Rate",
        100.5,
        InputValueErrorKind.OutOfRange,
        "input 'Rate': 100.5 is outside the valid range [0, 100]"
    )]
    [InlineData("Rate", -1.0, InputValueErrorKind.OutOfRange, "input 'Rate': -1 is outside the valid range [0, 100]")]
    [InlineData("Rate", double.NaN, InputValueErrorKind.OutOfRange, "input 'Rate': NaN is not a finite number")]
    [InlineData(
        "Rate",
        double.PositiveInfinity,
        InputValueErrorKind.OutOfRange,
        "input 'Rate': Infinity is not a finite number"
    )]
    [InlineData(
        "Rate",
        "95",
        InputValueErrorKind.WrongType,
        "input 'Rate': \"95\" is text, not a number: give the value itself, not its text"
    )]
    [InlineData("Rate", true, InputValueErrorKind.WrongType, "input 'Rate': true is not a number")]
    [InlineData("Count", 2.5, InputValueErrorKind.WrongType, "input 'Count': 2.5 is not a whole number")]
    [InlineData("Count", -3, InputValueErrorKind.OutOfRange, "input 'Count': -3 is outside the valid range [0, ∞]")]
    [InlineData(
        "Count",
        3e10,
        InputValueErrorKind.OutOfRange,
        "input 'Count': 30000000000 is beyond the whole numbers an integer input holds (-2147483648 to 2147483647)"
    )]
    [InlineData(
        "Count",
        -3e10,
        InputValueErrorKind.OutOfRange,
        "input 'Count': -30000000000 is outside the valid range [0, ∞]"
    )]
    [InlineData("Flag", 1, InputValueErrorKind.WrongType, "input 'Flag': 1 is not true or false")]
    [InlineData(
        "Flag",
        "false",
        InputValueErrorKind.WrongType,
        "input 'Flag': \"false\" is text, not true or false: give the value itself, not its text"
    )]
    [InlineData("Name", 5, InputValueErrorKind.WrongType, "input 'Name': 5 is not text")]
    [InlineData(
        "Region",
        "coast",
        InputValueErrorKind.NotAllowed,
        "input 'Region': \"coast\" is not one of Mountain, Delta"
    )]
    [InlineData("Region", false, InputValueErrorKind.WrongType, "input 'Region': false is not one of Mountain, Delta")]
    [InlineData("Income", 5, InputValueErrorKind.UnknownInput, "input 'Income': no input of that name is declared")]
    [InlineData(
        "Rat",
        5,
        InputValueErrorKind.UnknownInput,
        "input 'Rat': no input of that name is declared; did you mean 'Rate'?"
    )]
    public void Set_ValueNotFittingDeclaration_IsRefusedWithNameAndValue(
        string name,
        object value,
        InputValueErrorKind kind,
        string expected
    )
    {
        var builder = Schema.CreateBuilder().Set(name, value);

        var error = Assert.Single(builder.Errors);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(expected, error.ToString());
        Assert.Equal(value, error.Value);
        Assert.False(builder.TryBuild(out _));
        Assert.Equal(expected, Assert.Throws<InputValueException>(() => builder.Build()).Message);
    }

    [Fact]
    public void Set_TextWhereANumberIsDeclared_SaysInVietnameseThatTextIsNotParsed()
    {
        var error = Assert.Single(Schema.CreateBuilder().Set("Rate", "95,5").Errors);

        Assert.Equal(
            "đầu vào 'Rate': \"95,5\" là chữ, không phải một số: hãy đưa chính giá trị, không phải chữ viết ra nó",
            error.ToString("vi")
        );
    }

    [Theory]
    [InlineData("Mountain", "Mountain")]
    [InlineData("mountain", "Mountain")]
    [InlineData("  MIỀN   núi ", "Mountain")]
    [InlineData("Mien nui", "Mountain")]
    [InlineData("Đồng bằng", "Delta")]
    [InlineData("dong bang", "Delta")]
    public void Set_EnumerationWrittenOut_IsReadAsItsValue(string text, string value)
    {
        var schema = RegionsNamed(["Miền núi"], ["Đồng bằng"]);

        var record = schema.CreateBuilder().Set("Region", text).Build();

        Assert.Equal(value, record["Region"].Text);
    }

    [Theory]
    [InlineData(
        "Vùng núi",
        "\"Vùng núi\" is not one of Mountain (Miền núi cao), Delta (Đồng bằng sông); did you mean Mountain?"
    )]
    [InlineData("sông", "\"sông\" is not one of Mountain (Miền núi cao), Delta (Đồng bằng sông); did you mean Delta?")]
    [InlineData("phía", "\"phía\" is not one of Mountain (Miền núi cao), Delta (Đồng bằng sông)")]
    public void Set_EnumerationNamedInPart_IsRefused_NamingTheValueWhoseNameHoldsIt(string text, string expected)
    {
        var schema = RegionsNamed(["Miền núi cao", "Vùng núi phía Bắc"], ["Đồng bằng sông", "Vùng đồng bằng phía Nam"]);

        var builder = schema.CreateBuilder().Set("Region", text);

        Assert.Equal($"input 'Region': {expected}", Assert.Single(builder.Errors).ToString());
    }

    // An enumeration Region of Mountain and Delta, each of these names.
    private static InputSchema RegionsNamed(string[] mountain, string[] delta) =>
        new Workflow(
            "W",
            [
                new InputDeclaration("Region", InputType.Enumeration)
                {
                    AllowedValues = ["Mountain", "Delta"],
                    ValueNames = ImmutableDictionary.CreateRange([
                        KeyValuePair.Create("Mountain", ImmutableArray.Create(mountain)),
                        KeyValuePair.Create("Delta", ImmutableArray.Create(delta)),
                    ]),
                },
            ],
            [new Rule("R") { Expression = "true" }]
        )
            .Compile()
            .Inputs;

    [Fact]
    public void HasValue_ByIndex_SaysWhetherTheValueIsThere()
    {
        var record = Schema.CreateBuilder().Set("Count", 0).Set("Flag", false).Set("Region", "Delta").Build();

        Assert.Equal([false, true, true, false, true], Enumerable.Range(0, Schema.Count).Select(record.HasValue));
        Assert.Equal(
            Enumerable.Range(0, Schema.Count).Select(i => record.Get(i).HasValue),
            Enumerable.Range(0, Schema.Count).Select(record.HasValue)
        );
    }

    [Fact]
    public void ToString_ListsTheGivenValuesInDeclarationOrder()
    {
        var record = Schema.CreateBuilder().Set("Region", "Delta").Set("Rate", 76.5).Set("Flag", false).Build();

        Assert.Equal("{ Rate = 76.5, Flag = false, Region = \"Delta\" }", record.ToString());
        Assert.Equal("{ }", Schema.CreateBuilder().Build().ToString());
    }

    [Fact]
    public void SetByIndex_TypedValues_AreCheckedLikeNamedOnes()
    {
        var builder = Schema
            .CreateBuilder()
            .Set(0, Value.FromNumber(95.5))
            .Set(1, Value.FromNumber(2.5))
            .Set(2, Value.FromBoolean(true))
            .Set(3, Value.FromText("Xã A"))
            .Set(4, Value.FromText("coast"));

        Assert.Equal(
            ["input 'Count': 2.5 is not a whole number", "input 'Region': \"coast\" is not one of Mountain, Delta"],
            builder.Errors.Select(e => e.ToString())
        );
        var record = Schema
            .CreateBuilder()
            .Set(1, Value.FromInteger(3))
            .Set(2, Value.FromBoolean(true))
            .Set(3, Value.FromText("Xã A"))
            .Set(4, Value.FromText("delta"))
            .Build();
        Assert.Equal(
            [
                Value.Missing,
                Value.FromInteger(3),
                Value.FromBoolean(true),
                Value.FromText("Xã A"),
                Value.FromText("Delta"),
            ],
            Enumerable.Range(0, Schema.Count).Select(record.Get)
        );
        Assert.Equal(
            "input 'Flag': 1 is not true or false",
            Assert.Single(Schema.CreateBuilder().Set(2, Value.FromInteger(1)).Errors).ToString()
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => Schema.CreateBuilder().Set(Schema.Count, Value.Missing));
        Assert.Throws<ArgumentException>(() => Schema.CreateBuilder().Set(0, Value.Undefined));
    }

    [Fact]
    public void Set_Type_NotSupported_IsRefused()
    {
        var error = Assert.Single(Schema.CreateBuilder().Set("Rate", (object)DateTime.UnixEpoch).Errors);

        Assert.Equal("input 'Rate': a value of type DateTime is not a number, boolean or text", error.ToString());
    }

    // A JSON row as an application reads it: deserialized by System.Text.Json as Dictionary<string, object?> (whose
    // values are JSON elements, not numbers and texts), parsed as a JsonNode, or as a Json.NET JObject.
    public static TheoryData<string> JsonRowReaders() => ["Dictionary", "JsonNode", "JObject"];

    [Theory]
    [MemberData(nameof(JsonRowReaders))]
    public void Set_TheValuesOfAJsonRow_AreTheValuesTheyHold(string reader)
    {
        const string json = """{ "Rate": 95.5, "Count": 3, "Flag": false, "Name": "Xã Đông", "Region": null }""";
        var row = reader switch
        {
            "Dictionary" => JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!,
            "JsonNode" => JsonNode.Parse(json)!.AsObject().Select(p => KeyValuePair.Create(p.Key, (object?)p.Value)),
            _ => Newtonsoft
                .Json.Linq.JObject.Parse(json)
                .Properties()
                .Select(p => KeyValuePair.Create(p.Name, (object?)p.Value)),
        };
        var builder = Schema.CreateBuilder();
        foreach (var (name, value) in row)
        {
            builder.Set(name, value);
        }

        var record = builder.Build();

        Assert.Equal(
            new[] { Value.FromNumber(95.5), Value.FromInteger(3), Value.FromBoolean(false), Value.FromText("Xã Đông") },
            new[] { "Rate", "Count", "Flag", "Name" }.Select(name => record[name])
        );
        Assert.False(record["Region"].HasValue);
    }

    [Theory]
    [InlineData("""{ "Rate": 190 }""", "input 'Rate': 190 is outside the valid range [0, 100]")]
    [InlineData("""{ "Count": 2.5 }""", "input 'Count': 2.5 is not a whole number")]
    [InlineData(
        """{ "Rate": "95.5" }""",
        "input 'Rate': \"95.5\" is text, not a number: give the value itself, not its text"
    )]
    [InlineData("""{ "Flag": 1 }""", "input 'Flag': 1 is not true or false")]
    [InlineData("""{ "Rate": [95] }""", "input 'Rate': a JSON array is not a number, boolean or text")]
    [InlineData("""{ "Rate": { "Value": 95 } }""", "input 'Rate': a JSON object is not a number, boolean or text")]
    public void Set_JsonElementThatDoesNotFit_IsRefusedAsItsValueIs(string json, string expected)
    {
        var (name, value) = JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!.Single();

        Assert.Equal(expected, Assert.Single(Schema.CreateBuilder().Set(name, value).Errors).ToString());
    }

    [Fact]
    public void Build_ValidValues_ReadBackAsValues()
    {
        var record = Schema
            .CreateBuilder()
            .Set("Rate", 95.5m)
            .Set("Count", 12L)
            .Set("Flag", true)
            .Set("Name", "Xã Tân Lập")
            .Set("Region", "Delta")
            .Build();

        Assert.Equal(Value.FromNumber(95.5), record["Rate"]);
        Assert.Equal(Value.FromInteger(12), record["Count"]);
        Assert.Equal(Value.FromBoolean(true), record["Flag"]);
        Assert.Equal("Xã Tân Lập", record["Name"].Text);
        Assert.Equal("Delta", record["Region"].ToString());
    }

    private enum Terrain
    {
        Mountain,
        Delta,
        Coast,
    }

    [Fact]
    public void Set_AnEnumMember_IsItsName_AndOneNotAllowedIsRefused()
    {
        var builder = Schema.CreateBuilder().Set("Region", (object)Terrain.Delta);
        var refused = Schema.CreateBuilder().Set("Region", (object)Terrain.Coast);

        Assert.Equal("Delta", builder.Build()["Region"].Text);
        Assert.Equal(
            "input 'Region': \"Coast\" is not one of Mountain, Delta",
            Assert.Single(refused.Errors).ToString()
        );
    }

    [Fact]
    public void Set_AFloat_IsTheNumberItWrites_SoAThresholdOfThatNumberIsReached()
    {
        // 52.3f widened to a double is 52.2999992370605…
        var record = Schema.CreateBuilder().Set("Rate", (object)52.3f).Build();

        Assert.Equal(52.3, record["Rate"].Number);
        Assert.Equal(RuleOutcome.Achieved, Outcome("input.X >= 52.3", ("X", 52.3f)));
        Assert.Equal(RuleOutcome.NotAchieved, Outcome("input.X >= 52.3", ("X", 52.29f)));
    }

    [Fact]
    public void Build_UnsetAndNullValues_AreMissing()
    {
        var record = Schema.CreateBuilder().Set("Rate", (double?)null).Set("Name", 1 > 2 ? "x" : null).Build();

        Assert.All(Schema.Declarations, d => Assert.Equal(ValueKind.Missing, record[d.Name].Kind));
    }

    [Fact]
    public void Builder_ReusedAfterBuild_DoesNotChangeEarlierRecord()
    {
        var builder = Schema.CreateBuilder().Set("Rate", 10.0);
        var first = builder.Build();

        builder.Set("Rate", 20.0);

        Assert.Equal(10.0, first["Rate"].Number);
        Assert.Equal(20.0, builder.Build()["Rate"].Number);
    }

    [Fact]
    public void CreateRecord_SeveralBadValues_ListsThemAll()
    {
        var exception = Assert.Throws<InputValueException>(() =>
            Schema.CreateRecord([
                KeyValuePair.Create<string, object?>("Rate", 101.0),
                KeyValuePair.Create<string, object?>("Region", "Coast"),
            ])
        );

        Assert.Equal(
            "2 input values refused:"
                + Environment.NewLine
                + "  input 'Rate': 101 is outside the valid range [0, 100]"
                + Environment.NewLine
                + "  input 'Region': \"Coast\" is not one of Mountain, Delta",
            exception.Message
        );
    }

    [Fact]
    public void Evaluate_RecordOfOtherSchema_IsMisuse()
    {
        var workflow = Single("input.X > 1");
        var record = Schema.CreateBuilder().Build();

        var exception = Assert.Throws<ArgumentException>(() => workflow.Evaluate(record));

        Assert.StartsWith(
            "The record was built for other inputs than those of workflow 'Test'",
            exception.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_RecordOfEqualSchema_IsAccepted()
    {
        var first = Single("input.X > 1");
        var second = Single("input.X < 1");
        var record = first.Inputs.CreateBuilder().Set("X", 0.5).Build();

        Assert.Equal(RuleOutcome.Achieved, second.Evaluate(record).Rules[0].Outcome);
    }

    [Fact]
    public void EvaluateOutcomes_ArrayTooShort_IsMisuse()
    {
        var workflow = Single("input.X > 1");

        Assert.Throws<ArgumentException>(() => workflow.EvaluateOutcomes(workflow.Inputs.CreateBuilder().Build(), []));
    }

    [Fact]
    public void Set_NegativeZero_IsZero()
    {
        var record = Schema.CreateBuilder().Set("Rate", -0.0).Build();

        Assert.False(double.IsNegative(record["Rate"].Number));
        Assert.Equal("{ Rate = 0 }", record.ToString());
        Assert.Equal("0", Value.FromNumber(-0.0).ToString());
    }

    [Fact]
    public void ValueToString_FormatsInvariantOrWithCulture()
    {
        Assert.Equal("17.87", Value.FromNumber(17.87).ToString());
        Assert.Equal(
            "17,87",
            Value.FromNumber(17.87).ToString(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))
        );
        Assert.Equal("missing", Value.Missing.ToString());
        Assert.Equal("undefined", Value.Undefined.ToString());
        Assert.Equal("true", Value.FromBoolean(true).ToString());
    }

    [Fact]
    public void ToBuilder_ChangesTheCopyOnly()
    {
        var original = Schema.CreateBuilder().Set("Rate", 40.0).Set("Region", "Delta").Set("Flag", true).Build();

        var changed = original.ToBuilder().Set("Rate", 60.0).SetMissing("Flag").Build();

        Assert.Equal(40, original["Rate"].Number);
        Assert.True(original["Flag"].Boolean);
        Assert.Equal(60, changed["Rate"].Number);
        Assert.Equal(Value.Missing, changed["Flag"]);
        Assert.Equal("Delta", changed["Region"].Text);
        Assert.Same(original.Schema, changed.Schema);
    }

    [Fact]
    public void Reader_ReadsEachTypeWithoutBuildingValues_AndRefusesTheWrongTypeOrSchema()
    {
        var schema = TestWorkflows.Single("input.B").Inputs;
        var record = schema
            .CreateBuilder()
            .Set("X", 2.5)
            .Set("N", 7)
            .Set("B", false)
            .Set("T", "free text")
            .Set("Region", new string("Delta".AsSpan()))
            .Build();
        var empty = schema.CreateBuilder().Build();

        Assert.Equal("free text", schema.Reader("T").Text(record));
        Assert.Null(schema.Reader("Region").Text(empty));
        Assert.Equal(2.5, schema.Reader("X").Number(record));
        Assert.Equal(7, schema.Reader("N").Number(record));
        Assert.False(schema.Reader("B").Boolean(record));
        Assert.Same(
            schema.Declarations[schema.IndexOf("Region")].AllowedValues[1],
            schema.Reader("Region").Text(record)
        );
        Assert.Null(schema.Reader("X").Number(empty));
        Assert.Null(schema.Reader("B").Boolean(empty));
        Assert.Null(schema.Reader("T").Text(empty));
        Assert.Equal("N", schema.Reader("N").Declaration.Name);

        Assert.Throws<InvalidOperationException>(() => schema.Reader("X").Text(record));
        Assert.Throws<InvalidOperationException>(() => schema.Reader("B").Number(record));
        Assert.Throws<InvalidOperationException>(() => schema.Reader("N").Boolean(record));
        Assert.Throws<InvalidOperationException>(() => default(InputReader).Number(record));
        Assert.Throws<ArgumentException>(() => schema.Reader("Nope"));
        Assert.Throws<ArgumentNullException>(() => schema.Reader("X").Number(null!));
        var foreign = new Workflow(
            "Other",
            [new InputDeclaration("X", InputType.Number)],
            [new Rule("R") { Expression = "input.X > 1" }]
        ).Compile();
        Assert.Throws<ArgumentException>(() =>
            schema.Reader("X").Number(foreign.Inputs.CreateBuilder().Set("X", 1.0).Build())
        );
    }

    [Fact]
    public void Schemas_OfEqualDeclarations_AreEqualAndReadEachOthersRecords()
    {
        // Workflows compiled apart have schemas of their own; a record of one is a record of the other.
        var first = TestWorkflows.Single("input.B");
        var second = TestWorkflows.Single("input.C");
        Assert.NotSame(first.Inputs, second.Inputs);
        Assert.Equal(first.Inputs, second.Inputs);
        var record = first.Inputs.CreateRecord([new("C", true)]);
        Assert.True(second.Evaluate(record).Rules[0].IsAchieved);
        var other = new Workflow(
            "Other",
            [new InputDeclaration("X", InputType.Number)],
            [new Rule("R") { Expression = "input.X > 1" }]
        ).Compile();
        Assert.NotEqual(first.Inputs, other.Inputs);
    }

    [Fact]
    public void ARecordOfASchemaThatExtendsAnother_IsEvaluatedByTheOthersWorkflows()
    {
        // A province's vocabulary adds inputs after the shared ones: its records serve the shared sets as they are.
        var shared = Compile("Shared", Schema.Declarations, "input.Rate >= 90 && input.Region == \"Delta\"");
        var wider = Compile(
            "Wider",
            [.. Schema.Declarations, new InputDeclaration("Extra", InputType.Number)],
            "input.Extra > 1"
        );
        var reordered = Compile("Reordered", [.. Schema.Declarations.Reverse()], "true");
        var record = wider.Inputs.CreateBuilder().Set("Rate", 95.0).Set("Region", "Delta").Set("Extra", 2.0).Build();

        Assert.True(wider.Inputs.Extends(shared.Inputs));
        Assert.True(shared.Inputs.Extends(shared.Inputs));
        Assert.False(shared.Inputs.Extends(wider.Inputs));
        Assert.False(reordered.Inputs.Extends(shared.Inputs));
        Assert.Same(wider.Inputs, InputSchema.Widest([shared.Inputs, wider.Inputs, shared.Inputs]));
        Assert.Null(InputSchema.Widest([shared.Inputs, reordered.Inputs]));
        Assert.Equal(RuleOutcome.Achieved, shared.Evaluate(record).Rules[0].Outcome);
        Assert.Equal(RuleOutcome.Achieved, wider.Evaluate(record).Rules[0].Outcome);
        Assert.Equal(95.0, shared.Inputs.Reader("Rate").Number(record));
        Assert.Throws<ArgumentException>(() => wider.Evaluate(shared.Inputs.CreateBuilder().Build()));
        Assert.Throws<ArgumentException>(() => reordered.Evaluate(record));
    }

    private static CompiledWorkflow Compile(string name, ImmutableArray<InputDeclaration> inputs, string expression) =>
        new Workflow(name, inputs, [new Rule("R") { Expression = expression }]).Compile();
}
