namespace Ntm.Criteria;

/// <summary>A commune's group as its data gives it and as its facts give it.</summary>
/// <param name="Given">The group in the data, if any.</param>
/// <param name="Derived">The group the facts give, if they decide it.</param>
public sealed record CommuneGroupCheck(int? Given, int? Derived)
{
    /// <summary>Whether the data's group and the facts' group are both known and differ.</summary>
    public bool IsContradiction => Given is { } given && Derived is { } derived && given != derived;
}
