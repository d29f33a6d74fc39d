namespace InspectionMiner.Records;

/// <summary>
/// One field of a <see cref="DocumentRecord"/> or <see cref="UnitRecord"/>: its name, the same in every output
/// (camelCase), its kind, and how to read its value from a record. Writers iterate <see cref="RecordSchema"/>'s
/// lists instead of naming fields themselves, so every output has the same fields in the same order.
/// </summary>
/// <typeparam name="TRecord">The record the field is read from.</typeparam>
/// <example>
/// <code>
/// MinedDocument mined = await new Miner().MineAsync("letter.pdf", ct);
/// foreach (UnitRecord row in UnitRecord.AllOf("letter.pdf", mined, findingsOnly: true))
///     Console.WriteLine(string.Join(" | ", RecordSchema.Units.Select(f =&gt; $"{f.Name}={f.ValueOf(row)}")));
/// </code>
/// </example>
public sealed class RecordField<TRecord>
{
    private readonly Func<TRecord, object?> _read;

    internal RecordField(string name, FieldKind kind, bool nullable, string description, Func<TRecord, object?> read)
    {
        Name = name;
        Kind = kind;
        Nullable = nullable;
        Description = description;
        _read = read;
    }

    /// <summary>The field's name in every output (camelCase: <c>typeConfidence</c>).</summary>
    public string Name { get; }

    /// <summary>What the field holds.</summary>
    public FieldKind Kind { get; }

    /// <summary>True when the value may be null (absent, not extracted or not applicable).</summary>
    public bool Nullable { get; }

    /// <summary>What the field means, as <c>docs/schema/*.json</c> describe it.</summary>
    public string Description { get; }

    /// <summary>
    /// The field's value in <paramref name="record"/>: a <see cref="string"/> (<see cref="FieldKind.Text"/>), a
    /// <see cref="long"/> (<see cref="FieldKind.Integer"/>), a <see cref="double"/> (<see cref="FieldKind.Number"/>), a
    /// <see cref="DateOnly"/> (<see cref="FieldKind.Date"/>), an <see cref="IReadOnlyList{T}"/> of strings
    /// (<see cref="FieldKind.TextList"/>), a <see cref="bool"/> (<see cref="FieldKind.Boolean"/>), or null.
    /// </summary>
    public object? ValueOf(TRecord record) => _read(record);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
