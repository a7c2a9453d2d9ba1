using System.CommandLine;
using Ntm.Criteria.Cli.Output;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// <c>ntm sets</c>: the shipped criteria sets, every version, with what they hold and what is still open.
/// </summary>
internal static class SetsCommand
{
    public static Command Create(CliConsole console, CatalogOption catalog, LanguageOption language, Texts help)
    {
        var format = CliApp.FormatOption(help, "table", "markdown");
        var command = new Command("sets", help.SetsCommandHelp) { format };
        command.SetAction(result =>
        {
            var texts = language.Get(result);
            DocumentWriter
                .For(result.GetValue(format)!, console.Out, texts)
                .Write(List(catalog.Get(result, texts), texts));
            return ExitCode.Ok;
        });
        return command;
    }

    public static IEnumerable<Block> List(CriteriaCatalog catalog, Texts t)
    {
        var columns = new GridColumn[]
        {
            new(t.Set),
            new(t.Version),
            new(t.Level),
            new(t.Tier),
            new(t.Period),
            new(t.Decision),
            new(t.InForce),
            new($"{t.CriteriaShort} ({t.Criteria})", AlignRight: true),
            new($"{t.IndicatorsShort} ({t.Indicators})", AlignRight: true),
            new(t.ThresholdsSet, AlignRight: true),
            new(t.Unconfirmed, AlignRight: true),
            new(t.OpenThresholds, AlignRight: true),
        };
        var rows = catalog.Sets.Select(set =>
        {
            var completeness = SetCompleteness.Of(set);
            return (IReadOnlyList<string>)
                [
                    set.Id,
                    set.Version,
                    t.LevelName(set.Level),
                    t.TierName(set.Tier),
                    set.Period,
                    Texts.DecisionOf(set.LegalBasis),
                    t.InForceRange(set),
                    $"{completeness.Criteria}/{t.CountOrUnknown(completeness.OfficialCriteria)}",
                    $"{completeness.Indicators}/{t.CountOrUnknown(completeness.OfficialIndicators)}",
                    completeness.ThresholdsSet.ToString(t.Numbers),
                    completeness.ThresholdsUnconfirmed.ToString(t.Numbers),
                    completeness.ThresholdsOpen.ToString(t.Numbers),
                ];
        });
        var notes = catalog
            .Sets.Where(s => s.Extends is not null)
            .Select(t.ExtendsNote)
            .Concat(catalog.Replacements.Select(t.Replaces))
            .Concat(
                catalog
                    .Sets.Where(s => s.Extends is null)
                    .Select(s => (Set: s, Origin: SetOrigin.Of(s)))
                    .Where(s => s.Origin is { File: not null, InPlaceOfShipped: false })
                    .Select(s => t.NotShipped(s.Set, s.Origin.Named!))
            )
            .Concat(
                catalog
                    .Sets.Select(s => (Set: s, Later: SetReference.TakenInPlaceFrom(catalog, s)))
                    .Where(s => s.Later is not null)
                    .Select(s => t.TakenInPlaceFrom(s.Set, s.Later!))
            )
            .ToList();
        return notes.Count == 0 ? [new Grid(columns, [.. rows])] : [new Grid(columns, [.. rows]), new Bullets(notes)];
    }
}
