namespace InspectionMiner.Tests.Reliability;

/// <summary>
/// Runs the built CLI as a user without privileges, so that file permissions hold (root reads every file): as
/// <c>nobody</c> through <c>setpriv</c> when the tests run as root (as CI does), as the current user otherwise. The
/// CLI's folder is copied where that user can read it when it cannot read it where it was built.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class Unprivileged
{
    private static readonly Lazy<string> CliCopy = new(CopyCliIfNeeded);

    public static bool IsRoot => Environment.UserName == "root" || Mono.Unix.Native.Syscall.geteuid() == 0;

    /// <summary>A fresh folder that the unprivileged user may read and write.</summary>
    public static string NewFolder(string prefix)
    {
        var dir = Directory.CreateTempSubdirectory(prefix).FullName;
        File.SetUnixFileMode(dir, (UnixFileMode)0x1FF); // rwxrwxrwx
        return dir;
    }

    /// <summary>Makes <paramref name="path"/> (file or folder) readable by everyone, or by no one but its owner.</summary>
    public static void Open(string path) => File.SetUnixFileMode(path, Directory.Exists(path) ? (UnixFileMode)0x1FF : (UnixFileMode)0x1B6);

    public static void Close(string path) => File.SetUnixFileMode(path, UnixFileMode.None);

    public static Task<(int Exit, string Out, string Err)> RunCliAsync(string directory, params string[] args)
    {
        var cli = CliCopy.Value;
        var home = Path.Combine(directory, ".home");
        Directory.CreateDirectory(home);
        Open(home);
        var environment = new Dictionary<string, string?> { ["HOME"] = home, ["DOTNET_CLI_HOME"] = home, ["CI"] = "1" };
        return IsRoot
            ? ChildProcess.RunAsync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet", cli, .. args], TimeSpan.FromMinutes(5), directory, environment)
            : ChildProcess.RunAsync("dotnet", [cli, .. args], TimeSpan.FromMinutes(5), directory, environment);
    }

    private static string CopyCliIfNeeded()
    {
        if (!IsRoot || ReadableByOthers(ChildProcess.Cli))
        {
            return ChildProcess.Cli;
        }

        var copy = Path.Combine(Path.GetTempPath(), "im-cli-unprivileged-" + Environment.ProcessId);
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        foreach (var dir in Directory.GetDirectories(copy, "*", SearchOption.AllDirectories).Append(copy))
        {
            File.SetUnixFileMode(dir, (UnixFileMode)0x1ED); // rwxr-xr-x
        }

        return Path.Combine(copy, Path.GetFileName(ChildProcess.Cli));
    }

    /// <summary>True when every folder above <paramref name="file"/> may be entered, and the file read, by anyone.</summary>
    private static bool ReadableByOthers(string file)
    {
        if ((File.GetUnixFileMode(file) & UnixFileMode.OtherRead) == 0)
        {
            return false;
        }

        for (var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(file))!); dir is not null; dir = dir.Parent)
        {
            if ((dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
