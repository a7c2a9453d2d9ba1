namespace Ntm.Criteria.Testing;

/// <summary>Rule files that tests of the library and of the command line both write into a rules folder.</summary>
internal static class RuleFixtures
{
    /// <summary>Where <see cref="QuangNinhIncomeRevision"/> goes in a rules folder.</summary>
    public const string QuangNinhIncomeRevisionPath = "provincial/quang-ninh/commune-model@2025-01-01.json";

    /// <summary>
    /// A revision of Quảng Ninh's model-commune set that gives the income threshold and nothing else: the set still
    /// gives 4 of the province's 10 indicators.
    /// </summary>
    public const string QuangNinhIncomeRevision = """
        { "WorkflowName": "provincial/quang-ninh/commune-model",
          "Properties": { "Set": { "Version": "2025-01-01", "Extends": "provincial/quang-ninh/commune-model@2021-2025",
            "LegalBasis": { "Decision": "1/QĐ-TEST", "Status": "unconfirmed", "Source": "test" },
            "InForce": { "From": "2025-01-01" } } },
          "Rules": [ { "RuleName": "2", "Operator": "And", "Properties": { "Change": "override" }, "Rules": [
            { "RuleName": "2", "Properties": { "Change": "override", "Status": "unconfirmed", "Source": "test",
              "Thresholds": [ { "Value": 80, "Status": "unconfirmed", "Source": "test" } ] } } ] } ] }
        """;

    /// <summary>Where <see cref="CommuneGroupRevision"/> goes in a rules folder.</summary>
    public const string CommuneGroupRevisionPath = "national/2026-2030/commune@2026-06-01.json";

    /// <summary>
    /// A revision of the 2026-2030 commune set, in force from 2026-06-01, that adds indicator 8.1 (clean water) with a
    /// threshold for each commune group: 90, 80 and 60.
    /// </summary>
    public const string CommuneGroupRevision = """
        { "WorkflowName": "national/2026-2030/commune",
          "Properties": { "Set": { "Version": "2026-06-01", "Extends": "national/2026-2030/commune@2025-12-29",
            "LegalBasis": { "Decision": "test", "Status": "unconfirmed", "Source": "test: a revision with group thresholds" },
            "InForce": { "From": "2026-06-01" } } },
          "Rules": [ { "RuleName": "8", "Properties": { "Change": "override" }, "Rules": [
            { "RuleName": "8.1", "Properties": { "Change": "add", "Kind": "indicator", "Number": "8.1", "Name": { "vi": "Tỷ lệ hộ dùng nước sạch", "en": "Clean water" },
              "Status": "unconfirmed", "Source": "test", "Input": "CleanWaterHouseholdRate", "Direction": "min",
              "Thresholds": [ { "Group": 1, "Value": 90, "Status": "unconfirmed", "Source": "test" }, { "Group": 2, "Value": 80, "Status": "unconfirmed", "Source": "test" },
                              { "Group": 3, "Value": 60, "Status": "unconfirmed", "Source": "test" } ] } } ] } ] }
        """;

    /// <summary>
    /// Copies the synthetic tier chain (tests/Ntm.Criteria.Tests/Fixtures/tiers: a vocabulary of its own and the sets
    /// test/commune-standard, -advanced, -model and district-standard) into a rules folder, as a province's own sets:
    /// every set, or those named.
    /// </summary>
    public static void CopySyntheticChain(string folder, params string[] sets)
    {
        var tiers = Path.Combine(Repository.Root, "tests", "Ntm.Criteria.Tests", "Fixtures", "tiers");
        Directory.CreateDirectory(Path.Combine(folder, "test"));
        File.Copy(Path.Combine(tiers, "inputs.json"), Path.Combine(folder, "inputs.json"));
        foreach (var file in Directory.GetFiles(Path.Combine(tiers, "test")))
        {
            if (sets.Length == 0 || sets.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                File.Copy(file, Path.Combine(folder, "test", Path.GetFileName(file)));
            }
        }
    }
}
