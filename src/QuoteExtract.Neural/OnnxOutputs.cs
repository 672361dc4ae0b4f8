namespace QuoteExtract.Neural;

/// <summary>
/// Adds graph outputs to a serialized ONNX model, so that ONNX Runtime returns intermediate tensors (the encoder's
/// inner layers) beside its declared outputs. The model is edited at the protobuf level: the new
/// <c>GraphProto.output</c> entries (field 12) are appended to the graph (<c>ModelProto.graph</c>, field 7) and the
/// graph's length prefix is rewritten; nothing else changes.
/// </summary>
internal static class OnnxOutputs
{
    private const int GraphField = 7;
    private const int OutputField = 12;
    private const int FloatType = 1;

    /// <summary>The model with float tensors named <paramref name="names"/> declared as further outputs.</summary>
    public static byte[] AddFloatOutputs(byte[] model, IReadOnlyList<string> names)
    {
        int position = 0;
        while (position < model.Length)
        {
            int fieldStart = position;
            ulong tag = ReadVarint(model, ref position);
            int field = (int)(tag >> 3), wire = (int)(tag & 7);
            switch (wire)
            {
                case 0:
                    ReadVarint(model, ref position);
                    break;
                case 1:
                    position += 8;
                    break;
                case 5:
                    position += 4;
                    break;
                case 2:
                    int length = checked((int)ReadVarint(model, ref position));
                    if (field == GraphField)
                    {
                        return Rewrite(model, fieldStart, position, length, names);
                    }

                    position += length;
                    break;
                default:
                    throw new InvalidDataException($"Unexpected protobuf wire type {wire} in the ONNX model.");
            }
        }

        throw new InvalidDataException("The ONNX model holds no graph.");
    }

    private static byte[] Rewrite(byte[] model, int fieldStart, int graphStart, int graphLength, IReadOnlyList<string> names)
    {
        // ValueInfoProto { name = 1; type = 2 }, TypeProto { tensor_type = 1 }, TypeProto.Tensor { elem_type = 1 (varint) }.
        using var extra = new MemoryStream();
        foreach (var name in names)
        {
            byte[] tensorType = [(1 << 3) | 0, FloatType];
            var type = LengthDelimited(1, tensorType);
            var valueInfo = LengthDelimited(1, System.Text.Encoding.UTF8.GetBytes(name)).Concat(LengthDelimited(2, type)).ToArray();
            extra.Write(LengthDelimited(OutputField, valueInfo));
        }

        using var result = new MemoryStream(model.Length + (int)extra.Length + 16);
        result.Write(model, 0, fieldStart);
        WriteVarint(result, (GraphField << 3) | 2);
        WriteVarint(result, (ulong)(graphLength + extra.Length));
        result.Write(model, graphStart, graphLength);
        extra.WriteTo(result);
        result.Write(model, graphStart + graphLength, model.Length - graphStart - graphLength);
        return result.ToArray();
    }

    private static byte[] LengthDelimited(int field, byte[] value)
    {
        using var stream = new MemoryStream(value.Length + 8);
        WriteVarint(stream, (ulong)((field << 3) | 2));
        WriteVarint(stream, (ulong)value.Length);
        stream.Write(value);
        return stream.ToArray();
    }

    private static ulong ReadVarint(byte[] data, ref int position)
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A protobuf varint runs past 64 bits.");
    }

    private static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }
}
