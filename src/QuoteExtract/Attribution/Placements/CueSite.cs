using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>
/// A cue word read in its sentence, what every verb-cue placement starts from: the cue (with a particle such as
/// "out" in "pointed out"), the token after it, the lowest token a speaker may start at, and the mention that ends
/// just before the cue (after modifiers such as "also" or "has been").
/// </summary>
internal readonly record struct CueSite(
    int Token, CueWord Word, Sentence Sentence, TextSpan Cue, int CueEnd, int Lower, int BeforeModifiers, bool Passive, Mention? Left, int LeftFirst, bool Tell);
