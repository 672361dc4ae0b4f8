using System.Runtime.CompilerServices;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement of a cue phrase: "according to X, …" before its content, or "…, according to X." after it.</summary>
internal sealed class AccordingToPlacement(AttributionContext ctx)
{
    /// <summary>"according to X" before or after its content.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal QuoteCandidate? TryPlace(int t, out int length)
    {
        // Inlined: a word of no phrase's first-word length is turned away without a call.
        int firstLength = ctx.tokens[t].Length;
        if (firstLength < 64 && (ctx.cues.PhraseFirstWordLengths & (1UL << firstLength)) == 0)
        {
            length = 0;
            return null;
        }

        return TryPhrases(t, firstLength, out length);
    }

    private QuoteCandidate? TryPhrases(int t, int firstLength, out int length)
    {
        length = 0;
        foreach (var phrase in ctx.cues.PhraseArray)
        {
            if (phrase.Words[0].Length != firstLength || !MatchesPhrase(t, phrase.Words))
            {
                continue;
            }

            length = phrase.Words.Length;
            var sentence = ctx.SentenceOf(t);
            int afterPhrase = t + length;
            var speaker = SpeakerFinder.FindStartingAt(ctx.a, afterPhrase, sentence.EndToken, out int speakerEnd);
            var cue = new TextSpan(ctx.tokens[t].Start, ctx.tokens[t + length - 1].End);
            TextSpan content;
            int contentStart = sentence.FirstToken;

            // The source runs to the comma before the content, or to the sentence end after it: "according to early
            // results of the exit poll conducted by Edison Research, …", "…, according to the document he released."
            bool trailing = t > contentStart && ctx.a.TokenText(t - 1) is ",";
            int sourceEnd = afterPhrase;
            while (sourceEnd < sentence.EndToken && sourceEnd < afterPhrase + 20 && ctx.directOfToken[sourceEnd] < 0
                && (ctx.tokens[sourceEnd].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Symbol || (sourceEnd > afterPhrase && ctx.a.TokenText(sourceEnd) is "'" or "’")))
            {
                sourceEnd++;
            }

            bool wholeSource = sourceEnd > afterPhrase && sourceEnd < sentence.EndToken && (trailing ? sourceEnd >= ctx.LastContentToken(sentence) : ctx.a.TokenText(sourceEnd) is ",");
            if (wholeSource && (speaker is null || speakerEnd < sourceEnd))
            {
                var span = new TextSpan(ctx.tokens[afterPhrase].Start, ctx.tokens[sourceEnd - 1].End);
                speaker = speaker is { } found ? found with { Span = span } : new Mention(span, SpeakerFinder.GuessKind(ctx.a, afterPhrase, sourceEnd - 1), MentionForm.Nominal);
                speakerEnd = sourceEnd;
            }

            if (speaker is null)
            {
                return null;
            }

            if (trailing)
            {
                // "…, according to X."
                content = ctx.Span(contentStart, t - 2);
            }
            else if (t == contentStart || IsSentenceAdverbBefore(t, contentStart))
            {
                // "According to X, …"
                int start = speakerEnd;
                while (start < sentence.EndToken && !(ctx.a.TokenText(start) is ","))
                {
                    start++;
                }

                if (start >= sentence.EndToken - 1)
                {
                    return null;
                }

                content = ctx.Span(start + 1, ctx.LastContentToken(sentence));
            }
            else
            {
                return null;
            }

            if (content.IsEmpty || DirectQuoteDetector.CountWords(ctx.a, content) < 3)
            {
                return null;
            }

            return ctx.Build(content, cue, phrase.Class, phrase.Prior, speaker.Value, Placement.Trailing);
        }

        return null;
    }

    private bool IsSentenceAdverbBefore(int t, int sentenceStart) =>
        t - 1 >= sentenceStart && t - 1 <= sentenceStart + 1 && ctx.a.TokenText(t - 1) is ",";

    private bool MatchesPhrase(int t, string[] words)
    {
        if (t + words.Length > ctx.tokens.Length)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!ctx.a.TokenText(t + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
