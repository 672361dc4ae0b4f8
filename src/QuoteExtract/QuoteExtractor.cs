using QuoteExtract.Attribution;
using QuoteExtract.Attribution.Clauses;
using QuoteExtract.Detection;
using QuoteExtract.Entities;
using QuoteExtract.Learning;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract;

/// <summary>
/// Finds the quotes in a text and tells who said them. Build one with the options you need and reuse it:
/// an extractor is immutable and thread-safe, so one instance serves any number of threads.
/// </summary>
/// <example>
/// <code>
/// var extractor = new QuoteExtractor();
/// ExtractionResult result = extractor.Extract("\"We will rebuild,\" Mayor Ilse Varga said.");
/// Quote quote = result.Quotes[0]; // Text "\"We will rebuild,\"", Speaker "Mayor Ilse Varga", Cue "said"
/// </code>
/// </example>
public sealed partial class QuoteExtractor
{
    /// <summary>Creates an extractor with the given options, or <see cref="QuoteExtractorOptions.Default"/>.</summary>
    public QuoteExtractor(QuoteExtractorOptions? options = null)
        : this(options, ScorerResource.Default)
    {
    }

    /// <summary>
    /// Creates an extractor whose hybrid mode uses <paramref name="scorer"/> instead of the embedded model (tests,
    /// training); a null scorer stands for a library without a model, so hybrid falls back to the rules.
    /// </summary>
    internal QuoteExtractor(QuoteExtractorOptions? options, ICandidateScorer? scorer)
    {
        Options = options ?? QuoteExtractorOptions.Default;
        if (Options.Mode == ExtractionMode.Neural)
        {
            throw new InvalidOperationException(
                "Neural mode needs the QuoteExtract.Neural package: build the extractor with QuoteExtract.Neural.NeuralExtractor.Create(options).");
        }

        Scorer = Options.Mode == ExtractionMode.Hybrid ? scorer : null;
    }

    /// <summary>
    /// Creates a neural-mode extractor around <paramref name="tagger"/> (the QuoteExtract.Neural package calls this).
    /// <paramref name="arbitrate"/> turns off the arbitration with hybrid mode, to measure what it adds.
    /// </summary>
    internal QuoteExtractor(QuoteExtractorOptions? options, ITokenTagger tagger, bool arbitrate = true)
    {
        Options = (options ?? QuoteExtractorOptions.Default) with { Mode = ExtractionMode.Neural };
        Tagger = tagger;
        Scorer = ScorerResource.Default; // its learned cue lexicon widens the proposals the tagger reads
        Arbitrate = arbitrate;
    }

    /// <summary>Whether neural mode arbitrates with hybrid mode (<see cref="RuleArbitration"/>).</summary>
    internal bool Arbitrate { get; }

    /// <summary>The token tagger in neural mode; null otherwise.</summary>
    internal ITokenTagger? Tagger { get; }

    /// <summary>The learned scorer in hybrid mode; null in rules mode or when no model is available.</summary>
    internal ICandidateScorer? Scorer { get; }

    /// <summary>The options this extractor was built with.</summary>
    public QuoteExtractorOptions Options { get; }

    /// <summary>
    /// Extracts the quotes of <paramref name="text"/>. Offsets in the result are UTF-16 indices into
    /// <paramref name="text"/>. Never throws for any string; an empty or quote-free text gives an empty result.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ExtractionResult Extract(string text) => ExtractCountingWork(text, out _);

    /// <summary>
    /// <see cref="Extract(string)"/>, also telling how much work it took (<see cref="TextAnalysis.TokenReads"/>), so
    /// tests check that the work grows linearly with the input without timing anything.
    /// </summary>
    internal ExtractionResult ExtractCountingWork(string text, out long work)
    {
        work = 0;
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ExtractionResult.Empty;
        }

        var analysis = TextAnalysis.Analyze(text, Options.Language);
        try
        {
            return ExtractAnalyzed(analysis);
        }
        finally
        {
            work = analysis.TokenReads;
        }
    }

    private ExtractionResult ExtractAnalyzed(TextAnalysis analysis)
    {
        string text = analysis.Text;
        if (analysis.Tokens.Length == 0)
        {
            return ExtractionResult.Empty;
        }

        // German and French: the clause rules in every mode (the learned models know English news only).
        var lexicons = analysis.Lexicons;
        if (lexicons.Language != TextLanguage.English)
        {
            var quotations = ConventionQuoteScanner.Scan(analysis, lexicons.Quotes);
            return Finish(text, analysis, new ClauseAttributor(analysis, quotations, lexicons, Options).Run(), null);
        }

        if (Tagger is { } tagger)
        {
            var neural = NeuralInputs(analysis);
            var probabilities = tagger.Tag(analysis, neural.Quotations, neural.Candidates);
            var quoted = RuleInputs.QuotedTokens(analysis, neural.Quotations);
            var (tagged, taggedConfidence) = TagDecoder.Decode(analysis, probabilities, tagger.Transitions, quoted);
            if (Arbitrate && Scorer is { } arbiter && TrainingLanguage.Matches(analysis))
            {
                var (kept, keptConfidence) = LearnedDecisions.Apply(analysis, neural.Candidates, arbiter, Options.OperatingPoint);
                RuleArbitration.Apply(analysis, quoted, tagged, kept, keptConfidence);
                RuleArbitration.DropOverlaps(tagged, taggedConfidence);
            }

            ContentTrim.Apply(analysis, quoted, tagged);
            Filter(tagged, taggedConfidence, (c, p) => p >= tagger.MinimumConfidence && (Options.IncludeIndirect || c.Type == QuoteType.Direct));

            return Finish(text, analysis, tagged, [.. taggedConfidence]);
        }

        // The learned models know English news only; on another language hybrid mode is rules mode.
        var learned = Scorer is { } model && TrainingLanguage.Matches(analysis) ? model : null;
        var candidates = Propose(analysis, learned is not null, learned?.CueRates);

        double[]? confidence = null;
        if (learned is { } scorer)
        {
            (candidates, confidence) = LearnedDecisions.Apply(analysis, candidates, scorer, Options.OperatingPoint);
        }

        return Finish(text, analysis, candidates, confidence);
    }

    /// <summary>
    /// Every rule candidate of <paramref name="text"/> as a quote with rule confidence, beside its feature vector:
    /// what the training program labels and learns from.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="proposeRelaxed">Whether to add what rule gates refuse and the other possible speakers of each quote, as hybrid mode does (without, a quote's speaker options are the rules' and the previous quote's speaker only).</param>
    /// <param name="cueRates">The learned cue lexicon whose words also propose (training passes each document one that never saw it).</param>
    internal List<(Quote Quote, float[] Features, List<(int End, float[] Features)> Ends, List<(int Start, float[] Features)> Starts, List<(TextSpan? Speaker, float[] Features)> Speakers)> ProposeWithFeatures(string text, bool proposeRelaxed = true, CueRates? cueRates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(Quote, float[], List<(int, float[])>, List<(int, float[])>, List<(TextSpan?, float[])>)>();
        if (string.IsNullOrWhiteSpace(text) || TextAnalysis.Analyze(text) is not { Tokens.Length: > 0 } analysis)
        {
            return result;
        }

        var candidates = Propose(analysis, proposeRelaxed, cueRates);

        var features = new float[candidates.Count][];
        var speakers = new List<(TextSpan?, float[])>[candidates.Count];
        var hulls = new HullCounter(candidates);
        for (int i = 0; i < candidates.Count; i++)
        {
            speakers[i] = SpeakerOptions.Eligible(candidates[i]) ? [.. SpeakerOptions.Options(analysis, candidates, i).Select(o => (o.Speaker?.Span, o.Features))] : [];
            features[i] = new float[CandidateFeatures.Count];
            CandidateFeatures.Compute(analysis, candidates, hulls, i, features[i]);
        }

        var quotes = Finish(text, analysis, candidates, null).Quotes;
        for (int i = 0; i < quotes.Count; i++)
        {
            result.Add((quotes[i], features[i], ContentEnds.Eligible(candidates[i]) ? ContentEnds.Options(analysis, candidates[i]) : [],
                ContentStarts.Eligible(candidates[i]) ? ContentStarts.Options(analysis, candidates[i]) : [], speakers[i]));
        }

        return result;
    }

    /// <summary>
    /// What the neural tagger reads beside the text: the paired quotation marks, and every rule candidate with hybrid
    /// mode's relaxed proposals. Training computes the same through this method.
    /// </summary>
    internal (IReadOnlyList<QuotedSpan> Quotations, List<QuoteCandidate> Candidates) NeuralInputs(TextAnalysis analysis)
    {
        var quotations = Quotations.Detect(analysis, Options.MinimumDirectQuoteWords);
        var candidates = new Attributor(analysis, quotations, Options, proposeRelaxed: true, Scorer?.CueRates).Run();
        return (quotations.All, candidates);
    }

    private static void Filter(List<QuoteCandidate> candidates, List<double> confidence, Func<QuoteCandidate, double, bool> keep)
    {
        int k = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (keep(candidates[i], confidence[i]))
            {
                (candidates[k], confidence[k]) = (candidates[i], confidence[i]);
                k++;
            }
        }

        candidates.RemoveRange(k, candidates.Count - k);
        confidence.RemoveRange(k, confidence.Count - k);
    }

    private List<QuoteCandidate> Propose(TextAnalysis analysis, bool proposeRelaxed, CueRates? cueRates)
    {
        var quotations = Quotations.Detect(analysis, Options.MinimumDirectQuoteWords);
        var candidates = new Attributor(analysis, quotations, Options, proposeRelaxed, cueRates).Run();
        if (!Options.IncludeIndirect)
        {
            candidates.RemoveAll(c => c.Type != QuoteType.Direct);
        }

        return candidates;
    }

    private static ExtractionResult Finish(string text, TextAnalysis analysis, List<QuoteCandidate> candidates, double[]? confidence)
    {
        var (entities, entityOf) = EntityResolver.Resolve(analysis, candidates);
        var quotes = new List<Quote>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            quotes.Add(ToQuote(text, candidates[i], entityOf[i], confidence?[i] ?? Confidence.Of(candidates[i])));
        }

        return new ExtractionResult(quotes, entities);
    }

    private static Quote ToQuote(string text, QuoteCandidate c, int? entityId, double confidence)
    {
        var hull = c.Hull;
        var cue = c.Cue is { } cueSpan ? new Cue(cueSpan, cueSpan.GetText(text), c.CueClass) : null;
        var speaker = c.Speaker is { } m ? new Speaker(m.Span, m.Span.GetText(text), m.Kind) : null;
        return new Quote(hull, hull.GetText(text), c.Type, [.. c.Parts], cue, speaker, entityId, confidence);
    }
}
