namespace QuoteExtract.Tokenization;

/// <summary>A paragraph: a range of the text and of its tokens and sentences.</summary>
internal readonly record struct Paragraph(int Start, int End, int FirstToken, int EndToken, int FirstSentence, int EndSentence);
