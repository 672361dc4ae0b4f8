using System.CommandLine;

namespace QuoteExtract.Cli;

/// <summary>The parsed command line of <c>quotex eval</c>, and the command that parses it.</summary>
internal sealed record EvalOptions(string Gold, string? Predictions, string Format, bool ByType, int Errors, string? GoldType, string? Commit, ExtractionMode? Mode, OperatingPoint OperatingPoint, TextLanguage Language = TextLanguage.Auto)
{
    public static Command Command(CommandConsole console)
    {
        var gold = new Option<string>("--gold") { Description = "Annotated documents, one {\"id\", \"text\", \"quotes\"} a line (shared/eval/data format).", HelpName = "GOLD.jsonl", Required = true };
        var pred = new Option<string?>("--pred") { Description = "Predictions in the format of 'quotex extract --format jsonl'; without it the extractor runs on the gold texts.", HelpName = "PRED.jsonl" };
        var format = new Option<string>("--format") { Description = "text (default), json (score.py --json keys), markdown (the README accuracy block).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var byType = new Option<bool>("--by-type") { Description = "Add quote@0.3 P/R/F1 by type (P over predictions of the type, R over gold of the type)." };
        var errors = new Option<int>("--errors") { Description = "Print N examples of each error: missed, spurious, wrong speaker, wrong boundaries.", HelpName = "N" };
        errors.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--errors needs a number of examples, 0 or more");
            }
        });
        var goldType = new Option<string?>("--gold-type") { Description = "Keep only gold quotes of this type (recall of that type; precision is then meaningless)." };
        goldType.AcceptOnlyFromAmong("direct", "indirect", "mixed");
        var commit = new Option<string?>("--commit") { Description = "The commit named in the markdown block (tools/update-readme-accuracy.sh passes it).", HelpName = "HASH" };
        var mode = CommandLine.EnumOption("--mode", "As for extract (ignored with --pred).", QuoteExtractorOptions.Default.Mode);
        var point = CommandLine.EnumOption("--operating-point", "As for extract (ignored with --pred).", OperatingPoint.Balanced);
        var language = CommandLine.LanguageOption("As for extract (ignored with --pred).");
        var command = new Command("eval", "Score the extractor (or a file of predictions) against annotated documents with the metrics of shared/eval/METRICS.md, the numbers of score.py.\n\n" + CommandLine.ExitCodeHelp)
        {
            gold, pred, format, byType, errors, goldType, commit, mode, point, language,
        };
        command.SetAction(parsed =>
        {
            var options = new EvalOptions(
                parsed.GetValue(gold)!,
                parsed.GetValue(pred),
                parsed.GetValue(format)!,
                parsed.GetValue(byType),
                parsed.GetValue(errors),
                parsed.GetValue(goldType),
                parsed.GetValue(commit),
                parsed.GetResult(mode) is { Implicit: false } ? CommandLine.GetEnum<ExtractionMode>(parsed, mode) : null,
                CommandLine.GetEnum<OperatingPoint>(parsed, point),
                CommandLine.GetLanguage(parsed, language));
            return EvalCommand.Run(options, console.Stdout, console.Stderr);
        });
        return command;
    }
}
