using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

public class TypedInputTests
{
    [Fact]
    public void TypedMembers_CarryNameTypeAndUnit()
    {
        Assert.Equal("MultidimensionalPovertyRate", NtmInputs.MultidimensionalPovertyRate.Name);
        Assert.Equal(InputType.Number, NtmInputs.MultidimensionalPovertyRate.Type);
        Assert.Equal("%", NtmInputs.MultidimensionalPovertyRate.Unit);
        Assert.Equal("million VND/person/year", NtmInputs.IncomePerCapita.Unit);
        Assert.Equal(InputType.Integer, NtmInputs.AssessmentYear.Type);
        Assert.Equal(InputType.Boolean, NtmInputs.HasApprovedCommunePlan.Type);
        Assert.Equal(InputType.Enumeration, NtmInputs.Region.Type);
    }

    [Fact]
    public void TypedBuilder_SetsAndReadsBackEveryKind()
    {
        var record = NtmInputs
            .CreateBuilder()
            .Set(NtmInputs.Region, Region.DBSCL)
            .Set(NtmInputs.AssessmentYear, 2024)
            .Set(NtmInputs.MultidimensionalPovertyRate, 1.5)
            .Set(NtmInputs.HasApprovedCommunePlan, true)
            .Set(NtmInputs.IncomePerCapita, null)
            .Build();

        Assert.Equal(Region.DBSCL, record.Get(NtmInputs.Region));
        Assert.Equal(2024, record.Get(NtmInputs.AssessmentYear));
        Assert.Equal(1.5, record.Get(NtmInputs.MultidimensionalPovertyRate));
        Assert.True(record.Get(NtmInputs.HasApprovedCommunePlan));
        Assert.Null(record.Get(NtmInputs.IncomePerCapita));
        Assert.Equal("DBSCL", record["Region"].Text);
    }

    [Fact]
    public void TypedBuilder_OutOfRange_IsRefusedNotCoerced()
    {
        var builder = NtmInputs
            .CreateBuilder()
            .Set(NtmInputs.MultidimensionalPovertyRate, 120)
            .Set(NtmInputs.CommuneGroup, 4);

        Assert.False(builder.TryBuild(out _));
        Assert.Equal(
            [
                "input 'MultidimensionalPovertyRate': 120 is outside the valid range [0, 100]",
                "input 'CommuneGroup': 4 is outside the valid range [1, 3]",
            ],
            builder.Errors.Select(e => e.ToString())
        );
    }

    [Fact]
    public void TypedBuilder_UndefinedEnumMember_IsRefused()
    {
        var builder = NtmInputs.CreateBuilder().Set(NtmInputs.Region, (Region)42);

        Assert.Equal(
            "input 'Region': \"42\" is not one of TDMNPB (Trung du và miền núi phía Bắc), DBSH (Đồng bằng sông Hồng), "
                + "BTB (Bắc Trung Bộ), DHNTB (Duyên hải Nam Trung Bộ), TN (Tây Nguyên), DNB (Đông Nam Bộ), DBSCL (Đồng "
                + "bằng sông Cửu Long)",
            Assert.Single(builder.Errors).ToString()
        );
    }

    [Fact]
    public void TypedRecord_EvaluatesAgainstEveryShippedSet()
    {
        var record = NtmInputs
            .CreateBuilder()
            .Set(NtmInputs.Region, Region.BTB)
            .Set(NtmInputs.ChildStuntingRate, 26.0)
            .Build();

        var report = CriteriaCatalog
            .Shipped.Get("national/2021-2025/commune-standard", new DateOnly(2023, 6, 30))
            .Evaluate(record);

        Assert.Equal("15.3: NotAchieved (actual 26, required ≤ 25)", report["15.3"]!.ToString());
    }

    [Fact]
    public void RecordOfAnotherWorkflow_IsMisuse_NamingTheFirstInputsItLacksAndHowManyMore()
    {
        var other = RuleFile
            .Parse(
                """
                { "WorkflowName": "Water", "Inputs": [ { "Name": "Households", "Type": "integer" } ],
                  "Rules": [ { "RuleName": "Any", "Expression": "input.Households > 0" } ] }
                """
            )["Water"]
            .Compile();
        var set = CriteriaCatalog.Shipped.Get("national/2021-2025/commune-standard");

        var exception = Assert.Throws<ArgumentException>(() => set.Evaluate(other.Inputs.CreateBuilder().Build()));

        var lacking = set.Inputs.Declarations.Select(d => d.Name).ToList();
        Assert.StartsWith(
            $"The record was built for other inputs than set {set} reads: it lacks {string.Join(", ", lacking[..10])} "
                + $"and {lacking.Count - 10} more. Build it with",
            exception.Message,
            StringComparison.Ordinal
        );
    }
}
