using System.Text;
using QuoteExtract.Reporting;

namespace QuoteExtract;

/// <summary>
/// Renders results as a self-contained HTML page (inline CSS and script, nothing fetched from the network) for a
/// person to read: the article with its quotes highlighted by type, cues and speakers marked, each speaker linked to
/// its entity, and a side panel of the entities with their quotes and confidences. Hovering a quote shows its details.
/// Every piece of the input (text, ids, names) is HTML-escaped, so the page runs no markup the article holds.
/// </summary>
public static class HtmlReport
{
    /// <summary>A page for one article.</summary>
    /// <param name="id">The article's name, shown as its heading.</param>
    /// <param name="text">The text that was given to <see cref="QuoteExtractor.Extract"/>.</param>
    /// <param name="result">What <see cref="QuoteExtractor.Extract"/> returned for <paramref name="text"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Render(string id, string text, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        return RenderBatch([(id, text, result)]);
    }

    /// <summary>
    /// A page for a batch: an index of the articles (with their numbers of quotes) when there is more than one, then
    /// each article as in <see cref="Render"/>.
    /// </summary>
    /// <param name="documents">Each article's name, text and result, in the order to show them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or a part of one is null.</exception>
    public static string RenderBatch(IEnumerable<(string Id, string Text, ExtractionResult Result)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        foreach (var (id, text, result) in list)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(documents));
            ArgumentNullException.ThrowIfNull(text, nameof(documents));
            ArgumentNullException.ThrowIfNull(result, nameof(documents));
        }

        var html = new StringBuilder();
        string title = list.Count == 1 ? list[0].Id : $"{list.Count} articles";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<title>Quotes: ").Append(Html.Escape(title)).Append("</title>\n<style>").Append(PageAssets.Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>Quotes: ").Append(Html.Escape(title)).Append("</h1>").Append(PageAssets.Legend).Append("</header>\n");
        if (list.Count > 1)
        {
            html.Append("<nav class=\"index\"><h2>Articles</h2><ol>\n");
            for (int d = 0; d < list.Count; d++)
            {
                int quotes = list[d].Result.Quotes.Count;
                html.Append("<li><a href=\"#doc-").Append(d).Append("\">").Append(Html.Escape(list[d].Id)).Append("</a> <span class=\"count\">")
                    .Append(quotes).Append(quotes == 1 ? " quote" : " quotes").Append("</span></li>\n");
            }

            html.Append("</ol></nav>\n");
        }

        for (int d = 0; d < list.Count; d++)
        {
            DocumentSection.Write(html, d, list[d].Id, list[d].Text, list[d].Result);
        }

        html.Append("<div id=\"details\" role=\"status\" hidden></div>\n<script>").Append(PageAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }
}
