namespace Ntm.Criteria.Tests;

/// <summary>docs/criteria.md and docs/unconfirmed.md are generated from the rule files and must be current.</summary>
public class GeneratedDocsTests
{
    [Theory]
    [InlineData("criteria.md")]
    [InlineData("unconfirmed.md")]
    public void GeneratedDocs_MatchTheRuleFiles(string name)
    {
        var expected =
            name == "criteria.md"
                ? CriteriaMarkdown.Criteria(CriteriaCatalog.Shipped)
                : CriteriaMarkdown.Unconfirmed(CriteriaCatalog.Shipped);
        Snapshot.Check($"docs/{name}", expected, "GeneratedDocs");
    }

    [Fact]
    public void Unconfirmed_ListsOpenAndUnconfirmedValues()
    {
        var text = CriteriaMarkdown.Unconfirmed(CriteriaCatalog.Shipped);

        Assert.Contains(
            "| national/2021-2025/commune-standard | 2022-03-08 | 10 Thu nhập bình quân đầu "
                + "người khu vực nông thôn | all | — | not set |",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "| national/2021-2025/commune-standard | 2022-03-08 | 15.4 Tỷ lệ dân số có sổ khám "
                + "chữa bệnh điện tử | BTB | — | not set |",
            text,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("| 3.1 Tỷ lệ diện tích đất sản xuất nông nghiệp", text, StringComparison.Ordinal);
    }
}
