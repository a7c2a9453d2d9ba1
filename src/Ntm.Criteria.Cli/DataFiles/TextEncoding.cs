using System.Text;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// Checks that a text data file is UTF-8 before it is read, so that a name is never read as something else: a file
/// saved in a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI), or as UTF-16 without the mark that says so, is
/// refused with what it seems to be and where, instead of turning "Đông" into "��ng". UTF-16 that starts with its
/// mark (Excel's "Unicode Text") says what it is, and is read as such.
/// </summary>
internal static class TextEncoding
{
    /// <summary>UTF-8 that refuses a byte sequence it cannot decode, rather than reading it as '�'.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    /// <summary>
    /// The file's encoding, when it is not UTF-8 but one that says what it is and may be read:
    /// <paramref name="utf16Read"/> allows UTF-16 that starts with its byte order mark. Null for UTF-8.
    /// </summary>
    /// <exception cref="CliUsageException">The file is in no encoding it may be read in; the message names what it
    /// seems to be and the first bad byte.</exception>
    public static Encoding? Check(string path, Texts texts, bool utf16Read)
    {
        var hint = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? string.Empty
            : texts.CsvUtf8Hint;
        using var stream = RowSource.OpenToRead(path);
        var buffer = new byte[1 << 16];
        var read = stream.Read(buffer);
        if (Utf16(buffer.AsSpan(0, read)) is { } utf16)
        {
            return utf16Read && utf16 == Utf16Form.WithByteOrderMark
                ? new UnicodeEncoding(bigEndian: buffer[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true)
                : throw new CliUsageException($"{path}: {texts.FileIsUtf16(texts.Utf16Name(utf16), hint)}");
        }

        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        long offset = 0,
            line = 1;
        while (read > 0)
        {
            try
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                var at = Math.Max(0, e.Index);
                line += buffer.AsSpan(0, Math.Min(at, read)).Count((byte)'\n');
                var bad = e.BytesUnknown is { Length: > 0 } unknown ? $"0x{unknown[0]:X2}" : "a byte";
                throw new CliUsageException($"{path}: {texts.FileInLegacyEncoding(bad, offset + at + 1, line, hint)}");
            }

            line += buffer.AsSpan(0, read).Count((byte)'\n');
            offset += read;
            read = stream.Read(buffer);
        }

        return null;
    }

    /// <summary>
    /// A UTF-16 file's text as the UTF-8 the readers take, whole in memory (a district's file is small).
    /// </summary>
    /// <exception cref="CliUsageException">The file is not valid UTF-16.</exception>
    public static MemoryStream AsUtf8(string path, Encoding utf16, Texts texts)
    {
        try
        {
            using var reader = new StreamReader(
                RowSource.OpenToRead(path),
                utf16,
                detectEncodingFromByteOrderMarks: true
            );
            return new MemoryStream(StrictUtf8.GetBytes(reader.ReadToEnd()), writable: false);
        }
        catch (DecoderFallbackException)
        {
            throw new CliUsageException(
                $"{path}: {texts.FileIsUtf16(texts.Utf16Name(Utf16Form.WithByteOrderMark), texts.CsvUtf8Hint)}"
            );
        }
    }

    // UTF-16 has a byte order mark, or one zero byte in every two for mostly Latin text.
    private static Utf16Form? Utf16(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16Form.WithByteOrderMark;
        }

        var pairs = Math.Min(start.Length / 2, 2048);
        if (pairs < 8)
        {
            return null;
        }

        int evenZeros = 0,
            oddZeros = 0;
        for (var i = 0; i < pairs; i++)
        {
            evenZeros += start[2 * i] == 0 ? 1 : 0;
            oddZeros += start[(2 * i) + 1] == 0 ? 1 : 0;
        }

        return oddZeros > pairs / 3 && evenZeros == 0 ? Utf16Form.LittleEndian
            : evenZeros > pairs / 3 && oddZeros == 0 ? Utf16Form.BigEndian
            : null;
    }
}

/// <summary>How a UTF-16 file shows itself.</summary>
internal enum Utf16Form
{
    /// <summary>It starts with a UTF-16 byte order mark.</summary>
    WithByteOrderMark,

    /// <summary>No mark; a zero byte after each Latin letter.</summary>
    LittleEndian,

    /// <summary>No mark; a zero byte before each Latin letter.</summary>
    BigEndian,
}
