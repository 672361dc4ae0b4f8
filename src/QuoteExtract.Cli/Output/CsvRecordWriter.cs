using System.Globalization;
using CsvHelper;

namespace QuoteExtract.Cli;

/// <summary>CSV through CsvHelper (RFC 4180 quoting): a header, then the rows of <see cref="FlatRow"/>.</summary>
internal sealed class CsvRecordWriter : RecordWriter
{
    private readonly CsvWriter csv;

    public CsvRecordWriter(Stream stream)
    {
        csv = CsvWriter.Create(stream, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(FlatRow.Columns);
    }

    public override void Write(InputDocument document, ExtractionResult? result)
    {
        foreach (var row in FlatRow.From(document, result))
        {
            csv.WriteRecord(Array.ConvertAll(row.Values(), Field));
        }
    }

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public override void Flush() => csv.Flush();

    public override void Complete() => Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            csv.Dispose();
        }

        base.Dispose(disposing);
    }
}
