using System.Collections.Immutable;
using QuoteExtraction.Attribution.Sieves;

namespace QuoteExtraction.Attribution;

/// <summary>
/// The attribution sieves in the order they run, most reliable first: the first that finds a speaker
/// for a quote decides it. A quote's own cue comes before what its neighbours tell; the split-quote
/// sieve comes after every sieve that reads a quote's own cue and before those that read its sentence.
/// </summary>
internal static class SieveOrder
{
    /// <summary>The sieves, in order.</summary>
    public static ImmutableArray<IAttributionSieve> All { get; } =
    [
        // "PENCE: …": a transcript turn names its speaker.
        new TranscriptLabelSieve(),

        // "According to X, … “…”", "Rush Limbaugh: … ‘…’": a sentence that opens with its source.
        new OpeningSourceSieve(),

        // "“…,” X said", "“…,” said X", "“…,” according to X", "“…” — X".
        new AfterQuoteCueSieve(),

        // "X said: “…”", "X told reporters “…”", a lead-in that ends the previous paragraph.
        new BeforeQuoteCueSieve(),

        // "X: “…”".
        new ColonLeadSieve(),

        // "« … » C'est ce qu'a déclaré X.", "“…” That is what X said.": the next sentence takes up the words.
        new NextSentenceCueSieve(),

        // "…, Schiff said. “…”".
        new PreviousSentenceCueSieve(),

        // "“A,” he said. “B.”": the second part takes the first part's speaker.
        new SplitQuoteSieve(),

        // A speech verb, source marker or speech noun elsewhere in the quote's sentence.
        new InSentenceCueSieve(),

        // "X paid tribute to her staff: “…”": the subject of the clause the colon ends.
        new ColonSubjectSieve(),

        // "X accused the chiefs of lying." / "“…”": a quote paragraph gives the words just reported.
        new ReportedSpeakerSieve(),

        // "“…,” an angry Jane Doe went on.": a speaker and a verb no list holds, right after the quote.
        new QuoteSpeakerVerbSieve(),

        // "— X (@x) May 2, 2024" / "(“…”)": a quote paragraph right after an embedded post's signature.
        new PostSignatureSieve(),

        // A quote with no cue continues the previous quote's speaker.
        new FloatingQuoteSieve(),

        // A fragment is the words of whoever opens its sentence.
        new SentenceOpenerSieve(),

        // A quote after a sentence opened by a person is that person's.
        new PreviousSentenceSubjectSieve(),
    ];

    /// <summary>
    /// The sieves that read the attributions of the quotes after a quote as well as before it: they run once
    /// every quote has passed <see cref="All"/>, on the quotes still without a speaker, in text order.
    /// </summary>
    public static ImmutableArray<IAttributionSieve> AfterAll { get; } =
    [
        // A heading or pull-quote repeats words that another quote of the article gives in full.
        new EchoedQuoteSieve(),

        // "“…” Then he gave in “…”, his lawyer replied.": the source named once, after the paragraph's last quote.
        new NextQuoteSpeakerSieve(),
    ];
}
