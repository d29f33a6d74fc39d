using InspectionMiner.Classification;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Classification;

/// <summary>What the classifier is told about a parsed unit beside its text, on real documents and the samples.</summary>
public class UnitContextTests
{
    [Fact]
    public async Task Every_item_of_a_list_carries_the_sentence_that_introduces_the_list()
    {
        // A council report restating Ofsted's recommendations: the lead-in is a numbered paragraph, the items a
        // sub-list under it.
        var council = await TestCorpus.ParseAsync(TestCorpus.Seed("004"));
        const string leadIn = "The report contains 6 recommendations for improvement covering the following areas:";
        var fifth = Context(council, "Planning for permanence for children whose plan is not adoption.");
        Assert.StartsWith(leadIn, fifth.Neighbours, StringComparison.Ordinal);
        Assert.Contains("The quality of case recording", fifth.Neighbours, StringComparison.Ordinal);

        // The first item has the lead-in as its neighbour already: it is not given twice.
        var first = Context(council, "The timeliness of assessment and help for children who are not identified");
        Assert.Equal(1, Occurrences(first.Neighbours!, leadIn));

        // A focused-visit letter: the second of two items.
        var letter = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit("middlesbrough/2021-07-15.pdf"));
        var items = letter.Units.SkipWhile(u => !u.Text.EndsWith("the following areas for improvement were identified at this visit:", StringComparison.Ordinal))
            .Skip(1).TakeWhile(u => u.ListItem is not null).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("the following areas for improvement were identified at this visit:", UnitContext.From(letter, items[1].Index).Neighbours, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_under_its_heading_and_a_paragraph_get_only_their_neighbours()
    {
        var letter = await TestCorpus.ParseAsync(TestCorpus.Sample("westmarch-focused-visit.txt"));
        var second = Context(letter, "The timeliness of initial child protection conferences.");
        Assert.Equal("The quality of child in need plans, so that they are specific and measurable.", second.Neighbours);

        var paragraph = Context(letter, "Ofsted will take the findings from this focused visit into account");
        Assert.DoesNotContain(":", paragraph.Neighbours, StringComparison.Ordinal);
        Assert.False(paragraph.IsListItem);
    }

    private static UnitContext Context(InspectionDocument document, string start) =>
        UnitContext.From(document, document.Units.Single(u => u.Text.StartsWith(start, StringComparison.Ordinal)).Index);

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
