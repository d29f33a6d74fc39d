using Microsoft.ML;
using Microsoft.ML.Data;

namespace InspectionMiner.Classification;

/// <summary>
/// The trained ML.NET text featuriser, recomputed directly from its vocabularies for rows of plain ASCII text.
/// ML.NET's <c>FeaturizeText</c> per column is: normalise (lower case, drop punctuation), split on spaces, count word
/// n-grams and (for the unit's text) character trigrams with start and end markers, keep those in the trained
/// vocabulary, L2-normalise the character and the word counts separately, and concatenate. The vocabularies are read
/// from the model's slot names, so nothing is duplicated. Rows with any other non-ASCII character than punctuation
/// (accents, symbols such as © or £, the <c>|</c> that slot names use as a separator) return false and go through
/// ML.NET itself: about 1% of the corpus's units. The output equals ML.NET's
/// (tested on four real documents; 14,881 rows of the corpus compared equal); it is what lets classification keep up
/// with parsing.
/// </summary>
internal sealed class TextFeaturizer
{
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    private readonly Column[] _columns;

    private TextFeaturizer(Column[] columns, int length)
    {
        _columns = columns;
        Length = length;
    }

    /// <summary>The length of the feature vector.</summary>
    public int Length { get; }

    /// <summary>Reads the vocabularies of <paramref name="featurizer"/>, or returns null when its shape is not the one this class reproduces.</summary>
    public static TextFeaturizer? TryCreate(ITransformer featurizer, DataViewSchema inputSchema)
    {
        var schema = featurizer.GetOutputSchema(inputSchema);
        var features = schema.GetColumnOrNull(ModelColumns.Features);
        if (features is null || features.Value.Type is not VectorDataViewType { Size: > 0 } featureType)
        {
            return null;
        }

        VBuffer<ReadOnlyMemory<char>> names = default;
        features.Value.GetSlotNames(ref names);
        var slotNames = names.DenseValues().Select(n => n.ToString()).ToArray();
        var columns = new List<Column>();
        var offset = 0;
        foreach (var (source, _, output, _, _) in ModelFeatures.Columns)
        {
            var column = schema.GetColumnOrNull(output);
            if (column is null || column.Value.Type is not VectorDataViewType { Size: > 0 } type)
            {
                return null;
            }

            var built = Column.TryRead(source, slotNames.AsSpan(offset, type.Size), output, offset);
            if (built is null)
            {
                return null;
            }

            columns.Add(built);
            offset += type.Size;
        }

        return offset == featureType.Size ? new TextFeaturizer([.. columns], offset) : null;
    }

    /// <summary>
    /// The features of <paramref name="row"/> into <paramref name="features"/>, or false when a column holds a character
    /// this class does not reproduce (the caller then uses ML.NET). <paramref name="workspace"/> is reused between rows
    /// of one thread.
    /// </summary>
    public bool TryFeaturize(ModelRow row, Workspace workspace, ref VBuffer<float> features)
    {
        workspace.Indices.Clear();
        workspace.Values.Clear();
        foreach (var column in _columns)
        {
            var text = column.Source(row);
            if (workspace.Text.Length < text.Length)
            {
                workspace.Text = new char[Math.Max(text.Length, workspace.Text.Length * 2)];
            }

            var length = Normalise(text, workspace.Text);
            if (length < 0)
            {
                return false;
            }

            column.Add(workspace.Text, length, workspace);
        }

        var editor = VBufferEditor.Create(ref features, Length, workspace.Indices.Count);
        for (var i = 0; i < workspace.Indices.Count; i++)
        {
            editor.Indices[i] = workspace.Indices[i];
            editor.Values[i] = workspace.Values[i];
        }

        features = editor.Commit();
        return true;
    }

    /// <summary>Buffers reused between the rows one thread featurises.</summary>
    internal sealed class Workspace
    {
        public char[] Text { get; set; } = new char[512];

        public char[] Marked { get; set; } = new char[512];

        public List<int> Hits { get; } = new(512);

        public List<int> Indices { get; } = new(512);

        public List<float> Values { get; } = new(512);
    }

    /// <summary>
    /// ML.NET's text normalisation (punctuation dropped, then lower case) for ASCII text and any punctuation (dashes,
    /// ellipses: ML.NET drops every <see cref="char.IsPunctuation(char)"/> character before anything else); -1 for any
    /// other character.
    /// </summary>
    private static int Normalise(string text, char[] output)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsPunctuation(c))
            {
                continue;
            }

            if (c > 0x7E || c == '|' || (c < 0x20 && c != ' '))
            {
                return -1;
            }

            output[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        return length;
    }

    /// <summary>One text column's vocabularies and its place in the feature vector.</summary>
    private sealed class Column
    {
        // The word n-grams: looked up from spans of the normalised text, with no string built and no string compared.
        private readonly TokenTable<int> _words;
        private readonly ushort[]? _chars;
        private readonly int _wordNgram;
        private readonly int _offset;

        private Column(Func<ModelRow, string> source, TokenTable<int> words, int wordNgram, ushort[]? chars, int offset)
        {
            Source = source;
            _words = words;
            _chars = chars;
            _wordNgram = wordNgram;
            _offset = offset;
        }

        public Func<ModelRow, string> Source { get; }

        public static Column? TryRead(Func<ModelRow, string> source, ReadOnlySpan<string> names, string prefix, int offset)
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            var chars = new Dictionary<int, int>();
            var maxWords = 0;
            var hasUnigram = false;
            for (var slot = 0; slot < names.Length; slot++)
            {
                var name = names[slot];
                if (!name.StartsWith(prefix + ".", StringComparison.Ordinal))
                {
                    return null;
                }

                name = name[(prefix.Length + 1)..];
                if (name.StartsWith("Char.", StringComparison.Ordinal))
                {
                    var gram = CharGram(name["Char.".Length..]);
                    if (gram is not null && gram.All(c => c < 0x80))
                    {
                        chars[Pack(gram[0], gram[1], gram[2])] = slot;
                    }

                    continue;
                }

                if (name.StartsWith("Word.", StringComparison.Ordinal))
                {
                    name = name["Word.".Length..];
                }

                // A word n-gram: tokens joined by '|'; the key joins them with a space, as the normalised text does.
                var tokens = name.Split('|');
                if (tokens.Any(t => t.Length == 0))
                {
                    continue; // a token holding '|' itself: rows with '|' go through ML.NET
                }

                maxWords = Math.Max(maxWords, tokens.Length);
                hasUnigram |= tokens.Length == 1;
                words[string.Join(' ', tokens)] = slot;
            }

            // Only the shapes trained here: word 1..n-grams (all lengths) and character trigrams.
            if (!(maxWords is 1 or 2 && hasUnigram) || chars.Count > 0 && chars.Values.Max() >= ushort.MaxValue)
            {
                return null;
            }

            // Character trigrams of 7-bit characters pack into 21 bits: a direct table (4 MiB) holding slot + 1 is several
            // times faster than a hash lookup, and there are as many trigram lookups as characters.
            ushort[]? table = null;
            if (chars.Count > 0)
            {
                table = new ushort[1 << 21];
                foreach (var (key, slot) in chars)
                {
                    table[key] = (ushort)(slot + 1);
                }
            }

            // Two n-grams with one key would make one of them unreachable: then this model is not featurised directly.
            return TokenTable<int>.TryCreate(words) is { } wordTable ? new Column(source, wordTable, maxWords, table, offset) : null;
        }

        /// <summary>Counts this column's n-grams of the normalised text and appends them, L2-normalised.</summary>
        public void Add(char[] buffer, int length, Workspace workspace)
        {
            if (_chars is not null && length > 0)
            {
                // Character trigrams over the text between the start and end markers.
                if (workspace.Marked.Length < length + 2)
                {
                    workspace.Marked = new char[Math.Max(length + 2, workspace.Marked.Length * 2)];
                }

                var marked = workspace.Marked.AsSpan(0, length + 2);
                marked[0] = StartMarker;
                buffer.AsSpan(0, length).CopyTo(marked[1..]);
                marked[^1] = EndMarker;
                workspace.Hits.Clear();
                for (var i = 0; i + 3 <= marked.Length; i++)
                {
                    var entry = _chars[Pack(marked[i], marked[i + 1], marked[i + 2])];
                    if (entry != 0)
                    {
                        workspace.Hits.Add(entry - 1);
                    }
                }

                Append(workspace);
            }

            if (_words.Count > 0)
            {
                var text = buffer.AsSpan(0, length);
                workspace.Hits.Clear();
                var previousStart = -1;
                var previousLength = 0;
                var at = 0;
                while (at < text.Length)
                {
                    while (at < text.Length && text[at] == ' ')
                    {
                        at++;
                    }

                    var start = at;
                    while (at < text.Length && text[at] != ' ')
                    {
                        at++;
                    }

                    if (at == start)
                    {
                        break;
                    }

                    if (_words.TryGetValue(TokenTable<int>.KeyOf(text[start..at]), out var slot))
                    {
                        workspace.Hits.Add(slot);
                    }

                    // The bigram with the previous token: the text between them is exactly one space only when the
                    // tokens are adjacent, so the span is looked up directly when it is, and copied when it is not.
                    if (_wordNgram == 2 && previousStart >= 0)
                    {
                        var pair = start == previousStart + previousLength + 1
                            ? text[previousStart..at]
                            : string.Concat(text.Slice(previousStart, previousLength), " ", text[start..at]).AsSpan();
                        if (_words.TryGetValue(TokenTable<int>.KeyOf(pair), out slot))
                        {
                            workspace.Hits.Add(slot);
                        }
                    }

                    previousStart = start;
                    previousLength = at - start;
                }

                Append(workspace);
            }
        }

        /// <summary>Three ASCII characters as one key.</summary>
        private static int Pack(char a, char b, char c) => (a << 14) | (b << 7) | c;

        private static string? CharGram(string name)
        {
            // "a|b|c", with the start and end markers and the space written as <␂>, <␃> and <␠>.
            var parts = name.Replace("<\u2402>", "\u0002", StringComparison.Ordinal).Replace("<\u2403>", "\u0003", StringComparison.Ordinal)
                .Replace("<\u2420>", " ", StringComparison.Ordinal).Split('|');
            return parts.Length == 3 && parts.All(p => p.Length == 1) ? string.Concat(parts) : null;
        }

        /// <summary>Turns the hits (slots, with repeats) into sorted, L2-normalised counts.</summary>
        private void Append(Workspace workspace)
        {
            var hits = workspace.Hits;
            if (hits.Count == 0)
            {
                return;
            }

            hits.Sort();
            var first = workspace.Indices.Count;
            var squares = 0f;
            for (var i = 0; i < hits.Count;)
            {
                var j = i;
                while (j < hits.Count && hits[j] == hits[i])
                {
                    j++;
                }

                float count = j - i;
                squares += count * count;
                workspace.Indices.Add(_offset + hits[i]);
                workspace.Values.Add(count);
                i = j;
            }

            var scale = 1f / MathF.Sqrt(squares);
            for (var k = first; k < workspace.Values.Count; k++)
            {
                workspace.Values[k] *= scale;
            }
        }
    }
}
