using Mono.Unix.Native;

namespace InspectionMiner.Ingestion;

/// <summary>What a path names, found without opening it (opening a named pipe would wait for a writer).</summary>
internal enum FileKind
{
    /// <summary>A regular file: the only kind that is read.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A named pipe, device or socket.</summary>
    Special,
    /// <summary>Nothing is there (or a symbolic link points nowhere).</summary>
    Missing,
    /// <summary>The path cannot be looked at: permission denied.</summary>
    PermissionDenied,
    /// <summary>Symbolic links point at each other in a loop.</summary>
    LinkLoop,
    /// <summary>Any other error from the file system.</summary>
    Unreadable,
}

/// <summary>A path's kind, what it is in words, and its identity (device and inode) to recognise a folder seen before.</summary>
internal readonly record struct FileProbeResult(FileKind Kind, string Description, (ulong Device, ulong Inode) Identity);

/// <summary>
/// Looks at a path with <c>stat</c> (following symbolic links, as opening it would) through Mono.Unix, so that only
/// regular files are ever opened and a folder reached twice (a symbolic link loop) is recognised by its inode.
/// On Windows, where named pipes and devices are not files in folders, <see cref="FileInfo"/> says enough.
/// </summary>
internal static class FileProbe
{
    public static FileProbeResult Probe(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return ProbeWindows(path);
        }

        if (Syscall.stat(path, out var stat) != 0)
        {
            return Stdlib.GetLastError() switch
            {
                Errno.ENOENT or Errno.ENOTDIR => new(FileKind.Missing, "no such file", default),
                Errno.EACCES or Errno.EPERM => new(FileKind.PermissionDenied, "permission denied", default),
                Errno.ELOOP => new(FileKind.LinkLoop, "its symbolic links point at each other in a loop", default),
                var errno => new(FileKind.Unreadable, $"the file system reported {errno}", default),
            };
        }

        var identity = (stat.st_dev, stat.st_ino);
        return (stat.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => new(FileKind.Regular, "a regular file", identity),
            FilePermissions.S_IFDIR => new(FileKind.Directory, "a folder", identity),
            FilePermissions.S_IFIFO => new(FileKind.Special, "a named pipe (FIFO), not a regular file", identity),
            FilePermissions.S_IFCHR => new(FileKind.Special, "a character device, not a regular file", identity),
            FilePermissions.S_IFBLK => new(FileKind.Special, "a block device, not a regular file", identity),
            FilePermissions.S_IFSOCK => new(FileKind.Special, "a socket, not a regular file", identity),
            _ => new(FileKind.Special, "not a regular file", identity),
        };
    }

    private static FileProbeResult ProbeWindows(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var identity = ((ulong)StringComparer.OrdinalIgnoreCase.GetHashCode(full), 0UL);
        if (System.IO.Directory.Exists(full))
        {
            return new(FileKind.Directory, "a folder", identity);
        }

        return File.Exists(full) ? new(FileKind.Regular, "a regular file", identity) : new(FileKind.Missing, "no such file", default);
    }
}
