namespace QuoteExtract.Cli;

/// <summary>One document to process, or an input error to report in its place.</summary>
internal sealed record InputDocument(string Id, string? Text, string? Error, string? Source = null, int? Line = null);
