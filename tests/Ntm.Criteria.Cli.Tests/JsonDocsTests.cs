using System.Text.Json;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// docs/cli-json.md is what scripts read the JSON reports by: every member a report writes is named there, so that a
/// member added to a report is added to its documentation.
/// </summary>
public sealed class JsonDocsTests
{
    public static TheoryData<string[]> Reports() =>
        new(
            ["evaluate", Cli.File("samples/communes.csv")],
            // Communes of 2026: groups, contradictions with the facts, no district.
            ["evaluate", Cli.File("samples/communes-2026.csv")],
            [
                "evaluate",
                Cli.File("samples/villages-ha-tinh.csv"),
                "--set",
                "provincial/ha-tinh/residential-area-model",
            ],
            ["explain", Cli.File("samples/communes.csv"), "--commune", "X0001"],
            ["explain", Cli.File("samples/communes-2026.csv"), "--commune", "M003"],
            [
                "diff",
                "national/2021-2025/commune-standard@2022-03-08",
                "national/2021-2025/commune-standard",
                "--data",
                Cli.File("samples/communes.csv"),
            ]
        );

    [Theory]
    [MemberData(nameof(Reports))]
    public void EveryMemberOfAJsonReport_IsNamedInTheDocs(string[] command)
    {
        var documentation = File.ReadAllText(Cli.File("docs/cli-json.md"));
        var result = Cli.Run([.. command, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);

        var members = new SortedSet<string>(StringComparer.Ordinal);
        Collect(JsonDocument.Parse(result.Out).RootElement, members);

        var undocumented = members.Where(m => !documentation.Contains($"\"{m}\"", StringComparison.Ordinal));
        Assert.Equal(Array.Empty<string>(), undocumented);
    }

    private static void Collect(JsonElement element, SortedSet<string> members)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                members.Add(member.Name);
                Collect(member.Value, members);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, members);
            }
        }
    }
}
