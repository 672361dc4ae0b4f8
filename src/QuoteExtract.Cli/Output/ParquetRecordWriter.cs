using Parquet;
using Parquet.Schema;

namespace QuoteExtract.Cli;

/// <summary>
/// Apache Parquet through Parquet.Net: the rows of <see cref="FlatRow"/>, buffered and written as a row group every
/// <see cref="RowGroupSize"/> rows, so memory stays bounded on a long run. Needs a seekable file, not a pipe.
/// </summary>
internal sealed class ParquetRecordWriter : RecordWriter
{
    public const int RowGroupSize = 10_000;

    private static readonly DataField<string> Id = new("id", false);
    private static readonly DataField<int?> Quote = new("quote");
    private static readonly DataField<int?> Start = new("start");
    private static readonly DataField<int?> End = new("end");
    private static readonly DataField<string> Text = new("text", true);
    private static readonly DataField<string> Type = new("type", true);
    private static readonly DataField<string> Speaker = new("speaker", true);
    private static readonly DataField<int?> SpeakerStart = new("speaker_start");
    private static readonly DataField<int?> SpeakerEnd = new("speaker_end");
    private static readonly DataField<string> SpeakerKind = new("speaker_kind", true);
    private static readonly DataField<int?> Entity = new("entity");
    private static readonly DataField<string> EntityName = new("entity_name", true);
    private static readonly DataField<string> Cue = new("cue", true);
    private static readonly DataField<string> CueClass = new("cue_class", true);
    private static readonly DataField<double?> Confidence = new("confidence");
    private static readonly DataField<string> Error = new("error", true);
    private static readonly DataField<string> Source = new("source", true);
    private static readonly DataField<int?> Line = new("line");
    private static readonly DataField<string> Warnings = new("warnings", true);

    public static readonly ParquetSchema Schema = new(
        Id, Quote, Start, End, Text, Type, Speaker, SpeakerStart, SpeakerEnd, SpeakerKind, Entity, EntityName, Cue, CueClass, Confidence, Error, Source, Line, Warnings);

    private readonly Stream stream;
    private readonly List<FlatRow> rows = [];
    private ParquetWriter? writer;

    public ParquetRecordWriter(Stream stream) => this.stream = stream;

    public override void Write(InputDocument document, ExtractionResult? result)
    {
        rows.AddRange(FlatRow.From(document, result));
        if (rows.Count >= RowGroupSize)
        {
            WriteRowGroup();
        }
    }

    /// <summary>Parquet is read whole at the end; rows are flushed by row groups, not one by one.</summary>
    public override void Flush()
    {
    }

    public override void Complete()
    {
        if (rows.Count > 0 || writer is null)
        {
            WriteRowGroup();
        }

        writer!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        writer = null;
        stream.Flush();
    }

    private void WriteRowGroup() => WriteRowGroupAsync().GetAwaiter().GetResult();

    private async Task WriteRowGroupAsync()
    {
        writer ??= await ParquetWriter.CreateAsync(Schema, stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(Id, Strings(r => r.Id));
        await group.WriteAsync<int>(Quote, Values(r => r.Quote));
        await group.WriteAsync<int>(Start, Values(r => r.Start));
        await group.WriteAsync<int>(End, Values(r => r.End));
        await group.WriteAsync(Text, Strings(r => r.Text));
        await group.WriteAsync(Type, Strings(r => r.Type));
        await group.WriteAsync(Speaker, Strings(r => r.Speaker));
        await group.WriteAsync<int>(SpeakerStart, Values(r => r.SpeakerStart));
        await group.WriteAsync<int>(SpeakerEnd, Values(r => r.SpeakerEnd));
        await group.WriteAsync(SpeakerKind, Strings(r => r.SpeakerKind));
        await group.WriteAsync<int>(Entity, Values(r => r.Entity));
        await group.WriteAsync(EntityName, Strings(r => r.EntityName));
        await group.WriteAsync(Cue, Strings(r => r.Cue));
        await group.WriteAsync(CueClass, Strings(r => r.CueClass));
        await group.WriteAsync<double>(Confidence, Values(r => r.Confidence));
        await group.WriteAsync(Error, Strings(r => r.Error));
        await group.WriteAsync(Source, Strings(r => r.Source));
        await group.WriteAsync<int>(Line, Values(r => r.Line));
        await group.WriteAsync(Warnings, Strings(r => r.Warnings));
        rows.Clear();
    }

    private string?[] Strings(Func<FlatRow, string?> column) => [.. rows.Select(column)];

    private ReadOnlyMemory<T?> Values<T>(Func<FlatRow, T?> column)
        where T : struct => rows.Select(column).ToArray();

    protected override void Dispose(bool disposing)
    {
        if (disposing && writer is not null)
        {
            try
            {
                writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (IOException)
            {
                // Disposed after a failure: the temporary file is deleted; the failure is already being reported.
            }
        }

        base.Dispose(disposing);
    }
}
