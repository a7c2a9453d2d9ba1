namespace Ntm.Criteria.Benchmarks;

/// <summary>The commune as a person would model it for one set: a plain class of nullable fields.</summary>
public sealed class PlainCommune
{
    public string? Region;
    public bool? UsesNorthernMountainThresholds;
    public bool? HasApprovedCommunePlan, HasPlanManagementRules;
    public double? PavedCommuneRoadRate, IrrigatedFarmlandRate;
    public bool? DisasterPreparednessMet, PowerGridMeetsStandard, HasCulturalHouseAndSportsGround, HasPlaySpacesForChildrenAndElderly;
    public double? VillagesWithCulturalHouseRate;
    public bool? HasRuralMarket, HasPostalServicePoint, HasTelecomAndInternet, HasRadioAndLoudspeakers, UsesItInAdministration;
    public bool? HasTemporaryOrDilapidatedHouses;
    public bool? HasEffectiveCooperative, HasValueChainLinkage, HasProductTraceability, HasTraditionalCraft, HasTraditionalCraftPlan;
    public bool? UniversalEducationMet, MeetsNationalHealthStandard;
    public double? ChildStuntingRate, EHealthRecordRate, EnvironmentallyCompliantEstablishmentRate, FoodSafetyComplianceRate, MassOrganisationsRatedGoodRate;
    public bool? LandscapeGreenCleanSafe, BurialPerPlan, WasteAndWastewaterHandled;
    public bool? OfficialsMeetStandards, PartyAndGovernmentRatedGood, AccessToLawStandardMet, GenderEqualityAndProtectionMet;
    public bool? MilitiaStrongAndWidespread, SecurityAndOrderStandardMet;

    public static PlainCommune From(IReadOnlyDictionary<string, object?> values)
    {
        var commune = new PlainCommune();
        foreach (var field in typeof(PlainCommune).GetFields())
        {
            if (values.TryGetValue(field.Name, out var value) && value is not null)
            {
                field.SetValue(commune, field.FieldType == typeof(double?) ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : value);
            }
        }

        return commune;
    }
}

/// <summary>
/// The baseline: national/2021-2025/commune-standard (as amended 01/03/2024) written by hand as plain ifs, the fastest
/// honest code for that one set. Open thresholds are not achieved; a missing value is not achieved; 13.4 does not
/// apply without a traditional craft. Checked against the engine's counts on every generated commune before timing.
/// </summary>
public static class HandWrittenStandard
{
    public static (int Criteria, int Indicators) Count(PlainCommune c)
    {
        int criteria = 0, indicators = 0;
        var region = c.UsesNorthernMountainThresholds == true ? "TDMNPB" : c.Region;

        // Each criterion: its indicators that pass, out of how many it has.
        void Criterion(int passed, int total)
        {
            indicators += passed;
            criteria += passed == total ? 1 : 0;
        }

        static int B(bool? value) => value == true ? 1 : 0;
        static int AtLeast(double? value, double threshold) => value >= threshold ? 1 : 0;

        Criterion(B(c.HasApprovedCommunePlan) + B(c.HasPlanManagementRules), 2);
        Criterion(AtLeast(c.PavedCommuneRoadRate, 100), 4); // 2.2-2.4 open
        Criterion(AtLeast(c.IrrigatedFarmlandRate, 80) + B(c.DisasterPreparednessMet), 2);
        Criterion(B(c.PowerGridMeetsStandard), 2); // 4.2 open
        Criterion(0, 1); // 5 open
        Criterion(B(c.HasCulturalHouseAndSportsGround) + B(c.HasPlaySpacesForChildrenAndElderly) + AtLeast(c.VillagesWithCulturalHouseRate, 100), 3);
        Criterion(B(c.HasRuralMarket), 1);
        Criterion(B(c.HasPostalServicePoint) + B(c.HasTelecomAndInternet) + B(c.HasRadioAndLoudspeakers) + B(c.UsesItInAdministration), 4);
        Criterion(c.HasTemporaryOrDilapidatedHouses == false ? 1 : 0, 2); // 9.2 open
        Criterion(0, 1); // 10 open
        Criterion(0, 1); // 11 open
        Criterion(0, 2); // 12.1, 12.2 open
        var craftPlan = c.HasTraditionalCraft == false || (c.HasTraditionalCraft == true && c.HasTraditionalCraftPlan == true) ? 1 : 0;
        Criterion(B(c.HasEffectiveCooperative) + B(c.HasValueChainLinkage) + B(c.HasProductTraceability) + craftPlan, 5); // 13.5 open
        Criterion(B(c.UniversalEducationMet), 3); // 14.2, 14.3 open
        double? stunting = region switch
        {
            "TDMNPB" => 24, "DBSH" => 16.5, "BTB" => 25, "DHNTB" => 22, "TN" => 26.5, "DNB" => 14.5, "DBSCL" => 19, _ => null,
        };
        double? eHealth = region switch { "TDMNPB" => 50, "DBSH" => 70, _ => null };
        var stuntingMet = stunting is { } s && c.ChildStuntingRate <= s ? 1 : 0;
        var eHealthMet = eHealth is { } e && c.EHealthRecordRate >= e ? 1 : 0;
        Criterion(B(c.MeetsNationalHealthStandard) + stuntingMet + eHealthMet, 4); // 15.1 open
        Criterion(0, 1); // 16 open
        Criterion(AtLeast(c.EnvironmentallyCompliantEstablishmentRate, 100) + B(c.LandscapeGreenCleanSafe) + B(c.BurialPerPlan)
            + B(c.WasteAndWastewaterHandled) + AtLeast(c.FoodSafetyComplianceRate, 100), 11); // 17.1, .4, .7, .8, .10, .11 open
        Criterion(B(c.OfficialsMeetStandards) + B(c.PartyAndGovernmentRatedGood) + AtLeast(c.MassOrganisationsRatedGoodRate, 100)
            + B(c.AccessToLawStandardMet) + B(c.GenderEqualityAndProtectionMet), 6); // 18.6 open
        Criterion(B(c.MilitiaStrongAndWidespread) + B(c.SecurityAndOrderStandardMet), 2);
        return (criteria, indicators);
    }
}
