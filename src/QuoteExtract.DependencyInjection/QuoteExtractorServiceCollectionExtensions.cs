using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace QuoteExtract;

/// <summary>Registers QuoteExtract with <see cref="IServiceCollection"/>.</summary>
public static class QuoteExtractorServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="QuoteExtractor"/> as a singleton (it is immutable and thread-safe), built with the
    /// options <paramref name="configure"/> derives from <see cref="QuoteExtractorOptions.Default"/>, such as
    /// <c>o =&gt; o with { Mode = ExtractionMode.Hybrid }</c>. The options are checked when the extractor is first
    /// resolved. A second call does not replace an extractor already registered.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddQuoteExtractor(
        this IServiceCollection services, Func<QuoteExtractorOptions, QuoteExtractorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => new QuoteExtractor(configure is null ? QuoteExtractorOptions.Default : configure(QuoteExtractorOptions.Default)));
        return services;
    }
}
