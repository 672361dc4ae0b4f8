using System.Globalization;
using System.Text;

namespace QuoteExtract.Reporting;

internal static class Html
{
    /// <summary>Escapes text for an element's content or a double- or single-quoted attribute value.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    public static string Confidence(double confidence) => confidence.ToString("0.00", CultureInfo.InvariantCulture);

    public static string TypeName(QuoteType type) => type switch
    {
        QuoteType.Direct => "direct",
        QuoteType.Indirect => "indirect",
        _ => "mixed",
    };
}
