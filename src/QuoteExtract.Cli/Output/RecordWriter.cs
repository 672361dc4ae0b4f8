using System.Text;

namespace QuoteExtract.Cli;

/// <summary>Writes the records of one run in one format, in the order given; one record per input document.</summary>
internal abstract class RecordWriter : IDisposable
{
    /// <summary>Writes the record of <paramref name="document"/>: its result, or an error record when <paramref name="result"/> is null.</summary>
    public abstract void Write(InputDocument document, ExtractionResult? result);

    /// <summary>Pushes what was written so far to the stream, so a reader at the other end of a pipe sees it now.</summary>
    public abstract void Flush();

    /// <summary>Writes what closes the output (the end of a JSON array, a Parquet footer) and flushes.</summary>
    public abstract void Complete();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    public static RecordWriter Create(OutputFormat format, Stream stream) => format switch
    {
        OutputFormat.Json => new JsonRecordWriter(stream, lines: false),
        OutputFormat.Jsonl => new JsonRecordWriter(stream, lines: true),
        OutputFormat.Csv => new CsvRecordWriter(stream),
        OutputFormat.Parquet => new ParquetRecordWriter(stream),
        OutputFormat.Html => new HtmlRecordWriter(stream),
        _ => new TextRecordWriter(stream),
    };

    /// <summary>The file extension of a part file in <paramref name="format"/>.</summary>
    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Text => "txt",
        OutputFormat.Json => "json",
        OutputFormat.Jsonl => "jsonl",
        OutputFormat.Csv => "csv",
        OutputFormat.Html => "html",
        _ => "parquet",
    };

    protected static readonly Encoding Utf8 = new UTF8Encoding(false);
}
