namespace Ntm.Criteria.Cli.Output;

/// <summary>The formats of <c>ntm evaluate</c>'s report, and the extensions of a file of each.</summary>
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

    /// <summary>The extension to give a file of a format: ".xlsx", ".md", ".txt" for the table.</summary>
    public static string ExtensionOf(string format) =>
        Table.FirstOrDefault(f => f.Format == format).Extensions?[0] ?? "." + format;
}
