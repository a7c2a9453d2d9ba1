using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>A commune group and the facts any of which places a commune in it.</summary>
/// <param name="Group">The group's number.</param>
/// <param name="When">The conditions; any one suffices.</param>
public sealed record CommuneGroupDefinition(int Group, ImmutableArray<SubjectCondition> When)
{
    /// <summary>True when a condition holds, false when none can, null when a missing fact leaves it open.</summary>
    public bool? HoldsFor(Ntm.Criteria.Rules.InputRecord record)
    {
        var open = false;
        foreach (var condition in When)
        {
            switch (condition.HoldsFor(record))
            {
                case true:
                    return true;
                case null:
                    open = true;
                    break;
            }
        }

        return open ? null : false;
    }

    /// <summary>"group 3: EthnicMinorityAreaZone is 2 or 3".</summary>
    public override string ToString() => $"group {Group}: {string.Join(", or ", When)}";
}
