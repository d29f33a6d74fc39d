using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Structure;

/// <summary>Sections and their judgement areas on real layouts of each framework.</summary>
public class SectionStructureTests
{
    [Fact]
    public async Task Sif_key_judgement_tables_open_judgement_sections_and_care_leavers_get_their_own()
    {
        // St Helens 2015 (SIF): each judgement opens with a "Key judgement | Judgement grade" table, then "Summary".
        var doc = await TestCorpus.ParseAsync(TestCorpus.Ilacs("st-helens/2015-01-20.pdf"));
        var thresholds = doc.Units.First(u => u.Text.StartsWith("Thresholds for access to children’s social care are not sufficiently understood", StringComparison.Ordinal));
        Assert.Equal((SectionKind.Judgement, JudgementArea.HelpAndProtection, Grade.RequiresImprovement), (thresholds.Section.Kind, thresholds.Section.Area, thresholds.Section.Grade));

        var pathway = doc.Units.First(u => u.Text.StartsWith("Pathway plans for care leavers are not clear enough", StringComparison.Ordinal) && u.Paragraph == "132");
        Assert.Equal(JudgementArea.CareLeavers, pathway.Section.Area);

        var adoption = doc.Units.First(u => u.Text.StartsWith("The Agency Decision Maker (ADM) is a senior officer", StringComparison.Ordinal));
        Assert.Equal(JudgementArea.ChildrenInCare, adoption.Section.Area);

        // The LSCB review is a leadership judgement, and its own improvement list ends at the next heading.
        var lscbList = doc.Units.Where(u => u.Section.Kind == SectionKind.ImprovementList && u.Page >= 43).ToList();
        Assert.NotEmpty(lscbList);
        Assert.All(lscbList, u => Assert.Equal(JudgementArea.Leadership, u.Section.Area));
        Assert.Contains(doc.Units, u => u.Page >= 45 && u.Section.Heading == "Inspection judgement about the LSCB" && u.Section.Kind == SectionKind.Judgement);
    }

    [Fact]
    public async Task A_sub_heading_inside_a_judgement_section_keeps_the_judgement_heading_as_its_parent()
    {
        // St Helens 2015 (SIF): "Summary" opens each judgement section under its key-judgement table; the LSCB review
        // has its own lists. A reader (and the classifier given text and heading only) sees both headings.
        var doc = await TestCorpus.ParseAsync(TestCorpus.Ilacs("st-helens/2015-01-20.pdf"));
        var thresholds = doc.Units.First(u => u.Text.StartsWith("Thresholds for access to children’s social care are not sufficiently understood", StringComparison.Ordinal));
        Assert.Equal("Summary", thresholds.Section.Heading);
        Assert.StartsWith("The experiences and progress of children", thresholds.Section.ParentHeading, StringComparison.Ordinal);
        Assert.EndsWith("who need help and protection", thresholds.Section.ParentHeading, StringComparison.Ordinal);
        Assert.Equal(thresholds.Section.ParentHeading + Section.PathSeparator + "Summary", thresholds.Section.HeadingPath);

        var lscbList = doc.Units.Where(u => u.Section.Kind == SectionKind.ImprovementList && u.Page >= 43).ToList();
        Assert.All(lscbList, u => Assert.Equal("The Local Safeguarding Children Board requires improvement", u.Section.ParentHeading));

        // Sections outside a judgement have no parent: their path is their own heading.
        var strengths = doc.Units.Where(u => u.Section.Heading == "The local authority’s strengths").ToList();
        Assert.NotEmpty(strengths);
        Assert.All(strengths, u => Assert.Equal((null, "The local authority’s strengths"), (u.Section.ParentHeading, u.Section.HeadingPath)));
        var list = doc.Units.Where(u => u.Section.Kind == SectionKind.ImprovementList && u.Page < 43).ToList();
        Assert.NotEmpty(list);
        Assert.All(list, u => Assert.Null(u.Section.ParentHeading));
    }

    [Fact]
    public async Task A_judgement_title_set_as_body_text_still_opens_its_section()
    {
        // Reading 2019 and Nottingham 2019 print judgement titles as plain paragraphs, the second without a colon.
        var reading = await TestCorpus.ParseAsync(TestCorpus.Ilacs("reading/2019-10-28.pdf"));
        var earlyHelp = reading.Units.First(u => u.Text == "Early help services are a real strength in Reading.");
        Assert.Equal((SectionKind.Judgement, JudgementArea.HelpAndProtection, Grade.RequiresImprovement), (earlyHelp.Section.Kind, earlyHelp.Section.Area, earlyHelp.Section.Grade));
        Assert.InRange(reading.Units.Count(u => u.Section.Kind == SectionKind.ImprovementList), 5, 12);

        var nottingham = await TestCorpus.ParseAsync(TestCorpus.Ilacs("nottingham/2019-01-07.pdf"));
        var assessments = nottingham.Units.First(u => u.Text == "Early help assessments are high quality.");
        Assert.Equal(JudgementArea.HelpAndProtection, assessments.Section.Area);
        Assert.DoesNotContain(nottingham.Units, u => u.Section.Kind == SectionKind.ImprovementList && u.Text.Contains("Crown copyright"));
    }

    [Fact]
    public async Task A_focused_visit_improvement_list_ends_where_the_letter_goes_on()
    {
        var luton = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit("luton/2018-07-05.pdf"));
        var closing = luton.Units.First(u => u.Text.StartsWith("Ofsted will take the findings from this focused visit", StringComparison.Ordinal));
        Assert.NotEqual(SectionKind.ImprovementList, closing.Section.Kind);
        Assert.Contains(luton.Units, u => u.Section.Kind == SectionKind.ImprovementList && u.ListItem is not null);
    }
}
