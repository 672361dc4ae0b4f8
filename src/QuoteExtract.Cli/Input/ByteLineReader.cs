namespace QuoteExtract.Cli;

/// <summary>
/// Reads lines of bytes from a stream as they arrive (a pipe is not read to its end first), in constant memory:
/// a line longer than the limit is skipped to its end and reported as too long, never buffered whole.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes) : IDisposable
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly MemoryStream line = new();
    private int position;
    private int filled;
    private bool ended;

    /// <summary>One line without its terminator (<c>\n</c> or <c>\r\n</c>), or <see langword="null"/> at the end.</summary>
    /// <param name="tooLong">The line was longer than the limit; its bytes are not returned.</param>
    /// <param name="length">The line's length in bytes, also when it was too long.</param>
    public byte[]? ReadLine(out bool tooLong, out long length)
    {
        line.SetLength(0);
        tooLong = false;
        length = 0;
        bool any = false;
        while (true)
        {
            if (position == filled)
            {
                if (ended || !Fill())
                {
                    ended = true;
                    return any ? Finish(tooLong) : null;
                }
            }

            any = true;
            int newline = Array.IndexOf(buffer, (byte)'\n', position, filled - position);
            int end = newline < 0 ? filled : newline;
            int count = end - position;
            length += count;
            if (!tooLong)
            {
                if (line.Length + count > maxLineBytes)
                {
                    tooLong = true;
                    line.SetLength(0);
                }
                else
                {
                    line.Write(buffer, position, count);
                }
            }

            position = newline < 0 ? filled : newline + 1;
            if (newline >= 0)
            {
                return Finish(tooLong);
            }
        }
    }

    private byte[] Finish(bool tooLong)
    {
        if (tooLong)
        {
            return [];
        }

        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
    }

    /// <summary>Releases the line buffer; the stream belongs to the caller.</summary>
    public void Dispose() => line.Dispose();

    private bool Fill()
    {
        filled = stream.Read(buffer, 0, buffer.Length);
        position = 0;
        return filled > 0;
    }
}
