using System.Runtime.CompilerServices;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement "In X's words, …" / "In his own view, …": the possessor speaks, the noun is the cue.</summary>
internal sealed class PossessiveWordsPlacement(AttributionContext ctx)
{
    /// <summary>
    /// "The treaty was, in Kallas's words, “…”" / "In his own view, …": the possessor speaks, the noun is the cue
    /// (PolNeAR), and the content is what follows the comma to the end of the sentence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal QuoteCandidate? TryPlace(int t) => ctx.tokens[t].Length == 2 ? TryPlaceAtIn(t) : null; // inlined: most words are turned away by length

    private QuoteCandidate? TryPlaceAtIn(int t)
    {
        if (ctx.a.TokenText(t) is not ("in" or "In") || t + 3 >= ctx.tokens.Length)
        {
            return null;
        }

        int owner = t + 1;
        var ownerText = ctx.a.TokenText(owner);
        bool pronoun = ctx.words.PossessivePronouns.Contains(ownerText);
        bool possessiveName = SpeakerFinder.IsCapitalized(ownerText) && CharClass.EndsWithPossessive(ownerText);
        if (!pronoun && !possessiveName)
        {
            return null;
        }

        int noun = ctx.a.TokenText(owner + 1) is "own" ? owner + 2 : owner + 1;
        var sentence = ctx.SentenceOf(t);
        if (noun + 2 >= sentence.EndToken || !ctx.words.PossessiveSpeechNouns.Contains(ctx.a.TokenText(noun)) || ctx.a.TokenText(noun + 1) is not ",")
        {
            return null;
        }

        var content = ctx.Span(noun + 2, ctx.LastContentToken(sentence));
        if (content.IsEmpty || DirectQuoteDetector.CountWords(ctx.a, content) < 3)
        {
            return null;
        }

        var speaker = pronoun && ctx.words.Pronouns.TryGet(ownerText, out var info)
            ? new Mention(new TextSpan(ctx.tokens[owner].Start, ctx.tokens[owner].End), info.Kind, MentionForm.Pronoun)
            : new Mention(new TextSpan(ctx.tokens[owner].Start, ctx.tokens[owner].End), EntityKind.Person, MentionForm.Name);
        var cueClass = ctx.a.TokenText(noun) is "view" ? CueClass.Thought : CueClass.Speech;
        return ctx.Build(content, new TextSpan(ctx.tokens[noun].Start, ctx.tokens[noun].End), cueClass, 0.8, speaker, Placement.Leading);
    }
}
