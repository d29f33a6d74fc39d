using InspectionMiner.Facts;

namespace InspectionMiner.Tests.Facts;

/// <summary>The dates of an inspection or visit and of the document, however they are printed.</summary>
public class DateFactsTests
{
    private static async Task<DocumentFacts> Report(string report) => (await TestCorpus.ParseAsync(TestCorpus.Ilacs(report))).Facts;

    private static async Task<DocumentFacts> Letter(string letter) => (await TestCorpus.ParseAsync(TestCorpus.FocusedVisit(letter))).Facts;

    [Theory]
    // "Inspection date: 1/06/2015 – 25/06/2015", "Report published: 10/08/2015"
    [InlineData("stoke-on-trent/2015-08-12.pdf", "2015-06-01", "2015-06-25", "2015-08-10")]
    // "Inspection date: 12/09/2016 to 06/10/2016", "Report published: 25/11/2016"
    [InlineData("redbridge/2016-11-25.pdf", "2016-09-12", "2016-10-06", "2016-11-25")]
    public async Task Dates_printed_in_figures_are_read_day_first(string report, string start, string end, string published)
    {
        var f = await Report(report);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), f.InspectionStart);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), f.InspectionEnd);
        Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), f.Published);
    }

    [Theory]
    // The date line is the last row of the letterhead's table ("M1 2WD  www.gov.uk/ofsted" / "10 November 2021").
    [InlineData("kirklees/2021-11-10.pdf", 2021, 11, 10)]
    // ... and with the addressee's lines after it in the same table.
    [InlineData("newham/2024-02-28.pdf", 2024, 2, 28)]
    public async Task A_letters_date_is_read_from_its_own_line_wherever_the_layout_puts_it(string letter, int year, int month, int day)
    {
        var f = await Letter(letter);
        Assert.Equal(new DateOnly(year, month, day), f.Published);
        Assert.True(f.InspectionEnd < f.Published);
    }

    [Fact]
    public async Task A_visits_days_are_read_with_of_and_without_a_year()
    {
        // "a focused visit to Camden children's services on the 15 and 16 of May 2018"
        var camden = await Letter("camden/2018-06-08.pdf");
        Assert.Equal((new DateOnly(2018, 5, 15), new DateOnly(2018, 5, 16)), (camden.InspectionStart, camden.InspectionEnd));

        // "a focused visit to Coventry City Council children's services on 30 and 31 January." in a letter dated 22 February 2018.
        var coventry = await Letter("coventry/2018-02-22.pdf");
        Assert.Equal((new DateOnly(2018, 1, 30), new DateOnly(2018, 1, 31)), (coventry.InspectionStart, coventry.InspectionEnd));
        Assert.Equal(new DateOnly(2018, 2, 22), coventry.Published);
    }

    [Fact]
    public async Task A_letter_dated_with_a_misprinted_year_is_read_as_the_first_such_day_after_its_visit_and_warned_of()
    {
        // "6 November 20205" above a visit "on 7 and 8 October 2025".
        var f = await Letter("north-somerset/2025-11-06.pdf");
        Assert.Equal(new DateOnly(2025, 10, 8), f.InspectionEnd);
        Assert.Equal(new DateOnly(2025, 11, 6), f.Published);
        var warning = Assert.Single(f.Warnings);
        Assert.Equal("published", warning.Field);
        Assert.Equal("6 November 20205", warning.Source);
    }

    [Fact]
    public async Task A_letter_that_prints_no_date_has_none()
    {
        // Cambridgeshire's 2025 letter goes from the letterhead to the addressee with no date line.
        var f = await Letter("cambridgeshire/2025-08-29.pdf");
        Assert.Null(f.Published);
        Assert.Equal((new DateOnly(2025, 7, 29), new DateOnly(2025, 7, 30)), (f.InspectionStart, f.InspectionEnd));
    }
}
