using QuoteExtract.Attribution;
using QuoteExtract.Attribution.Clauses;
using QuoteExtract.Detection;
using QuoteExtract.Entities;
using QuoteExtract.Learning;
using QuoteExtract.Lexicons;
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

        var analysis = TextAnalysis.Analyze(text);
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
        var lexicons = LanguageDetector.Choose(Options.Language, analysis);
        if (lexicons.Language != TextLanguage.English)
        {
            var quotations = ConventionQuoteScanner.Scan(analysis, lexicons.Quotes);
            return Finish(text, analysis, new ClauseAttributor(analysis, quotations, lexicons, Options).Run(), null, lexicons);
        }

        if (Tagger is { } tagger)
        {
            var neural = NeuralInputs(analysis);
            var probabilities = tagger.Tag(analysis, neural.Quotations, neural.Candidates);
            var (tagged, taggedConfidence) = TagDecoder.Decode(analysis, probabilities, tagger.Transitions, neural.Quotations);
            if (Arbitrate && Scorer is { } arbiter && TrainingLanguage.Matches(analysis))
            {
                RuleArbitration.Apply(tagged, Keep(analysis, neural.Candidates, arbiter).Kept);
                RuleArbitration.DropOverlaps(tagged, taggedConfidence);
            }

            Filter(tagged, taggedConfidence, (c, p) => p >= tagger.MinimumConfidence && (Options.IncludeIndirect || c.Type == QuoteType.Direct));

            return Finish(text, analysis, tagged, [.. taggedConfidence]);
        }

        // The learned models know English news only; on another language hybrid mode is rules mode.
        var learned = Scorer is { } model && TrainingLanguage.Matches(analysis) ? model : null;
        var candidates = Propose(analysis, learned is not null, learned?.CueRates);

        double[]? confidence = null;
        if (learned is { } scorer)
        {
            (candidates, confidence) = Keep(analysis, candidates, scorer);
        }

        return Finish(text, analysis, candidates, confidence);
    }

    /// <summary>
    /// Hybrid mode's decisions over the proposals: the learned scorer keeps the candidates it believes and gives their
    /// confidence, chooses speakers, and then where each kept report starts and ends.
    /// </summary>
    private (List<QuoteCandidate> Kept, double[] Confidence) Keep(TextAnalysis analysis, List<QuoteCandidate> candidates, ICandidateScorer scorer)
    {
        // Hybrid: the learned scorer keeps the candidates it believes and gives their confidence. Features
        // are computed against the full candidate list before any is dropped, as in training.
        var kept = new List<QuoteCandidate>(candidates.Count);
        var keptConfidence = new List<double>(candidates.Count);
        var speakers = new Mention?[candidates.Count];
        Span<float> features = stackalloc float[CandidateFeatures.Count];
        var hulls = new HullCounter(candidates);
        for (int i = 0; i < candidates.Count; i++)
        {
            CandidateFeatures.Compute(analysis, candidates, hulls, i, features);
            double probability = scorer.Probability(features);
            if (scorer.Keep(features, probability, Options.OperatingPoint))
            {
                speakers[kept.Count] = scorer.ChoosesSpeakers && SpeakerOptions.Eligible(candidates[i]) && SpeakerOptions.Options(analysis, candidates, i) is { Count: > 1 } options
                    ? options[scorer.ChooseSpeaker(options)].Speaker
                    : candidates[i].Speaker;
                kept.Add(candidates[i]);
                keptConfidence.Add(probability);
            }
        }

        // A relaxed report may hold a rule report nested inside it; of two kept candidates that overlap, one of
        // them relaxed, the likelier stays.
        DropOverlapsWithRelaxed(kept, keptConfidence, speakers);

        // Then where each kept report starts and ends; after scoring, so no candidate's features see another's new
        // bounds, and both options from the rules' span, as in training.
        for (int k = 0; k < kept.Count; k++)
        {
            var candidate = kept[k];
            var rulesSpeaker = candidate.Speaker;
            var rulesContent = candidate.Parts[0];
            candidate.Speaker = speakers[k];
            int start = candidate.Parts[0].Start, end = candidate.Parts[0].End;
            if (scorer.ChoosesStarts && ContentStarts.Eligible(candidate) && ContentStarts.Options(analysis, candidate) is { Count: > 1 } starts)
            {
                start = starts[scorer.ChooseStart(starts)].Start;
            }

            if (scorer.ChoosesEnds && ContentEnds.Eligible(candidate) && ContentEnds.Options(analysis, candidate) is { Count: > 1 } ends)
            {
                end = ends[scorer.ChooseEnd(ends)].End;
            }

            // In text that is not prose (a sentence cut at the limit), only the outermost report counts: an end chosen
            // past the rules' end stops short of the next kept report, so reports never pile up over one another.
            if (end > rulesContent.End && k + 1 < kept.Count && NextReportStart(kept[k + 1]) < end
                && analysis.IsCut(analysis.SentenceOfToken[Math.Min(analysis.TokenAtOrAfter(rulesContent.Start), analysis.Tokens.Length - 1)]))
            {
                end = rulesContent.End;
            }

            candidate.Parts[0] = ChosenContent(start, end, rulesContent);

            // Speaker, cue and content never overlap: a choice that makes them (on odd text) falls back to the rules'.
            if (Clashes(candidate))
            {
                candidate.Speaker = rulesSpeaker;
                if (Clashes(candidate))
                {
                    candidate.Parts[0] = rulesContent;
                }
            }

            if (candidate.Type == QuoteType.Mixed && !analysis.HoldsQuoteMark(candidate.Parts[0]))
            {
                candidate.Type = QuoteType.Indirect; // the chosen bounds left the quoted fragment out
            }
        }

        return (kept, [.. keptConfidence]);
    }

    /// <summary>Where a report begins in the text: its content, or its cue when that stands before.</summary>
    private static int NextReportStart(QuoteCandidate c) => c.Cue is { } cue ? Math.Min(cue.Start, c.Hull.Start) : c.Hull.Start;

    /// <summary>
    /// Of two kept candidates whose hulls overlap, one of them relaxed, drops the less likely (the later on a tie), with
    /// its confidence and chosen speaker.
    /// </summary>
    internal static void DropOverlapsWithRelaxed(List<QuoteCandidate> kept, List<double> confidence, Mention?[] speakers)
    {
        var drop = OverlapLosers(kept.Count, i => kept[i].Relaxed, i => kept[i].Hull, i => confidence[i]);
        int k = 0;
        for (int i = 0; i < kept.Count; i++)
        {
            if (!drop[i])
            {
                (kept[k], confidence[k], speakers[k]) = (kept[i], confidence[i], speakers[i]);
                k++;
            }
        }

        kept.RemoveRange(k, kept.Count - k);
        confidence.RemoveRange(k, confidence.Count - k);
    }

    /// <summary>
    /// The overlap decision over <paramref name="count"/> kept candidates in document order: of two whose hulls overlap,
    /// one of them relaxed, the less likely loses (the later on a tie). Training applies the same decision when it tunes.
    /// </summary>
    /// <remarks>
    /// When the hulls come in order of start (as the extractor keeps them), no hull after one that starts at or past
    /// the end of hull i overlaps it, so the comparison of i stops there: linear unless hulls nest deeply.
    /// </remarks>
    internal static bool[] OverlapLosers(int count, Func<int, bool> relaxed, Func<int, TextSpan> hull, Func<int, double> likelihood)
    {
        var drop = new bool[count];
        bool byStart = true;
        for (int i = 1; i < count && byStart; i++)
        {
            byStart = hull(i - 1).Start <= hull(i).Start;
        }

        for (int i = 0; i < count; i++)
        {
            int end = hull(i).End;
            for (int j = i + 1; j < count && !drop[i] && !(byStart && hull(j).Start >= end); j++)
            {
                if (!drop[j] && (relaxed(i) || relaxed(j)) && hull(i).Overlaps(hull(j)))
                {
                    drop[likelihood(j) > likelihood(i) ? i : j] = true;
                }
            }
        }

        return drop;
    }

    /// <summary>
    /// The content between the chosen <paramref name="start"/> and <paramref name="end"/>. The two are chosen apart, so a
    /// start cut deep in ("a letter that says | he …") may pass an end cut early ("a letter | from …"); then the start
    /// stands (its options all end before the rules' end) and the end is the rules'.
    /// </summary>
    internal static TextSpan ChosenContent(int start, int end, TextSpan rules) =>
        start < end ? new TextSpan(start, end) : new TextSpan(start, Math.Max(start, rules.End));

    /// <summary>Whether the candidate's cue or speaker overlaps one of its content parts, or each other.</summary>
    private static bool Clashes(QuoteCandidate c)
    {
        foreach (var part in c.Parts)
        {
            if ((c.Cue is { } cue && cue.Overlaps(part)) || (c.Speaker is { } speaker && speaker.Span.Overlaps(part)))
            {
                return true;
            }
        }

        return c.Cue is { } q && c.Speaker is { } s && q.Overlaps(s.Span);
    }

    /// <summary>
    /// Every rule candidate of <paramref name="text"/> as a quote with rule confidence, beside its feature vector:
    /// what the training program labels and learns from.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="proposeRelaxed">Whether to add what rule gates refuse, as hybrid mode does.</param>
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
    internal (List<QuotedSpan> Quotations, List<QuoteCandidate> Candidates) NeuralInputs(TextAnalysis analysis)
    {
        var quotations = QuoteMarkScanner.Scan(analysis);
        var candidates = new Attributor(analysis, quotations, Options, proposeRelaxed: true, Scorer?.CueRates).Run();
        return (quotations, candidates);
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
        var candidates = new Attributor(analysis, QuoteMarkScanner.Scan(analysis), Options, proposeRelaxed, cueRates).Run();
        if (!Options.IncludeIndirect)
        {
            candidates.RemoveAll(c => c.Type != QuoteType.Direct);
        }

        return candidates;
    }

    private static ExtractionResult Finish(string text, TextAnalysis analysis, List<QuoteCandidate> candidates, double[]? confidence, LanguageLexicons? lexicons = null)
    {
        var (entities, entityOf) = EntityResolver.Resolve(analysis, candidates, lexicons ?? LanguageLexicons.English);
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
