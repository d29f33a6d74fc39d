using InspectionMiner.Facts;
using InspectionMiner.Classification;
using InspectionMiner.Labels;
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

    [Theory]
    [InlineData("doncaster/2023-06-09.pdf", JudgementArea.HelpAndProtection)] // the 'front door'
    [InlineData("bury/2019-08-23.pdf", JudgementArea.HelpAndProtection)] // the protection of vulnerable adolescents
    [InlineData("bedford/2019-01-04.pdf", JudgementArea.HelpAndProtection)] // children in need and ... a child protection plan
    [InlineData("calderdale/2025-05-20.pdf", JudgementArea.HelpAndProtection)] // ... from extra-familial risk
    [InlineData("cornwall/2022-02-22.pdf", JudgementArea.ChildrenInCare)] // planning and achieving permanence
    [InlineData("essex/2021-11-22.pdf", JudgementArea.CareLeavers)] // care leavers aged 18 to 25
    [InlineData("rotherham/2020-12-04.pdf", null)] // decision-making across help and protection, children in care and ... care leavers
    public async Task A_focused_visits_stated_focus_gives_every_unit_the_area_it_concerns(string letter, JudgementArea? area)
    {
        // A focus stated in a letter's own words (the front door, child protection) gives an area as well as one in a
        // judgement's words ("children who need help and protection"); read by the judgement's words alone, 144 of the
        // corpus's 276 letters would give none.
        var document = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit(letter));
        Assert.NotNull(document.Facts.Focus);
        Assert.All(Enumerable.Range(0, document.Units.Count), i => Assert.Equal(area, UnitContext.From(document, i).FocusArea));
    }

    [Theory]
    [InlineData("the local authority's arrangements for contacts and referrals in the multi-agency safeguarding hub (MASH)", JudgementArea.HelpAndProtection)]
    [InlineData("the local authority's arrangements for children in care, including disabled children", JudgementArea.ChildrenInCare)]
    [InlineData("the local authority's arrangements for older children in care and care leavers under 21", null)]
    [InlineData("the local authority's arrangements for children in need, children subject to a plan and children in care, with a specific focus on services for disabled children", null)]
    [InlineData("the local authority's arrangements for the recruitment of foster carers and private fostering", null)]
    [InlineData("would have benefited from being in care sooner", null)]
    public void A_focus_that_names_one_area_gives_it_and_one_that_names_several_gives_none(string focus, JudgementArea? area) =>
        Assert.Equal(area, SectionRules.FocusAreaOf(focus));

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
