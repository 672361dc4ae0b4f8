using System.CommandLine;
using System.Globalization;
using System.Text;

namespace QuoteExtract.Cli;

/// <summary>
/// The <c>quotex</c> command line, on System.CommandLine: help on every command (<c>-h</c>, <c>--help</c>),
/// <c>--version</c>, validation with a message naming what is wrong, and only the exit codes of <see cref="ExitCodes"/>.
/// Separate from <see cref="Program"/> so tests can run it in-process.
/// </summary>
internal static class CommandLine
{
    /// <summary>Runs <c>quotex</c> in-process with no terminal and no signal handling (tests).</summary>
    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin.ReadToEnd()));
        return Run(args, new CommandConsole(input, stdout, stderr, StderrIsTerminal: false, HandleSignals: false));
    }

    /// <summary>Runs <c>quotex</c> in-process on a byte stream for standard input (tests).</summary>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr) =>
        Run(args, new CommandConsole(stdin, stdout, stderr, StderrIsTerminal: false, HandleSignals: false));

    public static int Run(string[] args, CommandConsole console) => Run(args, console, "quotex", Build);

    /// <summary>Runs <c>quotex</c> on the process's own console: its <c>Main</c>.</summary>
    public static int RunOnConsole(string[] args) => RunOnConsole(args, "quotex", Build);

    /// <summary>
    /// Runs the command line of the tool <paramref name="tool"/> on the process's own console, with signal handling:
    /// the <c>Main</c> of <c>quotex</c> and of <c>quotex-cluster</c>.
    /// </summary>
    public static int RunOnConsole(string[] args, string tool, Func<CommandConsole, RootCommand> build)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        var console = new CommandConsole(stdin, stdout, Console.Error, StderrIsTerminal: !Console.IsErrorRedirected, HandleSignals: true);
        return Run(args, console, tool, build);
    }

    /// <summary>
    /// Runs the command line of the tool <paramref name="tool"/> (<c>quotex</c>, or <c>quotex-cluster</c>, which
    /// shares its handling of errors, signals and exit codes), whose commands <paramref name="build"/> makes.
    /// </summary>
    public static int Run(string[] args, CommandConsole console, string tool, Func<CommandConsole, RootCommand> build)
    {
        using var output = new StreamWriter(console.Stdout, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        var root = build(console);
        ParseResult parsed;
        try
        {
            // No response files: '@FILE' is a manifest of inputs, read by extract itself.
            parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        }
#pragma warning disable CA1031 // No argument may end in a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(console.Stderr, tool, e.Message, args);
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Stderr.WriteLine($"{tool}: {error.Message.ReplaceLineEndings(" ").Replace('\t', ' ')}");
            }

            return Fail(console.Stderr, tool, null, args);
        }

        try
        {
            var invocation = new InvocationConfiguration
            {
                Output = output,
                Error = console.Stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = console.HandleSignals ? TimeSpan.FromSeconds(10) : null,
            };
            return parsed.InvokeAsync(invocation).GetAwaiter().GetResult();
        }
        catch (UsageException e)
        {
            return Fail(console.Stderr, tool, e.Message, args);
        }
        catch (OperationCanceledException)
        {
            console.Stderr.WriteLine($"{tool}: interrupted");
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The last line of defence: a message and a documented code, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Stderr.WriteLine($"{tool}: internal error ({e.GetType().Name}: {e.Message}); please report it with the command line and input");
            return ExitCodes.InternalError;
        }
    }

    private static int Fail(TextWriter stderr, string tool, string? message, string[] args)
    {
        if (message is not null)
        {
            stderr.WriteLine($"{tool}: {message}");
        }

        string command = args.Length > 0 && args[0] is "extract" or "eval" or "silo" or "run" ? $"{tool} {args[0]} --help" : $"{tool} --help";
        stderr.WriteLine($"run '{command}' for usage");
        return ExitCodes.Usage;
    }

    private static RootCommand Build(CommandConsole console)
    {
        var root = new RootCommand("quotex: find the quotes in news articles and who said them.\n\n" + ExitCodeHelp);
        root.Add(ExtractOptions.Command(console));
        root.Add(EvalOptions.Command(console));
        return root;
    }

    public const string ExitCodeHelp = """
        Exit codes: 0 every input processed (with --keep-going: also when some are error records); 1 output
        written, but some inputs are error records; 2 bad command line, nothing processed; 3 output not
        writable (missing folder, read-only, disk full, output is an input), nothing left under its name;
        4 internal error; 130 interrupted (Ctrl-C, SIGTERM), nothing left under the output's name.
        """;

    /// <summary>Names of the values of an enum as the command line writes them: lower case.</summary>
    public static Dictionary<string, T> Names<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>
    /// An option taking one of the names of an enum's values, in lower case (<c>--mode rules</c>), case-sensitive.
    /// The names come from the enum, so a new value (a new extraction mode) is accepted without a change here.
    /// Read it with <see cref="GetEnum{T}"/>.
    /// </summary>
    public static Option<string> EnumOption<T>(string name, string description, T defaultValue)
        where T : struct, Enum
    {
        var names = Names<T>();
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join("|", names.Keys),
            DefaultValueFactory = _ => defaultValue.ToString().ToLowerInvariant(),
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
            {
                return;
            }

            var token = result.Tokens[^1].Value;
            if (!names.ContainsKey(token))
            {
                result.AddError($"{name} must be {string.Join(", ", names.Keys.SkipLast(1))} or {names.Keys.Last()}, not '{token}'");
            }
        });
        return option;
    }

    /// <summary>The values of <c>--language</c>: ISO 639-1 codes, and auto.</summary>
    private static readonly Dictionary<string, TextLanguage> LanguageCodes = new(StringComparer.Ordinal)
    {
        ["auto"] = TextLanguage.Auto, ["en"] = TextLanguage.English, ["de"] = TextLanguage.German, ["fr"] = TextLanguage.French,
    };

    /// <summary><c>--language auto|en|de|fr</c>; read it with <see cref="GetLanguage"/>.</summary>
    public static Option<string> LanguageOption(string description)
    {
        var option = new Option<string>("--language")
        {
            Description = description, HelpName = string.Join("|", LanguageCodes.Keys), DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong([.. LanguageCodes.Keys]);
        return option;
    }

    /// <summary>The language named by <see cref="LanguageOption"/>.</summary>
    public static TextLanguage GetLanguage(ParseResult parsed, Option<string> option) => LanguageCodes[parsed.GetValue(option)!];

    /// <summary>The enum value named by an option made by <see cref="EnumOption{T}"/>.</summary>
    public static T GetEnum<T>(ParseResult parsed, Option<string> option)
        where T : struct, Enum => Names<T>()[parsed.GetValue(option)!];

    /// <summary>Rejects a positional argument that looks like an option (System.CommandLine would take it for a file).</summary>
    public static void RejectUnknownOptions(Argument argument) => argument.Validators.Add(result =>
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && !char.IsDigit(token.Value[1]))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        }
    });

    /// <summary>Reads a byte count: a number with an optional K, M or G suffix (powers of 1024).</summary>
    public static long? ParseBytes(string value)
    {
        long multiplier = 1;
        var digits = value.AsSpan().Trim();
        if (digits.Length > 0 && char.ToUpperInvariant(digits[^1]) is 'K' or 'M' or 'G')
        {
            multiplier = char.ToUpperInvariant(digits[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            digits = digits[..^1];
        }

        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 && n <= long.MaxValue / multiplier ? n * multiplier : null;
    }
}

/// <summary>A wrong command line; its message says what is wrong.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Standard streams of one run and what they are connected to.</summary>
internal sealed record CommandConsole(Stream Stdin, Stream Stdout, TextWriter Stderr, bool StderrIsTerminal, bool HandleSignals);
