using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Tests;

/// <summary>
/// Each way a data file goes wrong, in each format it applies to (CSV, JSON, XLSX): every bad row is reported with its
/// row, column and value, every good row is evaluated, and rows read = rows evaluated + rows rejected.
/// </summary>
public sealed class DataFileMatrixTests : IDisposable
{
    private static readonly string[] SampleLines = File.ReadAllLines(Cli.Fixture("communes-small.csv"));
    private static readonly string[] Header = SampleLines[1].Split(',');
    private static readonly string[][] Rows = [.. SampleLines.Skip(2).Take(4).Select(line => line.Split(','))];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A data file's content before it is written in a format.</summary>
    private sealed record Table(string[] Header, string[]?[] Rows)
    {
        public bool ByteOrderMark { get; init; }

        public char Separator { get; init; } = ',';

        /// <summary>How many bytes to cut off the end of the written file.</summary>
        public int CutBytes { get; init; }

        public Table WithCell(int row, string column, string value) =>
            this with
            {
                Rows =
                [
                    .. Rows.Select(
                        (r, i) =>
                            i == row && r is not null
                                ? r.Select((c, j) => Header[j] == column ? value : c).ToArray()
                                : r
                    ),
                ],
            };
    }

    /// <summary>
    /// What the run must report: rows read and evaluated, and each rejected row as "row | column | value | message".
    /// </summary>
    private sealed record Expected(int Read, int Evaluated, params string[] Rejected);

    private static Table Base => new(Header, Rows);

    /// <summary>
    /// Every case, with the formats it applies to and what each must report (null: the file cannot be evaluated, given
    /// by the message).
    /// </summary>
    private static readonly Dictionary<string, (Table Table, Dictionary<string, object> ByFormat)> Matrix = new()
    {
        ["byte-order-mark"] = (Base with { ByteOrderMark = true }, All(new Expected(4, 4))),
        ["wrong-delimiter"] = (
            Base with
            {
                Separator = ':',
            },
            new()
            {
                ["csv"] =
                    "the header is one column, 'CommuneId:CommuneName:District:Province:…'; separate the columns "
                    + "with commas, semicolons, tabs or '|'",
            }
        ),
        ["tab-delimiter"] = (Base with { Separator = '\t' }, new() { ["csv"] = new Expected(4, 4) }),
        ["decimal-comma"] = (DecimalComma(Base) with { Separator = ';' }, All(new Expected(4, 4))),
        ["thousands-separators"] = (
            Base.WithCell(0, "IncomePerCapita", "1,048.5")
                .WithCell(1, "IncomePerCapita", "1 048.5")
                .WithCell(2, "IncomePerCapita", "1,04.5"),
            All(new Expected(4, 3, "4 | IncomePerCapita | 1,04.5 | not a number"))
        ),
        ["empty-lines"] = (
            Base with
            {
                Rows = [Rows[0], null, Rows[1], null, null, Rows[2], Rows[3], null],
            },
            All(new Expected(4, 4))
        ),
        ["missing-column"] = (Without(Base, "CleanAlleyRate"), All(new Expected(4, 4))),
        ["extra-column"] = (With(Base, "Ghi chú", "không"), All(new Expected(4, 4))),
        ["duplicate-ids"] = (
            Base.WithCell(2, "CommuneId", Rows[0][0]),
            All(new Expected(4, 3, $"4 | CommuneId | {Rows[0][0]} | commune id already used on row 2"))
        ),
        ["text-in-numbers"] = (
            Base.WithCell(1, "PavedCommuneRoadRate", "abc").WithCell(2, "SolidHouseRate", "cao"),
            All(
                new Expected(
                    4,
                    2,
                    "3 | PavedCommuneRoadRate | abc | not a number",
                    "4 | SolidHouseRate | cao | not a number"
                )
            )
        ),
        ["truncated-last-row"] = (
            Base with
            {
                CutBytes = 200,
            },
            new()
            {
                ["csv"] = new Expected(4, 3, "5 |  |  | the row has * cells and the header 75"),
                ["json"] = new Expected(
                    4,
                    3,
                    "* |  |  | the file ends inside an object (is it cut short?); its end was not read"
                ),
                ["xlsx"] = "the file is not a readable XLSX workbook (cut short, damaged, or another kind of file): *",
            }
        ),
        ["empty-file"] = (Base with { Rows = [], CutBytes = int.MaxValue }, All("the file is empty")),
    };

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var (name, (_, byFormat)) in Matrix)
            {
                foreach (var format in byFormat.Keys)
                {
                    cases.Add(name, format);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_BrokenFile_ReportsEveryBadRowAndEvaluatesEveryGoodOne(string name, string format)
    {
        var (table, byFormat) = Matrix[name];
        var path = Write(table, format, name);

        var result = Cli.Run("evaluate", "--lang", "en", path, "--format", "json");

        if (byFormat[format] is string fileError)
        {
            Assert.Equal(2, result.ExitCode);
            var message = result.Error.TrimEnd();
            Assert.True(
                System.Text.RegularExpressions.Regex.IsMatch(
                    message,
                    "^" + Pattern($"ntm: {Cli.Shown(_folder.Path)}/{Path.GetFileName(path)}: {fileError}") + "$"
                ),
                message
            );
            return;
        }

        var expected = (Expected)byFormat[format];
        var root = result.Json();
        var (read, evaluated, rejected) = Cli.RowCounts(root);
        Assert.Equal(
            (expected.Read, expected.Evaluated, expected.Read - expected.Evaluated),
            (read, evaluated, rejected)
        );
        Assert.Equal(evaluated, root.GetProperty("localities").GetArrayLength());
        var errors = root.TryGetProperty("rejected", out var list)
            ? list.EnumerateArray()
                .Select(e =>
                    $"{e.GetProperty("row").GetInt64()} | {e.GetProperty("column").GetString()} | "
                    + $"{e.GetProperty("value").GetString()} | {e.GetProperty("message").GetString()}"
                )
                .ToList()
            : [];
        Assert.Equal(expected.Rejected.Length, errors.Count);
        Assert.All(expected.Rejected.Zip(errors), pair => Assert.Matches("^" + Pattern(pair.First) + "$", pair.Second));
        Assert.Equal(rejected, errors.Select(e => e.Split(" | ")[0]).Distinct().Count());
        Assert.Equal(rejected == 0 ? 0 : 1, result.ExitCode);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("xlsx")]
    public void Evaluate_DecimalCommaFile_GivesTheSameResultsAsTheDecimalPointOne(string format)
    {
        var points = Cli.Run("evaluate", Write(Base, format, "points"), "--format", "json");
        var commas = Cli.Run(
            "evaluate",
            Write(DecimalComma(Base) with { Separator = ';' }, format, "commas"),
            "--format",
            "json"
        );

        Assert.Equal(Localities(points), Localities(commas));
        Assert.Equal(',', commas.Json().GetProperty("input").GetProperty("decimalSeparator").GetString()![0]);
    }

    [Fact]
    public void Evaluate_CsvRowOverOneMegabyte_StopsThereAndEvaluatesTheRowsBefore()
    {
        var path = _folder.Write(
            "long.csv",
            string.Join(
                "\n",
                [
                    string.Join(',', Header),
                    .. Rows.Take(2).Select(r => string.Join(',', r)),
                    "\"" + new string('x', 1_100_000),
                    .. Rows.Skip(2).Select(r => string.Join(',', r)),
                ]
            )
        );

        var root = Cli.Run("evaluate", "--lang", "en", path, "--format", "json").Json();

        Assert.Equal((3, 2, 1), Cli.RowCounts(root));
        Assert.StartsWith(
            "the file could not be read past this line, and the rest of it was not read",
            Assert.Single(root.GetProperty("rejected").EnumerateArray()).GetProperty("message").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Evaluate_JsonNestedPastTheLimit_StopsThereAndEvaluatesTheRowsBefore()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\": ", 20)) + "1" + new string('}', 20);
        var path = _folder.Write(
            "deep.json",
            "[\n"
                + JsonObject(Header, Rows[0])
                + ",\n{\"CommuneId\": \"D\", \"Note\": "
                + deep
                + "},\n"
                + JsonObject(Header, Rows[1])
                + "\n]\n"
        );

        var root = Cli.Run("evaluate", "--lang", "en", path, "--format", "json").Json();

        Assert.Equal((2, 1, 1), Cli.RowCounts(root));
        Assert.StartsWith(
            "the file is not valid JSON here, and nothing after this was read",
            Assert.Single(root.GetProperty("rejected").EnumerateArray()).GetProperty("message").GetString(),
            StringComparison.Ordinal
        );
    }

    private static string Localities(CliResult result) => result.Json().GetProperty("localities").GetRawText();

    private static Dictionary<string, object> All(object expected) =>
        new()
        {
            ["csv"] = expected,
            ["json"] = expected,
            ["xlsx"] = expected,
        };

    /// <summary>An expectation with '*' standing for any text, as a regular expression.</summary>
    private static string Pattern(string expected) =>
        string.Join(".*", expected.Split('*').Select(part => System.Text.RegularExpressions.Regex.Escape(part)));

    private static Table DecimalComma(Table table) =>
        table with
        {
            Rows =
            [
                .. table.Rows.Select(r =>
                    r?.Select(c =>
                            double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                                ? c.Replace('.', ',')
                                : c
                        )
                        .ToArray()
                ),
            ],
        };

    private static Table Without(Table table, string column)
    {
        var index = Array.IndexOf(table.Header, column);
        return table with
        {
            Header = [.. table.Header.Where((_, i) => i != index)],
            Rows = [.. table.Rows.Select(r => r?.Where((_, i) => i != index).ToArray())],
        };
    }

    private static Table With(Table table, string column, string value) =>
        table with
        {
            Header = [.. table.Header, column],
            Rows = [.. table.Rows.Select(r => r is null ? null : (string[])[.. r, value])],
        };

    private string Write(Table table, string format, string name)
    {
        var path = _folder.File($"{name}.{format}");
        switch (format)
        {
            case "csv":
                var lines = new[] { table.Header }
                    .Concat(table.Rows)
                    .Select(r =>
                        r is null ? "" : string.Join(table.Separator, r.Select(c => Quoted(c, table.Separator)))
                    );
                WriteBytes(path, table, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
                break;
            case "json":
                // One object a line, so an object's line is its row number as in the CSV file.
                var objects = table.Rows.Select(r => r is null ? "" : JsonObject(table.Header, r) + ",");
                WriteBytes(
                    path,
                    table,
                    Encoding.UTF8.GetBytes("[\n" + string.Join("\n", objects).TrimEnd(',') + "\n]\n")
                );
                break;
            default:
                var header = table.ByteOrderMark
                    ? [.. table.Header.Select((h, i) => i == 0 ? "\uFEFF" + h : h)]
                    : table.Header;
                Workbooks.Write(path, header, [.. table.Rows.Select(r => r?.Select(Cell).ToArray())]);
                if (table.CutBytes > 0)
                {
                    WriteBytes(path, table with { ByteOrderMark = false }, File.ReadAllBytes(path));
                }

                break;
        }

        return path;
    }

    private static string Quoted(string cell, char separator) =>
        cell.Contains(separator, StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    private static void WriteBytes(string path, Table table, byte[] bytes)
    {
        var content = table.ByteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;
        File.WriteAllBytes(path, content[..Math.Max(0, content.Length - table.CutBytes)]);
    }

    private static string JsonObject(string[] header, string[] row)
    {
        var obj = new JsonObject();
        for (var i = 0; i < header.Length; i++)
        {
            if (row[i].Length > 0)
            {
                obj[header[i]] =
                    double.TryParse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        ? JsonValue.Create(number)
                    : row[i] is "true" or "false" ? JsonValue.Create(row[i] == "true")
                    : JsonValue.Create(row[i]);
            }
        }

        return obj.ToJsonString(
            new JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }
        );
    }

    private static Cell Cell(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? Workbooks.Number(number)
            : Workbooks.Text(value);
}
