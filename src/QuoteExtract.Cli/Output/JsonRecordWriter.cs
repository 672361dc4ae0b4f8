using System.Buffers;
using System.Text.Json;

namespace QuoteExtract.Cli;

/// <summary>
/// JSONL (one compact document a line) or JSON (one indented array), in the contract of <see cref="JsonOutput"/>.
/// Records are gathered in a buffer and written to the stream when it holds <see cref="WriteThreshold"/> bytes or on
/// <see cref="Flush"/>, so that a run writing thousands of records a second to an unbuffered standard output makes one
/// system call per batch of records instead of two per record.
/// </summary>
internal sealed class JsonRecordWriter : RecordWriter
{
    /// <summary>The buffer goes to the stream once it holds this many bytes.</summary>
    private const int WriteThreshold = 64 * 1024;

    private readonly Stream stream;
    private readonly bool lines;
    private readonly ArrayBufferWriter<byte> buffer = new(2 * WriteThreshold);
    private readonly Utf8JsonWriter json;

    public JsonRecordWriter(Stream stream, bool lines)
    {
        this.stream = stream;
        this.lines = lines;
        json = new Utf8JsonWriter(buffer, JsonOutput.Options(!lines));
        if (!lines)
        {
            json.WriteStartArray();
        }
    }

    public override void Write(InputDocument document, ExtractionResult? result)
    {
        if (result is null)
        {
            JsonOutput.WriteError(json, document);
        }
        else
        {
            JsonOutput.WriteDocument(json, document.Id, result, document.Warnings);
        }

        json.Flush();
        if (lines)
        {
            NewLine();
            json.Reset(buffer);
        }

        if (buffer.WrittenCount >= WriteThreshold)
        {
            Drain();
        }
    }

    public override void Flush()
    {
        json.Flush();
        Drain();
        stream.Flush();
    }

    public override void Complete()
    {
        if (!lines)
        {
            json.WriteEndArray();
            json.Flush();
            NewLine();
        }

        Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Records already made still reach the stream when the run ends early (interrupted, or an input error);
            // a stream that fails now has already failed the run, whose error is the one to report.
            json.Dispose();
            try
            {
                Drain();
            }
            catch (IOException)
            {
            }
        }

        base.Dispose(disposing);
    }

    private void NewLine()
    {
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
    }

    /// <summary>Writes the buffered bytes to the stream.</summary>
    private void Drain()
    {
        if (buffer.WrittenCount > 0)
        {
            stream.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
    }
}
