using System.Diagnostics;
using System.Net.Sockets;

namespace Functions.Backup.Tests.Sources.LabelStudio;

/// <summary>
/// A Label Studio-like data directory in a fresh temporary folder: uploads with random bytes, nested and empty
/// directories, a path over 100 characters, unicode and empty files, a relative symlink, a file with its own mode and
/// an old mtime, and the things a backup must skip (a FIFO, a socket). Deleted on dispose.
/// </summary>
internal sealed class LabelStudioDataDirectory : IDisposable
{
    private readonly Socket? _socket;

    public LabelStudioDataDirectory(bool withSpecialFiles = false)
    {
        Root = Directory.CreateTempSubdirectory("ls-data-").FullName;
        Write("media/upload/1/abcd1234-image.png", 300_000);
        Write("media/upload/1/0badf00d-标注-ñandú-😀.txt", 1_234);
        Write("media/upload/1/empty.json", 0);
        Write("media/upload/2/nested/deeper/ef567890-scan.tiff", 70_000);
        Write($"media/upload/3/{new string('d', 60)}/{new string('f', 70)}.json", 4_321);
        Write("export/project-1-at-2024-01-01-00-00-1a2b3c4d.json", 2_048);
        Directory.CreateDirectory(Path.Join(Root, "media/avatars"));
        Directory.CreateSymbolicLink(Path.Join(Root, "media/latest"), "upload/1");

        var private_ = Path.Join(Root, "media/upload/2/private.bin");
        File.WriteAllBytes(private_, RandomBytes(999));
        File.SetUnixFileMode(private_, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.SetLastWriteTimeUtc(private_, new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc));

        if (withSpecialFiles)
        {
            using var mkfifo = Process.Start("mkfifo", [Path.Join(Root, "media/pipe")]);
            mkfifo.WaitForExit();
            _socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            _socket.Bind(new UnixDomainSocketEndPoint(Path.Join(Root, "media/socket")));
        }
    }

    public string Root { get; }

    public string Database => Path.Join(Root, "label_studio.sqlite3");

    /// <summary>The names a backup of this directory must skip (the database's files and the special ones).</summary>
    public static bool IsSkipped(string relative) =>
        relative.StartsWith("label_studio.sqlite3", StringComparison.Ordinal) || relative is "media/pipe" or "media/socket";

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    public void Dispose()
    {
        _socket?.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private void Write(string relative, int length)
    {
        var path = Path.Join(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, RandomBytes(length));
    }
}
