using System.Globalization;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// One row of an indicator's threshold table: the value required for a region, commune group or year (or for
/// all of them when the key is absent), with its source and status. A row whose region is <c>General</c> is the
/// decision's "chỉ tiêu chung" column: recorded for reference, never applied to a commune.
/// </summary>
public sealed record Threshold
{
    /// <summary>The region code the row is for, <c>General</c>, or null for every region.</summary>
    public string? Region { get; init; }

    /// <summary>The commune group (2026-2030) the row is for, or null for every group.</summary>
    public int? Group { get; init; }

    /// <summary>The year of assessment the row is for, or null for every year.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The required value: a number, or a boolean for conditions; <see cref="Value.Missing"/> when not set.
    /// </summary>
    public Value Value { get; init; }

    /// <summary>Whether the value is confirmed, unconfirmed or not set.</summary>
    public ValueStatus Status { get; init; }

    /// <summary>Where the value comes from: decision, annex, indicator, and the page it was read on.</summary>
    public string? Source { get; init; }

    /// <summary>A remark from the sources, such as why a value is open.</summary>
    public string? Note { get; init; }

    /// <summary>Whether this row is the general column kept for reference.</summary>
    public bool IsGeneral => Region == GeneralRegion;

    /// <summary>Whether a value is given.</summary>
    public bool IsSet => Status != ValueStatus.NotSet && Value.HasValue;

    /// <summary>How specific the row's key is: a region outweighs a group, which outweighs a year.</summary>
    internal int Specificity => (Region is null ? 0 : 4) + (Group is null ? 0 : 2) + (Year is null ? 0 : 1);

    /// <summary>The region code of the decision's general column.</summary>
    public const string GeneralRegion = "General";

    /// <summary>
    /// Formats as <c>group 1: 110 (Confirmed) — QĐ 12/2026/QĐ-UBND, chỉ tiêu 1.1</c>, or <c>all: not set (NotSet)</c>.
    /// </summary>
    public override string ToString() =>
        $"{Key}: {(IsSet ? Value.ToString(CultureInfo.InvariantCulture) : "not set")} ({Status})"
        + (Source is null ? string.Empty : $" — {Source}");

    /// <summary>Describes the key of the row, e.g. <c>TDMNPB, 2020</c>, or <c>all</c>.</summary>
    public string Key
    {
        get
        {
            var parts = new List<string>();
            if (Region is not null)
            {
                parts.Add(Region);
            }

            if (Group is { } group)
            {
                parts.Add($"group {group}");
            }

            if (Year is { } year)
            {
                parts.Add(year.ToString(CultureInfo.InvariantCulture));
            }

            return parts.Count == 0 ? "all" : string.Join(", ", parts);
        }
    }
}
