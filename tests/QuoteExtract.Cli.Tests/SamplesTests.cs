using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using QuoteExtract.Tests;

namespace QuoteExtract.Cli.Tests;

/// <summary>The samples, built with the solution, run on the bundled articles; the web sample on loopback only.</summary>
[Category("Samples")]
public sealed class SamplesTests
{
    private static readonly string Configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static readonly string Articles = Path.Combine(SharedData.RepositoryRoot, "samples", "articles");

    [Test]
    public void FolderToJsonl_Articles_WritesOneContractRecordPerFileInOrder()
    {
        var output = Run("FolderToJsonl", Articles);

        var files = Directory.GetFiles(Articles, "*.txt").Order(StringComparer.Ordinal).ToList();
        var lines = output.Trim().Split('\n');
        lines.Should().HaveCount(files.Count);
        var (id, result) = QuoteJson.Deserialize(lines[0]);
        id.Should().Be(Path.GetFileName(files[0]));
        QuoteJson.Serialize(id, result).Should().Be(QuoteJson.Serialize(id, new QuoteExtractor().Extract(File.ReadAllText(files[0]))));
        result.Quotes.Should().NotBeEmpty();
    }

    [Test]
    public void HighlightPage_Article_WritesThePage()
    {
        var page = Path.Combine(Directory.CreateTempSubdirectory("quotex-sample-").FullName, "page.html");
        var article = Path.Combine(Articles, "harbour-strike.txt");

        Run("HighlightPage", article, page);

        File.ReadAllText(page).Should().Be(HtmlReport.Render("harbour-strike.txt", File.ReadAllText(article), new QuoteExtractor().Extract(File.ReadAllText(article))));
    }

    [Test]
    public async Task QuoteService_PostedArticle_AnswersTheContractRecord_AndRefusesAnOversizedBody()
    {
        using var service = Start("QuoteService", "--urls", "http://127.0.0.1:0");
        try
        {
            await PostArticles(await ListeningAddress(service));
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }

    private static async Task PostArticles(string address)
    {
        // The oversized body is announced with "Expect: 100-continue": the service answers 413 before any of it is sent,
        // instead of closing the connection while the client is still writing (a broken pipe on a busy machine).
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(1) };

        using var answer = await http.PostAsync(new Uri("/quotes", UriKind.Relative), Json("""{"id": "ferry", "text": "“The ferry will run again from May,” said harbourmaster Ilse Moravec."}"""));
        using var page = await http.PostAsync(new Uri("/quotes.html", UriKind.Relative), Json("""{"id": "<b>ferry</b>", "text": "“The ferry will run again from May,” said harbourmaster Ilse Moravec."}"""));
        using var oversizedRequest = new HttpRequestMessage(HttpMethod.Post, new Uri("/quotes", UriKind.Relative))
        {
            Content = Json("{\"id\": \"big\", \"text\": \"" + new string('a', 2 << 20) + "\"}"),
        };
        oversizedRequest.Headers.ExpectContinue = true;
        using var oversized = await http.SendAsync(oversizedRequest);
        using var missing = await http.PostAsync(new Uri("/quotes", UriKind.Relative), Json("""{"id": "none"}"""));

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        var (id, result) = QuoteJson.Deserialize(await answer.Content.ReadAsStringAsync());
        id.Should().Be("ferry");
        result.Quotes.Should().ContainSingle().Which.Speaker!.Text.Should().Be("harbourmaster Ilse Moravec");
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await page.Content.ReadAsStringAsync()).Should().Contain("&lt;b&gt;ferry&lt;/b&gt;").And.Contain("class=\"quote direct\"");
        oversized.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task<string> ListeningAddress(Process service)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await service.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            const string Listening = "Now listening on: ";
            int at = line.IndexOf(Listening, StringComparison.Ordinal);
            if (at >= 0)
            {
                return line[(at + Listening.Length)..].Trim();
            }
        }

        Assert.Fail("the service ended before it listened: " + await service.StandardError.ReadToEndAsync());
        return string.Empty;
    }

    private static string Run(string sample, params string[] args)
    {
        using var process = Start(sample, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            Assert.Fail($"{sample} did not finish within two minutes");
        }

        process.ExitCode.Should().Be(0, stderr.Result);
        return stdout.Result;
    }

    /// <summary>Starts the built sample with redirected output.</summary>
    private static Process Start(string sample, params string[] args)
    {
        var dll = Path.Combine(SharedData.RepositoryRoot, "samples", sample, "bin", Configuration, "net10.0", sample + ".dll");
        File.Exists(dll).Should().BeTrue("the solution build builds the sample {0}", sample);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + sample);
    }

}
