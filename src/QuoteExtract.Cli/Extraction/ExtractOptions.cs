using System.CommandLine;

namespace QuoteExtract.Cli;

/// <summary>The options of <c>quotex extract</c> and how they become <see cref="ExtractSettings"/>.</summary>
internal static class ExtractOptions
{
    private const int MaxJobs = 1024;

    public static Command Command(CommandConsole console)
    {
        var d = Define();
        var command = new Command("extract", "Extract quotes, speakers and entities: one record per input document (per JSONL line), in input order.\n\n" + CommandLine.ExitCodeHelp)
        {
            d.Inputs, d.MoreInputs, d.InputFormat, d.Format, d.Output, d.OutputDirectory, d.Shard, d.Resume, d.KeepGoing, d.Jobs, d.Quiet, d.MaxBytes,
            d.NoIndirect, d.Mode, d.Point, d.Language,
        };
        command.SetAction((parsed, cancellation) =>
            Task.FromResult(ExtractCommand.Run(d.Settings(parsed), console.Stdin, console.Stdout, console.Stderr, console.StderrIsTerminal, cancellation)));
        return command;
    }

    /// <summary>Every argument and option of the command, in help order.</summary>
    private static Definitions Define()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, directories (their .txt, .jsonl and .ndjson files, recursively), globs ('corpus/**/*.txt'), "
                + "@MANIFEST (a file listing inputs, one a line) or '-' (standard input, the default).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        CommandLine.RejectUnknownOptions(inputs);
        var moreInputs = new Option<string[]>("--inputs")
        {
            Description = "More inputs, as for INPUT: '--inputs @manifest.txt'.",
            HelpName = "@MANIFEST|PATH",
            AllowMultipleArgumentsPerToken = true,
        };
        var inputFormat = CommandLine.EnumOption("--input-format", "How to read inputs. auto: files by extension (.jsonl, .ndjson: one {\"id\", \"text\"} a line; others: one text); standard input line by line, a line opening with '{' is JSON and any other line one text. jsonl: every line JSON. text: each file, or all of standard input, one document.", InputFormat.Auto);
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of standard output ('-': standard output): under a temporary name in FILE's folder, renamed to FILE at the end. FILE may not be one of the inputs.", HelpName = "FILE" };
        var outputDirectory = new Option<string?>("--output-dir") { Description = "Write the part file DIR/part-K-of-N.EXT (created by atomic rename); a part that exists is skipped.", HelpName = "DIR" };
        var resume = new Option<bool>("--resume") { Description = "With --output FILE and --format jsonl: keep the records FILE already holds and skip their ids." };
        var keepGoing = new Option<bool>("--keep-going", "--errors-ok") { Description = "Error records do not fail the run: exit 0, with their count on standard error (for engines that retry failed tasks)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display and no summary line on standard error (errors are still reported)." };
        var noIndirect = new Option<bool>("--no-indirect") { Description = "Report direct quotes only." };
        var mode = CommandLine.EnumOption("--mode", "rules: the hand-written rules alone; hybrid: learned models keep, bound and attribute the rules' candidates; neural: a token tagger over a pretrained encoder finds speakers, cues and content (most accurate, slowest).", QuoteExtractorOptions.Default.Mode);
        var point = CommandLine.EnumOption("--operating-point", "Hybrid mode only: balanced, or recall (also keeps lower-confidence candidates; every balanced quote stays).", QuoteExtractorOptions.Default.OperatingPoint);
        var language = CommandLine.LanguageOption("The language of the texts: auto (told from each text's function words), en, de or fr. German and French texts are read by the rules in every mode.");
        return new Definitions(inputs, moreInputs, inputFormat, FormatOption(), output, outputDirectory, ShardOption(), resume, keepGoing, JobsOption(), quiet,
            MaxBytesOption(), noIndirect, mode, point, language);
    }

    /// <summary>--format: the output format; without it, text, or jsonl with --output-dir.</summary>
    private static Option<OutputFormat?> FormatOption()
    {
        var option = new Option<OutputFormat?>("--format")
        {
            Description = "text (readable listing; the default), json (one indented array), jsonl (one document a line; the default with --output-dir), csv (one row per quote), parquet (rows as csv; needs --output or --output-dir), html (one self-contained page: quotes highlighted, speakers linked to their entities; an index when there are several documents).",
            HelpName = "text|json|jsonl|csv|parquet|html",
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (CommandLine.Names<OutputFormat>().TryGetValue(token, out var value))
                {
                    return value;
                }

                result.AddError($"--format must be text, json, jsonl, csv, parquet or html, not '{token}'");
                return null;
            },
        };
        return option;
    }

    /// <summary>--shard K/N.</summary>
    private static Option<Shard?> ShardOption()
    {
        var option = new Option<Shard?>("--shard")
        {
            Description = "Process shard K of N (K from 0): the inputs whose position in the expanded input list, modulo N, is K. Needs --output-dir.",
            HelpName = "K/N",
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                var value = Shard.Parse(token);
                if (value is null)
                {
                    result.AddError($"--shard must be K/N with 0 <= K < N, such as 3/10, not '{token}'");
                }

                return value;
            },
        };
        return option;
    }

    /// <summary>--jobs N, from 1 to <see cref="MaxJobs"/>.</summary>
    private static Option<int> JobsOption()
    {
        var option = new Option<int>("--jobs", "-j")
        {
            Description = "Documents extracted in parallel; output stays in input order.",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > MaxJobs)
            {
                result.AddError($"--jobs must be from 1 to {MaxJobs}");
            }
        });
        return option;
    }

    /// <summary>--max-document-bytes, with K, M, G suffixes.</summary>
    private static Option<long> MaxBytesOption()
    {
        var option = new Option<long>("--max-document-bytes")
        {
            Description = "A document (a text file, a JSONL line) larger than this gets an error record instead of being read; K, M, G suffixes allowed.",
            HelpName = "BYTES",
            DefaultValueFactory = _ => ExtractSettings.DefaultMaxDocumentBytes,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (CommandLine.ParseBytes(token) is { } bytes)
                {
                    return bytes;
                }

                result.AddError($"--max-document-bytes must be a positive number of bytes (K, M, G allowed), not '{token}'");
                return 0;
            },
        };
        return option;
    }

    /// <summary>The command's arguments and options, and how a parse of them becomes <see cref="ExtractSettings"/>.</summary>
    private sealed record Definitions(
        Argument<string[]> Inputs, Option<string[]> MoreInputs, Option<string> InputFormat, Option<OutputFormat?> Format, Option<string?> Output,
        Option<string?> OutputDirectory, Option<Shard?> Shard, Option<bool> Resume, Option<bool> KeepGoing, Option<int> Jobs, Option<bool> Quiet,
        Option<long> MaxBytes, Option<bool> NoIndirect, Option<string> Mode, Option<string> Point, Option<string> Language)
    {
        public ExtractSettings Settings(ParseResult parsed)
        {
            string? directory = parsed.GetValue(OutputDirectory);
            return new ExtractSettings
            {
                Inputs = [.. parsed.GetValue(Inputs) ?? [], .. parsed.GetValue(MoreInputs) ?? []],
                InputFormat = CommandLine.GetEnum<InputFormat>(parsed, InputFormat),
                Format = parsed.GetValue(Format) ?? (directory is null ? OutputFormat.Text : OutputFormat.Jsonl),
                Output = parsed.GetValue(Output) is { } file && file != InputItem.StandardInput ? file : null,
                OutputDirectory = directory,
                Shard = parsed.GetValue(Shard),
                Resume = parsed.GetValue(Resume),
                KeepGoing = parsed.GetValue(KeepGoing),
                Jobs = parsed.GetValue(Jobs),
                Quiet = parsed.GetValue(Quiet),
                MaxDocumentBytes = parsed.GetValue(MaxBytes),
                Options = QuoteExtractorOptions.Default with
                {
                    IncludeIndirect = !parsed.GetValue(NoIndirect),
                    Mode = CommandLine.GetEnum<ExtractionMode>(parsed, Mode),
                    OperatingPoint = CommandLine.GetEnum<OperatingPoint>(parsed, Point),
                    Language = CommandLine.GetLanguage(parsed, Language),
                },
            };
        }
    }
}
