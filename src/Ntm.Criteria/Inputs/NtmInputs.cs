using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// The shipped input vocabulary (<c>rules/inputs.json</c>): every input as a typed member with its type, unit and
/// label, and the schema that records for the shipped sets are built from.
/// </summary>
/// <example>
/// <code>
/// var commune = NtmInputs.CreateBuilder()
///     .Set(NtmInputs.Region, Region.DBSH)
///     .Set(NtmInputs.MultidimensionalPovertyRate, 1.2)
///     .Set(NtmInputs.HasApprovedCommunePlan, true)
///     .Build();
/// </code>
/// </example>
public static partial class NtmInputs
{
    /// <summary>The schema every shipped set reads; a record built from it can be evaluated by any of them.</summary>
    public static InputSchema Schema => CriteriaCatalog.Shipped.Sets[0].Inputs;

    /// <summary>Starts a record for the shipped sets.</summary>
    public static InputRecordBuilder CreateBuilder() => Schema.CreateBuilder();
}
