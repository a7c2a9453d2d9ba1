using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// How a set (2026-2030) places a commune in its group from facts about it: the first group any of whose conditions
/// holds, otherwise <see cref="Otherwise"/>. A fact that is missing leaves the group unknown where it could decide it.
/// A group given in the data is used as given; <see cref="Check"/> says where the facts contradict it.
/// </summary>
/// <param name="Groups">The groups tried in order, each with the conditions any of which places a commune in
/// it.</param>
/// <param name="Otherwise">The group of a commune none of whose conditions hold.</param>
/// <param name="Status">Whether the definition is confirmed in the sources.</param>
/// <param name="Source">Where the groups are defined.</param>
public sealed record CommuneGroupRule(
    ImmutableArray<CommuneGroupDefinition> Groups,
    int Otherwise,
    ValueStatus Status,
    string? Source
)
{
    /// <summary>The inputs the groups' conditions read, each once, in the order the groups name them.</summary>
    public ImmutableArray<string> Facts => [.. Groups.SelectMany(g => g.When).Select(c => c.Input).Distinct()];

    /// <summary>The group the facts give, or null when a missing fact could change it.</summary>
    public int? Derive(Ntm.Criteria.Rules.InputRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        foreach (var group in Groups)
        {
            var holds = group.HoldsFor(record);
            if (holds != false)
            {
                return holds == true ? group.Group : null;
            }
        }

        return Otherwise;
    }

    /// <summary>
    /// The group a commune is evaluated in: as given in its data, else as its facts give it (null when neither says).
    /// </summary>
    public int? GroupOf(Ntm.Criteria.Rules.InputRecord record) => Given(record) ?? Derive(record);

    /// <summary>
    /// The group given and the group the facts give; they contradict each other when both are known and differ.
    /// </summary>
    public CommuneGroupCheck Check(Ntm.Criteria.Rules.InputRecord record) =>
        Derive(record) is { } derived
            ? new(Given(record), derived)
            : new(Given(record), null)
            {
                MissingFacts = [.. Facts.Where(f => record.Schema.IndexOf(f) < 0 || !record[f].HasValue)],
            };

    /// <summary>
    /// "group 3: EthnicMinorityAreaZone is 2 or 3; group 1: …; otherwise group 2": the rule's groups in the order they
    /// are tried.
    /// </summary>
    public override string ToString() => $"{string.Join("; ", Groups)}; otherwise group {Otherwise}";

    private static int? Given(Ntm.Criteria.Rules.InputRecord record) =>
        record.Schema.IndexOf(NtmInputs.CommuneGroup.Name) >= 0
        && record[NtmInputs.CommuneGroup.Name] is { HasValue: true } value
            ? (int)value.Number
            : null;
}
