// Written by Ntm.Criteria (RulesEngineExport.InputClass) from the inputs' declarations; do not edit.
#nullable enable

namespace Ntm.Criteria.RulesEngine;

/// <summary>The inputs of the New Rural Development criteria, for Microsoft RulesEngine: a missing value is null.</summary>
public sealed class NtmInput
{
    /// <summary>Vùng kinh tế - xã hội; one of TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL</summary>
    public string? Region { get; set; }

    /// <summary>Nhóm xã (giai đoạn 2026-2030); để trống thì xác định theo các dữ kiện của xã; from 1 to 3</summary>
    public int? CommuneGroup { get; set; }

    /// <summary>Xã liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị</summary>
    public bool? IsNextToUrbanAreaAndOrientedToUrban { get; set; }

    /// <summary>Tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế của xã; unit: %; from 0 to 100</summary>
    public double? AgricultureShareOfEconomy { get; set; }

    /// <summary>Xã được định hướng là đô thị mới</summary>
    public bool? IsOrientedToNewUrbanArea { get; set; }

    /// <summary>Năm đánh giá; from 2010 to 2100</summary>
    public int? AssessmentYear { get; set; }

    /// <summary>Xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo giai đoạn 2018-2020 (QĐ 318/QĐ-TTg, Điều 1, trước 01/03/2024: áp dụng mức đạt chuẩn của vùng Trung du và miền núi phía Bắc)</summary>
    public bool? UsesNorthernMountainThresholds { get; set; }

    /// <summary>Khu vực của xã thuộc vùng đồng bào dân tộc thiểu số và miền núi theo phân định của cấp có thẩm quyền cho giai đoạn đánh giá: 1, 2, 3 (khu vực I, II, III); 0 nếu xã không thuộc vùng; from 0 to 3</summary>
    public int? EthnicMinorityAreaZone { get; set; }

    /// <summary>Xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo</summary>
    public bool? IsEspeciallyDifficultCoastalCommune { get; set; }

    /// <summary>Xã an toàn khu thuộc huyện nghèo</summary>
    public bool? IsSafeZoneCommuneOfPoorDistrict { get; set; }

    /// <summary>Có quy hoạch chung xây dựng xã được phê duyệt, công bố công khai đúng thời hạn</summary>
    public bool? HasApprovedCommunePlan { get; set; }

    /// <summary>Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch</summary>
    public bool? HasPlanManagementRules { get; set; }

    /// <summary>Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, ô tô đi lại thuận tiện quanh năm; unit: %; from 0 to 100</summary>
    public double? PavedCommuneRoadRate { get; set; }

    /// <summary>Tỷ lệ đường thôn, bản, ấp và liên thôn ít nhất được cứng hóa; unit: %; from 0 to 100</summary>
    public double? HardenedVillageRoadRate { get; set; }

    /// <summary>Tỷ lệ đường ngõ, xóm sạch và không lầy lội vào mùa mưa; unit: %; from 0 to 100</summary>
    public double? CleanAlleyRate { get; set; }

    /// <summary>Tỷ lệ đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm; unit: %; from 0 to 100</summary>
    public double? FieldRoadRate { get; set; }

    /// <summary>Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động; unit: %; from 0 to 100</summary>
    public double? IrrigatedFarmlandRate { get; set; }

    /// <summary>Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ</summary>
    public bool? DisasterPreparednessMet { get; set; }

    /// <summary>Hệ thống điện đạt chuẩn</summary>
    public bool? PowerGridMeetsStandard { get; set; }

    /// <summary>Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện thường xuyên, an toàn từ các nguồn; unit: %; from 0 to 100</summary>
    public double? SafePowerHouseholdRate { get; set; }

    /// <summary>Tỷ lệ trường học các cấp có cơ sở vật chất và thiết bị dạy học đạt chuẩn; unit: %; from 0 to 100</summary>
    public double? StandardSchoolRate { get; set; }

    /// <summary>Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao</summary>
    public bool? HasCulturalHouseAndSportsGround { get; set; }

    /// <summary>Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi</summary>
    public bool? HasPlaySpacesForChildrenAndElderly { get; set; }

    /// <summary>Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng; unit: %; from 0 to 100</summary>
    public double? VillagesWithCulturalHouseRate { get; set; }

    /// <summary>Xã có chợ nông thôn trong quy hoạch</summary>
    public bool? HasRuralMarket { get; set; }

    /// <summary>Chợ nông thôn của xã đạt chuẩn theo hướng dẫn của Bộ Công Thương (QĐ 1214/QĐ-BCT)</summary>
    public bool? RuralMarketMeetsStandard { get; set; }

    /// <summary>Xã có siêu thị mini, cửa hàng tiện lợi hoặc cửa hàng kinh doanh tổng hợp đạt chuẩn (QĐ 1214/QĐ-BCT)</summary>
    public bool? RetailStoreMeetsStandard { get; set; }

    /// <summary>Xã có điểm phục vụ bưu chính</summary>
    public bool? HasPostalServicePoint { get; set; }

    /// <summary>Xã có dịch vụ viễn thông, internet</summary>
    public bool? HasTelecomAndInternet { get; set; }

    /// <summary>Xã có đài truyền thanh và hệ thống loa đến các thôn</summary>
    public bool? HasRadioAndLoudspeakers { get; set; }

    /// <summary>Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành</summary>
    public bool? UsesItInAdministration { get; set; }

    /// <summary>Có nhà tạm, dột nát</summary>
    public bool? HasTemporaryOrDilapidatedHouses { get; set; }

    /// <summary>Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố (hoặc nhà ở đạt chuẩn); unit: %; from 0 to 100</summary>
    public double? SolidHouseRate { get; set; }

    /// <summary>Thu nhập bình quân đầu người khu vực nông thôn; unit: million VND/person/year; from 0 to 10000</summary>
    public double? IncomePerCapita { get; set; }

    /// <summary>Tỷ lệ hộ nghèo đa chiều; unit: %; from 0 to 100</summary>
    public double? MultidimensionalPovertyRate { get; set; }

    /// <summary>Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động; unit: %; from 0 to 100</summary>
    public double? EmploymentRate { get; set; }

    /// <summary>Tỷ lệ lao động qua đào tạo; unit: %; from 0 to 100</summary>
    public double? TrainedWorkerRate { get; set; }

    /// <summary>Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã</summary>
    public bool? HasEffectiveCooperative { get; set; }

    /// <summary>Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững</summary>
    public bool? HasValueChainLinkage { get; set; }

    /// <summary>Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương</summary>
    public bool? HasProductTraceability { get; set; }

    /// <summary>Xã có nghề truyền thống</summary>
    public bool? HasTraditionalCraft { get; set; }

    /// <summary>Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống</summary>
    public bool? HasTraditionalCraftPlan { get; set; }

    /// <summary>Ứng dụng chuyển đổi số, thương mại điện tử cho sản phẩm chủ lực</summary>
    public bool? UsesDigitalCommerce { get; set; }

    /// <summary>Phổ cập giáo dục mầm non cho trẻ 5 tuổi; xóa mù chữ; phổ cập giáo dục tiểu học; phổ cập giáo dục trung học cơ sở</summary>
    public bool? UniversalEducationMet { get; set; }

    /// <summary>Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học; unit: %; from 0 to 100</summary>
    public double? LowerSecondaryContinuationRate { get; set; }

    /// <summary>Tỷ lệ lao động có việc làm qua đào tạo; unit: %; from 0 to 100</summary>
    public double? TrainedEmployedWorkerRate { get; set; }

    /// <summary>Tỷ lệ người dân tham gia bảo hiểm y tế; unit: %; from 0 to 100</summary>
    public double? HealthInsuranceRate { get; set; }

    /// <summary>Xã đạt tiêu chí quốc gia về y tế</summary>
    public bool? MeetsNationalHealthStandard { get; set; }

    /// <summary>Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi); unit: %; from 0 to 100</summary>
    public double? ChildStuntingRate { get; set; }

    /// <summary>Tỷ lệ dân số có sổ khám chữa bệnh điện tử; unit: %; from 0 to 100</summary>
    public double? EHealthRecordRate { get; set; }

    /// <summary>Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa theo quy định; unit: %; from 0 to 100</summary>
    public double? CulturalVillageRate { get; set; }

    /// <summary>Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn; unit: %; from 0 to 100</summary>
    public double? CleanWaterHouseholdRate { get; set; }

    /// <summary>Tỷ lệ hộ được sử dụng nước hợp vệ sinh; unit: %; from 0 to 100</summary>
    public double? HygienicWaterHouseholdRate { get; set; }

    /// <summary>Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường; unit: %; from 0 to 100</summary>
    public double? EnvironmentallyCompliantEstablishmentRate { get; set; }

    /// <summary>Xây dựng cảnh quan, môi trường xanh - sạch - đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung</summary>
    public bool? LandscapeGreenCleanSafe { get; set; }

    /// <summary>Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn; unit: m²/person; from 0 to 10000</summary>
    public double? PublicGreenAreaPerPerson { get; set; }

    /// <summary>Mai táng phù hợp với quy định và theo quy hoạch</summary>
    public bool? BurialPerPlan { get; set; }

    /// <summary>Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định</summary>
    public bool? WasteAndWastewaterHandled { get; set; }

    /// <summary>Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch; unit: %; from 0 to 100</summary>
    public double? SanitaryFacilitiesRate { get; set; }

    /// <summary>Tỷ lệ cơ sở chăn nuôi đảm bảo các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường; unit: %; from 0 to 100</summary>
    public double? CompliantLivestockFarmRate { get; set; }

    /// <summary>Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm; unit: %; from 0 to 100</summary>
    public double? FoodSafetyComplianceRate { get; set; }

    /// <summary>Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn; unit: %; from 0 to 100</summary>
    public double? WasteSortingHouseholdRate { get; set; }

    /// <summary>Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định; unit: %; from 0 to 100</summary>
    public double? PlasticWasteHandledRate { get; set; }

    /// <summary>Cán bộ, công chức xã đạt chuẩn</summary>
    public bool? OfficialsMeetStandards { get; set; }

    /// <summary>Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên</summary>
    public bool? PartyAndGovernmentRatedGood { get; set; }

    /// <summary>Tỷ lệ tổ chức chính trị - xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên; unit: %; from 0 to 100</summary>
    public double? MassOrganisationsRatedGoodRate { get; set; }

    /// <summary>Tổ chức xây dựng xã đạt chuẩn tiếp cận pháp luật theo quy định</summary>
    public bool? AccessToLawStandardMet { get; set; }

    /// <summary>Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; phòng chống bạo lực trên cơ sở giới; phòng chống xâm hại trẻ em</summary>
    public bool? GenderEqualityAndProtectionMet { get; set; }

    /// <summary>Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng nông thôn mới cho người dân</summary>
    public bool? NtmTrainingPlanForResidents { get; set; }

    /// <summary>Xây dựng lực lượng dân quân 'vững mạnh, rộng khắp' và hoàn thành các chỉ tiêu quốc phòng</summary>
    public bool? MilitiaStrongAndWidespread { get; set; }

    /// <summary>Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên</summary>
    public bool? SecurityAndOrderStandardMet { get; set; }

    /// <summary>Số mô hình thôn thông minh; from 0 to 1000</summary>
    public int? SmartVillageModels { get; set; }

    /// <summary>Đạt tiêu chí xã nông thôn mới kiểu mẫu theo ít nhất một lĩnh vực nổi trội do Ủy ban nhân dân cấp tỉnh ban hành</summary>
    public bool? MeetsOutstandingFieldCriteria { get; set; }

    /// <summary>Là xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2021-2025</summary>
    public bool? IsAdvancedCommune20212025 { get; set; }

    /// <summary>Tỷ lệ số xã trên địa bàn đạt chuẩn nông thôn mới; unit: %; from 0 to 100</summary>
    public double? StandardCommuneShare { get; set; }

    /// <summary>Tỷ lệ số xã đạt chuẩn nông thôn mới nâng cao; unit: %; from 0 to 100</summary>
    public double? AdvancedCommuneShare { get; set; }

    /// <summary>Tỷ lệ số thị trấn đạt chuẩn đô thị văn minh; unit: %; from 0 to 100</summary>
    public double? CivilizedTownShare { get; set; }

    /// <summary>Tỷ lệ hài lòng của người dân trên địa bàn đối với kết quả xây dựng nông thôn mới của huyện; unit: %; from 0 to 100</summary>
    public double? DistrictSatisfactionRate { get; set; }

    /// <summary>Tỷ lệ hài lòng thấp nhất của người dân một xã đối với một nội dung xây dựng nông thôn mới; unit: %; from 0 to 100</summary>
    public double? LowestCommuneSatisfactionRate { get; set; }

    /// <summary>Hệ thống giao thông trên địa bàn huyện đảm bảo kết nối tới các xã và được bảo trì hàng năm</summary>
    public bool? DistrictRoadsConnectAndMaintained { get; set; }

    /// <summary>Tỷ lệ km đường huyện đạt chuẩn theo quy hoạch; unit: %; from 0 to 100</summary>
    public double? DistrictRoadStandardRate { get; set; }

    /// <summary>Có bến xe khách tại trung tâm huyện theo quy hoạch</summary>
    public bool? HasDistrictBusStation { get; set; }

    /// <summary>Bến xe khách tại trung tâm huyện đạt tiêu chuẩn loại IV trở lên</summary>
    public bool? DistrictBusStationMeetsClassIV { get; set; }

    /// <summary>Có cụm ngành nghề nông thôn (cụm công nghiệp làng nghề) được thành lập theo quy hoạch và có hạ tầng kỹ thuật cơ bản</summary>
    public bool? HasRuralCraftCluster { get; set; }
}
