using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>A commune's group as its data gives it and as its facts give it.</summary>
/// <param name="Given">The group in the data, if any.</param>
/// <param name="Derived">The group the facts give, if they decide it.</param>
public sealed record CommuneGroupCheck(int? Given, int? Derived)
{
    /// <summary>Whether the data's group and the facts' group are both known and differ.</summary>
    public bool IsContradiction => Given is { } given && Derived is { } derived && given != derived;

    /// <summary>
    /// The facts without a value where they leave <see cref="Derived"/> unknown, in the order the groups name them:
    /// what the data must give to place the commune; empty where the facts decide.
    /// </summary>
    public ImmutableArray<string> MissingFacts { get; init; } = [];
}
