using System.Reflection;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The release of Ntm.Criteria a report was made with, whose shipped sets it applied: "0.1.0". A report says it, so
/// that two reports of the same data that differ because a later release corrected a threshold can be told apart.
/// </summary>
internal static class NtmVersion
{
    /// <summary>The version without its build metadata (the commit after '+').</summary>
    public static string Current { get; } =
        typeof(CriteriaCatalog)
            .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0]
        ?? typeof(CriteriaCatalog).Assembly.GetName().Version?.ToString(3)
        ?? "?";
}
