namespace Ntm.Criteria.Cli.Output;

/// <summary>What several commands show of a set or a report, computed in one place.</summary>
internal static class SetFacts
{
    /// <summary>Every indicator result of a report, preconditions first, in official order.</summary>
    public static IEnumerable<IndicatorResult> AllResults(this SetReport report) =>
        report.Preconditions.Concat(report.Criteria).SelectMany(c => c.Indicators);

    /// <summary>The official numbers of a report's indicators with this outcome.</summary>
    public static IEnumerable<string> Numbers(this SetReport report, Outcome outcome) =>
        report.AllResults().Where(i => i.Outcome == outcome).Select(i => i.Indicator.Number);

    /// <summary>The official numbers of a report's indicators decided against an unconfirmed value.</summary>
    public static IEnumerable<string> NumbersOnUnconfirmedValues(this SetReport report) =>
        report.OnUnconfirmedValues().Select(i => i.Indicator.Number);
}
