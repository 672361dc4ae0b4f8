namespace QuoteExtract.Tokenization;

/// <summary>A sentence: a range of the text and of its tokens, and the paragraph it is in.</summary>
internal readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken, int ParagraphIndex);
