namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// The communes of one province that were not evaluated against the province's own sets in force (<see
/// cref="ProvinceSetUse"/>), and the <c>--set</c> options that evaluate them against those sets.
/// </summary>
/// <param name="Province">The province as the file first writes it.</param>
/// <param name="Communes">How many of the file's communes are of it.</param>
/// <param name="Unused">Its own sets in force that the run did not use.</param>
/// <param name="Suggested">The ids to name with <c>--set</c>: the run's chain with the province's sets in place.</param>
/// <param name="FileHasOthers">Whether the file holds communes of other provinces, or of none, too.</param>
internal sealed record OwnProvinceSetsNote(
    string Province,
    long Communes,
    IReadOnlyList<CriteriaSet> Unused,
    IReadOnlyList<string> Suggested,
    bool FileHasOthers
);
