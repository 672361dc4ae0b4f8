using QuoteExtract.Detection;
using QuoteExtract.Lexicons;
using QuoteExtract.Learning;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution;

/// <summary>
/// The rule half of the pipeline: finds cues, ties each to a speaker and a content span, and turns quoted
/// spans into direct quotes (content is the quotation), mixed quotes (a paraphrase holding a quoted fragment)
/// or indirect quotes (reported speech without marks). One instance serves one text.
/// </summary>
/// <remarks>
/// Placements follow the layouts of news reporting (JournalismAI quote styles; PolNeAR annotation
/// guidelines): "…," X said. / "…," said X. / X said (that) … / X said: "…" / according to X / "…" — X /
/// Name: … / a split quote "…," X said. "…" / a quote paragraph with no cue continues its neighbour's speaker.
/// Only the outermost attribution is kept, as PolNeAR annotates.
/// </remarks>
internal sealed class Attributor
{
    private static readonly Lexicon TimeAdjuncts = new(
        [        "on", "in", "at", "during", "after", "before", "last", "this", "late", "early", "earlier", "later", "yesterday", "today",
        "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "via", "through", "while", "when",
        "as", "from", "to", "with", "without", "of", "recently", "previously", "again", "also", "too", "publicly", "privately", "by",
        "afterward", "afterwards", "then", "now", "outside", "inside", "near", "amid", "following", "ahead", "upon", "under", "over",
            "behind", "across", "around", "about", "for"],
        ignoreCase: true);

    /// <summary>Cues whose "to" opens what they report, not an addressee: "pointed to | Cruz's victories", "referred to | the killings".</summary>
    private static readonly Lexicon ToComplements = new(
        ["point", "points", "pointed", "pointing", "refer", "refers", "referred", "referring", "allude", "alludes", "alluded", "alluding",
        "object", "objects", "objected", "objecting", "react", "reacts", "reacted", "reacting", "respond", "responds", "responded", "responding"],
        ignoreCase: true);

    private static readonly Lexicon TellVerbs = new(
        [        "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "warned", "warn", "warns", "assured", "reminded"],
        ignoreCase: true);

    private static readonly Lexicon LabelStops = new(
        [        "q", "note", "update", "updated", "photo", "photos", "source", "sources", "related", "watch", "video", "editor", "published", "posted",
        "read", "see", "image", "credit", "caption", "correction", "disclaimer", "tags", "topics", "advertisement", "also", "more", "here", "warning"],
        ignoreCase: true);

    /// <summary>Up to this many candidates, a stage compares them pairwise (fastest for a news article); past it, through a <see cref="SpanIndex"/>.</summary>
    private const int SmallCount = 32;

    private readonly TextAnalysis a;
    private readonly string text;
    private readonly Token[] tokens;
    private readonly List<QuotedSpan> direct = [];
    private readonly List<QuotedSpan> fragments = [];
    private readonly int[] directOfToken;

    /// <summary>The token ranges of the direct quotes, by first token, with the furthest last token so far (<see cref="DirectTokenBefore"/>).</summary>
    private readonly int[] directFirstTokens;
    private readonly int[] directReach;

    private readonly QuotationLookup directLookup;
    private readonly QuotationLookup fragmentLookup;
    private readonly QuoteExtractorOptions options;

    /// <summary>Where the last <see cref="ContentEnd(int, Sentence)"/> scan of a sentence started and first stopped; see there.</summary>
    private (int Sentence, int From, int Hit) contentEndMemo = (-1, 0, 0);

    /// <summary>Per sentence: 0 not yet known, 1 title case, 2 not (<see cref="TitleCase(Sentence)"/> reads a sentence once).</summary>
    private byte[]? titleCase;

    /// <summary>Candidates a gate refused, kept when a learned scorer will judge them (hybrid mode); see <see cref="QuoteCandidate.Relaxed"/>.</summary>
    private readonly List<QuoteCandidate>? relaxed;

    /// <summary>The learned cue lexicon whose words propose relaxed candidates (hybrid mode); null otherwise.</summary>
    private readonly CueRates? cueRates;

    /// <summary>Whether the last <see cref="TryVerbCue(int, CueWord, List{QuoteCandidate}, bool)"/> refused only for want of a speaker.</summary>
    private bool lackedSpeaker;

    public Attributor(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quoted, QuoteExtractorOptions options, bool proposeRelaxed = false, CueRates? cueRates = null)
    {
        relaxed = proposeRelaxed ? [] : null;
        this.cueRates = proposeRelaxed && options.CueClasses.Contains(CueClass.Other) ? cueRates : null;
        a = analysis;
        text = analysis.Text;
        tokens = analysis.Tokens;
        this.options = options;
        directOfToken = new int[tokens.Length];
        Array.Fill(directOfToken, -1);
        int previousEnd = -1;
        var ranges = new List<(int First, int Last)>();
        foreach (var span in quoted)
        {
            bool quoteLike = DirectQuoteDetector.IsQuoteLike(analysis, span, options.MinimumDirectQuoteWords, previousEnd);
            previousEnd = span.End;
            if (quoteLike)
            {
                int index = direct.Count;
                direct.Add(span);
                int first = a.TokenAtOrAfter(span.Start), t = first;
                for (; t < tokens.Length && tokens[t].Start < span.End; t++)
                {
                    directOfToken[t] = index;
                }

                if (t > first)
                {
                    ranges.Add((first, t - 1));
                }
            }
            else
            {
                fragments.Add(span);
            }
        }

        directLookup = new QuotationLookup(direct);
        fragmentLookup = new QuotationLookup(fragments);
        ranges.Sort();
        directFirstTokens = new int[ranges.Count];
        directReach = new int[ranges.Count];
        for (int r = 0, reach = -1; r < ranges.Count; r++)
        {
            directFirstTokens[r] = ranges[r].First;
            directReach[r] = reach = Math.Max(reach, ranges[r].Last);
        }
    }

    /// <summary>
    /// The last token before <paramref name="t"/> inside a direct quote, or -1: t - 1 when a quote that starts before
    /// t reaches it, else the furthest last token of those quotes (a binary search, not a scan back).
    /// </summary>
    private int DirectTokenBefore(int t)
    {
        int lo = 0, hi = directFirstTokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (directFirstTokens[mid] <= t - 1)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? -1 : Math.Min(t - 1, directReach[lo - 1]);
    }

    public List<QuoteCandidate> Run()
    {
        var claimedBy = new QuoteCandidate?[direct.Count];
        var candidates = new List<QuoteCandidate>();

        // 1. Cue-driven: every cue outside a direct quote proposes a speaker and a content span.
        for (int t = 0; t < tokens.Length; t++)
        {
            if (directOfToken[t] >= 0 || tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            ProposePassive(t);
            int phraseLength = 0;
            var candidate = TryPossessiveWords(t) ?? TryPhraseCue(t, out phraseLength) ?? TryVerbCue(t, candidates);
            if (candidate is null && phraseLength == 0)
            {
                ProposeWithoutSpeaker(t, candidates);
                ProposeLearned(t, candidates);
            }

            if (candidate is null)
            {
                t += Math.Max(0, phraseLength - 1);
                continue;
            }

            candidates.Add(candidate);
        }

        candidates.AddRange(ColonLeadIns());
        candidates = KeepOutermost(candidates);

        // 2. Direct quotes claimed by a cue; a quote claimed twice keeps its first claim.
        var kept = new List<QuoteCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var claimed = DirectInside(candidate.Hull);
            if (candidate.Type == QuoteType.Direct && claimed.Count > 0 && claimed.TrueForAll(i => claimedBy[i] is not null))
            {
                continue;
            }

            foreach (int i in claimed)
            {
                claimedBy[i] ??= candidate;
            }

            kept.Add(candidate);
        }

        candidates = kept;

        // 3. Split quotes: "…," X said. "…" — the next quote with no cue of its own is the second part.
        MergeSplitQuotes(candidates, claimedBy);

        // 4. Direct quotes left: dash attribution, or the speaker of a neighbouring quote.
        for (int i = 0; i < direct.Count; i++)
        {
            if (claimedBy[i] is not null)
            {
                continue;
            }

            var q = direct[i];
            var candidate = new QuoteCandidate([new TextSpan(q.Start, q.End)], QuoteType.Direct) { Closed = q.Closed };
            if (!TryDash(q, candidate))
            {
                candidate.Placement = Placement.None;
            }

            claimedBy[i] = candidate;
            candidates.Add(candidate);
        }

        candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
        SplitTranscripts(candidates);
        InheritSpeakers(candidates);
        AddRelaxed(candidates);
        if (cueRates is not null)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Cue is { } cue && TokenAt(cue.Start) is var first && first < tokens.Length)
                {
                    candidate.CueCounts = cueRates.CountsOf(a.TokenText(first));
                    candidate.CueShortRate = cueRates.ShortObjectRate(a.TokenText(first));
                    candidate.CueGapRate = cueRates.GapRate(a.TokenText(first));
                }
            }
        }

        return candidates;
    }

    /// <summary>
    /// Hybrid mode's extra proposals, added after the rules are done so they change no rule decision: a refused
    /// candidate that overlaps no kept one and no earlier relaxed one, for the learned scorer to accept or drop.
    /// </summary>
    private void AddRelaxed(List<QuoteCandidate> candidates)
    {
        if (relaxed is null || relaxed.Count == 0)
        {
            return;
        }

        int ruleCount = candidates.Count;
        var rules = ruleCount > SmallCount ? new SpanIndex(ruleCount, i => candidates[i].Hull) : null;
        foreach (var candidate in relaxed)
        {
            var hull = candidate.Hull;
            // A rule candidate nested inside (its cue within this content: "ruled that … could not resist pointing
            // out that …") does not block the outer report; the scorer judges both, and the likelier kept one stays.
            if (hull.IsEmpty || DirectQuoteDetector.CountWords(a, hull) < 1 || BlockedByRule(candidates, ruleCount, rules, hull))
            {
                continue;
            }

            candidate.Relaxed = true;
            candidates.Add(candidate);
        }

        if (candidates.Count > ruleCount)
        {
            candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
        }
    }

    /// <summary>Whether one of the first <paramref name="ruleCount"/> (rule) candidates overlaps <paramref name="hull"/> without being nested in it.</summary>
    private static bool BlockedByRule(List<QuoteCandidate> candidates, int ruleCount, SpanIndex? rules, TextSpan hull)
    {
        if (rules is null)
        {
            for (int i = 0; i < ruleCount; i++)
            {
                var rule = candidates[i];
                if (rule.Hull.Overlaps(hull) && !Nested(rule, hull))
                {
                    return true;
                }
            }

            return false;
        }

        for (int p = rules.FirstEndingAfter(hull.Start); p < rules.Count && rules.StartAt(p) < hull.End; p++)
        {
            var rule = candidates[rules.IndexAt(p)];
            if (rule.Hull.Overlaps(hull) && !Nested(rule, hull))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="inner"/> (content, cue and speaker) lies wholly inside <paramref name="outer"/>, after its start.</summary>
    private static bool Nested(QuoteCandidate inner, TextSpan outer)
    {
        bool Inside(TextSpan s) => outer.Start < s.Start && s.End <= outer.End;
        return inner.Cue is { } cue && Inside(cue) && Inside(inner.Hull) && (inner.Speaker is not { } speaker || Inside(speaker.Span));
    }

    /// <summary>
    /// Hybrid mode: a word outside the hand lexicon that the learned lexicon often saw as a cue ("shows",
    /// "endorsed", "worries") goes through the same placement rules as a listed cue, as a relaxed candidate.
    /// </summary>
    private void ProposeLearned(int t, List<QuoteCandidate> earlier)
    {
        var word = a.TokenText(t);
        if (cueRates is null || relaxed is null || CueLexicon.TryGet(word, out _) || !cueRates.Proposes(word, out double rate)
            || (!char.IsLower(word[0]) && !TitleCase(SentenceOf(t))))
        {
            return;
        }

        // One pass with the speaker optional: the placements run as for a listed cue, and a lead with no speaker
        // before it takes the sentence subject, or none (a learned cue is never weak, so no determiner gate applies).
        if (TryVerbCue(t, new CueWord(CueClass.Other, rate, Weak: false, Lemma: word.ToString()), earlier, speakerOptional: true) is { } candidate)
        {
            candidate.Learned = true;
            relaxed.Add(candidate);
        }
    }

    /// <summary>
    /// Hybrid mode: a passive cue with its agent ("The nominee has been endorsed by dozens of papers", "The issue was
    /// first reported by The Post"): the subject is the content, the agent after "by" the speaker, and the cue runs
    /// from the auxiliary to "by", as PolNeAR annotates. A relaxed candidate for the scorer.
    /// </summary>
    private void ProposePassive(int t)
    {
        if (relaxed is null || t + 1 >= tokens.Length)
        {
            return;
        }

        // Without an agent ("His oversight of the bailout was much derided.") the subject is still the content, with
        // no speaker; only where the participle ends the clause.
        bool agentless = a.TokenText(t + 1) is not "by";
        if (agentless && !(tokens[t + 1].Kind == TokenKind.Punctuation && a.TokenText(t + 1) is "." or "," or ";"))
        {
            return;
        }

        if (!agentless && t + 2 >= tokens.Length)
        {
            return;
        }

        var word = a.TokenText(t);
        if (!word.EndsWith("ed", StringComparison.Ordinal) || !char.IsLower(word[0]))
        {
            return;
        }

        bool listed = CueLexicon.TryGet(word, out var cueWord);
        double rate = 0;
        if (!listed && (cueRates is null || !cueRates.Proposes(word, out rate)))
        {
            return;
        }

        var sentence = SentenceOf(t);
        int lower = LowerBound(t, sentence);
        int beforeModifiers = SpeakerFinder.SkipModifiersLeft(a, t - 1, lower, out bool passive);
        if (!passive || beforeModifiers < lower)
        {
            return;
        }

        var subject = SpeakerFinder.FindEndingAt(a, beforeModifiers, lower, passive: false, out _);
        var agent = agentless ? null : SpeakerFinder.FindStartingAt(a, t + 2, sentence.EndToken, out _);
        if (subject is not { Form: MentionForm.Name or MentionForm.Nominal } content || (agent is null && !agentless))
        {
            return;
        }

        var cue = new TextSpan(tokens[beforeModifiers + 1].Start, tokens[agentless ? t : t + 1].End);
        var candidate = Build(content.Span, cue, listed ? cueWord.Class : CueClass.Other, listed ? cueWord.Prior : rate, agent, Placement.Trailing);
        candidate.Learned = !listed;
        relaxed.Add(candidate);
    }

    /// <summary>
    /// Hybrid mode: a listed cue the rules refused only because they found no speaker before it ("Fares rose,
    /// with many in the harbour towns questioning whether …"; "…, even suggesting the vote was rigged") may still
    /// report its content; proposed as a relaxed candidate with the sentence subject as speaker, or none.
    /// </summary>
    private void ProposeWithoutSpeaker(int t, List<QuoteCandidate> earlier)
    {
        if (relaxed is null || !lackedSpeaker || !CueAt(t, out var cueWord))
        {
            return;
        }

        if (TryVerbCue(t, cueWord, earlier, speakerOptional: true) is { } candidate)
        {
            relaxed.Add(candidate);
        }
    }

    private List<int> DirectInside(TextSpan span) => directLookup.Inside(span);

    /// <summary>
    /// "The treaty was, in Kallas's words, “…”" / "In his own view, …": the possessor speaks, the noun is the cue
    /// (PolNeAR), and the content is what follows the comma to the end of the sentence.
    /// </summary>
    private QuoteCandidate? TryPossessiveWords(int t)
    {
        if (a.TokenText(t) is not ("in" or "In") || t + 3 >= tokens.Length)
        {
            return null;
        }

        int owner = t + 1;
        var ownerText = a.TokenText(owner);
        bool pronoun = ownerText is "his" or "her" or "their" or "His" or "Her" or "Their";
        bool possessiveName = SpeakerFinder.IsCapitalized(ownerText) && CharClass.EndsWithPossessive(ownerText);
        if (!pronoun && !possessiveName)
        {
            return null;
        }

        int noun = a.TokenText(owner + 1) is "own" ? owner + 2 : owner + 1;
        var sentence = SentenceOf(t);
        if (noun + 2 >= sentence.EndToken || a.TokenText(noun) is not ("words" or "view") || a.TokenText(noun + 1) is not ",")
        {
            return null;
        }

        var content = Span(noun + 2, LastContentToken(sentence));
        if (content.IsEmpty || DirectQuoteDetector.CountWords(a, content) < 3)
        {
            return null;
        }

        var speaker = pronoun && Pronouns.TryGet(ownerText, out var info)
            ? new Mention(new TextSpan(tokens[owner].Start, tokens[owner].End), info.Kind, MentionForm.Pronoun)
            : new Mention(new TextSpan(tokens[owner].Start, tokens[owner].End), EntityKind.Person, MentionForm.Name);
        var cueClass = a.TokenText(noun) is "view" ? CueClass.Thought : CueClass.Speech;
        return Build(content, new TextSpan(tokens[noun].Start, tokens[noun].End), cueClass, 0.8, speaker, Placement.Leading);
    }

    /// <summary>"according to X" before or after its content.</summary>
    private QuoteCandidate? TryPhraseCue(int t, out int length)
    {
        length = 0;
        int firstLength = tokens[t].Length;
        foreach (var phrase in CueLexicon.PhraseArray)
        {
            if (phrase.Words[0].Length != firstLength || !MatchesPhrase(t, phrase.Words))
            {
                continue;
            }

            length = phrase.Words.Length;
            var sentence = SentenceOf(t);
            int afterPhrase = t + length;
            var speaker = SpeakerFinder.FindStartingAt(a, afterPhrase, sentence.EndToken, out int speakerEnd);
            var cue = new TextSpan(tokens[t].Start, tokens[t + length - 1].End);
            TextSpan content;
            int contentStart = sentence.FirstToken;

            // The source runs to the comma before the content, or to the sentence end after it: "according to early
            // results of the exit poll conducted by Edison Research, …", "…, according to the document he released."
            bool trailing = t > contentStart && a.TokenText(t - 1) is ",";
            int sourceEnd = afterPhrase;
            while (sourceEnd < sentence.EndToken && sourceEnd < afterPhrase + 20 && directOfToken[sourceEnd] < 0
                && (tokens[sourceEnd].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Symbol || (sourceEnd > afterPhrase && a.TokenText(sourceEnd) is "'" or "’")))
            {
                sourceEnd++;
            }

            bool wholeSource = sourceEnd > afterPhrase && sourceEnd < sentence.EndToken && (trailing ? sourceEnd >= LastContentToken(sentence) : a.TokenText(sourceEnd) is ",");
            if (wholeSource && (speaker is null || speakerEnd < sourceEnd))
            {
                var span = new TextSpan(tokens[afterPhrase].Start, tokens[sourceEnd - 1].End);
                speaker = speaker is { } found ? found with { Span = span } : new Mention(span, SpeakerFinder.GuessKind(a, afterPhrase, sourceEnd - 1), MentionForm.Nominal);
                speakerEnd = sourceEnd;
            }

            if (speaker is null)
            {
                return null;
            }

            if (trailing)
            {
                // "…, according to X."
                content = Span(contentStart, t - 2);
            }
            else if (t == contentStart || IsSentenceAdverbBefore(t, contentStart))
            {
                // "According to X, …"
                int start = speakerEnd;
                while (start < sentence.EndToken && !(a.TokenText(start) is ","))
                {
                    start++;
                }

                if (start >= sentence.EndToken - 1)
                {
                    return null;
                }

                content = Span(start + 1, LastContentToken(sentence));
            }
            else
            {
                return null;
            }

            if (content.IsEmpty || DirectQuoteDetector.CountWords(a, content) < 3)
            {
                return null;
            }

            return Build(content, cue, phrase.Class, phrase.Prior, speaker.Value, Placement.Trailing);
        }

        return null;
    }

    private bool IsSentenceAdverbBefore(int t, int sentenceStart) =>
        t - 1 >= sentenceStart && t - 1 <= sentenceStart + 1 && a.TokenText(t - 1) is ",";

    private bool MatchesPhrase(int t, string[] words)
    {
        if (t + words.Length > tokens.Length)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!a.TokenText(t + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private QuoteCandidate? TryVerbCue(int t, List<QuoteCandidate> earlier)
    {
        lackedSpeaker = false;
        return CueAt(t, out var cueWord) && options.CueClasses.Contains(cueWord.Class) ? TryVerbCue(t, cueWord, earlier) : null;
    }

    /// <summary>
    /// The quote that the cue word at token <paramref name="t"/> reports, by its placement, if any. With
    /// <paramref name="speakerOptional"/> (hybrid mode's second try) a leading cue with no speaker before it
    /// takes the sentence subject, or none.
    /// </summary>
    private QuoteCandidate? TryVerbCue(int t, CueWord cueWord, List<QuoteCandidate> earlier, bool speakerOptional = false)
    {
        lackedSpeaker = false;
        var word = a.TokenText(t);

        var sentence = SentenceOf(t);
        var cue = new TextSpan(tokens[t].Start, tokens[t].End);
        int cueEnd = t + 1;
        if (cueWord.Lemma == "put")
        {
            return TryPutIt(t, sentence, cueWord);
        }

        if (cueEnd < tokens.Length && a.TokenText(cueEnd) is "out" or "for" or "on"
            && (word.StartsWith("point", StringComparison.OrdinalIgnoreCase) || word.StartsWith("call", StringComparison.OrdinalIgnoreCase) || word.StartsWith("urg", StringComparison.OrdinalIgnoreCase)))
        {
            // "called for", "called on", "pointed out": the particle joins the cue, and the phrase is a verb.
            cue = new TextSpan(cue.Start, tokens[cueEnd].End);
            cueEnd++;
            cueWord = cueWord with { Weak = false };
        }

        int lower = LowerBound(t, sentence);
        int beforeModifiers = SpeakerFinder.SkipModifiersLeft(a, t - 1, lower, out bool passive);
        var left = SpeakerFinder.FindEndingAt(a, beforeModifiers, lower, passive, out int leftFirst);
        bool tell = TellVerbs.Contains(word);

        // Trailing: "…," X said. / "…," said X. / …, X said on Monday. A weak cue ("…," she continued) counts
        // only right after a quotation.
        bool afterQuotation = beforeModifiers >= 0 && (leftFirst > 0 && left is not null ? directOfToken[leftFirst - 1] >= 0 : directOfToken[beforeModifiers] >= 0);

        // "…, polls show." / "…, he estimated.": a weak cue that ends the sentence after ", X" is a verb.
        bool endsSentence = cueWord.Weak && left is not null && leftFirst > 0 && a.TokenText(leftFirst - 1) is "," && cueEnd > LastContentToken(sentence);
        if (!cueWord.Weak || afterQuotation || endsSentence)
        {
            Mention? speaker = left;
            int groupFirst = leftFirst;
            int restStart = cueEnd;
            if (speaker is null && beforeModifiers >= 0 && IsSeparator(beforeModifiers))
            {
                speaker = SpeakerFinder.FindStartingAt(a, cueEnd, sentence.EndToken, out restStart);
                groupFirst = beforeModifiers + 1;

                // "said a senior official who was not authorised to speak publicly": the clause identifies the source.
                int lastToken = LastContentToken(sentence);
                if (speaker is { } invertedSpeaker && restStart <= lastToken && a.TokenText(restStart) is "who" && AdjunctOnly(restStart + 1, lastToken))
                {
                    speaker = invertedSpeaker with { Span = new TextSpan(invertedSpeaker.Span.Start, tokens[lastToken].End) };
                    restStart = lastToken + 1;
                }
            }

            bool inverted = speaker is { } found && found.Span.Start > cue.Start;

            // "…, which together vowed to …": a relative pronoun heads its own clause; its content follows.
            if (speaker is { Form: MentionForm.Relative })
            {
                speaker = null;
            }

            if (speaker is { } s && groupFirst > 0 && IsSeparator(groupFirst - 1) && IsTrailingRest(restStart, sentence, tell, inverted, cueWord.Class is CueClass.Speech or CueClass.Writing, afterQuotation, out int splitQuote))
            {
                // "…," X said, adding that … "…": a participle cue reports a quote of its own; no split.
                if (splitQuote < 0 && !HasParticipleClause(restStart, sentence.EndToken))
                {
                    splitQuote = NextSentenceQuote(sentence);
                }

                var trailing = TrailingContent(groupFirst - 1, sentence);

                // A quote after ", X said," belongs to the cue unless a quote also stands before it (a split quote).
                // "X scolded him: “A,” she said. “B”": A belongs to the lead-in; the trailing cue takes B.
                if (trailing is { } led && splitQuote >= 0 && TokenAt(led.Start) > 0 && a.TokenText(TokenAt(led.Start) - 1) is ":" && TypeOf(led) == QuoteType.Direct)
                {
                    trailing = new TextSpan(direct[splitQuote].Start, direct[splitQuote].End);
                    splitQuote = -1;
                }

                // A paraphrase before the cue takes the quoted sentence after it as its second part, as PolNeAR
                // annotates ("… are “not meeting the demand,” says X. “We often …”"); a quotation right after
                // ", X said," belongs to the cue instead when no quotation stands before it.
                if (trailing is { } content && (splitQuote < 0 || TypeOf(content) == QuoteType.Direct || direct[splitQuote].Start >= sentence.End))
                {
                    var candidate = Build(content, cue, cueWord.Class, cueWord.Prior, s, Placement.Trailing);
                    if (splitQuote >= 0)
                    {
                        candidate.Parts.Add(new TextSpan(direct[splitQuote].Start, direct[splitQuote].End));
                        if (candidate.Type != QuoteType.Direct)
                        {
                            candidate.Type = QuoteType.Mixed; // a paraphrase and a quotation
                        }
                    }

                    return candidate;
                }
            }
        }

        // Medial: "Though the move was seamless, he said, replacing her would be harder." — content on both sides.
        // "The difference now, he told me on Friday, is …": an addressee and a time may stand between cue and comma.
        int medialComma = tell ? SkipRecipient(cueEnd, sentence.EndToken) : cueEnd;
        for (int k = 0; k < 4 && medialComma < sentence.EndToken && tokens[medialComma].Kind is TokenKind.Word or TokenKind.Number
            && (TimeAdjuncts.Contains(a.TokenText(medialComma)) || WordLists.TimeWords.Contains(a.TokenText(medialComma))); k++)
        {
            medialComma++;
        }

        if (!cueWord.Weak && left is { } medialSpeaker && leftFirst > sentence.FirstToken + 1 && a.TokenText(leftFirst - 1) is ","
            && medialComma + 2 < sentence.EndToken && a.TokenText(medialComma) is "," && directOfToken[medialComma + 1] < 0)
        {
            var before = Span(ClauseStart(leftFirst - 2, sentence), leftFirst - 2);
            var after = Span(medialComma + 1, LastContentToken(sentence));
            int beforeWords = DirectQuoteDetector.CountWords(a, before);

            // "The museum, Mr. Bush said, celebrated …": a short subject before the cue when its verb follows it.
            var afterFirst = a.TokenText(medialComma + 1);
            bool predicateFollows = beforeWords >= 1 && tokens[medialComma + 1].Kind == TokenKind.Word && char.IsLower(afterFirst[0])
                && !IsParticiple(afterFirst) && !WordLists.Determiners.Contains(afterFirst) && !Pronouns.TryGet(afterFirst, out _)
                && !TimeAdjuncts.Contains(afterFirst) && afterFirst is not ("and" or "but" or "or" or "who" or "which" or "that");
            if ((beforeWords >= 3 || predicateFollows) && DirectQuoteDetector.CountWords(a, after) >= 3)
            {
                var medial = Build(before, cue, cueWord.Class, cueWord.Prior, medialSpeaker, Placement.Trailing);
                medial.Parts.Add(after);
                medial.Type = TypeOf(new TextSpan(before.Start, after.End));
                return medial;
            }
        }

        // Leading: X said (that) … / X said: "…" / X told reporters that …
        var leadSpeaker = left;
        if (leadSpeaker is null && IsParticiple(word) && t > 0 && a.TokenText(t - 1) is "," or "while" or "before" or "after" or "by" or "when" or "despite")
        {
            // "…," Sanders said, suggesting …: the cue just before speaks; else the subject of the main clause.
            bool cueJustBefore = earlier.Count > 0 && earlier[^1].Cue is { } previousCue && previousCue.End <= tokens[t].Start
                && TokenAt(previousCue.Start) >= t - 4 && earlier[^1].Speaker is not null;
            leadSpeaker = cueJustBefore ? earlier[^1].Speaker : SentenceSubject(sentence, t);
        }

        if (leadSpeaker is null && t == sentence.FirstToken && !cueWord.Weak)
        {
            // "Said Ellis: “…”": the cue opens the sentence and the speaker follows it.
            var inverted = SpeakerFinder.FindStartingAt(a, cueEnd, sentence.EndToken, out int afterSpeaker);
            if (inverted is not null && afterSpeaker < tokens.Length && a.TokenText(afterSpeaker) is ":" or ",")
            {
                leadSpeaker = inverted;
                cueEnd = afterSpeaker;
            }
        }

        bool coordinated = false;
        if (leadSpeaker is null && beforeModifiers >= lower && a.TokenText(beforeModifiers) is "and" or "but")
        {
            // "Democrats described the showdown as ominous, and said …": the subject of the sentence speaks.
            leadSpeaker = SentenceSubject(sentence, t); // past introductory phrases: "Last month, Comey called … but said"
            coordinated = true;
        }

        // "It was reported that …": a sourceless passive reports content without a speaker.
        bool sourceless = leadSpeaker is null && passive && beforeModifiers >= lower && a.TokenText(beforeModifiers) is "It" or "it"
            && cueEnd < sentence.EndToken && a.TokenText(cueEnd) is "that";
        if (leadSpeaker is null && !coordinated && !sourceless)
        {
            // Hybrid mode's second try goes on, but not for a weak cue after a determiner: in "The vote is
            // next week" the cue is a noun, with or without a speaker.
            lackedSpeaker = true;
            if (!speakerOptional || (cueWord.Weak && t > sentence.FirstToken && WordLists.Determiners.Contains(a.TokenText(t - 1))))
            {
                return null;
            }

            leadSpeaker = SentenceSubject(sentence, t);
        }

        int contentStart = cueEnd;
        if (tell && contentStart < sentence.EndToken)
        {
            contentStart = SkipRecipient(contentStart, sentence.EndToken);

            // "told reporters outside the terminal": after the addressee, only a clause or a quotation is content.
            if (contentStart > cueEnd && contentStart < sentence.EndToken && TimeAdjuncts.Contains(a.TokenText(contentStart)) && !(a.TokenText(contentStart) is "to" or "about"))
            {
                contentStart = SkipToThat(contentStart, sentence.EndToken);
                if (a.TokenText(contentStart) is not ("that" or "," or ":"))
                {
                    return null;
                }
            }
        }

        bool toComplement = ToComplements.Contains(word);
        if (!tell && !toComplement && contentStart + 1 < sentence.EndToken && a.TokenText(contentStart) is "to"
            && (WordLists.Determiners.Contains(a.TokenText(contentStart + 1)) || SpeakerFinder.IsCapitalized(a.TokenText(contentStart + 1)) || Pronouns.TryGet(a.TokenText(contentStart + 1), out _)))
        {
            // "said to the TV", "said to reporters": the addressee is in no span.
            int afterAddressee = SkipRecipient(contentStart + 1, sentence.EndToken);
            if (afterAddressee == contentStart + 1)
            {
                afterAddressee++;
            }

            contentStart = afterAddressee;
            if (contentStart < sentence.EndToken && a.TokenText(contentStart) is not ("that" or "," or ":") && directOfToken[contentStart] < 0)
            {
                return null;
            }
        }

        contentStart = SkipToThat(contentStart, sentence.EndToken);
        contentStart = SkipTimeAdjunct(contentStart, sentence.EndToken);

        // "talked about", "called for", "railed against": a linking preposition is part of the cue (PolNeAR).
        if (contentStart == cueEnd && contentStart + 1 < sentence.EndToken && (a.TokenText(contentStart) is "about" || (!tell && a.TokenText(contentStart) is "for" or "on" or "against" or "of" or "with" or "over")
            || (toComplement && a.TokenText(contentStart) is "to")))
        {
            cue = new TextSpan(cue.Start, tokens[contentStart].End);
            contentStart++;
        }

        bool hasThat = contentStart < tokens.Length && a.TokenText(contentStart) is "that" or "whether" or "if";
        bool colon = false;
        if (contentStart < tokens.Length && a.TokenText(contentStart) is ":" or ",")
        {
            colon = a.TokenText(contentStart) is ":";
            contentStart++;
        }

        // X said: ¶ "…" — a lead-in that ends its paragraph.
        if (contentStart >= sentence.EndToken && colon && contentStart < tokens.Length && directOfToken[contentStart] >= 0)
        {
            var q = direct[directOfToken[contentStart]];
            return Build(new TextSpan(q.Start, q.End), cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading);
        }

        if (contentStart >= sentence.EndToken)
        {
            return null;
        }

        bool quoteFollows = directOfToken[contentStart] >= 0 && tokens[contentStart].Kind == TokenKind.QuoteMark;
        bool infinitive = a.TokenText(contentStart) is "to" && contentStart + 1 < sentence.EndToken && tokens[contentStart + 1].Kind == TokenKind.Word
            && char.IsLower(a.TokenText(contentStart + 1)[0]) && !WordLists.Determiners.Contains(a.TokenText(contentStart + 1)) && !Pronouns.TryGet(a.TokenText(contentStart + 1), out _);

        // A weak cue (a noun too: plans, claims, calls) needs a complement that only a verb takes; a past
        // form after its subject ("Clinton criticized the plan") is a verb.
        // A person does speech, writing and thought verbs ("Trump claimed vast wealth"); a document or poll
        // does evidence verbs ("the poll shows Clinton ahead").
        bool thirdPerson = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal); // "discusses", not "discuss"
        bool pastAfterSubject = !AfterModal(t, beforeModifiers) && ((left is { Form: MentionForm.Name or MentionForm.Pronoun } && cueWord.Class != CueClass.Other && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || thirdPerson))
            || (left is { Form: MentionForm.Nominal } && cueWord.Class == CueClass.Other && thirdPerson && beforeModifiers == t - 1));
        // A form of "be" before the cue is skipped as a modifier and marks a passive, so only "has/have/had" count here.
        bool afterAuxiliary = left is not null && t > 0 && a.TokenText(t - 1) is "has" or "have" or "had" && !passive;
        int contentEnd = ContentEnd(contentStart, sentence);
        if (left is { Form: MentionForm.Relative } && ReferentOpensClause(leftFirst, sentence))
        {
            // "The novice who wants to unseat the chair is reaping rewards": the relative clause ends where the
            // predicate of its subject begins.
            contentEnd = BeforeMainPredicate(contentStart, contentEnd);
        }

        bool quotationInside = cueWord.Weak && HoldsQuotation(contentStart, contentEnd)
            && !(a.TokenText(contentStart).EndsWith("ed", StringComparison.Ordinal)); // "the report released last year": a noun
        if (cueWord.Weak && !hasThat && !colon && !quoteFollows && !infinitive && !pastAfterSubject && !afterAuxiliary && !quotationInside)
        {
            // A one-word complement of a weak cue is a noun's ("the plan on Tuesday"), not a report.
            if (relaxed is not null && DirectQuoteDetector.CountWords(a, Span(contentStart, contentEnd)) >= 2)
            {
                relaxed.Add(Build(Span(contentStart, contentEnd), cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading));
            }

            return null;
        }

        // "Graham’s comments came …", "Editor’s note: …", "his Fifth Amendment claims, …", "college savings plans
        // that …": after a possessive, before a verb or a comma, or after a bare noun, the cue is a noun.
        if (cueWord.Weak && !quoteFollows && ((cueEnd < tokens.Length && a.TokenText(cueEnd) is ",")
            || (left is { Form: MentionForm.Nominal } && !WordLists.Determiners.Contains(a.TokenText(leftFirst)) && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && !(hasThat && PluralSubject(left.Value, word)))))
        {
            return null;
        }

        if (!hasThat && (IsPossessive(left) || (cueWord.Weak && a.TokenText(contentStart) is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "came" or "comes" or "will" or "would" or "seem" or "seems")))
        {
            return null;
        }

        if (quoteFollows)
        {
            // X said "…" and left: the quotation is the content, whatever the sentence goes on to say.
            var q = direct[directOfToken[contentStart]];
            return Build(new TextSpan(q.Start, q.End), cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading);
        }

        var leadContent = Span(contentStart, contentEnd);
        if (leadContent.IsEmpty || IsRefusal(contentStart, contentEnd))
        {
            return null;
        }

        if (DirectQuoteDetector.CountWords(a, leadContent) < 2)
        {
            // "Trump attacked Machado", "she cited it": a one-word object is reported content as PolNeAR
            // annotates it, but too often a plain action for the rules; hybrid mode proposes it for the scorer.
            if (relaxed is null || DirectQuoteDetector.CountWords(a, leadContent) == 0)
            {
                return null;
            }

            var shortObject = Build(leadContent, cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading);
            if (speakerOptional)
            {
                return shortObject; // the caller proposes it as relaxed
            }

            relaxed.Add(shortObject);
            return null;
        }

        return Build(leadContent, cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading);
    }

    /// <summary>"…, as a Homeland Security memo put it." / "As Rosenthal recently put it, …": content on the other side.</summary>
    private QuoteCandidate? TryPutIt(int t, Sentence sentence, CueWord cueWord)
    {
        if (t + 1 >= sentence.EndToken || a.TokenText(t + 1) is not "it")
        {
            return null;
        }

        int before = SpeakerFinder.SkipModifiersLeft(a, t - 1, sentence.FirstToken, out _);
        var speaker = SpeakerFinder.FindEndingAt(a, before, sentence.FirstToken, false, out int first);
        if (speaker is null || first == 0 || !a.TokenText(first - 1).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var cue = new TextSpan(tokens[t].Start, tokens[t + 1].End);
        TextSpan content;
        if (first - 1 == sentence.FirstToken && t + 2 < sentence.EndToken && a.TokenText(t + 2) is "," or ":")
        {
            content = Span(t + 3, LastContentToken(sentence));
        }
        else if (first - 2 > sentence.FirstToken && a.TokenText(first - 2) is ",")
        {
            content = Span(ClauseStart(first - 3, sentence), first - 3);
        }
        else
        {
            return null;
        }

        return DirectQuoteDetector.CountWords(a, content) >= 2 ? Build(content, cue, cueWord.Class, cueWord.Prior, speaker, Placement.Trailing) : null;
    }

    /// <summary>The noun phrase that opens a sentence (with its appositive), if a verb follows it: the subject.</summary>
    private Mention? SentenceSubject(Sentence sentence, int before)
    {
        int start = ClauseStart(before, sentence);
        int quoted = DirectTokenBefore(before);
        if (quoted >= start)
        {
            start = quoted + 1; // the subject follows a quotation that opens the sentence
        }

        // "At his cookout, the band leader …", "On July 6, 2015, Sanders …": skip introductory phrases.
        for (int round = 0; round < 3 && start < before && (IsIntroductory(a.TokenText(start)) || (round > 0 && tokens[start].Kind == TokenKind.Number)); round++)
        {
            int comma = start;
            while (comma < before && comma < start + 12 && a.TokenText(comma) is not ",")
            {
                comma++;
            }

            if (comma >= before || a.TokenText(comma) is not ",")
            {
                break;
            }

            start = comma + 1;
        }

        var subject = SpeakerFinder.FindStartingAt(a, start, before, out int end);
        if (subject is { } s && end < before && a.TokenText(end) is ",")
        {
            // "Attorney General Roy Cooper, McCrory's opponent, called …": skip the appositive.
            for (int i = end + 1; i < before && i < end + 20; i++)
            {
                if (a.TokenText(i) is ",")
                {
                    return s;
                }
            }
        }

        return subject;
    }

    /// <summary>A quotation (a whole quote or a fragment) inside the tokens: "called the plan “a fantasy”".</summary>
    private bool HoldsQuotation(int first, int last)
    {
        if (last < first)
        {
            return false;
        }

        return TypeOf(Span(first, last)) != QuoteType.Indirect;
    }

    private static bool IsIntroductory(ReadOnlySpan<char> word) =>
        WordLists.SentenceAdverbs.Contains(word) || TimeAdjuncts.Contains(word) || WordLists.TimeWords.Contains(word) || word is "Once" or "Although" or "Though" or "If" or "Because" or "Under" or "Despite"
        || (word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))); // "Chastened by …, Trump revised"

    private bool IsPossessive(Mention? mention)
    {
        if (mention is not { } m)
        {
            return false;
        }

        return CharClass.EndsWithPossessive(a.Text.AsSpan(m.Span.Start, m.Span.Length));
    }

    /// <summary>"Russia will not discuss …": a modal before the cue makes it an intention, not a report.</summary>
    private bool AfterModal(int t, int beforeModifiers)
    {
        for (int i = t - 1; i > beforeModifiers && i >= 0; i--)
        {
            if (a.TokenText(i) is "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"declined to comment", "refused to elaborate": a refusal reports nothing.</summary>
    private bool IsRefusal(int first, int last) =>
        last == first + 1 && a.TokenText(first) is "to" && a.TokenText(last) is "comment" or "elaborate" or "say" or "speculate" or "discuss";

    private static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lowest token a speaker may start at: the sentence start, or just after a closing quote mark.</summary>
    private int LowerBound(int t, Sentence sentence)
    {
        int lower = sentence.FirstToken;
        var paragraph = a.Paragraphs[sentence.ParagraphIndex];

        // A sentence that starts right after a quote ending in ?” or !” keeps its quote: “…?” the mayor asked.
        if (lower > paragraph.FirstToken && directOfToken[lower - 1] >= 0)
        {
            return lower;
        }

        int quoted = DirectTokenBefore(t);
        return quoted >= lower ? quoted + 1 : lower;
    }

    /// <summary>A comma, closing quote mark or dash before a trailing speaker/cue group.</summary>
    /// <remarks>A quotation closed by a period ("… situation.”") is a finished sentence, not a separator.</remarks>
    private bool IsSeparator(int i) =>
        i >= 0 && (a.TokenText(i) is "," || tokens[i].Kind == TokenKind.Dash
                   || (tokens[i].Kind == TokenKind.QuoteMark && !(tokens[i].Start > 0 && a.Text[tokens[i].Start - 1] is '.')
                       && ((directOfToken[i] >= 0 && direct[directOfToken[i]].End == tokens[i].End) || IsClosingFragment(i))));

    private bool IsClosingFragment(int i) => fragmentLookup.AnyEndsAt(tokens[i].End);

    /// <summary>After the trailing group: nothing, a time or place adjunct, a recipient, or ", "…" (split quote).</summary>
    private bool IsTrailingRest(int k, Sentence sentence, bool tell, bool inverted, bool speaking, bool afterQuotation, out int splitQuote)
    {
        splitQuote = -1;
        int end = sentence.EndToken;
        if (tell && k < end)
        {
            k = SkipRecipient(k, end);
        }

        int last = end - 1;
        while (last >= k && (tokens[last].Kind is TokenKind.Punctuation or TokenKind.QuoteMark) && a.TokenText(last) is "." or "!" or "?" or "\"" or "”" or "’" or "''" or ")")
        {
            last--;
        }

        if (k > last)
        {
            return true;
        }

        if (a.TokenText(k) is "," && k + 1 <= last + 1 && k + 1 < tokens.Length && directOfToken[k + 1] >= 0 && tokens[k + 1].Kind == TokenKind.QuoteMark)
        {
            splitQuote = directOfToken[k + 1];
            return true; // "…," X said, "…"
        }

        if (a.TokenText(k) is "," && k + 1 <= last)
        {
            // ", adding that …" (the participle gets its own quote), ", speaking of …", ", a professor at …".
            var next = a.TokenText(k + 1);
            splitQuote = SplitAfterAdjuncts(k + 1, last);
            // After an inverted speaker ("said Len Burman, head of the Tax Policy Center") the rest is an appositive.
            // "…, she said, the night shifts would be harder": a noun phrase with a finite verb is a clause, not an appositive.
            bool nounPhrase = (WordLists.Determiners.Contains(next) || WordLists.Titles.Contains(next) || next is "who" || SpeakerFinder.IsCapitalized(next)) && AdjunctOnly(k + 1, last)
                && (inverted || !HoldsFiniteVerb(k + 1, last));
            // "…,” Melanie said, and soon the balloons dropped": a coordinated clause of the narrative follows.
            return IsParticiple(next) || next is "who" or "whose" || (TimeAdjuncts.Contains(next) && AdjunctOnly(k + 1, last)) || (inverted && AdjunctOnly(k + 1, last, allowThat: true))
                || nounPhrase || (next is "and" or "but" && afterQuotation);
        }

        if (a.TokenText(k) is "who" or "whose" && AdjunctOnly(k + 1, last))
        {
            return true; // "said a senior official who was not authorised to speak"
        }

        if (a.TokenText(k) is "(")
        {
            // "said Rep. Joseph Crowley (D-N.Y.), a leading advocate …": a party and state tag.
            // The closing bracket may be the one the sentence-final trim left out: "said Joseph Crowley (D-N.Y.)."
            int close = k + 1;
            while (close < sentence.EndToken && close < k + 8 && a.TokenText(close) is not ")")
            {
                close++;
            }

            if (close >= sentence.EndToken || a.TokenText(close) is not ")")
            {
                return false;
            }

            if (close >= last)
            {
                return true;
            }

            k = close + 1;
        }

        // ", adding that …", "at a news conference announcing that …": a participle cue at the end reports a
        // quote of its own.
        for (int i = k; i < last; i++)
        {
            if (a.TokenText(i) is "," && IsParticiple(a.TokenText(i + 1)) && CueAt(i + 1, out _))
            {
                last = i - 1;
                break;
            }

            if (i > k && IsParticiple(a.TokenText(i)) && CueAt(i, out var participle) && !participle.Weak && a.TokenText(i + 1) is "that")
            {
                last = i - 1;
                break;
            }
        }

        if (k > last)
        {
            return true;
        }

        if (a.TokenText(k).EndsWith("ly", StringComparison.Ordinal) && tokens[k].Kind == TokenKind.Word && char.IsLower(a.TokenText(k)[0]) && AdjunctOnly(k, last) && last - k <= 10)
        {
            return true; // "Gowdy said sarcastically."
        }

        if (a.TokenText(k) is "to" && k + 1 <= last && tokens[k + 1].Kind == TokenKind.Word && char.IsLower(a.TokenText(k + 1)[0])
            && !WordLists.Determiners.Contains(a.TokenText(k + 1)) && !Pronouns.TryGet(a.TokenText(k + 1), out _))
        {
            return false; // "vowed to stave off …": an infinitive complement is content, not an adjunct
        }

        if (TimeAdjuncts.Contains(a.TokenText(k)))
        {
            // "…," Schiff told the paper on Wednesday, "but …": adjuncts, then the second part.
            for (int i = k + 1; i < last && i < k + 12; i++)
            {
                if (a.TokenText(i) is "," && directOfToken[i + 1] >= 0 && tokens[i + 1].Kind == TokenKind.QuoteMark && AdjunctOnly(k, i - 1))
                {
                    splitQuote = directOfToken[i + 1];
                    return true;
                }
            }
        }

        // One capitalized word after a verb of speaking or writing is its addressee or medium ("…, she told Reuters.",
        // "…, he wrote Tuesday."); after another cue it is the object ("In the ad, Cruz endorses Trump.").
        return (TimeAdjuncts.Contains(a.TokenText(k)) || (SpeakerFinder.IsCapitalized(a.TokenText(k)) && k == last && (speaking || tell))) && last - k <= 25 && AdjunctOnly(k, last);
    }

    /// <summary>", referring to the excuse, “you give …”": the second part of a split quote after an adjunct.</summary>
    private int SplitAfterAdjuncts(int from, int last)
    {
        for (int i = from; i < last && i < from + 15; i++)
        {
            if (a.TokenText(i) is "," && directOfToken[i + 1] >= 0 && tokens[i + 1].Kind == TokenKind.QuoteMark && direct[directOfToken[i + 1]].Start == tokens[i + 1].Start)
            {
                return directOfToken[i + 1];
            }

            if (directOfToken[i] >= 0 || a.TokenText(i) is "that" || IntroducesQuote(a.TokenText(i))
                || (CueAt(i, out _) && !IsParticiple(a.TokenText(i))))
            {
                return -1; // another cue ("adding later, “…”") owns the quotation
            }
        }

        return -1;
    }

    /// <summary>
    /// Participles that introduce a quotation of their own (", adding, “…”"), unlike those that describe the
    /// speaking (", emphasizing why …", ", referring to …"), after which PolNeAR still joins a split quote.
    /// </summary>
    private static bool IntroducesQuote(ReadOnlySpan<char> word) =>
        word is "adding" or "saying" or "noting" or "telling" or "asking" or "writing" or "declaring" or "continuing" or "stating" or "insisting" or "arguing" or "explaining" or "suggesting" or "including";

    private bool HasParticipleClause(int from, int end)
    {
        for (int i = from; i + 1 < end; i++)
        {
            if (a.TokenText(i) is "," && IntroducesQuote(a.TokenText(i + 1)))
            {
                return true; // ", adding …": the participle reports a quote of its own
            }
        }

        return false;
    }

    /// <summary>Split quote across sentences: "…," X said. "…" — a quoted sentence right after, in the same paragraph.</summary>
    /// <remarks>
    /// One short narrative sentence may stand between the parts ("“…,” Varga said. She folded her notes. “…”"):
    /// a sentence without quotation marks or cues, after which the quotation continues (JAI style 10; PolNeAR
    /// joins these too).
    /// </remarks>
    private int NextSentenceQuote(Sentence sentence)
    {
        int end = sentence.EndToken;
        int sentenceIndex = a.SentenceOfToken[sentence.FirstToken];
        if (end < tokens.Length && a.Sentences[a.SentenceOfToken[end]] is var next && next.ParagraphIndex == sentence.ParagraphIndex
            && directOfToken[end] < 0 && next.EndToken - next.FirstToken <= 15 && sentenceIndex + 2 < a.Sentences.Length && IsNarrative(next))
        {
            end = next.EndToken;
        }

        if (end < tokens.Length && directOfToken[end] >= 0 && tokens[end].Kind == TokenKind.QuoteMark && direct[directOfToken[end]].Start == tokens[end].Start
            && a.Sentences[a.SentenceOfToken[end]].ParagraphIndex == sentence.ParagraphIndex && EndsItsSentence(direct[directOfToken[end]]))
        {
            return directOfToken[end];
        }

        return -1;
    }

    private bool IsNarrative(Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark || CueAt(i, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A quotation that ends its sentence (only punctuation follows): a whole quoted sentence, not a fragment.</summary>
    private bool EndsItsSentence(QuotedSpan q)
    {
        int after = TokenAt(q.End);
        if (after >= tokens.Length)
        {
            return true;
        }

        var sentence = SentenceOf(TokenAt(q.End - 1));
        for (int i = after; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>No direct quote, no "that" clause and no further cue verb between the two tokens.</summary>
    /// <summary>A modal or an auxiliary before any relative pronoun: the tokens form a clause ("the shifts would be …").</summary>
    private bool HoldsFiniteVerb(int from, int last)
    {
        for (int i = from; i <= last; i++)
        {
            var word = a.TokenText(i);
            if (word is "who" or "which" or "that" or "whose" or "whom")
            {
                return false;
            }

            if (word is "would" or "will" or "could" or "can" or "should" or "may" or "might" or "must" or "is" or "was" or "are" or "were" or "has" or "have" or "had")
            {
                return true;
            }
        }

        return false;
    }

    private bool AdjunctOnly(int from, int last, bool allowThat = false)
    {
        for (int i = from; i <= last; i++)
        {
            // In an appositive, "that" opens a relative clause ("an official with the board that oversees them").
            if (directOfToken[i] >= 0 || (!allowThat && a.TokenText(i) is "that") || a.TokenText(i) is "whether")
            {
                return false;
            }

            if (CueAt(i, out var cue) && !cue.Weak && !IsParticiple(a.TokenText(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The content before a trailing group whose separator is token <paramref name="separator"/>.</summary>
    private TextSpan? TrailingContent(int separator, Sentence sentence)
    {
        int end = separator;
        if (a.TokenText(end) is "," or "—" or "–" && end > 0)
        {
            end--;
        }

        if (directOfToken[end] >= 0 && tokens[end].Kind == TokenKind.QuoteMark)
        {
            // The quotation before ", X said" is the content when it opens the sentence or follows a lead-in
            // ("X scolded him: “…,” she said"); after other words it is a fragment of a mixed quote.
            var q = direct[directOfToken[end]];
            int quoteFirst = TokenAt(q.Start);
            if (quoteFirst <= sentence.FirstToken || a.TokenText(quoteFirst - 1) is ":" or "," or "—" or "–" || a.Sentences[a.SentenceOfToken[quoteFirst]].FirstToken == quoteFirst
                || directOfToken[quoteFirst - 1] >= 0)
            {
                return new TextSpan(q.Start, q.End);
            }

            return Span(ClauseStart(quoteFirst, sentence), end);
        }

        int start = sentence.FirstToken;
        if (end < start)
        {
            return null;
        }

        var content = Span(ClauseStart(end, sentence), end);

        // A short quotation that opens the sentence ("“I would,” Melanie said") is content whatever its length.
        bool quotation = fragmentLookup.IndexOf(content.Start, content.End) >= 0;
        return quotation || DirectQuoteDetector.CountWords(a, content) >= 3 ? content : null;
    }

    /// <summary>Where a paraphrase before a trailing cue starts: the sentence start, after a leading "But," and the like.</summary>
    private int ClauseStart(int end, Sentence sentence)
    {
        int start = sentence.FirstToken;
        if (start + 1 <= end && a.TokenText(start + 1) is "," && WordLists.SentenceAdverbs.Contains(a.TokenText(start)))
        {
            start += 2;
        }

        return start;
    }

    /// <summary>Skips the addressee of a tell-verb: "told reporters", "told the Kellsbridge Courier", "told him".</summary>
    private int SkipRecipient(int k, int end)
    {
        if (k >= end)
        {
            return k;
        }

        var word = a.TokenText(k);
        if (word is "reporters" or "journalists" or "me" or "him" or "her" or "us" or "them" or "you" or "supporters" or "members" or "lawmakers" or "viewers" or "listeners" or "voters" or "Congress")
        {
            return k + 1;
        }

        if (word is "that" or ":" or ",")
        {
            return k;
        }

        var recipient = SpeakerFinder.FindStartingAt(a, k, end, out int after);
        return recipient is null ? k : after;
    }

    /// <summary>"said Friday that", "said in a statement that": content starts at a nearby "that".</summary>
    private int SkipToThat(int k, int end)
    {
        int phrase = 0; // words left in a prepositional phrase ("in a statement")
        for (int i = k; i < end && i < k + 14; i++)
        {
            var word = a.TokenText(i);
            if (word is "that")
            {
                return i;
            }

            if (word is ",")
            {
                continue;
            }

            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            if (TimeAdjuncts.Contains(word))
            {
                // A preposition opens a phrase of up to four words; "this", "last", "early" take the noun after them
                // ("said this week that"), also inside an open phrase ("in the early morning hours that").
                phrase = word is "on" or "in" or "at" or "during" or "after" or "before" or "via" or "through" or "with" or "to" or "from" or "by" or "of" ? 4 : Math.Max(phrase, 1);
                continue;
            }

            if (phrase-- > 0 || char.IsUpper(word[0]) || tokens[i].Kind == TokenKind.Number || (i == k && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                continue; // "said Friday that", "complained bitterly that"
            }

            break;
        }

        return k;
    }

    /// <summary>
    /// Skips a time adjunct right after the cue when the report follows it without "that": "said on Friday | he met
    /// …", "announced Sunday | she will resign". Returns <paramref name="k"/> when no word of time stands there.
    /// </summary>
    private int SkipTimeAdjunct(int k, int end)
    {
        int i = k;
        if (i < end && a.TokenText(i) is "on" or "last" or "this" or "earlier" or "late" or "early")
        {
            i++;
        }

        int times = 0;
        while (i < end && times < 3 && (WordLists.TimeWords.Contains(a.TokenText(i)) || (times > 0 && tokens[i].Kind == TokenKind.Number)))
        {
            i++;
            times++;
        }

        return times > 0 && i + 1 < end && tokens[i].Kind == TokenKind.Word ? i : k;
    }

    /// <summary>The last token of a leading content: the sentence end, or before ", adding …" / "; …".</summary>
    /// <remarks>
    /// Whether a token ends the content depends on the start only for the first three tokens after it (the tests
    /// "i &gt; start + 3" and nearer); from start + 4 on, a token ends the content of every start before it or of none.
    /// So the scan of a sentence remembers where it started and where it first stopped, and a later scan from a start
    /// no earlier jumps from start + 4 to that stop: the cues of one sentence together read it about once.
    /// </remarks>
    private int ContentEnd(int start, Sentence sentence)
    {
        int last = LastContentToken(sentence);
        int sentenceIndex = a.SentenceOfToken[sentence.FirstToken];
        var (memoSentence, memoFrom, memoHit) = contentEndMemo;
        bool memo = memoSentence == sentenceIndex && memoFrom <= start;
        for (int i = start + 1; i < last; i++)
        {
            if (memo && i == start + 4 && memoHit > i)
            {
                i = memoHit;
                if (i >= last)
                {
                    break;
                }
            }

            int end = ContentEndAt(i, start, last);
            if (end != NotAnEnd)
            {
                contentEndMemo = (sentenceIndex, start, i);
                return end;
            }
        }

        contentEndMemo = (sentenceIndex, start, last);
        return last;
    }

    private const int NotAnEnd = int.MinValue;

    /// <summary>The last token of a content that starts at <paramref name="start"/> if token <paramref name="i"/> ends it, else <see cref="NotAnEnd"/>.</summary>
    private int ContentEndAt(int i, int start, int last)
    {
        if (directOfToken[i] >= 0)
        {
            return NotAnEnd;
        }

        var word = a.TokenText(i);
        if (word is ";" && i > start + 2)
        {
            return i - 1;
        }

        // A non-restrictive relative clause, a parenthesis or a dash aside ends the reported clause:
        // "… the rules, which the court has put on hold"; "… (which lets the party off the hook)".
        if (i > start + 2 && ((word is "," && i + 1 <= last && a.TokenText(i + 1) is "which" or "who" or "whose")
            || word is "(" || (tokens[i].Kind == TokenKind.Dash && i > 0 && tokens[i].Start > tokens[i - 1].End)))
        {
            return i - 1;
        }

        // ", when pressed on why …", ", known as …", ", looping the streets …": an adverbial clause or a
        // participle phrase after a comma is the writer's, not the reported clause.
        if (word is "," && i > start + 3 && i + 1 <= last && directOfToken[i + 1] < 0)
        {
            var next = a.TokenText(i + 1);
            if (next is "even" or "also" or "then" && i + 2 <= last)
            {
                next = a.TokenText(i + 2); // ", even suggesting …"
            }

            if (next is "when" or "while" or "as" or "although" or "though" or "because" or "since" or "after" or "before" or "until" or "unless" or "whereas" or "known" or "yet"
                || (tokens[i + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 4))
            {
                return i - 1;
            }
        }

        // "… and warned against …": a second cue verb coordinated with the first starts a quote of its own.
        if (word is "and" or "but" && i > start && i + 1 <= last && CoordinatedCue(i + 1, last))
        {
            return a.TokenText(i - 1) is "," ? i - 2 : i - 1;
        }

        // "… would have on women: “Parallel …”": a quotation after a colon is a quote of its own.
        if (word is ":" && i > start + 1 && directOfToken[i + 1] >= 0 && tokens[i + 1].Kind == TokenKind.QuoteMark)
        {
            return i - 1;
        }

        // "… while chanting, “Hands up”": a cue that introduces a quotation of its own ends the content.
        if (i + 2 <= last + 1 && tokens[i].Kind == TokenKind.Word && CueAt(i, out var inner) && !inner.Weak
            && (directOfToken[i + 1] >= 0 || (a.TokenText(i + 1) is "," or ":" && i + 2 < tokens.Length && directOfToken[i + 2] >= 0)))
        {
            int end = i - 1;
            while (end > start && a.TokenText(end) is "," or "while" or "and" or "as" or "before" or "after")
            {
                end--;
            }

            return end;
        }

        if (word is "," or "and" or "but" or "though" or "although" or "while" or "—" or "―" or "–" && i + 2 <= last && StartsAttributedClause(i + 1, last))
        {
            return i - 1;
        }

        if (word is "," && i + 1 <= last)
        {
            var next = a.TokenText(i + 1);
            if ((CueLexicon.TryGet(next, out _) && IsParticiple(next)) || (next.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 2 <= last && a.TokenText(i + 2) is "to"))
            {
                return i - 1;
            }
        }

        return NotAnEnd;
    }

    /// <summary>"… and said …", "… but has said …": a cue verb (after auxiliaries and adverbs) right after a conjunction.</summary>
    private bool CoordinatedCue(int i, int last)
    {
        while (i <= last && a.Tokens[i].Kind == TokenKind.Word && WordLists.CueModifiers.Contains(a.TokenText(i)))
        {
            i++;
        }

        if (i > last || !CueAt(i, out var cue) || IsParticiple(a.TokenText(i)))
        {
            return false;
        }

        // A weak form counts with its particle or a that-clause, or in the past: "and has called for …", "and
        // claims that …", "and called it a common ailment".
        return !cue.Weak || (i + 1 <= last && a.TokenText(i + 1) is "for" or "on" or "that") || a.TokenText(i).EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>"(though) she noted …", "I laughed and said …": a clause of its own with a subject and a cue verb.</summary>
    private bool StartsAttributedClause(int i, int last)
    {
        if (a.TokenText(i) is "and" or "but" or "though" or "although" or "while")
        {
            i++;
        }

        if (i > last || SpeakerFinder.FindStartingAt(a, i, last + 1, out int subjectEnd) is null)
        {
            return false;
        }

        // The cue follows the subject, with at most adverbs and perfect auxiliaries between: "she later noted",
        // "he has said"; a modal ("he will ask them") is an intention, not a report.
        for (int k = subjectEnd; k <= last && k < subjectEnd + 4; k++)
        {
            var word = a.TokenText(k);
            if (CueAt(k, out var cue) && !cue.Weak && !IsParticiple(word))
            {
                return true;
            }

            if (!(word is "also" or "later" or "then" or "has" or "have" or "had" or "repeatedly" or "previously" or "once" or "again" or "recently" or "earlier" or "publicly" or "privately" or "further" or "quickly"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The last token of a sentence that belongs to content: without the final period.</summary>
    private int LastContentToken(Sentence sentence)
    {
        int last = sentence.EndToken - 1;
        if (last > sentence.FirstToken && a.TokenText(last) is "." or ";" or ":" or ",")
        {
            last--;
        }

        return last;
    }

    /// <summary>"Name: …" at a paragraph start (transcripts, lead-ins), and the headline "…: Speaker".</summary>
    private IEnumerable<QuoteCandidate> ColonLeadIns()
    {
        foreach (var paragraph in a.Paragraphs)
        {
            int first = paragraph.FirstToken;
            if (tokens[first].Kind == TokenKind.QuoteMark && first + 1 < paragraph.EndToken)
            {
                first++; // "PENCE: … in a transcript quoted as a whole
            }

            int colon = -1;
            for (int i = first; i < paragraph.EndToken && i < first + 7; i++)
            {
                if (a.TokenText(i) is ":")
                {
                    colon = i;
                    break;
                }

                if (tokens[i].Kind != TokenKind.Word || !(SpeakerFinder.IsCapitalized(a.TokenText(i)) || WordLists.Determiners.Contains(a.TokenText(i)) || i > first))
                {
                    break;
                }
            }

            if (colon > first && colon + 1 < paragraph.EndToken && !LabelStops.Contains(a.TokenText(first)))
            {
                var speaker = SpeakerFinder.FindEndingAt(a, colon - 1, first, false, out int speakerFirst);
                if (speaker is { } s && speakerFirst == first && s.Form != MentionForm.Pronoun)
                {
                    var content = directOfToken[colon + 1] >= 0 && direct[directOfToken[colon + 1]].Start == tokens[colon + 1].Start
                        ? new TextSpan(direct[directOfToken[colon + 1]].Start, direct[directOfToken[colon + 1]].End)
                        : new TextSpan(tokens[colon + 1].Start, paragraph.End);
                    if (DirectQuoteDetector.CountWords(a, content) >= 3)
                    {
                        yield return Build(content, new TextSpan(tokens[colon].Start, tokens[colon].End), CueClass.Speech, 0.6, s, Placement.Colon);
                        continue;
                    }
                }
            }

            // Headline: "Visits show failure of US policy: Ambassador" — content, colon, a short speaker.
            int lastToken = paragraph.EndToken - 1;
            if (a.TokenText(lastToken) is "." or "?" or "!" || paragraph.EndToken - first > 30)
            {
                continue;
            }

            for (int i = lastToken - 1; i > first + 2 && i >= lastToken - 4; i--)
            {
                if (a.TokenText(i) is not ":")
                {
                    continue;
                }

                var speaker = SpeakerFinder.FindEndingAt(a, lastToken, i + 1, false, out int speakerFirst);
                if (speaker is { } s && speakerFirst == i + 1 && s.Form != MentionForm.Pronoun)
                {
                    yield return Build(Span(first, i - 1), new TextSpan(tokens[i].Start, tokens[i].End), CueClass.Speech, 0.6, s, Placement.Colon);
                }

                break;
            }
        }
    }

    /// <summary>Only the outermost attribution counts: drop candidates whose cue lies in another's content, and overlaps.</summary>
    private static List<QuoteCandidate> KeepOutermost(List<QuoteCandidate> candidates)
    {
        var result = new List<QuoteCandidate>(candidates.Count);
        var hulls = candidates.Count > SmallCount ? new SpanIndex(candidates.Count, i => candidates[i].Hull) : null;
        foreach (var c in candidates)
        {
            if (!IsNested(c, candidates, hulls))
            {
                result.Add(c);
            }
        }

        // Overlapping content of two attributions: keep the one that came first, unless the later one is longer and direct.
        result.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
        var final = new List<QuoteCandidate>(result.Count);
        foreach (var c in result)
        {
            if (final.Count > 0 && final[^1].Hull.Overlaps(c.Hull))
            {
                var previous = final[^1];
                if (Score(c) > Score(previous))
                {
                    final[^1] = c;
                }

                continue;
            }

            final.Add(c);
        }

        return final;

        static double Score(QuoteCandidate c) => c.CuePrior + (c.Placement == Placement.Trailing ? 0.1 : 0) + (c.Type == QuoteType.Direct ? 0.2 : 0);
    }

    /// <summary>
    /// Whether another candidate's content, longer than <paramref name="c"/>'s, holds <paramref name="c"/>'s cue while
    /// <paramref name="c"/>'s content does not hold its cue. Only the hulls that start at or before the cue and reach
    /// past it are read, nearest first.
    /// </summary>
    private static bool IsNested(QuoteCandidate c, List<QuoteCandidate> candidates, SpanIndex? hulls)
    {
        var cue = c.Cue!.Value;
        if (hulls is null)
        {
            foreach (var other in candidates)
            {
                if (!ReferenceEquals(c, other) && other.Hull.Contains(cue) && !c.Hull.Contains(other.Cue!.Value) && other.Hull.Length > c.Hull.Length)
                {
                    return true;
                }
            }

            return false;
        }

        for (int p = hulls.CountStartingBefore(cue.Start + 1) - 1; p >= 0 && hulls.ReachAt(p) >= cue.End; p--)
        {
            var other = candidates[hulls.IndexAt(p)];
            if (!ReferenceEquals(c, other) && other.Hull.Contains(cue) && !c.Hull.Contains(other.Cue!.Value) && other.Hull.Length > c.Hull.Length)
            {
                return true;
            }
        }

        return false;
    }

    private void MergeSplitQuotes(List<QuoteCandidate> candidates, QuoteCandidate?[] claimedBy)
    {
        foreach (var c in candidates)
        {
            if (c.Parts.Count < 2)
            {
                continue;
            }

            // The second part was added when the trailing group was read; claim it unless claimed already.
            var second = c.Parts[^1];
            int index = directLookup.IndexOfStart(second.Start);
            if (index >= 0 && claimedBy[index] is null)
            {
                claimedBy[index] = c;
            }
            else if (index >= 0 && !ReferenceEquals(claimedBy[index], c))
            {
                c.Parts.RemoveAt(c.Parts.Count - 1);
            }
        }
    }

    /// <summary>"…" — Harbour Commissioner Ruth Ebbe: a dash and a name that end the paragraph.</summary>
    private bool TryDash(QuotedSpan q, QuoteCandidate candidate)
    {
        int after = TokenAt(q.End);
        if (after >= tokens.Length || tokens[after].Kind != TokenKind.Dash)
        {
            return false;
        }

        // The name runs to the end of its line: the paragraph end, or a newline before the next quote.
        var paragraph = a.Paragraphs[a.Sentences[a.SentenceOfToken[after]].ParagraphIndex];
        int lineEnd = after + 1;
        while (lineEnd < paragraph.EndToken && text.AsSpan(tokens[lineEnd - 1].End, tokens[lineEnd].Start - tokens[lineEnd - 1].End).IndexOfAny('\n', '\r') < 0)
        {
            lineEnd++;
        }

        var speaker = SpeakerFinder.FindStartingAt(a, after + 1, lineEnd, out int end);
        if (speaker is null || end < lineEnd - 1)
        {
            return false;
        }

        candidate.AttributeTo(speaker, new TextSpan(tokens[after].Start, tokens[after].End), CueClass.Speech, 0.8, Placement.Dash);
        return true;
    }

    /// <summary>
    /// A direct quote with no cue continues the speaker of the quote before it in the same or the previous
    /// paragraph (a long statement, a conversation), or else of a quote right after it in the next paragraph.
    /// </summary>
    private void InheritSpeakers(List<QuoteCandidate> candidates)
    {
        int lastWithSpeaker = -1; // speakers are only ever given here, so the nearest before i is tracked, not searched
        for (int i = 0; i < candidates.Count; lastWithSpeaker = candidates[i].Speaker is not null ? i : lastWithSpeaker, i++)
        {
            var c = candidates[i];
            if (c.Speaker is not null || c.Type != QuoteType.Direct)
            {
                continue;
            }

            int paragraph = ParagraphOf(c.Hull.Start);
            if (LeadInSubject(c, paragraph) is not null || ColonSubject(c) is not null)
            {
                continue;
            }

            QuoteCandidate? source = null;
            if (lastWithSpeaker >= 0 && paragraph - ParagraphOf(candidates[lastWithSpeaker].Hull.End - 1) <= 1)
            {
                source = candidates[lastWithSpeaker];
            }

            if (source is null && i + 1 < candidates.Count && candidates[i + 1].Speaker is not null && ParagraphOf(candidates[i + 1].Hull.Start) - paragraph <= 1)
            {
                source = candidates[i + 1];
            }

            if (source is not null)
            {
                c.AttributeTo(source.Speaker, source.Cue, source.CueClass, source.CuePrior, Placement.Inherited);
            }
        }
    }

    /// <summary>"President Obama is rolling out a new message: “It's about me.”": the subject of the clause before the colon.</summary>
    private Mention? ColonSubject(QuoteCandidate c)
    {
        int first = TokenAt(c.Hull.Start);
        if (first < 2 || a.TokenText(first - 1) is not ":" || a.SentenceOfToken[first - 1] != a.SentenceOfToken[first])
        {
            return null;
        }

        var subject = SentenceSubject(SentenceOf(first - 1), first - 1);
        if (subject is null)
        {
            return null;
        }

        c.AttributeTo(subject, new TextSpan(tokens[first - 1].Start, tokens[first - 1].End), CueClass.Speech, 0.6, Placement.Colon);
        return subject;
    }

    /// <summary>"Sanders made the following comment:" ¶ "…": the subject of a paragraph that ends with a colon.</summary>
    private Mention? LeadInSubject(QuoteCandidate c, int paragraph)
    {
        if (paragraph == 0 || a.Paragraphs[paragraph].Start != c.Hull.Start)
        {
            return null;
        }

        var previous = a.Paragraphs[paragraph - 1];
        int colon = previous.EndToken - 1;
        if (a.TokenText(colon) is not ":")
        {
            return null;
        }

        var sentence = a.Sentences[previous.EndSentence - 1];

        // "And from Eastholm's harbourmaster, Per Lindqvist:" — the name before the colon, else the subject.
        var subject = SpeakerFinder.FindEndingAt(a, colon - 1, sentence.FirstToken, false, out _) is { Form: MentionForm.Name } named
            ? named
            : SentenceSubject(sentence, colon);
        if (subject is null)
        {
            return null;
        }

        c.AttributeTo(subject, new TextSpan(tokens[colon].Start, tokens[colon].End), CueClass.Speech, 0.6, Placement.Colon);
        return subject;
    }

    private int ParagraphOf(int position) => a.Sentences[a.SentenceOfToken[Math.Min(TokenAt(position), tokens.Length - 1)]].ParagraphIndex;

    private QuoteCandidate Build(TextSpan content, TextSpan cue, CueClass cueClass, double prior, Mention? speaker, Placement placement)
    {
        var type = TypeOf(content);
        var closed = true;
        if (type == QuoteType.Direct)
        {
            int index = directLookup.IndexOf(content.Start, content.End);
            closed = index < 0 || direct[index].Closed;
        }

        return new QuoteCandidate([content], type)
        {
            Cue = cue,
            CueClass = cueClass,
            CuePrior = prior,
            Speaker = speaker,
            Placement = placement,
            Closed = closed,
        };
    }

    /// <summary>
    /// A transcript quoted whole (<c>"RAMOS: Secretary Clinton, did you …</c>, each paragraph reopened with a mark) is
    /// its speaker turns: each turn whose speaker label stands right after a quotation mark, before a colon, is a direct
    /// quote (its words are inside the marks), and the quotation around the turns is not reported as one more quote.
    /// </summary>
    private void SplitTranscripts(List<QuoteCandidate> candidates)
    {
        var outers = new HashSet<QuoteCandidate>();
        foreach (var inner in candidates)
        {
            if (inner.Cue is not { } cue || inner.Speaker is not { } speaker || a.TokenText(TokenAt(cue.Start)) is not ":")
            {
                continue;
            }

            int label = TokenAt(speaker.Span.Start);
            if (label == 0 || tokens[label - 1].Kind != TokenKind.QuoteMark || !IsNameLabel(speaker.Span))
            {
                continue;
            }

            foreach (var outer in candidates)
            {
                if (!ReferenceEquals(outer, inner) && outer.Type == QuoteType.Direct && outer.Hull.Start < speaker.Span.Start && inner.Hull.End <= outer.Hull.End)
                {
                    outers.Add(outer);
                    inner.Type = QuoteType.Direct;
                }
            }
        }

        candidates.RemoveAll(outers.Contains);
    }

    /// <summary>
    /// A headline in title case ("Conservative Icon Morton Blackwell Endorses Ted Cruz"): at least three words of four
    /// letters or more, four in five of them capitalized. Its verbs are capitalized too.
    /// </summary>
    private bool TitleCase(Sentence sentence)
    {
        titleCase ??= new byte[a.Sentences.Length];
        int index = a.SentenceOfToken[sentence.FirstToken];
        if (titleCase[index] == 0)
        {
            titleCase[index] = ReadTitleCase(sentence) ? (byte)1 : (byte)2;
        }

        return titleCase[index] == 1;
    }

    private bool ReadTitleCase(Sentence sentence)
    {
        int words = 0, capitalized = 0;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length >= 4)
            {
                words++;
                capitalized += char.IsUpper(a.Text[tokens[k].Start]) ? 1 : 0;
            }
        }

        return words >= 3 && capitalized * 5 >= words * 4;
    }

    /// <summary>Auxiliaries and copulas that open a main clause's predicate after a subject with a relative clause.</summary>
    private static readonly Lexicon PredicateOpeners = new(
        ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did"], ignoreCase: false);

    /// <summary>Whether the referent of the relative pronoun at <paramref name="relative"/> opens its sentence (after an opening phrase): the clause sits in the subject.</summary>
    private bool ReferentOpensClause(int relative, Sentence sentence)
    {
        int k = relative - 1;
        if (k >= 0 && a.TokenText(k) is ",")
        {
            k--;
        }

        int start = ClauseStart(k, sentence);
        return k >= start && SpeakerFinder.FindEndingAt(a, k, start, passive: false, out int first) is { Form: MentionForm.Name or MentionForm.Nominal } && first == start;
    }

    /// <summary>The last content token before the main clause's predicate ("…, has lost members", "… is reaping …"), or <paramref name="end"/>.</summary>
    private int BeforeMainPredicate(int start, int end)
    {
        // A clause ("that the bridge would cost jobs") has an auxiliary of its own: then only one after a comma opens the predicate.
        bool clause = a.TokenText(start) is "that" or "whether" or "if" || Pronouns.TryGet(a.TokenText(start), out _);
        for (int k = start + 2; k <= end; k++)
        {
            if (directOfToken[k] >= 0)
            {
                return end;
            }

            if (PredicateOpeners.Contains(a.TokenText(k)) && (!clause || a.TokenText(k - 1) is ","))
            {
                int last = k - 1;
                while (last > start && a.TokenText(last) is "," or "—" or "–")
                {
                    last--;
                }

                return last;
            }
        }

        return end;
    }

    /// <summary>Whether every word of <paramref name="span"/> is capitalized, as a transcript's speaker label is ("RAMOS", "Sen. Holm").</summary>
    private bool IsNameLabel(TextSpan span)
    {
        for (int k = TokenAt(span.Start); k < tokens.Length && tokens[k].Start < span.End; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !SpeakerFinder.IsCapitalized(a.TokenText(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "environmentalists worry that …", "critics fear that …": a bare plural noun before a weak cue without -s agrees
    /// with it as subject and verb; "college savings plans that …" (the cue with -s) stays a noun and a relative clause.
    /// </summary>
    private bool PluralSubject(Mention subject, ReadOnlySpan<char> cue)
    {
        var last = a.TokenText(TokenAt(subject.Span.End) - 1);
        return !cue.EndsWith("s", StringComparison.OrdinalIgnoreCase) && last.Length > 3 && last.EndsWith("s", StringComparison.Ordinal)
            && !last.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(last[0]);
    }

    /// <summary>Direct when the content is one quotation; mixed when it holds a quoted fragment; else indirect.</summary>
    private QuoteType TypeOf(TextSpan content)
    {
        // As a scan of the quotations in order would decide: the first that overlaps decides when a quotation mark
        // falls inside the content (direct if it is the content, else mixed); content wholly inside a quotation (an
        // unclosed one running on) holds no mark of it, and is direct only when a quotation is exactly it.
        bool? holdsMark = null; // looked up once, at the first overlap
        int q = directLookup.FirstOverlapping(content);
        if (q >= 0 && (holdsMark ??= a.HoldsQuoteMark(content)))
        {
            return direct[q].Start == content.Start && direct[q].End == content.End ? QuoteType.Direct : QuoteType.Mixed;
        }

        if (directLookup.IndexOf(content.Start, content.End) >= 0)
        {
            return QuoteType.Direct;
        }

        int f = fragmentLookup.FirstOverlapping(content);
        if (f >= 0 && (holdsMark ??= a.HoldsQuoteMark(content)))
        {
            return fragments[f].Start == content.Start && fragments[f].End == content.End ? QuoteType.Direct : QuoteType.Mixed;
        }

        return QuoteType.Indirect;
    }

    /// <summary>The cue lexicon's entry for token <paramref name="t"/>.</summary>
    private bool CueAt(int t, out CueWord cue) => CueLexicon.TryGet(a.TokenText(t), out cue);

    private Sentence SentenceOf(int token) => a.Sentences[a.SentenceOfToken[Math.Min(token, tokens.Length - 1)]];

    private int TokenAt(int position) => a.TokenAtOrAfter(position);

    private TextSpan Span(int firstToken, int lastToken) =>
        lastToken < firstToken ? default : new TextSpan(tokens[firstToken].Start, tokens[lastToken].End);
}
