namespace InspectionMiner.Layout;

/// <summary>What a layout block is.</summary>
public enum LayoutBlockKind
{
    /// <summary>A paragraph of running text (possibly numbered).</summary>
    Paragraph,
    /// <summary>A heading: bold or larger text standing on its own.</summary>
    Heading,
    /// <summary>One item of a bulleted list.</summary>
    ListItem,
    /// <summary>A table (rows of cells), such as the judgement and grade table.</summary>
    Table,
}
