using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace InspectionMiner.Ingestion;

/// <summary>
/// PdfPig's extension point for custom pages (<c>PdfDocument.AddPageFactory</c>), used to read a page's glyphs
/// without building what text extraction never looks at: PdfPig's own page factory also builds every path and
/// subpath (table borders, rules), glyph and loose bounding boxes, colours and marked-content trees.
/// PdfPig still does the hard parts: the content-stream parser, fonts, encodings, the graphics and text state, and
/// form XObjects.
/// </summary>
internal sealed class GlyphPageFactory(
    IPdfTokenScanner pdfScanner,
    IResourceStore resourceStore,
    ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser,
    ParsingOptions parsingOptions)
    : BasePageFactory<GlyphPage>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    // One glyph list for the document's pages, reused page after page: a page has about 2,500 glyphs (56 bytes each),
    // so a list per page was a large-object-heap allocation, and a growing one, for every page of the corpus.
    private readonly List<PdfGlyph> _glyphs = new(4096);

    /// <inheritdoc/>
    protected override GlyphPage ProcessPage(
        int pageNumber,
        DictionaryToken dictionary,
        NamedDestinations namedDestinations,
        MediaBox mediaBox,
        CropBox cropBox,
        UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation,
        TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        _glyphs.Clear();
        if (operations.Count > 0)
        {
            new GlyphCollector(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions, _glyphs)
                .Process(pageNumber, operations);
        }

        return new GlyphPage(pageNumber, mediaBox.Bounds.Width, mediaBox.Bounds.Height, _glyphs);
    }
}
