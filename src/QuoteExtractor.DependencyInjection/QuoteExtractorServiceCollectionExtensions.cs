using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteExtraction;

// The namespace of IServiceCollection, so that AddQuoteExtractor is found where the other Add* methods are.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a <see cref="QuoteExtractor"/> with a service collection.</summary>
public static class QuoteExtractorServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="QuoteExtractor"/> with <see cref="QuoteExtractorOptions.Default"/>, shared
    /// by the whole application (an extractor is immutable and thread-safe).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="services"/> is null.</exception>
    public static IServiceCollection AddQuoteExtractor(this IServiceCollection services) =>
        services.AddQuoteExtractor(QuoteExtractorOptions.Default);

    /// <summary>
    /// Registers one <see cref="QuoteExtractor"/> with the given settings, shared by the whole
    /// application (an extractor is immutable and thread-safe). Called again, it replaces the
    /// extractor registered before: the last settings win.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The extractor's settings; they are checked now.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="services"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range.</exception>
    public static IServiceCollection AddQuoteExtractor(this IServiceCollection services, QuoteExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        var extractor = new QuoteExtractor(options);
        services.RemoveAll<QuoteExtractor>();
        services.AddSingleton(extractor);
        return services;
    }
}
