using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>One construction of reported speech, with its rule: finds it in a sentence, or nothing.</summary>
internal interface IReportedPattern
{
    /// <summary>
    /// The classes that a cue of the sentence (<see cref="AttributionContext.IsCue"/>) must have for this pattern to find
    /// anything there; <see cref="WordClass.None"/> when it needs no cue.
    /// </summary>
    WordClass CueClasses { get; }

    /// <summary>
    /// The reported speech that <paramref name="sentence"/> holds in this pattern's construction, or null; <paramref name="cues"/>
    /// are the tokens of the sentence that the patterns start from.
    /// </summary>
    ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues);
}
