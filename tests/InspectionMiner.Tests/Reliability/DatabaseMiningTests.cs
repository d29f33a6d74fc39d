using InspectionMiner.Analysis;
using InspectionMiner.Ingestion;
using Microsoft.Data.Sqlite;

namespace InspectionMiner.Tests.Reliability;

/// <summary>The library's mine-into-database workflow: skip by hash, failure records, claims between runs.</summary>
public class DatabaseMiningTests
{
    private static string NewDatabase() => Path.Combine(Directory.CreateTempSubdirectory("im-dbmine-").FullName, "f.db");

    [Fact]
    public async Task A_second_run_skips_stored_content_and_records_failures_once()
    {
        using var dirFolder = new TempFolder("im-dbmine-files-");
        var dir = dirFolder.Path;
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(dir, "a.txt"));
        File.WriteAllBytes(Path.Combine(dir, "b.pdf"), []);
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(dir, "c.txt")); // same content as a.txt
        var miner = new Miner();
        await using var db = await FindingsDatabase.OpenAsync(NewDatabase());

        var first = await ToListAsync(miner.MineIntoAsync(db, DocumentFiles.Expand([dir]), new DatabaseMiningOptions { MaxParallelism = 1 }));
        var second = await ToListAsync(miner.MineIntoAsync(db, DocumentFiles.Expand([dir])));

        Assert.Equal([StoreStatus.Stored, StoreStatus.Failed, StoreStatus.AlreadyStored], first.Select(r => r.Status));
        Assert.Equal([StoreStatus.AlreadyStored, StoreStatus.Failed, StoreStatus.AlreadyStored], second.Select(r => r.Status));
        Assert.Null(second[0].Document); // skipped before parsing
        Assert.Equal(ReadFailureReason.Empty, second[1].Error!.Reason);
        Assert.Equal(1L, Scalar(db.Path, "SELECT COUNT(*) FROM failures"));
        Assert.Equal(1L, Scalar(db.Path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(0L, Scalar(db.Path, "SELECT COUNT(*) FROM claims"));
    }

    [Fact]
    public async Task Every_document_is_returned_when_asked_even_if_stored()
    {
        var miner = new Miner();
        await using var db = await FindingsDatabase.OpenAsync(NewDatabase());
        var input = DocumentFileList.Of([TestCorpus.Sample("westmarch-focused-visit.txt")]);
        await ToListAsync(miner.MineIntoAsync(db, input));
        var again = await ToListAsync(miner.MineIntoAsync(db, input, new DatabaseMiningOptions { MineStoredDocuments = true }));
        Assert.Equal(StoreStatus.AlreadyStored, again.Single().Status);
        Assert.NotEmpty(again.Single().Document!.Units);
    }

    [Fact]
    public async Task A_claim_keeps_a_second_run_off_a_document_until_it_is_released()
    {
        var path = NewDatabase();
        await using var one = await FindingsDatabase.OpenAsync(path);
        await using var two = await FindingsDatabase.OpenAsync(path);
        var lease = TimeSpan.FromMinutes(5);

        Assert.Equal(ClaimOutcome.Claimed, await one.TryClaimAsync("abc", "a.pdf", lease, default));
        Assert.Equal(ClaimOutcome.ClaimedByThisRun, await one.TryClaimAsync("abc", "c.pdf", lease, default)); // the same content again
        Assert.Equal(ClaimOutcome.ClaimedElsewhere, await two.TryClaimAsync("abc", "a.pdf", lease, default));
        await one.ReleaseClaimAsync("abc", default);
        Assert.Equal(ClaimOutcome.Claimed, await two.TryClaimAsync("abc", "a.pdf", lease, default));
    }

    [Fact]
    public async Task A_claim_left_by_a_killed_run_or_past_its_lease_is_taken_over()
    {
        var path = NewDatabase();
        await using var db = await FindingsDatabase.OpenAsync(path);
        var deadPid = 1;
        while (ProcessExists(++deadPid + 400000))
        {
        }

        Execute(path, $"INSERT INTO claims VALUES ('dead', 'a.pdf', '{Environment.MachineName}', {deadPid + 400000}, 'killed-run', '{DateTimeOffset.UtcNow.AddHours(1):O}')");
        Execute(path, $"INSERT INTO claims VALUES ('old', 'b.pdf', 'another-host', 1, 'old-run', '{DateTimeOffset.UtcNow.AddMinutes(-1):O}')");
        Execute(path, $"INSERT INTO claims VALUES ('live', 'c.pdf', 'another-host', 1, 'live-run', '{DateTimeOffset.UtcNow.AddHours(1):O}')");

        Assert.Equal(ClaimOutcome.Claimed, await db.TryClaimAsync("dead", "a.pdf", TimeSpan.FromMinutes(5), default));
        Assert.Equal(ClaimOutcome.Claimed, await db.TryClaimAsync("old", "b.pdf", TimeSpan.FromMinutes(5), default));
        Assert.Equal(ClaimOutcome.ClaimedElsewhere, await db.TryClaimAsync("live", "c.pdf", TimeSpan.FromMinutes(5), default));
    }

    private static bool ProcessExists(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static void Execute(string db, string sql) => Scalar(db, sql);

    private static object? Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
