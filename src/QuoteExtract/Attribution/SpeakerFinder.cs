using System.Runtime.CompilerServices;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution;

/// <summary>
/// Finds the speaker mention next to a cue: walking left from it ("Russian Ambassador to the United States
/// Anatoly Antonov said", "He also said", "Lars Fenn, 62, a ferry pilot, said") or right of it for the
/// inverted order ("said Olga Brandt"). A rule-based noun-phrase chunker over tokens: capitalized words,
/// determiners, a few lowercase nouns, linking "of/to/for" inside titles, one appositive.
/// </summary>
internal static partial class SpeakerFinder
{
    private const int MaxLowercaseWords = 4;
    private const int MaxMentionTokens = 14;

    /// <summary>Skips cue modifiers (also, has, repeatedly) leftwards from <paramref name="index"/>.</summary>
    public static int SkipModifiersLeft(TextAnalysis a, int index, int lower, out bool passive)
    {
        passive = false;
        while (index >= lower && a.Tokens[index].Kind == TokenKind.Word && (a.Lexicons.Words.CueModifiers.Contains(a.TokenText(index)) || a.Lexicons.Words.TimeWords.Contains(a.TokenText(index))
            || (a.TokenText(index).EndsWith("ly", StringComparison.Ordinal) && a.TokenText(index).Length > 4 && char.IsLower(a.TokenText(index)[0]))
            || (a.TokenText(index) is "on" && index + 1 < a.Tokens.Length && a.Lexicons.Words.TimeWords.Contains(a.TokenText(index + 1))))) // "Trump on Tuesday said"
        {
            passive |= a.Lexicons.Words.PassiveAuxiliaries.Contains(a.TokenText(index));
            index--;
        }

        return index;
    }

    /// <summary>The mention that ends at token <paramref name="last"/> (inclusive), not starting before <paramref name="lower"/>.</summary>
    public static Mention? FindEndingAt(TextAnalysis a, int last, int lower, bool passive, out int firstToken)
    {
        firstToken = last;
        if (last < lower)
        {
            return null;
        }

        var tokens = a.Tokens;
        var lastText = a.TokenText(last);
        if (tokens[last].Kind == TokenKind.Word && a.Lexicons.Words.Pronouns.TryGet(lastText, out var pronoun))
        {
            if (pronoun.Form == MentionForm.Name || (passive && pronoun.Expletive))
            {
                return null;
            }

            return new Mention(new TextSpan(tokens[last].Start, tokens[last].End), pronoun.Kind, pronoun.Form);
        }

        // "He's said", "She’s predicting": a pronoun with a contracted auxiliary.
        if (tokens[last].Kind == TokenKind.Word && lastText.Length > 2 && lastText[^1] is 's' && CharClass.IsApostropheLike(lastText[^2])
            && a.Lexicons.Words.Pronouns.TryGet(lastText[..^2], out var contracted) && contracted.Form == MentionForm.Pronoun && !contracted.Expletive)
        {
            return new Mention(new TextSpan(tokens[last].Start, tokens[last].End - 2), contracted.Kind, contracted.Form);
        }

        if (lastText is "," && last - 2 >= lower && a.TokenText(last - 1) is ")" && PartyTagPeriod(a, last - 2))
        {
            return FindEndingAt(a, last - 1, lower, passive, out firstToken); // "Sen. Joe Lieberman (I-Conn.), said"
        }

        if (lastText is "," && last - 1 >= lower)
        {
            return FindAppositive(a, last, lower, out firstToken);
        }

        if (tokens[last].Kind == TokenKind.Dash && last - 2 >= lower)
        {
            return BeforeDashedAside(a, last, lower, passive, ref firstToken);
        }

        if (QuantifierMention(a, last, lower, out firstToken) is { } quantifier)
        {
            return quantifier;
        }

        // "A news report published Wednesday said", "A court document filed Thursday says": a reduced relative clause.
        if (tokens[last].Kind == TokenKind.Word && lastText.Length > 4 && lastText.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(lastText[0])
            && last - 2 >= lower && !a.Lexicons.CueWords.TryGet(lastText, out _)
            && FindPhrase(a, last - 1, lower, out int headFirst) is { } head && StartsWithDeterminer(a, headFirst) && last - 1 > headFirst)
        {
            firstToken = headFirst;
            return head with { Span = new TextSpan(head.Span.Start, tokens[last].End) };
        }

        if (lastText is ")")
        {
            return BeforeParenthesis(a, last, lower, passive, ref firstToken);
        }

        return FindPhrase(a, last, lower, out firstToken);
    }

    /// <summary>"Jason Sims — a teacher from Mount Pleasant — says": the mention before the dashed aside that ends at <paramref name="last"/>.</summary>
    private static Mention? BeforeDashedAside(TextAnalysis a, int last, int lower, bool passive, ref int firstToken)
    {
        var lastText = a.TokenText(last);

        // "Jason Sims — a teacher from Mount Pleasant — says": the mention before the dashed aside.
        int open = last - 1;
        while (open >= lower && open > last - 30 && a.Tokens[open].Kind != TokenKind.Dash && a.TokenText(open) is not ("." or ";" or ":"))
        {
            open--;
        }

        if (open > lower && open < last - 1 && a.Tokens[open].Kind == TokenKind.Dash && a.TokenText(open).SequenceEqual(lastText)
            && FindEndingAt(a, open - 1, lower, passive, out firstToken) is { Form: MentionForm.Name or MentionForm.Nominal } before
            && (firstToken == lower || IsBoundary(a, firstToken - 1)))
        {
            return before;
        }

        return null;
    }

    /// <summary>"Mike Pence (R-IN) said": the mention before the parenthesis that ends at <paramref name="last"/>.</summary>
    private static Mention? BeforeParenthesis(TextAnalysis a, int last, int lower, bool passive, ref int firstToken)
    {
        var tokens = a.Tokens;

        // "Mike Pence (R-IN) said": skip the parenthesis.
        int open = last - 1;
        while (open >= lower && open > last - 8 && a.TokenText(open) is not "(")
        {
            open--;
        }

        if (open < lower || a.TokenText(open) is not "(")
        {
            return null;
        }

        var inner = FindEndingAt(a, open - 1, lower, passive, out firstToken);
        return inner is { } m ? m with { Span = new TextSpan(m.Span.Start, tokens[open - 1].End) } : null;
    }

    private static Mention? FindPhrase(TextAnalysis a, int last, int lower, out int firstToken)
    {
        var tokens = a.Tokens;
        int i = last;
        int lowercase = 0;
        bool capitalized = false;
        bool nounLike = false;
        bool sawPreposition = false;
        while (i >= lower && last - i < MaxMentionTokens)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.QuoteMark && i < last && i > lower && token.Start == tokens[i - 1].End && a.Text[token.Start] is '\'' or '’'
                && a.TokenText(i - 1).EndsWith("s", StringComparison.Ordinal))
            {
                i--; // a plural possessive: "the tenants' lawyer"
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            var word = a.TokenText(i);
            if (a.Lexicons.Words.Determiners.Contains(word) && !(char.IsUpper(word[0]) && word.Length > 1 && char.IsUpper(word[1])))
            {
                if (ContinuesPastDeterminer(a, ref i, last, lower))
                {
                    continue;
                }

                break;
            }

            if (IsCapitalized(word))
            {
                if (IsSentenceInitial(a, i) && a.Lexicons.Words.SentenceAdverbs.Contains(word))
                {
                    break;
                }

                capitalized = true;
                i--;
                continue;
            }

            if (token.Kind == TokenKind.Number)
            {
                break;
            }

            if (LinksMention(a, word, i, last, lower, ref sawPreposition))
            {
                i--;
                continue;
            }

            if (a.Lexicons.Words.SpeakerStops.Contains(word) || (a.Lexicons.CueWords.TryGet(word, out var asCue) && !asCue.Weak) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal))
            {
                break;
            }

            if (++lowercase > MaxLowercaseWords)
            {
                break;
            }

            nounLike = true;
            i--;
        }

        return PhraseAfter(a, i, last, capitalized || nounLike, capitalized, out firstToken);
    }

    /// <summary>The phrase from after token <paramref name="before"/> to <paramref name="last"/>, past a linking preposition; null if it holds no name or noun.</summary>
    private static Mention? PhraseAfter(TextAnalysis a, int before, int last, bool hasHead, bool capitalized, out int firstToken)
    {
        var tokens = a.Tokens;
        firstToken = before + 1;

        // Never start on a linking preposition.
        while (firstToken <= last && a.Lexicons.Words.LinkingPrepositions.Contains(a.TokenText(firstToken)))
        {
            firstToken++;
        }

        if (firstToken > last || !hasHead)
        {
            return null;
        }

        var span = new TextSpan(tokens[firstToken].Start, tokens[last].End);
        return new Mention(span, GuessKind(a, firstToken, last), capitalized && !StartsWithDeterminer(a, firstToken) ? MentionForm.Name : MentionForm.Nominal);
    }

    /// <summary>
    /// A determiner at <paramref name="i"/> inside a mention read leftwards: whether the mention goes on past it
    /// (through a quantifier, a preposition, a participle phrase or "and"), with <paramref name="i"/> moved to where.
    /// </summary>
    private static bool ContinuesPastDeterminer(TextAnalysis a, ref int i, int last, int lower)
    {
        if (i == last)
        {
            return false; // a mention cannot end with a determiner
        }

        i--;

        // "The four mayors", "all three judges": a determiner before a quantifier.
        if (i >= lower && a.Lexicons.Words.GroupDeterminers.Contains(a.TokenText(i))
            && a.Lexicons.Words.GroupCounts.Contains(a.TokenText(i + 1)))
        {
            i--;
        }

        if (ContinuesThroughPreposition(a, i, lower))
        {
            i -= 1;
            return true;
        }

        // "Lorry drivers waiting at the terminal", "Protesters marching through the streets": a participle
        // phrase after the head noun is part of the mention.
        if (i - 2 >= lower && a.Lexicons.Words.ParticiplePhrasePrepositions.Contains(a.TokenText(i))
            && a.TokenText(i - 1) is var participle && participle.Length > 4 && participle.EndsWith("ing", StringComparison.Ordinal)
            && a.Tokens[i - 2].Kind == TokenKind.Word && !a.Lexicons.Words.SpeakerStops.Contains(a.TokenText(i - 2)) && !a.Lexicons.Words.Determiners.Contains(a.TokenText(i - 2)))
        {
            i -= 2;
            return true;
        }

        // "Norvik Dairies and its biggest customer": a determiner after "and" and a name.
        if (i - 1 >= lower && a.TokenText(i) is "and" && a.Tokens[i - 1].Kind == TokenKind.Word && IsCapitalized(a.TokenText(i - 1)))
        {
            i--;
            return true;
        }

        return false;
    }

    /// <summary>Whether the lowercase word at <paramref name="i"/> joins the words before it to the mention: "of", "and", one prepositional phrase.</summary>
    private static bool LinksMention(TextAnalysis a, ReadOnlySpan<char> word, int i, int last, int lower, ref bool sawPreposition)
    {
        if (a.Lexicons.Words.LinkingPrepositions.Contains(word) && i < last && i - 1 >= lower && IsTitleOrCapitalized(a, i - 1))
        {
            return true;
        }

        // A compound speaker: "Loma Foods and its largest supplier said".
        if (word is "and" && i < last && i - 1 >= lower && a.Tokens[i - 1].Kind == TokenKind.Word && IsCapitalized(a.TokenText(i - 1))
            && !(IsSentenceInitial(a, i - 1) && a.Lexicons.Words.SentenceAdverbs.Contains(a.TokenText(i - 1))))
        {
            return true;
        }

        // "a narrator in the Clinton ad", "a spokesperson for the ministry": one prepositional phrase
        // after a noun, when a determiner or a name follows the preposition.
        if (a.Lexicons.Words.NounPhrasePrepositions.Contains(word) && i < last && !sawPreposition && i - 1 >= lower
            && (a.Lexicons.Words.Determiners.Contains(a.TokenText(i + 1)) || IsCapitalized(a.TokenText(i + 1)))
            && a.Tokens[i - 1].Kind == TokenKind.Word && !a.Lexicons.Words.SpeakerStops.Contains(a.TokenText(i - 1)) && !a.Lexicons.CueWords.TryGet(a.TokenText(i - 1), out _))
        {
            sawPreposition = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A share of people as the whole subject, at a clause boundary: "Some said", "Two in three said", "Six in 10 say",
    /// "42% say", "Those surveyed said".
    /// </summary>
    private static Mention? QuantifierMention(TextAnalysis a, int last, int lower, out int firstToken)
    {
        firstToken = last;
        var tokens = a.Tokens;
        var word = a.TokenText(last);
        int first = -1;
        if (tokens[last].Kind == TokenKind.Word && a.Lexicons.Words.Quantifiers.Contains(word))
        {
            first = last;
        }
        else if (IsNumber(a, last) && last - 2 >= lower && a.Lexicons.Words.SharePrepositions.Contains(a.TokenText(last - 1)) && IsNumber(a, last - 2))
        {
            first = last - 2;
        }
        else if (word is "%" && last - 1 >= lower && tokens[last - 1].Kind == TokenKind.Number)
        {
            first = last - 1;
        }
        else if (tokens[last].Kind == TokenKind.Word && word.EndsWith("ed", StringComparison.Ordinal) && last - 1 >= lower && a.TokenText(last - 1) is "Those" or "those")
        {
            first = last - 1;
        }

        if (first < 0 || !(first == lower || IsBoundary(a, first - 1) || a.Lexicons.Words.SubjectConjunctions.Contains(a.TokenText(first - 1))))
        {
            return null;
        }

        firstToken = first;
        return new Mention(new TextSpan(tokens[first].Start, tokens[last].End), EntityKind.Person, MentionForm.Nominal);
    }

    private static bool IsNumber(TextAnalysis a, int i) =>
        a.Tokens[i].Kind == TokenKind.Number || (a.Tokens[i].Kind == TokenKind.Word && a.Lexicons.Words.NumberWords.Contains(a.TokenText(i)));

    /// <summary>At a determiner whose left neighbour is "to/of/for" after a title: "Ambassador to the United States".</summary>
    private static bool ContinuesThroughPreposition(TextAnalysis a, int i, int lower) =>
        i - 1 >= lower && a.Tokens[i].Kind == TokenKind.Word && a.Lexicons.Words.TitleLinks.Contains(a.TokenText(i)) && IsTitleOrCapitalized(a, i - 1);

    private static bool IsTitleOrCapitalized(TextAnalysis a, int i) =>
        a.Tokens[i].Kind == TokenKind.Word && (IsCapitalized(a.TokenText(i)) || a.Lexicons.Words.Titles.Contains(a.TokenText(i)));

    /// <summary>"Lars Fenn, 62, a ferry pilot from Port Avalen, said": the name and its appositive, at most two commas back.</summary>
    private static Mention? FindAppositive(TextAnalysis a, int comma, int lower, out int firstToken)
    {
        firstToken = comma;
        var tokens = a.Tokens;
        int i = comma - 1;
        int commas = 0;
        bool cueVerb = false;
        while (i >= lower && comma - i < 36)
        {
            var text = a.TokenText(i);
            bool possessive = tokens[i].Kind == TokenKind.QuoteMark && i > lower && tokens[i].Start == tokens[i - 1].End && text is "'" or "’"
                && a.TokenText(i - 1).EndsWith("s", StringComparison.Ordinal); // "military veterans' families"
            if ((tokens[i].Kind == TokenKind.QuoteMark && !possessive) || (text is "." && !PartyTagPeriod(a, i)) || text is ";" or ":" || (tokens[i].Kind == TokenKind.Word && a.Lexicons.Words.AppositiveStops.Contains(text)))
            {
                return null;
            }

            // A cue verb inside the stretch means it is a clause ("Moravec, the treasurer, rejected the figures,"), not an
            // appositive, unless a relative pronoun opens it ("Reid, who endorsed Clinton, said"). A weak cue not in -ed is a
            // noun there ("a talk show host"), a participle an aside ("Manafort, citing the polls, said").
            cueVerb |= tokens[i].Kind == TokenKind.Word && a.Lexicons.CueWords.TryGet(text, out var cueWord) && !text.EndsWith("ing", StringComparison.Ordinal)
                && (!cueWord.Weak || text.EndsWith("ed", StringComparison.Ordinal));

            if (text is ",")
            {
                if (cueVerb && !a.Lexicons.Words.RelativePronouns.Contains(a.TokenText(i + 1)))
                {
                    return null;
                }

                cueVerb = false;
                commas++;
                if (i - 1 < lower)
                {
                    return null; // the comma opens the text or the clause: no name before it
                }

                var name = a.TokenText(i - 1) is ")" ? FindEndingAt(a, i - 1, lower, false, out int nameFirst) : FindPhrase(a, i - 1, lower, out nameFirst);
                if (name is { Form: MentionForm.Name } n && (nameFirst == lower || IsBoundary(a, nameFirst - 1)))
                {
                    firstToken = nameFirst;

                    // "Bruno Falk, who runs the ferry company, said": an incidental relative clause is not part of the mention.
                    return a.Lexicons.Words.SubjectRelatives.Contains(a.TokenText(i + 1)) ? n : n with { Span = new TextSpan(n.Span.Start, tokens[comma - 1].End) };
                }

                // "A lawyer for the workers, Ilse Varga, said" / "The lawyer, Ilse Varga, said": a description, then the name.
                int descriptionFirst = nameFirst;
                if (name is { Form: MentionForm.Nominal } && nameFirst - 2 >= lower && a.TokenText(nameFirst - 1) is "of"
                    && a.Lexicons.Words.PartitiveQuantifiers.Contains(a.TokenText(nameFirst - 2)))
                {
                    descriptionFirst = nameFirst - 2; // "one of the union's lawyers, Ren Aoki,"
                }

                if (commas == 1 && name is { Form: MentionForm.Nominal } && (descriptionFirst == lower || IsBoundary(a, descriptionFirst - 1))
                    && FindPhrase(a, comma - 1, i + 1, out int innerFirst) is { Form: MentionForm.Name } inner && innerFirst == i + 1)
                {
                    nameFirst = descriptionFirst;
                    firstToken = nameFirst;
                    return inner with { Span = new TextSpan(tokens[nameFirst].Start, tokens[comma - 1].End) };
                }

                if (commas >= 3)
                {
                    return null;
                }
            }

            i--;
        }

        return null;
    }

    /// <summary>The period of a party-and-state tag between commas: "Sen. Rand Paul, R-Ky., said".</summary>
    private static bool PartyTagPeriod(TextAnalysis a, int i)
    {
        if (i < 1 || a.Tokens[i].Start != a.Tokens[i - 1].End)
        {
            return false;
        }

        var tag = a.TokenText(i - 1);
        return tag.Length >= 3 && tag[0] is 'R' or 'D' or 'I' && tag[1] == '-' && char.IsUpper(tag[2]);
    }

    private static bool IsBoundary(TextAnalysis a, int i)
    {
        var t = a.Tokens[i];
        return t.Kind is TokenKind.QuoteMark or TokenKind.Dash || a.TokenText(i) is "," or "." or ":" or ";" || IsSentenceInitial(a, i + 1);
    }

    internal static bool StartsWithDeterminer(TextAnalysis a, int first) =>
        a.Lexicons.Words.Determiners.Contains(a.TokenText(first));

    /// <summary>Whether the word starts with an upper-case letter (tested inline for ASCII, the common case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCapitalized(ReadOnlySpan<char> word) =>
        word.Length > 0 && (char.IsAsciiLetterUpper(word[0]) || (word[0] > 0x7F && char.IsUpper(word[0])));

    public static bool IsSentenceInitial(TextAnalysis a, int token) =>
        token < a.Tokens.Length && a.Sentences[a.SentenceOfToken[token]].FirstToken == token;

    /// <summary>Person for titled or plain names, organization for names ending in an organization head.</summary>
    public static EntityKind GuessKind(TextAnalysis a, int first, int last)
    {
        var head = a.TokenText(last);
        if (a.Lexicons.Words.OrganizationHeads.Contains(head))
        {
            return EntityKind.Organization;
        }

        if (CharClass.IsAllCapitals(head) && head.Length <= 5 && first == last)
        {
            return EntityKind.Organization; // FBI, CNN, NATO
        }

        for (int i = first; i <= last; i++)
        {
            if (a.Lexicons.Words.Titles.Contains(a.TokenText(i)))
            {
                return EntityKind.Person;
            }
        }

        return IsCapitalized(head) ? EntityKind.Person : EntityKind.Unknown;
    }
}
