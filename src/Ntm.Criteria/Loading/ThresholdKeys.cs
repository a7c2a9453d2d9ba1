using System.Collections.Immutable;
using System.Text.Json;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// What a threshold row of a set may hold: its fields, and the regions, commune groups and years a subject of the set
/// can have. A misspelt field or a key no subject has would make a row that never applies, or one that applies
/// everywhere, without a word; the set reader refuses both.
/// </summary>
internal sealed class ThresholdKeys
{
    private readonly ImmutableArray<string> _regions;

    // The Region input, whose names of its values ("Bắc Trung Bộ" for BTB) a row may have written for their codes.
    private readonly InputDeclaration? _region;
    private readonly (int First, int Last)? _groups;
    private readonly string? _period;
    private readonly DateOnly _from;
    private readonly DateOnly? _to;

    private ThresholdKeys(
        ImmutableArray<string> regions,
        InputDeclaration? region,
        (int First, int Last)? groups,
        string? period,
        DateOnly from,
        DateOnly? to
    )
    {
        (_regions, _region, _groups, _period, _from, _to) = (regions, region, groups, period, from, to);
    }

    /// <summary>Keys checked for their fields and JSON kinds only.</summary>
    public static ThresholdKeys Any { get; } = new([], null, null, null, DateOnly.MinValue, null);

    /// <summary>
    /// The keys of a set reading <paramref name="inputs"/>: the values of its <c>Region</c> input (and the general
    /// column), the range of its <c>CommuneGroup</c> input, and the years of its period and days in force.
    /// </summary>
    public static ThresholdKeys Of(InputSchema inputs, string? period, DateOnly from, DateOnly? to)
    {
        var isRegion = inputs.TryGet(NtmInputs.Region.Name, out var region) && region.Type == InputType.Enumeration;
        var regions = isRegion ? region!.AllowedValues.Add(Threshold.GeneralRegion) : [];
        (int, int)? groups =
            inputs.TryGet(NtmInputs.CommuneGroup.Name, out var group) && group is { Minimum: { } min, Maximum: { } max }
                ? ((int)Math.Ceiling(min), (int)Math.Floor(max))
                : null;
        return new(regions, isRegion ? region : null, groups, period, from, to);
    }

    // The code of the region a row names by one of its names ("Bắc Trung Bộ"); null for a code, however written.
    private string? CodeOfName(string text) =>
        _region?.ValueOf(text) is { } code && TextKey.Of(code) != TextKey.Of(text) ? code : null;

    /// <summary>
    /// What is wrong with the keys and fields of one row, read at <paramref name="at"/>, each with the path of the field
    /// at fault.
    /// </summary>
    public IEnumerable<(RuleMessage Message, string At)> Problems(JsonElement row, string at)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (
            var field in row.EnumerateObject()
                .Select(p => p.Name)
                .Where(f => !RuleFileWords.ThresholdRowFields.Contains(f))
        )
        {
            yield return (SetFileMessages.UnknownField(at, field, RuleFileWords.ThresholdRowFields), $"{at}.{field}");
        }

        if (Key(row, "Region", JsonValueKind.String) is { } region)
        {
            var text = region.GetString()!;
            if (!_regions.IsEmpty && !_regions.Contains(text))
            {
                yield return (
                    SetFileMessages.NoSuchRegion($"{at}.Region", text, _regions, CodeOfName(text)),
                    $"{at}.Region"
                );
            }
        }
        else if (WrongKind(row, "Region", JsonValueKind.String) is { } raw)
        {
            yield return (SetFileMessages.RowKeyType($"{at}.Region", text: true, raw), $"{at}.Region");
        }

        if (Whole(row, "Group", out var groupRaw) is { } group)
        {
            if (_groups is { } groups && (group < groups.First || group > groups.Last))
            {
                yield return (
                    SetFileMessages.NoSuchGroup($"{at}.Group", group, groups.First, groups.Last),
                    $"{at}.Group"
                );
            }
        }
        else if (groupRaw is not null)
        {
            yield return (SetFileMessages.RowKeyType($"{at}.Group", text: false, groupRaw), $"{at}.Group");
        }

        if (Whole(row, "Year", out var yearRaw) is { } year)
        {
            if (!CriteriaSet.CoversYear(year, _period, _from, _to))
            {
                var (first, last) = CriteriaSet.InForceSpan(_period, _from, _to);
                yield return (
                    SetFileMessages.YearNeverAssessed($"{at}.Year", year, _period, first, last),
                    $"{at}.Year"
                );
            }
        }
        else if (yearRaw is not null)
        {
            yield return (SetFileMessages.RowKeyType($"{at}.Year", text: false, yearRaw), $"{at}.Year");
        }
    }

    private static JsonElement? Key(JsonElement row, string name, JsonValueKind kind) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;

    // The key as the file writes it, when it is there but not of its kind (null is no key).
    private static string? WrongKind(JsonElement row, string name, JsonValueKind kind) =>
        row.TryGetProperty(name, out var value) && value.ValueKind is not JsonValueKind.Null && value.ValueKind != kind
            ? value.GetRawText()
            : null;

    private static int? Whole(JsonElement row, string name, out string? wrong)
    {
        wrong = WrongKind(row, name, JsonValueKind.Number);
        if (Key(row, name, JsonValueKind.Number) is { } number)
        {
            if (number.TryGetInt32(out var whole))
            {
                return whole;
            }

            wrong = number.GetRawText();
        }

        return null;
    }
}
