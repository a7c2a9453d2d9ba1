using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// Writes a criteria sheet as a rule file (docs/criteria-files.md): the set it was exported from, with the sheet's
/// facts, criteria, indicators and threshold tables, each indicator's expression written from its table. What a sheet
/// does not show (params, measures, links between sets, notes on the set) is the exported set's.
/// </summary>
internal static class SetFileBuilder
{
    /// <summary>
    /// The file's JSON, and the inputs file it reads (the exported set's, named again rather than copied, so that the
    /// file reads the vocabulary of whichever version of ntm loads it); <see cref="ImportedSet.FileIn"/> names it from
    /// where the file is written. Only the inputs the exported set adds to it, and the sheet's new ones, are declared in
    /// the file.
    /// </summary>
    public static (JsonObject File, InputsFileReference? InputsFile) Build(
        CriteriaSet exported,
        SheetFacts facts,
        List<CriterionRow> criteria,
        List<InputDeclaration> inputs
    )
    {
        var workflow = exported.Workflow.Workflow;
        var baseRules = workflow.Rules.ToDictionary(r => NumberOf(r), StringComparer.Ordinal);
        var baseIndicators = workflow
            .Rules.SelectMany(r => r.Rules)
            .GroupBy(r => NumberOf(r), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var (region, group) = (
            ThresholdExpression.RegionOf(workflow.GlobalParams),
            ThresholdExpression.GroupOf(workflow.GlobalParams)
        );

        // The exported workflow without its rules gives the name, params and properties; inputs and rules are the
        // sheet's. Another set (a province's, started from the national one) is a workflow of its own name, as every
        // shipped set is: RulesEngine keys workflows by name, and two files of one name would pass for each other.
        var file = WorkflowJson.ToJson(workflow with { Rules = [] });
        if (facts.Id != exported.Id)
        {
            file["WorkflowName"] = facts.Id;
        }

        var inputsFile =
            workflow.InputsFile is { } read && inputs.Take(read.Inputs.Count).SequenceEqual(read.Inputs.Declarations)
                ? read
                : null;
        var own = inputs.Skip(inputsFile?.Inputs.Count ?? 0).ToList();
        Put(file, "Inputs", own.Count > 0 ? new JsonArray([.. own.Select(WorkflowJson.ToJson)]) : null);
        var properties = file["Properties"] as JsonObject ?? [];
        properties["Set"] = SetObject(exported, facts, properties["Set"] as JsonObject);
        file["Properties"] = properties;

        // In official order whatever the sheet's: a spreadsheet's sort puts "10" before "2". Preconditions come
        // first, as every set writes them.
        file["Rules"] = new JsonArray([
            .. criteria
                .OrderBy(c => !c.IsPrecondition)
                .ThenBy(c => c.Number, OfficialNumberComparer.Instance)
                .Select(c =>
                    (JsonNode)Criterion(c, baseRules.GetValueOrDefault(c.Number), baseIndicators, region, group)
                ),
        ]);
        return (file, inputsFile);
    }

    private static JsonObject SetObject(CriteriaSet exported, SheetFacts facts, JsonObject? original)
    {
        var set = original ?? [];
        set.Remove("Extends");
        var sameVersion = facts.Id == exported.Id && facts.Version == exported.Version;
        if (facts.Id != exported.Id)
        {
            // Another set (a province's, started from the national one) does not inherit what was said of that one.
            set.Remove("Notes");
            set.Remove("OfficialCounts");
            set.Remove("Complete");
        }

        set["Id"] = facts.Id;
        set["Version"] = facts.Version;

        // A file of its own states what it used to take from the set it extended.
        set["Level"] ??= RuleFileWords.Of(exported.Level);
        set["Tier"] ??= RuleFileWords.Of(exported.Tier);
        set["Period"] ??= exported.Period;
        set["ThresholdsBy"] ??= exported.ThresholdsBy;
        Put(set, "Province", facts.Province);

        set["Name"] = new JsonObject { ["vi"] = facts.NameVietnamese, ["en"] = facts.NameEnglish };

        // A corrected copy keeps what the sheet does not show of its legal basis and dates; a new version states its
        // own.
        var basis = sameVersion && set["LegalBasis"] is JsonObject b ? b : [];
        Put(basis, "Decision", facts.Decision);
        Put(basis, "Date", facts.DecisionDate is { } date ? Iso(date) : null);
        Put(basis, "Annex", facts.Annex);
        Put(basis, "Status", facts.DecisionStatus is { } status ? RuleFileWords.Of(status) : null);
        Put(basis, "Source", facts.DecisionSource);
        set["LegalBasis"] = basis;
        var inForce = sameVersion && set["InForce"] is JsonObject f ? f : [];
        Put(inForce, "From", facts.InForceFrom is { } from ? Iso(from) : null);
        Put(inForce, "To", facts.InForceTo is { } to ? Iso(to) : null);
        set["InForce"] = inForce;

        // Counts as exported keep what the file said of them (or, for another set, say nothing); counts an office
        // changed rest on the decision the sheet cites, and are no surer than it, though given.
        if (
            facts.OfficialCounts is { } counts
            && counts != (exported.OfficialCriteriaCount, exported.OfficialIndicatorCount)
        )
        {
            var stated = new JsonObject { ["Criteria"] = counts.Criteria, ["Indicators"] = counts.Indicators };
            var known = counts.Criteria is not null || counts.Indicators is not null;
            stated["Status"] = RuleFileWords.Of(
                !known ? ValueStatus.NotSet
                : facts.DecisionStatus is ValueStatus.Confirmed ? ValueStatus.Confirmed
                : ValueStatus.Unconfirmed
            );
            Put(stated, "Source", known ? facts.DecisionSource : null);
            set["OfficialCounts"] = stated;
        }

        return Ordered(set, RuleFileWords.SetFields);
    }

    private static JsonObject Criterion(
        CriterionRow row,
        Rule? original,
        Dictionary<string, Rule> baseIndicators,
        string region,
        string group
    )
    {
        var rule = original is null
            ? new JsonObject { ["RuleName"] = row.Number }
            : WorkflowJson.ToJson(original with { Rules = [] });
        var properties = rule["Properties"] as JsonObject ?? [];
        properties["Kind"] = row.IsPrecondition ? "precondition" : "criterion";
        properties["Number"] = row.Number;
        properties["Name"] = Name(row.Name);
        properties["Status"] = RuleFileWords.Of(row.Status);
        Put(properties, "Source", row.Source);
        Put(properties, "Note", row.Note);
        if (row.Indicators.Count == 0)
        {
            // A criterion whose indicators are not encoded is a leaf that says "not achieved".
            rule["Expression"] = original?.Rules.IsEmpty == true && original.Expression is { } kept ? kept : "false";
            rule.Remove("Operator");
            properties["Encoded"] = false;
            properties.Remove("Complete");
        }
        else
        {
            rule.Remove("Expression");
            rule["Operator"] = original?.Operator?.ToString() ?? "And";
            properties.Remove("Encoded");
            if (row.IsComplete)
            {
                properties.Remove("Complete");
            }
            else
            {
                properties["Complete"] = false;
            }

            rule["Rules"] = new JsonArray([
                .. row
                    .Indicators.OrderBy(i => i.Number, OfficialNumberComparer.Instance)
                    .Select(i => (JsonNode)Indicator(i, baseIndicators.GetValueOrDefault(i.Number), region, group)),
            ]);
        }

        rule["Properties"] = Ordered(properties, RuleFileWords.CriterionFields);
        return Ordered(rule, ["RuleName", "Operator", "LocalParams", "Expression", "Properties", "Rules"]);
    }

    private static JsonObject Indicator(IndicatorRow row, Rule? original, string region, string group)
    {
        var rule = original is null ? new JsonObject { ["RuleName"] = row.Number } : WorkflowJson.ToJson(original);
        var properties = rule["Properties"] as JsonObject ?? [];
        properties["Kind"] = "indicator";
        properties["Number"] = row.Number;
        properties["Name"] = Name(row.Name);
        properties["Status"] = RuleFileWords.Of(row.Status);
        Put(properties, "Source", row.Source);
        Put(properties, "Note", row.Note);
        properties["Input"] = row.InputName;
        properties["Direction"] = RuleFileWords.Of(row.Direction);
        Put(properties, "Unit", row.Unit);
        Put(properties, "AppliesWhen", row.AppliesWhen);
        properties["Thresholds"] = new JsonArray([.. row.Thresholds.Select(t => (JsonNode)Row(t))]);
        var measure = properties["Measure"]?.GetValue<string>() ?? $"input.{row.InputName}";
        rule["Expression"] = ThresholdExpression.Write(measure, row.Direction, row.Thresholds, region, group);
        rule["Properties"] = Ordered(properties, RuleFileWords.IndicatorFields);
        return Ordered(rule, ["RuleName", "LocalParams", "Expression", "Properties"]);
    }

    private static JsonObject Row(Threshold threshold)
    {
        var row = new JsonObject();
        Put(row, "Region", threshold.Region);
        Put(row, "Group", threshold.Group);
        Put(row, "Year", threshold.Year);

        row["Value"] = threshold.Value switch
        {
            { HasValue: false } => null,
            { Kind: ValueKind.Number } v => JsonValue.Create(v.Number),
            var v => JsonValue.Create(v.Boolean),
        };
        row["Status"] = RuleFileWords.Of(threshold.Status);
        Put(row, "Source", threshold.Source);
        Put(row, "Note", threshold.Note);
        return row;
    }

    private static JsonObject Name(LocalizedText name) => new() { ["vi"] = name.Vietnamese, ["en"] = name.English };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Sets a member, or removes it where the sheet leaves it empty.</summary>
    private static void Put(JsonObject json, string name, JsonNode? value)
    {
        if (value is null)
        {
            json.Remove(name);
        }
        else
        {
            json[name] = value;
        }
    }

    /// <summary>
    /// The same object with the named keys first, in that order, and the others after them in ordinal order.
    /// </summary>
    private static JsonObject Ordered(JsonObject json, ImmutableArray<string> first)
    {
        var entries = json.ToList();
        json.Clear();
        return new JsonObject(
            entries
                .OrderBy(e => first.IndexOf(e.Key) is var i and >= 0 ? i : first.Length)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
        );
    }

    private static string NumberOf(Rule rule) =>
        rule.Properties.TryGetValue("Number", out var number)
        && number.ValueKind == System.Text.Json.JsonValueKind.String
            ? number.GetString()!
            : rule.Name;
}
