namespace QuoteExtract.Cli;

/// <summary>Dispatches <c>quotex</c> sub-commands. Separate from <see cref="Program"/> so tests can run it in-process.</summary>
internal static class CommandLine
{
    public const string Usage = """
        quotex: find the quotes in news articles and who said them.

        usage:
          quotex extract [FILE...] [--format text|json|jsonl] [--output FILE] [--no-indirect]
                          [--mode rules|hybrid] [--operating-point balanced|recall]
          quotex eval --gold GOLD.jsonl [--pred PRED.jsonl] [--format text|json|markdown] [--by-type] [--errors N]
                      [--gold-type direct|indirect|mixed] [--commit HASH] [--mode rules|hybrid]
                      [--operating-point balanced|recall]
          quotex --help

        extract:
          FILE       a .txt file (one document, id = file name) or a .jsonl file (one {"id","text"} a line);
                     none or '-' reads standard input (JSONL if every line is a JSON object, else one text).
          --format   text (readable, default on a terminal), json (one indented array), jsonl (one line a document).
          --output   write to FILE instead of standard output.
          --no-indirect  report direct quotes only.
          --mode     rules (the rules alone) or hybrid (a learned scorer shipped in the library keeps the rule
                     candidates it believes and gives calibrated confidence); default: the library's default.
          --operating-point  hybrid mode only: balanced (default) or recall (also keeps lower-confidence
                     candidates, mostly indirect speech; every balanced quote stays).

        eval:
          --gold       annotated documents, one {"id", "text", "quotes"} a line (shared/eval/data format).
          --pred       predictions in the format of 'quotex extract --format jsonl'; without it the extractor
                       (default options) runs on the gold texts. Metrics and numbers are those of score.py.
          --format     text (default), json (score.py --json keys), markdown (the README accuracy block).
          --by-type    add quote@0.3 P/R/F1 by type (P over predictions of the type, R over gold of the type).
          --errors N   print N examples of each error: missed, spurious, wrong speaker, wrong boundaries.
          --gold-type  keep only gold quotes of this type (recall of that type; precision is then meaningless).
          --mode       rules or hybrid, as for extract (ignored with --pred).
          --operating-point  balanced or recall, as for extract (ignored with --pred).
          --commit     the commit named in the markdown block (tools/update-readme-accuracy.sh passes it).

        exit codes: 0 all documents processed; 1 output written but some inputs had errors (each has an
        error record); 2 bad command line.
        """;

    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            using var writer = new StreamWriter(stdout, leaveOpen: true);
            writer.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args.AsSpan(1).ToArray();
        try
        {
            return args[0] switch
            {
                "extract" => ExtractCommand.Run(rest, stdin, stdout, stderr),
                "eval" => EvalCommand.Run(rest, stdout, stderr),
                _ => Fail(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"quotex: {message}");
        stderr.WriteLine("run 'quotex --help' for usage");
        return ExitCodes.Usage;
    }
}

/// <summary>A wrong command line; its message says what is wrong.</summary>
internal sealed class UsageException(string message) : Exception(message);
