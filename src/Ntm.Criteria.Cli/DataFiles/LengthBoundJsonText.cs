namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// JSON text read through a check on the length of each string in it: the JSON reader holds a whole string before it
/// returns it, so one value of 200 million characters would otherwise take gigabytes before it could be refused.
/// </summary>
/// <param name="inner">The JSON text.</param>
/// <param name="maxStringLength">The longest string read.</param>
/// <param name="tooLong">What the exception says when a string is longer.</param>
internal sealed class LengthBoundJsonText(TextReader inner, int maxStringLength, string tooLong) : TextReader
{
    private bool _inString;
    private bool _escaped;
    private int _length;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = inner.Read(buffer, index, count);
        Scan(buffer.AsSpan(index, Math.Max(read, 0)));
        return read;
    }

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Scan([(char)c]);
        }

        return c;
    }

    public override int Peek() => inner.Peek();

    /// <exception cref="InvalidDataException">A string is longer than the limit.</exception>
    private void Scan(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (!_inString)
            {
                _inString = c == '"';
                _length = 0;
            }
            else if (_escaped)
            {
                _escaped = false;
            }
            else if (c == '\\')
            {
                _escaped = true;
            }
            else if (c == '"')
            {
                _inString = false;
            }
            else if (++_length > maxStringLength)
            {
                throw new InvalidDataException(tooLong);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
