using System.Security.Cryptography;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// The SHA-256 of a file a report rests on (the data file, a rule file not shipped), so that whoever receives the
/// report can tell it was made from the file they hold: a path names a file only on the machine that made it.
/// </summary>
internal sealed record FileDigest(string Sha256)
{
    // 64 bits of the hash: enough to tell two files apart by eye, short enough for a report's line.
    private const int ShownLength = 16;

    /// <summary>The first hexadecimal digits, as reports show them beside the file's name.</summary>
    public string Short => Sha256[..ShownLength];

    /// <summary>The digest as every report shows it beside the file, in either language: "SHA-256 3f9a0c1e2d4b5a69".</summary>
    public override string ToString() => $"SHA-256 {Short}";

    /// <summary>
    /// The digest of a file's bytes; null where the file cannot be read, or is a stream (a pipe) that reading would
    /// take from the command: the report then shows none.
    /// </summary>
    public static FileDigest? Of(string path)
    {
        try
        {
            using var stream = FileToRead.Open(path);
            return stream.CanSeek ? new FileDigest(Convert.ToHexStringLower(SHA256.HashData(stream))) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }
}
