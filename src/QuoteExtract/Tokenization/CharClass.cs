using System.Buffers;
using System.Runtime.CompilerServices;

namespace QuoteExtract.Tokenization;

/// <summary>Character sets shared by the tokenizer and the quote-mark scanner (quote marks: <see cref="QuoteMarks"/>).</summary>
internal static class CharClass
{
    public static readonly SearchValues<char> Dashes = SearchValues.Create("—–―‒");

    public static readonly SearchValues<char> SentenceEnders = SearchValues.Create(".!?…");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostropheLike(char c) => c is '\'' or '’' or 'ʼ';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c) || c == '_' // the common case, without a look-up of the Unicode category
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// Han ideographs and Japanese kana. Chinese and Japanese write no spaces between words, so each such
    /// character is a word token of its own (the usual character-level fallback, as in BERT's basic tokenizer);
    /// word counts and offsets then stay meaningful.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjk(char c) => c >= '\u3040' && c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>A possessive ending, straight or curly: "Roe's", "Russia’s".</summary>
    public static bool EndsWithPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>Two or more characters, at least one letter and no lowercase one: "NATO", "PENCE", "U.N.".</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        bool letters = false;
        foreach (char ch in word)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            letters |= char.IsLetter(ch);
        }

        return letters && word.Length > 1;
    }
}
