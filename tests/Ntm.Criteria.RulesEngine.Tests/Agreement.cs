using Ntm.Criteria.Rules;

namespace Ntm.Criteria.RulesEngine.Tests;

/// <summary>
/// Where the two engines agree and where they differ by design, rule by rule: an indicator achieved or not achieved
/// here is the same in RulesEngine; the outcomes RulesEngine has no word for come out as docs/rulesengine.md says.
/// </summary>
internal static class Agreement
{
    /// <summary>
    /// Every indicator whose RulesEngine result is not the one the documented table gives; empty when all agree.
    /// </summary>
    public static IEnumerable<string> Differences(RulesEngineHost host, InputRecord record)
    {
        var report = host.Set.Evaluate(record);
        var results = host.Execute(record);
        foreach (var criterion in report.Preconditions.Concat(report.Criteria))
        {
            foreach (var indicator in criterion.Indicators)
            {
                var path = $"{criterion.Criterion.Number} › {indicator.Indicator.Number}";
                if (!results.TryGetValue(path, out var result))
                {
                    yield return $"{path}: no result in RulesEngine";
                    continue;
                }

                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    yield return $"{path}: RulesEngine failed: {result.ExceptionMessage}";
                    continue;
                }

                if (Expected(indicator) is { } expected && result.IsSuccess != expected)
                {
                    yield return $"{path}: {indicator.Outcome} here, {(result.IsSuccess ? "true" : "false")} in "
                        + $"RulesEngine "
                        + $"({result.Rule.Expression})";
                }
            }
        }
    }

    /// <summary>
    /// What RulesEngine gives for an outcome: the same where this engine decides; false where the threshold is open
    /// (its expression is false) or the indicator's own input is missing (a comparison with null is false in C#);
    /// anything where the missing value is another one (the region or group that picks the threshold, a "nếu có"
    /// condition RulesEngine does not read, a measure's condition that C# skips), or the rule does not apply or ends in
    /// an error.
    /// </summary>
    private static bool? Expected(IndicatorResult indicator) =>
        indicator.Outcome switch
        {
            Outcome.Achieved => true,
            Outcome.NotAchieved => false,
            Outcome.ThresholdNotSet => false,
            Outcome.MissingData when indicator.Indicator.Measure is null && !indicator.Actual.HasValue => false,
            _ => null,
        };
}
