using QuoteExtract.Lexicons;

namespace QuoteExtract.Tokenization;

/// <summary>
/// Splits text into tokens that keep their offsets. Words keep their inner apostrophes and hyphens
/// (don't, Putin's, Russia’s, well-known), known abbreviations and initials keep their period
/// (Mr., U.S., J.), URLs and e-mail addresses are one token, quote marks are tokens of their own,
/// and each Han or kana character is a word (Chinese and Japanese put no spaces between words).
/// </summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new TokenBuffer(text.Length / 4 + 16);
        var span = text.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            char c = span[i];
            int start = i;
            if (c is 'h' or 'H' or 'w' or 'W' && MayStartUrl(span, i) && TryUrl(span, i, out int urlEnd))
            {
                tokens.Add(new Token(start, urlEnd - start, TokenKind.Url));
                i = urlEnd;
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                // The common case next: a word starting with an ASCII letter (no space, CJK or mark to test).
                i = ScanWord(span, i, out var letterKind);
                tokens.Add(new Token(start, i - start, letterKind));
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (CharClass.IsCjk(c))
            {
                tokens.Add(new Token(start, 1, TokenKind.Word));
                i++;
                continue;
            }

            if (CharClass.IsWordChar(c) || (CharClass.IsApostropheLike(c) && StartsElidedWord(span, i)))
            {
                i = ScanWord(span, i, out var kind);
                tokens.Add(new Token(start, i - start, kind));
                continue;
            }

            var mark = ReadMark(span, i);
            tokens.Add(mark);
            i += mark.Length;
        }

        return tokens.ToArrayAndReturn();
    }

    /// <summary>The token of the character at <paramref name="start"/> that is not a word, URL or space: an ellipsis, a dash, a quote mark, punctuation or a symbol.</summary>
    private static Token ReadMark(ReadOnlySpan<char> span, int start)
    {
        int i = start;
        char c = span[i];
        if (c == '…')
        {
            return new Token(start, 1, TokenKind.Ellipsis);
        }

        if (c == '.' && i + 2 < span.Length && span[i + 1] == '.' && span[i + 2] == '.')
        {
            int end = i + 3;
            while (end < span.Length && span[end] == '.')
            {
                end++;
            }

            return new Token(start, end - start, TokenKind.Ellipsis);
        }

        if (CharClass.Dashes.Contains(c))
        {
            return new Token(start, 1, TokenKind.Dash);
        }

        if (CharClass.IsHyphen(c))
        {
            int end = i + 1;
            while (end < span.Length && CharClass.IsHyphen(span[end]))
            {
                end++;
            }

            bool standalone = end - i > 1 || ((i == 0 || char.IsWhiteSpace(span[i - 1])) && (end == span.Length || char.IsWhiteSpace(span[end])));
            return new Token(start, end - start, standalone ? TokenKind.Dash : TokenKind.Punctuation);
        }

        if ((c == '\'' || c == '`') && i + 1 < span.Length && span[i + 1] == c)
        {
            // ''…'' and ``…'': two single marks standing for a double one (typewriter style).
            return new Token(start, 2, TokenKind.QuoteMark);
        }

        if (QuoteMarks.Any.Contains(c))
        {
            return new Token(start, 1, TokenKind.QuoteMark);
        }

        return new Token(start, 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }

    /// <summary>’90s, ’em, ’n’ (rock ’n’ roll): an apostrophe that starts a word.</summary>
    private static bool StartsElidedWord(ReadOnlySpan<char> s, int i)
    {
        if (i + 1 >= s.Length || (i > 0 && CharClass.IsWordChar(s[i - 1])))
        {
            return false;
        }

        char next = s[i + 1];
        if (char.IsDigit(next))
        {
            // ’90s, '08
            return i + 2 < s.Length && char.IsDigit(s[i + 2]) && (i + 3 >= s.Length || !char.IsDigit(s[i + 3]));
        }

        if (next is 'n' && i + 2 < s.Length && CharClass.IsApostropheLike(s[i + 2]) && (i + 3 >= s.Length || !CharClass.IsWordChar(s[i + 3])))
        {
            return true; // ’n’
        }

        if (next is 'e' && i + 2 < s.Length && s[i + 2] == 'm' && (i + 3 >= s.Length || !CharClass.IsWordChar(s[i + 3])))
        {
            return true; // ’em
        }

        return false;
    }

    private static int ScanWord(ReadOnlySpan<char> s, int i, out TokenKind kind)
    {
        int start = i;
        bool allDigits = true;
        if (CharClass.IsApostropheLike(s[i]))
        {
            i++;
            allDigits = false;
        }

        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsAsciiLetter(c))
            {
                allDigits = false; // the common case first: no Unicode look-up, no CJK ranges
                i++;
                continue;
            }

            if (c == ' ')
            {
                break; // a space ends any word: no apostrophe, hyphen, number, address or abbreviation goes on over it
            }

            if (CharClass.IsWordChar(c) && !CharClass.IsCjk(c))
            {
                allDigits &= char.IsDigit(c);
                i++;
                continue;
            }

            bool nextIsWord = i + 1 < s.Length && CharClass.IsWordChar(s[i + 1]);
            if (CharClass.IsApostropheLike(c))
            {
                if (nextIsWord && i > start)
                {
                    i++; // don't, Putin's, O'Neill
                    allDigits = false;
                    continue;
                }

                if (s[start] is '’' or '\'' && i - start == 2 && s[start + 1] == 'n')
                {
                    i++; // ’n’
                    break;
                }

                break;
            }

            if (CharClass.IsHyphen(c) && nextIsWord && i > start)
            {
                i++;
                allDigits = false;
                continue;
            }

            if ((c == '.' || c == ',' || c == '/') && allDigits && i + 1 < s.Length && char.IsDigit(s[i + 1]))
            {
                i++; // 1,000.50
                continue;
            }

            if (TryLongerWord(s, start, i, nextIsWord, out int longerEnd, out kind))
            {
                return longerEnd;
            }

            break;
        }

        kind = allDigits ? TokenKind.Number : TokenKind.Word;
        return i;
    }

    /// <summary>A word that goes on at the mark <c>s[i]</c> as an e-mail address or an abbreviation: its end and kind.</summary>
    private static bool TryLongerWord(ReadOnlySpan<char> s, int start, int i, bool nextIsWord, out int wordEnd, out TokenKind kind)
    {
        char c = s[i];
        wordEnd = 0;
        kind = TokenKind.Word;

        if (c == '@' && nextIsWord)
        {
            int end = ScanEmailDomain(s, i + 1);
            if (end > 0)
            {
                kind = TokenKind.Email;
                wordEnd = end;
                return true;
            }
        }

        if (c is '.' or '+' && EmailEnd(s, start) is > 0 and var emailEnd)
        {
            kind = TokenKind.Email;
            wordEnd = emailEnd;
            return true;
        }

        if (c == '.')
        {
            int end = AbbreviationEnd(s, start, i);
            if (end > i)
            {
                // A possessive on an abbreviation stays in the word: the U.K.’s decision.
                if (end + 1 < s.Length && CharClass.IsApostropheLike(s[end]) && s[end + 1] is 's' && (end + 2 >= s.Length || !CharClass.IsWordChar(s[end + 2])))
                {
                    end += 2;
                }

                kind = TokenKind.Word;
                wordEnd = end;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// At a period after a word: the end of the token if the word and period form an abbreviation
    /// (U.S., a.m., Mr., Sept., Gov., an initial J.), else <paramref name="dot"/>.
    /// </summary>
    private static int AbbreviationEnd(ReadOnlySpan<char> s, int start, int dot)
    {
        // Letter-period sequences: U.S., U.S.A., a.m., D.C.
        int j = dot;
        int letters = dot - start;
        if (letters == 1 && char.IsLetter(s[start]))
        {
            while (j + 2 < s.Length && s[j] == '.' && char.IsLetter(s[j + 1]) && s[j + 2] == '.')
            {
                j += 2;
            }

            if (j > dot)
            {
                return j + 1;
            }

            if (char.IsUpper(s[start]))
            {
                return dot + 1; // an initial: J. Smith
            }
        }

        if (Abbreviations.Contains(s[start..dot]))
        {
            return dot + 1;
        }

        return dot;
    }

    /// <summary>
    /// The end of an e-mail address whose local part holds dots or plus signs (anna.keel@example.org), or -1.
    /// Called only at such a character, so ordinary words never pay for the scan.
    /// </summary>
    private static int EmailEnd(ReadOnlySpan<char> s, int start)
    {
        int j = start;
        while (j < s.Length && (CharClass.IsWordChar(s[j]) || s[j] is '.' or '+' or '-'))
        {
            j++;
        }

        if (j >= s.Length || s[j] != '@' || s[j - 1] == '.' || j + 1 >= s.Length || !CharClass.IsWordChar(s[j + 1]))
        {
            return -1;
        }

        return ScanEmailDomain(s, j + 1);
    }

    private static int ScanEmailDomain(ReadOnlySpan<char> s, int i)
    {
        int lastDot = -1;
        int j = i;
        while (j < s.Length && (CharClass.IsWordChar(s[j]) || s[j] == '-' || (s[j] == '.' && j + 1 < s.Length && CharClass.IsWordChar(s[j + 1]))))
        {
            if (s[j] == '.')
            {
                lastDot = j;
            }

            j++;
        }

        return lastDot > i ? j : -1;
    }

    /// <summary>Whether the letter at <paramref name="i"/> may start "http" or "www": most words starting with h or w ("he", "was") do not, and skip <see cref="TryUrl"/>.</summary>
    private static bool MayStartUrl(ReadOnlySpan<char> s, int i) => i + 4 < s.Length && (s[i + 1] | 0x20) is 't' or 'w';

    private static bool TryUrl(ReadOnlySpan<char> s, int i, out int end)
    {
        end = i;
        var rest = s[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (i > 0 && CharClass.IsWordChar(s[i - 1]))
        {
            return false;
        }

        int j = i;
        while (j < s.Length && !char.IsWhiteSpace(s[j]) && !QuoteMarks.IsDouble(s[j]) && s[j] is not '‘' and not '’')
        {
            j++;
        }

        // Sentence punctuation after a URL is not part of it.
        while (j > i && s[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'')
        {
            j--;
        }

        end = j;
        return end > i + 4;
    }
}
