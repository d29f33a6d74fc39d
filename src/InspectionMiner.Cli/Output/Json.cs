using System.Text.Encodings.Web;
using System.Text.Json;
using InspectionMiner.Facts;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Cli.Output;

/// <summary>Writes the CLI's JSON records, one object per line, with the field names of the stable contract.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Date(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static string FactsLine(string path, DocumentFacts? facts, string? error) => Line(w =>
    {
        w.WriteString("path", path);
        StringOrNull(w, "authority", facts?.Authority);
        StringOrNull(w, "authorityAsPrinted", facts?.AuthorityAsPrinted);
        if (facts?.LocalAuthority is { } la)
        {
            w.WriteNumber("urn", la.Urn);
        }
        else
        {
            w.WriteNull("urn");
        }

        StringOrNull(w, "laCode", facts?.LocalAuthority?.LaCode);
        StringOrNull(w, "onsCode", facts?.LocalAuthority?.OnsCode);
        StringOrNull(w, "region", facts?.LocalAuthority?.Region);
        StringOrNull(w, "kind", facts?.Kind.ToString());
        StringOrNull(w, "framework", facts?.Framework?.ToString());
        Date(w, "inspectionStart", facts?.InspectionStart);
        Date(w, "inspectionEnd", facts?.InspectionEnd);
        Date(w, "published", facts?.Published);
        StringOrNull(w, "leadInspector", facts?.LeadInspector);
        if (facts is null)
        {
            w.WriteNull("inspectors");
        }
        else
        {
            w.WriteStartArray("inspectors");
            foreach (var name in facts.Inspectors)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        StringOrNull(w, "focus", facts?.Focus);
        if (facts is null)
        {
            w.WriteNull("grades");
        }
        else
        {
            var g = facts.Grades;
            w.WriteStartObject("grades");
            w.WriteString("overallEffectiveness", g.OverallEffectiveness.ToString());
            w.WriteString("impactOfLeaders", g.ImpactOfLeaders.ToString());
            w.WriteString("helpAndProtection", g.HelpAndProtection.ToString());
            w.WriteString("childrenInCare", g.ChildrenInCare.ToString());
            w.WriteString("careLeavers", g.CareLeavers.ToString());
            w.WriteString("adoption", g.Adoption.ToString());
            w.WriteString("lscb", g.Lscb.ToString());
            w.WriteEndObject();
        }

        if (facts is null)
        {
            w.WriteNull("gradeReadings");
        }
        else
        {
            w.WriteStartArray("gradeReadings");
            foreach (var r in facts.Grades.Readings)
            {
                w.WriteStartObject();
                w.WriteString("judgement", char.ToLowerInvariant(r.Judgement.ToString()[0]) + r.Judgement.ToString()[1..]);
                w.WriteString("grade", r.Grade.ToString());
                if (r.Page is { } page)
                {
                    w.WriteNumber("page", page);
                }
                else
                {
                    w.WriteNull("page");
                }

                w.WriteString("text", r.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (facts is null)
        {
            w.WriteNull("warnings");
        }
        else
        {
            w.WriteStartArray("warnings");
            foreach (var warning in facts.Warnings)
            {
                w.WriteStartObject();
                w.WriteString("field", warning.Field);
                w.WriteString("message", warning.Message);
                w.WriteString("source", warning.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        StringOrNull(w, "error", error);
    });

    public static string UnitLine(string document, TextUnit unit) => Line(w =>
    {
        WriteUnitFields(w, document, unit);
    });

    public static void WriteUnitFields(Utf8JsonWriter w, string document, TextUnit unit, bool sectionArea = true)
    {
        w.WriteString("document", document);
        w.WriteNumber("unit", unit.Index);
        w.WriteNumber("page", unit.Page);
        StringOrNull(w, "paragraph", unit.Paragraph);
        StringOrNull(w, "section", unit.Section.Heading);
        w.WriteString("sectionKind", unit.Section.Kind.ToString());
        if (sectionArea)
        {
            StringOrNull(w, "area", unit.Section.Kind is SectionKind.Judgement ? unit.Section.Area?.ToString() : null);
        }

        w.WriteString("text", unit.Text);
        w.WriteString("hash", unit.Hash);
    }

    public static string MinedUnitLine(string document, Classification.ClassifiedUnit unit) => Line(w =>
    {
        WriteUnitFields(w, document, unit.Unit, sectionArea: false);
        WriteFindingFields(w, unit.Finding);
    });

    public static void WriteFindingFields(Utf8JsonWriter w, Classification.Finding f)
    {
        w.WriteString("type", f.Type.ToString());
        w.WriteNumber("typeConfidence", Math.Round(f.TypeConfidence, 4));
        w.WriteString("area", f.Area.ToString());
        w.WriteNumber("areaConfidence", Math.Round(f.AreaConfidence, 4));
        w.WriteStartArray("themes");
        foreach (var t in f.Themes)
        {
            w.WriteStringValue(t.ToString());
        }

        w.WriteEndArray();
    }

    public static string ErrorLine(string document, string error) => Line(w =>
    {
        w.WriteString("document", document);
        w.WriteString("error", error);
    });
}
