using System.Text.Json;

namespace QuoteExtract.Cli;

/// <summary>JSONL (one compact document a line) or JSON (one indented array), in the contract of <see cref="JsonOutput"/>.</summary>
internal sealed class JsonRecordWriter : RecordWriter
{
    private readonly Stream stream;
    private readonly bool lines;
    private readonly Utf8JsonWriter json;

    public JsonRecordWriter(Stream stream, bool lines)
    {
        this.stream = stream;
        this.lines = lines;
        json = new Utf8JsonWriter(stream, JsonOutput.Options(!lines));
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

        if (lines)
        {
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset(stream);
        }
    }

    public override void Flush()
    {
        json.Flush();
        stream.Flush();
    }

    public override void Complete()
    {
        if (!lines)
        {
            json.WriteEndArray();
            json.Flush();
            stream.WriteByte((byte)'\n');
        }

        Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            json.Dispose();
        }

        base.Dispose(disposing);
    }
}
