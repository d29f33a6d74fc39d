namespace InspectionMiner.Classification.Evaluation;

/// <summary>
/// The documents kept out of training and cross-validation so that a blind test set can be drawn from them: whole
/// local authorities, each with the document paths (relative to the corpus root) that belong to it. Read from a CSV
/// file with the columns <c>authority,documents</c>, where <c>documents</c> holds space-separated path prefixes
/// (<c>ilacs/kent/ focused-visits/kent/</c>) or whole paths.
/// </summary>
/// <example>
/// <code>
/// HeldOutSet heldOut = HeldOutSet.Load("corpus/annotations/blind/heldout.csv");
/// var training = annotations.Where(a =&gt; !heldOut.Contains(a.Document)).ToList();
/// </code>
/// </example>
public sealed class HeldOutSet
{
    private readonly string[] _prefixes;

    private HeldOutSet(IReadOnlyList<string> authorities, string[] prefixes)
    {
        Authorities = authorities;
        _prefixes = prefixes;
    }

    /// <summary>A set that holds nothing out.</summary>
    public static HeldOutSet Empty { get; } = new([], []);

    /// <summary>The held-out authorities, as named in the file.</summary>
    public IReadOnlyList<string> Authorities { get; }

    /// <summary>Reads a held-out set; an absent file gives <see cref="Empty"/>.</summary>
    /// <exception cref="InvalidDataException">A line lacks its authority or documents; the message names the file and line.</exception>
    public static HeldOutSet Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var authorities = new List<string>();
        var prefixes = new List<string>();
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split(',', 2);
            if (cells.Length != 2 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"{path}:{i + 1}: a held-out line needs an authority and its documents");
            }

            authorities.Add(cells[0].Trim());
            prefixes.AddRange(cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return new HeldOutSet(authorities, [.. prefixes]);
    }

    /// <summary>Whether a document (its path relative to the corpus root, with forward slashes) is held out.</summary>
    public bool Contains(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = document.Replace('\\', '/');
        return _prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
    }
}
