using Microsoft.Extensions.DependencyInjection;

namespace QuoteExtraction.Tests.DependencyInjection;

/// <summary><c>services.AddQuoteExtractor(...)</c> from the QuoteExtractor.DependencyInjection package.</summary>
public class ServiceCollectionTests
{
    private const string Article = "“We will not raise taxes,” Prime Minister Jane Smith said on Tuesday.";

    [Fact]
    public void AddQuoteExtractor_registers_one_shared_extractor_with_the_default_settings()
    {
        using var provider = new ServiceCollection().AddQuoteExtractor().BuildServiceProvider();

        var extractor = provider.GetRequiredService<QuoteExtractor>();
        provider.GetRequiredService<QuoteExtractor>().Should().BeSameAs(extractor);
        using (var scope = provider.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<QuoteExtractor>().Should().BeSameAs(extractor);
        }

        extractor.Options.Should().Be(QuoteExtractorOptions.Default);
        var quote = extractor.ExtractQuotes(Article).Should().ContainSingle().Subject;
        quote.Text.Should().Be("We will not raise taxes,");
        quote.Speaker!.Name.Should().Be("Jane Smith");
    }

    [Fact]
    public void AddQuoteExtractor_with_options_uses_them_and_the_last_call_wins()
    {
        var french = new QuoteExtractorOptions { Language = Language.French };
        var services = new ServiceCollection()
            .AddQuoteExtractor(new QuoteExtractorOptions { IncludeNonSpeech = true })
            .AddQuoteExtractor(french);

        services.Count(d => d.ServiceType == typeof(QuoteExtractor)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<QuoteExtractor>().Options.Should().BeSameAs(french);
    }

    [Fact]
    public void Settings_out_of_range_are_refused_when_registered_not_when_first_used()
    {
        var services = new ServiceCollection();
        var register = () => services.AddQuoteExtractor(new QuoteExtractorOptions { MinimumConfidence = 2 });
        register.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MinimumConfidence");
        services.Should().BeEmpty();
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var noServices = () => QuoteExtractorServiceCollectionExtensions.AddQuoteExtractor(null!);
        noServices.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("services");

        var noOptions = () => new ServiceCollection().AddQuoteExtractor(null!);
        noOptions.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("options");
    }
}
