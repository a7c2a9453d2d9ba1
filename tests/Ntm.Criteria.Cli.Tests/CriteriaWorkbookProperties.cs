using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Ntm.Criteria.Cli.Workbooks;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Export then import of generated sets: by region or by commune group, criteria with and without indicators, every
/// direction, tables with any keys, years, statuses, sources and notes, texts a spreadsheet might misread — each comes
/// back as the same set.
/// </summary>
public sealed class CriteriaWorkbookProperties : IDisposable
{
    private static readonly string[] Regions = ["TDMNPB", "DBSH", "BTB"];
    private static readonly string[] Words =
    [
        "Tỷ lệ hộ dùng nước sạch",
        "=SUM(A1:A9)",
        "\"quoted\" text",
        "80",
        "1.10",
        "Đạt; không đạt",
        "line one\nline two",
        "QĐ 318/QĐ-TTg, Phụ lục I, trang 12",
        "+84 (0) 24",
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [ScaledProperty(60)]
    public Property ExportThenImport_GeneratedSet_GivesTheSameSet()
    {
        var property = Prop.ForAll(
            Arb.From(GeneratedSet()),
            Arb.From(Gen.Choose(0, 6)),
            (JsonObject file, int fromInputsFile) =>
            {
                var folder = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, "generated.json");
                var declared = TakeInputs(file, fromInputsFile, folder);
                File.WriteAllText(path, WorkflowJson.Write(file));
                var catalog = CriteriaCatalog.Shipped.WithFiles([path]);
                var set = catalog.Get("test/generated");

                var workbook = Path.Combine(folder, "w.xlsx");
                CriteriaWorkbookWriter.Write(workbook, [set], Ntm.Criteria.Cli.Texts.English);
                var (sets, problems) = new CriteriaWorkbookReader(catalog, Ntm.Criteria.Cli.Texts.English).Read(
                    workbook
                );
                if (problems.Count > 0)
                {
                    return false.Label(string.Join(Environment.NewLine, problems));
                }

                var written = sets.Single().FileIn(folder);
                var imported = Path.Combine(folder, sets.Single().RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(imported)!);
                File.WriteAllText(imported, WorkflowJson.Write(written));
                var back = CriteriaCatalog.Shipped.WithFiles([imported]).Get("test/generated");
                var (expected, actual) = (SetDescription.Of(set), SetDescription.Of(back));
                var sameInputsFile =
                    (written["InputsFile"]?.GetValue<string>(), Names(written["Inputs"]))
                    == (fromInputsFile > 0 ? "../inputs/shared.json" : null, Names(declared));
                return sameInputsFile
                    .Label($"names {written["InputsFile"]}, declares {Names(written["Inputs"])}")
                    .And(expected.SequenceEqual(actual))
                    .Label(
                        string.Join(
                            Environment.NewLine,
                            expected
                                .Zip(actual)
                                .Where(p => p.First != p.Second)
                                .Take(3)
                                .Select(p => $"- {p.First}\n+ {p.Second}")
                        )
                    );
            }
        );
        return property;
    }

    /// <summary>
    /// Moves the first <paramref name="count"/> of the set's inputs to an inputs file that it names; returns the inputs
    /// left in the set.
    /// </summary>
    private static JsonArray? TakeInputs(JsonObject file, int count, string folder)
    {
        if (count == 0)
        {
            return (JsonArray)file["Inputs"]!;
        }

        var inputs = ((JsonArray)file["Inputs"]!).Select(i => i!.DeepClone()).ToList();
        var shared = Path.Combine(folder, "inputs", "shared.json");
        Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
        File.WriteAllText(
            shared,
            WorkflowJson.Write(new JsonObject { ["Inputs"] = new JsonArray([.. inputs[..count]]) })
        );
        file["InputsFile"] = "inputs/shared.json";
        var own = inputs.Count > count ? new JsonArray([.. inputs[count..]]) : null;
        if (own is null)
        {
            file.Remove("Inputs");
        }
        else
        {
            file["Inputs"] = own;
        }

        return own;
    }

    private static string Names(JsonNode? inputs) =>
        string.Join(",", (inputs as JsonArray ?? []).Select(i => i!["Name"]!.GetValue<string>()));

    private static Gen<JsonObject> GeneratedSet() =>
        from byGroup in Gen.Elements(false, true)
        from criteria in Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(Criterion(byGroup), n))
        from name in Gen.Elements(Words)
        from decision in Gen.Elements<string?>("1/2024/QĐ-TEST", null)
        from start in Gen.Choose(0, 2000).Select(d => new DateOnly(2020, 1, 1).AddDays(d))
        select Set(byGroup, criteria, name, decision, start);

    private static Gen<JsonObject> Criterion(bool byGroup) =>
        from indicators in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Indicator(byGroup), n))
        from name in Gen.Elements(Words)
        from status in Gen.Elements("confirmed", "unconfirmed")
        from source in Gen.Elements<string?>([.. Words, null])
        from note in Gen.Elements<string?>([.. Words, null, null])
        select Rule(indicators, name, status, source, note);

    private static Gen<JsonObject> Indicator(bool byGroup) =>
        from direction in Gen.Elements("min", "max", "true", "false")
        from keys in Gen.SubListOf<string>(byGroup ? ["", "1", "2", "3"] : ["", "General", .. Regions])
        from years in Gen.Elements<int?[]>([null], [null, 2022], [2021, 2022]) // years of the period: others never apply
        from rows in Gen.ListOf(Row(direction), keys.Count * years.Length)
        from name in Gen.Elements(Words)
        from unit in Gen.Elements<string?>("%", "triệu đồng/người/năm", null)
        from appliesWhen in Gen.Elements<string?>(null, null, "input.B2")
        from status in Gen.Elements("confirmed", "unconfirmed")
        select IndicatorRule(
            direction,
            [
                .. keys.SelectMany(k => years.Select(y => (k, y)))
                    .Zip(rows, (key, row) => WithKey(row, key.k, key.y, byGroup)),
            ],
            name,
            unit,
            appliesWhen,
            status
        );

    private static Gen<JsonObject> Row(string direction) =>
        from status in Gen.Elements("confirmed", "unconfirmed", "notSet")
        from number in Gen.Choose(0, 10_000).Select(n => n / 100.0)
        from source in Gen.Elements(Words)
        from note in Gen.Elements<string?>([.. Words, null, null])
        select ThresholdRow(direction, status, number, source, note);

    private static JsonObject ThresholdRow(string direction, string status, double number, string source, string? note)
    {
        var row = new JsonObject
        {
            ["Value"] =
                status == "notSet" ? null
                : direction is "min" or "max" ? JsonValue.Create(number)
                // A condition's value is its direction's (true where it must hold), as the loader requires.
                : JsonValue.Create(direction == "true"),
            ["Status"] = status,
        };
        if (status != "notSet")
        {
            row["Source"] = source;
        }

        if (note is not null)
        {
            row["Note"] = note;
        }

        return row;
    }

    private static JsonObject WithKey(JsonObject row, string key, int? year, bool byGroup)
    {
        var keyed = new JsonObject();
        if (key.Length > 0)
        {
            keyed[byGroup ? "Group" : "Region"] = byGroup
                ? JsonValue.Create(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture))
                : JsonValue.Create(key);
        }

        if (year is { } y)
        {
            keyed["Year"] = y;
        }

        foreach (var (name, value) in row)
        {
            keyed[name] = value?.DeepClone();
        }

        return keyed;
    }

    private static JsonObject IndicatorRule(
        string direction,
        JsonObject[] rows,
        string name,
        string? unit,
        string? appliesWhen,
        string status
    )
    {
        var properties = new JsonObject
        {
            ["Kind"] = "indicator",
            ["Name"] = new JsonObject { ["vi"] = name, ["en"] = name + " (en)" },
            ["Status"] = status,
            ["Input"] = direction is "min" or "max" ? "N1" : "B1",
            ["Direction"] = direction,
            ["Thresholds"] = new JsonArray([.. rows]),
        };
        if (unit is not null)
        {
            properties["Unit"] = unit;
        }

        if (appliesWhen is not null)
        {
            properties["AppliesWhen"] = appliesWhen;
        }

        return new JsonObject { ["Properties"] = properties };
    }

    private static JsonObject Rule(
        List<JsonObject> indicators,
        string name,
        string status,
        string? source,
        string? note
    )
    {
        var properties = new JsonObject
        {
            ["Kind"] = "criterion",
            ["Name"] = new JsonObject { ["vi"] = name, ["en"] = name },
            ["Status"] = status,
        };
        if (source is not null)
        {
            properties["Source"] = source;
        }

        if (note is not null)
        {
            properties["Note"] = note;
        }

        return new JsonObject { ["Properties"] = properties, ["Indicators"] = new JsonArray([.. indicators]) };
    }

    // Numbers the criteria and indicators and writes each indicator's expression from its table, as a rule file must.
    private static JsonObject Set(bool byGroup, List<JsonObject> criteria, string name, string? decision, DateOnly from)
    {
        var rules = new JsonArray();
        for (var c = 0; c < criteria.Count; c++)
        {
            var number = (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var properties = (JsonObject)criteria[c]["Properties"]!.DeepClone();
            properties["Number"] = number;
            var indicators = criteria[c]["Indicators"]!.AsArray();
            var rule = new JsonObject { ["RuleName"] = number };
            if (indicators.Count == 0)
            {
                rule["Expression"] = "false";
                properties["Encoded"] = false;
            }
            else
            {
                rule["Operator"] = "And";
                rule["Rules"] = new JsonArray([
                    .. indicators.Select(
                        (indicator, i) => (JsonNode)IndicatorWithNumber((JsonObject)indicator!, $"{number}.{i + 1}")
                    ),
                ]);
            }

            rule["Properties"] = properties;
            rules.Add(rule);
        }

        var set = new JsonObject
        {
            ["Id"] = "test/generated",
            ["Version"] = "1",
            ["Level"] = "commune",
            ["Tier"] = "standard",
            ["Period"] = "2021-2025",
            ["Name"] = new JsonObject { ["vi"] = name, ["en"] = name },
            ["LegalBasis"] = decision is null
                ? new JsonObject { ["Status"] = "notSet" }
                : new JsonObject
                {
                    ["Decision"] = decision,
                    ["Date"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["Status"] = "confirmed",
                    ["Source"] = "test",
                },
            ["InForce"] = new JsonObject
            {
                ["From"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            ["ThresholdsBy"] = byGroup ? "CommuneGroup" : "Region",
        };
        return new JsonObject
        {
            ["WorkflowName"] = "test/generated",
            ["Inputs"] = new JsonArray(
                new JsonObject
                {
                    ["Name"] = "Region",
                    ["Type"] = "enum",
                    ["Values"] = new JsonArray([.. Regions.Select(r => (JsonNode)r)]),
                },
                new JsonObject
                {
                    ["Name"] = "CommuneGroup",
                    ["Type"] = "integer",
                    ["Minimum"] = 1,
                    ["Maximum"] = 3,
                },
                new JsonObject
                {
                    ["Name"] = "AssessmentYear",
                    ["Type"] = "integer",
                    ["Minimum"] = 2010,
                    ["Maximum"] = 2100,
                },
                new JsonObject
                {
                    ["Name"] = "N1",
                    ["Type"] = "number",
                    ["Minimum"] = 0,
                    ["Maximum"] = 100,
                    ["Unit"] = "%",
                },
                new JsonObject { ["Name"] = "B1", ["Type"] = "boolean" },
                new JsonObject { ["Name"] = "B2", ["Type"] = "boolean" }
            ),
            ["Properties"] = new JsonObject { ["Set"] = set },
            ["Rules"] = rules,
        };
    }

    private static JsonObject IndicatorWithNumber(JsonObject indicator, string number)
    {
        var properties = (JsonObject)indicator["Properties"]!.DeepClone();
        properties["Number"] = number;
        var direction = properties["Direction"]!.GetValue<string>() switch
        {
            "min" => ThresholdDirection.AtLeast,
            "max" => ThresholdDirection.AtMost,
            "true" => ThresholdDirection.MustHold,
            _ => ThresholdDirection.MustNotHold,
        };
        var rows = properties["Thresholds"]!
            .AsArray()
            .Select(r => new Threshold
            {
                Region = r!["Region"]?.GetValue<string>(),
                Group = r["Group"]?.GetValue<int>(),
                Year = r["Year"]?.GetValue<int>(),
                Value =
                    r["Value"] is null ? Value.Missing
                    : direction is ThresholdDirection.AtLeast or ThresholdDirection.AtMost
                        ? Value.FromNumber(r["Value"]!.GetValue<double>())
                    : Value.FromBoolean(r["Value"]!.GetValue<bool>()),
                Status = r["Status"]!.GetValue<string>() == "notSet" ? ValueStatus.NotSet : ValueStatus.Confirmed,
            });
        var expression = ThresholdExpression.Write(
            $"input.{properties["Input"]!.GetValue<string>()}",
            direction,
            rows,
            "input.Region"
        );
        if (properties["Thresholds"]!.AsArray().Count == 0)
        {
            properties["Thresholds"] = new JsonArray(new JsonObject { ["Value"] = null, ["Status"] = "notSet" });
        }

        return new JsonObject
        {
            ["RuleName"] = number,
            ["Expression"] = expression,
            ["Properties"] = properties,
        };
    }
}
