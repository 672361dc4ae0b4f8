namespace QuoteExtract.Reporting;

/// <summary>The inline stylesheet, legend and script of an <see cref="HtmlReport"/> page; fixed text, no input in them.</summary>
internal static class PageAssets
{
    // Types differ by colour on screen and by underline style in print (backgrounds are often not printed).
    public const string Style = """

        :root { --direct: #cfe3ff; --indirect: #d5f2d5; --mixed: #ffe3bf; --ink: #1d1d1f; }
        body { font: 16px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem; }
        header h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
        .legend span { margin-right: 1rem; padding: 0 .3rem; }
        .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: 2rem; }
        .text { white-space: pre-wrap; }
        .quote { border-bottom: 2px solid #555; }
        .quote.direct { background: var(--direct); }
        .quote.indirect { background: var(--indirect); border-bottom-style: dotted; }
        .quote.mixed { background: var(--mixed); border-bottom-style: dashed; }
        .quote.active { outline: 2px solid #333; }
        .cue { font-weight: bold; font-style: italic; }
        .speaker { font-weight: bold; color: #7a1f5c; text-decoration: none; border-bottom: 2px double #7a1f5c; }
        .speaker.active { background: #f6d7ea; }
        .entities { font: 14px/1.45 system-ui, sans-serif; border-left: 1px solid #ccc; padding-left: 1rem; }
        .entity h4 { margin: .8rem 0 0; }
        .entity:target { background: #fff6cc; }
        .kind, .meta, .count { color: #555; font-size: .85em; }
        .quotes { padding-left: 1.2rem; }
        #details { position: fixed; bottom: 1rem; right: 1rem; max-width: 26rem; white-space: pre-line; background: #fff; border: 1px solid #888; padding: .5rem .7rem; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
        @media print {
          body { max-width: none; padding: 0; }
          .layout { display: block; }
          .entities { border-left: none; border-top: 1px solid #999; padding: .5rem 0 0; break-before: avoid; }
          .quote, .speaker { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          #details, nav.index { display: none; }
          .quote.active { outline: none; }
          a { color: inherit; }
        }

        """;

    public const string Legend =
        "<p class=\"legend\"><span class=\"quote direct\">direct quote</span><span class=\"quote indirect\">indirect quote</span>"
        + "<span class=\"quote mixed\">mixed quote</span><span class=\"cue\">cue</span><span class=\"speaker\">speaker</span></p>";

    // On hover, the quote's pieces, its cue and its speaker light up together, and its details (the title text) show
    // in a box; reads only attributes the page itself wrote.
    public const string Script = """

        (function () {
          var details = document.getElementById('details');
          function group(article, q) {
            return article.querySelectorAll('[data-quote="' + q + '"], [data-cue-of~="' + q + '"], [data-speaker-of~="' + q + '"]');
          }
          document.addEventListener('mouseover', function (event) {
            var piece = event.target.closest && event.target.closest('.quote');
            document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
            if (!piece) { details.hidden = true; return; }
            group(piece.closest('article'), piece.getAttribute('data-quote')).forEach(function (e) { e.classList.add('active'); });
            details.textContent = piece.getAttribute('title');
            details.hidden = false;
          });
        })();

        """;
}
