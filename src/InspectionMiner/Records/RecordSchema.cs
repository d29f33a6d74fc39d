using InspectionMiner.Labels;

namespace InspectionMiner.Records;

/// <summary>
/// The one record schema of every output (JSON lines, CSV, Parquet, .xlsx, the SQLite findings database and the
/// report): the fields of a document and of a unit, in order, with names in camelCase. A unit row opens with its
/// document's identifying facts (<see cref="DocumentFacts"/>), so any row can be filtered by authority, kind or year
/// without a join. Published as JSON Schema in <c>docs/schema/</c>.
/// </summary>
/// <example>
/// <code>
/// // A CSV header, and one line per finding, in the schema's order.
/// Console.WriteLine(string.Join(",", RecordSchema.Units.Select(f =&gt; f.Name)));
/// MinedDocument mined = await new Miner().MineAsync("letter.pdf", ct);
/// foreach (UnitRecord row in UnitRecord.AllOf("letter.pdf", mined, findingsOnly: true))
///     Console.WriteLine(string.Join(",", RecordSchema.Units.Select(f =&gt; f.ValueOf(row))));
/// </code>
/// </example>
public static class RecordSchema
{
    /// <summary>The version of the schema; the findings database records it (SQLite <c>user_version</c>).</summary>
    public const int Version = 4;

    private static readonly RecordField<DocumentRecord>[] Identity =
    [
        Text<DocumentRecord>("document", false, "The file the document was read from, as given.", d => d.Document),
    ];

    /// <summary>The facts that also open every unit row.</summary>
    private static readonly RecordField<DocumentRecord>[] Shared =
    [
        Text<DocumentRecord>("authority", true, "The local authority's canonical name (\"Barnet\", \"Kingston upon Hull\"); null when the name printed is no English authority's.", d => d.Authority),
        Text<DocumentRecord>("authorityAsPrinted", true, "The authority's name as the document prints it (\"London Borough of Barnet\").", d => d.AuthorityAsPrinted),
        Integer<DocumentRecord>("ofstedUrn", true, "Ofsted's unique reference number for the authority's children's services.", d => d.OfstedUrn),
        Text<DocumentRecord>("laCode", true, "The authority's DfE three-digit LA code.", d => d.LaCode),
        Text<DocumentRecord>("onsCode", true, "The authority's ONS area code.", d => d.OnsCode),
        Text<DocumentRecord>("region", true, "The authority's ONS region.", d => d.Region),
        Text<DocumentRecord>("kind", true, "The document's kind (DocumentKind).", d => d.Kind?.ToString()),
        Text<DocumentRecord>("framework", true, "The inspection framework (Framework).", d => d.Framework?.ToString()),
        Date<DocumentRecord>("inspectionStart", "The first day of the inspection or visit.", d => d.InspectionStart),
        Date<DocumentRecord>("inspectionEnd", "The last day of the inspection or visit.", d => d.InspectionEnd),
        Date<DocumentRecord>("published", "The publication date, or a letter's date, where printed.", d => d.Published),
        Integer<DocumentRecord>("year", true, "The year the inspection started, else the year of publication.", d => d.Year),
    ];

    private static readonly RecordField<DocumentRecord>[] OwnFacts =
    [
        Text<DocumentRecord>("contentHash", true, "XXH128 of the file's bytes, 32 hex digits: the document whatever its name.", d => d.ContentHash),
        Integer<DocumentRecord>("pages", true, "The page count.", d => d.Pages),
        Text<DocumentRecord>("leadInspector", true, "The lead inspector, where printed.", d => d.LeadInspector),
        List<DocumentRecord>("inspectors", "The inspectors named in the document.", d => d.Inspectors),
        Text<DocumentRecord>("focus", true, "A focused or monitoring visit's stated focus.", d => d.Focus),
        List<DocumentRecord>("focusAreas", "The judgement areas a visit's focus names (JudgementArea), without those it excludes; empty for other documents.", d => [.. d.FocusAreas.Select(a => a.ToString())]),
        Grade("overallEffectiveness", "Overall effectiveness.", g => g.OverallEffectiveness),
        Grade("impactOfLeaders", "The impact of leaders (SIF: leadership, management and governance).", g => g.ImpactOfLeaders),
        Grade("helpAndProtection", "The experiences and progress of children who need help and protection.", g => g.HelpAndProtection),
        Grade("childrenInCare", "The experiences and progress of children in care.", g => g.ChildrenInCare),
        Grade("careLeavers", "The experiences and progress of care leavers.", g => g.CareLeavers),
        Grade("adoption", "SIF adoption performance.", g => g.Adoption),
        Grade("lscb", "SIF review of the Local Safeguarding Children Board.", g => g.Lscb),
        List<DocumentRecord>("gradeReadings", "Where each grade was read, as judgement: Grade (p. N: \"text\").", d => d.Grades is { } g ? [.. g.Readings.Select(Reading)] : []),
        List<DocumentRecord>("warnings", "Facts that look wrong or could not be read, each as field: message (\"source\").", d => d.Warnings),
    ];

    private static readonly RecordField<UnitRecord>[] Place =
    [
        Integer<UnitRecord>("unit", false, "0-based position of the unit in its document.", u => u.Unit),
        Integer<UnitRecord>("page", false, "The page it is printed on (1-based).", u => u.Page),
        Text<UnitRecord>("paragraph", true, "The paragraph number printed before it.", u => u.Paragraph),
        Text<UnitRecord>("section", true, "The heading of the section it sits in.", u => u.Section),
        Text<UnitRecord>("sectionKind", false, "What the section is for (SectionKind).", u => u.SectionKind.ToString()),
        Text<UnitRecord>("sectionArea", true, "The judgement area the section gives (JudgementArea).", u => u.SectionArea?.ToString()),
        Text<UnitRecord>("text", false, "The unit's clean text.", u => u.Text),
        Text<UnitRecord>("hash", false, "The stable key of its normalised text (16 hex digits).", u => u.Hash),
    ];

    private static readonly RecordField<UnitRecord>[] Finding =
    [
        Text<UnitRecord>("type", false, "The finding type (FindingType).", u => u.Type?.ToString()),
        Number<UnitRecord>("typeConfidence", "The type's probability, rounded to 4 decimals.", u => u.TypeConfidence),
        Text<UnitRecord>("area", false, "The classified judgement area (JudgementArea).", u => u.Area?.ToString()),
        Number<UnitRecord>("areaConfidence", "The area's probability, rounded to 4 decimals.", u => u.AreaConfidence),
        Boolean<UnitRecord>("needsReview", "True when a person should read the unit: its calibrated type or area confidence is below the model's review threshold (reviewThreshold in findings-model.json).", u => u.NeedsReview),
        List<UnitRecord>("themes", "The unit's themes (Theme), most probable first.", u => u.Themes.Select(t => t.ToString()).ToArray()),
    ];

    /// <summary>
    /// A document's fields: <c>document</c>, the facts a unit row repeats (authority and its codes, kind, framework,
    /// dates, year), then its own (content hash, pages, inspectors, focus, grades, warnings).
    /// </summary>
    public static IReadOnlyList<RecordField<DocumentRecord>> Documents { get; } = [.. Identity, .. Shared, .. OwnFacts];

    /// <summary>The <c>facts</c> command's fields: <see cref="Documents"/> and <c>error</c> (why the file could not be read).</summary>
    public static IReadOnlyList<RecordField<DocumentRecord>> Facts { get; } =
        [.. Documents, Text<DocumentRecord>("error", true, "Why the file could not be read; null when it was.", d => d.Error)];

    /// <summary>The document facts a unit row opens with: <c>document</c>, authority and its codes, kind, framework, dates, year.</summary>
    public static IReadOnlyList<RecordField<DocumentRecord>> DocumentFacts { get; } = [.. Identity, .. Shared];

    /// <summary>A parsed unit's fields (the <c>units</c> command): <see cref="DocumentFacts"/>, then the unit's place and text.</summary>
    public static IReadOnlyList<RecordField<UnitRecord>> ParsedUnits { get; } = [.. DocumentFacts.Select(Lift), .. Place];

    /// <summary>A mined unit's fields (the <c>mine</c> command, every output): <see cref="ParsedUnits"/>, then type, area, whether it needs review, and themes.</summary>
    public static IReadOnlyList<RecordField<UnitRecord>> Units { get; } = [.. ParsedUnits, .. Finding];

    /// <summary>The fields of a unit that are its own (not its document's): what the database's <c>units</c> table holds, themes apart.</summary>
    internal static IReadOnlyList<RecordField<UnitRecord>> UnitOwn { get; } = [.. Place, .. Finding.Where(f => f.Kind != FieldKind.TextList)];

    private static string Reading(Facts.GradeReading r)
    {
        var judgement = r.Judgement.ToString();
        var where = r.Page is { } page ? $"p. {page.ToString(System.Globalization.CultureInfo.InvariantCulture)}: " : string.Empty;
        return $"{char.ToLowerInvariant(judgement[0])}{judgement[1..]}: {r.Grade} ({where}\"{r.Text}\")";
    }

    private static RecordField<UnitRecord> Lift(RecordField<DocumentRecord> f) => new(f.Name, f.Kind, f.Nullable, f.Description, u => f.ValueOf(u.Source));

    private static RecordField<T> Text<T>(string name, bool nullable, string description, Func<T, string?> read) => new(name, FieldKind.Text, nullable, description, read);

    private static RecordField<T> Integer<T>(string name, bool nullable, string description, Func<T, int?> read) =>
        new(name, FieldKind.Integer, nullable, description, r => read(r) is int i ? (long)i : null);

    private static RecordField<T> Number<T>(string name, string description, Func<T, double?> read) => new(name, FieldKind.Number, false, description, r => read(r));

    private static RecordField<T> Boolean<T>(string name, string description, Func<T, bool?> read) => new(name, FieldKind.Boolean, false, description, r => read(r));

    private static RecordField<T> Date<T>(string name, string description, Func<T, DateOnly?> read) => new(name, FieldKind.Date, true, description, r => read(r));

    private static RecordField<T> List<T>(string name, string description, Func<T, IReadOnlyList<string>> read) => new(name, FieldKind.TextList, false, description, read);

    private static RecordField<DocumentRecord> Grade(string name, string description, Func<Facts.JudgementGrades, Grade> read) =>
        Text<DocumentRecord>(name, true, description + " (Grade; NotJudged where the document has none.)", d => d.Grades is { } g ? read(g).ToString() : null);
}
