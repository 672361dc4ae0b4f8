using BenchmarkDotNet.Running;
using QuoteExtract.Benchmarks.Inputs;

// `-- --print-article Wire` writes a generated input to stdout, to read what the benchmarks run on.
if (args is ["--print-article", var sizeName] && Enum.TryParse<ArticleSize>(sizeName, ignoreCase: true, out var size))
{
    Console.WriteLine(BenchmarkArticles.Article(size));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
