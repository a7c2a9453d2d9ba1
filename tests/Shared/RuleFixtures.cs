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
}
