using System.Collections.Immutable;
using System.Runtime.InteropServices;
using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// Finds reported speech (<c>Jane Roe said that the talks would go on</c>, <c>Selon le ministre, …</c>): one pass over
/// the sentences, each read by the patterns of each construction, most reliable first, the first that finds a
/// construction deciding; the rest of the sentence after that construction's content is read the same way. A content clause that holds a quotation mark gives none: its quoted words are a quote
/// already, and the attribution around them is that quote's.
/// </summary>
internal sealed class ReportedSpeechFinder
{
    /// <summary>The fewest words a content clause has: fewer are rather an object (<c>said so</c>, <c>said nothing</c>).</summary>
    private const int MinContentWords = 3;

    /// <summary>The most tokens of an aside between a subject and its verb (<c>, who requested anonymity to discuss a private conversation,</c>).</summary>
    private const int MaxAsideTokens = 30;

    /// <summary>The most tokens of a phrase of time between a subject and its verb (<c>on Thursday evening</c>).</summary>
    private const int MaxAdjunctTokens = 3;

    /// <summary>The most tokens of a modifier between a subject and its verb (<c>familiar with the plans for the bridge</c>).</summary>
    private const int MaxModifierTokens = 8;

    /// <summary>The classes of the verbs that the patterns read (<see cref="IReportedPattern.CueClasses"/>).</summary>
    private const WordClass PatternVerbs = WordClass.ReportingVerb | WordClass.BareClauseVerb | WordClass.InfinitiveVerb | WordClass.ObjectVerb;

    /// <summary>The patterns, in the order they are tried on a sentence.</summary>
    private static readonly ImmutableArray<IReportedPattern> s_patterns =
        [new ComplementClausePattern(), new SourceMarkerPattern(), new ComparisonLeadPattern(), new InvertedCuePattern(), new ParentheticalCuePattern(), new BareClausePattern(), new AddresseeClausePattern(), new NounPhraseSubjectPattern(), new InfinitiveContentPattern(), new ObjectContentPattern()];

    /// <summary>Each pattern's <see cref="IReportedPattern.CueClasses"/>, read once rather than asked of each pattern at each sentence.</summary>
    private static readonly ImmutableArray<WordClass> s_cueClasses = [.. s_patterns.Select(pattern => pattern.CueClasses)];

    private readonly AttributionContext _context;
    private readonly List<ReportedQuote> _found = [];

    /// <summary>The cues of the sentence being read that have a class of <see cref="PatternVerbs"/> (<see cref="ReadCandidates"/>).</summary>
    private readonly List<int> _cues = [];

    /// <summary>The tokens of the sentence being read that may start a source marker (<see cref="ReadCandidates"/>).</summary>
    private readonly List<int> _sourceMarkers = [];

    /// <summary>The classes of <see cref="PatternVerbs"/> that <see cref="_cues"/> have, together.</summary>
    private WordClass _cueClasses;

    /// <summary>The classes of the cue candidates of the sentence being read, together.</summary>
    private WordClass _candidateClasses;
    private int _nextSentence;

    /// <summary>A finder over the sentences of <paramref name="context"/>'s document, from its first.</summary>
    public ReportedSpeechFinder(AttributionContext context) => _context = context;

    /// <summary>The reported speech found so far, in text order.</summary>
    public List<ReportedQuote> Found => _found;

    /// <summary>
    /// Reads the sentences not read yet that end at or before token <paramref name="end"/>: the attributor calls it before
    /// each quote, so that the pronouns of a sentence are resolved knowing the quotes before it, as a quote's are.
    /// </summary>
    public void ReadUpTo(int end)
    {
        var sentences = _context.Sentences;
        for (; _nextSentence < sentences.Count && sentences[_nextSentence].EndToken <= end; _nextSentence++)
        {
            var sentence = sentences[_nextSentence];
            ReadCandidates(sentence);
            if (!MayReport(sentence))
            {
                continue;
            }

            // "Jane Roe said that A, and Mark Smith said B": the clause after a construction's content may hold another.
            for (var rest = sentence; FirstFound(rest) is { } found;)
            {
                _found.Add(found);
                int next = NextClause(found.EndToken, rest.EndToken);
                if (next >= rest.EndToken)
                {
                    break;
                }

                rest = new Segment(TextSpan.FromBounds(_context.Tokens[next].Start, rest.Span.End), next, rest.EndToken - next);
                ReadCandidates(rest);
            }
        }
    }

    /// <summary>The construction that the first pattern to find one finds in <paramref name="sentence"/>, whose candidates <see cref="ReadCandidates"/> read, or null.</summary>
    private ReportedQuote? FirstFound(Segment sentence)
    {
        // A pattern whose verbs the sentence lacks cannot find anything there.
        var cues = new SentenceCues(CollectionsMarshal.AsSpan(_cues), CollectionsMarshal.AsSpan(_sourceMarkers));
        if (_cueClasses == WordClass.None && !SourceMarkerPattern.MayFind(_context, sentence, cues))
        {
            return null;
        }

        for (int p = 0; p < s_patterns.Length; p++)
        {
            if ((_cueClasses & s_cueClasses[p]) == s_cueClasses[p] && s_patterns[p].Find(_context, sentence, cues) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the cue candidates of <paramref name="sentence"/> once for the test and all the patterns: its cues
    /// (<see cref="AttributionContext.IsCue"/>) of <see cref="PatternVerbs"/>, the starts of its source markers, and their classes.
    /// </summary>
    private void ReadCandidates(Segment sentence)
    {
        _cues.Clear();
        _sourceMarkers.Clear();
        var cueClasses = WordClass.None;
        var candidateClasses = WordClass.None;
        var wordClasses = _context.Document.Classes;
        for (int v = _context.NextCueCandidate(sentence.FirstToken); v < sentence.EndToken; v = _context.NextCueCandidate(v + 1))
        {
            candidateClasses |= wordClasses[v];
            // A candidate with a marker's first word starts a whole marker (see AttributionContext.NextCueCandidate).
            if (wordClasses.Is(v, WordClass.SourceMarkerStart))
            {
                _sourceMarkers.Add(v);
            }

            if (wordClasses.Is(v, PatternVerbs) && _context.IsCue(v))
            {
                _cues.Add(v);
                cueClasses |= wordClasses[v] & PatternVerbs;
            }
        }

        _cueClasses = cueClasses;
        _candidateClasses = candidateClasses;
    }

    /// <summary>The first token of the clause after a content that ends at <paramref name="end"/>, past its punctuation and conjunction.</summary>
    private int NextClause(int end, int sentenceEnd)
    {
        while (end < sentenceEnd && (_context.Tokens[end].Kind == TokenKind.Punctuation || _context.IsConjunction(end)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/>, whose candidates <see cref="ReadCandidates"/> read, has a reporting verb (of a
    /// clause, an infinitive or an object) or a source marker outside quotations, or opens with an opinion marker, one of
    /// which every pattern needs.
    /// </summary>
    private bool MayReport(Segment sentence) =>
        SourceMarkerPattern.OpensWithSpeechOpinion(_context, sentence)
        || (_candidateClasses & (WordClass.ReportingVerb | WordClass.SourceMarkerStart | WordClass.InfinitiveVerb | WordClass.ObjectVerb)) != 0;

    /// <summary>
    /// The content of the tokens <c>[first, end)</c>, past the punctuation that ends it, or null when it holds a
    /// quotation mark or a quoted word, or has fewer than <see cref="MinContentWords"/> words.
    /// </summary>
    public static TextSpan? Content(AttributionContext context, int first, int end, int minWords = MinContentWords)
    {
        var tokens = context.Tokens;
        while (end > first && tokens[end - 1].Kind is TokenKind.Punctuation)
        {
            end--;
        }

        int words = 0;
        for (int k = first; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark || context.IsInsideQuote(k))
            {
                return null;
            }

            words += tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        return words >= minWords ? TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End) : null;
    }

    /// <summary>
    /// The end of the clause that starts at <paramref name="first"/> in <paramref name="sentence"/>: a semicolon, a comma
    /// before a conjunction, a subordinator, a main clause's speech verb or a source marker, whose source is another's
    /// (<c>…, and the downgrade …</c>, <c>…, although he …</c>, <c>…, said …</c>, <c>…, according to …</c>), a conjunction before
    /// a speech verb, maybe after its auxiliaries, that reports something else (<c>… but insisted …</c>, <c>… et a promis …</c>),
    /// or the sentence's end.
    /// </summary>
    public static int ClauseEnd(AttributionContext context, Segment sentence, int first)
    {
        var tokens = context.Tokens;
        for (int k = first; k < sentence.EndToken; k++)
        {
            // A mark ends the clause by its text, a word by its class: each token is read one way only.
            if (tokens[k].Kind == TokenKind.Punctuation
                ? context.IsText(k, ";")
                    || (context.IsText(k, ",") && (context.IsConjunction(k + 1) || context.IsListed(k + 1, WordClass.Subordinator) || IsMainVerb(context, sentence, k + 1)
                        || context.SourceMarkerLength(k + 1) > 0))
                : k + 1 < sentence.EndToken && context.IsConjunction(k) && context.SkipAuxiliaries(k + 1, forward: true) is var verb
                    && verb < sentence.EndToken && context.Is(verb, WordClass.SpeechVerb) && context.IsCue(verb))
            {
                return k;
            }
        }

        return sentence.EndToken;
    }

    /// <summary>
    /// The end of the phrase (an infinitive's, an object's) that starts at <paramref name="first"/>: its clause's end, or
    /// before a comma, a colon, a dash or a bracket, which set off what the writer adds (<c>to block the nominee, Judge
    /// Jane Roe, meaning …</c>), or before a conjunction that an auxiliary or a speech verb follows, which opens the
    /// subject's next verb phrase (<c>to reopen the bridge and has since …</c>).
    /// </summary>
    public static int PhraseEnd(AttributionContext context, Segment sentence, int first)
    {
        int end = ClauseEnd(context, sentence, first);
        for (int k = first; k < end; k++)
        {
            if (IsAsideMark(context, k) || context.IsText(k, ":") || context.IsText(k, "(")
                || (context.IsConjunction(k) && context.Is(k + 1, WordClass.CueAuxiliary | WordClass.SpeechVerb)))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// The first token after the verb at <paramref name="verb"/> and the particle that its list's <paramref name="tag"/> may
    /// require, one of its space-separated words (<c>on upon for</c> for <c>called on the council to …</c>); the token right
    /// after the verb when the tag names none; null when the required particle is not there.
    /// </summary>
    public static int? AfterParticle(AttributionContext context, int verb, int end, string? tag)
    {
        int next = verb + 1;
        if (string.IsNullOrEmpty(tag))
        {
            return next;
        }

        if (next >= end || context.Tokens[next].Kind != TokenKind.Word)
        {
            return null;
        }

        var word = context.Tokens[next].GetText(context.Text);
        foreach (var range in tag.AsSpan().Split(' '))
        {
            if (word.Equals(tag.AsSpan(range), StringComparison.OrdinalIgnoreCase))
            {
                return next + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The first token after the phrase of time that starts at <paramref name="k"/>, before <paramref name="end"/>: words of
    /// the language's <see cref="LanguageProfile.TimeWords"/>, maybe after a preposition, that a verb may take before the
    /// clause it reports (<c>said Wednesday night that</c>, <c>said on Friday he</c>, <c>announced earlier this week that</c>,
    /// <c>a affirmé lundi soir que</c>); <paramref name="k"/> itself when none starts there, or when the last word only
    /// modifies a noun or is a possessive, which opens the clause's subject (<c>said this plan …</c>, <c>said last year's budget …</c>).
    /// </summary>
    public static int PastTimePhrase(AttributionContext context, int k, int end)
    {
        int first = context.IsPreposition(k) ? k + 1 : k;
        int past = first;
        while (past < end && context.IsListed(past, WordClass.TimeWord))
        {
            past++;
        }

        return past > first && !context.Tokens[past - 1].Has(TokenFlags.Possessive)
            && context.Profile.TimeWords.TagOf(context.Tokens[past - 1].GetText(context.Text)) != LanguageProfile.TimeModifierTag
            ? past
            : k;
    }

    /// <summary>
    /// Whether a speech verb, maybe after its auxiliaries, opens the tokens from <paramref name="k"/>, right after a comma,
    /// and is no participle: the verb of the main clause whose subject a relative clause that reported words took up
    /// (<c>Jane Roe, who says the plan is dead, said …</c>, <c>Jean Roux, qui affirme que …, a indiqué …</c>).
    /// </summary>
    private static bool IsMainVerb(AttributionContext context, Segment sentence, int k)
    {
        int verb = context.SkipAuxiliaries(k, forward: true);
        return verb < sentence.EndToken && context.IsCue(verb) && !context.IsParticiple(verb);
    }

    /// <summary>Whether token <paramref name="k"/> is a pronoun written with its verb's contraction (<c>he's</c>, <c>they're</c>).</summary>
    public static bool IsContractedPronoun(AttributionContext context, int k)
    {
        var token = context.Tokens[k];
        return token.Clitic.Length > 0 && context.Profile.Pronouns.Contains(context.Text.AsSpan(token.Stem.Start, token.Stem.Length));
    }

    /// <summary>Whether the reporting verb at <paramref name="verb"/> carries <paramref name="tag"/> in the language's list (<see cref="LanguageProfile.QuestionTag"/>, …).</summary>
    public static bool HasReportingTag(AttributionContext context, int verb, string tag) =>
        context.Profile.ReportingVerbs.TagOf(context.Tokens[verb].GetText(context.Text)) == tag;

    /// <summary>
    /// The end of the content clause that starts at <paramref name="first"/> after the verb at <paramref name="verb"/>: its
    /// <see cref="ClauseEnd"/>, or, for a verb in a subordinate clause that opens <paramref name="sentence"/>, the first
    /// comma after the content's start, where the main clause begins (<c>While Jane Roe says the plan is sound, she …</c>);
    /// null when no comma ends that clause.
    /// </summary>
    public static int? ContentEnd(AttributionContext context, Segment sentence, int verb, int first)
    {
        int end = ClauseEnd(context, sentence, first);
        if (!InOpeningClause(context, sentence, verb))
        {
            return end;
        }

        for (int k = first; k < end; k++)
        {
            if (context.IsText(k, ","))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> is in a subordinate clause that opens <paramref name="sentence"/>, before
    /// any comma (<c>When aides insisted that …, the campaign …</c>): a clause it reports ends at that clause's comma
    /// (<see cref="ContentEnd"/>), and the other forms give none there.
    /// </summary>
    public static bool InOpeningClause(AttributionContext context, Segment sentence, int verb)
    {
        int opener = context.ClauseOpener(sentence);
        if (!context.IsListed(opener, WordClass.Subordinator))
        {
            return false;
        }

        for (int k = opener + 1; k < verb; k++)
        {
            if (context.IsText(k, ","))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> is passive (<c>is said to</c>, <c>was told that</c>): what it reports
    /// is someone else's words, whom the sentence does not name. A participle after the copula is progressive (<c>is saying</c>).
    /// </summary>
    public static bool IsPassive(AttributionContext context, int verb)
    {
        int before = verb - 1;
        while (before >= 0 && context.Is(before, WordClass.CueAuxiliary) && !IsPassiveAuxiliary(context, before))
        {
            before--;
        }

        return before >= 0 && IsPassiveAuxiliary(context, before) && !context.IsParticiple(verb);
    }

    /// <summary>Whether token <paramref name="k"/> is a form of "to be" that can make the participle after it passive (<c>was</c>, <c>were</c>, <c>été</c>).</summary>
    private static bool IsPassiveAuxiliary(AttributionContext context, int k) =>
        context.Is(k, WordClass.Copula) || context.IsListed(k, WordClass.PassiveAuxiliary);

    /// <summary>
    /// The subject of the reporting verb at <paramref name="verb"/>: the attributor's (<see cref="AttributionContext.SubjectBefore"/>),
    /// or, for a verb that a conjunction joins to an earlier one, the whole sentence's, also when the earlier verb reported
    /// a construction of its own and <paramref name="sentence"/> starts past it (<c>Jane Roe denies it and has said that …</c>,
    /// <c>Jane Roe said that the bridge would close and vowed to …</c>), also past one of the language's
    /// <see cref="LanguageProfile.ReportingAdverbs"/> before the verb (<c>Jane Roe has since said …</c>), or past a short
    /// modifier of the subject (<see cref="ModifiedSubject"/>).
    /// </summary>
    public static int? Subject(AttributionContext context, Segment sentence, int verb)
    {
        if (context.SubjectBefore(verb) is { } subject)
        {
            return subject;
        }

        // "Jane Roe has since said that …", "Jane Roe often says …": the adverb stands where an auxiliary would.
        int before = context.SkipAuxiliaries(verb - 1, forward: false);
        if (context.IsListed(before, WordClass.ReportingAdverb) && context.SubjectBefore(before) is { } adverbSubject)
        {
            return adverbSubject;
        }

        var whole = context.SentenceOf(verb);
        return before > whole.FirstToken && context.IsConjunction(before)
            ? context.SentenceSubject(whole, before)
            : SetOffSubject(context, sentence, verb) ?? SubjectBeforeAdjunct(context, sentence, before) ?? ModifiedSubject(context, whole, before);
    }

    /// <summary>
    /// The subject of <paramref name="sentence"/> when a short modifier of plain words follows it up to token
    /// <paramref name="last"/>, just before the verb (<c>An official familiar with the talks said …</c>, <c>The mayor
    /// herself said …</c>): null when a mark, a quotation, a cue, a conjunction, an auxiliary, an infinitive's marker or a
    /// word that opens a clause stands there, as the verb may then be another clause's or a verb's complement
    /// (<c>Jane Roe is likely to say …</c>, <c>Jane Roe may hold a lead in pledged delegates</c>), and when the subject is a
    /// possessor, whose noun, not itself, speaks (<c>Jane Roe's legal counsel on Monday said …</c>). A plural that names
    /// nobody speaks with its modifier, as its own phrase (<see cref="NounPhraseSubjectPattern"/>), and so does a capitalised
    /// word taken for a body's name before a preposition's complement, a plain noun that opens the sentence (<c>Organizers of the march said …</c>).
    /// </summary>
    private static int? ModifiedSubject(AttributionContext context, Segment sentence, int last)
    {
        if (context.SentenceSubject(sentence, last) is not { } subject || context.Mentions[subject].End > last || last - context.Mentions[subject].End >= MaxModifierTokens
            || context.Tokens[context.Mentions[subject].End - 1].Has(TokenFlags.Possessive) || (context.Mentions[subject].IsPlural && !context.Mentions[subject].HasName)
            || (!context.Mentions[subject].IsPerson && context.IsPreposition(context.Mentions[subject].End)))
        {
            return null;
        }

        for (int k = context.Mentions[subject].End; k <= last; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Word || context.IsInsideQuote(k) || context.IsCue(k) || context.IsConjunction(k)
                || context.Is(k, WordClass.Complementizer | WordClass.Copula | WordClass.CueAuxiliary) || context.IsListed(k, WordClass.FiniteAuxiliary)
                || context.IsListed(k, WordClass.InfinitiveMarker) || context.IsListed(k, WordClass.Subordinator) || context.IsListed(k, WordClass.QuestionWord))
            {
                return null;
            }
        }

        return subject;
    }

    /// <summary>
    /// The name right before a short phrase of time that a preposition opens, or that words of the language's
    /// <see cref="LanguageProfile.TimeWords"/> make (<see cref="PastTimePhrase"/>), and that ends at <paramref name="last"/>, just
    /// before the verb (<c>Jane Roe on Tuesday said …</c>, <c>Jane Roe on Thursday evening said …</c>, <c>Jane Roe earlier
    /// Thursday said …</c>); null when no such
    /// phrase is there, a mention, a mark or a function word ends it (<c>to</c> before an infinitive, <c>for his</c>), its
    /// preposition joins a complement (<c>of</c>), or no name comes before it: a description there stands for someone this phrase cannot tell.
    /// </summary>
    private static int? SubjectBeforeAdjunct(AttributionContext context, Segment sentence, int last)
    {
        if (last <= sentence.FirstToken || context.Is(last, WordClass.Function))
        {
            return null;
        }

        // "Jane Roe earlier Thursday said …": a phrase of time of plain time words needs no preposition.
        int time = context.BeforeTimeWords(last, sentence.FirstToken, MaxAdjunctTokens);

        if (time < last && PastTimePhrase(context, time + 1, last + 1) == last + 1 && NamedSubjectBefore(context, time + 1) is { } named)
        {
            return named;
        }

        for (int p = last - 1; p > sentence.FirstToken && p >= last - MaxAdjunctTokens; p--)
        {
            if (context.Tokens[p].Kind != TokenKind.Word || context.IsInsideQuote(p) || context.MentionAt(p) is not null)
            {
                return null;
            }

            // "Organizers of the march said": a preposition that joins a noun to its complement opens no adjunct.
            if (context.IsPreposition(p))
            {
                return context.IsListed(p, WordClass.ComplementPreposition) ? null : NamedSubjectBefore(context, p);
            }
        }

        return null;
    }

    /// <summary>The name or body's name that ends right before token <paramref name="k"/>, no preposition's complement; or null.</summary>
    private static int? NamedSubjectBefore(AttributionContext context, int k) =>
        context.NearestMentionBefore(k, 1) is { } subject && context.Mentions[subject].Type is MentionType.Name or MentionType.Organization
            && !context.IsPreposition(context.Mentions[subject].First - 1)
            ? subject
            : null;

    /// <summary>
    /// The mention that opens the clause of the verb at <paramref name="verb"/> when an aside set off by commas or dashes
    /// stands between them (<c>Jane Roe, who ran the group for years, said …</c>, <c>The mayor -- who had been away -- said …</c>):
    /// the mark before the verb closes that aside, it is no inversion (<c>…, said the mayor</c>). Null otherwise.
    /// </summary>
    public static int? SetOffSubject(AttributionContext context, Segment sentence, int verb)
    {
        int close = context.SkipAuxiliaries(verb - 1, forward: false);
        if (close <= sentence.FirstToken || !IsAsideMark(context, close) || context.MentionAt(context.ClauseOpener(sentence)) is not { } subject)
        {
            return null;
        }

        int open = context.Mentions[context.LastAdjacentMention(subject)].End;
        if (open >= close || close - open > MaxAsideTokens || !IsAsideMark(context, open) || context.IsText(open, ",") != context.IsText(close, ","))
        {
            return null;
        }

        for (int k = open + 1; k < close; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || context.IsInsideQuote(k) || context.IsCue(k))
            {
                return null;
            }
        }

        return subject;
    }

    /// <summary>Whether token <paramref name="k"/> is a comma or a dash, either of which may set off an aside.</summary>
    private static bool IsAsideMark(AttributionContext context, int k) =>
        context.IsText(k, ",") || context.Document.IsAsideDash(k);

    /// <summary>The first comma of <paramref name="sentence"/> from token <paramref name="from"/>, at most <paramref name="reach"/> tokens on, outside quotations; or null.</summary>
    public static int? CommaAfter(AttributionContext context, Segment sentence, int from, int reach)
    {
        for (int k = from; k < sentence.EndToken && k < from + reach && !context.IsInsideQuote(k); k++)
        {
            if (context.IsText(k, ","))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The reported quote of the tokens <c>[first, end)</c> said by <paramref name="mention"/> with the cue <c>[cueFirst,
    /// cueEnd)</c>, or null. A content before its cue (<c>…, said Jane Roe, the city's engineer.</c>) leaves no clause after
    /// it: its speaker and cue close the sentence.
    /// </summary>
    public static ReportedQuote? Report(AttributionContext context, int first, int end, int mention, int cueFirst, int cueEnd, AttributionRule rule, int minWords = MinContentWords) =>
        Content(context, first, end, minWords) is { } span && context.Propose(mention, cueFirst, cueEnd, rule) is { } attribution
            ? new ReportedQuote(span, ConstructionEnd(context, end, cueFirst), attribution)
            : null;

    /// <summary>
    /// The reported quote of the tokens <c>[first, end)</c> said by the phrase <c>[sourceFirst, sourceEnd)</c>, which names
    /// nobody and speaks as a speaker of <paramref name="kind"/> (<see cref="ReportedQuote.SourcePhrase"/>), with the cue
    /// <c>[cueFirst, cueEnd)</c>; or null.
    /// </summary>
    public static ReportedQuote? ReportPhrase(AttributionContext context, int first, int end, int sourceFirst, int sourceEnd, SpeakerKind kind, int cueFirst, int cueEnd, AttributionRule rule) =>
        Content(context, first, end) is { } span
            ? new ReportedQuote(span, ConstructionEnd(context, end, cueFirst), new QuoteAttribution(-1, -1, cueFirst, cueEnd, rule, rule.Confidence))
            {
                SourcePhrase = TextSpan.FromBounds(context.Tokens[sourceFirst].Start, context.Tokens[sourceEnd - 1].End),
                SourceKind = kind,
            }
            : null;

    /// <summary>The token that ends a construction whose content ends at <paramref name="end"/>: the sentence's end when the content comes before its cue.</summary>
    private static int ConstructionEnd(AttributionContext context, int end, int cueFirst) =>
        end <= cueFirst ? context.SentenceOf(cueFirst).EndToken : end;
}
