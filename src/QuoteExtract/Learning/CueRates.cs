using System.Collections.Frozen;

namespace QuoteExtract.Learning;

/// <summary>
/// How often each word is the head of a cue where it occurs in the training data (PolNeAR train): the
/// learned half of the cue lexicon. PolNeAR annotates far more cues than any hand list holds ("shows",
/// "found", "endorsed", "criticized", "worries"); in hybrid mode a word whose rate reaches
/// <see cref="ProposeAt"/> proposes a candidate through the same placement rules as a listed cue, and the
/// learned scorer decides whether to keep it. Words only, with counts; no corpus text. Immutable and thread-safe.
/// </summary>
internal sealed class CueRates
{
    /// <summary>Added to every word's count of occurrences, so a word seen twice as a cue in two occurrences is not "certain".</summary>
    public const double Smoothing = 2;

    private readonly FrozenDictionary<string, (int Cues, int Total)> counts;
    private readonly FrozenDictionary<string, (int Cues, int Total)>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> shortLookup;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> gapLookup;

    /// <summary>
    /// Creates the table from word counts (keys are matched case-insensitively) and, optionally, how many of each
    /// word's cues had a short object for content ("cited <i>it</i>") and how many had content starting words after
    /// the cue ("urged <i>voters</i> to …").
    /// </summary>
    public CueRates(IEnumerable<KeyValuePair<string, (int Cues, int Total)>> counts, double proposeAt, IEnumerable<KeyValuePair<string, int>>? shortObjects = null,
        IEnumerable<KeyValuePair<string, int>>? gaps = null)
    {
        this.counts = counts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = this.counts.GetAlternateLookup<ReadOnlySpan<char>>();
        shortLookup = (shortObjects ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        gapLookup = (gaps ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        ProposeAt = proposeAt;
    }

    /// <summary>The rate at or above which a word outside the hand lexicon proposes a candidate.</summary>
    public double ProposeAt { get; }

    /// <summary>The words and their counts: how many times the word headed a cue, and how many times it occurred.</summary>
    public IReadOnlyDictionary<string, (int Cues, int Total)> Counts => counts;

    /// <summary>The smoothed rate <c>cues / (occurrences + 2)</c> of a word; 0 for a word the table does not hold.</summary>
    public double Rate(ReadOnlySpan<char> word) =>
        lookup.TryGetValue(word, out var c) ? RateOf(c) : 0;

    /// <summary>The smoothed rate <c>cues / (occurrences + 2)</c> of a word's counts.</summary>
    public static double RateOf((int Cues, int Total) counts) => counts.Cues / (counts.Total + Smoothing);

    /// <summary>How many times <paramref name="word"/> headed a cue and occurred in the training data; (0, 0) when the table does not hold it.</summary>
    public (int Cues, int Total) CountsOf(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var c) ? c : default;

    /// <summary>
    /// The smoothed share <c>short / (cues + 2)</c> of <paramref name="word"/>'s cues whose content was a short
    /// object right after it: high for "cited", "attacked", "endorsed"; low for "said", "believes". -1 when unknown.
    /// </summary>
    public double ShortObjectRate(ReadOnlySpan<char> word) => ShareOfCues(word, shortLookup);

    /// <summary>
    /// The smoothed share <c>gap / (cues + 2)</c> of <paramref name="word"/>'s cues whose content started words after
    /// it (an addressee, an object, an adjunct first): high for "urged", "accused", "told"; low for "said". -1 when unknown.
    /// </summary>
    public double GapRate(ReadOnlySpan<char> word) => ShareOfCues(word, gapLookup);

    private double ShareOfCues(ReadOnlySpan<char> word, FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> part) =>
        lookup.TryGetValue(word, out var c) && c.Cues > 0 ? (part.TryGetValue(word, out int n) ? n : 0) / (c.Cues + Smoothing) : -1;

    /// <summary>Whether <paramref name="word"/> is frequent enough as a cue to propose a candidate; its rate either way.</summary>
    public bool Proposes(ReadOnlySpan<char> word, out double rate)
    {
        rate = Rate(word);
        return rate >= ProposeAt && rate > 0;
    }
}
