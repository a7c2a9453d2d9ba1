namespace Ntm.Criteria.Rules;

/// <summary>
/// The inputs file a workflow names in its <c>InputsFile</c>: where the loader read it, and its declarations, which
/// come first in the workflow's <see cref="Workflow.Inputs"/> (the workflow's own follow them). A tool that writes the
/// workflow back can name the file again rather than copy declarations that may change after it.
/// </summary>
/// <param name="Path">The reference resolved against the workflow's file, as the loader opened it
/// (<see cref="RuleLoadOptions.OpenReferencedFile"/>), or the name of the file an application read in its place.
/// </param>
/// <param name="Inputs">The file's declarations.</param>
public sealed record InputsFileReference(string Path, InputSchema Inputs);
