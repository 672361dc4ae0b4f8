namespace QuoteExtract.Cli;

/// <summary>
/// One <see cref="HtmlReport"/> page: for one document its highlighted article, for more an index and an article each.
/// The page is written at <see cref="Complete"/> (the index needs every document), so the records are held until then.
/// An error record shows as an article without quotes that states the error.
/// </summary>
internal sealed class HtmlRecordWriter(Stream stream) : RecordWriter
{
    private readonly List<(string Id, string Text, ExtractionResult Result)> documents = [];

    public override void Write(InputDocument document, ExtractionResult? result) =>
        documents.Add(result is null
            ? (document.Id, $"[not extracted: {document.Error}]", ExtractionResult.Empty)
            : (document.Id, document.Text!, result));

    public override void Flush()
    {
    }

    public override void Complete()
    {
        using (var writer = new StreamWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(HtmlReport.RenderBatch(documents));
        }

        stream.Flush();
    }
}
