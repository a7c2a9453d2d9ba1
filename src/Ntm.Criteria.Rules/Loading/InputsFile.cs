using System.Collections.Immutable;

namespace Ntm.Criteria.Rules;

/// <summary>An inputs file as a loader read it: where and what it declares, and the problems found in it.</summary>
internal sealed record InputsFile(InputsFileReference Reference, ImmutableArray<RuleFileError> Problems);
