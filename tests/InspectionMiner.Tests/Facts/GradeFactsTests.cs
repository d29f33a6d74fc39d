using InspectionMiner.Facts;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Facts;

/// <summary>Grades of every framework, however a report sets them, each with the page and text it was read from.</summary>
public class GradeFactsTests
{
    private static async Task<DocumentFacts> Facts(string report) => (await TestCorpus.ParseAsync(TestCorpus.Ilacs(report))).Facts;

    [Fact]
    public async Task A_sif_summary_sentence_gives_the_overall_grade_with_its_page_and_text()
    {
        // "Children's services in Bedford Borough require improvement to be good" (overall had been lost).
        var g = (await Facts("bedford/2017-04-07.pdf")).Grades;
        var overall = g.ReadingOf(Judgement.OverallEffectiveness)!;
        Assert.Equal(Grade.RequiresImprovement, overall.Grade);
        Assert.Equal(1, overall.Page);
        Assert.Equal("Children's services in Bedford Borough require improvement to be good", overall.Text);
        Assert.Equal(Enum.GetValues<Judgement>(), g.Judgements);
        Assert.All(g.Judgements, j => Assert.NotEqual(Grade.NotJudged, g[j]));
    }

    [Theory]
    [InlineData("blackpool/2014-09-08.pdf", Grade.RequiresImprovement)]   // "The overall judgement is that children's services require improvement."
    [InlineData("cambridgeshire/2014-08-08.pdf", Grade.Good)]             // "... that children's services are good"
    [InlineData("newham/2014-08-08.pdf", Grade.RequiresImprovement)]      // "... that children's service requires / improvement."
    [InlineData("norfolk/2018-01-19.pdf", Grade.RequiresImprovement)]     // "Children's services in Norfolk requires improvement"
    [InlineData("darlington/2018-05-21.pdf", Grade.RequiresImprovement)]  // "... require improvement to be / good" over two lines
    public async Task The_overall_grade_is_read_however_the_summary_sentence_puts_it(string report, Grade grade)
    {
        Assert.Equal(grade, (await Facts(report)).Grades.OverallEffectiveness);
    }

    [Fact]
    public async Task A_requires_improvement_cell_wrapped_around_the_judgements_name_is_read()
    {
        // "Requires / 1. Children who need help and protection / improvement to be / good", and "Requires / 2. Children
        // looked after and achieving / improvement to be / permanence / good", whose "good" is no grade of its own.
        var darlington = (await Facts("darlington/2018-05-21.pdf")).Grades;
        Assert.Equal(Grade.RequiresImprovement, darlington.HelpAndProtection);
        Assert.Equal(Grade.RequiresImprovement, darlington.ChildrenInCare);
        Assert.Equal(Grade.RequiresImprovement, darlington.ImpactOfLeaders);
        Assert.Equal(Grade.Good, darlington.Adoption);

        // "Requires / Children who need help and protection / Improvement" (2014's table).
        var blackpool = (await Facts("blackpool/2014-09-08.pdf")).Grades;
        Assert.Equal(Grade.RequiresImprovement, blackpool.HelpAndProtection);
        Assert.Equal(Grade.RequiresImprovement, blackpool.ImpactOfLeaders);
        Assert.StartsWith("Requires Children who need help and protection Improvement", blackpool.ReadingOf(Judgement.HelpAndProtection)!.Text);
    }

    [Fact]
    public async Task A_requires_improvement_cell_wrapped_as_requires_improvement_to_and_be_good_gives_its_row_requires_improvement()
    {
        // "Requires improvement to" on the line above the row's name and "be good" beside it: the "good" is no grade of its own.
        var lincolnshire = (await Facts("north-east-lincolnshire/2017-09-25.pdf")).Grades;
        Assert.Equal(Grade.RequiresImprovement, lincolnshire.HelpAndProtection);
        Assert.Equal("Requires improvement to Children who need help and protection be good", lincolnshire.ReadingOf(Judgement.HelpAndProtection)!.Text);
        Assert.Equal(Grade.Good, lincolnshire.ChildrenInCare);
        Assert.Equal(Grade.Good, lincolnshire.ImpactOfLeaders);
        Assert.Equal(Grade.Good, lincolnshire.OverallEffectiveness);

        var somerset = (await Facts("north-somerset/2017-08-25.pdf")).Grades;
        Assert.Equal(Grade.RequiresImprovement, somerset.HelpAndProtection);
        Assert.Equal(Grade.RequiresImprovement, somerset.ChildrenInCare);
        Assert.Equal(Grade.RequiresImprovement, somerset.ImpactOfLeaders);
        Assert.Equal(Grade.Good, somerset.Adoption);
        Assert.Equal(Grade.Good, somerset.CareLeavers);
        Assert.Equal(Grade.RequiresImprovement, somerset.OverallEffectiveness);

        // The same wrap on a sub-judgement's row: "2.2 Experiences and progress of care leavers".
        var shropshire = (await Facts("shropshire/2017-11-24.pdf")).Grades;
        Assert.Equal(Grade.RequiresImprovement, shropshire.CareLeavers);
        Assert.Equal(Grade.RequiresImprovement, shropshire.ChildrenInCare);
        Assert.Equal(Grade.Good, shropshire.HelpAndProtection);
        Assert.Equal(Grade.Good, shropshire.Adoption);
    }

    [Theory]
    [InlineData("nottinghamshire/2015-07-20.pdf", Grade.Good, "Children's services in Nottinghamshire County Council are good")]       // 2010: "found overall effectiveness of safeguarding services to be inadequate"
    [InlineData("west-berkshire/2017-07-07.pdf", Grade.Good, "Children's services in West Berkshire are good")]                         // "The judgements for the local authority were: - overall effectiveness: inadequate"
    [InlineData("knowsley/2017-06-13.pdf", Grade.RequiresImprovement, "Children's services in Knowsley require improvement to be good")] // "overall effectiveness of the local authority was judged to be inadequate"
    [InlineData("manchester/2017-12-21.pdf", Grade.RequiresImprovement, "Children's services in Manchester require improvement to be good")]
    public async Task The_summary_line_gives_the_overall_grade_and_an_earlier_inspections_grade_is_never_taken(string report, Grade grade, string summary)
    {
        var f = await Facts(report);
        var overall = f.Grades.ReadingOf(Judgement.OverallEffectiveness)!;
        Assert.Equal(grade, overall.Grade);
        Assert.Equal(summary, overall.Text);
        Assert.Equal(1, overall.Page);
        Assert.DoesNotContain(f.Warnings, w => w.Field.StartsWith("grades.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sentence_about_the_last_inspection_is_no_summary_line()
    {
        // "The last full inspection of children's services in Cambridgeshire, in January 2019, judged all services as
        // requires improvement to be good": the overall grade is the grade table's, printed above "Overall effectiveness".
        var overall = (await Facts("cambridgeshire/2024-05-16.pdf")).Grades.ReadingOf(Judgement.OverallEffectiveness)!;
        Assert.Equal(Grade.RequiresImprovement, overall.Grade);
        Assert.Equal("Requires improvement to be good Overall effectiveness", overall.Text);
    }

    [Fact]
    public async Task A_summary_line_at_odds_with_the_overall_grade_is_warned_of()
    {
        const string report = """
            FICTIONAL SAMPLE: written for InspectionMiner's tests. Westmarch is not a real local authority.

            Inspection of Westmarch local authority children's services

            Inspection dates: 4 to 15 June 2018

            Lead inspector: Alex Sample, Her Majesty's Inspector

            | Judgement | Grade |
            |---|---|
            | The impact of leaders on social work practice with children and families | Good |
            | The experiences and progress of children who need help and protection | Good |
            | The experiences and progress of children in care and care leavers | Good |
            | Overall effectiveness | Good |

            Children's services in Westmarch are inadequate.
            """;
        var f = (await new DocumentParser().ParseAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(report)), "westmarch-2018.md")).Facts;
        Assert.Equal(Grade.Good, f.Grades.OverallEffectiveness);
        var warning = Assert.Single(f.Warnings, w => w.Field == "grades.overallEffectiveness");
        Assert.Equal("the summary line says inadequate, but the overall effectiveness grade read is good", warning.Message);
        Assert.Equal("Children's services in Westmarch are inadequate", warning.Source);
    }

    [Fact]
    public async Task Sif_sub_judgements_and_the_lscb_review_are_read_and_one_not_made_is_not_expected()
    {
        var somerset = (await Facts("somerset/2015-03-27.pdf")).Grades;      // "The Local Safeguarding Children is inadequate"
        Assert.Equal(Grade.Inadequate, somerset.Lscb);
        Assert.Equal(Grade.RequiresImprovement, somerset.Adoption);
        Assert.Equal(Grade.Inadequate, somerset.CareLeavers);
        Assert.Equal(Grade.RequiresImprovement, (await Facts("darlington/2015-09-01.pdf")).Grades.Lscb); // "... Board requires improvement."

        // "Adoption performance  Not judged": the City of London's inspection made no adoption judgement.
        var london = await Facts("london-corporation/2016-09-20.pdf");
        Assert.DoesNotContain(Judgement.Adoption, london.Grades.Judgements);
        Assert.Equal(Grade.NotJudged, london.Grades.Adoption);
        Assert.DoesNotContain(london.Warnings, w => w.Field.StartsWith("grades.", StringComparison.Ordinal));

        // A SIF report without the LSCB's review expects no LSCB grade.
        Assert.DoesNotContain(Judgement.Lscb, (await Facts("birmingham/2016-11-25.pdf")).Grades.Judgements);
    }

    [Fact]
    public async Task A_grade_is_read_from_the_judgements_own_row_not_from_the_next_sentence_or_the_row_above()
    {
        // "The welfare of children looked after is safeguarded and promoted. However, the authority is not yet delivering
        // good ...": the next sentence's "good" is no grade; the table's "Requires / 2. Children looked after and
        // achieving permanence / improvement" is.
        var hounslow = (await Facts("hounslow/2014-03-21.pdf")).Grades;
        Assert.Equal(Grade.RequiresImprovement, hounslow.ChildrenInCare);
        Assert.StartsWith("Requires Children looked after and achieving permanence", hounslow.ReadingOf(Judgement.ChildrenInCare)!.Text);

        // "1. Children who need help and protection  Good" / "2. Children looked after and achieving  Not Judged /
        // permanence": the row above's "Good" is not the second judgement's, which was not made (nor its sub-judgements).
        var scilly = await Facts("isles-of-scilly/2016-06-27.pdf");
        Assert.Equal(Grade.Good, scilly.Grades.HelpAndProtection);
        Assert.Equal(Grade.NotJudged, scilly.Grades.ChildrenInCare);
        Assert.Null(scilly.Grades.ReadingOf(Judgement.ChildrenInCare));
        Assert.Equal([Judgement.OverallEffectiveness, Judgement.ImpactOfLeaders, Judgement.HelpAndProtection, Judgement.Lscb], scilly.Grades.Judgements.Order());
        Assert.Empty(scilly.Warnings);
    }

    [Fact]
    public async Task A_2009_to_2013_report_gives_its_grade_lines()
    {
        // "Leadership and management" then "Grade 4 (inadequate)".
        var g = (await Facts("norfolk/2013-08-16.pdf")).Grades;
        Assert.Equal(Grade.Inadequate, g.OverallEffectiveness);
        Assert.Equal(Grade.Inadequate, g.ImpactOfLeaders);
        Assert.Equal("Leadership and management Grade 4 (inadequate)", g.ReadingOf(Judgement.ImpactOfLeaders)!.Text);
    }

    [Fact]
    public async Task An_ilacs_2026_report_has_no_overall_grade_and_an_earlier_inspections_quoted_is_no_grade()
    {
        // Liverpool's report quotes its previous inspection: "overall effectiveness was judged to be inadequate".
        var f = await Facts("liverpool/2026-07-07.pdf");
        Assert.Equal(Framework.Ilacs2026, f.Framework);
        Assert.Equal(Grade.NotJudged, f.Grades.OverallEffectiveness);
        Assert.DoesNotContain(Judgement.OverallEffectiveness, f.Grades.Judgements);
        Assert.Empty(f.Warnings);
    }

    [Fact]
    public async Task An_ilacs_2026_report_that_prints_an_overall_grade_is_warned_of()
    {
        const string report = """
            FICTIONAL SAMPLE: written for InspectionMiner's tests. Westmarch is not a real local authority.

            Inspection of Westmarch local authority children's services

            Inspection dates: 8 to 19 June 2026

            Lead inspector: Alex Sample, His Majesty's Inspector

            | Judgement | Grade |
            |---|---|
            | Overall effectiveness | Good |
            | The impact of leaders on social work practice with children and families | Good |
            | The experiences and progress of children who need help and protection | Good |
            | The experiences and progress of children in care | Good |
            | The experiences and progress of care leavers | Good |

            Children in Westmarch receive good help.
            """;
        var f = (await new DocumentParser().ParseAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(report)), "westmarch-2026.md")).Facts;
        Assert.Equal(Framework.Ilacs2026, f.Framework);
        Assert.Equal(Grade.NotJudged, f.Grades.OverallEffectiveness);
        var warning = Assert.Single(f.Warnings, w => w.Field == "grades.overallEffectiveness");
        Assert.Contains("April 2026", warning.Message);
        Assert.Contains("Overall effectiveness", warning.Source);
    }

    [Fact]
    public void Grades_are_keyed_by_the_judgement_and_equal_when_every_grade_is()
    {
        var a = new JudgementGrades(Grade.Good, careLeavers: Grade.Inadequate);
        var b = new JudgementGrades([new GradeReading(Judgement.CareLeavers, Grade.Inadequate, 3, "care leavers: inadequate"),
            new GradeReading(Judgement.OverallEffectiveness, Grade.Good, 1, "Overall effectiveness: good")]);
        Assert.Equal(a, b);
        Assert.Equal(Grade.Inadequate, b[Judgement.CareLeavers]);
        Assert.Equal(3, b.ReadingOf(Judgement.CareLeavers)?.Page);
        Assert.NotEqual(JudgementGrades.None, a);
    }
}
