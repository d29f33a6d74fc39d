using System.CommandLine;
using InspectionMiner.Analysis;

namespace InspectionMiner.Cli;

/// <summary>The <c>--db</c> option of the commands that read the findings database, and how they read it.</summary>
internal static class FindingsInput
{
    public static Option<string> Database() => new("--db") { Description = "The findings database.", DefaultValueFactory = _ => "findings.db" };

    /// <summary>Every stored document and finding; null (with the reason on standard error) when there is no findings database at <paramref name="path"/>.</summary>
    public static async Task<(IReadOnlyList<StoredDocument> Documents, IReadOnlyList<StoredFinding> Findings)?> LoadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: no findings database here (make one with `inspection-miner mine PATH --db {path}`)");
            return null;
        }

        try
        {
            await using var database = await FindingsDatabase.OpenAsync(path, ct);
            return (await database.DocumentsAsync(ct), await database.FindingsAsync(ct));
        }
        catch (FindingsDatabaseException e)
        {
            Console.Error.WriteLine(e.Message);
            return null;
        }
    }
}
