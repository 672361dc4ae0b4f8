using System.Text;

namespace QuoteExtract.Reporting;

/// <summary>
/// One article of an <see cref="HtmlReport"/>: its text cut at every boundary of a quote part, cue or speaker into
/// flat segments (so overlapping marks never need crossing tags), then the entity panel.
/// </summary>
internal static class DocumentSection
{
    public static void Write(StringBuilder html, int document, string id, string text, ExtractionResult result)
    {
        var quotes = result.Quotes;
        var entities = result.Entities.ToDictionary(e => e.Id);
        html.Append("<article class=\"document\" id=\"doc-").Append(document).Append("\">\n<h2>").Append(Html.Escape(id))
            .Append(" <span class=\"count\">").Append(quotes.Count).Append(quotes.Count == 1 ? " quote" : " quotes").Append("</span></h2>\n")
            .Append("<div class=\"layout\">\n<div class=\"text\">");
        WriteText(html, document, text, quotes, entities);
        html.Append("</div>\n");
        WritePanel(html, document, quotes, result.Entities);
        html.Append("</div>\n</article>\n");
    }

    private static void WriteText(StringBuilder html, int document, string text, IReadOnlyList<Quote> quotes, Dictionary<int, Entity> entities)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var quote in quotes)
        {
            foreach (var part in quote.Parts)
            {
                AddCut(cuts, part, text.Length);
            }

            if (quote.Cue is { } cue)
            {
                AddCut(cuts, cue.Span, text.Length);
            }

            if (quote.Speaker is { } speaker)
            {
                AddCut(cuts, speaker.Span, text.Length);
            }
        }

        var started = new bool[quotes.Count];
        int start = 0;
        foreach (int end in cuts.Skip(1))
        {
            WriteSegment(html, document, text, start, end, quotes, entities, started);
            start = end;
        }
    }

    private static void AddCut(SortedSet<int> cuts, TextSpan span, int length)
    {
        cuts.Add(Math.Clamp(span.Start, 0, length));
        cuts.Add(Math.Clamp(span.End, 0, length));
    }

    private static void WriteSegment(
        StringBuilder html, int document, string text, int start, int end, IReadOnlyList<Quote> quotes, Dictionary<int, Entity> entities, bool[] started)
    {
        var segment = Html.Escape(text[start..end]);

        // The innermost quote whose content holds the segment (the one that starts last), and the quotes whose cue or
        // speaker it is.
        int content = -1;
        var cueOf = new List<int>();
        var speakerOf = new List<int>();
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Parts.Any(p => p.Start <= start && end <= p.End) && (content < 0 || quote.Span.Start >= quotes[content].Span.Start))
            {
                content = q;
            }

            if (quote.Cue is { } cue && cue.Span.Start <= start && end <= cue.Span.End)
            {
                cueOf.Add(q);
            }

            if (quote.Speaker is { } speaker && speaker.Span.Start <= start && end <= speaker.Span.End)
            {
                speakerOf.Add(q);
            }
        }

        if (content < 0 && cueOf.Count == 0 && speakerOf.Count == 0)
        {
            html.Append(segment);
            return;
        }

        if (content >= 0)
        {
            var quote = quotes[content];
            html.Append("<span class=\"quote ").Append(Html.TypeName(quote.Type)).Append("\" data-quote=\"").Append(content).Append('"');
            if (!started[content])
            {
                started[content] = true;
                html.Append(" id=\"doc-").Append(document).Append("-quote-").Append(content).Append('"');
            }

            html.Append(" title=\"").Append(Html.Escape(Details(quote, entities))).Append("\">");
        }

        if (speakerOf.Count > 0)
        {
            var entityId = quotes[speakerOf[0]].EntityId;
            html.Append("<a class=\"speaker\" data-speaker-of=\"").Append(string.Join(' ', speakerOf)).Append('"');
            if (entityId is { } entity && entities.ContainsKey(entity))
            {
                html.Append(" href=\"#doc-").Append(document).Append("-entity-").Append(entity).Append('"');
            }

            html.Append(" title=\"").Append(Html.Escape(SpeakerDetails(quotes[speakerOf[0]], entities))).Append("\">");
        }

        if (cueOf.Count > 0)
        {
            html.Append("<span class=\"cue\" data-cue-of=\"").Append(string.Join(' ', cueOf)).Append("\">");
        }

        html.Append(segment);
        html.Append(cueOf.Count > 0 ? "</span>" : string.Empty)
            .Append(speakerOf.Count > 0 ? "</a>" : string.Empty)
            .Append(content >= 0 ? "</span>" : string.Empty);
    }

    private static string Details(Quote quote, Dictionary<int, Entity> entities)
    {
        var details = new StringBuilder();
        details.Append(Html.TypeName(quote.Type)).Append(" quote, confidence ").Append(Html.Confidence(quote.Confidence));
        details.Append("\nspeaker: ").Append(quote.Speaker?.Text ?? "none found");
        if (quote.EntityId is { } id && entities.TryGetValue(id, out var entity))
        {
            details.Append(" (").Append(entity.Name).Append(')');
        }

        details.Append("\ncue: ").Append(quote.Cue is { } cue ? $"{cue.Text} ({cue.Class.ToString().ToLowerInvariant()})" : "none found");
        return details.ToString();
    }

    private static string SpeakerDetails(Quote quote, Dictionary<int, Entity> entities) =>
        quote.EntityId is { } id && entities.TryGetValue(id, out var entity)
            ? $"speaker: {entity.Name} ({entity.Kind.ToString().ToLowerInvariant()}{(entity.Titles.Count > 0 ? ", " + string.Join("; ", entity.Titles) : string.Empty)})"
            : "speaker (no entity resolved)";

    private static void WritePanel(StringBuilder html, int document, IReadOnlyList<Quote> quotes, IReadOnlyList<Entity> entities)
    {
        html.Append("<aside class=\"entities\">\n<h3>Speakers</h3>\n");
        foreach (var entity in entities)
        {
            html.Append("<section class=\"entity\" id=\"doc-").Append(document).Append("-entity-").Append(entity.Id).Append("\">\n<h4>")
                .Append(Html.Escape(entity.Name)).Append("</h4>\n<p class=\"kind\">").Append(entity.Kind.ToString().ToLowerInvariant());
            if (entity.Titles.Count > 0)
            {
                html.Append(" · ").Append(Html.Escape(string.Join("; ", entity.Titles)));
            }

            html.Append("</p>\n");
            WriteQuoteList(html, document, quotes, q => q.EntityId == entity.Id);
            html.Append("</section>\n");
        }

        if (quotes.Any(q => q.EntityId is null || !entities.Any(e => e.Id == q.EntityId)))
        {
            html.Append("<section class=\"entity unattributed\">\n<h4>No speaker resolved</h4>\n");
            WriteQuoteList(html, document, quotes, q => q.EntityId is null || !entities.Any(e => e.Id == q.EntityId));
            html.Append("</section>\n");
        }

        if (quotes.Count == 0)
        {
            html.Append("<p class=\"none\">No quotes found.</p>\n");
        }

        html.Append("</aside>\n");
    }

    private static void WriteQuoteList(StringBuilder html, int document, IReadOnlyList<Quote> quotes, Func<Quote, bool> belongs)
    {
        html.Append("<ol class=\"quotes\">\n");
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (!belongs(quote))
            {
                continue;
            }

            html.Append("<li class=\"").Append(Html.TypeName(quote.Type)).Append("\" data-quote=\"").Append(q).Append("\"><a href=\"#doc-").Append(document)
                .Append("-quote-").Append(q).Append("\">").Append(Html.Escape(Shorten(quote.Text))).Append("</a> <span class=\"meta\">")
                .Append(Html.TypeName(quote.Type)).Append(" · ").Append(Html.Confidence(quote.Confidence)).Append("</span></li>\n");
        }

        html.Append("</ol>\n");
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117).TrimEnd(), "…");
}
