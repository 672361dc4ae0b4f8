using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement "Name: …" at a paragraph start (transcripts, lead-ins), and the headline "…: Speaker".</summary>
internal sealed class ColonLabelPlacement(AttributionContext ctx)
{
    /// <summary>"Name: …" at a paragraph start (transcripts, lead-ins), and the headline "…: Speaker".</summary>
    internal IEnumerable<QuoteCandidate> Candidates()
    {
        foreach (var paragraph in ctx.a.Paragraphs)
        {
            int first = paragraph.FirstToken;
            if (ctx.tokens[first].Kind == TokenKind.QuoteMark && first + 1 < paragraph.EndToken)
            {
                first++; // "PENCE: … in a transcript quoted as a whole
            }

            int colon = -1;
            for (int i = first; i < paragraph.EndToken && i < first + 7; i++)
            {
                if (ctx.a.TokenText(i) is ":")
                {
                    colon = i;
                    break;
                }

                if (ctx.tokens[i].Kind != TokenKind.Word || !(SpeakerFinder.IsCapitalized(ctx.a.TokenText(i)) || ctx.words.Determiners.Contains(ctx.a.TokenText(i)) || i > first))
                {
                    break;
                }
            }

            if (colon > first && colon + 1 < paragraph.EndToken && !ctx.words.LabelStops.Contains(ctx.a.TokenText(first)))
            {
                var speaker = SpeakerFinder.FindEndingAt(ctx.a, colon - 1, first, false, out int speakerFirst);
                if (speaker is { } s && speakerFirst == first && s.Form != MentionForm.Pronoun)
                {
                    var content = ctx.directOfToken[colon + 1] >= 0 && ctx.direct[ctx.directOfToken[colon + 1]].Start == ctx.tokens[colon + 1].Start
                        ? new TextSpan(ctx.direct[ctx.directOfToken[colon + 1]].Start, ctx.direct[ctx.directOfToken[colon + 1]].End)
                        : new TextSpan(ctx.tokens[colon + 1].Start, paragraph.End);
                    if (DirectQuoteDetector.CountWords(ctx.a, content) >= 3)
                    {
                        yield return ctx.Build(content, new TextSpan(ctx.tokens[colon].Start, ctx.tokens[colon].End), CueClass.Speech, 0.6, s, Placement.Colon);
                        continue;
                    }
                }
            }

            // Headline: "Visits show failure of US policy: Ambassador" — content, colon, a short speaker.
            int lastToken = paragraph.EndToken - 1;
            if (ctx.a.TokenText(lastToken) is "." or "?" or "!" || paragraph.EndToken - first > 30)
            {
                continue;
            }

            for (int i = lastToken - 1; i > first + 2 && i >= lastToken - 4; i--)
            {
                if (ctx.a.TokenText(i) is not ":")
                {
                    continue;
                }

                var speaker = SpeakerFinder.FindEndingAt(ctx.a, lastToken, i + 1, false, out int speakerFirst);
                if (speaker is { } s && speakerFirst == i + 1 && s.Form != MentionForm.Pronoun)
                {
                    yield return ctx.Build(ctx.Span(first, i - 1), new TextSpan(ctx.tokens[i].Start, ctx.tokens[i].End), CueClass.Speech, 0.6, s, Placement.Colon);
                }

                break;
            }
        }
    }
}
