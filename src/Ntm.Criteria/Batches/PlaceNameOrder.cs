using System.Globalization;

namespace Ntm.Criteria;

/// <summary>
/// The order a summary lists provinces and districts in: Vietnamese alphabetical order, as a report lists them ("Cần
/// Thơ", "Đắk Lắk", "Hưng Yên": đ after d, not after z as its code point would put it). Where the system has no culture
/// data (.NET's invariant globalization mode), the order of the code points.
/// </summary>
internal static class PlaceNameOrder
{
    /// <summary>Compares two place names, null first.</summary>
    public static StringComparer Comparer { get; } = Create();

    private static StringComparer Create()
    {
        try
        {
            return StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
        }
        catch (CultureNotFoundException)
        {
            return StringComparer.Ordinal;
        }
    }
}
