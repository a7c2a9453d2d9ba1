using System.Globalization;
using Ntm.Criteria.Cli.Output.Spreadsheets;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>A fixed column of a criteria sheet, in the order the sheet shows them (Texts.WorkbookColumns).</summary>
internal enum SheetField
{
    Kind,
    Number,
    NameVietnamese,
    NameEnglish,
    Unit,
    Direction,
    Input,
    AppliesWhen,
    Year,
    Status,
    Source,
    Note,
}

/// <summary>What a row of a criteria sheet is, in the order of its words (Texts.KindNames).</summary>
internal enum RowKind
{
    Criterion,
    Indicator,
    Precondition,

    /// <summary>A criterion the sources give only some indicators of (Criterion.IsComplete is false).</summary>
    PartialCriterion,

    /// <summary>A precondition the sources give only some indicators of.</summary>
    PartialPrecondition,
}

/// <summary>
/// A line of a criteria sheet's header block, in the order the sheet shows them (Texts.WorkbookHeaderLabels).
/// </summary>
internal enum HeaderField
{
    SetId,
    Version,
    ExportedFrom,
    NameVietnamese,
    NameEnglish,
    Province,
    Decision,
    DecisionDate,
    Annex,
    DecisionStatus,
    DecisionSource,
    InForceFrom,
    InForceTo,
    OfficialCriteria,
    OfficialIndicators,
}

/// <summary>The four cells a threshold key has on a row: its value, status, source and note.</summary>
internal enum ThresholdPart
{
    Value,
    Status,
    Source,
    Note,
}

/// <summary>
/// A column group of thresholds: every subject (no key), the general column, one region, or one commune group.
/// </summary>
internal sealed record ThresholdKey(string? Region, int? Group)
{
    public static readonly ThresholdKey Everyone = new(null, null);

    /// <summary>The key's header in a language: "Tất cả", "Chỉ tiêu chung", "ĐBSH", "Nhóm 2".</summary>
    public string Header(Texts texts) =>
        this switch
        {
            { Region: Threshold.GeneralRegion } => texts.GeneralColumn,
            { Region: { } region } => CriteriaSheetLayout.ShowRegion(region),
            { Group: { } group } => $"{texts.GroupColumn} {group.ToString(CultureInfo.InvariantCulture)}",
            _ => texts.AllSubjectsColumn,
        };
}

/// <summary>
/// The layout of a criteria sheet, shared by export and import: the header block in column A and B, then a table whose
/// fixed columns are <see cref="SheetField"/> and whose threshold columns are four per <see cref="ThresholdKey"/>.
/// Headers are written in one language and recognised in either.
/// </summary>
internal static class CriteriaSheetLayout
{
    /// <summary>The first row of the table's header: the header block above it, one blank row between.</summary>
    public static int TableHeaderRow => Enum.GetValues<HeaderField>().Length + 2;

    public static int FixedColumns => Enum.GetValues<SheetField>().Length;

    private static readonly Dictionary<string, string> RegionDisplay = new(StringComparer.Ordinal)
    {
        ["DBSH"] = "ĐBSH",
        ["DNB"] = "ĐNB",
        ["DBSCL"] = "ĐBSCL",
    };

    /// <summary>
    /// The threshold keys of a set's sheet: every subject, then the general column and the regions, or the groups.
    /// </summary>
    public static List<ThresholdKey> KeysOf(CriteriaSet set)
    {
        var keys = new List<ThresholdKey> { ThresholdKey.Everyone };
        var rows = set.AllIndicators.SelectMany(i => i.Thresholds).ToList();
        if (set.ThresholdsBy == NtmInputs.CommuneGroup.Name || rows.Any(r => r.Group is not null))
        {
            keys.AddRange(Enumerable.Range(1, 3).Select(g => new ThresholdKey(null, g)));
        }

        if (set.ThresholdsBy != NtmInputs.CommuneGroup.Name || rows.Any(r => r.Region is not null))
        {
            keys.Add(new ThresholdKey(Threshold.GeneralRegion, null));
            var regions = set.Inputs.TryGet(NtmInputs.Region.Name, out var region) ? region.AllowedValues : [];
            keys.AddRange(
                regions
                    .Concat(rows.Select(r => r.Region).OfType<string>().Where(r => r != Threshold.GeneralRegion))
                    .Distinct(StringComparer.Ordinal)
                    .Select(r => new ThresholdKey(r, null))
            );
        }

        return keys;
    }

    public static string ShowRegion(string code) => RegionDisplay.GetValueOrDefault(code, code);

    /// <summary>What a header or word reads as, whichever way it was typed: case, spacing and Đ/D aside.</summary>
    public static string Normalize(string text) =>
        string.Join(
            ' ',
            text.Replace('Đ', 'D')
                .Replace('đ', 'd')
                .ToLowerInvariant()
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        );

    public static string Cell(int column, int row) => Xlsx.Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The index of a word among a language's words (kinds, directions, statuses), in either language; typed without
    /// its diacritics ("tieu chi (mot phan)") where no word is written so.
    /// </summary>
    public static int? IndexOf(string text, Func<Texts, IReadOnlyList<string>> words, params string[][] alsoAccepted)
    {
        IReadOnlyList<string>[] lists = [words(Texts.Vietnamese), words(Texts.English), .. alsoAccepted];
        return Find(Normalize) ?? Find(TextKey.Of);

        int? Find(Func<string, string> key)
        {
            var typed = key(text);
            foreach (var list in lists)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (key(list[i]) == typed)
                    {
                        return i;
                    }
                }
            }

            return null;
        }
    }
}
