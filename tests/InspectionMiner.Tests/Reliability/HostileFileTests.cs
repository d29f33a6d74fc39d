using System.Text;
using InspectionMiner.Ingestion;
using Mono.Unix.Native;

namespace InspectionMiner.Tests.Reliability;

/// <summary>Special files, huge files, links and misnamed content: each is refused with a typed reason, never read blindly.</summary>
public class HostileFileTests
{
    private readonly DocumentParser _parser = new();

    [Fact]
    public async Task A_named_pipe_called_pdf_is_refused_without_being_opened()
    {
        using var dirFolder = new TempFolder("im-fifo-");
        var dir = dirFolder.Path;
        var fifo = Path.Combine(dir, "x.pdf");
        Assert.Equal(0, Syscall.mkfifo(fifo, FilePermissions.DEFFILEMODE));

        // Opening a FIFO with no writer would wait for ever: the reader must not open it.
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _parser.ParseAsync(fifo));
        Assert.Equal(ReadFailureReason.NotAFile, error.Reason);
        Assert.Contains("named pipe", error.Message);
        Assert.StartsWith(fifo + ": not a regular file", error.Message);
    }

    [Fact]
    public async Task A_link_to_dev_zero_is_refused_as_not_a_regular_file()
    {
        var link = Path.Combine(Directory.CreateTempSubdirectory("im-zero-").FullName, "z.pdf");
        File.CreateSymbolicLink(link, "/dev/zero");
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _parser.ParseAsync(link));
        Assert.Equal(ReadFailureReason.NotAFile, error.Reason);
        Assert.Contains("character device", error.Message);
    }

    [Fact]
    public async Task Size_is_counted_while_reading_not_taken_from_the_reported_length()
    {
        // A stream that reports no length and never ends, like /dev/zero: refused once the limit is passed.
        var parser = new DocumentParser(new ReaderOptions { MaxBytes = 1024 * 1024 });
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => parser.ParseAsync(new EndlessStream(), "endless.txt"));
        Assert.Equal(ReadFailureReason.TooLarge, error.Reason);
        Assert.Contains("counted while reading", error.Message);

        var big = TestCorpus.TempFile(Encoding.UTF8.GetBytes(new string('a', 2 * 1024 * 1024)), ".txt");
        Assert.Equal(ReadFailureReason.TooLarge, (await Assert.ThrowsAsync<DocumentReadException>(() => parser.ParseAsync(big))).Reason);
    }

    [Fact]
    public async Task A_text_longer_than_the_character_limit_is_too_large_not_one_giant_unit()
    {
        // 50 MB on one line: refused by the character limit (the default 4,000,000), not parsed into one 50 MB unit.
        var path = TestCorpus.TempFile(Encoding.UTF8.GetBytes(new string('x', 50 * 1024 * 1024)), ".txt");
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _parser.ParseAsync(path));
        Assert.Equal(ReadFailureReason.TooLarge, error.Reason);
        Assert.Contains("characters", error.Message);
        File.Delete(path);
    }

    [Fact]
    public async Task The_deadline_covers_reading_even_when_the_work_ignores_cancellation()
    {
        var parser = new DocumentParser(new ReaderOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => parser.ParseAsync(new StuckStream(), "stuck.txt"));
        Assert.Equal(ReadFailureReason.Timeout, error.Reason);
        Assert.Contains("stuck.txt: timed out", error.Message);
    }

    [Fact]
    public async Task Text_in_a_file_named_pdf_is_never_read_as_text()
    {
        var text = await File.ReadAllBytesAsync(TestCorpus.Sample("westmarch-focused-visit.txt"));
        var misnamed = TestCorpus.TempFile(text, ".pdf");
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _parser.ParseAsync(misnamed));
        Assert.Equal(ReadFailureReason.UnsupportedFormat, error.Reason);
        Assert.Contains("no PDF header", error.Message);

        var printable = new byte[8192];
        var random = new Random(3);
        for (var i = 0; i < printable.Length; i++)
        {
            printable[i] = (byte)random.Next(0x20, 0x7F);
        }

        Assert.Equal(ReadFailureReason.UnsupportedFormat, (await Assert.ThrowsAsync<DocumentReadException>(() => _parser.ParseAsync(TestCorpus.TempFile(printable, ".PDF")))).Reason);
        // The same text named .txt is read.
        Assert.NotEmpty((await _parser.ParseAsync(TestCorpus.TempFile(text, ".txt"))).Units);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public async Task Utf16_text_with_its_byte_order_mark_reads_as_the_same_units_as_utf8(string encodingName)
    {
        var sample = TestCorpus.Sample("westmarch-focused-visit.txt");
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(await File.ReadAllTextAsync(sample))).ToArray();
        var utf16 = await _parser.ParseAsync(TestCorpus.TempFile(bytes, ".txt"));
        var utf8 = await _parser.ParseAsync(sample);
        Assert.Equal(utf8.Units.Select(u => (u.Text, u.Hash)), utf16.Units.Select(u => (u.Text, u.Hash)));
        Assert.Equal(utf8.Facts.Authority, utf16.Facts.Authority);
    }

    [Fact]
    public async Task A_page_tree_that_loops_back_on_itself_is_damaged_not_a_scanned_image()
    {
        var pdf = MinimalPdf.With("2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\n");
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _parser.ParseAsync(TestCorpus.TempFile(pdf)));
        Assert.Equal(ReadFailureReason.Corrupt, error.Reason);
        Assert.DoesNotContain("scanned", error.Message);
    }

    [Fact]
    public async Task A_page_count_of_a_billion_allocates_nothing_for_it()
    {
        // One empty page that declares a billion: read as the one page it has (no text), not a billion-slot list.
        var pdf = MinimalPdf.With("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _parser.ParseAsync(TestCorpus.TempFile(pdf)));
        Assert.True(error.Reason is ReadFailureReason.NoText or ReadFailureReason.TooLarge, error.Message);
        Assert.DoesNotContain("Exception", error.Message);
    }

    [Fact]
    public void A_symlinked_folder_loop_is_searched_once()
    {
        using var rootFolder = new TempFolder("im-loop-");
        var root = rootFolder.Path;
        var sub = Directory.CreateDirectory(Path.Combine(root, "d", "sub")).FullName;
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(root, "d", "a.txt"));
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(sub, "b.txt"));
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), "..");                 // d/sub/up -> d
        Directory.CreateSymbolicLink(Path.Combine(root, "d", "again"), sub);          // d/again -> d/sub
        Directory.CreateSymbolicLink(Path.Combine(root, "elsewhere"), Path.Combine(root, "d")); // root/elsewhere -> d

        var input = DocumentFiles.Expand([root]);

        Assert.Empty(input.Failures);
        Assert.Equal(2, input.Files.Count);
        Assert.Equal(["a.txt", "b.txt"], input.Files.Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_file_link_loop_is_reported_as_a_link_loop()
    {
        using var dirFolder = new TempFolder("im-linkloop-");
        var dir = dirFolder.Path;
        File.CreateSymbolicLink(Path.Combine(dir, "a.pdf"), Path.Combine(dir, "b.pdf"));
        File.CreateSymbolicLink(Path.Combine(dir, "b.pdf"), Path.Combine(dir, "a.pdf"));
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => _parser.ParseAsync(Path.Combine(dir, "a.pdf")));
        Assert.Equal(ReadFailureReason.LinkLoop, error.Reason);
        Assert.DoesNotContain("not found", error.Message);
    }

    [Fact]
    public async Task A_batch_with_a_pipe_and_a_device_yields_every_good_document_in_input_order()
    {
        using var dirFolder = new TempFolder("im-batch-");
        var dir = dirFolder.Path;
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(dir, "a.txt"));
        Assert.Equal(0, Syscall.mkfifo(Path.Combine(dir, "b.pdf"), FilePermissions.DEFFILEMODE));
        File.CreateSymbolicLink(Path.Combine(dir, "c.pdf"), "/dev/zero");
        File.Copy(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"), Path.Combine(dir, "d.pdf"));

        var results = new List<MineResult>();
        await foreach (var r in new Miner().MineManyAsync(DocumentFiles.Expand([dir]).Files, maxParallelism: 2))
        {
            results.Add(r);
        }

        Assert.Equal(["a.txt", "b.pdf", "c.pdf", "d.pdf"], results.Select(r => Path.GetFileName(r.Path)));
        Assert.True(results[0].Succeeded);
        Assert.Equal(ReadFailureReason.NotAFile, results[1].Error!.Reason);
        Assert.Equal(ReadFailureReason.NotAFile, results[2].Error!.Reason);
        Assert.Equal("Hillingdon", results[3].Document!.Facts.Authority);
    }

    [Fact]
    public void Failures_are_told_in_a_readers_words_never_in_a_librarys()
    {
        var pdf = "%PDF-1.7\n...%%EOF\n"u8.ToArray();
        var unsupported = PdfLineReader.Damaged(pdf, "a.pdf", new InvalidOperationException("Encountered unsupported filter type. Please raise an issue."));
        var nullKey = PdfLineReader.Damaged(pdf, "a.pdf", new ArgumentNullException("key"));
        var outOfMemory = DocumentFailure.From("a.pdf", new OutOfMemoryException());
        var deep = DocumentFailure.From("a.pdf", new InsufficientExecutionStackException());

        Assert.Equal("a.pdf: PDF is damaged: it uses a PDF feature this reader does not support", unsupported.Message);
        Assert.Equal("a.pdf: PDF is damaged: its structure is broken", nullKey.Message);
        Assert.Equal(ReadFailureReason.OutOfMemory, outOfMemory.Reason);
        Assert.StartsWith("a.pdf: out of memory:", outOfMemory.Message);
        Assert.Equal("a.pdf: PDF is damaged: its objects are nested too deeply to read", deep.Message);
        Assert.IsType<ArgumentNullException>(nullKey.InnerException); // kept for developers and the log
    }

    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) { Array.Fill(buffer, (byte)'a', offset, count); return count; }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream whose reads block and ignore cancellation, like a stalled network file system.</summary>
    private sealed class StuckStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) { Thread.Sleep(TimeSpan.FromSeconds(20)); return 0; }
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Task.Run(() => Read([], 0, 0), CancellationToken.None));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
