using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>A rule file with broken NTM metadata fails to load with the file, rule path and what is wrong.</summary>
public sealed class SetMetadataErrorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ntm-sets-" + Guid.NewGuid().ToString("N"));

    public SetMetadataErrorTests() => Directory.CreateDirectory(Path.Combine(_folder, "test"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Set = """
        "Properties": { "Set": { "Level": "commune", "Tier": "standard", "Period": "2021-2025", "LegalBasis": { "Decision": "1/QĐ-X", "Date": "2022-01-01" },
          "InForce": { "From": "2022-01-01" } } },
        """;

    private const string Inputs =
        "{ \"Name\": \"X\", \"Type\": \"number\" }, { \"Name\": \"B\", \"Type\": \"boolean\" }";

    // A set of 2026-2030 whose subjects have a region, a commune group and a year of assessment.
    private const string Set2026 = """
        "Properties": { "Set": { "Level": "commune", "Tier": "standard", "Period": "2026-2030", "LegalBasis": { "Decision": "1/QĐ-X", "Date": "2025-12-29" },
          "InForce": { "From": "2026-02-15", "To": "2030-12-31" } } },
        """;

    private const string Inputs2026 =
        Inputs
        + ", { \"Name\": \"Region\", \"Type\": \"enum\", \"Values\": [\"TDMNPB\", \"DBSH\"], \"ValueNames\": "
        + "{ \"DBSH\": [\"Đồng bằng sông Hồng\"] } }, { \"Name\": "
        + "\"CommuneGroup\", \"Type\": \"integer\", \"Minimum\": 1, \"Maximum\": 3 }, { \"Name\": \"AssessmentYear\", "
        + "\"Type\": \"integer\" }";

    private string LoadError(string rules, string set = Set, string inputs = Inputs)
    {
        File.WriteAllText(
            Path.Combine(_folder, "test", "set.json"),
            "{ \"WorkflowName\": \"W\",\n  \"Inputs\": [ "
                + inputs
                + " ],\n  "
                + set
                + "\n  \"Rules\": [\n    "
                + rules
                + "\n  ] }"
        );
        return Assert
            .Throws<RuleFileException>(() => CriteriaCatalog.LoadDirectory(_folder))
            .Message.Replace(_folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
    }

    private const string Indicator =
        "\"Kind\": \"indicator\", \"Number\": \"1.1\", \"Name\": { \"vi\": \"Chỉ tiêu\", \"en\": \"Indicator\" }, "
        + "\"Input\": \"X\"";

    // The expression is what the indicators' tables say: false where no value is set.
    private static string Criterion(string indicatorProperties, string expression = "false") =>
        "{ \"RuleName\": \"1\", \"Operator\": \"And\", \"Properties\": { \"Kind\": \"criterion\", \"Name\": { "
        + "\"vi\": \"Tiêu chí\" } },\n      \"Rules\": [ { \"RuleName\": \"1.1\", \"Expression\": \""
        + expression
        + "\", \"Properties\": { "
        + indicatorProperties
        + " } } ] }";

    [Fact]
    public void Load_WellFormedSet_Loads()
    {
        File.WriteAllText(
            Path.Combine(_folder, "test", "ok.json"),
            "{ \"WorkflowName\": \"W\", \"Inputs\": [ { \"Name\": \"X\", \"Type\": \"number\" } ], "
                + Set
                + " \"Rules\": [ "
                + Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"confirmed\", "
                        + "\"Source\": \"QĐ 1\" } ]",
                    "input.X >= 1"
                )
                + " ] }"
        );

        var set = CriteriaCatalog.LoadDirectory(_folder).Get("test/ok");

        Assert.Equal(Outcome.Achieved, set.Evaluate(set.Inputs.CreateBuilder().Set("X", 1.0).Build())["1.1"]!.Outcome);
    }

    [Fact]
    public void Load_ATierMisspelt_IsToldTheTierMeant()
    {
        var error = LoadError(
            Criterion(
                Indicator
                    + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"confirmed\", "
                    + "\"Source\": \"QĐ 1\" } ]",
                "input.X >= 1"
            ),
            Set.Replace("\"standard\"", "\"standrad\"", StringComparison.Ordinal)
        );

        Assert.EndsWith(
            "Properties.Set.Tier must be one of standard, advanced, model, modern, not 'standrad' (did you mean "
                + "'standard'?)",
            error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Load_IndicatorNamingNoInputOrDirection_IsToldWhatToWrite_NotThatNothingIsWrong()
    {
        // "Properties.Input nothing is not a declared input", "…, not nothing": a field left out read as a value.
        const string Thresholds =
            "\"Thresholds\": [ { \"Value\": 1, \"Status\": \"confirmed\", \"Source\": \"QĐ 1\" } ]";
        var noInput = LoadError(
            Criterion(
                Indicator.Replace(", \"Input\": \"X\"", "", StringComparison.Ordinal)
                    + $", \"Direction\": \"min\", {Thresholds}"
            )
        );
        var noDirection = LoadError(Criterion($"{Indicator}, {Thresholds}"));

        Assert.EndsWith(
            "W › 1 › 1.1: Properties.Input is missing: name the declared input it reads",
            noInput,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "W › 1 › 1.1: Properties.Direction must be min, max, true or false",
            noDirection,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(
        ", \"Direction\": \"above\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"confirmed\", \"Source\": \"QĐ "
            + "1\" } ]",
        "test/set.json(7,192): W › 1 › 1.1: Properties.Direction must be min, max, true or false, not 'above'"
    )]
    [InlineData(
        ", \"Direction\": \"min\"",
        "test/set.json(7,18): W › 1 › 1.1: Properties.Thresholds must list at least one row (a "
            + "value, or one marked notSet)"
    )]
    [InlineData(
        ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"sure\", \"Source\": \"QĐ 1\" } ]",
        "test/set.json(7,239): W › 1 › 1.1: Properties.Thresholds[0].Status must be confirmed, "
            + "unconfirmed or notSet, not 'sure'"
    )]
    [InlineData(
        ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"confimed\", \"Source\": \"QĐ 1\" } ]",
        "test/set.json(7,239): W › 1 › 1.1: Properties.Thresholds[0].Status must be confirmed, "
            + "unconfirmed or notSet, not 'confimed' (did you mean 'confirmed'?)"
    )]
    [InlineData(
        ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"Chưa xác nhận\", \"Source\": "
            + "\"QĐ 1\" } ]",
        "test/set.json(7,239): W › 1 › 1.1: Properties.Thresholds[0].Status must be confirmed, "
            + "unconfirmed or notSet, not 'Chưa xác nhận' ('Chưa xác nhận' is written unconfirmed)"
    )]
    [InlineData(
        ", \"Direction\": \"mni\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"confirmed\", \"Source\": \"QĐ "
            + "1\" } ]",
        "test/set.json(7,192): W › 1 › 1.1: Properties.Direction must be min, max, true or false, not 'mni' (did you "
            + "mean 'min'?)"
    )]
    [InlineData(
        ", \"Direction\": \"≤\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"confirmed\", \"Source\": \"QĐ "
            + "1\" } ]",
        "test/set.json(7,192): W › 1 › 1.1: Properties.Direction must be min, max, true or false, not '≤' (≤ is "
            + "written max)"
    )]
    [InlineData(
        ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": 1, \"Status\": \"confirmed\" } ]",
        "test/set.json(7,215): W › 1 › 1.1: Properties.Thresholds[0] has a value but no Source; "
            + "every value carries its source"
    )]
    [InlineData(
        ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": true, \"Status\": \"confirmed\", \"Source\": \"QĐ "
            + "1\" } ]",
        "test/set.json(7,226): W › 1 › 1.1: Properties.Thresholds[0].Value must be a number for "
            + "Direction 'min', or null; not true"
    )]
    [InlineData(
        ", \"Direction\": \"max\", \"Thresholds\": [ { \"Value\": \"85%\", \"Status\": \"confirmed\", \"Source\": "
            + "\"QĐ 1\" } ]",
        "test/set.json(7,226): W › 1 › 1.1: Properties.Thresholds[0].Value must be a number for "
            + "Direction 'max', or null; not \"85%\" (a JSON number is written without quotes and with a decimal "
            + "point, as 12.5 is)"
    )]
    [InlineData(
        ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": \"95,5\", \"Status\": \"confirmed\", \"Source\": "
            + "\"QĐ 1\" } ]",
        "test/set.json(7,226): W › 1 › 1.1: Properties.Thresholds[0].Value must be a number for "
            + "Direction 'min', or null; not \"95,5\" (a JSON number is written without quotes and with a decimal "
            + "point, as 12.5 is)"
    )]
    [InlineData(
        ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": 5, \"Status\": \"notSet\" } ]",
        "test/set.json(7,215): W › 1 › 1.1: Properties.Thresholds[0]: a row has a Value exactly "
            + "when its Status is not notSet"
    )]
    public void Load_BadIndicatorMetadata_NamesFileRuleAndField(string properties, string expected)
    {
        Assert.Equal(expected.ReplaceLineEndings(), LoadError(Criterion(Indicator + properties)));
    }

    // A condition's table, of the yes/no input B.
    [Theory]
    [InlineData(
        ", \"Direction\": \"true\", \"Thresholds\": [ { \"Value\": \"true\", \"Status\": \"confirmed\", \"Source\": "
            + "\"QĐ 1\" } ]",
        "test/set.json(7,227): W › 1 › 1.1: Properties.Thresholds[0].Value must be true or false for "
            + "Direction 'true', or null; not \"true\" (true and false are written without quotes)"
    )]
    [InlineData(
        ", \"Direction\": \"true\", \"Thresholds\": [ { \"Value\": false, \"Status\": \"confirmed\", \"Source\": "
            + "\"QĐ 1\" } ]",
        "test/set.json(7,227): W › 1 › 1.1: Properties.Thresholds[0].Value must be true for Direction 'true' (a "
            + "condition that must hold), not false; Direction 'false' is for a condition that must not hold"
    )]
    [InlineData(
        ", \"Direction\": \"false\", \"Thresholds\": [ { \"Value\": true, \"Status\": \"confirmed\", \"Source\": "
            + "\"QĐ 1\" } ]",
        "test/set.json(7,228): W › 1 › 1.1: Properties.Thresholds[0].Value must be false for Direction 'false' (a "
            + "condition that must not hold), not true; Direction 'true' is for a condition that must hold"
    )]
    public void Load_BadConditionThresholds_NamesFileRuleAndField(string properties, string expected)
    {
        Assert.Equal(
            expected.ReplaceLineEndings(),
            LoadError(Criterion(Indicator.Replace("\"X\"", "\"B\"", StringComparison.Ordinal) + properties))
        );
    }

    // A table the direction of which does not compare its input: written from the table, the expression would be
    // refused by the engine for text the file does not hold.
    [Theory]
    [InlineData(
        "X",
        "true",
        "Properties.Direction 'true' compares yes or no, but the input X is a number: write min (≥) or max (≤)"
    )]
    [InlineData(
        "B",
        "min",
        "Properties.Direction 'min' compares numbers, but the input B is of type boolean: write true (must hold) or "
            + "false (must not hold) for a boolean, or read a number"
    )]
    public void Load_ADirectionThatDoesNotCompareItsInput_IsAnErrorAtTheDirection(
        string input,
        string direction,
        string expected
    ) =>
        Assert.EndsWith(
            $"W › 1 › 1.1: {expected}",
            LoadError(
                Criterion(
                    Indicator.Replace("\"X\"", $"\"{input}\"", StringComparison.Ordinal)
                        + $", \"Direction\": \"{direction}\", "
                        + "\"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
                )
            ),
            StringComparison.Ordinal
        );

    [Theory]
    [InlineData(
        "\"region\": \"DBSH\"",
        "unknown field 'region' in Properties.Thresholds[0]; expected Region, Group, Year, Value, Status, Source, "
            + "Note; did you mean 'Region'?"
    )]
    [InlineData(
        "\"Region\": \"TDMNBP\"",
        "Properties.Thresholds[0].Region 'TDMNBP' is not a region; write one of TDMNPB, DBSH, General (did you mean "
            + "'TDMNPB'?)"
    )]
    [InlineData(
        "\"Region\": \"Đồng bằng sông Hồng\"",
        "Properties.Thresholds[0].Region 'Đồng bằng sông Hồng' is not a region; write one of TDMNPB, DBSH, General "
            + "('Đồng bằng sông Hồng' is written DBSH)"
    )]
    [InlineData("\"Region\": 5", "Properties.Thresholds[0].Region must be text, not 5")]
    [InlineData("\"Group\": 4", "Properties.Thresholds[0].Group 4 is not a commune group; groups run from 1 to 3")]
    [InlineData("\"Group\": \"2\"", "Properties.Thresholds[0].Group must be a whole number, not \"2\"")]
    [InlineData(
        "\"Year\": 2031",
        "Properties.Thresholds[0].Year 2031 is neither a year of the set's period ('2026-2030') nor of its days in "
            + "force (2026-02-15 to 2030-12-31): the row would never apply"
    )]
    [InlineData("\"Year\": 2026.5", "Properties.Thresholds[0].Year must be a whole number, not 2026.5")]
    public void Load_ThresholdRowThatCouldNeverApplyAsMeant_IsRefused(string key, string expected) =>
        Assert.Equal(
            // At the key's value: the row's first key starts at column 217 of line 7.
            $"test/set.json(7,{217 + key.IndexOf(": ", StringComparison.Ordinal) + 2}): W › 1 › 1.1: " + expected,
            LoadError(
                Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { "
                        + key
                        + ", \"Value\": 1, \"Status\": \"confirmed\", \"Source\": \"QĐ 1\" } ]"
                ),
                Set2026,
                Inputs2026
            )
        );

    [Fact]
    public void Load_AYearAfterThePeriodOfASetWithoutALastDay_IsRefused_WithTheDayItEnds()
    {
        // A province's set of 2021-2025 whose last day the sources do not give ends with its period.
        const string set = """
            "Properties": { "Set": { "Level": "commune", "Tier": "standard", "Period": "2021-2025", "LegalBasis": { "Decision": "1/QĐ-X" },
              "InForce": { "From": "2022-03-08" } } },
            """;

        var error = LoadError(
            Criterion(
                Indicator
                    + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Year\": 2026, \"Value\": 1, \"Status\": "
                    + "\"confirmed\", \"Source\": \"QĐ 1\" } ]"
            ),
            set,
            Inputs2026
        );

        Assert.EndsWith(
            "W › 1 › 1.1: Properties.Thresholds[0].Year 2026 is neither a year of the set's period ('2021-2025') nor "
                + "of its days in force (2022-03-08 to 2025-12-31): the row would never apply",
            error,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Load_TwoThresholdRowsForTheSameSubjects_AreRefusedAtTheSecond()
    {
        const string row = "{ \"Group\": 1, \"Year\": 2026, \"Value\": null, \"Status\": \"notSet\" }";
        var rules = Criterion(Indicator + $", \"Direction\": \"min\", \"Thresholds\": [ {row}, {row} ]");

        var error = LoadError(rules, Set2026, Inputs2026);

        // Line 7 of the file is the second line of the rules: the indicator's.
        var column = rules.Split('\n')[1].LastIndexOf(row, StringComparison.Ordinal) + 1;
        Assert.Equal(
            $"test/set.json(7,{column}): W › 1 › 1.1: Properties.Thresholds[1] is for the same subjects as "
                + "Properties.Thresholds[0] (Group 1, Year 2026): a threshold is stated once, and this row would never "
                + "apply",
            error
        );
    }

    [Fact]
    public void Load_AProvincesSetThatDoesNotNameItsProvince_IsRefused() =>
        Assert.Equal(
            "test/set.json(1,1): W: set provincial/ha-tinh/x is a province's (its id starts with provincial/) but "
                + "Properties.Set.Province does not name the province: without it the set would be taken for a "
                + "national one and evaluate every commune",
            LoadError(
                Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
                ),
                Set.Replace("\"Level\"", "\"Id\": \"provincial/ha-tinh/x\", \"Level\"", StringComparison.Ordinal)
            )
        );

    [Fact]
    public void Load_ANationalSetThatNamesAProvince_IsRefusedAtTheProvince()
    {
        var set = Set.Replace(
            "\"Level\"",
            "\"Id\": \"national/x\", \"Province\": \"Hà Tĩnh\", \"Level\"",
            StringComparison.Ordinal
        );

        var error = LoadError(
            Criterion(
                Indicator + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
            ),
            set
        );

        // The province's value on line 3, where the set's metadata starts.
        var column = ("  " + set).IndexOf("\"Hà Tĩnh\"", StringComparison.Ordinal) + 1;
        Assert.Equal(
            $"test/set.json(3,{column}): W: set national/x is national (its id starts with national/) but "
                + "Properties.Set.Province names 'Hà Tĩnh': it would evaluate that province's communes only; remove "
                + "the province, or give the set a provincial/ id",
            error
        );
    }

    [Fact]
    public void Load_ACriterionsCompleteThatIsNotABoolean_IsRefusedAtIt()
    {
        var rules = Criterion(
                Indicator + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
            )
            .Replace(
                "\"Kind\": \"criterion\"",
                "\"Kind\": \"criterion\", \"Complete\": \"partly\"",
                StringComparison.Ordinal
            );

        var error = LoadError(rules);

        var column = rules.Split('\n')[0].IndexOf("\"partly\"", StringComparison.Ordinal) + 4 + 1;
        Assert.Equal(
            $"test/set.json(6,{column}): W › 1: Properties.Complete must be true, or false where the sources give only "
                + "some of the criterion's indicators; not \"partly\"",
            error
        );
    }

    [Fact]
    public void Load_FieldTheLibraryDoesNotRead_IsRefusedWithTheFieldMeant()
    {
        var error = LoadError(
            Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Treshold\": 80, \"Thresholds\": [ { \"Value\": null, "
                        + "\"Status\": \"notSet\" } ]"
                )
                .Replace(
                    "\"Kind\": \"criterion\"",
                    "\"Kind\": \"criterion\", \"Prerequisit\": \"x\"",
                    StringComparison.Ordinal
                ),
            Set.Replace("\"Tier\"", "\"Require\": { \"Set\": \"x\" }, \"Tier\"", StringComparison.Ordinal)
        );

        Assert.Equal(
            [
                "test/set.json: 3 problems:",
                "test/set.json(3,59): W: unknown field 'Require' in Properties.Set; expected Id, Version, Extends, Level, "
                    + "Tier, Period, Province, Name, LegalBasis, InForce, Requires, OfficialCounts, ThresholdsBy, "
                    + "RegionOverride, CommuneGroups, Complete, Notes; did you mean 'Requires'?",
                "test/set.json(6,95): W › 1: unknown field 'Prerequisit' in Properties; expected Kind, Number, "
                    + "NumberStatus, Name, Status, Note, Source, Prerequisite, Encoded, Complete, Change; did you mean "
                    + "'Prerequisite'?",
                "test/set.json(7,211): W › 1 › 1.1: unknown field 'Treshold' in Properties; expected Kind, Number, "
                    + "NumberStatus, Name, Status, Note, Source, Input, Measure, Direction, Unit, Thresholds, "
                    + "AppliesWhen, CommuneSet, Strengthens, Change; did you mean 'Thresholds'?",
            ],
            error.Split('\n').Select(l => l.Trim())
        );
    }

    [Theory]
    [InlineData(2026, true)]
    [InlineData(2030, true)]
    [InlineData(2025, false)]
    [InlineData(2031, false)]
    public void CoversYear_TheYearsOfTheSetsPeriodAndDaysInForce(int year, bool covered) =>
        Assert.Equal(covered, CriteriaSet.CoversYear(year, "2026-2030", new(2026, 2, 15), new(2030, 12, 31)));

    [Theory]
    [InlineData("national/2026-2030/commune", 2025, false)]
    [InlineData("national/2026-2030/commune", 2026, true)]
    [InlineData("national/2021-2025/commune-standard", 2025, true)]
    [InlineData("national/2021-2025/commune-standard", 2026, true)] // in force to 14/02/2026
    [InlineData("national/2021-2025/commune-standard", 2027, false)]
    public void CoversYear_OfAShippedSet(string id, int year, bool covered) =>
        Assert.Equal(covered, CriteriaCatalog.Shipped.Get(id).CoversYear(year));

    [Theory]
    [InlineData("2021-2025", 2022, 2024, 2025, true)] // the decision's aim for the period's last year, outlived
    [InlineData("2014", 2014, null, 2040, true)] // in force to this day
    [InlineData("2014", 2014, null, 2013, false)]
    [InlineData("", 2022, 2024, 2025, false)]
    [InlineData("giai đoạn mới", 2022, 2024, 2023, true)]
    public void CoversYear_EitherThePeriodOrTheDaysInForce(
        string period,
        int fromYear,
        int? toYear,
        int year,
        bool covered
    ) =>
        Assert.Equal(
            covered,
            CriteriaSet.CoversYear(
                year,
                period,
                new(fromYear, 3, 8),
                toYear is { } last ? new DateOnly(last, 2, 28) : null
            )
        );

    [Fact]
    public void Load_IndicatorReadingUndeclaredInput_IsRefused() =>
        Assert.Equal(
            "test/set.json(7,174): W › 1 › 1.1: Properties.Input 'Y' is not a declared input; did you mean 'B'?",
            LoadError(
                Criterion(
                    Indicator.Replace("\"X\"", "\"Y\"", StringComparison.Ordinal)
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
                )
            )
        );

    [Theory]
    [InlineData("15/02/2026")]
    [InlineData("15.02.2026")]
    [InlineData("15-2-2026")]
    [InlineData("ngày 15 tháng 02 năm 2026")]
    public void Load_ADateWrittenAsVietnameseWritesIt_IsRefused_WithTheDayOffered(string written) =>
        // The office reads "ngày 15/02/2026" in the decision and types it so.
        Assert.Equal(
            $"test/set.json(4,24): W: Properties.Set.InForce.From must be a date written yyyy-MM-dd, not '{written}' "
                + "(did you mean '2026-02-15'?)",
            LoadError(
                Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
                ),
                Set.Replace("\"From\": \"2022-01-01\"", $"\"From\": \"{written}\"", StringComparison.Ordinal)
            )
        );

    [Fact]
    public void Load_ADateOfTheSetThatIsNotOne_IsNamedByItsPath_WhereItStands() =>
        Assert.Equal(
            "test/set.json(4,24): W: Properties.Set.InForce.From must be a date written yyyy-MM-dd, not '2022-13-01'",
            LoadError(
                Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
                ),
                Set.Replace("\"From\": \"2022-01-01\"", "\"From\": \"2022-13-01\"", StringComparison.Ordinal)
            )
        );

    [Fact]
    public void Load_TwoIndicatorsWithOneNumber_IsRefusedAtTheSecond_NamingTheLineOfTheFirst()
    {
        const string Thresholds =
            ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]";
        var criterion = Criterion(Indicator + Thresholds)
            .Replace(
                " } } ] }",
                " } },\n      { \"RuleName\": \"1.1b\", \"Expression\": \"false\", \"Properties\": { "
                    + Indicator
                    + Thresholds
                    + " } } ] }",
                StringComparison.Ordinal
            );

        Assert.Equal(
            "test/set.json(8,99): W › 1 › 1.1b: indicator number 1.1 is used twice; it is first at line 7",
            LoadError(criterion)
        );
    }

    [Fact]
    public void Load_TwoCriteriaWithOneNumber_IsRefused() =>
        Assert.Equal(
            "test/set.json(8,73): W › Again: criterion number 1 is used twice; it is first at line 6",
            LoadError(
                Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
                )
                    + ",\n    "
                    + Criterion(
                            Indicator.Replace("1.1", "2.1", StringComparison.Ordinal)
                                + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": "
                                + "\"notSet\" } ]"
                        )
                        .Replace(
                            "\"RuleName\": \"1\", \"Operator\": \"And\", \"Properties\": {",
                            "\"RuleName\": \"Again\", \"Operator\": \"And\", \"Properties\": { \"Number\": \"1\",",
                            StringComparison.Ordinal
                        )
            )
        );

    [Fact]
    public void Load_AppliesWhenThatDoesNotCompile_IsALoadErrorAtTheIndicator() =>
        Assert.Equal(
            "test/set.json(7,18): W › AppliesWhen › 1.1, expression column 7: unknown input 'input.Nothing': it is "
                + "not declared in the workflow's Inputs",
            LoadError(
                Criterion(
                    Indicator
                        + ", \"AppliesWhen\": \"input.Nothing\", \"Direction\": \"min\", \"Thresholds\": [ { "
                        + "\"Value\": null, \"Status\": \"notSet\" } ]"
                )
            )
        );

    [Theory]
    [InlineData(
        "\"Requires\": { \"Communes\": [ { \"Set\": \"test/x\", \"Share\": \"all\" } ] },",
        "test/set.json(3,84): W: Properties.Set.Requires.Communes[0].Share must be a percentage "
            + "from 0 to 100, not \"all\""
    )]
    [InlineData(
        "\"Requires\": { \"Communes\": [ { \"Set\": \"test/x\", \"Share\": 120 } ] },",
        "test/set.json(3,84): W: Properties.Set.Requires.Communes[0].Share must be a percentage from 0 to 100, not 120"
    )]
    [InlineData(
        "\"Requires\": { \"Communes\": [ 7 ] },",
        "test/set.json(3,56): W: Properties.Set.Requires.Communes[0] needs the Set its communes must reach"
    )]
    [InlineData("\"Notes\": [ \"a\", 7 ],", "test/set.json(3,37): W: Properties.Set.Notes must be a list of texts")]
    public void Load_BadSetMetadata_IsRefused(string field, string expected) =>
        Assert.Equal(expected, LoadErrorWithSetField(field));

    [Theory]
    [InlineData(
        "\"RegionOverride\": { \"Region\": \"TDMNPB\" },",
        "test/set.json(3,46): W: Properties.Set.RegionOverride needs the Region whose thresholds apply and When: a "
            + "list of conditions, each an Input (a boolean, or a whole number with its Values)"
    )]
    [InlineData(
        "\"RegionOverride\": { \"Region\": \"TDMNPB\", \"When\": [ { \"Input\": \"Y\" } ] },",
        "test/set.json(3,89): W: Properties.Set.RegionOverride.When[0].Input 'Y' is not a declared input; did you "
            + "mean 'B'?"
    )]
    [InlineData(
        "\"RegionOverride\": { \"Region\": \"TDMNPB\", \"When\": [ { \"Input\": \"X\" } ] },",
        "test/set.json(3,78): W: Properties.Set.RegionOverride.When[0]: input 'X' is number; a condition reads a "
            + "boolean input alone, an integer input with a list of whole-number Values, or a number input with Below"
    )]
    [InlineData(
        "\"RegionOverride\": { \"Region\": \"TDMNPB\", \"When\": [ { \"Input\": \"B\" } ] },",
        "test/set.json(1,1): W: a set with Properties.Set.RegionOverride needs the GlobalParam 'region' that applies "
            + "it, which is '(input.B != null && (input.B == true)) ? \"TDMNPB\" : input.Region'"
    )]
    public void Load_BadRegionOverride_IsRefused(string field, string expected) =>
        Assert.Equal(expected, LoadErrorWithSetField(field));

    // The load error of a set with one open indicator and one more field in its Properties.Set.
    private string LoadErrorWithSetField(string field) =>
        LoadError(
            Criterion(
                Indicator + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
            ),
            Set.Replace("\"Level\":", field + " \"Level\":", StringComparison.Ordinal)
        );

    [Fact]
    public void Load_InForceToBeforeFrom_IsRefused() =>
        Assert.Equal(
            "test/set.json(4,44): W: Properties.Set.InForce.To 2021-12-31 is before From 2022-01-01: the set would "
                + "never be in force",
            LoadError(
                Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
                ),
                Set.Replace(
                    "\"From\": \"2022-01-01\"",
                    "\"From\": \"2022-01-01\", \"To\": \"2021-12-31\"",
                    StringComparison.Ordinal
                )
            )
        );

    [Fact]
    public void Load_RegionParamThatDisagreesWithTheOverride_IsALoadErrorAtTheParam() =>
        Assert.Equal(
            "test/set.json(3,55): W › region: the GlobalParam 'region' is 'input.X > 1 ? \"TDMNPB\" : \"DBSH\"', "
                + "which does not say what Properties.Set.RegionOverride says: '(input.B != "
                + "null && (input.B == true)) ? "
                + "\"TDMNPB\" : input.Region'",
            LoadError(
                Criterion(
                    Indicator
                        + ", \"Direction\": \"min\", \"Thresholds\": [ { \"Value\": null, \"Status\": \"notSet\" } ]"
                ),
                "\"GlobalParams\": [ { \"Name\": \"region\", \"Expression\": \"input.X > 1 ? \\\"TDMNPB\\\" : "
                    + "\\\"DBSH\\\"\" } ],\n  "
                    + Set.Replace(
                        "\"Level\":",
                        "\"RegionOverride\": { \"Region\": \"TDMNPB\", \"When\": [ { \"Input\": \"B\" } ] }, "
                            + "\"Level\":",
                        StringComparison.Ordinal
                    )
            )
        );

    [Fact]
    public void RegionOverride_OfANumberBelowABound_SendsTheSubjectToTheRegion()
    {
        var written = ThresholdExpression.RegionExpression(
            new RegionOverride([new SubjectCondition("X", [], Below: 10)], "North", ValueStatus.Confirmed, "QĐ 1")
        );
        File.WriteAllText(
            Path.Combine(_folder, "test", "ok.json"),
            $$"""
            { "WorkflowName": "W", "Inputs": [ { "Name": "X", "Type": "number" }, { "Name": "Y", "Type": "number" }, { "Name": "Region", "Type": "enum", "Values": [ "North", "South" ] } ],
              "GlobalParams": [ { "Name": "region", "Expression": "{{written.Replace(
                "\"",
                "\\\"",
                StringComparison.Ordinal
            )}}" } ],
              "Properties": { "Set": { "Level": "commune", "Tier": "standard", "LegalBasis": { "Decision": "1/QĐ-X" }, "InForce": { "From": "2022-01-01" },
                "RegionOverride": { "Region": "North", "When": [ { "Input": "X", "Below": 10 } ], "Status": "confirmed", "Source": "QĐ 1" } } },
              "Rules": [ { "RuleName": "1", "Operator": "And", "Properties": { "Kind": "criterion", "Name": { "vi": "T" } }, "Rules": [
                { "RuleName": "1.1", "Expression": "(region == \"North\" ? input.Y >= 50.0 : (region == \"South\" ? input.Y >= 80.0 : false))",
                  "Properties": { "Kind": "indicator", "Number": "1.1", "Name": { "vi": "C" }, "Input": "Y", "Direction": "min",
                    "Thresholds": [ { "Region": "North", "Value": 50, "Status": "confirmed", "Source": "QĐ 1" }, { "Region": "South", "Value": 80, "Status": "confirmed", "Source": "QĐ 1" } ] } } ] } ] }
            """
        );
        var set = CriteriaCatalog.LoadDirectory(_folder).Get("test/ok");

        InputRecord Commune(double x) =>
            set.Inputs.CreateBuilder().Set("Region", "South").Set("X", x).Set("Y", 60.0).Build();

        Assert.Equal(
            (Outcome.Achieved, "North"),
            (set.Evaluate(Commune(5))["1.1"].Outcome, set.Evaluate(Commune(5))["1.1"].Required!.Region)
        );
        Assert.Equal(
            (Outcome.NotAchieved, "South"),
            (set.Evaluate(Commune(10))["1.1"].Outcome, set.Evaluate(Commune(10))["1.1"].Required!.Region)
        );
    }

    [Fact]
    public void Load_SetWithoutSetProperties_IsRefused() =>
        Assert.Equal(
            "test/set.json(1,1): W: the workflow's Properties need a 'Set' object (id, level, "
                + "tier, period, legal basis, in-force dates)",
            LoadError("{ \"RuleName\": \"1\", \"Expression\": \"true\" }", set: string.Empty)
        );

    [Fact]
    public void Load_TwoFilesClaimingOneSetVersion_IsRefused()
    {
        var json =
            "{ \"WorkflowName\": \"W\", \"Properties\": { \"Set\": { \"Id\": \"test/one\", \"Version\": \"1\", "
            + "\"Level\": \"commune\", \"Tier\": \"standard\", \"LegalBasis\": { \"Decision\": \"1\" }, \"InForce\": { "
            + "\"From\": \"2022-01-01\" } } }, "
            + "\"Rules\": [ { \"RuleName\": \"1\", \"Expression\": \"false\", \"Properties\": { \"Kind\": "
            + "\"criterion\", \"Name\": { \"vi\": \"T\" } } } ] }";
        File.WriteAllText(Path.Combine(_folder, "test", "a.json"), json);
        File.WriteAllText(Path.Combine(_folder, "test", "b.json"), json);

        var message = Assert.Throws<RuleFileException>(() => CriteriaCatalog.LoadDirectory(_folder)).Message;

        Assert.Contains("set test/one version 1 is defined by more than one file:", message, StringComparison.Ordinal);
    }
}
