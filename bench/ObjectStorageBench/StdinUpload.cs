using System.Globalization;
using Functions.HostBench;
using Functions.ObjectStorage.Models;

namespace Functions.ObjectStorageBench;

/// <summary>The measured process: uploads its stdin (length unknown, like a pipe from pg_dump) and prints the result.</summary>
internal static class StdinUpload
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var store = Store.Create();
        var options = new UploadOptions
        {
            PartSize = Args.Int(args, "--part-size-mb", 8) * 1024L * 1024,
            Concurrency = Args.Int(args, "--concurrency", 4),
        };
        await using var stdin = Console.OpenStandardInput();
        var result = await store.UploadAsync(stdin, Settings.Text(args, "--key"), options, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Size} bytes, {result.PartCount} parts, {result.Duration.TotalSeconds:F2} s, crc64 {result.Crc64}, peak buffers {result.PeakBufferBytes / 1048576.0:F0} MiB"));
        return 0;
    }
}
