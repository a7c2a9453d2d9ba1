using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Workbooks that a spreadsheet program saved in another format than XLSX (Excel 97-2003, with a password,
/// OpenDocument), by their extension or behind an .xlsx name, are refused with how to save them as .xlsx; a
/// macro-enabled workbook is read.
/// </summary>
public sealed class OtherWorkbookKindTests : IDisposable
{
    private const string SaveAsXlsx = "open it in Excel or LibreOffice Calc and save it as an Excel Workbook (.xlsx)";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Contents() =>
        new()
        {
            {
                "compound",
                "the file is an Excel 97-2003 workbook (.xls) or one with a password, not XLSX: "
                    + SaveAsXlsx
                    + ", with no password"
            },
            { "opendocument", "the file is an OpenDocument spreadsheet (.ods), not XLSX: " + SaveAsXlsx },
        };

    [Theory]
    [MemberData(nameof(Contents))]
    public void Evaluate_AnotherKindOfWorkbookNamedXlsx_SaysHowToSaveItAsXlsx(string content, string expected)
    {
        var path = Write(content, "communes.xlsx");

        var result = Cli.Run("evaluate", "--lang", "en", path);

        Assert.Equal((2, $"ntm: {Shown(path)}: {expected}"), (result.ExitCode, result.Error.TrimEnd()));
    }

    [Theory]
    [MemberData(nameof(Contents))]
    public void WorkbookImport_AnotherKindOfWorkbook_SaysHowToSaveItAsXlsx(string content, string expected)
    {
        var path = Write(content, "tieu-chi." + (content == "compound" ? "xls" : "ods"));

        var result = Cli.Run("workbook", "import", path, "--out", _folder.File("rules"), "--lang", "en");

        Assert.Equal((2, $"ntm: {Shown(path)}: {expected}"), (result.ExitCode, result.Error.TrimEnd()));
        Assert.False(Directory.Exists(_folder.File("rules")));
    }

    [Fact]
    public void Evaluate_AnXlsOrOdsFile_IsRefusedByItsExtensionWithHowToSaveItAsXlsx()
    {
        var path = _folder.Write("communes.xls", "x");

        var english = Cli.Run("evaluate", "--lang", "en", path);
        var vietnamese = Cli.Run("evaluate", path);

        Assert.Equal(
            (2, $"ntm: {Shown(path)}: cannot read '.xls' workbooks: {SaveAsXlsx}"),
            (english.ExitCode, english.Error.TrimEnd())
        );
        Assert.Equal(
            $"ntm: {Shown(path)}: không đọc được sổ tính '.xls': mở trong Excel hoặc LibreOffice Calc rồi lưu thành "
                + "Sổ làm việc Excel (.xlsx)",
            vietnamese.Error.TrimEnd()
        );
    }

    [Fact]
    public void Evaluate_AFileWithoutExtension_SaysToNameItByWhatItHolds()
    {
        var path = _folder.Write("communes", "CommuneId,Region\nX1,BTB\n");

        var result = Cli.Run("evaluate", path);

        Assert.Equal(
            (
                2,
                $"ntm: {Shown(path)}: tên tệp không có phần mở rộng cho biết loại tệp: đặt tên kết thúc bằng .csv, "
                    + ".json hoặc .xlsx theo nội dung"
            ),
            (result.ExitCode, result.Error.TrimEnd())
        );
    }

    [Fact]
    public void Evaluate_AMacroEnabledWorkbook_IsReadAsAnXlsxOne()
    {
        var path = _folder.File("communes.xlsm");
        Workbooks.Write(
            path,
            ["CommuneId", "Region", "AssessmentYear"],
            [
                [Workbooks.Text("X1"), Workbooks.Text("BTB"), Workbooks.Number(2024)],
            ]
        );
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            document.ChangeDocumentType(SpreadsheetDocumentType.MacroEnabledWorkbook);
        }

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(["X1"], Cli.LocalityIds(json.RootElement));
    }

    private string Shown(string path) => $"{Cli.Shown(_folder.Path)}/{Path.GetFileName(path)}";

    private string Write(string content, string name)
    {
        var path = _folder.File(name);
        if (content == "compound")
        {
            // A compound file's header: its signature, then the rest of its 512 bytes.
            var header = new byte[512];
            new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header, 0);
            File.WriteAllBytes(path, header);
            return path;
        }

        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (
            var (entry, text) in new[]
            {
                ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                ("content.xml", "<office:document-content/>"),
            }
        )
        {
            using var writer = new StreamWriter(
                zip.CreateEntry(entry, CompressionLevel.NoCompression).Open(),
                new UTF8Encoding(false)
            );
            writer.Write(text);
        }

        return path;
    }
}
