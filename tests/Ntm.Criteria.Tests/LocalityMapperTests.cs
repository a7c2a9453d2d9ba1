using System.Collections.Immutable;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

public class LocalityMapperTests
{
    public sealed class CommuneRow
    {
        public string? CommuneId { get; init; }

        public string? CommuneName { get; init; }

        public string? District { get; init; }

        public string? Province { get; init; }

        public Region? Region { get; init; }

        public int? AssessmentYear { get; init; }

        public decimal? multidimensionalpovertyrate { get; init; }

        [NtmInput("ChildStuntingRate")]
        public float Stunting { get; init; }

        public bool? HasApprovedCommunePlan { get; init; }

        [NtmIgnore]
        public double IncomePerCapita { get; init; } = -5;

        public string? Remarks { get; init; }
    }

    [Fact]
    public void Map_MatchesByNameIgnoringCaseByAttributeAndSkipsIgnored()
    {
        var mapper = LocalityReader.For<CommuneRow>();

        var locality = mapper.Map(
            new CommuneRow
            {
                CommuneId = "HN-001",
                CommuneName = "Xã Tân Lập",
                District = "Đan Phượng",
                Province = "Hà Nội",
                Region = Region.DBSH,
                AssessmentYear = 2024,
                multidimensionalpovertyrate = 1.25m,
                Stunting = 12.5f,
            }
        );

        Assert.Equal("HN-001", locality.Id);
        Assert.Equal(("Xã Tân Lập", "Đan Phượng", "Hà Nội"), (locality.Name, locality.District, locality.Province));
        Assert.Equal(Region.DBSH, locality.Inputs.Get(NtmInputs.Region));
        Assert.Equal(2024, locality.Inputs.Get(NtmInputs.AssessmentYear));
        Assert.Equal(1.25, locality.Inputs.Get(NtmInputs.MultidimensionalPovertyRate));
        Assert.Equal(12.5, locality.Inputs.Get(NtmInputs.ChildStuntingRate));
        Assert.Null(locality.Inputs.Get(NtmInputs.HasApprovedCommunePlan));
        Assert.Null(locality.Inputs.Get(NtmInputs.IncomePerCapita));
        Assert.Equal("Remarks", Assert.Single(mapper.UnmappedProperties));
        Assert.Equal("ChildStuntingRate", mapper.InputsByProperty["Stunting"]);
    }

    [Fact]
    public void Map_RefusedValues_NameTheCommuneTheInputsAndTheValues()
    {
        var mapper = LocalityReader.For<CommuneRow>();
        var row = new CommuneRow
        {
            CommuneId = "HN-002",
            CommuneName = "Xã Hồng Hà",
            multidimensionalpovertyrate = 120m,
            Stunting = -1f,
            AssessmentYear = 1990,
        };

        var exception = Assert.Throws<LocalityInputException>(() => mapper.Map(row));

        Assert.Equal(
            """
            Locality 'HN-002' (Xã Hồng Hà): 3 input values refused:
              input 'AssessmentYear': 1990 is outside the valid range [2010, 2100]
              input 'MultidimensionalPovertyRate': 120 is outside the valid range [0, 100]
              input 'ChildStuntingRate': -1 is outside the valid range [0, 100]
            """.ReplaceLineEndings(),
            exception.Message
        );
        Assert.Equal("HN-002", exception.LocalityId);
        Assert.False(mapper.TryMap(row, out var locality, out var errors));
        Assert.Null(locality);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Map_UndefinedEnumValue_IsRefused()
    {
        var exception = Assert.Throws<LocalityInputException>(() =>
            LocalityReader.For<CommuneRow>().Map(new CommuneRow { CommuneId = "X", Region = (Region)9 })
        );

        Assert.Equal(
            "Locality 'X': input 'Region': \"9\" is not one of TDMNPB (Trung du và miền núi phía Bắc), DBSH (Đồng bằng "
                + "sông Hồng), BTB (Bắc Trung Bộ), DHNTB (Duyên hải Nam Trung Bộ), TN (Tây Nguyên), DNB (Đông Nam Bộ), "
                + "DBSCL (Đồng bằng sông Cửu Long)",
            exception.Message
        );
    }

    public sealed record WithoutId(double StandardSchoolRate);

    [Fact]
    public void Map_LocalityWithoutId_IsNamedAsSuch()
    {
        var exception = Assert.Throws<LocalityInputException>(() =>
            LocalityReader.For<WithoutId>().Map(new WithoutId(101))
        );

        Assert.Equal(
            "A locality without id: input 'StandardSchoolRate': 101 is outside the valid range [0, 100]",
            exception.Message
        );
    }

    public sealed record BadTypes(
        bool MultidimensionalPovertyRate,
        double HasApprovedCommunePlan,
        [property: NtmInput("NoSuchInput")] double X,
        [property: NtmInput("IrrigatedFarmlandRat")] double Y,
        int Region,
        DateTime Id
    );

    [Fact]
    public void Create_MappingThatCannotWork_ListsEveryProblem()
    {
        var exception = Assert.Throws<ArgumentException>(() => LocalityReader.For<BadTypes>());

        Assert.Equal(
            "BadTypes cannot be mapped to the inputs: property MultidimensionalPovertyRate of type Boolean cannot "
                + "give the number input MultidimensionalPovertyRate; "
                + "property HasApprovedCommunePlan of type Double cannot give the boolean input "
                + "HasApprovedCommunePlan; property X names the input 'NoSuchInput', which is not declared; "
                + "property Y names the input 'IrrigatedFarmlandRat', which is not declared (did you mean "
                + "IrrigatedFarmlandRate?); property Region of type Int32 cannot give the enumeration input Region; "
                + "property Id of type DateTime cannot give a locality's identity (use text or a number).",
            exception.Message
        );
    }

    public sealed record Misspelt(string Id, double IrrigatedFarmlandRatee, string? Remarks);

    public sealed record MisspeltButIgnored(string Id, [property: NtmIgnore] double IrrigatedFarmlandRatee);

    [Fact]
    public void Create_AMemberASlipAwayFromAnInput_IsRefusedWithTheInputMeant_NotLeftUnmappedUnsaid()
    {
        // Unmapped, the member left the input missing for every locality: "missing data" without a word.
        var exception = Assert.Throws<ArgumentException>(() => LocalityReader.For<Misspelt>());

        Assert.Equal(
            "Misspelt cannot be mapped to the inputs: property IrrigatedFarmlandRatee matches no input (did you mean "
                + "IrrigatedFarmlandRate?): name it IrrigatedFarmlandRate, map it with "
                + "[NtmInput(\"IrrigatedFarmlandRate\")], or leave it out with [NtmIgnore].",
            exception.Message
        );
        Assert.Empty(LocalityReader.For<MisspeltButIgnored>().UnmappedProperties);
    }

    public sealed record EndsOfInputs(string CommuneId, int? Group, int Zone, string? Cluster, string? Remarks);

    [Fact]
    public void Create_AMemberNamedWithTheLastWordsOfOneInput_IsRefusedWithTheInput()
    {
        // "Group" left unread, a province's commune group was placed from the facts without a word. A member of a type
        // that cannot give the input ("Cluster", text, beside HasRuralCraftCluster) is the caller's own.
        var exception = Assert.Throws<ArgumentException>(() => LocalityReader.For<EndsOfInputs>());

        Assert.Equal(
            "EndsOfInputs cannot be mapped to the inputs: property Group matches no input (did you mean "
                + "CommuneGroup?): name it CommuneGroup, map it with [NtmInput(\"CommuneGroup\")], or leave it out "
                + "with [NtmIgnore]; property Zone matches no input (did you mean EthnicMinorityAreaZone?): name it "
                + "EthnicMinorityAreaZone, map it with [NtmInput(\"EthnicMinorityAreaZone\")], or leave it out with "
                + "[NtmIgnore].",
            exception.Message
        );
    }

    public sealed record VietnameseNames(string MaXa, string TenXa, string HuyenCu, string Tinh, int CommuneGroup);

    public sealed record SurrogateKey(int Id, string MaXa);

    [Fact]
    public void Map_IdentityMembersNamedAsVietnameseCodeWritesThem_GiveTheLocality_AsTheirKeysDo()
    {
        // "MaXa", "ma_xa", "Mã xã": the commune's code was left unread, and every locality had no id.
        var mapped = LocalityReader.For<VietnameseNames>().Map(new("25144", "Xã Tân Lập", "Thanh Sơn", "Phú Thọ", 2));
        var read = LocalityReader.FromDictionary(
            null,
            new Dictionary<string, object?>
            {
                ["ma_xa"] = "25144",
                ["Tên xã"] = "Xã Tân Lập",
                ["tinh"] = "Phú Thọ",
            }
        );

        Assert.Equal(
            ("25144", "Xã Tân Lập", "Thanh Sơn", "Phú Thọ"),
            (mapped.Id, mapped.Name, mapped.District, mapped.Province)
        );
        Assert.Equal(("25144", "Xã Tân Lập", "Phú Thọ"), (read.Id, read.Name, read.Province));
        Assert.Equal(
            "SurrogateKey cannot be mapped to the inputs: two members give the locality's id, Id and MaXa; mark the "
                + "one to use with [NtmLocality] and the other with [NtmIgnore].",
            Assert.Throws<ArgumentException>(() => LocalityReader.For<SurrogateKey>()).Message
        );
    }

    public sealed record TwoIds(string Id, [property: NtmLocality(LocalityField.Id)] int Code);

    [Fact]
    public void Create_TwoIdentityProperties_IsRefused()
    {
        var exception = Assert.Throws<ArgumentException>(() => LocalityReader.For<TwoIds>());

        Assert.Contains("two members give the locality's id", exception.Message, StringComparison.Ordinal);
    }

    public sealed record NumericId(
        [property: NtmLocality(LocalityField.Id)] int Code,
        [property: NtmLocality(LocalityField.District)] string Huyen,
        int SmartVillageModels
    );

    [Fact]
    public void Map_AFloatProperty_IsTheNumberItWrites_AsFromADictionary()
    {
        // A database's "real" column: 25.1f widened to a double is 25.1000003814697…, above a threshold of 25.1.
        var mapped = LocalityReader.For<CommuneRow>().Map(new CommuneRow { CommuneId = "X", Stunting = 25.1f });
        var read = LocalityReader.FromDictionary(
            "X",
            new Dictionary<string, object?> { ["ChildStuntingRate"] = 25.1f }
        );

        Assert.Equal(25.1, mapped.Inputs.Get(NtmInputs.ChildStuntingRate));
        Assert.Equal(25.1, read.Inputs.Get(NtmInputs.ChildStuntingRate));
    }

    private struct CommuneFields
    {
        public string CommuneId;

        [NtmLocality(LocalityField.Name)]
        public string TenXa;

        public Region Region;

        public double? IrrigatedFarmlandRate;

        [NtmInput("ChildStuntingRate")]
        public decimal Stunting;

        [NtmIgnore]
        public double IncomePerCapita;
    }

    [Fact]
    public void Map_PublicFields_AreReadAsPropertiesAre()
    {
        // A struct or a data object of fields: mapping none of them left every input missing without a word.
        var mapper = LocalityReader.For<CommuneFields>();

        var locality = mapper.Map(
            new CommuneFields
            {
                CommuneId = "X1",
                TenXa = "Xã Một",
                Region = Region.BTB,
                IrrigatedFarmlandRate = 85,
                Stunting = 20.5m,
                IncomePerCapita = -1,
            }
        );

        Assert.Equal(("X1", "Xã Một"), (locality.Id, locality.Name));
        Assert.Equal(Region.BTB, locality.Inputs.Get(NtmInputs.Region));
        Assert.Equal(85, locality.Inputs.Get(NtmInputs.IrrigatedFarmlandRate));
        Assert.Equal(20.5, locality.Inputs.Get(NtmInputs.ChildStuntingRate));
        Assert.Null(locality.Inputs.Get(NtmInputs.IncomePerCapita));
        Assert.Equal("ChildStuntingRate", mapper.InputsByProperty["Stunting"]);
    }

    [Fact]
    public void Map_IdentityFromAttributes_NumbersFormattedInvariantly()
    {
        var locality = LocalityReader.For<NumericId>().Map(new NumericId(1234567, "Mê Linh", 3));

        Assert.Equal(("1234567", "Mê Linh"), (locality.Id, locality.District));
        Assert.Equal(3, locality.Inputs["SmartVillageModels"].Number);
    }

    [Fact]
    public void FromDictionary_ReadsValuesAndRefusesUnknownNames()
    {
        var locality = LocalityReader.FromDictionary(
            "D-1",
            new Dictionary<string, object?>
            {
                ["Region"] = "TN",
                ["EmploymentRate"] = 95,
                ["HasRuralMarket"] = null,
            }
        );

        Assert.Equal(95, locality.Inputs["EmploymentRate"].Number);
        Assert.Equal(Value.Missing, locality.Inputs["HasRuralMarket"]);

        var exception = Assert.Throws<LocalityInputException>(() =>
            LocalityReader.FromDictionary("D-2", ImmutableDictionary<string, object?>.Empty.Add("Employment", 95))
        );
        Assert.Equal("Locality 'D-2': input 'Employment': no input of that name is declared", exception.Message);
        var slip = Assert.Throws<LocalityInputException>(() =>
            LocalityReader.FromDictionary("D-3", ImmutableDictionary<string, object?>.Empty.Add("EmploymentRat", 95))
        );
        Assert.Equal(
            "Locality 'D-3': input 'EmploymentRat': no input of that name is declared; did you mean 'EmploymentRate'?",
            slip.Message
        );
    }

    [Fact]
    public void FromDictionary_ADatabaseNull_IsMissing_ForAnInputAndAnIdentityField()
    {
        // A DataRow's or a data reader's empty column is DBNull.Value, not null.
        var row = new Dictionary<string, object?>
        {
            ["CommuneId"] = "40123",
            ["District"] = DBNull.Value,
            ["EmploymentRate"] = DBNull.Value,
            ["HasRuralMarket"] = DBNull.Value,
        };

        var read = LocalityReader.FromDictionary(null, row);

        Assert.Null(read.District);
        Assert.Equal(Value.Missing, read.Inputs["EmploymentRate"]);
        Assert.Equal(Value.Missing, read.Inputs["HasRuralMarket"]);
    }

    [Fact]
    public void FromDictionary_KeysInAnyCase_NameTheirInputs_AndTwoKeysOfOneInputAreRefused()
    {
        // A database whose columns are in lower case, as PostgreSQL names unquoted ones.
        var row = new Dictionary<string, object?>
        {
            ["communeid"] = "40123",
            ["region"] = Region.BTB,
            ["irrigatedfarmlandrate"] = 85.5,
        };

        var read = LocalityReader.FromDictionary(null, row);
        var twice = Assert.Throws<ArgumentException>(() =>
            LocalityReader.FromDictionary(null, new Dictionary<string, object?>(row) { ["IrrigatedFarmlandRate"] = 80 })
        );

        Assert.Equal("40123", read.Id);
        Assert.Equal(Region.BTB, read.Inputs.Get(NtmInputs.Region));
        Assert.Equal(85.5, read.Inputs.Get(NtmInputs.IrrigatedFarmlandRate));
        Assert.StartsWith(
            "The keys 'irrigatedfarmlandrate' and 'IrrigatedFarmlandRate' both give the input IrrigatedFarmlandRate",
            twice.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void FromDictionary_TwoKeysOfOneIdentityField_AreRefused_UnlessTheIdIsGiven()
    {
        // A table's own key beside the commune's code: the first key read was the locality's id, without a word.
        var row = new Dictionary<string, object?>
        {
            ["Id"] = 17,
            ["CommuneId"] = "HN-001",
            ["Name"] = "Xã Tân Lập",
        };

        var twice = Assert.Throws<ArgumentException>(() => LocalityReader.FromDictionary(null, row));
        var named = LocalityReader.FromDictionary("HN-001", row);

        Assert.StartsWith(
            "The keys 'Id' and 'CommuneId' both give the locality's id; give it once.",
            twice.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(("HN-001", "Xã Tân Lập"), (named.Id, named.Name));
        Assert.Throws<ArgumentException>(() =>
            LocalityReader.FromDictionary(
                "HN-001",
                new Dictionary<string, object?>(row) { ["CommuneName"] = "Tân Lập" }
            )
        );
    }

    [Fact]
    public void FromDictionary_ARowWithItsIdentity_GivesTheLocalitysIdNameDistrictAndProvince()
    {
        var row = new Dictionary<string, object?>
        {
            ["CommuneId"] = 40123,
            ["CommuneName"] = "Xã Nghi Phong",
            ["District"] = "Nghi Lộc",
            ["province"] = "Nghệ An",
            ["EmploymentRate"] = 95,
        };

        var read = LocalityReader.FromDictionary(null, row);
        var named = LocalityReader.FromDictionary("NA-1", row);

        Assert.Equal(
            ("40123", "Xã Nghi Phong", "Nghi Lộc", "Nghệ An"),
            (read.Id, read.Name, read.District, read.Province)
        );
        Assert.Equal(95, read.Inputs["EmploymentRate"].Number);
        Assert.Equal("NA-1", named.Id);
        var exception = Assert.Throws<LocalityInputException>(() =>
            LocalityReader.FromDictionary(null, new Dictionary<string, object?>(row) { ["EmploymentRate"] = "đạt" })
        );
        Assert.StartsWith(
            "Locality '40123' (Xã Nghi Phong): input 'EmploymentRate'",
            exception.Message,
            StringComparison.Ordinal
        );
    }
}
