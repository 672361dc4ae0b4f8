namespace QuoteExtract.Cli;

/// <summary>The readable listing of <see cref="TextOutput"/>; an error record is only reported on standard error.</summary>
internal sealed class TextRecordWriter(Stream stream) : RecordWriter
{
    private readonly StreamWriter writer = new(stream, Utf8, leaveOpen: true);

    public override void Write(InputDocument document, ExtractionResult? result)
    {
        if (result is not null)
        {
            TextOutput.Write(writer, document.Id, document.Text!, result);
        }
    }

    public override void Flush() => writer.Flush();

    public override void Complete() => writer.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            writer.Dispose();
        }

        base.Dispose(disposing);
    }
}
