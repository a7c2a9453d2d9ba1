using System.Xml;

namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// The stylesheet of a report workbook: a bold header, numbers as numbers in the report's language (a Vietnamese
/// workbook tags its formats vi-VN, so that a spreadsheet shows "17,87" and "94%"), and a fill per outcome that stays
/// apart in greyscale print, each outcome's cell also saying its name.
/// </summary>
internal static class ReportStyles
{
    // Fills by outcome: light to dark in greyscale (achieved lightest, not achieved darkest), and apart in colour.
    private static readonly (ReportStyle Style, string Argb)[] OutcomeFills =
    [
        (ReportStyle.Achieved, "FFC6EFCE"),
        (ReportStyle.NotAchieved, "FFF4A6A6"),
        (ReportStyle.MissingData, "FFFFE699"),
        (ReportStyle.NotApplicable, "FFF2F2F2"),
        (ReportStyle.ThresholdNotSet, "FFBDD7EE"),
        (ReportStyle.NotEncoded, "FFD9D9D9"),
        (ReportStyle.EvaluationError, "FFE06666"),
    ];

    /// <summary>The style of a cell that shows an outcome.</summary>
    public static ReportStyle Of(Outcome outcome) =>
        outcome switch
        {
            Outcome.Achieved => ReportStyle.Achieved,
            Outcome.NotAchieved => ReportStyle.NotAchieved,
            Outcome.MissingData => ReportStyle.MissingData,
            Outcome.NotApplicable => ReportStyle.NotApplicable,
            Outcome.ThresholdNotSet => ReportStyle.ThresholdNotSet,
            Outcome.NotEncoded => ReportStyle.NotEncoded,
            _ => ReportStyle.EvaluationError,
        };

    /// <summary>Writes <c>xl/styles.xml</c>; <paramref name="vietnamese"/> tags the number formats vi-VN.</summary>
    public static void Write(XmlWriter xml, bool vietnamese)
    {
        var locale = vietnamese ? "[$-42A]" : string.Empty;
        xml.WriteStartElement("styleSheet", Xlsx.MainNamespace);
        xml.WriteStartElement("numFmts");
        xml.WriteAttributeString("count", "4");
        NumberFormat(xml, 164, locale + "#,##0");
        NumberFormat(xml, 165, locale + "#,##0.00");
        NumberFormat(xml, 166, locale + "0%");
        NumberFormat(xml, 167, locale + "0.0#####%");
        xml.WriteEndElement();

        xml.WriteStartElement("fonts");
        xml.WriteAttributeString("count", "3");
        Font(xml, bold: false, size: 11);
        Font(xml, bold: true, size: 11);
        Font(xml, bold: true, size: 14);
        xml.WriteEndElement();

        xml.WriteStartElement("fills");
        xml.WriteAttributeString("count", (3 + OutcomeFills.Length).ToString(Xlsx.Invariant));
        Fill(xml, "none", null);
        Fill(xml, "gray125", null);
        Fill(xml, "solid", "FFD9E1F2");
        foreach (var (_, argb) in OutcomeFills)
        {
            Fill(xml, "solid", argb);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("borders");
        xml.WriteAttributeString("count", "1");
        xml.WriteElementString("border", Xlsx.MainNamespace, null);
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyleXfs");
        xml.WriteAttributeString("count", "1");
        CellFormat(xml, 0, 0, 0, wrap: false, withinStyle: false);
        xml.WriteEndElement();

        var formats = Enum.GetValues<ReportStyle>();
        xml.WriteStartElement("cellXfs");
        xml.WriteAttributeString("count", formats.Length.ToString(Xlsx.Invariant));
        foreach (var style in formats)
        {
            var fill = Array.FindIndex(OutcomeFills, f => f.Style == style);
            switch (style)
            {
                case ReportStyle.Title:
                    CellFormat(xml, 0, 2, 0, wrap: false);
                    break;
                case ReportStyle.Header:
                    CellFormat(xml, 0, 1, 2, wrap: true);
                    break;
                case ReportStyle.Integer:
                    CellFormat(xml, 164, 0, 0, wrap: false);
                    break;
                case ReportStyle.Decimal:
                    CellFormat(xml, 165, 0, 0, wrap: false);
                    break;
                case ReportStyle.Percent:
                    CellFormat(xml, 166, 0, 0, wrap: false);
                    break;
                case ReportStyle.FinePercent:
                    CellFormat(xml, 167, 0, 0, wrap: false);
                    break;
                case var _ when fill >= 0:
                    CellFormat(xml, 0, 0, 3 + fill, wrap: false);
                    break;
                default:
                    CellFormat(xml, 0, 0, 0, wrap: false);
                    break;
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void NumberFormat(XmlWriter xml, int id, string code)
    {
        xml.WriteStartElement("numFmt");
        xml.WriteAttributeString("numFmtId", id.ToString(Xlsx.Invariant));
        xml.WriteAttributeString("formatCode", code);
        xml.WriteEndElement();
    }

    private static void Font(XmlWriter xml, bool bold, int size)
    {
        xml.WriteStartElement("font");
        if (bold)
        {
            xml.WriteElementString("b", Xlsx.MainNamespace, null);
        }

        xml.WriteStartElement("sz");
        xml.WriteAttributeString("val", size.ToString(Xlsx.Invariant));
        xml.WriteEndElement();
        xml.WriteStartElement("name");
        xml.WriteAttributeString("val", "Calibri");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Fill(XmlWriter xml, string pattern, string? argb)
    {
        xml.WriteStartElement("fill");
        xml.WriteStartElement("patternFill");
        xml.WriteAttributeString("patternType", pattern);
        if (argb is not null)
        {
            xml.WriteStartElement("fgColor");
            xml.WriteAttributeString("rgb", argb);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void CellFormat(
        XmlWriter xml,
        int numberFormat,
        int font,
        int fill,
        bool wrap,
        bool withinStyle = true
    )
    {
        xml.WriteStartElement("xf");
        xml.WriteAttributeString("numFmtId", numberFormat.ToString(Xlsx.Invariant));
        xml.WriteAttributeString("fontId", font.ToString(Xlsx.Invariant));
        xml.WriteAttributeString("fillId", fill.ToString(Xlsx.Invariant));
        xml.WriteAttributeString("borderId", "0");
        if (withinStyle)
        {
            xml.WriteAttributeString("xfId", "0");
            if (numberFormat != 0)
            {
                xml.WriteAttributeString("applyNumberFormat", "1");
            }

            if (fill != 0)
            {
                xml.WriteAttributeString("applyFill", "1");
            }

            if (font != 0)
            {
                xml.WriteAttributeString("applyFont", "1");
            }
        }

        if (wrap)
        {
            xml.WriteAttributeString("applyAlignment", "1");
            xml.WriteStartElement("alignment");
            xml.WriteAttributeString("wrapText", "1");
            xml.WriteAttributeString("vertical", "top");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
