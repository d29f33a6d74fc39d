using InspectionMiner.Facts;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Structure;

public class FactsOnSamplesTests
{
    [Fact]
    public async Task A_focused_visit_letter_gives_its_dates_inspectors_focus_and_no_grades()
    {
        var facts = (await TestCorpus.ParseAsync(TestCorpus.Sample("westmarch-focused-visit.txt"))).Facts;
        // Westmarch is fictional: no English authority, so none is resolved, and a warning names the name printed.
        Assert.Null(facts.Authority);
        Assert.Null(facts.LocalAuthority);
        Assert.Equal("Westmarch", facts.AuthorityAsPrinted);
        Assert.Contains(facts.Warnings, w => w.Field == "authority" && w.Source == "Westmarch");
        Assert.Equal(DocumentKind.FocusedVisit, facts.Kind);
        Assert.Equal(Framework.Ilacs, facts.Framework);
        Assert.Equal(new DateOnly(2025, 2, 4), facts.InspectionStart);
        Assert.Equal(new DateOnly(2025, 2, 5), facts.InspectionEnd);
        Assert.Equal(new DateOnly(2025, 3, 12), facts.Published);
        Assert.Equal("Alex Sample", facts.LeadInspector);
        Assert.Equal(["Alex Sample", "Sam Placeholder"], facts.Inspectors);
        Assert.Contains("children in need", facts.Focus);
        Assert.Equal(JudgementGrades.None, facts.Grades);
    }

    [Fact]
    public async Task A_monitoring_visit_letter_gives_its_focus_and_its_sentences_the_focus_area()
    {
        // No monitoring visit is in the corpus; a fictional one in Ofsted's wording.
        const string letter = """
            FICTIONAL SAMPLE: written for InspectionMiner's tests. Westmarch is not a real local authority and no such visit took place.

            9 April 2026

            Ms Jane Example
            Director of Children's Services
            Westmarch Borough Council

            Dear Ms Example

            Monitoring visit to Westmarch children's services

            This letter summarises the findings of the monitoring visit to Westmarch children's services on 10 and 11 March 2026. This was the second monitoring visit since the local authority was judged inadequate in 2025. His Majesty's Inspectors for this visit were Alex Sample and Sam Placeholder.

            Inspectors reviewed the progress made in the local authority's arrangements for care leavers.

            Headline findings

            Personal advisers now keep in touch with most young people regularly. Too many young people still live in unsuitable accommodation.

            Yours sincerely

            Alex Sample
            His Majesty's Inspector
            """;
        var document = await new DocumentParser().ParseAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(letter)), "westmarch-monitoring-visit.txt");
        Assert.Equal(DocumentKind.MonitoringVisit, document.Facts.Kind);
        Assert.Equal("the progress made in the local authority's arrangements for care leavers", document.Facts.Focus);
        var advisers = document.Units.Single(u => u.Text.StartsWith("Personal advisers", StringComparison.Ordinal));
        Assert.Equal(JudgementArea.CareLeavers, InspectionMiner.Classification.UnitContext.From(document, advisers.Index).FocusArea);
    }

    [Fact]
    public async Task A_full_report_gives_every_grade_from_its_table()
    {
        var doc = await TestCorpus.ParseAsync(TestCorpus.Sample("westmarch-inspection.md"));
        var facts = doc.Facts;
        Assert.Equal(DocumentKind.StandardInspection, facts.Kind);
        Assert.Equal(new JudgementGrades(Grade.Good, Grade.Good, Grade.RequiresImprovement, Grade.Good, Grade.Outstanding), facts.Grades);
        Assert.Equal("Alex Sample", facts.LeadInspector);
        Assert.DoesNotContain(doc.Units, u => u.Text.Contains("FICTIONAL footnote"));
        Assert.Contains(doc.Units, u => u.Text == "Leaders have a clear understanding of the quality of practice and have acted decisively to strengthen the workforce.");
    }

    [Fact]
    public async Task Sections_carry_their_kind_area_and_grade()
    {
        var doc = await TestCorpus.ParseAsync(TestCorpus.Sample("westmarch-inspection.md"));
        var summary = doc.Units.Single(u => u.Text.StartsWith("Services for children in Westmarch", StringComparison.Ordinal));
        Assert.Equal(SectionKind.Summary, summary.Section.Kind);
        var item = doc.Units.Single(u => u.Text.StartsWith("Management oversight of work", StringComparison.Ordinal));
        Assert.Equal(SectionKind.ImprovementList, item.Section.Kind);
        var pep = doc.Units.Single(u => u.Text.StartsWith("Personal education plans", StringComparison.Ordinal));
        Assert.Equal(SectionKind.Judgement, pep.Section.Kind);
        Assert.Equal(JudgementArea.ChildrenInCare, pep.Section.Area);
        Assert.Equal(Grade.Good, pep.Section.Grade);
        Assert.Equal("4", pep.Paragraph);
    }

    [Fact]
    public async Task A_seed_council_report_is_recognised_as_one_with_the_authority_it_reports_on()
    {
        var facts = (await TestCorpus.ParseAsync(TestCorpus.Seed("000"))).Facts;
        Assert.Equal(DocumentKind.CouncilReport, facts.Kind);
        Assert.Equal(JudgementGrades.None, facts.Grades);
        Assert.Equal("Leeds", facts.Authority); // not "Best" (from "Best Council Plan")
        Assert.Equal(80481, facts.LocalAuthority?.Urn);

        var leicestershire = (await TestCorpus.ParseAsync(TestCorpus.Seed("004"))).Facts;
        Assert.Equal(DocumentKind.CouncilReport, leicestershire.Kind);
        Assert.Equal("Leicestershire", leicestershire.Authority);
    }

    [Theory]
    [InlineData("15 to 26 June 2026", "2026-06-15", "2026-06-26")]
    [InlineData("25 April – 18 May 2017", "2017-04-25", "2017-05-18")]
    [InlineData("30 and 31 January 2018", "2018-01-30", "2018-01-31")]
    [InlineData("30 September to 11 October 2024 and 13 to 16 January 2025", "2024-09-30", "2025-01-16")]
    [InlineData("18 Feb 2014 – 12 March 2014", "2014-02-18", "2014-03-12")]
    public void Date_ranges_are_read_as_Ofsted_prints_them(string text, string start, string end)
    {
        var (s, e) = DateText.ReadRange(text);
        Assert.Equal(DateOnly.Parse(start), s);
        Assert.Equal(DateOnly.Parse(end), e);
    }
}
