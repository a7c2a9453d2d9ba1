using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// A column that says which locality a row is (its id, name, district or province), with every name data files give it.
/// </summary>
/// <param name="Field">What the column holds.</param>
/// <param name="English">Its name in English, as the command line's CSV reports and English templates write it.</param>
/// <param name="Vietnamese">Its name in Vietnamese, as Vietnamese templates write it.</param>
/// <param name="OtherNames">Other names offices give it: a village's id, a former district.</param>
public sealed record LocalityColumn(
    LocalityField Field,
    string English,
    string Vietnamese,
    ImmutableArray<string> OtherNames
)
{
    /// <summary>Every name of the column: English, Vietnamese, then the others.</summary>
    public IEnumerable<string> Names => [English, Vietnamese, .. OtherNames];
}
