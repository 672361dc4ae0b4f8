using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution;

/// <summary>Mentions read rightwards from a token: an inverted speaker ("said Olga Brandt"), a source after "according to".</summary>
internal static partial class SpeakerFinder
{
    /// <summary>A mention that starts at <paramref name="first"/> and runs right: "said Olga Brandt, a spokeswoman".</summary>
    public static Mention? FindStartingAt(TextAnalysis a, int first, int upper, out int endToken)
    {
        endToken = first;
        var tokens = a.Tokens;
        if (first + 1 < upper && tokens[first].Kind == TokenKind.Number && tokens[first + 1].Kind == TokenKind.Word && !a.Lexicons.Words.TimeWords.Contains(a.TokenText(first + 1)))
        {
            // "9/11 widow Terry Strada": a number that qualifies the mention.
            var rest = FindStartingAt(a, first + 1, upper, out endToken);
            return rest is { } m ? m with { Span = new TextSpan(tokens[first].Start, m.Span.End) } : null;
        }

        if (first >= upper || tokens[first].Kind != TokenKind.Word)
        {
            return null;
        }

        var firstText = a.TokenText(first);
        if (a.Lexicons.Words.TimeWords.Contains(firstText) || (SpeakerFinder.IsCapitalized(firstText) && a.Lexicons.Words.SentenceAdverbs.Contains(firstText) && !a.Lexicons.Words.Determiners.Contains(firstText)))
        {
            return null; // "said Tuesday"
        }

        if (a.Lexicons.Words.Pronouns.TryGet(firstText, out var pronoun))
        {
            if (pronoun.Form is MentionForm.Name or MentionForm.Relative || pronoun.Expletive)
            {
                return null;
            }

            endToken = first + 1;
            return new Mention(new TextSpan(tokens[first].Start, tokens[first].End), pronoun.Kind, pronoun.Form);
        }

        int i = ScanRight(a, first, upper, out bool capitalized, out bool noun);
        while (i > first && a.TokenText(i - 1) is var trailing && (a.Lexicons.Words.LinkingPrepositions.Contains(trailing) || a.Lexicons.Words.Articles.Contains(trailing)))
        {
            i--;
        }

        if (i == first || !(capitalized || noun))
        {
            return null;
        }

        endToken = i;
        var span = new TextSpan(tokens[first].Start, tokens[i - 1].End);
        return new Mention(span, GuessKind(a, first, i - 1), capitalized && !StartsWithDeterminer(a, first) ? MentionForm.Name : MentionForm.Nominal);
    }

    /// <summary>
    /// The words of a mention from <paramref name="first"/> rightwards, up to a stop word, a cue, a verb or a
    /// second determiner; the token after the last one read, and whether a capitalized word or a noun was seen.
    /// </summary>
    private static int ScanRight(TextAnalysis a, int first, int upper, out bool capitalized, out bool noun)
    {
        var tokens = a.Tokens;
        int i = first;
        capitalized = false;
        noun = false;
        int lowercase = 0;
        while (i < upper && i - first < MaxMentionTokens && tokens[i].Kind == TokenKind.Word)
        {
            var word = a.TokenText(i);
            if (IsCapitalized(word) && !(i == first && a.Lexicons.Words.Determiners.Contains(word)))
            {
                capitalized = true; // not "The" opening the mention: "The workers | walked out" is no name
            }
            else if (a.Lexicons.Words.Determiners.Contains(word))
            {
                if (i > first && !a.Lexicons.Words.TitleLinks.Contains(a.TokenText(i - 1)) && !(i - 2 > first && a.Lexicons.Words.StandingPrepositions.Contains(a.TokenText(i - 1)) && a.Lexicons.Words.SourceStandings.Contains(a.TokenText(i - 2))))
                {
                    break;
                }
            }
            else if (a.Lexicons.Words.LinkingPrepositions.Contains(word)
                || (a.Lexicons.Words.StandingPrepositions.Contains(word) && i > first && a.Lexicons.Words.SourceStandings.Contains(a.TokenText(i - 1))))
            {
                // "people familiar with the talks", "officials briefed on the plan": the source's standing is in the mention.
                if (i == first || i + 1 >= upper || !(IsTitleOrCapitalized(a, i + 1) || a.Lexicons.Words.Determiners.Contains(a.TokenText(i + 1))))
                {
                    break;
                }
            }
            else if (a.Lexicons.Words.SpeakerStops.Contains(word) || (a.Lexicons.CueWords.TryGet(word, out var asCue) && !asCue.Weak) || ++lowercase > MaxLowercaseWords
                || (capitalized && !NameFollows(a, i, upper))
                || (i > first && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)) && word.Length > 4))
            {
                break; // a stop word, a cue, or a verb or adverb ends the mention: "Sanders | made the following comment"
            }
            else
            {
                noun = true;
            }

            i++;
        }

        return i;
    }

    /// <summary>After a name, lowercase words belong to the mention only before another name ("Trump campaign
    /// spokesman Jason Miller"); otherwise the first of them is the verb ("Sanders | made the comment").</summary>
    private static bool NameFollows(TextAnalysis a, int i, int upper)
    {
        for (int k = i + 1; k < upper && k <= i + 3; k++)
        {
            if (a.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (IsCapitalized(a.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }
}
