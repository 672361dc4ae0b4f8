using System.Net;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using QuoteExtract.Cli;
using StackExchange.Redis;

namespace QuoteExtract.Cluster;

/// <summary>How silos and clients find each other: localhost (a first try on one machine), Redis, or ADO.NET (PostgreSQL by default).</summary>
internal enum MembershipKind
{
    Localhost,
    Redis,
    AdoNet,
}

/// <summary>The membership settings shared by <c>quotex-cluster silo</c> and <c>quotex-cluster run</c>.</summary>
internal sealed record ClusterMembership(MembershipKind Kind, string? ConnectionString, string Invariant, string ClusterId)
{
    public const string ServiceId = "quotex";

    public void Validate()
    {
        if (Kind != MembershipKind.Localhost && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new UsageException($"--membership {Kind.ToString().ToLowerInvariant()} needs --connection-string");
        }
    }

    public void ConfigureSilo(ISiloBuilder silo, int siloPort, int gatewayPort, int primaryPort, IPAddress advertise)
    {
        switch (Kind)
        {
            case MembershipKind.Localhost:
                silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, primaryPort), ServiceId, ClusterId);
                // One machine: a killed silo is declared dead after two missed probes of two seconds, not three of five.
                silo.Configure<ClusterMembershipOptions>(o =>
                {
                    o.ProbeTimeout = TimeSpan.FromSeconds(2);
                    o.NumMissedProbesLimit = 2;
                });
                return;
            case MembershipKind.Redis:
                silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(ConnectionString!));
                break;
            default:
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = Invariant;
                    o.ConnectionString = ConnectionString;
                });
                break;
        }

        silo.ConfigureEndpoints(advertise, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertise));
        silo.Configure<global::Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = ClusterId;
            o.ServiceId = ServiceId;
        });
    }

    public void ConfigureClient(IClientBuilder client, int[] gatewayPorts)
    {
        switch (Kind)
        {
            case MembershipKind.Localhost:
                client.UseLocalhostClustering(gatewayPorts, ServiceId, ClusterId);
                return;
            case MembershipKind.Redis:
                client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(ConnectionString!));
                break;
            default:
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = Invariant;
                    o.ConnectionString = ConnectionString;
                });
                break;
        }

        client.Configure<global::Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = ClusterId;
            o.ServiceId = ServiceId;
        });
    }
}
