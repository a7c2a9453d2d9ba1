using System.IO.Compression;
using System.Text;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// Tells a workbook that a spreadsheet program saved in another format than XLSX, so that the office that sent it is
/// told to save it as .xlsx instead of reading that the file is damaged.
/// </summary>
internal static class OtherWorkbookKind
{
    /// <summary>The extensions of workbooks that Excel or LibreOffice open and can save as .xlsx.</summary>
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".xls",
        ".xlsb",
        ".xlt",
        ".ods",
        ".fods",
        ".numbers",
    };

    // The signature of a compound file: Excel 97-2003 workbooks, and XLSX workbooks that a password encrypts.
    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Whether a file's extension names a workbook that is not XLSX.</summary>
    public static bool IsOtherWorkbookExtension(string extension) => Extensions.Contains(extension);

    /// <summary>
    /// Why a file that is not a readable XLSX workbook is another kind of workbook, for a message; null when its
    /// content is none that this knows.
    /// </summary>
    public static string? Describe(string path, Texts t)
    {
        try
        {
            using var stream = FileToRead.Open(path);
            Span<byte> start = stackalloc byte[8];
            if (
                stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length
                && start.SequenceEqual(CompoundFileSignature)
            )
            {
                return t.WorkbookIsLegacyOrEncrypted;
            }

            stream.Position = 0;
            return IsOpenDocumentSpreadsheet(stream) ? t.WorkbookIsOpenDocument : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    // An OpenDocument file is a zip whose first entry, "mimetype", holds its media type uncompressed.
    private static bool IsOpenDocumentSpreadsheet(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry("mimetype");
        if (entry is null || entry.Length > 200)
        {
            return false;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader
            .ReadToEnd()
            .StartsWith("application/vnd.oasis.opendocument.spreadsheet", StringComparison.Ordinal);
    }
}
