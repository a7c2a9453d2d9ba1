using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// A report workbook written straight into its ZIP container, one part after the other, so that memory does not grow
/// with its rows: sheets as they are written (or copied from a sheet written earlier to a temporary file), then the
/// workbook, its styles, shared words and content types.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string SheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private readonly ZipArchive _zip;
    private readonly SharedWords _words;
    private readonly Texts _texts;
    private readonly List<(string Name, string? FilterRange, SheetLayout Layout)> _sheets = [];

    public XlsxPackage(Stream output, SharedWords words, Texts texts)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        _words = words;
        _texts = texts;
    }

    /// <summary>Adds a sheet, written now by <paramref name="write"/>.</summary>
    public void WriteSheet(string name, SheetLayout layout, Action<SheetWriter> write)
    {
        using var stream = NextSheet().Open();
        using var sheet = new SheetWriter(stream, layout, _words, _texts);
        write(sheet);
        sheet.Complete();
        _sheets.Add((name, sheet.FilterRange, sheet.Layout));
    }

    /// <summary>
    /// Adds a sheet written earlier to <paramref name="xml"/> by <paramref name="sheet"/> (its XML from the start).
    /// </summary>
    public void CopySheet(string name, Stream xml, SheetWriter sheet)
    {
        using (var stream = NextSheet().Open())
        {
            xml.Position = 0;
            xml.CopyTo(stream);
        }

        _sheets.Add((name, sheet.FilterRange, sheet.Layout));
    }

    // The application a report names in its extended properties, as Excel names itself, and the custom property it
    // carries, which a spreadsheet program keeps when it saves the workbook and names itself instead: how ntm knows its
    // own report from a data workbook (at --out, or given as data). Only reports are written by this package.
    private const string Application = "ntm";
    private const string ReportProperty = "NtmReport";
    private const string ExtendedProperties =
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string CustomProperties = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private const string PropertyTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    /// <summary>
    /// Whether a workbook is a report this package wrote, as written or saved since by a spreadsheet program, whether
    /// one did, and the program it names (<c>Microsoft Excel</c>; null where it names none).
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static (bool IsReport, bool SavedSince, string? SavedBy) ReportOrigin(string path)
    {
        try
        {
            using var zip = new ZipArchive(FileToRead.Open(path));
            var application = Part(zip, "docProps/app.xml")
                ?.Element(XName.Get("Application", ExtendedProperties))
                ?.Value;
            var marked = Part(zip, "docProps/custom.xml")
                ?.Elements(XName.Get("property", CustomProperties))
                .Any(p => (string?)p.Attribute("name") == ReportProperty);
            return application == Application ? (true, false, null)
                // "LibreOffice/7.4.7.2$Linux_X86_64 …" is LibreOffice to its user.
                : marked == true
                    ? (true, true, string.IsNullOrWhiteSpace(application) ? null : application.Split('/')[0])
                : (false, false, null);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            return (false, false, null);
        }

        static XElement? Part(ZipArchive zip, string name)
        {
            if (zip.GetEntry(name) is not { Length: < 65_536 } entry)
            {
                return null;
            }

            using var stream = entry.Open();
            return XDocument.Load(stream).Root;
        }
    }

    /// <summary>Writes the workbook's own parts; the package is complete after this.</summary>
    public void Finish()
    {
        Part(
            "docProps/app.xml",
            xml =>
            {
                xml.WriteStartElement("Properties", ExtendedProperties);
                xml.WriteElementString("Application", ExtendedProperties, Application);
                xml.WriteEndElement();
            }
        );
        Part(
            "docProps/custom.xml",
            xml =>
            {
                xml.WriteStartElement("Properties", CustomProperties);
                xml.WriteAttributeString("xmlns", "vt", null, PropertyTypes);
                xml.WriteStartElement("property", CustomProperties);
                // The identifier every document's own properties are filed under.
                xml.WriteAttributeString("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}");
                xml.WriteAttributeString("pid", "2");
                xml.WriteAttributeString("name", ReportProperty);
                xml.WriteElementString("lpwstr", PropertyTypes, NtmVersion.Current);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
        );
        Part("xl/workbook.xml", WriteWorkbook);
        Part("xl/_rels/workbook.xml.rels", WriteWorkbookRelationships);
        Part("xl/styles.xml", xml => ReportStyles.Write(xml, vietnamese: _texts.Code == "vi"));
        Part("xl/sharedStrings.xml", WriteSharedWords);
        Part(
            "_rels/.rels",
            xml =>
            {
                xml.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
                Relationship(xml, "rId1", "officeDocument", "xl/workbook.xml");
                Relationship(xml, "rId2", "extended-properties", "docProps/app.xml");
                Relationship(xml, "rId3", "custom-properties", "docProps/custom.xml");
                xml.WriteEndElement();
            }
        );
        Part("[Content_Types].xml", WriteContentTypes);
    }

    public void Dispose() => _zip.Dispose();

    private ZipArchiveEntry NextSheet() =>
        _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count + 1}.xml", CompressionLevel.Fastest);

    private void Part(string path, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var xml = Xlsx.Writer(stream);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private void WriteWorkbook(XmlWriter xml)
    {
        xml.WriteStartElement("workbook", Xlsx.MainNamespace);
        xml.WriteAttributeString("xmlns", "r", null, Xlsx.RelationshipNamespace);
        xml.WriteStartElement("sheets");
        for (var i = 0; i < _sheets.Count; i++)
        {
            xml.WriteStartElement("sheet");
            xml.WriteAttributeString("name", _sheets[i].Name);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(Xlsx.Invariant));
            xml.WriteAttributeString("id", Xlsx.RelationshipNamespace, $"rId{i + 1}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        var names = _sheets.SelectMany((s, i) => DefinedNames(i, s.Name, s.FilterRange, s.Layout)).ToList();
        if (names.Count > 0)
        {
            xml.WriteStartElement("definedNames");
            foreach (var (name, sheetIndex, hidden, reference) in names)
            {
                xml.WriteStartElement("definedName");
                xml.WriteAttributeString("name", name);
                xml.WriteAttributeString("localSheetId", sheetIndex.ToString(Xlsx.Invariant));
                if (hidden)
                {
                    xml.WriteAttributeString("hidden", "1");
                }

                xml.WriteString(reference);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static IEnumerable<(string Name, int Sheet, bool Hidden, string Reference)> DefinedNames(
        int index,
        string name,
        string? filterRange,
        SheetLayout layout
    )
    {
        if (filterRange is { } range)
        {
            // Excel keeps a sheet's filter in this hidden name; without it the filter buttons are dropped.
            yield return ("_xlnm._FilterDatabase", index, true, Xlsx.SheetReference(name) + Absolute(range));
        }

        // What stays in view on the screen heads every printed page: the ids and names, the header rows.
        if (PrintTitles.Frozen(layout.FrozenRows, layout.FrozenColumns) is { } titles)
        {
            yield return (OpenXmlWorkbook.PrintTitlesName, index, false, titles.Reference(name));
        }
    }

    // "A2:X101" as "$A$2:$X$101".
    private static string Absolute(string range) =>
        string.Join(
            ':',
            range
                .Split(':')
                .Select(cell =>
                {
                    var digits = cell.TakeWhile(char.IsAsciiLetter).Count();
                    return $"${cell[..digits]}${cell[digits..]}";
                })
        );

    private void WriteWorkbookRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
        for (var i = 0; i < _sheets.Count; i++)
        {
            Relationship(xml, $"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml");
        }

        Relationship(xml, $"rId{_sheets.Count + 1}", "styles", "styles.xml");
        Relationship(xml, $"rId{_sheets.Count + 2}", "sharedStrings", "sharedStrings.xml");
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship");
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", $"{Xlsx.RelationshipNamespace}/{type}");
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private void WriteSharedWords(XmlWriter xml)
    {
        xml.WriteStartElement("sst", Xlsx.MainNamespace);
        xml.WriteAttributeString("count", _words.Words.Count.ToString(Xlsx.Invariant));
        xml.WriteAttributeString("uniqueCount", _words.Words.Count.ToString(Xlsx.Invariant));
        foreach (var word in _words.Words)
        {
            xml.WriteStartElement("si");
            xml.WriteElementString("t", Xlsx.MainNamespace, Xlsx.CellText(word));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteContentTypes(XmlWriter xml)
    {
        const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        xml.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", $"{Spreadsheet}.sheet.main+xml");
        Override(xml, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        Override(xml, "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
        for (var i = 0; i < _sheets.Count; i++)
        {
            Override(xml, $"/xl/worksheets/sheet{i + 1}.xml", SheetType);
        }

        Override(xml, "/xl/styles.xml", $"{Spreadsheet}.styles+xml");
        Override(xml, "/xl/sharedStrings.xml", $"{Spreadsheet}.sharedStrings+xml");
        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string extension, string type)
    {
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string type)
    {
        xml.WriteStartElement("Override");
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }
}
