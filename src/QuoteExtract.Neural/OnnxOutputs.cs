namespace QuoteExtract.Neural;

/// <summary>
/// Rewrites the outputs of a serialized ONNX model, so that ONNX Runtime returns intermediate tensors (the encoder's
/// inner layers) and computes nothing else. The model is edited at the protobuf level: in the graph
/// (<c>ModelProto.graph</c>, field 7) the declared outputs (<c>GraphProto.output</c>, field 12) are replaced by the
/// named tensors, and the nodes (field 1) and initializers (field 5) those tensors do not depend on are dropped. Every
/// other byte is kept as it was.
/// </summary>
internal static class OnnxOutputs
{
    private const int GraphField = 7;
    private const int NodeField = 1;
    private const int InitializerField = 5;
    private const int OutputField = 12;
    private const int FloatType = 1;

    /// <summary>
    /// The model with exactly the float tensors named <paramref name="names"/> as its outputs, without the nodes and
    /// weights that none of them needs.
    /// </summary>
    public static byte[] SetFloatOutputs(byte[] model, IReadOnlyList<string> names)
    {
        foreach (var field in Fields(model, 0, model.Length))
        {
            if (field.Number == GraphField && field.Wire == 2)
            {
                var graph = Prune(model, field.ValueStart, field.End, names);
                using var result = new MemoryStream(model.Length);
                result.Write(model, 0, field.Start);
                WriteVarint(result, (GraphField << 3) | 2);
                WriteVarint(result, (ulong)graph.Length);
                result.Write(graph);
                result.Write(model, field.End, model.Length - field.End);
                return result.ToArray();
            }
        }

        throw new InvalidDataException("The ONNX model holds no graph.");
    }

    private static byte[] Prune(byte[] model, int start, int end, IReadOnlyList<string> names)
    {
        var fields = Fields(model, start, end).ToList();
        var needed = new HashSet<string>(names, StringComparer.Ordinal);
        var keep = new bool[fields.Count];
        var computed = new HashSet<string>(StringComparer.Ordinal); // outputs of the kept nodes

        // Nodes are stored in topological order, so one backward pass finds every node the outputs depend on.
        for (int i = fields.Count - 1; i >= 0; i--)
        {
            var field = fields[i];
            if (field.Number != NodeField)
            {
                continue;
            }

            var strings = Strings(model, field, [1, 2]);
            if (strings[2].Any(needed.Contains))
            {
                keep[i] = true;
                needed.UnionWith(strings[1]);
                computed.UnionWith(strings[2]);
            }
        }

        int found = names.Count(computed.Contains);
        if (found != names.Count)
        {
            throw new InvalidDataException($"The ONNX model computes only {found} of the tensors {string.Join(", ", names)}.");
        }

        using var graph = new MemoryStream(end - start);
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            bool copy = field.Number switch
            {
                NodeField => keep[i],
                InitializerField => Strings(model, field, [8])[8].Any(needed.Contains), // TensorProto.name
                OutputField => false,
                _ => true,
            };
            if (copy)
            {
                graph.Write(model, field.Start, field.End - field.Start);
            }
        }

        // ValueInfoProto { name = 1; type = 2 }, TypeProto { tensor_type = 1 }, TypeProto.Tensor { elem_type = 1 (varint) }.
        foreach (var name in names)
        {
            byte[] tensorType = [(1 << 3) | 0, FloatType];
            var type = LengthDelimited(1, tensorType);
            var valueInfo = LengthDelimited(1, System.Text.Encoding.UTF8.GetBytes(name)).Concat(LengthDelimited(2, type)).ToArray();
            graph.Write(LengthDelimited(OutputField, valueInfo));
        }

        return graph.ToArray();
    }

    /// <summary>The string fields numbered <paramref name="numbers"/> of a length-delimited message, by number.</summary>
    private static Dictionary<int, List<string>> Strings(byte[] model, Field message, int[] numbers)
    {
        var result = numbers.ToDictionary(n => n, _ => new List<string>());
        foreach (var field in Fields(model, message.ValueStart, message.End))
        {
            if (field.Wire == 2 && result.TryGetValue(field.Number, out var list))
            {
                list.Add(System.Text.Encoding.UTF8.GetString(model, field.ValueStart, field.End - field.ValueStart));
            }
        }

        return result;
    }

    /// <summary>The top-level fields of the message in <c>model[start..end)</c>.</summary>
    private static IEnumerable<Field> Fields(byte[] model, int start, int end)
    {
        int position = start;
        while (position < end)
        {
            int fieldStart = position;
            ulong tag = ReadVarint(model, ref position);
            int number = (int)(tag >> 3), wire = (int)(tag & 7);
            int valueStart = position;
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
                    valueStart = position;
                    position += length;
                    break;
                default:
                    throw new InvalidDataException($"Unexpected protobuf wire type {wire} in the ONNX model.");
            }

            if (position > end)
            {
                throw new InvalidDataException("A protobuf field runs past its message in the ONNX model.");
            }

            yield return new Field(number, wire, fieldStart, valueStart, position);
        }
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

    /// <summary>A protobuf field: its number and wire type, where it starts, where its value starts, and where it ends.</summary>
    private readonly record struct Field(int Number, int Wire, int Start, int ValueStart, int End);
}
