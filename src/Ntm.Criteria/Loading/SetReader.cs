using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ntm.Criteria.Rules;
using static Ntm.Criteria.JsonFields;

namespace Ntm.Criteria;

/// <summary>
/// Reads the NTM metadata that rule files carry in <c>Properties</c> (see docs/criteria-files.md) into a
/// <see cref="CriteriaSet"/>, collecting every problem with its file, rule path and position.
/// </summary>
internal sealed class SetReader
{
    private readonly Workflow _workflow;
    private readonly List<RuleFileError> _errors;
    private ThresholdKeys _keys = ThresholdKeys.Any;

    // Whose metadata is being read, the workflow's or a rule's: errors are reported there.
    private Place _at;

    // The numbers of the criteria and indicators read, each with its rule and where it stands.
    private readonly List<(bool IsIndicator, string Number, Place Rule, SourcePosition Position)> _numbers = [];

    private SetReader(Workflow workflow, List<RuleFileError> errors)
    {
        _workflow = workflow;
        _errors = errors;
        _at = Place.Of(workflow);
    }

    /// <summary>
    /// A workflow or a rule whose Properties are read: its file (an overlay's rule stands in the overlay's file), its
    /// path of names, where it starts and where each value of its Properties stands.
    /// </summary>
    private readonly record struct Place(
        string? File,
        ImmutableArray<string> Path,
        SourcePosition Position,
        ImmutableDictionary<string, SourcePosition> Positions
    )
    {
        public static Place Of(Workflow workflow) =>
            new(workflow.SourceFile, [workflow.Name], workflow.Position, workflow.PropertyPositions);

        public static Place Of(Workflow workflow, Rule rule, params string[] names) =>
            new(
                rule.SourceFile ?? workflow.SourceFile,
                [workflow.Name, .. names],
                rule.Position,
                rule.PropertyPositions
            );
    }

    /// <summary>
    /// Reads one set; the id falls back to <paramref name="idFromPath"/> when the file does not state one.
    /// </summary>
    /// <exception cref="RuleFileException">The workflow or its metadata has problems.</exception>
    public static CriteriaSet Read(
        Workflow workflow,
        string idFromPath,
        string? versionFromPath,
        ImmutableArray<Removal> removals = default,
        ImmutableArray<string> extendedIds = default
    )
    {
        var errors = new List<RuleFileError>();
        CompiledWorkflow compiled;
        try
        {
            compiled = workflow.Compile();
        }
        catch (RuleFileException e)
        {
            errors.AddRange(e.Errors.Select(error => InMeasure(workflow, error)));
            throw new RuleFileException(errors);
        }

        var set = new SetReader(workflow, errors).ReadSet(
            compiled,
            idFromPath,
            versionFromPath,
            removals.IsDefault ? [] : removals,
            extendedIds.IsDefault ? [] : extendedIds
        );
        if (errors.Count == 0)
        {
            try
            {
                // Compiles the indicators' AppliesWhen conditions now, so that an error in one is a load error.
                set!.PrepareEvaluator();
            }
            catch (RuleFileException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count == 0 ? set! : throw new RuleFileException(errors);
    }

    /// <summary>
    /// An error in an indicator's expression written from its table (as an override's is) that falls in its Measure,
    /// told at the measure: the file holds the measure, not that expression.
    /// </summary>
    private static RuleFileError InMeasure(Workflow workflow, RuleFileError error)
    {
        var rules = workflow.Rules;
        Rule? rule = null;
        foreach (var name in error.RulePath.Skip(1))
        {
            rule = rules.FirstOrDefault(r => r.Name == name);
            rules = rule?.Rules ?? [];
        }

        if (
            error.ExpressionColumn is not { } column
            || rule is not { Expression: { } expression }
            || JsonFields.String(rule.Properties, "Measure") is not { } measure
            || expression != ThresholdTable.WriteExpression(rule.Properties, workflow, workflow.Inputs)
        )
        {
            return error;
        }

        var start = expression.IndexOf(measure, StringComparison.Ordinal);
        return new RuleFileError(
            error.Kind,
            SetFileMessages.InMeasure(error.Text),
            error.File,
            error.RulePath,
            rule.PropertyPositions.GetValueOrDefault("Measure", error.Position),
            column > start && column <= start + measure.Length ? column - start : null
        );
    }

    private CriteriaSet? ReadSet(
        CompiledWorkflow compiled,
        string idFromPath,
        string? versionFromPath,
        ImmutableArray<Removal> removals,
        ImmutableArray<string> extendedIds
    )
    {
        if (!_workflow.Properties.TryGetValue("Set", out var set) || set.ValueKind != JsonValueKind.Object)
        {
            Error(SetFileMessages.NoSetObject);
            return null;
        }

        CheckFields(set.EnumerateObject().Select(p => p.Name), RuleFileWords.SetFields, "Properties.Set");
        var id = String(set, "Id") ?? idFromPath;
        var version = String(set, "Version") ?? versionFromPath ?? "1";

        // Without its province, a province's set would be taken for a national one and evaluate every commune.
        if (id.StartsWith(CriteriaSet.ProvincialIdPrefix, StringComparison.Ordinal) && String(set, "Province") is null)
        {
            Error(SetFileMessages.ProvinceMissing(id));
        }

        // With a province, a national set would evaluate that province's communes only, and no other commune at all.
        if (
            id.StartsWith(CriteriaSet.NationalIdPrefix, StringComparison.Ordinal)
            && String(set, "Province") is { } named
        )
        {
            Error(SetFileMessages.ProvinceOfNationalSet(id, named), "Properties.Set.Province");
        }

        var criteria = ImmutableArray.CreateBuilder<Criterion>();
        var preconditions = ImmutableArray.CreateBuilder<Criterion>();
        var inForce = Object(set, "InForce");
        var (from, to) = (Date(inForce, "From"), Date(inForce, "To"));
        var period = String(set, "Period");
        _keys = ThresholdKeys.Of(compiled.Inputs, period, from ?? DateOnly.MinValue, to);
        var ruleIndex = 0;
        foreach (var rule in _workflow.Rules.Where(r => r.Enabled))
        {
            var index = compiled.TopLevelIndices[ruleIndex++];
            if (ReadCriterion(rule, compiled, index) is { } criterion)
            {
                (criterion.Kind == CriterionKind.Precondition ? preconditions : criteria).Add(criterion);
            }
        }

        // A number used twice is told where it is used again, with the line of its first use.
        foreach (var uses in _numbers.GroupBy(n => (n.IsIndicator, n.Number)).Where(g => g.Count() > 1))
        {
            var firstLine = uses.First().Position.Line;
            foreach (var again in uses.Skip(1))
            {
                _errors.Add(
                    new RuleFileError(
                        RuleFileErrorKind.InvalidValue,
                        again.IsIndicator
                            ? SetFileMessages.IndicatorNumberTwice(again.Number, firstLine)
                            : SetFileMessages.CriterionNumberTwice(again.Number, firstLine),
                        again.Rule.File,
                        again.Rule.Path,
                        again.Position
                    )
                );
            }
        }

        // What follows is the set's own metadata: its errors belong to the workflow, not to the last rule read.
        _at = Place.Of(_workflow);
        if (from is { } first && to is { } last && last < first)
        {
            Error(SetFileMessages.InForceToBeforeFrom(first, last), "Set.InForce.To");
        }

        var counts = Object(set, "OfficialCounts");
        CheckAgainstOfficialCounts(counts, criteria.Count, criteria.Sum(c => c.Indicators.Length));
        return new CriteriaSet(id, version, compiled, criteria.ToImmutable(), preconditions.ToImmutable())
        {
            Level = Enum<Level>(set, "Level") ?? Level.Commune,
            Tier = Enum<Tier>(set, "Tier") ?? Tier.Standard,
            Period = period ?? string.Empty,
            Province = String(set, "Province"),
            Extends = String(set, "Extends"),
            ExtendedIds = extendedIds,
            Removals = removals,
            Name = Text(set, "Name") ?? new LocalizedText(_workflow.Name, _workflow.Name),
            LegalBasis = ReadLegalBasis(Object(set, "LegalBasis")),
            InForceFrom = from ?? DateOnly.MinValue,
            InForceTo = to,
            Requires = ReadRequirement(set),
            CommuneRequirements = ReadCommuneRequirements(set),
            OfficialCriteriaCount = Integer(counts, "Criteria"),
            OfficialIndicatorCount = Integer(counts, "Indicators"),
            ThresholdsBy = String(set, "ThresholdsBy") ?? NtmInputs.Region.Name,
            RegionOverride = ReadRegionOverride(set),
            CommuneGroups = ReadCommuneGroups(set),
            IsComplete = set.TryGetProperty("Complete", out var complete) && complete.ValueKind == JsonValueKind.True,
            Notes = ReadNotes(set),
            SourceFile = _workflow.SourceFile,
        };
    }

    // Counts below what a file encodes cannot both be right; a set short of its counts is never achieved, so a wrong
    // count would either hide a real shortfall or claim one.
    private void CheckAgainstOfficialCounts(JsonElement counts, int criteria, int indicators)
    {
        // Counts a revision keeps from the version it revises are said at its own Set, where it would state them.
        var inherited = KeyOf("Set.OfficialCounts") is null;
        if (Integer(counts, "Criteria") is { } officialCriteria && criteria > officialCriteria)
        {
            Error(
                SetFileMessages.MoreThanItsDecisionHas(true, criteria, officialCriteria, inherited),
                inherited ? "Set" : "Set.OfficialCounts.Criteria"
            );
        }

        if (Integer(counts, "Indicators") is { } officialIndicators && indicators > officialIndicators)
        {
            Error(
                SetFileMessages.MoreThanItsDecisionHas(false, indicators, officialIndicators, inherited),
                inherited ? "Set" : "Set.OfficialCounts.Indicators"
            );
        }
    }

    private Criterion? ReadCriterion(Rule rule, CompiledWorkflow compiled, int index)
    {
        _at = Place.Of(_workflow, rule, rule.Name);

        // An indicator written where criteria go (one an extending file adds without its criterion's override) is said
        // once, not as a criterion lacking its fields.
        if (String(rule.Properties, "Kind") == "indicator")
        {
            var written = String(rule.Properties, "Number") ?? rule.Name;
            return Error<Criterion?>(
                SetFileMessages.IndicatorAmongCriteria(written, written.Contains('.') ? written.Split('.')[0] : null),
                null,
                "Kind"
            );
        }

        var kind = String(rule.Properties, "Kind") switch
        {
            "criterion" => CriterionKind.Criterion,
            "precondition" => CriterionKind.Precondition,
            var other => Error(SetFileMessages.TopLevelKind(other), CriterionKind.Criterion, "Kind"),
        };
        CheckFields(rule.Properties.Keys, RuleFileWords.CriterionFields, "Properties");
        var number = String(rule.Properties, "Number") ?? rule.Name;
        _numbers.Add((false, number, _at, PositionOf("Number")));
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        var compiledRule = compiled.Rules[index];
        for (var i = 0; i < rule.Rules.Length; i++)
        {
            var child = rule.Rules[i];
            _at = Place.Of(_workflow, child, rule.Name, child.Name);
            if (
                child.Enabled
                && ReadIndicator(child, compiled, compiledRule.ChildIndices[indicators.Count]) is { } indicator
            )
            {
                indicators.Add(indicator);
            }
        }

        _at = Place.Of(_workflow, rule, rule.Name);
        if (rule.Operator is not null and not (RuleOperator.And or RuleOperator.AndAlso))
        {
            Error(SetFileMessages.CriterionOperator);
        }

        var complete = rule.Properties.TryGetValue("Complete", out var given)
            ? given.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => Error(SetFileMessages.CriterionComplete(given.GetRawText()), true, "Complete"),
            }
            : true;
        return new Criterion(number, Text(rule.Properties, "Name") ?? Missing("Name"), kind, indicators.ToImmutable())
        {
            IsComplete = complete,
            Status = Status(rule.Properties, "Status") ?? ValueStatus.Unconfirmed,
            Source = String(rule.Properties, "Source"),
            Note = String(rule.Properties, "Note"),
            Prerequisite = String(rule.Properties, "Prerequisite"),
            RuleIndex = index,
        };
    }

    private Indicator? ReadIndicator(Rule rule, CompiledWorkflow compiled, int index)
    {
        var errorsBefore = _errors.Count;
        var p = rule.Properties;
        if (String(p, "Kind") != "indicator")
        {
            return Error<Indicator?>(SetFileMessages.IndicatorKind, null, "Kind");
        }

        CheckFields(p.Keys, RuleFileWords.IndicatorFields, "Properties");
        var number = String(p, "Number") ?? rule.Name;
        _numbers.Add((true, number, _at, PositionOf("Number")));

        var input = String(p, "Input");
        if (_workflow.Inputs.FirstOrDefault(d => d.Name == input) is not { } declaration)
        {
            return Error<Indicator?>(UndeclaredInput("Properties.Input", input), null, "Input");
        }

        var directionWord = String(p, "Direction");
        var named = RuleFileWords.DirectionNamed(directionWord);
        var direction =
            named ?? Error(SetFileMessages.Direction(directionWord), ThresholdDirection.AtLeast, "Direction");
        if (named is { } compared && String(p, "Measure") is null && !compared.Compares(declaration))
        {
            Error(SetFileMessages.DirectionDoesNotCompare(directionWord!, declaration), "Direction");
        }

        var indicator = new Indicator(
            number,
            Text(p, "Name") ?? Missing("Name"),
            declaration.Name,
            direction,
            ReadThresholds(p, direction)
        )
        {
            Measure = String(p, "Measure"),
            Unit = String(p, "Unit"),
            Status = Status(p, "Status") ?? ValueStatus.Unconfirmed,
            NumberStatus = Status(p, "NumberStatus"),
            Source = String(p, "Source"),
            Note = String(p, "Note"),
            AppliesWhen = String(p, "AppliesWhen"),
            CommuneSet = String(p, "CommuneSet"),
            Strengthens = String(p, "Strengthens"),
            RuleIndex = index,
            Origin = (rule.SourceFile ?? _workflow.SourceFile, rule.Position),
        };
        CheckMeasure(indicator, compiled);
        if (_errors.Count == errorsBefore)
        {
            CheckExpressionAgrees(rule, indicator);
        }

        return indicator;
    }

    /// <summary>
    /// A measure is checked as its rule reads it: where no threshold is set, the expression does not hold it, and a
    /// measure that names no input would fail only when a report shows it.
    /// </summary>
    private void CheckMeasure(Indicator indicator, CompiledWorkflow compiled)
    {
        try
        {
            _ = indicator.Measure is { } measure ? compiled.CompileExpression(measure, indicator.RuleIndex) : null;
        }
        catch (RuleFileException e)
        {
            _errors.AddRange(
                e.Errors.Select(error => new RuleFileError(
                    error.Kind,
                    SetFileMessages.InMeasure(error.Text),
                    _at.File,
                    _at.Path,
                    PositionOf("Measure"),
                    error.ExpressionColumn
                ))
            );
        }
    }

    /// <summary>
    /// The table is what an indicator requires; the expression, which RulesEngine needs to run the file, must say the
    /// same, so that no file can state a threshold twice and disagree with itself.
    /// </summary>
    private void CheckExpressionAgrees(Rule rule, Indicator indicator)
    {
        var written = ThresholdExpression.For(indicator, _workflow.GlobalParams);
        if (rule.Expression is { } expression && !ExpressionText.AreSame(expression, written, rule.LocalParams))
        {
            _errors.Add(
                new RuleFileError(
                    RuleFileErrorKind.InvalidValue,
                    SetFileMessages.ExpressionDisagrees(expression, written),
                    _at.File,
                    _at.Path,
                    rule.ExpressionPosition
                )
            );
        }
    }

    private ImmutableArray<Threshold> ReadThresholds(
        IReadOnlyDictionary<string, JsonElement> properties,
        ThresholdDirection direction
    )
    {
        if (
            !properties.TryGetValue("Thresholds", out var rows)
            || rows.ValueKind != JsonValueKind.Array
            || rows.GetArrayLength() == 0
        )
        {
            return Error<ImmutableArray<Threshold>>(SetFileMessages.NoThresholdRows, []);
        }

        var result = ImmutableArray.CreateBuilder<Threshold>();
        var firstWithKey = new Dictionary<(string?, int?, int?), string>();
        var i = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var at = $"Properties.Thresholds[{i++}]";
            foreach (var (problem, field) in _keys.Problems(row, at))
            {
                Error(problem, field);
            }

            // Of two rows with one key, the first decides and the second would never apply: a value lost in silence.
            var (region, group, year) = (String(row, "Region"), Integer(row, "Group"), Integer(row, "Year"));
            if (!firstWithKey.TryAdd((region, group, year), at))
            {
                Error(
                    SetFileMessages.ThresholdKeyTwice(at, firstWithKey[(region, group, year)], region, group, year),
                    at
                );
            }

            var status = String(row, "Status") is { } statusText
                ? ParseStatus(statusText, $"{at}.Status")
                : Error<ValueStatus?>(SetFileMessages.StatusMissing($"{at}.Status"), null, at);
            if (status is null)
            {
                continue;
            }

            var value = row.TryGetProperty("Value", out var v) ? v : default;
            bool wellTyped;
            var parsed = (value.ValueKind, direction) switch
            {
                (JsonValueKind.Null or JsonValueKind.Undefined, _) => Value.Missing,
                (JsonValueKind.Number, _) when direction.ComparesNumbers() => Value.FromNumber(value.GetDouble()),
                (JsonValueKind.True or JsonValueKind.False, _) when !direction.ComparesNumbers() => Value.FromBoolean(
                    value.GetBoolean()
                ),
                _ => Error(
                    SetFileMessages.ThresholdValue(
                        at,
                        direction.ComparesNumbers(),
                        RuleFileWords.Of(direction),
                        value.GetRawText()
                    ),
                    Value.Missing,
                    $"{at}.Value"
                ),
            };
            wellTyped = parsed.HasValue || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

            // A condition is tested as equal to its row's value: false under Direction true would fail every locality
            // where the condition holds, while reports say it must hold.
            if (parsed.Kind == ValueKind.Boolean && parsed.Boolean != (direction == ThresholdDirection.MustHold))
            {
                Error(SetFileMessages.ConditionValue(at, direction == ThresholdDirection.MustHold), $"{at}.Value");
            }

            if (wellTyped && status == ValueStatus.NotSet != !parsed.HasValue)
            {
                Error(SetFileMessages.ValueExactlyWhenSet(at), at);
            }

            result.Add(
                new Threshold
                {
                    Region = region,
                    Group = group,
                    Year = year,
                    Value = parsed,
                    Status = status.Value,
                    Source = String(row, "Source"),
                    Note = String(row, "Note"),
                }
            );
            if (status != ValueStatus.NotSet && String(row, "Source") is null)
            {
                Error(SetFileMessages.ValueWithoutSource(at), at);
            }
        }

        return result.ToImmutable();
    }

    private LegalBasis ReadLegalBasis(JsonElement basis)
    {
        var status = Status(basis, "Status") ?? ValueStatus.Unconfirmed;
        var decision = String(basis, "Decision");
        if (basis.ValueKind != JsonValueKind.Object || (decision is null && status != ValueStatus.NotSet))
        {
            return Error(
                SetFileMessages.LegalBasis,
                new LegalBasis(string.Empty, null, null, ValueStatus.NotSet, null)
            );
        }

        return new LegalBasis(
            decision ?? string.Empty,
            Date(basis, "Date"),
            String(basis, "Annex"),
            status,
            String(basis, "Source")
        )
        {
            AmendedBy =
                basis.TryGetProperty("AmendedBy", out var amended) && amended.ValueKind == JsonValueKind.Array
                    ? amended.EnumerateArray().Select(ReadLegalBasis).ToImmutableArray()
                    : [],
        };
    }

    private SetRequirement? ReadRequirement(JsonElement set)
    {
        var requires = Object(set, "Requires");
        return requires.ValueKind == JsonValueKind.Object && String(requires, "Set") is { } id
            ? new SetRequirement(id, Status(requires, "Status") ?? ValueStatus.Unconfirmed, String(requires, "Note"))
            : null;
    }

    private RegionOverride? ReadRegionOverride(JsonElement set)
    {
        var element = Object(set, "RegionOverride");
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            CheckParam(
                ThresholdExpression.RegionParam,
                ThresholdExpression.RegionExpression(null),
                hasRule: false,
                "RegionOverride"
            );
            return null;
        }

        var when = Object(element, "When");
        if (
            String(element, "Region") is not { } region
            || when.ValueKind != JsonValueKind.Array
            || when.GetArrayLength() == 0
        )
        {
            return Error<RegionOverride?>(SetFileMessages.RegionOverride, null, "Set.RegionOverride");
        }

        if (ReadConditions(when, "Properties.Set.RegionOverride.When") is not { } conditions)
        {
            return null;
        }

        var result = new RegionOverride(
            conditions,
            region,
            Status(element, "Status") ?? ValueStatus.Unconfirmed,
            String(element, "Source")
        );
        CheckParam(
            ThresholdExpression.RegionParam,
            ThresholdExpression.RegionExpression(result),
            hasRule: true,
            "RegionOverride"
        );
        return result;
    }

    /// <summary>
    /// A rule about subjects (a region override, commune groups) is stated once, in Properties; the GlobalParam that
    /// thresholds read must say the same, so that RulesEngine and this library hold the same subjects to the same
    /// values. <paramref name="written"/> is null where Properties state no rule.
    /// </summary>
    /// <param name="name">The GlobalParam.</param>
    /// <param name="written">The expression the rule gives it: what a set without the rule reads when it has
    /// none.</param>
    /// <param name="hasRule">Whether Properties state the rule, so that the param is needed.</param>
    /// <param name="property">The property of Properties.Set that states the rule.</param>
    private void CheckParam(string name, string written, bool hasRule, string property)
    {
        var param = _workflow.GlobalParams.FirstOrDefault(p => p.Name == name);
        if (param is null && hasRule)
        {
            Error(SetFileMessages.ParamMissing(property, name, written));
        }
        else if (param is not null && !ExpressionText.AreSame(param.Expression, written))
        {
            _errors.Add(
                new RuleFileError(
                    RuleFileErrorKind.InvalidValue,
                    SetFileMessages.ParamDisagrees(name, param.Expression, property, hasRule, written),
                    param.SourceFile ?? _workflow.SourceFile,
                    [_workflow.Name, name],
                    param.ExpressionPosition
                )
            );
        }
    }

    /// <summary>Conditions on a subject's facts; null (the problems reported) when one is malformed.</summary>
    private ImmutableArray<SubjectCondition>? ReadConditions(JsonElement list, string at)
    {
        var conditions = ImmutableArray.CreateBuilder<SubjectCondition>();
        var errorsBefore = _errors.Count;
        var index = 0;
        foreach (var condition in list.EnumerateArray())
        {
            var here = $"{at}[{index++}]";
            var input = String(condition, "Input");
            var values = Object(condition, "Values");
            var below = Object(condition, "Below");
            var declaration = _workflow.Inputs.FirstOrDefault(d => d.Name == input);
            if (declaration is null)
            {
                Error(UndeclaredInput($"{here}.Input", input), $"{here}.Input");
            }
            else if (
                declaration.Type == InputType.Boolean
                && values.ValueKind == JsonValueKind.Undefined
                && below.ValueKind == JsonValueKind.Undefined
            )
            {
                conditions.Add(new SubjectCondition(declaration.Name, []));
            }
            else if (
                declaration.Type == InputType.Integer
                && below.ValueKind == JsonValueKind.Undefined
                && values.ValueKind == JsonValueKind.Array
                && values.GetArrayLength() > 0
                && values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out _))
            )
            {
                conditions.Add(
                    new SubjectCondition(declaration.Name, [.. values.EnumerateArray().Select(v => v.GetInt32())])
                );
            }
            else if (
                declaration.IsNumeric
                && values.ValueKind == JsonValueKind.Undefined
                && below.ValueKind == JsonValueKind.Number
            )
            {
                conditions.Add(new SubjectCondition(declaration.Name, [], below.GetDouble()));
            }
            else
            {
                Error(
                    SetFileMessages.ConditionInput(here, input, declaration.Type.ToString().ToLowerInvariant()),
                    here
                );
            }
        }

        return _errors.Count > errorsBefore ? null : conditions.ToImmutable();
    }

    private CommuneGroupRule? ReadCommuneGroups(JsonElement set)
    {
        var element = Object(set, "CommuneGroups");
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            CheckParam(
                ThresholdExpression.GroupParam,
                ThresholdExpression.GroupExpression(null),
                hasRule: false,
                "CommuneGroups"
            );
            return null;
        }

        var groups = Object(element, "Groups");
        var otherwise = Integer(element, "Otherwise");
        if (groups.ValueKind != JsonValueKind.Array || groups.GetArrayLength() == 0 || otherwise is null)
        {
            return Error<CommuneGroupRule?>(SetFileMessages.CommuneGroups, null, "Set.CommuneGroups");
        }

        var definitions = ImmutableArray.CreateBuilder<CommuneGroupDefinition>();
        var index = 0;
        foreach (var group in groups.EnumerateArray())
        {
            var at = $"Properties.Set.CommuneGroups.Groups[{index++}]";
            var when = Object(group, "When");
            if (
                Integer(group, "Group") is not { } number
                || when.ValueKind != JsonValueKind.Array
                || when.GetArrayLength() == 0
            )
            {
                Error(SetFileMessages.GroupNeeds(at), at);
            }
            else if (ReadConditions(when, $"{at}.When") is { } conditions)
            {
                definitions.Add(new CommuneGroupDefinition(number, conditions));
            }
        }

        if (definitions.Count != groups.GetArrayLength())
        {
            return null;
        }

        var rule = new CommuneGroupRule(
            definitions.ToImmutable(),
            otherwise.Value,
            Status(element, "Status") ?? ValueStatus.Unconfirmed,
            String(element, "Source")
        );
        CheckParam(
            ThresholdExpression.GroupParam,
            ThresholdExpression.GroupExpression(rule),
            hasRule: true,
            "CommuneGroups"
        );
        return rule;
    }

    private ImmutableArray<CommuneRequirement> ReadCommuneRequirements(JsonElement set)
    {
        var requires = Object(set, "Requires");
        if (
            requires.ValueKind != JsonValueKind.Object
            || !requires.TryGetProperty("Communes", out var communes)
            || communes.ValueKind != JsonValueKind.Array
        )
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<CommuneRequirement>();
        var index = 0;
        foreach (var commune in communes.EnumerateArray())
        {
            var at = $"Properties.Set.Requires.Communes[{index++}]";
            var share = Object(commune, "Share");
            if (String(commune, "Set") is not { } id)
            {
                Error(SetFileMessages.RequiresSet(at), at);
            }
            else if (
                share.ValueKind != JsonValueKind.Undefined
                && !(share.ValueKind == JsonValueKind.Number && share.GetDouble() is >= 0 and <= 100)
            )
            {
                Error(SetFileMessages.Share(at, share.GetRawText()), $"{at}.Share");
            }
            else
            {
                result.Add(
                    new CommuneRequirement(
                        id,
                        share.ValueKind == JsonValueKind.Number ? share.GetDouble() : 100,
                        Status(commune, "Status") ?? ValueStatus.Unconfirmed
                    )
                );
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<string> ReadNotes(JsonElement set)
    {
        var notes = Object(set, "Notes");
        if (notes.ValueKind == JsonValueKind.Undefined)
        {
            return [];
        }

        return
            notes.ValueKind == JsonValueKind.Array
            && notes.EnumerateArray().All(n => n.ValueKind == JsonValueKind.String)
            ? [.. notes.EnumerateArray().Select(n => n.GetString()!)]
            : Error(SetFileMessages.Notes, ImmutableArray<string>.Empty, "Set.Notes");
    }

    // Where a value of the current rule's (or the workflow's) Properties starts: by its path ("Properties.Thresholds[1]"
    // or "Set.InForce.To"), or, for the set's own metadata, read by helpers that know only a field's name ("From" of
    // InForce), the one value of that name; where the rule starts when the file does not say or the name is ambiguous.
    // A rule's helpers read its top-level fields, whose names are their paths: a value a rule inherits from the set it
    // overrides is not in its file, and no other value of the name stands for it.
    private SourcePosition PositionOf(string? at) =>
        at is not null && KeyOf(at) is { } key ? _at.Positions[key] : _at.Position;

    private string? KeyOf(string at)
    {
        var path = at.StartsWith("Properties.", StringComparison.Ordinal) ? at["Properties.".Length..] : at;
        if (_at.Positions.ContainsKey(path))
        {
            return path;
        }

        return
            _at.Path.Length == 1
            && _at.Positions.Keys.Where(k => k.EndsWith("." + path, StringComparison.Ordinal)).Take(2).ToList()
                is [var only]
            ? only
            : null;
    }

    // A field as a message names it: by its whole path when the file says where it is ("Properties.Set.InForce.From").
    private string FieldPath(string name) => KeyOf(name) is { } key ? $"Properties.{key}" : name;

    private void CheckFields(IEnumerable<string> fields, ImmutableArray<string> known, string at)
    {
        foreach (var field in fields.Where(f => !known.Contains(f)))
        {
            Error(SetFileMessages.UnknownField(at, field, known), $"{at}.{field}");
        }
    }

    private LocalizedText? Text(IReadOnlyDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) ? TextOf(value, name) : null;

    private LocalizedText? Text(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value)
            ? TextOf(value, name)
            : null;

    private LocalizedText? TextOf(JsonElement value, string name)
    {
        if (value.ValueKind == JsonValueKind.Object && String(value, "vi") is { } vi)
        {
            return new LocalizedText(vi, String(value, "en") ?? vi);
        }

        return Error<LocalizedText?>(SetFileMessages.LocalizedText(name), null, name);
    }

    private LocalizedText Missing(string name) =>
        Error(SetFileMessages.Missing(name), new LocalizedText(string.Empty, string.Empty));

    private DateOnly? Date(JsonElement owner, string name)
    {
        if (String(owner, name) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(
            text,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : Error<DateOnly?>(SetFileMessages.Date(FieldPath(name), text), null, name);
    }

    private ValueStatus? Status(IReadOnlyDictionary<string, JsonElement> properties, string name) =>
        ParseStatus(String(properties, name), name);

    private ValueStatus? Status(JsonElement owner, string name) => ParseStatus(String(owner, name), name);

    private ValueStatus? ParseStatus(string? text, string name) =>
        text is null
            ? null
            : RuleFileWords.StatusNamed(text)
                ?? Error<ValueStatus?>(SetFileMessages.Status(FieldPath(name), text), null, name);

    private T? Enum<T>(JsonElement owner, string name)
        where T : struct, System.Enum
    {
        var text = String(owner, name);
        return
            text is not null
            && System.Enum.TryParse<T>(text, ignoreCase: true, out var value)
            && System.Enum.IsDefined(value)
            ? value
            : Error<T?>(
                SetFileMessages.OneOf(name, [.. System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant())], text),
                null,
                name
            );
    }

    private RuleMessage UndeclaredInput(string at, string? input) =>
        SetFileMessages.UndeclaredInput(
            at,
            input,
            input is null ? null : Spelling.Meant(input, _workflow.Inputs.Select(d => d.Name))
        );

    /// <param name="message">What is wrong.</param>
    /// <param name="at">The value at fault, by its path in Properties, or its field's name (see
    /// <see cref="PositionOf"/>); null when no value is (a field missing): the error is then where the rule starts.
    /// </param>
    private void Error(RuleMessage message, string? at = null) => Error<object?>(message, null, at);

    private T Error<T>(RuleMessage message, T fallback, string? at = null)
    {
        _errors.Add(new RuleFileError(RuleFileErrorKind.InvalidValue, message, _at.File, _at.Path, PositionOf(at)));
        return fallback;
    }
}
