namespace Ntm.Criteria.Tests;

/// <summary>docs/criteria.md and docs/unconfirmed.md are generated from the rule files and must be current.</summary>
public class GeneratedDocsTests
{
    [Theory]
    [InlineData("criteria.md")]
    [InlineData("unconfirmed.md")]
    public void GeneratedDocs_MatchTheRuleFiles(string name)
    {
        var expected = name == "criteria.md" ? CriteriaMarkdown.Criteria(CriteriaCatalog.Shipped) : CriteriaMarkdown.Unconfirmed(CriteriaCatalog.Shipped);
        var path = Path.Combine(Repository.Root, "docs", name);
        if (Environment.GetEnvironmentVariable("NTM_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"docs/{name} is missing; run NTM_UPDATE_DOCS=1 dotnet test --filter GeneratedDocs");
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n").Replace("\n", Environment.NewLine, StringComparison.Ordinal),
            $"docs/{name} is out of date with the rule files; run NTM_UPDATE_DOCS=1 dotnet test --filter GeneratedDocs");
    }

    [Fact]
    public void Unconfirmed_ListsOpenAndUnconfirmedValues()
    {
        var text = CriteriaMarkdown.Unconfirmed(CriteriaCatalog.Shipped);

        Assert.Contains("| national/2021-2025/commune-standard | 2022-03-08 | 10 Thu nhập bình quân đầu người khu vực nông thôn | all | — | not set |", text, StringComparison.Ordinal);
        Assert.Contains("| national/2021-2025/commune-standard | 2022-03-08 | 15.4 Tỷ lệ dân số có sổ khám chữa bệnh điện tử | BTB | — | not set |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| 3.1 Tỷ lệ diện tích đất sản xuất nông nghiệp", text, StringComparison.Ordinal);
    }
}
