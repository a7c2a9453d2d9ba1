using System.Collections.Immutable;

namespace Ntm.Criteria.Rules;

/// <summary>An inputs file as a loader read it: the schema of its declarations and the problems found in it.</summary>
internal sealed record InputsFile(InputSchema Schema, ImmutableArray<RuleFileError> Problems);
