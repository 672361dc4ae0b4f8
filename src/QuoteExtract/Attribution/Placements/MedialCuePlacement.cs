using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement "Though the move was seamless, he said, replacing her would be harder.": content on both sides of the cue.</summary>
internal sealed class MedialCuePlacement(AttributionContext ctx)
{
    /// <summary>The medial quote the cue reports, if content stands on both sides of ", X said,".</summary>
    internal QuoteCandidate? TryPlace(in CueSite site)
    {
        var sentence = site.Sentence;

        // Medial: "Though the move was seamless, he said, replacing her would be harder." — content on both sides.
        // "The difference now, he told me on Friday, is …": an addressee and a time may stand between cue and comma.
        int medialComma = site.Tell ? ctx.SkipRecipient(site.CueEnd, sentence.EndToken) : site.CueEnd;
        for (int k = 0; k < 4 && medialComma < sentence.EndToken && ctx.tokens[medialComma].Kind is TokenKind.Word or TokenKind.Number
            && (ctx.words.TimeAdjuncts.Contains(ctx.a.TokenText(medialComma)) || ctx.words.TimeWords.Contains(ctx.a.TokenText(medialComma))); k++)
        {
            medialComma++;
        }

        if (!site.Word.Weak && site.Left is { } medialSpeaker && site.LeftFirst > sentence.FirstToken + 1 && ctx.a.TokenText(site.LeftFirst - 1) is ","
            && medialComma + 2 < sentence.EndToken && ctx.a.TokenText(medialComma) is "," && ctx.directOfToken[medialComma + 1] < 0)
        {
            var before = ctx.Span(ctx.ClauseStart(site.LeftFirst - 2, sentence), site.LeftFirst - 2);
            var after = ctx.Span(medialComma + 1, ctx.LastContentToken(sentence));
            int beforeWords = DirectQuoteDetector.CountWords(ctx.a, before);

            // "The museum, Mr. Bush said, celebrated …": a short subject before the cue when its verb follows it.
            var afterFirst = ctx.a.TokenText(medialComma + 1);
            bool predicateFollows = beforeWords >= 1 && ctx.tokens[medialComma + 1].Kind == TokenKind.Word && char.IsLower(afterFirst[0])
                && !AttributionContext.IsParticiple(afterFirst) && !ctx.words.Determiners.Contains(afterFirst) && !ctx.words.Pronouns.TryGet(afterFirst, out _)
                && !ctx.words.TimeAdjuncts.Contains(afterFirst) && !ctx.words.ClauseLinks.Contains(afterFirst);
            if ((beforeWords >= 3 || predicateFollows) && DirectQuoteDetector.CountWords(ctx.a, after) >= 3)
            {
                var medial = ctx.Build(before, site.Cue, site.Word.Class, site.Word.Prior, medialSpeaker, Placement.Trailing);
                medial.Parts.Add(after);
                medial.Type = ctx.TypeOf(new TextSpan(before.Start, after.End));
                return medial;
            }
        }

        return null;
    }
}
