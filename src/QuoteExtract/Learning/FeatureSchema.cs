using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace QuoteExtract.Learning;

/// <summary>
/// The ordered feature names of one learned model part (the candidate scorer, the content end, the content start,
/// the speaker): declared once, next to the code that computes the features. Vectors are written by name through
/// <see cref="FeatureVector"/>, so no feature can land in another's column; a model file lists the names each part
/// was trained with, and <see cref="Check"/> refuses a part whose list differs.
/// </summary>
internal sealed class FeatureSchema
{
    private readonly FrozenDictionary<string, int> indexOf;

    // The declared names in an open-addressing table on a hash of three characters and the length (Slot). Feature names
    // at the write sites are string literals, which the runtime interns, so a write finds its column by reference after
    // a few character reads; any other string with a declared name is answered by the dictionary.
    private readonly string?[] byReference;
    private readonly int[] columnByReference;

    /// <summary>Creates the schema of the part named <paramref name="part"/> (its name in the model file).</summary>
    /// <exception cref="ArgumentException">A name occurs twice.</exception>
    public FeatureSchema(string part, IEnumerable<string> names)
    {
        Part = part;
        Names = [.. names];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Names.Count; i++)
        {
            if (!index.TryAdd(Names[i], i))
            {
                throw new ArgumentException($"The feature '{Names[i]}' of {part} is declared twice.", nameof(names));
            }
        }

        indexOf = index.ToFrozenDictionary(StringComparer.Ordinal);
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, Names.Count * 4));
        byReference = new string?[size];
        columnByReference = new int[size];
        for (int i = 0; i < Names.Count; i++)
        {
            int slot = Slot(Names[i], size - 1);
            while (byReference[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            byReference[slot] = Names[i];
            columnByReference[slot] = i;
        }
    }

    /// <summary>The model part these features are computed for, as the model file names it.</summary>
    public string Part { get; }

    /// <summary>The feature names in vector order.</summary>
    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>The column of the feature <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No feature of this part has that name.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(string name)
    {
        // Inlined at a write site with a literal name, the slot is a constant: one comparison of references.
        int slot = Slot(name, byReference.Length - 1);
        return ReferenceEquals(byReference[slot], name) ? columnByReference[slot] : Probe(name, slot);
    }

    /// <summary>The column of <paramref name="name"/> when it is not in its first slot: the next slots, then the dictionary.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Probe(string name, int slot)
    {
        int mask = byReference.Length - 1;
        for (; byReference[slot] is { } declared; slot = (slot + 1) & mask)
        {
            if (ReferenceEquals(declared, name))
            {
                return columnByReference[slot];
            }
        }

        return indexOf.TryGetValue(name, out int index) ? index : throw new ArgumentException($"'{name}' is not a feature of {Part}.", nameof(name));
    }

    /// <summary>The first slot of <paramref name="name"/> in a table of <paramref name="mask"/> + 1 slots: its length and first, middle and last characters, mixed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(string name, int mask)
    {
        uint h = name.Length == 0 ? 0u : (uint)(name.Length ^ (name[0] << 6) ^ (name[name.Length >> 1] << 13) ^ (name[^1] << 20));
        return (int)((h * 0x9E3779B1u) >> 16) & mask;
    }

    /// <summary>A new zeroed vector of this schema's length, written by name.</summary>
    public float[] NewVector() => new float[Count];

    /// <summary>Writes by name into <paramref name="values"/>, which is cleared first.</summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> is not <see cref="Count"/> long.</exception>
    public FeatureVector Writer(Span<float> values)
    {
        if (values.Length != Count)
        {
            throw new ArgumentException($"A vector of {Part} has {Count} features, not {values.Length}.", nameof(values));
        }

        values.Clear();
        return new FeatureVector(this, values);
    }

    /// <summary>
    /// Checks that a model part was trained with exactly these features, in this order.
    /// </summary>
    /// <param name="trained">The feature names the model file lists for the part.</param>
    /// <param name="part">The part's name in messages when it is not <see cref="Part"/> (the rescue and recall models share the candidate's features).</param>
    /// <exception cref="InvalidDataException">The lists differ; the message names the part and the first difference.</exception>
    public void Check(IReadOnlyList<string> trained, string? part = null)
    {
        ArgumentNullException.ThrowIfNull(trained);
        part ??= Part;
        int count = Math.Min(trained.Count, Count);
        for (int i = 0; i < count; i++)
        {
            if (!string.Equals(trained[i], Names[i], StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"The model part '{part}' was trained with feature '{trained[i]}' at column {i}, where the code computes '{Names[i]}': retrain the model or restore the feature list.");
            }
        }

        if (trained.Count != Count)
        {
            throw new InvalidDataException(
                $"The model part '{part}' was trained with {trained.Count} features, the code computes {Count}: retrain the model or restore the feature list.");
        }
    }
}

/// <summary>A feature vector of one <see cref="FeatureSchema"/>, read and written by feature name.</summary>
internal readonly ref struct FeatureVector
{
    private readonly FeatureSchema schema;
    private readonly Span<float> values;

    public FeatureVector(FeatureSchema schema, Span<float> values)
    {
        this.schema = schema;
        this.values = values;
    }

    /// <summary>The value of the feature <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The schema has no such feature.</exception>
    public float this[string name]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => values[schema.IndexOf(name)];
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set => values[schema.IndexOf(name)] = value;
    }

    /// <summary>Sets a yes/no feature: 1 when <paramref name="value"/> holds, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flag(string name, bool value) => values[schema.IndexOf(name)] = value ? 1 : 0;

    /// <summary>Sets the feature to 1 when <paramref name="value"/> holds; leaves it as it is otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Mark(string name, bool value)
    {
        if (value)
        {
            values[schema.IndexOf(name)] = 1;
        }
    }
}
