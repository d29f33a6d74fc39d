using InspectionMiner.Facts;

namespace InspectionMiner.Tests.Facts;

/// <summary>Every inspector a letter or report names, whatever the phrasing, with the lead marked.</summary>
public class InspectorFactsTests
{
    private static async Task<DocumentFacts> Letter(string letter) => (await TestCorpus.ParseAsync(TestCorpus.FocusedVisit(letter))).Facts;

    [Theory]
    // "The visit was carried out by Her Majesty's Inspectors John Roughton, Rachel Griffiths, Tara Geere, Alex Dignan and Stephen Bentham."
    [InlineData("coventry/2021-06-25.pdf", "John Roughton", "John Roughton|Rachel Griffiths|Tara Geere|Alex Dignan|Stephen Bentham")]
    // "The visit was carried out by Kate Malleson, Louise Hocking, ..., all of whom are Her Majesty's Inspectors."
    [InlineData("barking-and-dagenham/2021-07-15.pdf", "Kate Malleson", "Kate Malleson|Louise Hocking|Caroline Walsh|Tom Anthony|Jon Bowman")]
    // "The visit was carried out by Her Majesty's Inspector, Lisa Summers and Her Majesty's Inspector, Nick Stacey."
    [InlineData("hartlepool/2020-03-27.pdf", "Lisa Summers", "Lisa Summers|Nick Stacey")]
    // "The visit was conducted by Alison Smale and Julie Knight, two of Her Majesty's Inspectors."
    [InlineData("staffordshire/2018-07-19.pdf", "Alison Smale", "Alison Smale|Julie Knight")]
    // "... a focused visit to the London Borough of Sutton children's services on 26 and 27 June 2018 carried out by Caroline Walsh and Marcie Taylor, Her Majesty's Inspectors."
    [InlineData("sutton/2018-07-19.pdf", "Caroline Walsh", "Caroline Walsh|Marcie Taylor")]
    // "The inspection was undertaken by Maire Atherton and Kate Malleson, Her Majesty's Inspectors."
    [InlineData("west-berkshire/2019-01-17.pdf", "Maire Atherton", "Maire Atherton|Kate Malleson")]
    // "His Majesty's Inspectors for the visit were Steve Lowe and Nhlanganiso Nyathi."
    [InlineData("north-somerset/2022-10-26.pdf", "Steve Lowe", "Steve Lowe|Nhlanganiso Nyathi")]
    // "Her Majesty's Inspectors (HMI) for this visit were Russel Breyer and Victoria Metheringham, with Teresa Godfrey, HMI designate."
    [InlineData("waltham-forest/2022-07-01.pdf", "Russel Breyer", "Russel Breyer|Victoria Metheringham|Teresa Godfrey")]
    // "The inspectors were Her Majesty's Inspectors (HMI) Social Care, Nigel Parkes, ... and Stephen Lee, Senior HMI."
    [InlineData("gloucestershire/2020-11-20.pdf", "Nigel Parkes", "Nigel Parkes|Rachel Griffiths|Steve Lowe|Diane Partridge|Stephen Lee")]
    // "... Louise Walker (HMI designate)."
    [InlineData("gateshead/2021-10-27.pdf", "Brenda McLaughlin", "Brenda McLaughlin|Vicky Metheringham|Louise Walker")]
    public async Task Every_inspector_is_read_whatever_the_phrasing(string letter, string lead, string inspectors)
    {
        var f = await Letter(letter);
        Assert.Equal(lead, f.LeadInspector);
        Assert.Equal(inspectors.Split('|'), f.Inspectors);
    }

    [Theory]
    // "Lead inspector: Janet Fraser", "Deputy lead inspector: Neil Penswick", "Team inspectors: ..."; earlier, "... keep in
    // touch meetings with the lead inspector attended by ..." names no one.
    [InlineData("doncaster/2015-11-27.pdf", "Janet Fraser", "Janet Fraser|Neil Penswick|Tracey Metcalfe|Wendy Ghaffar|Carolyn Spray|Graham Reiter|Russ Henry|Brenda Mclaughlin")]
    // "Lead inspector on site: Pietro Battista", "Report author: Sean Tarpey" (a team inspector too), "Shadow inspector: Claire Hummerstone".
    [InlineData("hammersmith-and-fulham/2016-03-29.pdf", "Pietro Battista", "Pietro Battista|Paula Thomson-Jones|Sean Tarpey|Louise Warren|Kathryn Townsley|Brendan Parkinson|Susan Williams|Steve Stanley|Claire Hummerstone")]
    // Labels and names in two columns, the team over three lines, then "Quality assurance manager: John Mitchell".
    [InlineData("peterborough/2015-09-18.pdf", "Nigel Parkes", "Nigel Parkes|Susan Myers|Derrick Baughan|Rob Hackeson|Tracey Metcalfe|Neil Penswick|Tina Shepherd|Ty Yousaf|Dominic Stevens")]
    // "Jan / Edwards" wrapped in the names' column.
    [InlineData("bracknell-forest/2017-07-14.pdf", "Anne Waterman", "Anne Waterman|Linda Steele|Mandy Nightingale|Brenda McLaughlin|Jan Edwards|Stella Butler|Karen Wareing")]
    // "Judith Nelson Robert Pyner" (the comma lost) and "Dominic Porter- Moore".
    [InlineData("staffordshire/2014-03-21.pdf", "Mary Candlin", "Mary Candlin|Brenda Mclaughlin|Tracey Metcalfe|Peter McEntee|Judith Nelson|Robert Pyner|Christine Williams|Susan Myers|Dominic Porter-Moore")]
    // The team inspectors' line breaks after "Tina Shepherd HMI," into a block of its own.
    [InlineData("norfolk/2015-10-20.pdf", "Helen Cawston", "Helen Cawston|Louise Hocking|Donna Marriott|Linda Steele|Tina Shepherd|Marcie Taylor|Anji Parker|Jon Bowman|Brenda Mclaughlin")]
    // "Pauline Higham HMI designate)", "John Mitchell (Senior HMI)"; the two quality assurance managers are no inspectors.
    [InlineData("rutland/2017-02-13.pdf", "Karen Wareing", "Karen Wareing|Nigel Parkes|Susan Myers|Lisa Summers|Pauline Higham|Russ Henry|Rosemary Chapman|John Mitchell")]
    // "Shadow inspectors: Regulatory Inspection Manager Rachel Holden, Charles Searle HMI".
    [InlineData("gateshead/2016-03-11.pdf", "Tracey Metcalfe", "Tracey Metcalfe|Fiona Millns|Sarah Urding|Catherine McEvoy|Fiona Parker|Shirley Bailey|Pamela Blackman|Rachel Holden|Charles Searle")]
    // "Team inspectors: HMI Susan Myers, ...", "Associate inspectors: Andy Smith and Jo Pymont".
    [InlineData("northumberland/2016-04-14.pdf", "Tracey Metcalfe", "Tracey Metcalfe|Shirley Bailey|Susan Myers|Fiona Millns|Pamela Blackman|Carolyn Spray|Andy Smith|Jo Pymont")]
    // A team of two: lead and deputy.
    [InlineData("isles-of-scilly/2016-06-27.pdf", "Emmy Tomsett", "Emmy Tomsett|Stephanie Murray")]
    // ILACS 2022: "Lead inspectors: Rebecca Quested, His Majesty's Inspector, and Matthew Reed, His Majesty's Inspector".
    [InlineData("stoke-on-trent/2022-11-25.pdf", "Rebecca Quested", "Rebecca Quested|Matthew Reed")]
    public async Task A_reports_inspection_team_gives_every_inspector_with_the_lead_first(string report, string lead, string inspectors)
    {
        var f = (await TestCorpus.ParseAsync(TestCorpus.Ilacs(report))).Facts;
        Assert.Equal(lead, f.LeadInspector);
        Assert.Equal(inspectors.Split('|'), f.Inspectors);
    }

    [Fact]
    public async Task A_lead_and_team_inspectors_phrase_gives_every_name_with_the_lead_marked()
    {
        const string letter = """
            FICTIONAL SAMPLE: written for InspectionMiner's tests. Westmarch is not a real local authority and no such visit took place.

            9 April 2025

            Focused visit to Westmarch children's services

            This letter summarises the findings of the focused visit to Westmarch children's services on 4 and 5 March 2025.

            The visit was carried out by lead inspector Alex Sample and team inspectors Sam Placeholder and Jo Example.

            Inspectors looked at the local authority's arrangements for children in need.

            Yours sincerely

            Jo Example
            His Majesty's Inspector
            """;
        var f = (await new DocumentParser().ParseAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(letter)), "westmarch-team.txt")).Facts;
        Assert.Equal(["Alex Sample", "Sam Placeholder", "Jo Example"], f.Inspectors);
        Assert.Equal("Alex Sample", f.LeadInspector);
    }

    [Fact]
    public async Task A_visit_over_two_months_is_read_from_its_sentence()
    {
        // "... on 29 and 30 September, and 1 October 2020."
        var f = await Letter("bury/2020-11-13.pdf");
        Assert.Equal(new DateOnly(2020, 9, 29), f.InspectionStart);
        Assert.Equal(new DateOnly(2020, 10, 1), f.InspectionEnd);
        Assert.DoesNotContain(f.Warnings, w => w.Field is "published" or "inspectionEnd");
    }
}
