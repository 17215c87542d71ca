namespace QuoteExtraction.Attribution;

/// <summary>
/// One pattern by which a quote gets its speaker: the name a user sees in <see cref="Quote.Rule"/>, how
/// sure it is, and an example. A name may have several rows when its pattern has variants of different
/// reliability (<c>quote-speaker-cue</c> right after the quote, after an apposition, or in the next sentence).
/// </summary>
/// <param name="Name">The public name, in <see cref="Quote.Rule"/>.</param>
/// <param name="Confidence">
/// The attribution's confidence, lowered by the sieve for a pronoun; for a rule that passes on another
/// quote's attribution, how much of that attribution's confidence it keeps (see the rule's sieve).
/// </param>
/// <param name="Example">A sentence the rule attributes, the cue and speaker as the rule finds them.</param>
internal sealed record AttributionRule(string Name, double Confidence, string Example);

/// <summary>
/// Every attribution rule, the one place their names and confidences are written. <see cref="SieveOrder"/>
/// says in which order the sieves that apply them run.
/// </summary>
internal static class AttributionRules
{
    /// <summary>A transcript turn opens with its speaker's label in capitals.</summary>
    public static readonly AttributionRule TranscriptLabel = new("transcript-label", 0.85, "\"PENCE: We will win this election.\"");

    /// <summary>A sentence that opens with a source marker: the source speaks every quote of the sentence.</summary>
    public static readonly AttributionRule SourceOpensSentence = new("according-to", 0.85, "According to Yahoo News, Clinton spokesman Jesse Lehrich called it “a disgrace.”");

    /// <summary>A sentence that opens with the person whose view it gives.</summary>
    public static readonly AttributionRule OpinionOpensSentence = new("according-to", 0.8, "Pour l'analyste Thomas Berthier, ce sommet est « une occasion manquée ».");

    /// <summary>A speech verb opens the sentence, inverted before its speaker and the quote.</summary>
    public static readonly AttributionRule CueOpensSentence = new("cue-speaker-quote", 0.85, "Said Jane Doe, who watched the count, “It is over.”");

    /// <summary>A name and a colon before the quote, or opening its sentence.</summary>
    public static readonly AttributionRule ColonLead = new("colon-lead", 0.8, "Rush Limbaugh: Hillary Campaign ‘Reeks of Fear.’");

    /// <summary>A topic and a colon open the headline or lead: the subject after the colon speaks.</summary>
    public static readonly AttributionRule TopicColonSubject = new("colon-lead", 0.7, "Repeal of the tax: Mayor Jane Doe ‘deeply shocked’ by the vote");

    /// <summary>A headline's quoted words are those of the name that opens it.</summary>
    public static readonly AttributionRule HeadlineSubject = new("headline-subject", 0.6, "Obama Sees ‘Personal Insult’ in Vote");

    /// <summary>A dash and the speaker after the quote, or a quote paragraph signed on the next line.</summary>
    public static readonly AttributionRule QuoteDashSpeaker = new("quote-dash-speaker", 0.8, "“We will not back down.” ― Bernie Sanders");

    /// <summary>A heading quote, a colon and its source.</summary>
    public static readonly AttributionRule HeadingSource = new("quote-colon-speaker", 0.75, "‘I thought I was dying’: robbery victim Jane Doe speaks out");

    /// <summary>After the quote, the speech verb inverted with its speaker.</summary>
    public static readonly AttributionRule QuoteCueSpeaker = new("quote-cue-speaker", 0.95, "“It is over,” said Mark Smith.");

    /// <summary>After the quote, a source marker and the source.</summary>
    public static readonly AttributionRule SourceAfterQuote = new("according-to", 0.9, "“It is over,” according to Mayor Jane Doe.");

    /// <summary>After the quote, the speaker and the speech verb.</summary>
    public static readonly AttributionRule QuoteSpeakerCue = new("quote-speaker-cue", 0.95, "“It is over,” Mayor Jane Doe said.");

    /// <summary>After the quote, its speaker and speech verb, then a source marker that names where the writer has the words from.</summary>
    public static readonly AttributionRule RelayingSourceAfterQuote = new("according-to", 0.85, "“It is over,” Mayor Jane Doe said on Monday, according to the Daily Courier.");

    /// <summary>After the quote, the speaker, an apposition or relative clause, and the speech verb.</summary>
    public static readonly AttributionRule QuoteSpeakerAppositionCue = new("quote-speaker-cue", 0.9, "“It is over,” Jane Doe, who watched the count, said.");

    /// <summary>After a quote that ends its sentence, a short sentence that only says who spoke.</summary>
    public static readonly AttributionRule QuoteThenSpeakerCueSentence = new("quote-speaker-cue", 0.85, "“Nothing is missing.” Trump said.");

    /// <summary>The speaker and the speech verb right before the quote.</summary>
    public static readonly AttributionRule SpeakerCueQuote = new("speaker-cue-quote", 0.9, "Mayor Jane Doe told reporters: “It is over.”");

    /// <summary>A source marker and the source right before the quote.</summary>
    public static readonly AttributionRule SourceBeforeQuote = new("according-to", 0.9, "The result is clear, according to Mayor Jane Doe: “We lost.”");

    /// <summary>A paragraph that ends with its speaker, a speech verb and a colon, before a quote paragraph.</summary>
    public static readonly AttributionRule LeadIn = new("lead-in", 0.85, "Mayor Jane Doe said:\n\n“It is over.”");

    /// <summary>A paragraph that ends with a speech noun and a colon, before a quote paragraph: the sentence's subject speaks.</summary>
    public static readonly AttributionRule SpeechNounLeadIn = new("lead-in", 0.75, "Sanders made the following comment:\n\n“The system is rigged.”");

    /// <summary>A speech noun and a colon right before the quote: the sentence's subject speaks.</summary>
    public static readonly AttributionRule SpeechNounBeforeQuote = new("speech-noun", 0.75, "Sanders made the following comment: “The system is rigged.”");

    /// <summary>A quote right after a sentence that ends with its speaker and a speech verb.</summary>
    public static readonly AttributionRule PreviousSentenceCue = new("previous-sentence-cue", 0.75, "The plan has stalled, Schiff said. “The other factor is time.”");

    /// <summary>The sentence after the quote takes up its words before the speech verb and its speaker.</summary>
    public static readonly AttributionRule NextSentenceCue = new("next-sentence-cue", 0.8, "“We will reopen the bridge in May.” That is what Mayor Jane Doe said on Monday.");

    /// <summary>The second part of a quote that the writer interrupted takes the first part's speaker, a little less surely.</summary>
    public static readonly AttributionRule SplitQuote = new("split-quote", 0.98, "“It is over,” the mayor said late on Monday night. “We lost.”");

    /// <summary>A speech verb before the quote, in its sentence, with its subject.</summary>
    public static readonly AttributionRule SentenceCueBefore = new("sentence-cue", 0.75, "Trump said on Monday that the trade deal signed last year was “a disaster” for workers.");

    /// <summary>A speech verb after the quote, in its sentence, with its subject.</summary>
    public static readonly AttributionRule SentenceCueAfter = new("sentence-cue", 0.7, "The deal is “a disaster” for workers, Trump told a rally on Monday.");

    /// <summary>A source marker elsewhere in the quote's sentence.</summary>
    public static readonly AttributionRule SourceInSentence = new("according-to", 0.85, "The deal was “a disaster” for workers, according to Trump.");

    /// <summary>A speech noun with its owner right before it, in the quote's sentence.</summary>
    public static readonly AttributionRule SpeechNounInSentence = new("speech-noun", 0.6, "Russia made demands to “guarantee its security.”");

    /// <summary>A speech verb with no subject of its own, in the quote's sentence: the sentence's subject speaks.</summary>
    public static readonly AttributionRule SentenceSubject = new("sentence-subject", 0.65, "Senator Jane Doe and her staff, after a long day of hearings, insisted on “a full inquiry.”");

    /// <summary>A quote right after the colon that ends a clause with no speech verb: the clause's subject, a person, speaks.</summary>
    public static readonly AttributionRule ColonSubject = new("colon-subject", 0.6, "Mayor Jane Doe, after the vote, paid tribute to her staff: “They never gave up.”");

    /// <summary>A quote paragraph after a paragraph whose last sentence reports its subject's words without quoting them.</summary>
    public static readonly AttributionRule ReportedSpeaker = new("reported-speaker", 0.7, "Mayor Jane Doe accused the council of lying.\n\n“They knew it all along.”");

    /// <summary>A quote in a sentence that names nobody, right after a sentence of its paragraph that reports its subject's words.</summary>
    public static readonly AttributionRule ReportedSpeakerInParagraph = new("reported-speaker", 0.65, "Mayor Jane Doe said timing mattered. And “the vote came too late.”");

    /// <summary>After a quote left open by a comma or a question mark, a speaker and a verb that no list holds, closing the clause.</summary>
    public static readonly AttributionRule QuoteSpeakerVerb = new("quote-speaker-verb", 0.7, "“It is over,” an angry Jane Doe went on.");

    /// <summary>A quote paragraph with no cue right after an embedded post's signature: the post's words go on, or are translated.</summary>
    public static readonly AttributionRule PostSignature = new("post-signature", 0.7, "“We won.”\n\n— Jane Doe (@janedoe) May 2, 2024\n\n(“Nous avons gagné.”)");

    /// <summary>A quote with no cue continues the previous quote's speaker, at most this surely, when nobody else is named in between.</summary>
    public static readonly AttributionRule FloatingQuote = new("floating-quote", 0.7, "“It is over,” the mayor said.\n\n“We lost.”");

    /// <summary>A fragment in a sentence with no speech verb is the words of the person or body that opens the sentence.</summary>
    public static readonly AttributionRule SentenceOpener = new("sentence-opener", 0.55, "Fiorina routinely casts herself as a “change warrior.”");

    /// <summary>A quote after a sentence opened by a person, in the same paragraph, is that person's.</summary>
    public static readonly AttributionRule PreviousSentenceSubject = new("previous-sentence-subject", 0.55, "Sen. Bernie Sanders named it as one reason. “The younger people are angry.”");

    /// <summary>A quote without a cue whose words another quote holds, in a headline, heading or pull-quote, is that quote's speaker's.</summary>
    public static readonly AttributionRule EchoedQuote = new("echoed-quote", 0.6, "Repeal of the tax: ‘We have had enough’\n\n“We have had enough of waiting,” Jane Doe said.");

    /// <summary>A quote with no cue takes, at most this surely, the speaker of the next quote of its paragraph when nobody else is named in between.</summary>
    public static readonly AttributionRule NextQuoteSpeaker = new("next-quote-speaker", 0.6, "Why wait? “The damage was done.” Then came the deal, “a trap,” his lawyer Jane Doe replied.");

    /// <summary>Reported speech: a reporting verb and a complementizer that opens the content, the verb's subject speaking.</summary>
    public static readonly AttributionRule ReportedThat = new("reported-that", 0.8, "Mayor Jane Doe said that the bridge would reopen in May.");

    /// <summary>Reported speech: a source marker and its source open or close the sentence, the rest is what the source says.</summary>
    public static readonly AttributionRule ReportedAccordingTo = new("reported-according-to", 0.8, "According to Mayor Jane Doe, the bridge will reopen in May.");

    /// <summary>Reported speech: a comparison opens the sentence on a source and its reporting verb, whose comma the content follows.</summary>
    public static readonly AttributionRule ReportedComparison = new("reported-as", 0.75, "As Mayor Jane Doe noted, the bridge will reopen in May.");

    /// <summary>Reported speech: the content opens the sentence, a comma, the speaker and a reporting verb close it.</summary>
    public static readonly AttributionRule ReportedInverted = new("reported-inverted", 0.75, "The bridge will reopen in May, Mayor Jane Doe said.");

    /// <summary>Reported speech: the speaker and the verb, set off by commas, interrupt the reported words.</summary>
    public static readonly AttributionRule ReportedParenthetical = new("reported-parenthetical", 0.7, "The bridge, Mayor Jane Doe said, will reopen in May.");

    /// <summary>Reported speech: a reporting verb right before its content clause, with no complementizer.</summary>
    public static readonly AttributionRule ReportedBare = new("reported-bare", 0.7, "Mayor Jane Doe said the bridge would reopen in May.");

    /// <summary>Reported speech: a reporting verb, its addressee and a clause with no complementizer that a pronoun opens.</summary>
    public static readonly AttributionRule ReportedAddressee = new("reported-addressee", 0.7, "Mayor Jane Doe told reporters she would reopen the bridge in May.");

    /// <summary>Reported speech: a reporting verb whose subject is a plain noun phrase that names nobody, which speaks unnamed.</summary>
    public static readonly AttributionRule ReportedNounPhrase = new("reported-noun-phrase", 0.6, "Several engineers said that the bridge would reopen in May.");

    /// <summary>Reported speech: a speech verb, a short object and an infinitive, which is what the verb's subject says (or asks).</summary>
    public static readonly AttributionRule ReportedInfinitive = new("reported-infinitive", 0.7, "Mayor Jane Doe promised to reopen the bridge in May.");

    /// <summary>Reported speech: a speech verb and its object, which is what the verb's subject says about.</summary>
    public static readonly AttributionRule ReportedObject = new("reported-object", 0.6, "Mayor Jane Doe criticized the council for closing the bridge.");

    /// <summary>Every rule, in the order of the sieves that apply them, then the reported-speech patterns'.</summary>
    public static IReadOnlyList<AttributionRule> All { get; } =
    [
        TranscriptLabel, SourceOpensSentence, CueOpensSentence, OpinionOpensSentence, ColonLead, TopicColonSubject, HeadlineSubject, QuoteDashSpeaker, HeadingSource, QuoteCueSpeaker,
        SourceAfterQuote, RelayingSourceAfterQuote, QuoteSpeakerCue, QuoteSpeakerAppositionCue, QuoteThenSpeakerCueSentence, SpeakerCueQuote, SourceBeforeQuote,
        LeadIn, SpeechNounLeadIn, SpeechNounBeforeQuote, NextSentenceCue, PreviousSentenceCue, SplitQuote, SentenceCueBefore, SentenceCueAfter,
        SourceInSentence, SpeechNounInSentence, SentenceSubject, ColonSubject, ReportedSpeaker, ReportedSpeakerInParagraph, QuoteSpeakerVerb, PostSignature, FloatingQuote, SentenceOpener, PreviousSentenceSubject,
        EchoedQuote, NextQuoteSpeaker, ReportedThat, ReportedAccordingTo, ReportedComparison, ReportedInverted, ReportedParenthetical, ReportedBare, ReportedAddressee, ReportedNounPhrase, ReportedInfinitive, ReportedObject,
    ];
}
