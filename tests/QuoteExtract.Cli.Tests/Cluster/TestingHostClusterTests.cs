using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using QuoteExtract.Cluster;
using QuoteExtract.Orleans;

namespace QuoteExtract.Cli.Tests;

/// <summary>The Orleans shard grains on an in-process cluster of two silos (Orleans TestingHost).</summary>
[Category("Cluster")]
public sealed class TestingHostClusterTests : TempFolderTest
{
    private const int Files = 6;
    private const int DocumentsPerFile = 300;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Test]
    public async Task ShardCoordinator_TwoSilos_EveryRecordOnceAndARerunSkipsEveryPart()
    {
        var manifest = ClusterCorpus.Write(Folder, Files, DocumentsPerFile);
        var parts = Path.Combine(Folder, "parts");
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<ShardModeSilo>();
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync().WaitAsync(Limit);
            var coordinator = new ShardCoordinator(cluster.Client) { Concurrency = 4 };
            var job = new ShardJob(manifest, parts, 0, Files, "rules", IncludeIndirect: true);

            var outcomes = await coordinator.RunAsync("first", job).WaitAsync(Limit);

            outcomes.Should().HaveCount(Files).And.OnlyContain(o => o.Succeeded && !o.Skipped);
            outcomes.Sum(o => o.Records).Should().Be(Files * DocumentsPerFile);
            TestContext.Out.WriteLine($"shards per silo: {string.Join(", ", outcomes.GroupBy(o => o.Silo).Select(g => $"{g.Key}: {g.Count()}"))}");
            ClusterCorpus.ShouldHoldEveryRecordOnce(parts, Files, Files, DocumentsPerFile);

            var before = Directory.GetFiles(parts).ToDictionary(f => f, File.ReadAllBytes);
            var again = await coordinator.RunAsync("second", job).WaitAsync(Limit);
            again.Should().OnlyContain(o => o.Succeeded && o.Skipped && o.Records == 0, "a part that exists is never written again");
            Directory.GetFiles(parts).Should().BeEquivalentTo(before.Keys);
            foreach (var (path, bytes) in before)
            {
                File.ReadAllBytes(path).Should().Equal(bytes);
            }
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private sealed class ShardModeSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSingleton<IShardProcessor>(new ShardModeProcessor(1, TextWriter.Null));
    }
}
