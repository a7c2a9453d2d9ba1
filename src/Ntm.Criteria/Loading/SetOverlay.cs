using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Applies a set file that <c>Extends</c> another (a provincial set, a revision) to the workflow of the set it
/// extends: criteria and indicators are added, overridden or removed by official number, each change with its own
/// source, and the result is an ordinary workflow that compiles like any other. See docs/criteria-files.md.
/// </summary>
internal sealed class SetOverlay
{
    private static readonly string[] IdentityProperties = ["Change", "Number", "Kind"];

    // What names a version and the decision behind it is never inherited: the file states its own, or its path gives
    // it. The name is inherited by a revision of the same set, not by another set.
    private static readonly string[] OwnSetFields = ["Id", "Version", "LegalBasis"];

    private readonly CriteriaSet _base;
    private readonly Workflow _overlay;
    private readonly string _overlayId;
    private readonly List<RuleFileError> _errors;
    private readonly ImmutableArray<Removal>.Builder _removals = ImmutableArray.CreateBuilder<Removal>();
    private bool _structureChanged;

    // The merged workflow's inputs: a table's expression is written for them, the overlay's own among them.
    private ImmutableArray<InputDeclaration> _inputs = [];

    private SetOverlay(CriteriaSet baseSet, Workflow overlay, string overlayId, List<RuleFileError> errors)
    {
        _base = baseSet;
        _overlay = overlay;
        _overlayId = overlayId;
        _errors = errors;
    }

    /// <summary>
    /// The set a workflow extends, as written in <c>Properties.Set.Extends</c>; null for a set of its own.
    /// </summary>
    public static string? ExtendsOf(Workflow workflow) =>
        workflow.Properties.TryGetValue("Set", out var set)
        && set.ValueKind == JsonValueKind.Object
        && set.TryGetProperty("Extends", out var extends)
        && extends.ValueKind == JsonValueKind.String
            ? extends.GetString()
            : null;

    /// <summary>
    /// The workflow of <paramref name="baseSet"/> with the overlay (set <paramref name="overlayId"/>) applied, and what
    /// it removed.
    /// </summary>
    public static (Workflow Merged, ImmutableArray<Removal> Removals) Apply(
        CriteriaSet baseSet,
        Workflow overlay,
        string overlayId,
        List<RuleFileError> errors
    )
    {
        var merger = new SetOverlay(baseSet, overlay, overlayId, errors);
        if (
            !(
                overlay.Properties.TryGetValue("Set", out var set)
                && set.ValueKind == JsonValueKind.Object
                && set.TryGetProperty("LegalBasis", out _)
            )
        )
        {
            merger.Error(
                [overlay.Name],
                overlay.PropertyPositions.GetValueOrDefault("Set", overlay.Position),
                SetFileMessages.ExtensionLegalBasis
            );
        }

        var merged = merger.Merge(baseSet.Workflow.Workflow);
        return (merged, merger._removals.ToImmutable());
    }

    private Workflow Merge(Workflow baseWorkflow)
    {
        _inputs = MergeInputs(baseWorkflow);
        var rules = ApplyChanges(
            baseWorkflow.Rules.Select(r => Anchor(r, baseWorkflow.SourceFile)).ToList(),
            _overlay.Rules,
            [_overlay.Name],
            level: 0
        );
        return new Workflow(_overlay.Name, _inputs, [.. rules])
        {
            InputsFile = baseWorkflow.InputsFile,
            GlobalParams = MergeParams(
                baseWorkflow.GlobalParams.Select(p => p with { SourceFile = p.SourceFile ?? baseWorkflow.SourceFile }),
                _overlay.GlobalParams
            ),
            Properties = MergeWorkflowProperties(baseWorkflow.Properties),
            PropertyPositions = _overlay.PropertyPositions,
            SourceFile = _overlay.SourceFile,
            Position = _overlay.Position,
        };
    }

    private ImmutableArray<InputDeclaration> MergeInputs(Workflow baseWorkflow)
    {
        var inputs = baseWorkflow.Inputs.ToBuilder();
        foreach (var input in _overlay.Inputs)
        {
            var existing = inputs.FirstOrDefault(i => i.Name == input.Name);
            if (existing is null)
            {
                inputs.Add(input);
            }
            else if (!existing.Equals(input))
            {
                Error(
                    [_overlay.Name],
                    input.Position,
                    SetFileMessages.InputRedeclared(input.Name, _base.ToString()),
                    input.SourceFile
                );
            }
        }

        return inputs.ToImmutable();
    }

    /// <summary>Params of the overlay replace the base's of the same name, in place; new ones come after.</summary>
    private static ImmutableArray<ScopedParam> MergeParams(
        IEnumerable<ScopedParam> baseParams,
        ImmutableArray<ScopedParam> overrides
    )
    {
        var merged = baseParams.ToList();
        foreach (var param in overrides)
        {
            var index = merged.FindIndex(p => p.Name == param.Name);
            if (index >= 0)
            {
                merged[index] = param;
            }
            else
            {
                merged.Add(param);
            }
        }

        return [.. merged];
    }

    /// <summary>
    /// The overlay's workflow properties replace the base's, and its <c>Set</c> fields replace the base's one by one.
    /// Counts stated by the base no longer hold once criteria or indicators are added or removed, unless the overlay
    /// completes the base's own decision (<see cref="CompletesItsDecision"/>).
    /// </summary>
    private ImmutableDictionary<string, JsonElement> MergeWorkflowProperties(
        ImmutableDictionary<string, JsonElement> baseProperties
    )
    {
        var merged = baseProperties.SetItems(_overlay.Properties);
        var set =
            baseProperties.TryGetValue("Set", out var baseSet) && JsonNode.Parse(baseSet.GetRawText()) is JsonObject o
                ? o
                : [];
        foreach (var own in OwnSetFields)
        {
            set.Remove(own);
        }

        if (_overlayId != _base.Id)
        {
            set.Remove("Name");
        }

        if (_structureChanged && !CompletesItsDecision)
        {
            set.Remove("OfficialCounts");
        }

        var baseInForce = set["InForce"]?.DeepClone() as JsonObject;
        if (_overlay.Properties.TryGetValue("Set", out var overlaySet) && overlaySet.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in overlaySet.EnumerateObject())
            {
                set[field.Name] = JsonNode.Parse(field.Value.GetRawText());
            }
        }

        if (_overlayId == _base.Id && set["InForce"] is JsonObject inForce)
        {
            KeepLastDay(inForce, baseInForce);
        }

        set["Extends"] = _base.ToString();
        return merged.SetItem("Set", JsonSerializer.SerializeToElement(set));
    }

    /// <summary>
    /// Whether the overlay is a revision of the set's own id that only adds to a version short of its decision's
    /// counts: it encodes what the sources lacked of the same decision, whose counts still hold. Without them, a
    /// revision giving some of the 47 indicators would let a commune achieve the set on those alone.
    /// </summary>
    private bool CompletesItsDecision =>
        _overlayId == _base.Id
        && _removals.Count == 0
        && (
            _base.OfficialCriteriaCount > _base.Criteria.Length
            || _base.OfficialIndicatorCount > _base.Indicators.Count()
        );

    /// <summary>
    /// A revision of a set (a new version of its id) that gives its first day and not its last stays in force as long
    /// as the version it revises, with what that one says of its last day: it would otherwise end with the period, and
    /// give the days after back to the version it corrects (2026-01-01 to 2026-02-14 for a 2021-2025 set).
    /// </summary>
    private static void KeepLastDay(JsonObject inForce, JsonObject? revised)
    {
        if (
            inForce.ContainsKey("To")
            || revised?["To"] is not JsonValue { } to
            || !to.TryGetValue<string>(out var last)
            || inForce["From"] is JsonValue from
                && from.TryGetValue<string>(out var first)
                && string.CompareOrdinal(first, last) > 0
        )
        {
            return;
        }

        // The last day with what is said of it (ToStatus, ToNote, ToSource).
        foreach (var (field, value) in revised.Where(f => f.Key.StartsWith("To", StringComparison.Ordinal)))
        {
            inForce[field] ??= value?.DeepClone();
        }
    }

    private List<Rule> ApplyChanges(
        List<Rule> rules,
        ImmutableArray<Rule> changes,
        ImmutableArray<string> parentPath,
        int level
    )
    {
        foreach (var change in changes)
        {
            var number = NumberOf(change);
            var path = parentPath.Add(change.Name);
            var index = rules.FindIndex(r => NumberOf(r) == number);
            var kind = ChangeOf(change, path);
            switch (kind)
            {
                case "add" when index >= 0:
                    Error(path, change.Position, SetFileMessages.AlreadyExists(level == 0, number, _base.ToString()));
                    break;
                case "add":
                    CheckAddedChildren(change, path);
                    rules.Insert(
                        InsertionPoint(rules, number),
                        Anchor(WithTableExpression(change), _overlay.SourceFile)
                    );
                    _structureChanged = true;
                    break;
                case "override" or "remove" when index < 0:
                    Error(
                        path,
                        change.Position,
                        SetFileMessages.NothingToChange(
                            level == 0,
                            number,
                            _base.ToString(),
                            kind!,
                            Closest(number, rules.Select(NumberOf))
                        )
                    );
                    break;
                case "remove":
                    Remove(rules, index, change, path, level);
                    break;
                case "override":
                    rules[index] = Override(rules[index], change, path, level);
                    break;
            }
        }

        return rules;
    }

    private void Remove(List<Rule> rules, int index, Rule change, ImmutableArray<string> path, int level)
    {
        var reason = Text(change, "Reason");
        var source = Text(change, "Source");
        if (reason is null || source is null)
        {
            Error(path, change.Position, SetFileMessages.RemovalNeedsReason(NumberOf(change)));
            return;
        }

        var removed = rules[index];
        rules.RemoveAt(index);
        _structureChanged = true;
        _removals.Add(new Removal(NumberOf(removed), NameOf(removed), level == 0, reason, source));
    }

    private Rule Override(Rule original, Rule change, ImmutableArray<string> path, int level)
    {
        var changedProperties = change.Properties.Where(p => !IdentityProperties.Contains(p.Key)).ToList();
        var changesItself = changedProperties.Count > 0 || change.Expression is not null || !change.LocalParams.IsEmpty;
        if (changesItself && (Text(change, "Source") is null || Text(change, "Status") is null))
        {
            Error(path, change.Position, SetFileMessages.OverrideNeedsSource(NumberOf(change)));
        }

        var properties = original.Properties.SetItems(changedProperties);

        // An indicator that compares its Measure (the market, or the store where a commune has none) reads its Input
        // only through it: a new Input alone would change a name, not what the indicator compares.
        if (
            Text(change, "Input") is { } input
            && !change.Properties.ContainsKey("Measure")
            && Text(original, "Measure") is { } measure
            && input != Text(original, "Input")
        )
        {
            Error(
                path,
                change.PropertyPositions.GetValueOrDefault("Input", change.Position),
                SetFileMessages.InputWithoutItsMeasure(NumberOf(change), measure, input)
            );
        }

        // Errors in the combined rule are the overlay's doing; what stays of the original (its children and params,
        // anchored to their file by Merge) keeps its own file. An expression kept is placed at the change, in the
        // overlay's file: its own position is a line of the other file.
        var merged = original with
        {
            SourceFile = _overlay.SourceFile,
            Position = change.Position,
            ExpressionPosition = change.Position,
            Properties = properties,
            PropertyPositions = change.PropertyPositions,
            LocalParams = MergeParams(
                original.LocalParams,
                [.. change.LocalParams.Select(p => p with { SourceFile = _overlay.SourceFile })]
            ),
            Operator = change.Operator ?? original.Operator,
        };

        if (change.Expression is not null)
        {
            merged = merged with { Expression = change.Expression, ExpressionPosition = change.ExpressionPosition };
        }
        else if (
            level > 0
            && change.Properties.Keys.Any(key => key is "Thresholds" or "Direction" or "Input" or "Measure")
        )
        {
            // A new table (or a new reading of it) without an expression: the expression that applies it is written
            // from the table, so that the two cannot disagree.
            merged = merged with
            {
                Expression = ThresholdTable.WriteExpression(properties, _base.Workflow.Workflow, _inputs),
                ExpressionPosition = change.Position,
            };
        }

        if (!change.Rules.IsEmpty)
        {
            var children = ApplyChanges([.. merged.Rules], change.Rules, path, level + 1);
            merged = merged with { Rules = [.. children] };
            if (children.Count == 0 && !original.Rules.IsEmpty)
            {
                Error(path, change.Position, SetFileMessages.CriterionLeftEmpty(NumberOf(change)));
            }
            else if (children.Count == 0)
            {
                // Nothing was given to a criterion that had no indicator, and each change said why: it stays what it
                // was, rather than a combination of nothing the loader would refuse again.
                merged = merged with
                {
                    Operator = original.Operator,
                };
            }
            else if (original.Rules.IsEmpty)
            {
                // A criterion whose indicators were not encoded becomes one that combines the indicators now given,
                // given in part until the change says "Complete": true, as the criteria workbook's "tiêu chí (một
                // phần)" is: the first indicators added would otherwise decide it alone.
                merged = merged with
                {
                    Expression = null,
                    Operator = change.Operator ?? RuleOperator.And,
                    Properties = merged
                        .Properties.Remove("Encoded")
                        .SetItem(
                            "Complete",
                            change.Properties.GetValueOrDefault("Complete", JsonSerializer.SerializeToElement(false))
                        ),
                };
            }
        }

        return merged;
    }

    /// <summary>
    /// An added indicator (or a criterion's added indicators) without an expression gets the one its table gives.
    /// </summary>
    private Rule WithTableExpression(Rule added)
    {
        if (added.Expression is null && added.Rules.IsEmpty && added.Properties.ContainsKey("Thresholds"))
        {
            return added with
            {
                Expression = ThresholdTable.WriteExpression(added.Properties, _base.Workflow.Workflow, _inputs),
                ExpressionPosition = added.Position,
            };
        }

        return added.Rules.IsEmpty ? added : added with { Rules = [.. added.Rules.Select(WithTableExpression)] };
    }

    private void CheckAddedChildren(Rule added, ImmutableArray<string> path)
    {
        foreach (var child in added.Rules.Where(c => c.Properties.ContainsKey("Change") && Text(c, "Change") != "add"))
        {
            Error(path.Add(child.Name), child.Position, SetFileMessages.OnlyAdded(NumberOf(child)));
        }
    }

    private string? ChangeOf(Rule change, ImmutableArray<string> path)
    {
        var text = Text(change, "Change");
        if (text is "add" or "override" or "remove")
        {
            return text;
        }

        Error(path, change.Position, text is null ? SetFileMessages.ChangeMissing : SetFileMessages.ChangeWord(text));
        return null;
    }

    /// <summary>After the last sibling that comes before the number in official order.</summary>
    private static int InsertionPoint(List<Rule> siblings, string number)
    {
        var after = siblings.FindLastIndex(r => OfficialNumberComparer.Instance.Compare(NumberOf(r), number) < 0);
        return after + 1;
    }

    /// <summary>The three existing numbers nearest to a mistyped one: fewest edits, then official order.</summary>
    internal static IEnumerable<string> Closest(string number, IEnumerable<string> existing) =>
        Spelling.Closest(number, existing, tieBreak: OfficialNumberComparer.Instance);

    /// <summary>
    /// Records the file a rule comes from, so that errors in the combined workflow name the right file.
    /// </summary>
    private static Rule Anchor(Rule rule, string? file) =>
        rule.SourceFile is not null || file is null
            ? rule
            : rule with
            {
                SourceFile = file,
                Rules = [.. rule.Rules.Select(r => Anchor(r, file))],
                LocalParams = [.. rule.LocalParams.Select(p => p with { SourceFile = p.SourceFile ?? file })],
            };

    internal static string NumberOf(Rule rule) =>
        rule.Properties.TryGetValue("Number", out var number) && number.ValueKind == JsonValueKind.String
            ? number.GetString()!
            : rule.Name;

    private static LocalizedText NameOf(Rule rule) =>
        rule.Properties.TryGetValue("Name", out var name)
        && name.ValueKind == JsonValueKind.Object
        && name.TryGetProperty("vi", out var vi)
        && vi.ValueKind == JsonValueKind.String
            ? new LocalizedText(
                vi.GetString()!,
                name.TryGetProperty("en", out var en) && en.ValueKind == JsonValueKind.String
                    ? en.GetString()!
                    : vi.GetString()!
            )
            : new LocalizedText(rule.Name, rule.Name);

    private static string? Text(Rule rule, string property) => JsonFields.String(rule.Properties, property);

    private void Error(
        ImmutableArray<string> path,
        SourcePosition position,
        RuleMessage message,
        string? file = null
    ) =>
        _errors.Add(
            new RuleFileError(RuleFileErrorKind.InvalidValue, message, file ?? _overlay.SourceFile, path, position)
        );
}

/// <summary>
/// A criterion or indicator that a set removes from the set it extends, with the reason and its source.
/// </summary>
/// <param name="Number">The official number removed.</param>
/// <param name="Name">Its name in the set extended.</param>
/// <param name="IsCriterion">Whether a whole criterion (or precondition) is removed, rather than one indicator.</param>
/// <param name="Reason">Why, as the file states it.</param>
/// <param name="Source">The decision, article or annex that removes it.</param>
public sealed record Removal(string Number, LocalizedText Name, bool IsCriterion, string Reason, string Source);
