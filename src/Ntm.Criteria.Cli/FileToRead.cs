namespace Ntm.Criteria.Cli;

/// <summary>
/// A file ntm reads, opened as a spreadsheet program leaves it readable: Excel keeps a workbook (or a CSV) it has open
/// open for writing, and Windows refuses a reader that does not let others write. The file is read as last saved.
/// </summary>
internal static class FileToRead
{
    /// <summary>Opens a file to read, letting other programs read, write and replace it meanwhile.</summary>
    public static FileStream Open(string path, FileOptions options = FileOptions.None) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, options);

    /// <summary>
    /// Whether a file could not be opened because another program holds it and lets no other read it: a sharing or
    /// lock violation on Windows, or on Linux and macOS the lock .NET takes for a file it opens alone.
    /// </summary>
    public static bool IsHeld(Exception e) =>
        e is IOException io
        && (
            OperatingSystem.IsWindows()
                ? (io.HResult & 0xFFFF) is ErrorSharingViolation or ErrorLockViolation
                : io.HResult is EWouldBlockLinux or EWouldBlockMac
        );

    private const int ErrorSharingViolation = 32;
    private const int ErrorLockViolation = 33;
    private const int EWouldBlockLinux = 11;
    private const int EWouldBlockMac = 35;
}
