using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Ntm.Criteria.Cli.Tests;

/// <summary><c>ntm inputs --template FILE.xlsx</c>: the data template as a workbook.</summary>
public sealed class DataTemplateWorkbookTests : IDisposable
{
    private const string Standard = "national/2021-2025/commune-standard";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheWorkbook_HasTheCsvTemplatesHeader_FrozenAboveTextIdColumns_AndIsValid()
    {
        var csv = _folder.File("template.csv");
        var xlsx = _folder.File("template.xlsx");
        Cli.Run("inputs", "--set", Standard, "--template", csv);

        var written = Cli.Run("inputs", "--set", Standard, "--template", xlsx);

        Assert.Equal(0, written.ExitCode);
        Assert.EndsWith("template.xlsx: mẫu có 69 cột", written.Error.TrimEnd(), StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var (sheet, name) = Sheet(document);
        Assert.Equal("Xã", name);
        var header = sheet.Descendants<Row>().Single().Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(File.ReadAllText(csv).TrimStart('\uFEFF').TrimEnd(), string.Join(',', header.Select(Quoted)));
        Assert.Equal(1, sheet.Descendants<Pane>().Single().VerticalSplit!.Value);
        Assert.Equal(
            ("'Xã'!$1:$1", OrientationValues.Landscape),
            (
                document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single().Text,
                sheet.Elements<PageSetup>().Single().Orientation!.Value
            )
        );
        var formats = document
            .WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
            .ToList();
        Assert.Equal(
            ["Mã xã", "Tên xã", "Huyện", "Tỉnh"],
            sheet
                .Descendants<Column>()
                .Where(c => formats[(int)c.Style!.Value].NumberFormatId?.Value == 49)
                .Select(c => header[(int)c.Min!.Value - 1])
        );
    }

    [Fact]
    public void EachInputsColumn_IsCheckedAsItIsTyped_AndSaysWhatItTakes()
    {
        var xlsx = _folder.File("template.xlsx");
        Cli.Run("inputs", "--set", Standard, "--template", xlsx);

        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var (sheet, _) = Sheet(document);
        var header = sheet.Descendants<Row>().Single().Elements<Cell>().Select(c => c.InnerText).ToList();
        var checks = sheet
            .Descendants<DataValidation>()
            .ToDictionary(v => header[Column(v.SequenceOfReferences!.Items.Single().Value!)]);
        string Described(string column) =>
            checks[column] is var v
                ? $"{v.Type!.InnerText} {v.Operator?.InnerText} {v.Formula1?.Text} {v.Formula2?.Text}: {v.Error}"
                : "";

        Assert.Equal(69 - 4, checks.Count);
        Assert.Equal("whole between 2010 2100: Ô này nhận một số nguyên 2010 – 2100.", Described("Năm đánh giá"));
        Assert.Equal(
            "list  \"TDMNPB,DBSH,BTB,DHNTB,TN,DNB,DBSCL\" : Ô này nhận một trong: TDMNPB, DBSH, BTB, DHNTB, TN, DNB, "
                + "DBSCL.",
            Described("Vùng kinh tế - xã hội")
        );
        var plan = header.Single(h => h.StartsWith("Có quy hoạch chung", StringComparison.Ordinal));
        Assert.Equal("list  \"có,không\" : Ô này nhận có hoặc không.", Described(plan));
        var paved = header.Single(h => h.StartsWith("Tỷ lệ đường xã được nhựa hóa", StringComparison.Ordinal));
        Assert.Equal("decimal between 0 100: Ô này nhận một số 0 – 100 (%).", Described(paved));
        Assert.All(
            checks.Values,
            v => Assert.True(v.PromptTitle!.Value!.Length <= 32 && v.Prompt!.Value!.Length <= 255)
        );
    }

    [Fact]
    public void AFilledRow_Evaluates_ItsIdKeptAsTyped()
    {
        var xlsx = _folder.File("template.xlsx");
        Cli.Run("inputs", "--set", Standard, "--template", xlsx, "--lang", "en");
        using (var document = SpreadsheetDocument.Open(xlsx, isEditable: true))
        {
            var (sheet, _) = Sheet(document);
            var header = sheet.Descendants<Row>().Single().Elements<Cell>().Select(c => c.InnerText).ToList();
            Cell At(string column, Cell cell)
            {
                cell.CellReference = $"{(char)('A' + header.IndexOf(column))}2";
                return cell;
            }

            sheet
                .GetFirstChild<SheetData>()!
                .Append(
                    new Row(
                        At("CommuneId", Workbooks.Text("001")),
                        At("CommuneName", Workbooks.Text("Xã A")),
                        At("AssessmentYear", Workbooks.Number(2024)),
                        At("Region", Workbooks.Text("BTB"))
                    )
                    {
                        RowIndex = 2,
                    }
                );
        }

        var result = Cli.Run("evaluate", xlsx, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["001"], Cli.LocalityIds(result.Json()));
    }

    [Fact]
    public void AListExcelCannotHold_IsSaidWhenACellIsSelected_NotChecked()
    {
        // Excel refuses a workbook whose list of values passes 255 characters, or holds a value with a comma.
        var path = _folder.File("template.xlsx");
        var many = new Rules.InputDeclaration("Many", Rules.InputType.Enumeration)
        {
            AllowedValues = [.. Enumerable.Range(1, 60).Select(i => $"Value{i:00}")],
        };
        var comma = new Rules.InputDeclaration("Comma", Rules.InputType.Enumeration) { AllowedValues = ["a,b", "c"] };

        Output.DataTemplateWorkbook.Write(path, [LocalityColumns.Id], [many, comma], Texts.English);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var checks = Sheet(document).Sheet.Descendants<DataValidation>().ToList();
        Assert.All(checks, c => Assert.Equal(DataValidationValues.None, c.Type!.Value));
        Assert.StartsWith("Many: one of: Value01, Value02", checks[0].Prompt!.Value, StringComparison.Ordinal);
        Assert.Equal(255, checks[0].Prompt!.Value!.Length);
    }

    [Theory]
    [InlineData("template.xls")]
    [InlineData("template.ods")]
    [InlineData("template.xlsm")]
    [InlineData("template.json")]
    [InlineData("template")]
    public void AKindNtmDoesNotWrite_IsRefused_NotACsvFileUnderItsName(string name)
    {
        var path = _folder.File(name);

        var result = Cli.Run("inputs", "--template", path, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            $"{name}: ntm writes a template as an .xlsx workbook or a .csv file; give a name with one of those "
                + "extensions",
            result.Error.Split(Environment.NewLine)[0],
            StringComparison.Ordinal
        );
        Assert.False(File.Exists(path));
    }

    private static (Worksheet Sheet, string Name) Sheet(SpreadsheetDocument document)
    {
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single();
        return (((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet, sheet.Name!.Value!);
    }

    // The index of the column a range ("AB2:AB1048576") starts in.
    private static int Column(string range) =>
        range.TakeWhile(char.IsAsciiLetter).Aggregate(0, (index, letter) => (index * 26) + letter - 'A' + 1) - 1;

    private static string Quoted(string header) => header.Contains(',') ? $"\"{header}\"" : header;
}
