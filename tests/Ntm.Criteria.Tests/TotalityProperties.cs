using FsCheck;
using FsCheck.Fluent;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Evaluation is total: any value at all, NaN, infinities, negatives, percentages over 100, fractions for whole
/// numbers, unknown regions, is either refused as data (an <see cref="InputValueError"/> naming the input and the
/// value) or evaluated; every indicator of every set then has an outcome, and nothing throws.
/// </summary>
public class TotalityProperties
{
    private static readonly double[] HostileNumbers =
    [
        double.NaN,
        double.PositiveInfinity,
        double.NegativeInfinity,
        -1,
        -0.0,
        -1e-9,
        100.000001,
        101,
        150,
        1e9,
        1e300,
        -1e300,
        double.Epsilon,
        double.MaxValue,
        double.MinValue,
        0.5,
        2.5,
        99.999999,
    ];

    [ScaledProperty(1000)]
    public Property AnyValue_IsRefusedAsDataOrEvaluated_AndEveryIndicatorHasAnOutcome_Shipped() =>
        AnyValue_IsRefusedAsDataOrEvaluated_AndEveryIndicatorHasAnOutcome("shipped");

    [ScaledProperty(1000)]
    public Property AnyValue_IsRefusedAsDataOrEvaluated_AndEveryIndicatorHasAnOutcome_Synthetic() =>
        AnyValue_IsRefusedAsDataOrEvaluated_AndEveryIndicatorHasAnOutcome("synthetic");

    private static Property AnyValue_IsRefusedAsDataOrEvaluated_AndEveryIndicatorHasAnOutcome(string name)
    {
        var catalog = name == "shipped" ? CriteriaCatalog.Shipped : Synthetic.Catalog;
        var sets = catalog.Sets.Where(s => s.Inputs.Equals(catalog.Sets[0].Inputs)).ToList();
        var schema = sets[0].Inputs;
        var gen = Gen.CollectToList(schema.Declarations.Select(d => HostileValue(d).Select(v => (d.Name, v))))
            .Select(values => values.ToList());

        var property = Prop.ForAll(
            Arb.From(gen),
            values =>
            {
                var builder = schema.CreateBuilder();
                foreach (var (input, value) in values)
                {
                    builder.Set(input, value);
                }

                var refused = builder.Errors.Select(e => e.InputName).ToHashSet();
                var expected = values
                    .Where(v => !IsValid(schema.Declarations.First(d => d.Name == v.Name), v.v))
                    .Select(v => v.Name)
                    .ToHashSet();
                if (!refused.SetEquals(expected))
                {
                    return false.Label($"refused {string.Join(", ", refused)}; expected {string.Join(", ", expected)}");
                }

                if (builder.Errors.Any(e => e.Value is null && values.First(v => v.Name == e.InputName).v is not null))
                {
                    return false.Label("an error lost the value it refused");
                }

                // What a caller evaluates: the accepted values, the refused ones left missing.
                var accepted = schema.CreateBuilder();
                foreach (var (input, value) in values.Where(v => !refused.Contains(v.Name)))
                {
                    accepted.Set(input, value);
                }

                var record = accepted.Build();
                foreach (var set in sets)
                {
                    var report = set.Evaluate(record);
                    var indicators = report
                        .Criteria.Concat(report.Preconditions)
                        .SelectMany(c => c.Indicators)
                        .ToList();
                    if (
                        indicators.Count != set.AllCriteria.Sum(c => c.Indicators.Length)
                        || !indicators.All(i => Enum.IsDefined(i.Outcome))
                        || indicators.Any(i =>
                            i.Actual is { Kind: ValueKind.Number or ValueKind.Integer } actual
                            && !double.IsFinite(actual.Number)
                        )
                    )
                    {
                        return false.Label(
                            $"{set}: an indicator has no outcome, or reports a value that is not finite"
                        );
                    }

                    if (
                        set.Count(record) is var counts
                        && (counts.IndicatorsAchieved, counts.CriteriaAchieved)
                            != (report.IndicatorsAchieved, report.CriteriaAchieved)
                    )
                    {
                        return false.Label($"{set}: the count and the report disagree");
                    }
                }

                return true.ToProperty();
            }
        );

        return property;
    }

    [Fact]
    public void MappedClass_WithNaNAndOutOfRangeValues_IsRefusedWithEachValueNamed()
    {
        var mapper = LocalityReader.For<HostileCommune>();

        var mapped = mapper.TryMap(
            new HostileCommune
            {
                CommuneId = "X1",
                PavedCommuneRoadRate = double.NaN,
                CleanAlleyRate = -5,
                FieldRoadRate = double.PositiveInfinity,
                SolidHouseRate = 100.5,
            },
            out _,
            out var errors
        );

        Assert.False(mapped);
        Assert.Equal(
            [
                "input 'PavedCommuneRoadRate': NaN is not a finite number",
                "input 'CleanAlleyRate': -5 is outside the valid range [0, 100]",
                "input 'FieldRoadRate': Infinity is not a finite number",
                "input 'SolidHouseRate': 100.5 is outside the valid range [0, 100]",
            ],
            errors.Select(e => e.ToString())
        );
    }

    private sealed class HostileCommune
    {
        public string? CommuneId { get; init; }

        public double? PavedCommuneRoadRate { get; init; }

        public double? CleanAlleyRate { get; init; }

        public double? FieldRoadRate { get; init; }

        public double? SolidHouseRate { get; init; }
    }

    private static Gen<object?> HostileValue(InputDeclaration declaration)
    {
        var hostile = Gen.Elements(HostileNumbers).Select(n => (object?)n);
        var inRange = Gen.Choose(0, 1000)
            .Select(i =>
                (object?)(
                    (declaration.Minimum ?? 0)
                    + (((declaration.Maximum ?? 1000) - (declaration.Minimum ?? 0)) * i / 1000)
                )
            );
        var value = declaration.Type switch
        {
            InputType.Number or InputType.Integer => Gen.Frequency(
                (2, hostile),
                (2, inRange),
                (1, Gen.Elements<object?>(declaration.Minimum, declaration.Maximum, "12", true))
            ),
            InputType.Boolean => Gen.Elements<object?>(true, false, "có", 1.0, double.NaN),
            InputType.Enumeration => Gen.Elements<object?>([
                .. declaration.AllowedValues,
                "Mars",
                "",
                " ",
                "dbsh",
                "Bắc Trung Bộ",
                double.NaN,
            ]),
            _ => Gen.Elements<object?>("x", "", 1.0),
        };
        return Gen.Frequency((9, value), (1, Gen.Constant<object?>(null)));
    }

    /// <summary>The declaration's contract, written independently of the builder.</summary>
    private static bool IsValid(InputDeclaration declaration, object? value) =>
        (declaration.Type, value) switch
        {
            (_, null) => true,
            (InputType.Number, double n) => double.IsFinite(n)
                && n >= (declaration.Minimum ?? double.MinValue)
                && n <= (declaration.Maximum ?? double.MaxValue),
            (InputType.Integer, double n) => double.IsFinite(n)
                && n == Math.Floor(n)
                && n >= (declaration.Minimum ?? double.MinValue)
                && n <= (declaration.Maximum ?? double.MaxValue),
            (InputType.Boolean, bool) => true,
            (InputType.Enumeration, string text) => declaration.AllowedValues.Any(v =>
                v.Equals(text, StringComparison.OrdinalIgnoreCase)
            ) || declaration.ValueNames.Values.Any(names => names.Contains(text)),
            (InputType.Text, string) => true,
            _ => false,
        };
}
