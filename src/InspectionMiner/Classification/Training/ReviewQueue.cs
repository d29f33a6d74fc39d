namespace InspectionMiner.Classification.Training;

/// <summary>The units of a mined document that a person should read (<see cref="Finding.NeedsReview"/>), with the unit before each as context.</summary>
/// <example>
/// <code>
/// MinedDocument mined = await miner.MineAsync("letter.pdf", ct);
/// using var writer = new StreamWriter("review.csv");
/// ReviewSheet.Write(writer, ReviewQueue.Of(mined, "letter.pdf"));
/// </code>
/// </example>
public static class ReviewQueue
{
    /// <summary>The flagged units of <paramref name="document"/>, in document order.</summary>
    /// <param name="document">A mined document.</param>
    /// <param name="documentPath">The path to record for it (the one <c>train --reviewed</c> will read it from).</param>
    public static IEnumerable<ReviewItem> Of(MinedDocument document, string documentPath)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(documentPath);
        for (var i = 0; i < document.Units.Count; i++)
        {
            var (unit, finding) = (document.Units[i].Unit, document.Units[i].Finding);
            if (finding.NeedsReview)
            {
                yield return new ReviewItem(documentPath, unit.Hash, unit.Page, unit.Section.HeadingPath, i > 0 ? document.Units[i - 1].Unit.Text : null, unit.Text, finding);
            }
        }
    }
}
