namespace InspectionMiner.Records;

/// <summary>
/// What a record field holds, and so how each output writes it: JSON, CSV, Parquet, SQLite and .xlsx all follow
/// the kind (see <c>docs/schema.md</c>).
/// </summary>
/// <example>
/// <code>
/// foreach (RecordField&lt;UnitRecord&gt; field in RecordSchema.Units)
///     Console.WriteLine($"{field.Name}: {field.Kind}{(field.Nullable ? " or null" : "")}");
/// // ... themes: TextList (JSON array, Parquet list, CSV joined with ';')
/// </code>
/// </example>
public enum FieldKind
{
    /// <summary>A string (an enum value is written by its name, "Recommendation").</summary>
    Text,

    /// <summary>A whole number (<see cref="long"/>).</summary>
    Integer,

    /// <summary>A number with a fraction (<see cref="double"/>; probabilities are rounded to 4 decimals).</summary>
    Number,

    /// <summary>A calendar date (<see cref="DateOnly"/>; ISO 8601 <c>yyyy-MM-dd</c> in text formats).</summary>
    Date,

    /// <summary>A list of strings (JSON array, Parquet list column, SQLite JSON array text, CSV and .xlsx joined with <c>;</c>).</summary>
    TextList,

    /// <summary>True or false (<see cref="bool"/>: JSON <c>true</c>/<c>false</c>, Parquet BOOLEAN, CSV and .xlsx <c>true</c>/<c>false</c>, SQLite 1/0).</summary>
    Boolean,
}
