using static Ntm.Criteria.Tests.Communes;

namespace Ntm.Criteria.Tests;

/// <summary>
/// 2026-2030 commune groups (QĐ 51/2025/QĐ-TTg): group 3 a commune of khu vực II or III, group 1 one next to a town
/// and oriented to become urban, under 10% agriculture, or oriented to a new urban area, group 2 every other; a group
/// given in the data is used as given, and a contradiction with the facts is reported.
/// </summary>
public class CommuneGroupTests
{
    private static readonly CriteriaSet Set = Catalog.Get("national/2026-2030/commune");

    private static CommuneGroupRule Rule => Set.CommuneGroups!;

    public static TheoryData<int?, bool?, double?, bool?, int?> Facts() =>
        new()
        {
            // zone, next to a town and oriented to urban, agriculture share, oriented to a new urban area → group
            { 3, false, 40.0, false, 3 },
            { 2, null, null, null, 3 },
            { 3, true, 5.0, true, 3 },
            { 1, true, 40.0, false, 1 },
            { 0, false, 9.9, false, 1 },
            { 0, false, 10.0, true, 1 },
            { 0, false, 10.0, false, 2 },
            { 1, false, 80.0, false, 2 },
            { null, true, 5.0, true, null },
            { 0, null, 50.0, false, null },
            { 0, false, 50.0, null, null },
            { 0, true, null, null, 1 },
        };

    [Theory]
    [MemberData(nameof(Facts))]
    public void Derive_FromTheFacts_GivesTheGroupOrNoneWhereAMissingFactCouldDecide(
        int? zone,
        bool? nextToTown,
        double? agriculture,
        bool? newUrbanArea,
        int? expected
    )
    {
        var commune = Record(
            Set,
            ("EthnicMinorityAreaZone", zone),
            ("IsNextToUrbanAreaAndOrientedToUrban", nextToTown),
            ("AgricultureShareOfEconomy", agriculture),
            ("IsOrientedToNewUrbanArea", newUrbanArea)
        );

        Assert.Equal(expected, Rule.Derive(commune));
        Assert.Equal(expected, Rule.GroupOf(commune));
        Assert.False(Rule.Check(commune).IsContradiction);
    }

    [Fact]
    public void Check_WhereTheFactsCannotPlaceTheCommune_NamesThoseMissing()
    {
        var zoneMissing = Record(
            Set,
            ("IsNextToUrbanAreaAndOrientedToUrban", true),
            ("AgricultureShareOfEconomy", 5.0),
            ("IsOrientedToNewUrbanArea", true)
        );
        var urbanMissing = Record(Set, ("EthnicMinorityAreaZone", 0), ("AgricultureShareOfEconomy", 50.0));
        var placed = Record(Set, ("EthnicMinorityAreaZone", 2));

        Assert.Equal<string>(["EthnicMinorityAreaZone"], Rule.Check(zoneMissing).MissingFacts);
        Assert.Equal<string>(
            ["IsNextToUrbanAreaAndOrientedToUrban", "IsOrientedToNewUrbanArea"],
            Rule.Check(urbanMissing).MissingFacts
        );
        Assert.Empty(Rule.Check(placed).MissingFacts);
    }

    [Fact]
    public void GroupOf_GivenGroup_IsUsedAsGiven_AndAContradictionIsReported()
    {
        var commune = Record(Set, ("CommuneGroup", 2), ("EthnicMinorityAreaZone", 3));

        Assert.Equal(2, Rule.GroupOf(commune));
        Assert.Equal(new CommuneGroupCheck(2, 3), Rule.Check(commune));
        Assert.True(Rule.Check(commune).IsContradiction);
        Assert.False(Rule.Check(Record(Set, ("CommuneGroup", 3), ("EthnicMinorityAreaZone", 3))).IsContradiction);
        Assert.False(Rule.Check(Record(Set, ("CommuneGroup", 2))).IsContradiction);
    }

    [Fact]
    public void GroupParam_ThatThresholdsRead_SaysWhatTheRuleSays()
    {
        // A revision's group thresholds read the GlobalParam 'group': a commune without a group in its data is held
        // to the thresholds of the group its facts give.
        var group = Set.Workflow.Workflow.GlobalParams.Single(p => p.Name == ThresholdExpression.GroupParam);

        Assert.True(Rules.ExpressionText.AreSame(group.Expression, ThresholdExpression.GroupExpression(Rule)));
        Assert.Equal(
            "(group == 1 ? input.X >= 90 : (group == 3 ? input.X >= 70 : false))",
            ThresholdExpression.Write(
                "input.X",
                ThresholdDirection.AtLeast,
                [
                    new Threshold
                    {
                        Group = 1,
                        Value = Rules.Value.FromNumber(90),
                        Status = ValueStatus.Confirmed,
                    },
                    new Threshold
                    {
                        Group = 3,
                        Value = Rules.Value.FromNumber(70),
                        Status = ValueStatus.Confirmed,
                    },
                ],
                "input.Region",
                ThresholdExpression.GroupOf(Set.Workflow.Workflow.GlobalParams)
            )
        );
    }

    [Fact]
    public void Evaluate_RevisedSetWithGroupThresholds_HoldsACommuneWithoutAGroupToTheGroupOfItsFacts()
    {
        using var temp = new TempFolder();
        temp.Write(RuleFixtures.CommuneGroupRevisionPath, RuleFixtures.CommuneGroupRevision);
        var folder = temp.Path;
        var set = Catalog.WithDirectory(folder).Get("national/2026-2030/commune", new DateOnly(2026, 12, 31));

        var zoneThree = set.Evaluate(Record(set, ("EthnicMinorityAreaZone", 3), ("CleanWaterHouseholdRate", 65.0)))[
            "8.1"
        ];
        var urban = set.Evaluate(
            Record(
                set,
                ("EthnicMinorityAreaZone", 0),
                ("AgricultureShareOfEconomy", 5.0),
                ("CleanWaterHouseholdRate", 85.0)
            )
        )["8.1"];
        var given = set.Evaluate(
            Record(set, ("CommuneGroup", 2), ("EthnicMinorityAreaZone", 3), ("CleanWaterHouseholdRate", 65.0))
        )["8.1"];
        var unknown = set.Evaluate(Record(set, ("CleanWaterHouseholdRate", 65.0)))["8.1"];

        Assert.Equal((Outcome.Achieved, 3), (zoneThree.Outcome, zoneThree.Required!.Group));
        Assert.Equal((Outcome.NotAchieved, 1), (urban.Outcome, urban.Required!.Group));
        Assert.Equal((Outcome.NotAchieved, 2), (given.Outcome, given.Required!.Group));
        Assert.Equal(Outcome.MissingData, unknown.Outcome);
        // No row applies because the group is unknown, not because the sources give no value.
        Assert.Equal((true, false), (unknown.IsRowKeyMissing, zoneThree.IsRowKeyMissing));
        Assert.True(set.Evaluate(Record(set, ("CleanWaterHouseholdRate", 65.0))).IsAnyRowKeyMissing);
        Assert.False(set.Evaluate(Record(set, ("EthnicMinorityAreaZone", 3))).IsAnyRowKeyMissing);
        Assert.Equal("8.1: MissingData (actual 65, required unknown)", unknown.ToString());
    }
}
