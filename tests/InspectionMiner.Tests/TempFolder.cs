namespace InspectionMiner.Tests;

/// <summary>A new folder under the system's temporary folder for one test, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held open by a process the test started; the system's temporary folder is cleared in time.
        }
    }
}
