using InspectionMiner.Classification;
using Microsoft.ML.Data;

namespace InspectionMiner.Embeddings;

/// <summary>One unit as the embedding heads see it: its embedding, its structure as words, and its labels when training.</summary>
internal sealed class EmbeddingRow
{
    [VectorType(MiniLmEmbedder.Dimensions)]
    public float[] Embedding { get; set; } = [];

    public string Context { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Area { get; set; } = string.Empty;

    /// <summary>Whether the unit carries the theme a theme head is trained on.</summary>
    public bool HasTheme { get; set; }

    /// <summary>The structure words: document kind, section kind and area, a letter's focus, list item, heading.</summary>
    public static string ContextOf(UnitContext unit) =>
        $"{unit.DocumentKind} {unit.SectionKind} {unit.SectionArea} {unit.FocusArea} {(unit.IsListItem ? "li" : string.Empty)} {(unit.IsHeading ? "h" : string.Empty)}";
}
