using InspectionMiner.Ingestion;

namespace InspectionMiner.Tests.Ingestion;

public class DocumentReaderTests
{
    private readonly DocumentReader _reader = new();

    [Theory]
    [InlineData("birmingham/2012-10-19.pdf")]
    [InlineData("blackpool/2012-07-13.pdf")]
    [InlineData("bromley/2012-08-17.pdf")]
    [InlineData("rotherham/2012-08-10.pdf")]
    public async Task Html_error_pages_saved_as_pdf_give_a_typed_error_naming_the_file(string relative)
    {
        var path = TestCorpus.Ilacs(relative);
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _reader.ReadAsync(path));
        Assert.Equal(ReadFailureReason.HtmlPage, error.Reason);
        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message);
        Assert.Contains("Report not found", error.Message);
    }

    [Fact]
    public async Task An_empty_file_is_reported_as_empty()
    {
        var path = TestCorpus.TempFile([]);
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _reader.ReadAsync(path));
        Assert.Equal(ReadFailureReason.Empty, error.Reason);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task A_truncated_pdf_is_reported_as_truncated_not_as_an_unhandled_exception()
    {
        var bytes = await File.ReadAllBytesAsync(TestCorpus.Ilacs("south-tyneside/2026-08-04.pdf"));
        var path = TestCorpus.TempFile(bytes[..(bytes.Length / 3)]);
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _reader.ReadAsync(path));
        Assert.Equal(ReadFailureReason.Truncated, error.Reason);
    }

    [Fact]
    public async Task A_damaged_pdf_with_an_end_marker_is_reported_as_damaged()
    {
        var bytes = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\nthis is not a pdf body\nstartxref\n12345\n%%EOF\n"u8.ToArray();
        var path = TestCorpus.TempFile(bytes);
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _reader.ReadAsync(path));
        Assert.True(error.Reason is ReadFailureReason.Corrupt or ReadFailureReason.NoText, error.Reason.ToString());
    }

    [Fact]
    public async Task Binary_content_that_is_not_a_pdf_is_an_unsupported_format()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = TestCorpus.TempFile(bytes);
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _reader.ReadAsync(path));
        Assert.Equal(ReadFailureReason.UnsupportedFormat, error.Reason);
    }

    [Fact]
    public async Task A_missing_file_is_reported_as_not_found()
    {
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _reader.ReadAsync("/no/such/report.pdf"));
        Assert.Equal(ReadFailureReason.NotFound, error.Reason);
        Assert.Equal("/no/such/report.pdf", error.Path);
    }

    [Fact]
    public async Task The_format_is_detected_from_the_content_not_the_extension()
    {
        var bytes = await File.ReadAllBytesAsync(TestCorpus.Ilacs("south-tyneside/2026-08-04.pdf"));
        var path = TestCorpus.TempFile(bytes, ".txt");
        var source = await _reader.ReadAsync(path);
        Assert.Equal(SourceFormat.Pdf, source.Format);
        Assert.True(source.Pages.Count > 5);
    }

    [Fact]
    public async Task A_stream_is_read_like_a_file()
    {
        await using var stream = File.OpenRead(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"));
        var source = await _reader.ReadAsync(stream, "letter.pdf");
        Assert.Equal("letter.pdf", source.Path);
        Assert.Equal(SourceFormat.Pdf, source.Format);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _reader.ReadAsync(TestCorpus.Ilacs("barnet/2017-07-07.pdf"), cts.Token));
    }

    [Theory]
    [InlineData("%PDF-1.4\n", "Pdf")]
    [InlineData("<!DOCTYPE html><html>", "Html")]
    [InlineData("  <html><head>", "Html")]
    [InlineData("Dear Ms Example", "Text")]
    public void Formats_are_sniffed_from_the_first_bytes(string head, string expected) =>
        Assert.Equal(Enum.Parse<SourceFormat>(expected), FormatSniffer.Detect(System.Text.Encoding.UTF8.GetBytes(head)));
}
