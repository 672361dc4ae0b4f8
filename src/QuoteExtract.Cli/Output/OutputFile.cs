namespace QuoteExtract.Cli;

/// <summary>
/// An output file written under a temporary name in its target folder and renamed into place by
/// <see cref="Commit"/>, so the final name holds either nothing new or a complete file, whatever stops the run
/// (Ctrl-C, <c>kill -9</c>, a full disk). Disposed without a commit, it deletes the temporary file. A path that
/// exists and is not a regular file (<c>/dev/stdout</c>, a named pipe) is written in place.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string finalPath;
    private readonly string? temporaryPath;
    private bool committed;

    private OutputFile(string finalPath, string? temporaryPath, Stream stream)
    {
        this.finalPath = finalPath;
        this.temporaryPath = temporaryPath;
        Stream = stream;
    }

    public Stream Stream { get; }

    /// <summary>The name of the temporary file (a hidden file beside the target), for tests and messages.</summary>
    public static string TemporaryPrefix(string finalPath) => $".{Path.GetFileName(finalPath)}.";

    /// <exception cref="IOException">The folder is missing, read-only or full, or the path is a directory.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static OutputFile Create(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path} is a directory");
        }

        if (IsDevice(full))
        {
            return new OutputFile(full, null, new FileStream(full, FileMode.Open, FileAccess.Write));
        }

        string folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder {folder} does not exist");
        }

        string temporary = Path.Combine(folder, $"{TemporaryPrefix(full)}{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        return new OutputFile(full, temporary, stream);
    }

    /// <summary>Flushes the file to disk and renames it to its final name.</summary>
    /// <param name="overwrite">Replace a file already there; when false and one is there, the new file is dropped and false returned.</param>
    public bool Commit(bool overwrite = true)
    {
        if (Stream is FileStream file && temporaryPath is not null)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            Stream.Flush();
        }

        Stream.Dispose();
        committed = true;
        if (temporaryPath is null)
        {
            return true;
        }

        try
        {
            File.Move(temporaryPath, finalPath, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(finalPath))
        {
            File.Delete(temporaryPath);
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // A full disk fails the last flush too; the run has already reported why it stopped.
        }

        if (!committed && temporaryPath is not null)
        {
            try
            {
                File.Delete(temporaryPath);
            }
            catch (IOException)
            {
                // Nothing more to do: the temporary file keeps its hidden name and never becomes the output.
            }
        }
    }

    /// <summary>A device such as <c>/dev/stdout</c> or <c>/dev/full</c>: written in place, since no file can be renamed onto it.</summary>
    private static bool IsDevice(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        return target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal);
    }
}
