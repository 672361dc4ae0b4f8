using System.CommandLine;
using System.Net;
using QuoteExtract.Cli;

namespace QuoteExtract.Cluster;

/// <summary>The command line of <c>quotex-cluster silo</c> and <c>quotex-cluster run</c>.</summary>
internal static class ClusterCommandLine
{
    /// <summary>The root command of <c>quotex-cluster</c>: <c>silo</c> and <c>run</c>.</summary>
    public static RootCommand Root(CommandConsole console)
    {
        var root = new RootCommand("quotex-cluster: run quotex extraction on a Microsoft Orleans cluster. 'silo' starts a silo, 'run' submits a job of shards (the part files of 'quotex extract --shard').");
        root.Add(Silo(console));
        root.Add(Run(console));
        return root;
    }

    private static Command Silo(CommandConsole console)
    {
        var (membership, connection, invariant, clusterId) = MembershipOptions();
        var siloPort = Port("--silo-port", "The port silos talk to each other on.", 11111);
        var gatewayPort = Port("--gateway-port", "The port clients (quotex-cluster run) connect to.", 30000);
        var primaryPort = Port("--primary-port", "Localhost membership: the silo port of the first silo, which holds the membership (give it to every other silo).", 11111);
        var advertise = new Option<string>("--advertise") { Description = "Redis and ADO.NET membership: the address other silos reach this one at.", HelpName = "ADDRESS", DefaultValueFactory = _ => "127.0.0.1" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents of one shard extracted in parallel.", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("silo", "Start a silo: its grains process shards of jobs submitted with 'quotex-cluster run', each as 'quotex extract --shard K/N --output-dir DIR' does. Runs until Ctrl-C or SIGTERM.")
        {
            membership, connection, invariant, clusterId, siloPort, gatewayPort, primaryPort, advertise, jobs,
        };
        command.SetAction((parsed, cancellation) =>
        {
            if (!IPAddress.TryParse(parsed.GetValue(advertise), out var address))
            {
                throw new UsageException($"--advertise must be an IP address, not '{parsed.GetValue(advertise)}'");
            }

            var settings = new SiloSettings(
                Membership(parsed, membership, connection, invariant, clusterId),
                parsed.GetValue(siloPort), parsed.GetValue(gatewayPort), parsed.GetValue(primaryPort), address, Math.Clamp(parsed.GetValue(jobs), 1, 1024));
            return ClusterCommand.RunSiloAsync(settings, console.Stderr, cancellation);
        });
        return command;
    }

    private static Command Run(CommandConsole console)
    {
        var (membership, connection, invariant, clusterId) = MembershipOptions();
        var inputs = new Option<string>("--inputs") { Description = "The manifest: a file listing the inputs, one a line, as in 'quotex extract --inputs @MANIFEST'. Every silo must see it and the files it names at the same paths.", HelpName = "@MANIFEST", Required = true };
        var outputDirectory = new Option<string>("--output-dir") { Description = "The folder of the part files DIR/part-K-of-N.jsonl, as every silo sees it; parts that exist are skipped.", HelpName = "DIR", Required = true };
        var shards = new Option<int?>("--shards") { Description = "The number of shards N (default: one per input the manifest expands to).", HelpName = "N" };
        var gateways = new Option<int[]>("--gateway-port") { Description = "Localhost membership: gateway ports of silos to connect to.", HelpName = "PORT", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [30000] };
        var jobId = new Option<string>("--job-id") { Description = "Names the job's grains (default: a new id).", HelpName = "ID", DefaultValueFactory = _ => Guid.NewGuid().ToString("N")[..12] };
        var concurrency = new Option<int>("--concurrency") { Description = "Shards processed at the same time across the cluster.", HelpName = "N", DefaultValueFactory = _ => 8 };
        var timeout = new Option<int>("--shard-timeout") { Description = "Seconds to wait for one shard before it is handed out again (its part is never written twice).", HelpName = "SECONDS", DefaultValueFactory = _ => 3600 };
        var noIndirect = new Option<bool>("--no-indirect") { Description = "Report direct quotes only." };
        var mode = CommandLine.EnumOption("--mode", "rules, hybrid or neural, as in 'quotex extract'.", QuoteExtractorOptions.Default.Mode);
        var minSilos = new Option<int>("--min-silos") { Description = "Wait until this many silos are active before handing out shards (at most --shard-timeout seconds), so a job started with its cluster spreads over all of it.", HelpName = "N", DefaultValueFactory = _ => 1 };
        var command = new Command("run", "Submit a job to the cluster: every shard of the manifest processed once, as shard mode does, and the shards of a silo that dies done again by the others. Shows each shard as it finishes.\n\nExit codes: 0 every shard's part file written (or found); 1 some shards not done; 2 bad command line.")
        {
            membership, connection, invariant, clusterId, inputs, outputDirectory, shards, gateways, jobId, concurrency, timeout, noIndirect, mode, minSilos,
        };
        command.SetAction((parsed, cancellation) =>
        {
            var settings = new RunSettings(
                Membership(parsed, membership, connection, invariant, clusterId),
                parsed.GetValue(inputs)!.TrimStart('@'),
                parsed.GetValue(outputDirectory)!,
                parsed.GetValue(shards) is { } n ? Math.Max(1, n) : null,
                parsed.GetValue(gateways) ?? [30000],
                parsed.GetValue(jobId)!,
                Math.Max(1, parsed.GetValue(concurrency)),
                TimeSpan.FromSeconds(Math.Max(1, parsed.GetValue(timeout))),
                parsed.GetValue(mode)!,
                !parsed.GetValue(noIndirect),
                Math.Max(1, parsed.GetValue(minSilos)));
            return ClusterCommand.RunJobAsync(settings, console.Stderr, cancellation);
        });
        return command;
    }

    private static (Option<string> Membership, Option<string?> Connection, Option<string> Invariant, Option<string> ClusterId) MembershipOptions() => (
        CommandLine.EnumOption("--membership", "How silos find each other: localhost (one machine, the default), redis or adonet (a shared table, for a real cluster).", MembershipKind.Localhost),
        new Option<string?>("--connection-string") { Description = "Redis or ADO.NET membership: the connection string of the membership store.", HelpName = "STRING" },
        new Option<string>("--invariant") { Description = "ADO.NET membership: the provider (Npgsql for PostgreSQL).", HelpName = "NAME", DefaultValueFactory = _ => "Npgsql" },
        new Option<string>("--cluster-id") { Description = "The cluster's name; silos and jobs of one cluster give the same.", HelpName = "ID", DefaultValueFactory = _ => "quotex" });

    private static ClusterMembership Membership(ParseResult parsed, Option<string> kind, Option<string?> connection, Option<string> invariant, Option<string> clusterId) =>
        new(CommandLine.GetEnum<MembershipKind>(parsed, kind), parsed.GetValue(connection), parsed.GetValue(invariant)!, parsed.GetValue(clusterId)!);

    private static Option<int> Port(string name, string description, int value)
    {
        var option = new Option<int>(name) { Description = description, HelpName = "PORT", DefaultValueFactory = _ => value };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError($"{name} must be a port from 1 to 65535");
            }
        });
        return option;
    }
}
