using System.Globalization;
using Newtonsoft.Json;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// A JSON file of communes: an array of objects, or an object whose <c>Communes</c> (or <c>Localities</c>) property is
/// one, as samples/communes.json is. Each object is a row and its keys are the columns; objects are read one at a time,
/// so a large file is never held whole. A row's number is the line its object starts on, or, in a file whose first two
/// objects share a line, the object's place in the list.
/// </summary>
internal sealed class JsonRowSource : RowSource
{
    private static readonly string[] ArrayProperties = ["Communes", "Localities"];

    private readonly FileStream _stream;
    private readonly JsonTextReader _reader;
    private readonly List<string> _headers = [];
    private readonly Dictionary<string, int> _indexByHeader = new(StringComparer.Ordinal);
    private readonly string _path;
    private bool _broken;
    private bool _numberedByPlace;

    // The keys whose values are objects, each with the members of the first ("Inputs": CommuneGroup, Region, …).
    private readonly Dictionary<string, List<string>> _objectMembers = new(StringComparer.Ordinal);
    private const int MembersNamed = 8;

    private const int MaxKeys = 10_000;

    // As a CSV row: a value longer than this is not a commune's, and reading it whole could take the memory.
    private const int MaxStringLength = 1 << 20;

    public JsonRowSource(string path, Texts texts)
        : base(texts)
    {
        _path = path;
        _stream = OpenToRead(path);
        _reader = new JsonTextReader(
            new LengthBoundJsonText(
                new StreamReader(_stream, detectEncodingFromByteOrderMarks: true),
                MaxStringLength,
                T.JsonTextTooLong(MaxStringLength)
            )
        )
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = 16,
        };
        try
        {
            MoveToArray();
        }
        catch (Exception e) when (e is JsonReaderException or InvalidDataException)
        {
            Dispose();
            throw new CliUsageException(
                $"{path}: {(e is JsonReaderException ? T.NotValidJson(e.Message) : e.Message)}"
            );
        }
    }

    /// <summary>The keys seen so far, in the order they first appeared; a later object may add more.</summary>
    public override IReadOnlyList<string> Headers => _headers;

    public override string Format => "JSON";

    public override long HeaderRow => 1;

    public override double? Progress => _stream.Length == 0 ? null : (double)_stream.Position / _stream.Length;

    public override IReadOnlyList<string> Notes =>
        [
            .. _numberedByPlace ? [T.JsonObjectsNumberedByPlace] : Array.Empty<string>(),
            .. _objectMembers.Select(o => T.JsonObjectsNotRead(o.Key, o.Value, MembersNamed)),
        ];

    public override IEnumerable<RawRow> Rows()
    {
        // A file that writes its objects on one line, as a program exports JSON, would number every one 1: when its
        // first two objects share a line, each is numbered by its place in the list instead.
        var first = ReadObject();
        if (first is null)
        {
            yield break;
        }

        var second = _broken ? null : ReadObject();
        _numberedByPlace = second is not null && second.Row == first.Row;
        yield return Numbered(first, 1);
        if (second is null)
        {
            yield break;
        }

        yield return Numbered(second, 2);
        for (long place = 3; !_broken && ReadObject() is { } row; place++)
        {
            yield return Numbered(row, place);
        }
    }

    private RawRow Numbered(RawRow row, long place) => _numberedByPlace ? row with { Row = place } : row;

    // Passes over an object or an array, naming the members of the first object under a key: values an application
    // wrote inside an object ("Inputs": { "CommuneGroup": 2 }) were said to be a column not read, and no more.
    private void SkipValue(string key)
    {
        if (_reader.TokenType != JsonToken.StartObject || _objectMembers.ContainsKey(key))
        {
            _reader.Skip();
            return;
        }

        var members = new List<string>();
        var depth = _reader.Depth;
        while (Next() is var token && _reader.Depth > depth)
        {
            // One more than those named says that there are more.
            if (token == JsonToken.PropertyName && _reader.Depth == depth + 1 && members.Count <= MembersNamed)
            {
                members.Add((string)_reader.Value!);
            }
        }

        _objectMembers.Add(key, members);
    }

    private void MoveToArray()
    {
        if (!_reader.Read())
        {
            throw new CliUsageException($"{_path}: {T.FileEmpty}");
        }

        if (_reader.TokenType == JsonToken.StartArray)
        {
            return;
        }

        // The arrays of an object of another shape ({"data": [...]}) are named, so that the one of the communes can be.
        var arrays = new List<string>();
        if (_reader.TokenType == JsonToken.StartObject)
        {
            while (_reader.Read() && _reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)_reader.Value!;
                _reader.Read();
                if (_reader.TokenType == JsonToken.StartArray)
                {
                    if (ArrayProperties.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        return;
                    }

                    arrays.Add(name);
                }

                _reader.Skip();
            }
        }

        throw new CliUsageException($"{_path}: {T.ExpectedLocalitiesArray(arrays)}");
    }

    // A whole number a double holds exactly is a number; a longer one (a code of 17 digits, or more digits than a long
    // holds) keeps its digits as text, which an id needs as written and an input reads as a number written so.
    private static object Integer(object value) =>
        value is long n and >= -(1L << 53) and <= 1L << 53
            ? (double)n
            : Convert.ToString(value, CultureInfo.InvariantCulture)!;

    /// <summary>
    /// The next object of the array, or null at its end; a syntax error ends the rows with a row naming it.
    /// </summary>
    private RawRow? ReadObject()
    {
        var line = (long)_reader.LineNumber;
        try
        {
            if (!_reader.Read() || _reader.TokenType == JsonToken.EndArray)
            {
                return null;
            }

            line = _reader.LineNumber;
            if (_reader.TokenType != JsonToken.StartObject)
            {
                var what = _reader.TokenType;
                _reader.Skip();
                return new RawRow(line, [], T.JsonItemNotAnObject(what.ToString()));
            }

            var cells = new List<object?>();
            string? problem = null;
            while (Next() != JsonToken.EndObject)
            {
                var name = (string)_reader.Value!;
                Next();
                var index = IndexOf(name);
                if (index < 0)
                {
                    // Each new key widens every later row: past the limit the file is not a table of communes.
                    _broken = true;
                    return new RawRow(line, [], T.TooManyJsonKeys(MaxKeys));
                }

                while (cells.Count <= index)
                {
                    cells.Add(null);
                }

                if (cells[index] is not null)
                {
                    problem ??= T.JsonKeyTwice(name);
                }

                cells[index] = _reader.TokenType switch
                {
                    JsonToken.Integer => Integer(_reader.Value!),
                    JsonToken.Float => Convert.ToDouble(_reader.Value, CultureInfo.InvariantCulture),
                    JsonToken.Boolean or JsonToken.String => _reader.Value,
                    JsonToken.Null or JsonToken.Undefined => null,
                    JsonToken.StartObject => new NotAValue(NotAValueKind.Object),
                    _ => new NotAValue(NotAValueKind.Array),
                };
                if (cells[index] is NotAValue)
                {
                    SkipValue(name);
                }
            }

            return new RawRow(line, cells, problem);
        }
        catch (JsonReaderException e)
        {
            // Nothing past a syntax error can be trusted; the row says where reading stopped.
            _broken = true;
            return new RawRow(
                e.LineNumber > 0 ? e.LineNumber : line,
                [],
                T.InvalidJsonHere(_numberedByPlace ? e.Message : WithoutPosition(e.Message))
            );
        }
        catch (EndOfStreamException)
        {
            _broken = true;
            return new RawRow(_reader.LineNumber, [], T.JsonEndsInsideObject);
        }
        catch (InvalidDataException e)
        {
            // A bound of LengthBoundJsonText, which says which in the report's language.
            _broken = true;
            return new RawRow(line, [], T.ReadingStopped(T.ObjectUnit, e.Message));
        }
    }

    /// <summary>The reader's message without its "Path '…', line x, position y.", which the row already says.</summary>
    private static string WithoutPosition(string message) =>
        message.IndexOf(" Path '", StringComparison.Ordinal) is var cut and > 0 ? message[..cut].TrimEnd('.') : message;

    /// <summary>Reads a token; the end of the file inside an object stops the reading like a syntax error.</summary>
    private JsonToken Next() => _reader.Read() ? _reader.TokenType : throw new EndOfStreamException();

    private int IndexOf(string name)
    {
        if (!_indexByHeader.TryGetValue(name, out var index))
        {
            if (_headers.Count >= MaxKeys)
            {
                return -1;
            }

            index = _headers.Count;
            _headers.Add(name);
            _indexByHeader.Add(name, index);
        }

        return index;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Close();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
