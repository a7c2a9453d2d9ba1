using System.Collections.Immutable;
using System.Globalization;

namespace Ntm.Criteria;

/// <summary>
/// A fact about a subject that a set's rules turn on (a commune of khu vực II or III, one whose agriculture is under
/// 10% of its economy): a boolean input that is true, a whole-number input with one of <see cref="Values"/>, or a
/// number input below <see cref="Below"/>.
/// </summary>
/// <param name="Input">The input read.</param>
/// <param name="Values">The values that hold, for a whole-number input; empty otherwise.</param>
/// <param name="Below">The bound a number input must be under, for a number input; null otherwise.</param>
public sealed record SubjectCondition(string Input, ImmutableArray<int> Values, double? Below = null)
{
    /// <summary>Whether the condition holds for a record: true, false, or null when its input is missing.</summary>
    public bool? HoldsFor(Ntm.Criteria.Rules.InputRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var index = record.Schema.IndexOf(Input);
        return HoldsFor(index >= 0 ? record.Get(index) : Ntm.Criteria.Rules.Value.Missing);
    }

    /// <summary>Whether the condition holds for a value of its input: null when the value is missing.</summary>
    internal bool? HoldsFor(Ntm.Criteria.Rules.Value value) =>
        !value.HasValue ? null
        : Below is { } bound ? value.Number < bound
        : Values.IsEmpty ? value.Boolean
        : Values.Contains((int)value.Number);

    /// <summary>
    /// The condition as the expression language writes it, a missing input leaving it unknown; a boolean is compared
    /// with true, which RulesEngine accepts of a nullable input where it refuses a bare one.
    /// </summary>
    internal string Expression =>
        Below is { } bound ? $"input.{Input} < {bound.ToString("R", CultureInfo.InvariantCulture)}"
        : Values.IsEmpty ? $"input.{Input} == true"
        : string.Join(" || ", Values.Select(v => $"input.{Input} == {v.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>
    /// "IsSafeZoneCommuneOfPoorDistrict", "EthnicMinorityAreaZone is 2 or 3", "AgricultureShareOfEconomy below 10".
    /// </summary>
    public override string ToString() =>
        Below is { } bound ? $"{Input} below {bound.ToString(CultureInfo.InvariantCulture)}"
        : Values.IsEmpty ? Input
        : $"{Input} is {string.Join(" or ", Values.Select(v => v.ToString(CultureInfo.InvariantCulture)))}";
}
