using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// Generated mutations of every shipped rule file, loaded as a ministry would load a revised copy (onto the shipped
/// catalog, replacing the version it defines): loading succeeds, or throws <see cref="RuleFileException"/> whose every
/// error names the file and a position; never another exception, a hang or a crash. A mutated set that loads is then
/// evaluated, which must not throw either. 10,000 cases.
/// </summary>
public sealed partial class RuleFileMutationProperties : IDisposable
{
    private static readonly string[] Tokens =
    [
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "null",
        "true",
        "-1",
        "1e400",
        "0",
        "99999999999999999999",
        "\"\"",
        "\\u0000",
        "\\ud800",
        ".GetType()",
        "System.IO.File.Delete(\"x\")",
        "Environment.Exit(1)",
        " && ",
        " || ",
        "(",
        ")",
        "input.",
        "input.Nothing",
        "\"Change\": \"remove\"",
        "\"Extends\": \"national/2021-2025/commune-standard\"",
        "\"Status\": \"notSet\"",
        "\"Operator\": \"And\"",
        "\"Rules\": []",
        "\"RuleName\": \"1\"",
        "Tiêu chí",
        "ắ",
        "\t",
        "\n",
        "//",
        "/*",
        "\\",
    ];

    private static readonly string[] Values =
    [
        "-1",
        "0",
        "100.5",
        "1e400",
        "99999999999999999999",
        "\"x\"",
        "null",
        "true",
        "[]",
        "{}",
        "\"\"",
        "\"notSet\"",
        "\"override\"",
        "\"2024-02-30\"",
        "\"../../x.json\"",
        "\"input.Region == null\"",
        "\"national/2021-2025/commune-standard\"",
    ];

    private readonly string _copy = Path.Combine(Path.GetTempPath(), "ntm-mutations-" + Guid.NewGuid().ToString("N"));
    private readonly List<(string Relative, byte[] Bytes)> _files;

    public RuleFileMutationProperties()
    {
        // A copy of rules/, so that a mutated file still finds the inputs.json it references.
        var rules = Path.Combine(Repository.Root, "rules");
        _files = Directory
            .EnumerateFiles(rules, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(rules, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("schema/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(relative => (relative, File.ReadAllBytes(Path.Combine(rules, relative))))
            .ToList();
        foreach (var (relative, bytes) in _files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_copy, relative))!);
            File.WriteAllBytes(Path.Combine(_copy, relative), bytes);
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    /// <summary>One change to a file's bytes, described for the failure message.</summary>
    private sealed record Mutation(string Description, Func<byte[], byte[]> Apply)
    {
        public override string ToString() => Description;
    }

    [Fact]
    public void Load_MutatedShippedFile_LoadsOrFailsWithAPositionedRuleFileError()
    {
        var setFiles = _files.Where(f => Path.GetFileName(f.Relative) != "inputs.json").ToList();
        var gen =
            from file in Gen.Choose(0, setFiles.Count - 1)
            from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(5)))
            from mutations in Gen.ListOf(MutationOf(setFiles[file].Bytes.Length), count)
            select (setFiles[file].Relative, mutations.ToArray());
        var (loaded, refused) = (0, 0);
        var property = Prop.ForAll(
            Arb.From(gen),
            ((string Relative, Mutation[] Mutations) testCase) =>
            {
                var bytes = _files.First(f => f.Relative == testCase.Relative).Bytes;
                bytes = testCase.Mutations.Aggregate(bytes, (current, mutation) => mutation.Apply(current));
                var path = Path.Combine(_copy, testCase.Relative);
                File.WriteAllBytes(path, bytes);
                try
                {
                    var (property, didLoad) = LoadsOrFailsWell(path);
                    (loaded, refused) = didLoad ? (loaded + 1, refused) : (loaded, refused + 1);
                    return property.Label(
                        $"{testCase.Relative}: {string.Join("; ", testCase.Mutations.Select(m => m.Description))}"
                    );
                }
                finally
                {
                    File.WriteAllBytes(path, _files.First(f => f.Relative == testCase.Relative).Bytes);
                }
            }
        );

        // The slowest property of the suite: NTM_PROPERTY_SCALE shortens it for a local run.
        var cases = ScaledPropertyAttribute.Scaled(10_000);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true), property);

        // Neither side is vacuous: many mutants load (and are evaluated), many are refused.
        Assert.True(
            loaded >= cases / 10 && refused >= cases / 10,
            $"{loaded} mutants loaded and {refused} were refused of {cases}"
        );
    }

    private static (Property Property, bool Loaded) LoadsOrFailsWell(string path)
    {
        CriteriaCatalog catalog;
        try
        {
            catalog = CriteriaCatalog.Shipped.WithFiles([path]);
        }
        catch (RuleFileException e)
        {
            var unplaced = e
                .Errors.Where(error =>
                    error.File is null || (error.Position.Line <= 0 && error.Kind != RuleFileErrorKind.FileUnreadable)
                )
                .ToList();
            return (
                (unplaced.Count == 0 && e.Errors.Length > 0).Label(
                    "errors without a file or position: " + string.Join(" | ", unplaced)
                ),
                false
            );
        }

        // It loaded: whatever it now says, evaluating it must give outcomes, not exceptions.
        var shipped = CriteriaCatalog.Shipped.Sets.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var set in catalog.Sets.Where(s => !shipped.Contains(s)))
        {
            var report = set.Evaluate(SomeCommune(set.Inputs));
            var counts = set.Count(SomeCommune(set.Inputs));
            if (
                report.IndicatorsAchieved != counts.IndicatorsAchieved
                || report.CriteriaAchieved != counts.CriteriaAchieved
            )
            {
                return (false.Label($"{set}: the report and the count disagree"), true);
            }

            set.Evaluate(set.Inputs.CreateBuilder().Build());
        }

        return (true.ToProperty(), true);
    }

    /// <summary>Every input set to a mid value of its type and range.</summary>
    private static InputRecord SomeCommune(InputSchema inputs)
    {
        var builder = inputs.CreateBuilder();
        foreach (var input in inputs.Declarations)
        {
            object? value = input.Type switch
            {
                InputType.Number or InputType.Integer => Math.Round(
                    Math.Clamp(50, input.Minimum ?? 0, Math.Max(input.Minimum ?? 0, input.Maximum ?? 100))
                ),
                InputType.Boolean => true,
                InputType.Enumeration => input.AllowedValues.FirstOrDefault(),
                _ => "x",
            };
            builder.Set(input.Name, value);
        }

        return builder.Build();
    }

    private static Gen<Mutation> MutationOf(int length) =>
        from kind in Gen.Choose(0, 9)
        from at in Gen.Choose(0, Math.Max(0, length - 1))
        from span in Gen.Frequency((4, Gen.Choose(1, 8)), (2, Gen.Choose(9, 80)), (1, Gen.Choose(81, 2000)))
        from other in Gen.Choose(0, Math.Max(0, length - 1))
        from token in Gen.Elements(Tokens)
        from value in Gen.Elements(Values)
        from b in Gen.Choose(0, 255)
        select kind switch
        {
            0 => new Mutation(
                $"delete {span} bytes at {at}",
                bytes => [.. bytes.Take(Math.Min(at, bytes.Length)), .. bytes.Skip(Math.Min(at, bytes.Length) + span)]
            ),
            1 => new Mutation(
                $"repeat {span} bytes at {at}",
                bytes => Splice(bytes, at, 0, bytes.Skip(Math.Min(at, bytes.Length)).Take(span).ToArray())
            ),
            2 => new Mutation(
                $"insert '{token}' at {at}",
                bytes => Splice(bytes, at, 0, Encoding.UTF8.GetBytes(token))
            ),
            3 => new Mutation($"byte {at} becomes 0x{b:X2}", bytes => Splice(bytes, at, 1, [(byte)b])),
            4 => new Mutation($"cut at {at}", bytes => bytes.Take(at).ToArray()),
            5 => new Mutation(
                $"number #{other} becomes {value}",
                bytes => ReplaceMatch(bytes, NumberValue(), other, value)
            ),
            6 => new Mutation(
                $"string #{other} becomes {value}",
                bytes => ReplaceMatch(bytes, StringValue(), other, value)
            ),
            7 => new Mutation(
                $"expression #{other} gets '{token}' at {span}",
                bytes =>
                    ReplaceMatch(
                        bytes,
                        ExpressionValue(),
                        other,
                        text =>
                            text.Insert(
                                span % (text.Length + 1),
                                token
                                    .Replace("\\", "\\\\", StringComparison.Ordinal)
                                    .Replace("\"", "\\\"", StringComparison.Ordinal)
                            )
                    )
            ),
            8 => new Mutation($"lines at {at} and {other} swap", bytes => SwapLines(bytes, at, other)),
            _ => new Mutation(
                $"key #{other} becomes '{token}'",
                bytes => ReplaceMatch(bytes, KeyName(), other, "\"" + token.Trim('"') + "\":")
            ),
        };

    private static byte[] Splice(byte[] bytes, int at, int remove, byte[] insert)
    {
        at = Math.Min(at, bytes.Length);
        return [.. bytes.Take(at), .. insert, .. bytes.Skip(Math.Min(bytes.Length, at + remove))];
    }

    private static byte[] ReplaceMatch(byte[] bytes, Regex pattern, int index, string replacement) =>
        ReplaceMatch(bytes, pattern, index, _ => replacement);

    private static byte[] ReplaceMatch(byte[] bytes, Regex pattern, int index, Func<string, string> replace)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return bytes;
        }

        var match = matches[index % matches.Count];
        var group = match.Groups["value"];
        return Encoding.UTF8.GetBytes(
            text[..group.Index] + replace(group.Value) + text[(group.Index + group.Length)..]
        );
    }

    private static byte[] SwapLines(byte[] bytes, int first, int second)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var (i, j) = (first % lines.Length, second % lines.Length);
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    [GeneratedRegex("""(?<=[:\[,]\s*)(?<value>-?[0-9]+(\.[0-9]+)?)""")]
    private static partial Regex NumberValue();

    [GeneratedRegex(""":\s*(?<value>"(?:[^"\\]|\\.)*")""")]
    private static partial Regex StringValue();

    [GeneratedRegex(""""Expression":\s*"(?<value>(?:[^"\\]|\\.)*)"""")]
    private static partial Regex ExpressionValue();

    [GeneratedRegex(""""(?<value>"[A-Za-z$]+"\s*:)"""")]
    private static partial Regex KeyName();
}
