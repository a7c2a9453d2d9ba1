using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Ntm.Criteria.Cli.Output.Spreadsheets;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The data template as a workbook (<c>ntm inputs --template FILE.xlsx</c>): the CSV template's header, frozen above
/// the rows to fill, the identity columns formatted as text (an id "001" stays itself), and each input's column checked
/// as it is typed (a number in its range, a whole number, yes or no, one of its values), its label and what it takes
/// shown when a cell is selected. Unlike a CSV file, it opens in columns whatever the computer's list separator, which
/// is a semicolon where the decimal mark is a comma.
/// </summary>
internal static class DataTemplateWorkbook
{
    private const uint Plain = 0;
    private const uint Header = 1;
    private const uint TextColumn = 2;

    // The rows the checks cover: every row of a sheet under the header.
    private const int LastRow = 1_048_576;

    // The bound of a number without one: past any count or amount a commune has.
    private const double Unbounded = 1e15;

    // Excel refuses a workbook whose messages pass these lengths.
    private const int MaxTitle = 32;
    private const int MaxPrompt = 255;
    private const int MaxError = 225;

    public static void Write(
        string path,
        IReadOnlyList<LocalityColumn> identity,
        IReadOnlyList<InputDeclaration> inputs,
        Texts t
    )
    {
        var headers = identity.Select(t.ColumnHeader).Concat(inputs.Select(t.ColumnHeader)).ToList();
        var sheet = new Worksheet(
            OpenXmlWorkbook.FrozenHeaderRow(),
            new Columns(
                headers.Select(
                    (header, i) =>
                        OpenXmlWorkbook.Column(
                            i,
                            Math.Clamp(header.Length + 2, 12, 40),
                            i < identity.Count ? TextColumn : Plain
                        )
                )
            ),
            new SheetData(
                new Row(headers.Select((header, i) => OpenXmlWorkbook.TextCell(i, 1, header, Header))) { RowIndex = 1 }
            ),
            new DataValidations(inputs.Select((input, i) => Check(input, Xlsx.Column(identity.Count + i), t)))
            {
                Count = (uint)inputs.Count,
            }
        );
        OpenXmlWorkbook.Write(path, Styles(), [(t.TemplateSheet, sheet, PrintTitles.HeaderRow)], t);
    }

    // The check of an input's column: what it takes, said when a cell is selected and when a value is refused.
    private static DataValidation Check(InputDeclaration input, string column, Texts t)
    {
        var takes = t.TemplateValueKind(input);
        var check = new DataValidation
        {
            SequenceOfReferences = new ListValue<StringValue>([new StringValue($"{column}2:{column}{LastRow}")]),
            AllowBlank = true,
            ShowInputMessage = true,
            PromptTitle = Xlsx.Cut(t.ColumnHeader(input), MaxTitle),
            Prompt = Xlsx.Cut($"{input.Labels.GetValueOrDefault(t.Code, input.Name)}: {takes}", MaxPrompt),
            ShowErrorMessage = true,
            ErrorTitle = Xlsx.Cut(t.ColumnHeader(input), MaxTitle),
            Error = Xlsx.Cut(t.TemplateCellTakes(takes), MaxError),
        };
        switch (input.Type)
        {
            case InputType.Boolean:
                List(check, t.BooleanNames);
                break;
            case InputType.Enumeration:
                List(check, input.AllowedValues);
                break;
            case InputType.Number or InputType.Integer:
                // A number without a range still refuses text ("khoảng 85"), which ntm would refuse.
                check.Type =
                    input.Type == InputType.Integer ? DataValidationValues.Whole : DataValidationValues.Decimal;
                check.Operator = DataValidationOperatorValues.Between;
                check.Formula1 = new Formula1(Number(input.Minimum ?? -Unbounded));
                check.Formula2 = new Formula2(Number(input.Maximum ?? Unbounded));
                break;
            default:
                check.Type = DataValidationValues.None;
                break;
        }

        return check;
    }

    // A list Excel cannot hold is said in the prompt, not checked.
    private static void List(DataValidation check, IReadOnlyCollection<string> values)
    {
        check.Formula1 = OpenXmlWorkbook.ListFormula(values);
        check.Type = check.Formula1 is null ? DataValidationValues.None : DataValidationValues.List;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Stylesheet Styles() =>
        new(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })
            )
            {
                Count = 2,
            },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
                {
                    FontId = 1,
                    ApplyFont = true,
                    ApplyAlignment = true,
                },
                new CellFormat { NumberFormatId = Xlsx.TextFormat, ApplyNumberFormat = true }
            )
            {
                Count = 3,
            }
        );
}
