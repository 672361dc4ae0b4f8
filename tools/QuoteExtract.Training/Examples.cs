using Microsoft.ML.Data;
using QuoteExtract.Evaluation;
using QuoteExtract.Learning;

namespace QuoteExtract.Training;

/// <summary>One rule candidate: its features, its label and the quote as the scorer sees it.</summary>
internal sealed class Row
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    [NoColumn]
    public EvalQuote Quote { get; set; } = null!;

    /// <summary>Matched to a gold quote at 30 % overlap (quote@0.3), whatever the speaker: the recall model's label.</summary>
    [NoColumn]
    public bool Matched { get; set; }

    /// <summary>The normalised content equals a gold quote's (quote@exact), whatever the speaker.</summary>
    [NoColumn]
    public bool Exact { get; set; }

    /// <summary>The possible ends of the content (rules' end first) with their features; empty when not eligible.</summary>
    [NoColumn]
    public List<(int End, float[] Features)> Ends { get; set; } = [];

    /// <summary>For each of <see cref="Ends"/>, whether it is the end of the gold quote this candidate is matched to.</summary>
    [NoColumn]
    public bool[] EndLabels { get; set; } = [];

    /// <summary>The possible starts of the content (rules' start first) with their features; empty when not eligible.</summary>
    [NoColumn]
    public List<(int Start, float[] Features)> Starts { get; set; } = [];

    /// <summary>For each of <see cref="Starts"/>, whether it is the start of the gold quote this candidate is matched to.</summary>
    [NoColumn]
    public bool[] StartLabels { get; set; } = [];

    /// <summary>The possible speakers (rules' speaker first) with their features; empty when not eligible.</summary>
    [NoColumn]
    public List<(TextSpan? Speaker, float[] Features)> Speakers { get; set; } = [];

    /// <summary>For each of <see cref="Speakers"/>, whether it overlaps the speaker of the gold quote this candidate is matched to.</summary>
    [NoColumn]
    public bool[] SpeakerLabels { get; set; } = [];

    /// <summary>The out-of-fold content-end chooser's pick among <see cref="Ends"/> (0, the rules', without one).</summary>
    [NoColumn]
    public int EndPick { get; set; }

    /// <summary>The out-of-fold content-start chooser's pick among <see cref="Starts"/>.</summary>
    [NoColumn]
    public int StartPick { get; set; }

    /// <summary>The out-of-fold speaker chooser's pick among <see cref="Speakers"/>.</summary>
    [NoColumn]
    public int SpeakerPick { get; set; }

    /// <summary>Proposed for the scorer only (a rule gate refused it); the rules baseline leaves it out.</summary>
    [NoColumn]
    public bool Relaxed { get; set; }
}

/// <summary>The labelled rule candidates of a set of documents.</summary>
internal sealed class Examples
{
    private Examples(List<Row> rows, Dictionary<string, List<Row>> byDocument)
    {
        Rows = rows;
        ByDocument = byDocument;
    }

    private static readonly int RelaxedFeature = CandidateFeatures.Names.ToList().IndexOf("relaxed");

    public List<Row> Rows { get; }

    public Dictionary<string, List<Row>> ByDocument { get; }

    /// <summary>The ML.NET schema of <see cref="Row"/> with the feature vector's size, known only at run time.</summary>
    public static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, CandidateFeatures.Count);
        return schema;
    }

    /// <summary>Labels the candidates of <paramref name="documents"/>; each document proposes with the learned cue lexicon <paramref name="cueRatesOf"/> gives it.</summary>
    public static Examples Of(IReadOnlyList<GoldDocument> documents, Func<GoldDocument, CueRates?> cueRatesOf)
    {
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Rules });
        var rows = new List<Row>();
        var byDocument = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var proposed = extractor.ProposeWithFeatures(document.Text, proposeRelaxed: true, cueRatesOf(document));
            var quotes = proposed.Select(p => EvalQuote.From(p.Quote)).ToList();
            var labels = Label(document, quotes, out var matchedGold);
            var goldOf = SameReport(document, quotes, matchedGold);
            var goldHulls = document.Quotes.Select(q => SpanNormalizer.Normalize(document.Text, q.Start, q.End)).ToHashSet();
            var list = new List<Row>(quotes.Count);
            for (int i = 0; i < quotes.Count; i++)
            {
                list.Add(new Row { Features = proposed[i].Features, Label = labels[i], Matched = matchedGold[i] >= 0, Quote = quotes[i], Relaxed = proposed[i].Features[RelaxedFeature] == 1,
                    Exact = goldHulls.Contains(SpanNormalizer.Normalize(document.Text, quotes[i].Start, quotes[i].End)),
                    Ends = proposed[i].Ends,
                    EndLabels = BoundLabels(document, quotes[i], proposed[i].Ends, goldOf[i], start: false),
                    Starts = proposed[i].Starts,
                    StartLabels = BoundLabels(document, quotes[i], proposed[i].Starts, goldOf[i], start: true),
                    Speakers = proposed[i].Speakers,
                    SpeakerLabels = [.. proposed[i].Speakers.Select(o => goldOf[i] >= 0 && document.Quotes[goldOf[i]].Speaker is { } gold && o.Speaker is { } span && span.Overlaps(gold))] });
            }

            rows.AddRange(list);
            byDocument[document.Id] = list;
        }

        return new Examples(rows, byDocument);
    }

    /// <summary>
    /// Relabels <paramref name="document"/>'s rows as <paramref name="quoteOf"/> gives their quotes (with the bounds the
    /// choosers pick), as they will be reported: exact or not (the rescue model's label) and matched at 30 % or not,
    /// greedily over the document whatever the speaker (the recall model's label).
    /// </summary>
    public void Relabel(GoldDocument document, Func<Row, EvalQuote> quoteOf)
    {
        var goldHulls = document.Quotes.Select(q => SpanNormalizer.Normalize(document.Text, q.Start, q.End)).ToHashSet();
        var rows = ByDocument[document.Id];
        var quotes = rows.Select(quoteOf).ToList();
        Label(document, quotes, out var goldOf);
        for (int i = 0; i < rows.Count; i++)
        {
            rows[i].Exact = goldHulls.Contains(SpanNormalizer.Normalize(document.Text, quotes[i].Start, quotes[i].End));
            rows[i].Matched = goldOf[i] >= 0;
        }
    }

    /// <summary>
    /// For each possible start (or end) of <paramref name="quote"/>'s content, whether the content cut there starts
    /// (ends) where the gold quote it is matched to does, after normalisation; all false when it is matched to none.
    /// </summary>
    private static bool[] BoundLabels(GoldDocument document, EvalQuote quote, List<(int Position, float[] Features)> options, int gold, bool start)
    {
        if (gold < 0)
        {
            return new bool[options.Count];
        }

        var g = document.Quotes[gold];
        var goldSpan = SpanNormalizer.Normalize(document.Text, g.Start, g.End);
        return [.. options.Select(o => start
            ? SpanNormalizer.Normalize(document.Text, o.Position, quote.End).Start == goldSpan.Start
            : SpanNormalizer.Normalize(document.Text, quote.Start, o.Position).End == goldSpan.End)];
    }

    /// <summary>
    /// The gold quote each candidate reports for its choosers' labels: the one it is matched to at 30 % overlap, or,
    /// when its rules' bounds are too far off to match ("attacked <i>the board</i> in a statement after …"), an
    /// overlapping gold quote with an overlapping cue — the same report, whose bounds an option may still reach.
    /// </summary>
    private static int[] SameReport(GoldDocument document, List<EvalQuote> predicted, int[] matched)
    {
        var result = (int[])matched.Clone();
        for (int p = 0; p < predicted.Count; p++)
        {
            if (result[p] >= 0 || predicted[p].Cue is not { } cue)
            {
                continue;
            }

            var content = new TextSpan(predicted[p].Start, predicted[p].End);
            for (int g = 0; g < document.Quotes.Count && result[p] < 0; g++)
            {
                var gold = document.Quotes[g];
                result[p] = gold.Cue is { } gc && gc.Overlaps(cue) && new TextSpan(gold.Start, gold.End).Overlaps(content) ? g : -1;
            }
        }

        return result;
    }

    /// <summary>
    /// A candidate is correct when score.py's greedy matching pairs it with a gold quote at 30 % overlap and
    /// its speaker overlaps the gold speaker (or the gold quote has none): exactly what attribution@0.3 counts.
    /// </summary>
    public static bool[] Label(GoldDocument document, IReadOnlyList<EvalQuote> predicted) => Label(document, predicted, out _);

    public static bool[] Label(GoldDocument document, IReadOnlyList<EvalQuote> predicted, out int[] goldOf)
    {
        goldOf = [.. Enumerable.Repeat(-1, predicted.Count)];
        var goldChars = document.Quotes.Select(q => SpanNormalizer.Characters(document.Text, q)).ToList();
        var predictedChars = predicted.Select(q => SpanNormalizer.Characters(document.Text, q)).ToList();
        var labels = new bool[predicted.Count];
        foreach (var (g, p) in Scorer.Match(goldChars, predictedChars, 0.3))
        {
            goldOf[p] = g;
            var gold = document.Quotes[g].Speaker;
            var speaker = predicted[p].Speaker;
            labels[p] = gold is null || (speaker is { } s && s.Overlaps(gold.Value));
        }

        return labels;
    }
}
