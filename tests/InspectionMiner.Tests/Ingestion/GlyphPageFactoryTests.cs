using InspectionMiner.Ingestion;
using UglyToad.PdfPig;

namespace InspectionMiner.Tests.Ingestion;

public class GlyphPageFactoryTests
{
    /// <summary>
    /// The slim page factory must see exactly the glyphs PdfPig's own page factory turns into letters, in the same
    /// order and at the same places, or the line builder would read a different text: checked page by page on real
    /// reports from three eras and a focused-visit letter.
    /// </summary>
    [Theory]
    [InlineData("ilacs/birmingham/2014-05-23.pdf")]
    [InlineData("ilacs/hillingdon/2023-11-20.pdf")]
    [InlineData("ilacs/south-tyneside/2026-08-04.pdf")]
    [InlineData("focused-visits/hillingdon/2020-02-07.pdf")]
    public void Glyph_pages_carry_the_same_glyphs_as_PdfPigs_letters(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestCorpus.Shared, relative));
        using var reference = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        using var slim = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        slim.AddPageFactory<GlyphPage, GlyphPageFactory>();

        var glyphs = 0;
        for (var n = 1; n <= reference.NumberOfPages; n++)
        {
            var page = reference.GetPage(n);
            var glyphPage = slim.GetPage<GlyphPage>(n);
            Assert.Equal(n, glyphPage.Number);
            Assert.Equal(page.Width, glyphPage.Width);
            Assert.Equal(page.Height, glyphPage.Height);
            Assert.Equal(page.Letters.Count, glyphPage.Glyphs.Count);
            for (var i = 0; i < page.Letters.Count; i++)
            {
                var letter = page.Letters[i];
                var glyph = glyphPage.Glyphs[i];
                Assert.Equal(letter.Value, glyph.Value);
                Assert.Equal(letter.StartBaseLine.X, glyph.StartX);
                Assert.Equal(letter.StartBaseLine.Y, glyph.BaselineY);
                Assert.Equal(letter.EndBaseLine.X, glyph.EndX);
                Assert.Equal(letter.PointSize, glyph.PointSize);
                Assert.Equal(letter.FontSize, glyph.FontSize);
                Assert.Equal(PdfGlyph.IsBoldFontName(letter.FontName), glyph.IsBold);
            }

            glyphs += glyphPage.Glyphs.Count;
        }

        Assert.True(glyphs > 5_000, $"{relative}: only {glyphs} glyphs");
    }
}
