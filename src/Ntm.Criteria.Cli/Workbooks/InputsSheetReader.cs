using System.Collections.Immutable;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// Reads a criteria workbook's inputs sheet: the new inputs an office declares for its indicators, each row checked as
/// the loader checks a declaration, with every problem at the cell of its field. The rows of the inputs the catalog
/// already declares must be left as exported.
/// </summary>
internal sealed class InputsSheetReader(CriteriaCatalog catalog, Texts t)
{
    // The sheet's columns, in the order of Texts.InputColumns.
    private const int NameColumn = 0;
    private const int TypeColumn = 1;
    private const int UnitColumn = 2;
    private const int MinimumColumn = 3;
    private const int MaximumColumn = 4;
    private const int ValuesColumn = 5;
    private const int VietnameseLabelColumn = 6;
    private const int EnglishLabelColumn = 7;
    private const int ValueNamesColumn = 8;

    /// <summary>The names of the rows refused: an indicator that reads one is not a second problem.</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a sheet's name is the inputs sheet's, in either language.</summary>
    public static bool IsInputsSheet(string name) =>
        CriteriaSheetLayout.Normalize(name) is var n
        && (
            n == CriteriaSheetLayout.Normalize(Texts.Vietnamese.InputsSheet)
            || n == CriteriaSheetLayout.Normalize(Texts.English.InputsSheet)
        );

    /// <summary>The new inputs the sheet declares, with their rows; its problems are the sheet's.</summary>
    public List<(InputDeclaration Declaration, int Row)> Read(SheetCells sheet)
    {
        // Sets may declare one name differently (a province's own vocabulary): a row is known when it is one of them.
        var known = catalog.Sets.SelectMany(s => s.Inputs.Declarations).ToLookup(d => d.Name, StringComparer.Ordinal);
        var result = new List<(InputDeclaration, int)>();
        sheet.ColumnsNotRead(1, column => column < t.InputColumns.Length);
        sheet.MergedCellsRead((_, column) => column < t.InputColumns.Length);
        for (var row = 2; row <= sheet.LastRow; row++)
        {
            if (sheet.Text(row, NameColumn) is not { } name || string.IsNullOrWhiteSpace(name))
            {
                // A new input described but not named would be lost without a word.
                if (Enumerable.Range(1, t.InputColumns.Length - 1).Any(c => sheet.Text(row, c) is not null))
                {
                    sheet.Problem(NameColumn, row, t.Needed($"\"{t.InputColumns[NameColumn]}\""));
                }

                continue;
            }

            var typeText = sheet.Text(row, TypeColumn) ?? string.Empty;
            if (InputTypeWords.Named(typeText) is not { } type)
            {
                sheet.Problem(TypeColumn, row, t.NotOneOf(typeText, InputTypeWords.All));
                Refused.Add(name);
                continue;
            }

            var declaration = new InputDeclaration(name, type)
            {
                Unit = sheet.Text(row, UnitColumn),
                Minimum = sheet.Number(row, MinimumColumn),
                Maximum = sheet.Number(row, MaximumColumn),
                AllowedValues = sheet.Text(row, ValuesColumn) is { } values
                    ? [.. values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
                    : [],
                Labels = new[]
                {
                    ("vi", sheet.Text(row, VietnameseLabelColumn)),
                    ("en", sheet.Text(row, EnglishLabelColumn)),
                }
                    .Where(l => l.Item2 is not null)
                    .ToImmutableDictionary(l => l.Item1, l => l.Item2!),
                ValueNames = ValueNames(sheet, row),
            };
            if (known.Contains(name))
            {
                // An existing input cannot be changed here, its labels included: an edit would be lost without a word.
                // A label edited is told at its cell; another change at the name.
                string? Label(InputDeclaration d, string language) => d.Labels.GetValueOrDefault(language);
                bool LabelledAlike(InputDeclaration d) =>
                    Label(d, "vi") == Label(declaration, "vi") && Label(d, "en") == Label(declaration, "en");
                var same = known[name].Where(k => k.Equals(declaration)).ToList();
                if (!same.Any(LabelledAlike))
                {
                    var column =
                        same.Count == 0 ? NameColumn
                        : Label(same[0], "vi") != Label(declaration, "vi") ? VietnameseLabelColumn
                        : EnglishLabelColumn;
                    sheet.Problem(column, row, t.InputRedeclared(name));
                }
            }
            else if (declaration.Problems() is { IsEmpty: false } problems)
            {
                // The loader's own checks, each at the cell of the field it is about.
                foreach (var problem in problems)
                {
                    sheet.Problem(ColumnOf(problem.Field), row, problem.Message.In(t.Code));
                }

                Refused.Add(name);
            }
            else
            {
                result.Add((declaration, row));
            }
        }

        return result;
    }

    /// <summary>The column of a declaration's field, as <see cref="InputDeclaration.Problems"/> names it.</summary>
    private static int ColumnOf(string field) =>
        field switch
        {
            "Minimum" => MinimumColumn,
            "Maximum" => MaximumColumn,
            "Values" => ValuesColumn,
            "ValueNames" => ValueNamesColumn,
            _ => NameColumn,
        };

    /// <summary>
    /// "BTB = Bắc Trung Bộ; North Central Coast", a line per value; a line of another form is a problem of its cell.
    /// </summary>
    private ImmutableDictionary<string, ImmutableArray<string>> ValueNames(SheetCells sheet, int row)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (
            var line in sheet
                .Text(row, ValueNamesColumn)
                ?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                ?? []
        )
        {
            if (line.Split('=', 2, StringSplitOptions.TrimEntries) is not [{ Length: > 0 } value, var written])
            {
                sheet.Problem(ValueNamesColumn, row, t.NotAValueNamesLine(line));
                continue;
            }

            (names.TryGetValue(value, out var list) ? list : names[value] = []).AddRange(
                written.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            );
        }

        return names.ToImmutableDictionary(n => n.Key, n => n.Value.ToImmutableArray(), StringComparer.Ordinal);
    }
}
