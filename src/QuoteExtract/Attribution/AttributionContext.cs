using System.Buffers;
using QuoteExtract.Detection;
using QuoteExtract.Lexicons;
using QuoteExtract.Learning;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution;

/// <summary>
/// What every attribution rule reads about one text: its tokens, sentences and paragraphs, the direct quotes and
/// fragments the detection stage found (<see cref="Quotations"/>), the options, and the queries the placement rules share. One instance
/// serves one text; built once by <see cref="Attributor"/> and handed to every placement rule and pass.
/// </summary>
/// <remarks>
/// Read-only after construction but for two memos (<see cref="TitleCase(Sentence)"/>, <see cref="ContentEnd(int, Sentence)"/>)
/// and <see cref="proposals"/>, the collector hybrid mode's relaxed proposals are handed to.
/// </remarks>
internal sealed partial class AttributionContext
{
    /// <summary>Up to this many candidates, a stage compares them pairwise (fastest for a news article); past it, through a <see cref="SpanIndex"/>.</summary>
    internal const int SmallCount = 32;

    internal readonly TextAnalysis a;

    internal readonly string text;

    internal readonly Token[] tokens;

    /// <summary>The quoted spans the detection stage found to be direct quotes, in text order.</summary>
    internal readonly IReadOnlyList<QuotedSpan> direct;

    /// <summary>The other quoted spans (scare quotes, titles), which may become part of a mixed quote.</summary>
    internal readonly IReadOnlyList<QuotedSpan> fragments;

    /// <summary>
    /// The direct quote each token is in, or -1: an array of the shared pool (it may be longer than the text's tokens;
    /// the rest also holds -1), handed back by <see cref="Release"/> when the attributor is done.
    /// </summary>
    internal readonly int[] directOfToken;

    /// <summary>The token ranges of the direct quotes, by first token, with the furthest last token so far (<see cref="DirectTokenBefore"/>).</summary>
    internal readonly int[] directFirstTokens;

    internal readonly int[] directReach;

    internal readonly QuotationLookup directLookup;

    internal readonly QuotationLookup fragmentLookup;

    internal readonly QuoteExtractorOptions options;

    /// <summary>Where the last <see cref="ContentEnd(int, Sentence)"/> scan of a sentence started and first stopped; see there.</summary>
    internal (int Sentence, int From, int Hit) contentEndMemo = (-1, 0, 0);

    /// <summary>Per sentence: 0 not yet known, 1 title case, 2 not (<see cref="TitleCase(Sentence)"/> reads a sentence once).</summary>
    internal byte[]? titleCase;

    /// <summary>Where candidates a gate refused are handed, when a learned scorer will judge them (hybrid mode); null otherwise. See <see cref="QuoteCandidate.Relaxed"/>.</summary>
    internal readonly RelaxedProposals? proposals;

    /// <summary>The learned cue lexicon whose words propose relaxed candidates (hybrid mode); null otherwise.</summary>
    internal readonly CueRates? cueRates;

    /// <summary>The word lists of the text's language (<see cref="LanguageLexicons.Words"/>).</summary>
    internal readonly WordLists words;

    /// <summary>The cue lexicon of the text's language (<see cref="LanguageLexicons.CueWords"/>).</summary>
    internal readonly CueLexicon cues;

    public AttributionContext(TextAnalysis analysis, Quotations quotations, QuoteExtractorOptions options, bool proposeRelaxed = false, CueRates? cueRates = null)
    {
        proposals = proposeRelaxed ? new RelaxedProposals() : null;
        this.cueRates = proposeRelaxed && options.CueClasses.Contains(CueClass.Other) ? cueRates : null;
        a = analysis;
        text = analysis.Text;
        tokens = analysis.Tokens;
        words = analysis.Lexicons.Words;
        cues = analysis.Lexicons.CueWords;
        this.options = options;
        direct = quotations.Direct;
        fragments = quotations.Fragments;
        directOfToken = ArrayPool<int>.Shared.Rent(tokens.Length);
        Array.Fill(directOfToken, -1);
        var ranges = new List<(int First, int Last)>();
        for (int index = 0; index < direct.Count; index++)
        {
            var span = direct[index];
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
    internal int DirectTokenBefore(int t)
    {
        int before = SortedInts.CountAtMost(directFirstTokens, t - 1);
        return before == 0 ? -1 : Math.Min(t - 1, directReach[before - 1]);
    }

    internal List<int> DirectInside(TextSpan span) => directLookup.Inside(span);

    /// <summary>The noun phrase that opens a sentence (with its appositive), if a verb follows it: the subject.</summary>
    internal Mention? SentenceSubject(Sentence sentence, int before)
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
    internal bool HoldsQuotation(int first, int last)
    {
        if (last < first)
        {
            return false;
        }

        return TypeOf(Span(first, last)) != QuoteType.Indirect;
    }

    internal bool IsIntroductory(ReadOnlySpan<char> word) =>
        words.SentenceAdverbs.Contains(word) || words.TimeAdjuncts.Contains(word) || words.TimeWords.Contains(word) || words.IntroductoryConjunctions.Contains(word)
        || (word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))); // "Chastened by …, Trump revised"

    internal bool IsPossessive(Mention? mention)
    {
        if (mention is not { } m)
        {
            return false;
        }

        return CharClass.EndsWithPossessive(a.Text.AsSpan(m.Span.Start, m.Span.Length));
    }

    /// <summary>"Russia will not discuss …": a modal before the cue makes it an intention, not a report.</summary>
    internal bool AfterModal(int t, int beforeModifiers)
    {
        for (int i = t - 1; i > beforeModifiers && i >= 0; i--)
        {
            if (words.Modals.Contains(a.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"declined to comment", "refused to elaborate": a refusal reports nothing.</summary>
    internal bool IsRefusal(int first, int last) =>
        last == first + 1 && a.TokenText(first) is "to" && words.RefusalComplements.Contains(a.TokenText(last));

    internal static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lowest token a speaker may start at: the sentence start, or just after a closing quote mark.</summary>
    internal int LowerBound(int t, Sentence sentence)
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
    internal bool IsSeparator(int i) =>
        i >= 0 && (a.TokenText(i) is "," || tokens[i].Kind == TokenKind.Dash
                   || (tokens[i].Kind == TokenKind.QuoteMark && !(tokens[i].Start > 0 && a.Text[tokens[i].Start - 1] is '.')
                       && ((directOfToken[i] >= 0 && direct[directOfToken[i]].End == tokens[i].End) || IsClosingFragment(i))));

    internal bool IsClosingFragment(int i) => fragmentLookup.AnyEndsAt(tokens[i].End);

    /// <summary>The last token of a sentence that belongs to content: without the final period.</summary>
    internal int LastContentToken(Sentence sentence)
    {
        int last = sentence.EndToken - 1;
        if (last > sentence.FirstToken && a.TokenText(last) is "." or ";" or ":" or ",")
        {
            last--;
        }

        return last;
    }

    internal QuoteCandidate Build(TextSpan content, TextSpan cue, CueClass cueClass, double prior, Mention? speaker, Placement placement)
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
    /// A headline in title case ("Conservative Icon Morton Blackwell Endorses Ted Cruz"): at least three words of four
    /// letters or more, four in five of them capitalized. Its verbs are capitalized too.
    /// </summary>
    internal bool TitleCase(Sentence sentence)
    {
        titleCase ??= new byte[a.Sentences.Length];
        int index = a.SentenceOfToken[sentence.FirstToken];
        if (titleCase[index] == 0)
        {
            titleCase[index] = ReadTitleCase(sentence) ? (byte)1 : (byte)2;
        }

        return titleCase[index] == 1;
    }

    internal bool ReadTitleCase(Sentence sentence)
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

    /// <summary>Whether every word of <paramref name="span"/> is capitalized, as a transcript's speaker label is ("RAMOS", "Sen. Holm").</summary>
    internal bool IsNameLabel(TextSpan span)
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
    internal bool PluralSubject(Mention subject, ReadOnlySpan<char> cue)
    {
        var last = a.TokenText(TokenAt(subject.Span.End) - 1);
        return !cue.EndsWith("s", StringComparison.OrdinalIgnoreCase) && last.Length > 3 && last.EndsWith("s", StringComparison.Ordinal)
            && !last.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(last[0]);
    }

    /// <summary>Direct when the content is one quotation; mixed when it holds a quoted fragment; else indirect.</summary>
    internal QuoteType TypeOf(TextSpan content)
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

    /// <summary>Hands the pooled arrays back; the context is not used after.</summary>
    internal void Release() => ArrayPool<int>.Shared.Return(directOfToken);

    /// <summary>The cue lexicon's entry for token <paramref name="t"/>.</summary>
    internal bool CueAt(int t, out CueWord cue) => cues.TryGet(a.TokenText(t), out cue);

    internal Sentence SentenceOf(int token) => a.Sentences[a.SentenceOfToken[Math.Min(token, tokens.Length - 1)]];

    internal int TokenAt(int position) => a.TokenAtOrAfter(position);

    internal TextSpan Span(int firstToken, int lastToken) =>
        lastToken < firstToken ? default : new TextSpan(tokens[firstToken].Start, tokens[lastToken].End);
}
