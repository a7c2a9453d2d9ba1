using Ntm.Criteria.Cli.Output.Spreadsheets;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The formats of a report (<c>ntm evaluate</c> writes every one, <c>ntm explain</c> some), and the extensions of a
/// file of each.
/// </summary>
internal static class ReportFormats
{
    // Each format's extensions, the first the one to give a file of it; the table, the default, first.
    private static readonly (string Format, string[] Extensions)[] Table =
    [
        ("table", [".txt"]),
        ("csv", [".csv"]),
        ("json", [".json"]),
        ("markdown", [".md"]),
        ("xlsx", [".xlsx"]),
        ("html", [".html", ".htm"]),
    ];

    /// <summary>The formats, the default first: what <c>--format</c> accepts.</summary>
    public static string[] Names => [.. Table.Select(f => f.Format)];

    /// <summary>The format a file's extension names (".xlsx": xlsx), or null.</summary>
    public static string? Named(string extension) =>
        Table.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)).Format;

    /// <summary>
    /// The report's format: the one <c>--format</c> gives, or else the one the <c>--out</c> file's extension names
    /// (<c>report.html</c> is a page), or the first of <paramref name="accepted"/>. A report whose file the extension
    /// says is of another format would not open in the program that opens it: a table named <c>report.xlsx</c>, a
    /// workbook named <c>report.xls</c>; nor would a workbook under a name without .xlsx. Text formats may have any
    /// other name (<c>report.log</c>).
    /// </summary>
    /// <exception cref="CliUsageException">The extension names another format than the report's.</exception>
    public static string Chosen(string? given, string? outPath, IReadOnlyList<string> accepted, Texts texts)
    {
        var named = Named(Path.GetExtension(outPath ?? ""));
        var usable = named is not null && accepted.Contains(named) ? named : null;
        var format = given ?? usable ?? accepted[0];
        if (
            outPath is not null
            && (
                Xlsx.IsOtherWorkbookName(outPath)
                || named is not null && named != format
                || format == "xlsx" && !OutputFile.MayBeNamed(outPath, ".xlsx")
            )
        )
        {
            var wanted = given ?? usable ?? (named is null && accepted.Contains("xlsx") ? "xlsx" : accepted[0]);
            throw new CliUsageException(texts.OutExtensionOfAnotherFormat(outPath, wanted));
        }

        return format;
    }

    /// <summary>
    /// Refuses an <c>--out</c> file that is there as a CSV, JSON or workbook file and is no report ntm wrote: a report
    /// named like a data file (the district's workbook its CSV was saved from, the JSON beside a CSV) would replace
    /// it; and a report workbook saved since in a spreadsheet program, whose changes there would be lost. A report of
    /// an earlier run is written over, as every run does; <c>--force</c> skips this check.
    /// </summary>
    /// <exception cref="CliUsageException">The file is there and is not a report, or a report saved since.</exception>
    public static void KeepDataFile(string outPath, Texts texts)
    {
        if (
            !File.Exists(outPath)
            || !DataExtensions.Contains(Path.GetExtension(outPath), StringComparer.OrdinalIgnoreCase)
        )
        {
            return;
        }

        if (!IsReport(outPath))
        {
            throw new CliUsageException(texts.OutIsNotAReport(outPath));
        }

        if (IsWorkbook(outPath) && XlsxPackage.ReportOrigin(outPath) is { SavedSince: true } origin)
        {
            throw new CliUsageException(texts.OutIsReportSavedSince(outPath, origin.SavedBy));
        }
    }

    private static bool IsWorkbook(string path) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] DataExtensions = [".csv", ".json", ".xlsx"];

    /// <summary>
    /// Whether a file is a report ntm wrote, by what each format of it starts with: a workbook's properties
    /// (<see cref="XlsxPackage"/> writes them; a spreadsheet program keeps one when it saves it), a JSON report's
    /// <c>ntmVersion</c>, a CSV report's header (<c>Row,CommuneId,…,national/2021-2025/commune-standard:Tier,…</c>).
    /// </summary>
    public static bool IsReport(string path)
    {
        try
        {
            if (IsWorkbook(path))
            {
                return XlsxPackage.ReportOrigin(path).IsReport;
            }

            using var reader = new StreamReader(FileToRead.Open(path), detectEncodingFromByteOrderMarks: true);
            var start = new char[4096];
            var text = new string(start, 0, reader.ReadBlock(start));
            var header = text.Split('\n')[0];
            return text.TrimStart().StartsWith('{') && text.Contains("\"ntmVersion\"", StringComparison.Ordinal)
                || header.StartsWith("Row", StringComparison.Ordinal)
                    && header.Contains(":Tier", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The extension to give a file of a format: ".xlsx", ".md", ".txt" for the table.</summary>
    public static string ExtensionOf(string format) =>
        Table.FirstOrDefault(f => f.Format == format).Extensions?[0] ?? "." + format;
}
