using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>
/// Turns a cell into an input's value the way Vietnamese offices write them: "98,5" or "98.5", "1.234,5", "95%",
/// "có"/"không", "TDMNPB" in any case. The decimal separator is given (<c>--culture</c>) or detected from the first
/// number that can only be read one way, and from then on a number written the other way is refused, never misread:
/// "98.8" in a decimal-comma file is an error, not 988.
/// </summary>
internal sealed class ValueReader
{
    // A form's tick ("đánh dấu x") says yes; an empty cell stays missing data, never "no".
    private static readonly string[] TrueWords = ["true", "1", "có", "yes", "y", "đạt", "x", "✓", "✔", "☑"];
    private static readonly string[] FalseWords = ["false", "0", "không", "no", "n", "không đạt", "chưa đạt", "✗", "✘"];

    private readonly Texts _t;

    // The --culture that gave the decimal separator, named where a value writes another one.
    private readonly string? _culture;

    /// <summary>
    /// Reads with the decimal separator of a <c>--culture</c>, or detects it when <paramref name="culture"/> is null;
    /// says why a value is refused in the language of <paramref name="texts"/>.
    /// </summary>
    public ValueReader(string? culture, Texts texts)
    {
        DecimalSeparator = culture is null ? null : SeparatorOf(culture, texts);
        _culture = culture;
        _t = texts;
    }

    /// <summary>The decimal separator given or detected so far; null while no number has told.</summary>
    public char? DecimalSeparator { get; private set; }

    /// <summary>
    /// Where the separator was detected ("row 3, column X, value '98,5'"), or null when given or not yet known.
    /// </summary>
    public string? DetectedAt { get; private set; }

    /// <summary>
    /// The first value refused because it reads either way ("1.234": a thousand, or a decimal) before the file's
    /// separator was known, and how many were; later values that tell the separator do not bring them back.
    /// </summary>
    public (string First, int Count)? Ambiguous { get; private set; }

    /// <summary>
    /// The decimal separator of a <c>--culture</c> name: vi-VN writes a comma, en-US and the invariant culture a point.
    /// </summary>
    public static char SeparatorOf(string culture, Texts texts)
    {
        switch (culture.ToLowerInvariant())
        {
            case "vi" or "vi-vn":
                return ',';
            case "en" or "en-us" or "en-gb" or "invariant" or "":
                return '.';
        }

        // Only a culture the system knows: any well-formed name ("xx") is otherwise made up with a point.
        try
        {
            return CultureInfo.GetCultureInfo(culture, predefinedOnly: true).NumberFormat.NumberDecimalSeparator is ","
                ? ','
                : '.';
        }
        catch (CultureNotFoundException)
        {
            throw new CliUsageException(texts.NotACulture(culture));
        }
    }

    /// <summary>
    /// Reads a cell for an input: the value for <see cref="InputRecordBuilder.Set(int, Value)"/> (missing for an empty
    /// cell), or the reason it cannot be read. Ranges and allowed values are the builder's to check.
    /// </summary>
    public bool TryRead(
        InputDeclaration input,
        object? cell,
        CellLocation where,
        out Value value,
        [NotNullWhen(false)] out string? problem
    )
    {
        value = Value.Missing;
        problem = null;
        switch (cell)
        {
            case null:
                return true;
            case NotAValue notAValue:
                problem = _t.NotAValue(notAValue);
                return false;
            case PercentCell percent when input.Unit == "%":
                value = Value.FromNumber(percent.Percent);
                return true;
            case PercentCell:
                problem = _t.PercentButUnit(input.Unit, formatted: true);
                return false;
            case DateCell date:
                var isYear = input.Name == AssessmentYear.Input;
                problem = _t.DateNotANumber(date.Day, isYear ? date.Day.Year : null);
                return false;
            case double number when input.Type == InputType.Boolean:
                return Boolean(
                    number == 1 ? "1"
                        : number == 0 ? "0"
                        : number.ToString(CultureInfo.InvariantCulture),
                    out value,
                    out problem
                );
            case double number:
                value = Value.FromNumber(number);
                return true;
            case bool boolean:
                value = Value.FromBoolean(boolean);
                return true;
            case string text:
                return ReadText(input, text, where, out value, out problem);
            default:
                // The readers give only the cells above: another is a bug, not bad data.
                throw new InvalidOperationException($"A reader gave a {cell.GetType().Name}, which is not a cell.");
        }
    }

    private bool ReadText(
        InputDeclaration input,
        string raw,
        CellLocation where,
        out Value value,
        [NotNullWhen(false)] out string? problem
    )
    {
        value = Value.Missing;
        problem = null;
        var text = CleanText.Of(raw);
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            problem = _t.InvalidUtf8Text;
            return false;
        }

        switch (input.Type)
        {
            case InputType.Boolean:
                return Boolean(text, out value, out problem);
            case InputType.Enumeration:
                // A value the declaration does not name is left for the record's builder to refuse with the allowed
                // values.
                value = Value.FromText(input.ValueOf(text) ?? text);
                return true;
            case InputType.Number or InputType.Integer:
                if (TryNumber(input, text, where, out var number, out problem))
                {
                    value = Value.FromNumber(number);
                    return true;
                }

                // A whole number written by its name, as the declaration gives it ("khu vực III" for 3).
                if (input.ValueOf(text) is { } named)
                {
                    value = Value.FromNumber(int.Parse(named, CultureInfo.InvariantCulture));
                    problem = null;
                    return true;
                }

                // A year written as a day, as a spreadsheet cell shown as a date is read.
                if (input.Name == AssessmentYear.Input && DayText.TryRead(text, out var day))
                {
                    problem = _t.DateNotANumber(day, day.Year);
                }
                else if (!text.Any(char.IsAsciiDigit) && !input.ValueNames.IsEmpty)
                {
                    // "II" for a group its names write "nhóm 2": the names it takes are shown.
                    problem = _t.NotANumberNorName([.. input.NamedValues.Select(v => input.ValueNames[v][0])]);
                }

                return false;
            default:
                value = Value.FromText(text);
                return true;
        }
    }

    private bool Boolean(string text, out Value value, [NotNullWhen(false)] out string? problem)
    {
        var lower = text.ToLowerInvariant();
        var known = TrueWords.Contains(lower) || FalseWords.Contains(lower);
        value = known ? Value.FromBoolean(TrueWords.Contains(lower)) : Value.Missing;
        problem = known ? null : _t.NotYesNo;
        return known;
    }

    private bool TryNumber(
        InputDeclaration input,
        string text,
        CellLocation where,
        out double number,
        [NotNullWhen(false)] out string? problem
    )
    {
        number = 0;
        problem = null;
        var written = text;
        if (text.EndsWith('%'))
        {
            if (input.Unit != "%")
            {
                problem = _t.PercentButUnit(input.Unit, formatted: false);
                return false;
            }

            text = text[..^1].TrimEnd();
        }

        // Spaces, including the non-breaking ones spreadsheets use, only group digits.
        text = text.Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal);

        // Only a number decides the file's decimal separator: a note such as "chưa có, đang cập nhật" in one cell
        // must not make every other row's decimals wrong.
        if (!text.Any(char.IsAsciiDigit) || !text.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-' or '+'))
        {
            problem = _t.NotANumberCell(NumberInText.Only(written));
            return false;
        }

        var lastComma = text.LastIndexOf(',');
        var lastPoint = text.LastIndexOf('.');
        char? separator = null;
        if (lastComma >= 0 && lastPoint >= 0)
        {
            separator = lastComma > lastPoint ? ',' : '.';
        }
        else if (lastComma >= 0 || lastPoint >= 0)
        {
            var mark = lastComma >= 0 ? ',' : '.';
            var once = text.IndexOf(mark, StringComparison.Ordinal) == text.LastIndexOf(mark);
            var digitsAfter = text.Length - text.LastIndexOf(mark) - 1;
            if (!once)
            {
                separator = mark == ',' ? '.' : ',';
            }
            else if (digitsAfter != 3 || DecimalSeparator == mark)
            {
                separator = mark;
            }
            else if (DecimalSeparator is null)
            {
                Ambiguous = (
                    Ambiguous?.First ?? _t.CellPlace(where.Row, where.Column, text),
                    (Ambiguous?.Count ?? 0) + 1
                );
                problem = _t.ReadsEitherWay(text, text.Replace(mark.ToString(), "", StringComparison.Ordinal));
                return false;
            }
            else
            {
                separator = DecimalSeparator;
            }
        }

        if (separator is { } decimalMark)
        {
            if (DecimalSeparator is null)
            {
                DecimalSeparator = decimalMark;
                DetectedAt = _t.CellPlace(where.Row, where.Column, text);
            }
            else if (DecimalSeparator != decimalMark)
            {
                problem = _t.OtherDecimalSeparator(text, decimalMark, DecimalSeparator.Value, DetectedAt, _culture);
                return false;
            }
        }

        var group = DecimalSeparator == ',' ? '.' : ',';
        if (!GroupsAreWellFormed(text, group, DecimalSeparator ?? '.'))
        {
            problem = _t.NotANumberCell(null);
            return false;
        }

        var invariant = text.Replace(group.ToString(), "", StringComparison.Ordinal)
            .Replace(DecimalSeparator ?? '.', '.');
        if (
            !double.TryParse(
                invariant,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out number
            )
        )
        {
            problem = _t.NotANumberCell(null);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Where a cell is; formatted only when a message needs it, since every cell of every row passes one.
    /// </summary>
    public readonly record struct CellLocation(long Row, string Column);

    /// <summary>
    /// Digit grouping, where present, is in threes before the decimal separator: "1.234.567,5", never "12.34".
    /// </summary>
    private static bool GroupsAreWellFormed(string text, char group, char decimalSeparator)
    {
        var integerPart = text.Split(decimalSeparator)[0].TrimStart('-', '+');
        if (!integerPart.Contains(group, StringComparison.Ordinal))
        {
            return true;
        }

        var groups = integerPart.Split(group);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
