using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace InspectionMiner.Ingestion;

/// <summary>
/// Runs a page's content stream through PdfPig's <see cref="BaseStreamProcessor{TPageContent}"/> and keeps only the
/// glyphs: their text, baseline and size, computed exactly as PdfPig computes a <c>Letter</c>'s. Paths, clipping,
/// images, shadings and marked content are ignored. Glyphs are added to the list it is given.
/// </summary>
internal sealed class GlyphCollector(
    int pageNumber,
    IResourceStore resourceStore,
    IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser,
    ILookupFilterProvider filterProvider,
    CropBox cropBox,
    UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation,
    TransformationMatrix initialMatrix,
    ParsingOptions parsingOptions,
    List<PdfGlyph> glyphs)
    : BaseStreamProcessor<List<PdfGlyph>>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    private readonly List<PdfGlyph> _glyphs = glyphs;

    // The font of the last glyph and whether its name says bold: fonts change rarely between glyphs, so the name is
    // looked at once per change of font rather than once per glyph.
    private IFont? _font;
    private bool _fontIsBold;

    /// <inheritdoc/>
    public override List<PdfGlyph> Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return _glyphs;
    }

    /// <inheritdoc/>
    public override void RenderGlyph(
        IFont font,
        CurrentGraphicsState currentState,
        double fontSize,
        double pointSize,
        int code,
        string unicode,
        long currentOffset,
        in TransformationMatrix renderingMatrix,
        in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox)
    {
        // A combining diacritic joins the glyph before it when the same text operation drew both (as PdfPig does).
        if (_glyphs.Count > 0 && currentOffset > 0 && Diacritics.IsInCombiningDiacriticRange(unicode))
        {
            var previous = _glyphs[^1];
            if (previous.TextSequence == TextSequence && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, previous.Value, out var combined))
            {
                _glyphs[^1] = previous with { Value = combined };
                return;
            }
        }

        if (!ReferenceEquals(font, _font))
        {
            _font = font;
            _fontIsBold = PdfGlyph.IsBoldFontName(font.Details?.Name);
        }

        // The baseline as PdfPig's Letter has it: the glyph box's bottom corners, (0, 0) and (advance width, 0), through
        // the three matrices with PerformantRectangleTransformer's arithmetic (only the two corners used are computed).
        var (startX, startY) = Through(renderingMatrix, textMatrix, transformationMatrix, 0, 0);
        var (endX, _) = Through(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.Width, 0);
        _glyphs.Add(new PdfGlyph(
            unicode,
            startX,
            startY,
            endX,
            fontSize,
            pointSize,
            _fontIsBold,
            TextSequence));
    }

    private static (double X, double Y) Through(in TransformationMatrix first, in TransformationMatrix second, in TransformationMatrix third, double x, double y)
    {
        (x, y) = ((first.A * x) + (first.C * y) + first.E, (first.B * x) + (first.D * y) + first.F);
        (x, y) = ((second.A * x) + (second.C * y) + second.E, (second.B * x) + (second.D * y) + second.F);
        return ((third.A * x) + (third.C * y) + third.E, (third.B * x) + (third.D * y) + third.F);
    }

    /// <inheritdoc/>
    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord)
    {
    }

    /// <inheritdoc/>
    public override void BeginSubpath()
    {
    }

    /// <inheritdoc/>
    public override PdfPoint? CloseSubpath() => null;

    /// <inheritdoc/>
    public override void StrokePath(bool close)
    {
    }

    /// <inheritdoc/>
    public override void FillPath(FillingRule fillingRule, bool close)
    {
    }

    /// <inheritdoc/>
    public override void FillStrokePath(FillingRule fillingRule, bool close)
    {
    }

    /// <inheritdoc/>
    public override void MoveTo(double x, double y)
    {
    }

    /// <inheritdoc/>
    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
    }

    /// <inheritdoc/>
    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
    }

    /// <inheritdoc/>
    public override void LineTo(double x, double y)
    {
    }

    /// <inheritdoc/>
    public override void Rectangle(double x, double y, double width, double height)
    {
    }

    /// <inheritdoc/>
    public override void EndPath()
    {
    }

    /// <inheritdoc/>
    public override void ClosePath()
    {
    }

    /// <inheritdoc/>
    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
    }

    /// <inheritdoc/>
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
    }

    /// <inheritdoc/>
    protected override void RenderInlineImage(InlineImage inlineImage)
    {
    }

    /// <inheritdoc/>
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
    }

    /// <inheritdoc/>
    public override void EndMarkedContent()
    {
    }

    /// <inheritdoc/>
    public override void PaintShading(NameToken shadingName)
    {
    }
}
