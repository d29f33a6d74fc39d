using InspectionMiner.Facts;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Facts;

/// <summary>A letter's focus as a fact: the whole focus text with its list, and the judgement areas it names.</summary>
public class FocusFactsTests
{
    private static async Task<DocumentFacts> Letter(string letter) => (await TestCorpus.ParseAsync(TestCorpus.FocusedVisit(letter))).Facts;

    private static async Task<DocumentFacts> Fictional(string focusSentence)
    {
        var letter = $"""
            FICTIONAL SAMPLE: written for InspectionMiner's tests. Westmarch is not a real local authority and no such visit took place.

            9 April 2025

            Focused visit to Westmarch children's services

            This letter summarises the findings of the focused visit to Westmarch children's services on 4 and 5 March 2025.

            {focusSentence}

            Yours sincerely

            Alex Sample
            His Majesty's Inspector
            """;
        return (await new DocumentParser().ParseAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(letter)), "westmarch-focus.txt")).Facts;
    }

    [Fact]
    public async Task The_focus_keeps_the_list_after_with_a_particular_focus_on()
    {
        var f = await Letter("bracknell-forest/2024-01-12.pdf");
        Assert.Equal("the local authority's arrangements for children in care, with a particular focus on: decision-making for children in long-term care; " +
                     "the effectiveness of the support and permanence planning for children living long term with foster carers; the experiences of disabled children in care", f.Focus);
        Assert.Equal([JudgementArea.ChildrenInCare], f.FocusAreas);

        var southwark = await Letter("southwark/2024-01-29.pdf");   // "..., focusing specifically on:"
        Assert.EndsWith("support into adulthood; care leavers with specific needs (for example, unaccompanied asylum seekers, young parents or those who have had contact with the criminal justice system)", southwark.Focus);
        Assert.Equal([JudgementArea.CareLeavers], southwark.FocusAreas);
    }

    [Theory]
    [InlineData("thurrock/2018-10-04.pdf", JudgementArea.HelpAndProtection)]   // "children in need and those subject to a child protection plan"
    [InlineData("cambridgeshire/2025-08-29.pdf", JudgementArea.CareLeavers)]
    public async Task A_letters_focus_names_its_judgement_area(string letter, JudgementArea area)
    {
        Assert.Equal([area], (await Letter(letter)).FocusAreas);
    }

    [Fact]
    public async Task An_excluded_group_is_no_focus_area_and_a_qualified_one_is_what_it_qualifies()
    {
        var negated = await Fictional("Inspectors looked at the local authority's arrangements for children in care aged over 14 but not care leavers.");
        Assert.Equal([JudgementArea.ChildrenInCare], negated.FocusAreas);

        var eligible = await Fictional("Inspectors looked at the local authority's arrangements for children looked after who are eligible for care leaving services.");
        Assert.Equal([JudgementArea.CareLeavers], eligible.FocusAreas);

        var several = await Fictional("Inspectors looked at decision-making for children in need of help and protection, children in care and care leavers.");
        Assert.Equal([JudgementArea.HelpAndProtection, JudgementArea.ChildrenInCare, JudgementArea.CareLeavers], several.FocusAreas);
    }

    [Fact]
    public void The_focus_area_the_classifier_reads_is_that_of_the_focus_statement_alone()
    {
        // The list after "with a particular focus on:" names no other judgement in any letter of the corpus, so the single
        // focus area a unit's context carries is what the statement alone gives.
        var letters = Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits"), "*.pdf", SearchOption.AllDirectories)
            .Select(p => TestCorpus.ParseAsync(p).GetAwaiter().GetResult().Facts)
            .Where(f => f.Focus is { } focus && focus.Contains(": ", StringComparison.Ordinal))
            .ToList();
        Assert.True(letters.Count >= 9, $"{letters.Count} letters with a list");
        Assert.All(letters, f => Assert.Equal(SectionRules.FocusAreaOf(f.Focus![..(f.Focus!.IndexOf(':') + 1)]), SectionRules.FocusAreaOf(f.Focus!)));
    }
}
