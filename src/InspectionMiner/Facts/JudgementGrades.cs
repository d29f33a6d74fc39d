using InspectionMiner.Labels;

namespace InspectionMiner.Facts;

/// <summary>
/// Every judgement's grade, keyed by <see cref="Judgement"/>, each with where it was read; <see cref="Grade.NotJudged"/>
/// where the document or its framework has none. Two instances are equal when every judgement's grade is.
/// </summary>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("report.pdf", ct);
/// JudgementGrades g = doc.Facts.Grades;
/// if (g == JudgementGrades.None)
///     Console.WriteLine("No judgements (a letter).");
/// else
///     Console.WriteLine($"overall {g[Judgement.OverallEffectiveness]}, leaders {g.ImpactOfLeaders}, care leavers {g.CareLeavers}");
/// foreach (GradeReading r in g.Readings)
///     Console.WriteLine($"{r.Judgement}: {r.Grade}, page {r.Page}: {r.Text}");
/// </code>
/// </example>
public sealed class JudgementGrades : IEquatable<JudgementGrades>
{
    private static readonly Judgement[] AllJudgements = Enum.GetValues<Judgement>();
    private readonly Grade[] _grades = new Grade[AllJudgements.Length];
    private readonly GradeReading?[] _readings = new GradeReading?[AllJudgements.Length];

    /// <summary>Grades without where they were read (as a database stores them).</summary>
    public JudgementGrades(
        Grade overallEffectiveness = Grade.NotJudged,
        Grade impactOfLeaders = Grade.NotJudged,
        Grade helpAndProtection = Grade.NotJudged,
        Grade childrenInCare = Grade.NotJudged,
        Grade careLeavers = Grade.NotJudged,
        Grade adoption = Grade.NotJudged,
        Grade lscb = Grade.NotJudged)
        : this(new[] { overallEffectiveness, impactOfLeaders, helpAndProtection, childrenInCare, careLeavers, adoption, lscb }
            .Select((grade, i) => new GradeReading((Judgement)i, grade, null, string.Empty)))
    {
    }

    /// <summary>The grades of <paramref name="readings"/> (the first reading of a judgement counts; NotJudged ones are dropped).</summary>
    public JudgementGrades(IEnumerable<GradeReading> readings, IEnumerable<Judgement>? judgements = null)
    {
        ArgumentNullException.ThrowIfNull(readings);
        foreach (var r in readings)
        {
            if (r.Grade != Grade.NotJudged && _readings[(int)r.Judgement] is null)
            {
                _readings[(int)r.Judgement] = r;
                _grades[(int)r.Judgement] = r.Grade;
            }
        }

        Judgements = judgements?.Distinct().Order().ToArray() ?? AllJudgements.Where(j => _grades[(int)j] != Grade.NotJudged).ToArray();
    }

    /// <summary>No judgements (a letter, or a document without grades).</summary>
    public static JudgementGrades None { get; } = new([], []);

    /// <summary>The grade of <paramref name="judgement"/>.</summary>
    public Grade this[Judgement judgement] => _grades[(int)judgement];

    /// <summary>The judgements this document's inspection makes, by its framework and kind, graded or not (SIF with an LSCB review: all seven).</summary>
    public IReadOnlyList<Judgement> Judgements { get; }

    /// <summary>Every grade read, with its page and text, in <see cref="Judgement"/> order.</summary>
    public IReadOnlyList<GradeReading> Readings => _readings.OfType<GradeReading>().ToArray();

    /// <summary>Where <paramref name="judgement"/>'s grade was read, or null when it has none.</summary>
    public GradeReading? ReadingOf(Judgement judgement) => _readings[(int)judgement];

    /// <summary>Overall effectiveness (none after the April 2026 reform).</summary>
    public Grade OverallEffectiveness => this[Judgement.OverallEffectiveness];

    /// <summary>The impact of leaders (SIF: leadership, management and governance).</summary>
    public Grade ImpactOfLeaders => this[Judgement.ImpactOfLeaders];

    /// <summary>The experiences and progress of children who need help and protection.</summary>
    public Grade HelpAndProtection => this[Judgement.HelpAndProtection];

    /// <summary>The experiences and progress of children in care (SIF: children looked after and achieving permanence; before 2023 combined with care leavers).</summary>
    public Grade ChildrenInCare => this[Judgement.ChildrenInCare];

    /// <summary>The experiences and progress of care leavers (ILACS from 2023; SIF sub-judgement).</summary>
    public Grade CareLeavers => this[Judgement.CareLeavers];

    /// <summary>SIF adoption performance.</summary>
    public Grade Adoption => this[Judgement.Adoption];

    /// <summary>SIF review of the Local Safeguarding Children Board.</summary>
    public Grade Lscb => this[Judgement.Lscb];

    /// <summary>True when both give every judgement the same grade.</summary>
    public static bool operator ==(JudgementGrades? left, JudgementGrades? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when any judgement's grade differs.</summary>
    public static bool operator !=(JudgementGrades? left, JudgementGrades? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(JudgementGrades? other) => other is not null && _grades.AsSpan().SequenceEqual(other._grades);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as JudgementGrades);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var g in _grades)
        {
            hash.Add(g);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", AllJudgements.Select(j => $"{j} = {this[j]}"));
}
