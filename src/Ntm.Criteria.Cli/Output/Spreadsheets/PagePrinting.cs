using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// How the sheets ntm writes print: on A4 in landscape, each page with the sheet's name and its number among the
/// pages, a sheet that fits one page wide scaled to it. The workbooks written whole put these elements in their
/// sheets; a report's sheets, streamed, write their XML.
/// </summary>
internal static class PagePrinting
{
    private const uint A4 = 9;

    /// <summary>The sheet's properties that make it print one page wide, as many pages down as its rows need.</summary>
    public static SheetProperties OnePageWide() => new(new PageSetupProperties { FitToPage = true });

    /// <summary>The page's margins, its setup and its footer, in the order a sheet holds them, at its end.</summary>
    public static IEnumerable<OpenXmlElement> Setup(Texts texts, bool onePageWide)
    {
        // Excel's own margins: room for the footer.
        yield return new PageMargins
        {
            Left = 0.7,
            Right = 0.7,
            Top = 0.75,
            Bottom = 0.75,
            Header = 0.3,
            Footer = 0.3,
        };
        yield return new PageSetup
        {
            PaperSize = A4,
            Orientation = OrientationValues.Landscape,
            FitToWidth = onePageWide ? 1u : null,
            FitToHeight = onePageWide ? 0u : null,
        };
        yield return new HeaderFooter(new OddFooter("&L&A&R" + texts.PageOfPages("&P", "&N")));
    }
}
