using System.IO.Compression;
using System.Text;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Broken workbooks and files are problems of the file, said with its name (exit 2), never "a bug in ntm" (exit 3):
/// a DTD in a sheet, a row numbered "abc", a sheet part missing, a damaged archive, a CSV header over 1 MB.
/// </summary>
public sealed class BrokenWorkbookTests : IDisposable
{
    private const string Sheet =
        """<?xml version="1.0" encoding="UTF-8"?><worksheet"""
        + """ xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="ROW"><c"""
        + """ r="A1" t="inlineStr"><is><t>CommuneId</t></is></c><c"""
        + """ r="B1" t="inlineStr"><is><t>Region</t></is></c></row><row r="2"><c"""
        + """ r="A2" t="inlineStr"><is><t>X1</t></is></c><c"""
        + """ r="B2" t="inlineStr"><is><t>BTB</t></is></c></row></sheetData></worksheet>""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Cases() =>
        new()
        {
            { "row-abc", "the workbook cannot be read: a row or cell reference in it is not a number" },
            { "row-overflow", "the workbook cannot be read: a row or cell reference in it is not a number" },
            {
                "dtd",
                "the workbook cannot be read: its XML declares a DTD (a document type), which no "
                    + "workbook needs and this reader refuses"
            },
            {
                "workbook-cut",
                "the workbook cannot be read: its XML is broken: Unexpected end of file has occurred. The following "
                    + "elements are not closed: sheets, workbook. Line 1, position 255."
            },
            {
                "missing-sheet",
                "the file is not a readable XLSX workbook (cut short, damaged, or another kind of file): Specified "
                    + "part does not exist in the package."
            },
        };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_BrokenWorkbook_ExitsWithCode2NamingTheFileAndTheProblem(string name, string expected)
    {
        var path = Workbook(name);

        var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(_folder.Path)}/{name}.xlsx: {expected}",
            result.Error.Split('\n').Last(l => l.Length > 0).TrimEnd()
        );
    }

    [Fact]
    public void Evaluate_ATitleRowOfAFormulasErrorAlone_IsSkippedAsATitle_WithNothingToQuote()
    {
        var result = Cli.Run("evaluate", "--lang", "en", Workbook("title-error"), "--as-of", "2024-12-31");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(
            "row 1 above the header (row 2) was read as a title and skipped\n",
            result.Error.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_BrokenWorkbookInVietnamese_SaysWhatIsWrongInVietnamese()
    {
        var result = Cli.Run("evaluate", Workbook("dtd"), "--as-of", "2024-12-31");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(_folder.File("dtd.xlsx"))}: không đọc được bảng tính: XML của tệp khai báo "
                + "một DTD (kiểu tài liệu), điều không bảng tính nào cần và bộ đọc này từ chối",
            result.Error.TrimEnd()
        );
    }

    [Fact]
    public void Evaluate_CellPastTheLastColumn_RejectsItsRowWithoutBuildingIt()
    {
        var path = Workbook("far-column");

        var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(
            "a cell at ZZZZZZ2 is past Excel's last column, XFD",
            json.RootElement.GetProperty("rejected")[0].GetProperty("message").GetString()
        );
    }

    [Fact]
    public void Evaluate_InlineTextPastACellsLimit_RejectsItsRow()
    {
        var path = Workbook("long-inline");

        var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var rejected = Assert.Single(json.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(
            ("Region", "a text longer than a spreadsheet cell can hold (32,767 characters) is not a value"),
            (rejected.GetProperty("column").GetString(), rejected.GetProperty("message").GetString())
        );
    }

    [Fact]
    public void Evaluate_WorkbookThatUnpacksPastTheLimit_IsRefusedBeforeUnpacking()
    {
        var path = _folder.File("bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 520; i++)
            {
                entry.Write(zeros);
            }
        }

        var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(_folder.File("bomb.xlsx"))}: the workbook unpacks to 520 MB, over the limit "
                + "of 512 MB (a district's data is a few MB; is the file a zip bomb?)",
            result.Error.TrimEnd()
        );
        Assert.True(new FileInfo(path).Length < 8 << 20, $"the test's bomb is {new FileInfo(path).Length} bytes");
    }

    [Fact]
    public void Evaluate_SharedTexts_ReadAsShownAndATextPastACellsLimitRejectsItsRow()
    {
        // Runs are joined, the phonetic guide a spreadsheet does not show is left out, and a text longer than a cell
        // can hold is refused on its row without being held whole.
        var path = Workbook(
            "shared",
            [
                "CommuneId",
                "CommuneName",
                "X1",
                "<r><t>Xã </t></r><r><t xml:space=\"preserve\">An  Thạnh</t></r><rPh sb=\"0\" "
                    + "eb=\"1\"><t>ふりがな</t></rPh>",
                new string('x', 40_000),
                "X2",
            ]
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var locality = Assert.Single(json.RootElement.GetProperty("localities").EnumerateArray());
        Assert.Equal(
            ("X1", "Xã An  Thạnh"),
            (locality.GetProperty("id").GetString(), locality.GetProperty("name").GetString())
        );
        var rejected = Assert.Single(json.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(
            (
                3,
                "CommuneName",
                "a text longer than a spreadsheet cell can hold (32,767 characters), where a text was expected"
            ),
            (
                rejected.GetProperty("row").GetInt32(),
                rejected.GetProperty("column").GetString(),
                rejected.GetProperty("message").GetString()
            )
        );
    }

    [Fact]
    public void Evaluate_SharedTextsPastTheLimit_ExitsWithCode2NamingIt()
    {
        var path = Workbook(
            "shared",
            ["CommuneId", "CommuneName", "X1", "Xã An", .. Enumerable.Repeat(new string('x', 30_000), 600)]
        );

        var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"ntm: {Cli.Shown(_folder.File("shared.xlsx"))}: the workbook cannot be read: its shared texts "
                + "pass 16,777,216 characters (a province's data is a few million; is the file a data sheet?)",
            result.Error.TrimEnd()
        );
    }

    [Fact]
    public void WorkbookImport_WorkbookWithADtd_ExitsWithCode2()
    {
        var result = Cli.Run("workbook", "import", Workbook("dtd"), "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            "dtd.xlsx: the workbook cannot be read: its XML declares a DTD (a document type), which no workbook "
                + "needs and this reader refuses",
            result.Error.TrimEnd(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void WorkbookImport_StylesCutShort_ExitsWithCode2()
    {
        var path = _folder.File("criteria.xlsx");
        Cli.Run("workbook", "export", "national/2021-2025/commune-model", "--out", path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var styles = zip.GetEntry("xl/styles.xml")!;
            string text;
            using (var reader = new StreamReader(styles.Open()))
            {
                text = reader.ReadToEnd();
            }

            styles.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/styles.xml").Open(), new UTF8Encoding(false));
            writer.Write(text[..(text.Length / 2)]);
        }

        var result = Cli.Run("workbook", "import", path, "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            "criteria.xlsx: the workbook cannot be read: its XML is broken: ",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Evaluate_CsvHeaderOverOneMegabyte_ExitsWithCode2()
    {
        var path = _folder.Write("big.csv", "CommuneId," + new string('x', 1_100_000) + "\nA,1\n");

        var result = Cli.Run("evaluate", "--lang", "en", path, "--as-of", "2024-12-31");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(
            $"ntm: {Cli.Shown(_folder.File("big.csv"))}: the header line cannot be read:",
            result.Error,
            StringComparison.Ordinal
        );
    }

    private string Workbook(string name, string[]? sharedStrings = null)
    {
        var path = _folder.File(name + ".xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string entry, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }

        Add(
            "[Content_Types].xml",
            """<?xml version="1.0" encoding="UTF-8"?><Types"""
                + """ xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default"""
                + """ Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"""
                + """<Default"""
                + """ Extension="xml" ContentType="application/xml"/><Override"""
                + """ PartName="/xl/workbook.xml" ContentType="application"""
                + """/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl"""
                + """/worksheets/sheet1.xml" ContentType="application"""
                + """/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl"""
                + """/sharedStrings.xml" ContentType="application"""
                + """/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"""
        );
        Add(
            "_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8"?><Relationships"""
                + """ xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship"""
                + """ Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships"""
                + """/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
        );
        var workbook =
            """<?xml version="1.0" encoding="UTF-8"?><workbook"""
            + """ xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http:/"""
            + """/schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Mã bộ tiêu"""
            + """ chí" sheetId="1" r:id="rId1"/></sheets></workbook>""";
        // The list of sheets cut short, as a copy interrupted leaves it.
        Add("xl/workbook.xml", name == "workbook-cut" ? workbook[..^"</sheets></workbook>".Length] : workbook);
        Add(
            "xl/_rels/workbook.xml.rels",
            """<?xml version="1.0" encoding="UTF-8"?><Relationships"""
                + """ xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship"""
                + """ Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships"""
                + """/worksheet" Target="worksheets/sheet1.xml"/>"""
                + (
                    sharedStrings is null
                        ? ""
                        : """<Relationship"""
                            + """ Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships"""
                            + """/sharedStrings" Target="sharedStrings.xml"/>"""
                )
                + "</Relationships>"
        );
        if (sharedStrings is not null)
        {
            // Items given as markup (runs) are written as they are; plain texts in a t element.
            Add(
                "xl/sharedStrings.xml",
                """<?xml version="1.0" encoding="UTF-8"?><sst"""
                    + """ xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""
                    + string.Concat(
                        sharedStrings.Select(t => "<si>" + (t.StartsWith('<') ? t : $"<t>{t}</t>") + "</si>")
                    )
                    + "</sst>"
            );
        }

        switch (name)
        {
            case "shared":
                Add(
                    "xl/worksheets/sheet1.xml",
                    """<?xml version="1.0" encoding="UTF-8"?><worksheet"""
                        + """ xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                        + """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"""
                        + """<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>"""
                        + """<row r="3"><c r="A3" t="s"><v>5</v></c><c"""
                        + """ r="B3" t="s"><v>4</v></c></row></sheetData></worksheet>"""
                );
                break;
            case "title-error":
                // A form's title row computed by a formula that now fails: no text to quote.
                Add(
                    "xl/worksheets/sheet1.xml",
                    """<?xml version="1.0" encoding="UTF-8"?><worksheet"""
                        + """ xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                        + """<row r="1"><c r="A1" t="e"><v>#REF!</v></c></row>"""
                        + """<row r="2"><c r="A2" t="inlineStr"><is><t>CommuneId</t></is></c>"""
                        + """<c r="B2" t="inlineStr"><is><t>Region</t></is></c></row>"""
                        + """<row r="3"><c r="A3" t="inlineStr"><is><t>X1</t></is></c>"""
                        + """<c r="B3" t="inlineStr"><is><t>BTB</t></is></c></row></sheetData></worksheet>"""
                );
                break;
            case "workbook-cut":
                Add("xl/worksheets/sheet1.xml", Sheet.Replace("ROW", "1", StringComparison.Ordinal));
                break;
            case "row-abc":
                Add("xl/worksheets/sheet1.xml", Sheet.Replace("ROW", "abc", StringComparison.Ordinal));
                break;
            case "row-overflow":
                Add("xl/worksheets/sheet1.xml", Sheet.Replace("ROW", "99999999999999999999", StringComparison.Ordinal));
                break;
            case "long-inline":
                Add(
                    "xl/worksheets/sheet1.xml",
                    Sheet
                        .Replace("ROW", "1", StringComparison.Ordinal)
                        .Replace("<t>BTB</t>", $"<t>{new string('x', 40_000)}</t>", StringComparison.Ordinal)
                );
                break;
            case "far-column":
                Add(
                    "xl/worksheets/sheet1.xml",
                    Sheet
                        .Replace("ROW", "1", StringComparison.Ordinal)
                        .Replace("<c r=\"B2\"", "<c r=\"ZZZZZZ2\"", StringComparison.Ordinal)
                );
                break;
            case "dtd":
                Add(
                    "xl/worksheets/sheet1.xml",
                    Sheet
                        .Replace("ROW", "1", StringComparison.Ordinal)
                        .Replace(
                            "?><worksheet",
                            "?><!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet",
                            StringComparison.Ordinal
                        )
                );
                break;
        }

        return path;
    }
}
