namespace InspectionMiner.Structure;

/// <summary>What a section of a document is for.</summary>
public enum SectionKind
{
    /// <summary>Anything else: front matter, contents, context, method, findings without a judgement.</summary>
    Other = 0,
    /// <summary>A summary: "Executive summary", "Overview", "Headline findings", the text after the grade table.</summary>
    Summary,
    /// <summary>A list of what must improve: "What needs to improve?", "Areas for improvement", "Recommendations".</summary>
    ImprovementList,
    /// <summary>A judgement section, such as "The experiences and progress of children in care: good".</summary>
    Judgement,
}
