using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Benchmarks;

/// <summary>One indicator's line of the hand-written report: its outcome, the value read and the value required.</summary>
public readonly record struct HandWrittenResult(Outcome Outcome, double? Actual, double? Required)
{
    public bool CountsAsAchieved => Outcome is Outcome.Achieved or Outcome.NotApplicable;
}

/// <summary>The hand-written report: each criterion's outcome and each indicator's line, in official order.</summary>
public sealed record HandWrittenReport(Outcome[] Criteria, HandWrittenResult[] Indicators, int[] CriterionStarts);

/// <summary>
/// The like-for-like baseline of a full report: <see cref="HandWrittenStandard"/> written to say, per indicator, what
/// the engine's report says (achieved, not achieved, missing data, threshold not set, not applicable) with the value
/// read and the value required, and per criterion its worst indicator's outcome. Checked against the engine's
/// outcomes on every generated commune before timing.
/// </summary>
public static class HandWrittenStandardReport
{
    private static readonly int[] IndicatorsPerCriterion = [2, 4, 2, 2, 1, 3, 1, 4, 2, 1, 1, 2, 5, 3, 4, 1, 11, 6, 2];

    private static readonly int[] CriterionStarts = [.. IndicatorsPerCriterion.Select((_, g) => IndicatorsPerCriterion.Take(g).Sum()), IndicatorsPerCriterion.Sum()];

    public static HandWrittenReport Report(PlainCommune c)
    {
        var lines = new HandWrittenResult[CriterionStarts[^1]];
        var i = 0;
        var region = c.UsesNorthernMountainThresholds == true ? "TDMNPB" : c.Region;

        void Holds(bool? value, bool wanted = true) =>
            lines[i++] = new(value is not { } v ? Outcome.MissingData : v == wanted ? Outcome.Achieved : Outcome.NotAchieved, value is { } x ? (x ? 1 : 0) : null, wanted ? 1 : 0);
        void AtLeast(double? value, double required) =>
            lines[i++] = new(value is not { } v ? Outcome.MissingData : v >= required ? Outcome.Achieved : Outcome.NotAchieved, value, required);
        void AtMost(double? value, double required) =>
            lines[i++] = new(value is not { } v ? Outcome.MissingData : v <= required ? Outcome.Achieved : Outcome.NotAchieved, value, required);
        void Regional(double? value, double? required, bool atMost)
        {
            if (required is not { } r)
            {
                lines[i++] = new(Outcome.ThresholdNotSet, value, null);
            }
            else if (atMost)
            {
                AtMost(value, r);
            }
            else
            {
                AtLeast(value, r);
            }
        }

        void Open(int count)
        {
            for (var k = 0; k < count; k++)
            {
                lines[i++] = new(Outcome.ThresholdNotSet, null, null);
            }
        }

        Holds(c.HasApprovedCommunePlan); Holds(c.HasPlanManagementRules);
        AtLeast(c.PavedCommuneRoadRate, 100); Open(3);
        AtLeast(c.IrrigatedFarmlandRate, 80); Holds(c.DisasterPreparednessMet);
        Holds(c.PowerGridMeetsStandard); Open(1);
        Open(1);
        Holds(c.HasCulturalHouseAndSportsGround); Holds(c.HasPlaySpacesForChildrenAndElderly); AtLeast(c.VillagesWithCulturalHouseRate, 100);
        Holds(c.HasRuralMarket);
        Holds(c.HasPostalServicePoint); Holds(c.HasTelecomAndInternet); Holds(c.HasRadioAndLoudspeakers); Holds(c.UsesItInAdministration);
        Holds(c.HasTemporaryOrDilapidatedHouses, wanted: false); Open(1);
        Open(1);
        Open(1);
        Open(2);
        Holds(c.HasEffectiveCooperative); Holds(c.HasValueChainLinkage); Holds(c.HasProductTraceability);
        if (c.HasTraditionalCraft == false)
        {
            lines[i++] = new(Outcome.NotApplicable, c.HasTraditionalCraftPlan is { } plan ? (plan ? 1 : 0) : null, 1);
        }
        else if (c.HasTraditionalCraft is null)
        {
            lines[i++] = new(Outcome.MissingData, c.HasTraditionalCraftPlan is { } plan ? (plan ? 1 : 0) : null, 1);
        }
        else
        {
            Holds(c.HasTraditionalCraftPlan);
        }

        Open(1);
        Holds(c.UniversalEducationMet); Open(2);
        Open(1); Holds(c.MeetsNationalHealthStandard);
        double? stunting = region switch
        {
            "TDMNPB" => 24, "DBSH" => 16.5, "BTB" => 25, "DHNTB" => 22, "TN" => 26.5, "DNB" => 14.5, "DBSCL" => 19, _ => null,
        };
        double? eHealth = region switch { "TDMNPB" => 50, "DBSH" => 70, _ => null };
        if (region is null)
        {
            lines[i++] = new(Outcome.MissingData, c.ChildStuntingRate, null);
            lines[i++] = new(Outcome.MissingData, c.EHealthRecordRate, null);
        }
        else
        {
            Regional(c.ChildStuntingRate, stunting, atMost: true);
            Regional(c.EHealthRecordRate, eHealth, atMost: false);
        }

        Open(1);
        Open(1); AtLeast(c.EnvironmentallyCompliantEstablishmentRate, 100); Holds(c.LandscapeGreenCleanSafe); Open(1); Holds(c.BurialPerPlan);
        Holds(c.WasteAndWastewaterHandled); Open(2); AtLeast(c.FoodSafetyComplianceRate, 100); Open(2);
        Holds(c.OfficialsMeetStandards); Holds(c.PartyAndGovernmentRatedGood); AtLeast(c.MassOrganisationsRatedGoodRate, 100);
        Holds(c.AccessToLawStandardMet); Holds(c.GenderEqualityAndProtectionMet); Open(1);
        Holds(c.MilitiaStrongAndWidespread); Holds(c.SecurityAndOrderStandardMet);

        // A criterion is its worst indicator: a failure, then missing data, then an open threshold.
        var criteria = new Outcome[IndicatorsPerCriterion.Length];
        for (var g = 0; g < criteria.Length; g++)
        {
            var worst = Outcome.Achieved;
            for (var k = CriterionStarts[g]; k < CriterionStarts[g + 1]; k++)
            {
                worst = lines[k].Outcome switch
                {
                    Outcome.NotAchieved => Outcome.NotAchieved,
                    Outcome.MissingData when worst is not Outcome.NotAchieved => Outcome.MissingData,
                    Outcome.ThresholdNotSet when worst is Outcome.Achieved => Outcome.ThresholdNotSet,
                    _ => worst,
                };
            }

            criteria[g] = worst;
        }

        return new HandWrittenReport(criteria, lines, CriterionStarts);
    }

    /// <summary>What reading it costs, as <see cref="OneCommuneBenchmarks.Detail"/> reads the engine's report.</summary>
    public static int Detail(HandWrittenReport report)
    {
        var total = 0;
        for (var g = 0; g < report.Criteria.Length; g++)
        {
            total += report.Criteria[g] == Outcome.Achieved ? 1 : 0;
            for (var k = report.CriterionStarts[g]; k < report.CriterionStarts[g + 1]; k++)
            {
                ref readonly var line = ref report.Indicators[k];
                total += (line.CountsAsAchieved ? 1 : 0) + (line.Actual.HasValue ? 2 : 0) + (line.Required is null ? 0 : 4);
            }
        }

        return total;
    }

    /// <summary>The baseline is only a baseline if it says what the engine says: every outcome, checked before timing.</summary>
    public static void CheckAgrees(CriteriaSet set, IReadOnlyList<InputRecord> records, IReadOnlyList<PlainCommune> plain)
    {
        for (var n = 0; n < records.Count; n++)
        {
            var engine = set.Evaluate(records[n]);
            var hand = Report(plain[n]);
            var indicators = engine.Criteria.SelectMany(criterion => criterion.Indicators).Select(result => (result.Indicator.Number, result.Outcome)).ToList();
            for (var k = 0; k < indicators.Count; k++)
            {
                if (indicators[k].Outcome != hand.Indicators[k].Outcome)
                {
                    throw new InvalidOperationException($"Commune {n}, indicator {indicators[k].Number}: the engine says {indicators[k].Outcome}, the hand-written report {hand.Indicators[k].Outcome}.");
                }
            }

            var criteria = engine.Criteria.Select(criterion => criterion.Outcome).ToArray();
            if (indicators.Count != hand.Indicators.Length || !criteria.SequenceEqual(hand.Criteria))
            {
                throw new InvalidOperationException($"Commune {n}: the engine's criteria are {string.Join(", ", criteria)}, the hand-written report's {string.Join(", ", hand.Criteria)}.");
            }
        }
    }
}
