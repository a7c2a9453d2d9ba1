using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>A criterion (tiêu chí) or a precondition of a set, with its indicators in official order.</summary>
public sealed class Criterion
{
    internal Criterion(string number, LocalizedText name, CriterionKind kind, ImmutableArray<Indicator> indicators)
    {
        Number = number;
        Name = name;
        Kind = kind;
        Indicators = indicators;
        foreach (var indicator in indicators)
        {
            indicator.Criterion = this;
        }
    }

    /// <summary>The official number (<c>17</c>), or the precondition's label (<c>ĐK1</c>).</summary>
    public string Number { get; }

    /// <summary>The official Vietnamese name and an English name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Whether this is a criterion or a precondition.</summary>
    public CriterionKind Kind { get; }

    /// <summary>The encoded indicators; empty when the sources name none (see <see cref="IsEncoded"/>).</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>Whether the criterion's indicators are encoded; one that is not can never be achieved.</summary>
    public bool IsEncoded => !Indicators.IsEmpty;

    /// <summary>
    /// Whether <see cref="Indicators"/> are all of the criterion's own. One the sources give only some indicators of
    /// is never achieved: where those are all achieved, it is not encoded, since its others are not in the sources.
    /// </summary>
    public bool IsComplete { get; init; } = true;

    /// <summary>Whether the sources give some of the criterion's indicators, and not all: reports mark it so.</summary>
    public bool IsPartlyEncoded => IsEncoded && !IsComplete;

    /// <summary>Whether the name and number are confirmed.</summary>
    public ValueStatus Status { get; init; }

    /// <summary>Where the criterion is defined.</summary>
    public string? Source { get; init; }

    /// <summary>A remark from the sources.</summary>
    public string? Note { get; init; }

    /// <summary>The set the commune must reach for this condition (a model commune's advanced tier), if any.</summary>
    public string? Prerequisite { get; init; }

    /// <summary>The index of the criterion's rule in the set's compiled workflow.</summary>
    public int RuleIndex { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{Number}. {Name.Vietnamese}";
}
