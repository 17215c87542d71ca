using QuoteExtraction.Attribution;

namespace QuoteExtraction.Reported;

/// <summary>One construction of reported speech, with its rule: finds it in a sentence, or nothing.</summary>
internal interface IReportedPattern
{
    /// <summary>The reported speech that <paramref name="sentence"/> holds in this pattern's construction, or null.</summary>
    ReportedQuote? Find(AttributionContext context, Segment sentence);
}
