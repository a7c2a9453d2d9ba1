using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>
/// An indicator (chỉ tiêu) of a criterion, with its official number, names, input and threshold table.
/// </summary>
public sealed class Indicator
{
    internal Indicator(
        string number,
        LocalizedText name,
        string input,
        ThresholdDirection direction,
        ImmutableArray<Threshold> thresholds
    )
    {
        Number = number;
        Name = name;
        Input = input;
        Direction = direction;
        Thresholds = thresholds;
    }

    /// <summary>The official number: <c>17.8</c>, or a bare <c>5</c> where a criterion has one indicator.</summary>
    public string Number { get; }

    /// <summary>The official Vietnamese name and an English gloss.</summary>
    public LocalizedText Name { get; }

    /// <summary>The input the indicator reads, from the shared vocabulary.</summary>
    public string Input { get; }

    /// <summary>How the input is compared with the threshold.</summary>
    public ThresholdDirection Direction { get; }

    /// <summary>
    /// What the table's values are compared with when it is not the input itself: an expression over inputs, such as
    /// a share computed from two counts; null for the input.
    /// </summary>
    public string? Measure { get; init; }

    /// <summary>The unit of the input, for reports.</summary>
    public string? Unit { get; init; }

    /// <summary>The threshold table, by region, group and year.</summary>
    public ImmutableArray<Threshold> Thresholds { get; }

    /// <summary>Whether the indicator's name and number are confirmed in the sources.</summary>
    public ValueStatus Status { get; init; }

    /// <summary>Whether the official number itself is confirmed (null when it is as confirmed as the name).</summary>
    public ValueStatus? NumberStatus { get; init; }

    /// <summary>Where the indicator is defined.</summary>
    public string? Source { get; init; }

    /// <summary>A remark from the sources.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The condition under which the indicator applies ("nếu có"), as an expression; null when it always applies.
    /// </summary>
    public string? AppliesWhen { get; init; }

    /// <summary>The commune set whose share a district precondition counts, if any.</summary>
    public string? CommuneSet { get; init; }

    /// <summary>The weaker indicator this one strengthens (<c>set-id#number</c>), if any.</summary>
    public string? Strengthens { get; init; }

    /// <summary>The criterion the indicator belongs to.</summary>
    public Criterion Criterion { get; internal set; } = null!;

    /// <summary>The index of the indicator's rule in the set's compiled workflow.</summary>
    public int RuleIndex { get; internal set; }

    /// <summary>Where the indicator's rule is written, for errors in its <see cref="AppliesWhen"/>.</summary>
    internal (string? File, Ntm.Criteria.Rules.SourcePosition Position) Origin { get; init; }

    /// <summary>Whether any row that can apply to a commune has a value.</summary>
    public bool HasAnyThreshold => Thresholds.Any(t => !t.IsGeneral && t.IsSet);

    /// <summary>Whether every value the indicator rests on is confirmed.</summary>
    public bool IsFullyConfirmed => Thresholds.All(t => t.Status == ValueStatus.Confirmed);

    /// <summary>
    /// The row that applies to a commune of the given region, group and year: the most specific matching row, or
    /// null when none matches (the threshold is then not set). General rows never apply.
    /// </summary>
    public Threshold? ThresholdFor(string? region, int? group, int? year)
    {
        // Called for every indicator of every evaluation: one pass, no allocation. Among equally specific rows the
        // first in the file wins.
        Threshold? best = null;
        var bestScore = -1;
        foreach (var t in Thresholds)
        {
            if (
                t.IsGeneral
                || (t.Region is not null && t.Region != region)
                || (t.Group is not null && t.Group != group)
                || (t.Year is not null && t.Year != year)
            )
            {
                continue;
            }

            var score = t.Specificity;
            if (score > bestScore)
            {
                best = t;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a row with a value would apply had the missing parts of the context (region, group or year) been
    /// given: the threshold then depends on data the subject lacks, rather than being open in the sources.
    /// </summary>
    public bool DependsOnMissingContext(string? region, int? group, int? year)
    {
        foreach (var t in Thresholds)
        {
            var lacksContext =
                (t.Region is not null && region is null)
                || (t.Group is not null && group is null)
                || (t.Year is not null && year is null);
            if (
                !t.IsGeneral
                && t.IsSet
                && lacksContext
                && (t.Region is null || region is null || t.Region == region)
                && (t.Group is null || group is null || t.Group == group)
                && (t.Year is null || year is null || t.Year == year)
            )
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number} {Name.Vietnamese}";
}
