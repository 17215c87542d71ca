using System.Buffers;
using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;
using QuoteExtraction.Segmentation;

namespace QuoteExtraction.Attribution;

/// <summary>
/// Finds who said each quote: sieves of patterns around the quote give the local mention and the
/// cue, then coreference gives the speaker.
/// </summary>
/// <remarks>
/// Sieves, most reliable first: the split-quote group's first part; after the quote
/// (<c>“…,” X said</c>, <c>“…,” said X</c>, <c>“…,” X, who …, told</c>, <c>according to X</c>, <c>— X</c>);
/// before it in its sentence or at the end of the previous paragraph (<c>X said: “…”</c>); a speech verb
/// elsewhere in its sentence with its subject (partial quotes); a speech noun with a subject before it
/// (<c>Russia made demands to “…”</c>); and a floating quote takes the speaker of the quote before it
/// when nobody else is named in between. A mention inside a quotation never speaks it, and a
/// negated verb is no cue.
/// </remarks>
internal sealed class Attributor : IDisposable
{
    /// <summary>How far, in tokens, an apposition or relative clause may run between a speaker and the verb.</summary>
    private const int MaxAppositionTokens = 40;

    /// <summary>
    /// How far from a quote, in tokens, its sentence is searched for a cue or a subject: news sentences
    /// are shorter, and the bound keeps the cost per quote constant on any input.
    /// </summary>
    private const int MaxSentenceReach = 60;

    /// <summary>How many mentions back a sentence is searched for a better local mention.</summary>
    private const int MaxMentionsBack = 30;

    /// <summary>How long a parenthesis after a name may be (<c>(R-Utah)</c>).</summary>
    private const int MaxParenthesisTokens = 8;

    /// <summary>How far before a quote a lead-in verb may stand (<c>X said in a statement on Sunday: “…”</c>).</summary>
    private const int MaxLeadInTokens = 8;

    /// <summary>Texts up to this long are kept once per call and shared by the results that repeat them.</summary>
    private const int MaxSharedTextLength = 32;

    /// <summary>From how many mentions (news of some 90,000 characters) speakers' mentions are read in text order.</summary>
    private const int MinMentionsReadInTextOrder = 2048;

    /// <summary>The words that alone may be a cue, a speech noun or the start of a source marker.</summary>
    private const WordClass CueWords = WordClass.SpeechVerb | WordClass.SpeechNoun | WordClass.SourceMarkerStart;

    /// <summary>How many quotes are attributed between two checks of the cancellation token.</summary>
    private const int CancellationCheckInterval = 256;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly LanguageProfile _profile;
    private readonly int[] _sentenceOf;
    private readonly WordClass[] _classes;
    private readonly CancellationToken _cancellationToken;
    private readonly int[] _paragraphOf;
    private readonly bool[] _insideQuote;
    private readonly int[] _mentionStarting;
    private readonly int[] _mentionEnding;

    /// <summary>
    /// For each token, the first token at or after it, outside quotations, that may be a cue, a speech
    /// noun or a source marker: sentence searches jump between these, so a quote costs the same however
    /// long its sentence.
    /// </summary>
    private readonly int[] _nextCueCandidate;
    private readonly List<Segment> _sentences;
    private readonly List<MentionCandidate> _mentions;
    private readonly EntityResolver _resolver;

    /// <summary><see cref="IsSalient"/>, made a delegate once rather than at every pronoun.</summary>
    private readonly Func<MentionCandidate, bool> _isSalient;

    /// <summary>The short texts of this call's results, looked up by their characters (<see cref="TextAt"/>).</summary>
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _sharedTexts;

    /// <summary>For each paragraph, the index of its first name or description outside quotations, or -1.</summary>
    private readonly int[] _firstNameOfParagraph;

    /// <summary>For each mention, whether it already speaks an attributed quote.</summary>
    private readonly bool[] _speaksQuote;

    /// <summary>The entity of the latest attributed quote and the token where that quote ends.</summary>
    private (int Entity, int Token) _lastSpeaker = (-1, -1);

    public Attributor(string text, List<Token> tokens, List<Segment> paragraphs, List<Segment> sentences, int[] sentenceOf,
        WordClass[] classes, List<ScannedQuote> quotes, LanguageProfile profile, MentionStore store, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _text = text;
        _tokens = tokens;
        _profile = profile;
        _sentences = sentences;
        _sentenceOf = sentenceOf;
        // Per-token arrays come from the shared pools and go back in Dispose: they are the bulk of a
        // call's memory and never leave it.
        _paragraphOf = ArrayPool<int>.Shared.Rent(tokens.Count);
        Segmenter.IndexTokens(tokens.Count, paragraphs, _paragraphOf);
        _insideQuote = ArrayPool<bool>.Shared.Rent(tokens.Count);
        Array.Clear(_insideQuote, 0, tokens.Count);
        foreach (var quote in quotes)
        {
            for (int i = quote.OpenToken; i <= quote.LastToken; i++)
            {
                _insideQuote[i] = true;
            }
        }

        _classes = classes;
        _nextCueCandidate = ArrayPool<int>.Shared.Rent(tokens.Count + 1);
        // The next candidate is carried in a local: reading it back from the array would chain every step to the one before.
        int nextCue = tokens.Count;
        _nextCueCandidate[tokens.Count] = nextCue;
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            nextCue = IsCueCandidate(i) ? i : nextCue;
            _nextCueCandidate[i] = nextCue;
        }

        store.Clear();
        _mentions = store.Mentions;
        new MentionFinder(text, tokens, profile, _classes, store).Find(sentences, quotes, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        _mentionStarting = ArrayPool<int>.Shared.Rent(tokens.Count);
        _mentionEnding = ArrayPool<int>.Shared.Rent(tokens.Count);
        Array.Fill(_mentionStarting, -1, 0, tokens.Count);
        Array.Fill(_mentionEnding, -1, 0, tokens.Count);
        for (int m = 0; m < _mentions.Count; m++)
        {
            _mentionStarting[_mentions[m].First] = m;
            _mentionEnding[_mentions[m].End - 1] = m;
        }

        _speaksQuote = ArrayPool<bool>.Shared.Rent(_mentions.Count);
        Array.Clear(_speaksQuote, 0, _mentions.Count);
        _firstNameOfParagraph = ArrayPool<int>.Shared.Rent(paragraphs.Count);
        Array.Fill(_firstNameOfParagraph, -1, 0, paragraphs.Count);
        foreach (var mention in _mentions)
        {
            int paragraph = _paragraphOf[mention.First];
            if (_firstNameOfParagraph[paragraph] < 0 && !mention.InsideQuote && mention.Type is MentionType.Name or MentionType.Description)
            {
                _firstNameOfParagraph[paragraph] = mention.Index;
            }
        }

        _isSalient = IsSalient;
        _sharedTexts = store.SharedTexts.GetAlternateLookup<ReadOnlySpan<char>>();
        _resolver = new EntityResolver(text, tokens, store, profile);
        _resolver.ResolveNamesAndDescriptions();
    }

    /// <summary>Gives the per-token arrays back to their pools.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_paragraphOf);
        ArrayPool<bool>.Shared.Return(_insideQuote);
        ArrayPool<int>.Shared.Return(_mentionStarting);
        ArrayPool<int>.Shared.Return(_mentionEnding);
        ArrayPool<int>.Shared.Return(_nextCueCandidate);
        ArrayPool<bool>.Shared.Return(_speaksQuote);
        ArrayPool<int>.Shared.Return(_firstNameOfParagraph);
    }

    /// <summary>The quotes with their speakers, and the distinct speakers of the article.</summary>
    public (List<Quote> Quotes, List<Speaker> Speakers) Attribute(List<ScannedQuote> quotes, double minimumConfidence)
    {
        var found = ArrayPool<Attribution?>.Shared.Rent(quotes.Count);
        Array.Clear(found, 0, quotes.Count);
        try
        {
            return Attribute(quotes, found, minimumConfidence);
        }
        finally
        {
            Array.Clear(found, 0, quotes.Count);
            ArrayPool<Attribution?>.Shared.Return(found);
        }
    }

    /// <summary><see cref="Attribute(List{ScannedQuote}, double)"/>, with <paramref name="found"/> (cleared) for each quote's attribution.</summary>
    private (List<Quote> Quotes, List<Speaker> Speakers) Attribute(List<ScannedQuote> quotes, Attribution?[] found, double minimumConfidence)
    {
        for (int q = 0; q < quotes.Count; q++)
        {
            if (q % CancellationCheckInterval == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            found[q] = Find(quotes, q, found);
            if (found[q] is { } attribution)
            {
                _speaksQuote[attribution.Mention] = true;
                if (attribution.Entity >= 0)
                {
                    _lastSpeaker = (attribution.Entity, quotes[q].LastToken);
                }
            }
        }

        // Each entity's speaker, built at its first quote; the speakers are reported in entity order.
        int entityCount = _resolver.Entities.Count;
        var speakerOf = ArrayPool<Speaker?>.Shared.Rent(entityCount);
        var mentionsOf = ArrayPool<Mention[]?>.Shared.Rent(entityCount);
        Array.Clear(speakerOf, 0, entityCount);
        Array.Clear(mentionsOf, 0, entityCount);
        int speakerCount = 0;
        var speakerQuotes = new List<Quote>(quotes.Count);
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (found[q] is not { } attribution || attribution.Confidence < minimumConfidence)
            {
                speakerQuotes.Add(quote.ToQuote(TextAt(quote.Span)));
                continue;
            }

            Speaker? speaker = null;
            if (attribution.Entity >= 0 && (speaker = speakerOf[attribution.Entity]) is null)
            {
                speaker = speakerOf[attribution.Entity] = BuildSpeaker(attribution.Entity, mentionsOf[attribution.Entity] = new Mention[_resolver.Entities[attribution.Entity].Mentions.Count]);
                speakerCount++;
            }

            Cue? cue = attribution.CueFirst >= 0 ? ToCue(attribution.CueFirst, attribution.CueEnd) : null;
            speakerQuotes.Add(quote.ToQuote(TextAt(quote.Span), speaker, BuildMention(_mentions[attribution.Mention]), cue, attribution.Confidence, attribution.Rule));
        }

        FillSpeakerMentions(mentionsOf, entityCount);
        var speakers = new List<Speaker>(speakerCount);
        for (int e = 0; e < entityCount; e++)
        {
            if (speakerOf[e] is { } speaker)
            {
                speakers.Add(speaker);
            }
        }

        Array.Clear(speakerOf, 0, entityCount);
        Array.Clear(mentionsOf, 0, entityCount);
        ArrayPool<Speaker?>.Shared.Return(speakerOf);
        ArrayPool<Mention[]?>.Shared.Return(mentionsOf);
        return (speakerQuotes, speakers);
    }

    /// <summary>
    /// Fills the mention arrays of the speakers' entities (<paramref name="mentionsOf"/>, null for an entity
    /// that is no speaker). A short article's mentions are read speaker by speaker, from each entity's own
    /// list. A long article's are read once in text order: speaker by speaker, every mention of a speaker
    /// would reach into a text and tokens too large for the processor's caches. An entity's mentions are
    /// exactly the mentions linked to it other than pronouns, in text order, so both fill the same arrays.
    /// </summary>
    private void FillSpeakerMentions(Mention[]?[] mentionsOf, int entityCount)
    {
        if (_mentions.Count < MinMentionsReadInTextOrder)
        {
            for (int e = 0; e < entityCount; e++)
            {
                if (mentionsOf[e] is { } mentions)
                {
                    var own = _resolver.Entities[e].Mentions;
                    for (int i = 0; i < mentions.Length; i++)
                    {
                        mentions[i] = BuildMention(own[i]);
                    }
                }
            }

            return;
        }

        var filled = ArrayPool<int>.Shared.Rent(entityCount);
        Array.Clear(filled, 0, entityCount);
        for (int m = 0; m < _mentions.Count; m++)
        {
            var mention = _mentions[m];
            if (mention.Type != MentionType.Pronoun && mention.Entity >= 0 && mentionsOf[mention.Entity] is { } mentions)
            {
                mentions[filled[mention.Entity]++] = BuildMention(mention);
            }
        }

        ArrayPool<int>.Shared.Return(filled);
    }

    private Attribution? Find(List<ScannedQuote> quotes, int q, Attribution?[] found)
    {
        var quote = quotes[q];
        var own = TranscriptLabel(quote) ?? HeadlineLead(quote) ?? After(quote) ?? Before(quote) ?? ColonLead(quote) ?? PreviousSentence(quote);
        if (own is null && quote.Group != q && found[quote.Group] is { } head)
        {
            return head with { Rule = "split-quote", Confidence = head.Confidence * 0.98 };
        }

        return own ?? InSentence(quote) ?? Floating(quotes, q, found) ?? SentenceOpener(quote) ?? PreviousSentenceSubject(quote);
    }

    /// <summary>
    /// "Fiorina routinely characterizes herself as a “change warrior”": a fragment in a sentence with no
    /// speech verb is most often the words of the person or body that opens the sentence and acts in it.
    /// </summary>
    private Attribution? SentenceOpener(ScannedQuote quote)
    {
        if (quote.Kind != QuoteKind.Partial)
        {
            return null;
        }

        var sentence = _sentences[_sentenceOf[quote.OpenToken]];
        if ((MentionAt(sentence.FirstToken) ?? AfterIntroduction(sentence, quote.OpenToken)) is not { } subject)
        {
            return null;
        }

        var mention = _mentions[subject];

        // "Harry Reid (D-Nev.), in particular, has been pounding Trump as a “con artist”".
        int verb = SkipParenthesis(mention.End);
        if (IsText(verb, ","))
        {
            int comma = verb + 1;
            while (comma < quote.OpenToken && comma < verb + 5 && !IsText(comma, ","))
            {
                comma++;
            }

            verb = IsText(comma, ",") ? comma + 1 : verb;
        }

        verb = SkipAuxiliaries(verb, forward: true);

        // "Officials did not say “never”": what the subject did not say is not its words.
        bool acts = verb < quote.OpenToken && _tokens[verb].Kind == TokenKind.Word && !_tokens[verb].Has(TokenFlags.Capitalized)
            && !Is(verb, WordClass.Function) && !IsNegated(mention.End, Math.Min(quote.OpenToken, verb + 4));
        return acts && !_tokens[mention.End - 1].Has(TokenFlags.Possessive) && mention.Type != MentionType.Description
            ? Make(subject, -1, -1, "sentence-opener", 0.55)
            : null;
    }

    /// <summary>
    /// "Sen. Bernie Sanders identified … as one of the reasons. “The younger people are …”": a quote that
    /// follows, in the same paragraph, a sentence opened by a person is most often that person's words.
    /// </summary>
    private Attribution? PreviousSentenceSubject(ScannedQuote quote)
    {
        var open = _tokens[quote.OpenToken];
        if (quote.Kind != QuoteKind.Direct || !open.Has(TokenFlags.SentenceStart) || open.Has(TokenFlags.ParagraphStart) || quote.OpenToken == 0)
        {
            return null;
        }

        var previous = _sentences[_sentenceOf[quote.OpenToken - 1]];
        if ((MentionAt(previous.FirstToken) ?? AfterIntroduction(previous, previous.EndToken)) is not { } subject)
        {
            return null;
        }

        var mention = _mentions[subject];
        return mention.Type == MentionType.Name && _resolver.Entities[mention.Entity].IsPerson && !_tokens[mention.End - 1].Has(TokenFlags.Possessive)
            && !IsNegated(mention.End, Math.Min(previous.EndToken, mention.End + MaxSentenceReach))
            ? Make(subject, -1, -1, "previous-sentence-subject", 0.55)
            : null;
    }

    /// <summary>The mention right after a short introductory phrase and its comma (<c>In recent weeks, Reid …</c>), or null.</summary>
    private int? AfterIntroduction(Segment sentence, int before) => AfterClause(sentence.FirstToken + 1, before);

    /// <summary>
    /// The mention right after the comma that ends a short clause starting at <paramref name="from"/>,
    /// looking before <paramref name="before"/>, past quoted words; null when a mention comes first.
    /// </summary>
    private int? AfterClause(int from, int before)
    {
        bool quoted = false;
        int words = 0;
        // Quoted words do not count as the clause's, but the reach is bounded all the same.
        for (int k = from; k < before && k < from + MaxSentenceReach && words <= MaxLeadInTokens; k++)
        {
            // The comma may close a quoted title: On “Face the Nation,” Sen. Bernie Sanders …
            if (_tokens[k].Kind == TokenKind.QuoteMark)
            {
                quoted = !quoted;
                if (!quoted && IsText(k - 1, ","))
                {
                    return MentionAt(k + 1);
                }

                continue;
            }

            if (quoted || _insideQuote[k])
            {
                continue;
            }

            words++;
            if (_mentionStarting[k] >= 0)
            {
                return null;
            }

            if (IsText(k, ","))
            {
                return MentionAt(k + 1);
            }
        }

        return null;
    }

    /// <summary><c>“…,” X said</c>, <c>“…,” said X</c>, <c>“…,” X, who …, told</c>, <c>“…,” according to X</c>, <c>“…” — X</c>.</summary>
    private Attribution? After(ScannedQuote quote)
    {
        if (quote.CloseToken < 0)
        {
            return null;
        }

        int i = quote.CloseToken + 1;
        bool dash = false;
        while (IsText(i, ",") || IsDash(i))
        {
            dash |= IsDash(i);
            i++;
        }

        if (i >= _tokens.Count || _insideQuote[i])
        {
            return null;
        }

        if (_tokens[i].Has(TokenFlags.ParagraphStart))
        {
            // A quote paragraph signed on the next line: "- Bernie Sanders".
            bool signature = i == quote.CloseToken + 1 && (IsDash(i) || IsText(i, "-")) && MentionAt(i + 1) is { } signer
                && _mentions[signer].Type != MentionType.Pronoun && _paragraphOf[_mentions[signer].End - 1] == _paragraphOf[i]
                && (_mentions[signer].End >= _tokens.Count || _tokens[_mentions[signer].End].Has(TokenFlags.ParagraphStart)
                    || _tokens[_mentions[signer].End].Kind == TokenKind.Punctuation);
            return signature ? Make(_mentionStarting[i + 1], -1, -1, "quote-dash-speaker", 0.8) : null;
        }

        // "« … », a déclaré X", "« … », a-t-il ajouté": a compound tense puts its auxiliary first.
        int verb = SkipAuxiliaries(i, forward: true);
        if (IsCue(verb) && (MentionAt(verb + 1) ?? DescribedMention(verb + 1) ?? MentionAt(SkipPrepositionalPhrases(verb + 1)) ?? MentionAt(SkipAddressee(verb + 1))) is { } inverted)
        {
            return Make(inverted, verb, verb + 1, "quote-cue-speaker", 0.95);
        }

        if (SourceMarkerLength(i) is > 0 and int marker && MentionNear(i + marker) is { } source)
        {
            return Make(source, i, i + marker, "according-to", 0.9);
        }

        if ((MentionAt(i) ?? MentionAt(verb) ?? DescribedMention(i)) is not { } mention)
        {
            return null;
        }

        // “… the timing.” Gov. Pat McCrory said it …: after a full stop, a new sentence is the quote's
        // attribution only when it says nothing else (“… missing.” Trump said.).
        bool newSentence = _tokens[i].Has(TokenFlags.SentenceStart) && !dash && quote.Span.Length > 0 && _text[quote.Span.End - 1] == '.';

        int k = SkipAuxiliaries(SkipParenthesis(SkipPrepositionalPhrases(_mentions[mention].End)), forward: true);
        if (newSentence)
        {
            return IsCue(k) && SentenceEndsSoonAfter(k) ? Make(mention, k, k + 1, "quote-speaker-cue", 0.85) : null;
        }

        if (IsCue(k))
        {
            return Make(mention, k, k + 1, "quote-speaker-cue", 0.95);
        }

        // "X, 59, of Ashton, Md., who watched the ceremony, said": the verb after the last comma of the apposition.
        if (IsText(k, ",") && CueAfterApposition(k) is { } cue)
        {
            return Make(mention, cue, cue + 1, "quote-speaker-cue", 0.9);
        }

        return dash && _mentions[mention].Type != MentionType.Pronoun ? Make(mention, -1, -1, "quote-dash-speaker", 0.8) : null;
    }

    /// <summary><c>X said: “…”</c>, <c>X told reporters “…”</c>, and a lead-in that ends the previous paragraph.</summary>
    private Attribution? Before(ScannedQuote quote)
    {
        int k = quote.OpenToken - 1;
        bool leadIn = _tokens[quote.OpenToken].Has(TokenFlags.ParagraphStart);
        if (leadIn && (k < 0 || !IsText(k, ":")))
        {
            return null;
        }

        while (k >= 0 && (IsText(k, ":") || IsText(k, ",") || IsDash(k)))
        {
            k--;
        }

        if (k >= 0 && !leadIn && _tokens[k].Kind is TokenKind.Punctuation or TokenKind.Ellipsis or TokenKind.QuoteMark)
        {
            // After a full stop or another quote the lead-in belongs to something else.
            return null;
        }

        int sentence = k >= 0 ? _sentenceOf[k] : -1;
        Attribution? unresolved = null;
        for (int v = k; v >= 0 && v > k - MaxLeadInTokens && _sentenceOf[v] == sentence && !_insideQuote[v]; v--)
        {
            if (IsCue(v) && SubjectBefore(v) is { } subject
                && Make(subject, v, v + 1, leadIn ? "lead-in" : "speaker-cue-quote", leadIn ? 0.85 : 0.9) is { } found)
            {
                // "…, said it would tell an American story, one of ''…''": an unresolved pronoun
                // yields to a verb further back with a known speaker.
                if (found.Entity >= 0)
                {
                    return found;
                }

                unresolved ??= found;
                continue;
            }

            if (SourceMarkerEndingAt(v) is >= 0 and int markerStart && MentionNear(v + 1) is { } source)
            {
                return Make(source, markerStart, v + 1, "according-to", 0.9);
            }
        }

        // "Sanders made the following comment: “…”", "Obama is rolling out a new message: “…”":
        // a speech noun before the colon belongs to the sentence's subject.
        if (unresolved is null && k >= 0 && IsText(k + 1, ":") && _tokens[k].Kind == TokenKind.Word
            && Is(k, WordClass.SpeechNoun) && SentenceSubject(_sentences[sentence], k) is { } owner)
        {
            return Make(owner, k, k + 1, leadIn ? "lead-in" : "speech-noun", 0.75);
        }

        return unresolved;
    }

    /// <summary>A transcript turn: the quote opens with a speaker label in capitals (<c>"PENCE: …</c>).</summary>
    private Attribution? TranscriptLabel(ScannedQuote quote)
    {
        int first = quote.OpenToken + 1;
        if (first >= _tokens.Count || _mentionStarting[first] < 0)
        {
            return null;
        }

        var label = _mentions[_mentionStarting[first]];
        return label.End < _tokens.Count && IsText(label.End, ":") && _tokens[first].Has(TokenFlags.AllCaps)
            ? new Attribution(_mentionStarting[first], label.Entity, -1, -1, "transcript-label", 0.85)
            : null;
    }

    /// <summary>A name and a colon right before the quote (<c>Jeffrey M. Jones: “…”</c>).</summary>
    private Attribution? ColonLead(ScannedQuote quote)
    {
        int colon = quote.OpenToken - 1;
        if (IsText(colon, ":") && colon > 0 && _mentionEnding[colon - 1] >= 0 && !_insideQuote[colon - 1])
        {
            int named = _mentionEnding[colon - 1];
            return _mentions[named].Type is MentionType.Name or MentionType.Description ? Make(named, -1, -1, "colon-lead", 0.8) : null;
        }

        return null;
    }

    /// <summary>
    /// A sentence that opens with its source governs every quote in it: <c>Rush Limbaugh: Hillary …
    /// ‘Reeks of Fear.’</c>, <c>According to Yahoo News, Clinton spokesman Jesse Lehrich said … “…”</c>.
    /// </summary>
    private Attribution? HeadlineLead(ScannedQuote quote)
    {
        var sentence = _sentences[_sentenceOf[quote.OpenToken]];

        // "Obama on Climate Change: The Trends Are ‘Terrifying.’" when the colon ended a sentence.
        if (sentence.FirstToken > 0 && IsText(sentence.FirstToken - 1, ":") && !_tokens[sentence.FirstToken].Has(TokenFlags.ParagraphStart))
        {
            sentence = _sentences[_sentenceOf[sentence.FirstToken - 1]];
        }

        int first = sentence.FirstToken;
        if (SourceMarkerLength(first) is > 0 and int marker && MentionNear(first + marker) is { } source && _mentions[source].End < quote.OpenToken)
        {
            return Make(source, first, first + marker, "according-to", 0.85);
        }

        // "Pour l'analyste Thomas Berthier, ce sommet est « une occasion manquée »".
        if (_tokens[first].Kind == TokenKind.Word && _profile.OpinionMarkers.Contains(_tokens[first].GetText(_text)) && MentionAt(first + 1) is { } holder
            && _mentions[holder].Type != MentionType.Pronoun && IsText(SkipParenthesis(_mentions[holder].End), ",") && _mentions[holder].End < quote.OpenToken)
        {
            return Make(holder, first, first + 1, "according-to", 0.8);
        }

        // "Rush Limbaugh: …", "Obama on Climate Change: …": a name, perhaps with a short topic, then a colon.
        if (MentionAt(first) is { } mention && _mentions[mention].Type is MentionType.Name or MentionType.Description)
        {
            int colon = _mentions[mention].End;
            if (IsPreposition(colon))
            {
                int limit = Math.Min(colon + 5, quote.OpenToken);
                while (colon < limit && !IsText(colon, ":"))
                {
                    colon++;
                }
            }

            if (IsText(colon, ":") && colon < quote.OpenToken)
            {
                return Make(mention, -1, -1, "colon-lead", 0.8);
            }

            // "Obama Sees ‘Personal Insult’ in …": a headline's words are most often those of the name that opens it.
            if (_mentions[mention].Type == MentionType.Name && _mentions[mention].End <= quote.OpenToken
                && QuoteClassifier.IsHeadline(_text, _tokens, _classes, sentence, quote.OpenToken, quote.LastToken + 1))
            {
                return Make(mention, -1, -1, "headline-subject", 0.6);
            }
        }

        return null;
    }

    /// <summary><c>…, Schiff said. “The other factor …”</c>: a quote right after a sentence that ends with its attribution.</summary>
    private Attribution? PreviousSentence(ScannedQuote quote)
    {
        int k = quote.OpenToken - 1;
        if (k < 1 || !_tokens[quote.OpenToken].Has(TokenFlags.SentenceStart) || _tokens[quote.OpenToken].Has(TokenFlags.ParagraphStart)
            || _tokens[k].Kind != TokenKind.Punctuation || _text[_tokens[k].Start] != '.')
        {
            return null;
        }

        // A speech verb among the last tokens of the previous sentence ("…, Schiff said.").
        var previous = _sentences[_sentenceOf[k]];
        for (int verb = k - 1; verb >= previous.FirstToken && verb >= k - 4 && !_insideQuote[verb]; verb--)
        {
            if (!IsCue(verb))
            {
                continue;
            }

            if ((InvertedAfterComma(verb) ?? SubjectBefore(verb) ?? MentionAt(verb + 1)) is { } subject)
            {
                return Make(subject, verb, verb + 1, "previous-sentence-cue", 0.75);
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A speech verb elsewhere in the quote's sentence with its subject: the first one before the quote
    /// (the main clause's), else the nearest after it; then "according to" and a speech noun with a
    /// mention just before it.
    /// </summary>
    private Attribution? InSentence(ScannedQuote quote)
    {
        var sentence = Window(_sentences[_sentenceOf[quote.OpenToken]], quote);
        for (int v = _nextCueCandidate[sentence.FirstToken]; v < quote.OpenToken; v = _nextCueCandidate[v + 1])
        {
            if (IsCue(v) && SubjectBefore(v) is { } subject)
            {
                return Make(subject, v, v + 1, "sentence-cue", 0.75);
            }
        }

        for (int v = _nextCueCandidate[quote.LastToken + 1]; v < sentence.EndToken; v = _nextCueCandidate[v + 1])
        {
            if (IsCue(v) && (InvertedAfterComma(v) ?? SubjectBefore(v)) is { } subject)
            {
                return Make(subject, v, v + 1, "sentence-cue", 0.7);
            }
        }

        for (int v = _nextCueCandidate[sentence.FirstToken]; v < sentence.EndToken; v = _nextCueCandidate[v + 1])
        {
            if (SourceMarkerLength(v) is > 0 and int marker && MentionNear(v + marker) is { } source)
            {
                return Make(source, v, v + marker, "according-to", 0.85);
            }

            if (_tokens[v].Kind == TokenKind.Word && Is(v, WordClass.SpeechNoun) && NearestMentionBefore(v, 4) is { } owner)
            {
                return Make(owner, v, v + 1, "speech-noun", 0.6);
            }
        }

        // "Trump has indicated he would curb critics, vowing to “open up” libel laws": a cue with no
        // subject of its own takes the sentence's subject, its first mention not after a preposition.
        for (int v = _nextCueCandidate[sentence.FirstToken]; v < sentence.EndToken; v = _nextCueCandidate[v + 1])
        {
            if (IsCue(v) && SentenceSubject(sentence, v) is { } subject)
            {
                return Make(subject, v, v + 1, "sentence-subject", 0.65);
            }
        }

        return null;
    }

    /// <summary>
    /// A speaker phrase a few words after <paramref name="i"/>, past the numbers and plain lower-case
    /// words that the mention finder leaves out: <c>said 9/11 widow Terry Strada</c>, <c>“…,”
    /// screenwriter Cole Haddon wrote</c>, <c>said one unaligned Florida Republican</c>.
    /// </summary>
    private int? DescribedMention(int i)
    {
        // Five tokens: "9/11" alone is three.
        for (int k = i; k < i + 5 && k < _tokens.Count && !_insideQuote[k]; k++)
        {
            if (_mentionStarting[k] >= 0)
            {
                return _mentions[_mentionStarting[k]].Type == MentionType.Pronoun ? null : _mentionStarting[k];
            }

            var token = _tokens[k];
            var word = token.GetText(_text);
            bool joiner = k > i && token.Kind == TokenKind.Punctuation && _text[token.Start] is '/' or '-' && _tokens[k - 1].End == token.Start;
            bool modifier = token.Kind == TokenKind.Number
                || (token.Kind == TokenKind.Word && !token.Has(TokenFlags.Capitalized) && !IsAdverb(k)
                    && (word is "one" || Is(k, WordClass.CueAuxiliary) || !Is(k, WordClass.Function | WordClass.SpeechVerb)));
            if (!joiner && !modifier)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The quote's sentence, cut to <see cref="MaxSentenceReach"/> tokens on each side of the quote.</summary>
    private static Segment Window(Segment sentence, ScannedQuote quote)
    {
        int first = Math.Max(sentence.FirstToken, quote.OpenToken - MaxSentenceReach);
        int end = Math.Min(sentence.EndToken, quote.LastToken + 1 + MaxSentenceReach);
        return new Segment(sentence.Span, first, end - first);
    }

    /// <summary>Whether the sentence of <paramref name="cue"/> ends within four tokens after it ("Trump said on Sunday.").</summary>
    private bool SentenceEndsSoonAfter(int cue) => _sentences[_sentenceOf[cue]].EndToken - cue <= 5;

    /// <summary><c>…, says Carl Anthony, historian …</c>, <c>“…” for Clinton, said Kunin</c>: the speaker after a comma and the verb.</summary>
    private int? InvertedAfterComma(int cue) =>
        IsText(cue - 1, ",") && MentionAt(cue + 1) is { } mention && _mentions[mention].Type != MentionType.Pronoun ? mention : null;

    /// <summary>A quote with no cue of its own continues the previous quote's speaker when nobody else is named in between.</summary>
    private Attribution? Floating(List<ScannedQuote> quotes, int q, Attribution?[] found)
    {
        if (q == 0 || found[q - 1] is not { } previous || previous.Entity < 0)
        {
            return null;
        }

        var before = quotes[q - 1];
        if (_paragraphOf[quotes[q].OpenToken] - _paragraphOf[before.LastToken] > 1)
        {
            return null;
        }

        // Mentions in the previous quote's own attribution sentence (its speaker's apposition) do not count.
        var attributionSentence = _sentences[_sentenceOf[before.LastToken]];
        int from = Math.Min(attributionSentence.EndToken - 1, quotes[q].OpenToken - 1);
        for (int m = FirstMentionAfter(from); m < _mentions.Count && _mentions[m].First < quotes[q].OpenToken; m++)
        {
            var mention = _mentions[m];
            if (mention.InsideQuote || mention.Type == MentionType.Pronoun)
            {
                continue;
            }

            if (mention.Entity != previous.Entity && mention.Type != MentionType.Organization)
            {
                return null;
            }
        }

        return previous with { CueFirst = -1, CueEnd = -1, Rule = "floating-quote", Confidence = Math.Min(previous.Confidence, 0.7) };
    }

    private int? SentenceSubject(Segment sentence, int before)
    {
        for (int m = FirstMentionAfter(Math.Max(sentence.FirstToken, before - MaxSentenceReach) - 1); m < _mentions.Count && _mentions[m].First < before; m++)
        {
            var mention = _mentions[m];
            if (!mention.InsideQuote && !IsPreposition(mention.First - 1) && (mention.Type != MentionType.Organization || mention.HasName))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>A mention of <paramref name="entity"/> before <paramref name="mention"/> in its sentence, outside quotations.</summary>
    private int? NamedEarlierInSentence(int mention, int entity)
    {
        int sentence = _sentenceOf[_mentions[mention].First];
        for (int m = mention - 1; m >= 0 && m >= mention - MaxMentionsBack && _sentenceOf[_mentions[m].First] == sentence; m--)
        {
            if (_mentions[m].Entity == entity && !_mentions[m].InsideQuote && _mentions[m].Type != MentionType.Pronoun)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The same pronoun earlier in the sentence as the subject of a speech verb, or null.</summary>
    private int? SamePronounEarlierInSentence(int mention)
    {
        var pronoun = _tokens[_mentions[mention].First].GetText(_text);
        int sentence = _sentenceOf[_mentions[mention].First];
        int? earliest = null;
        for (int m = mention - 1; m >= 0 && m >= mention - MaxMentionsBack && _sentenceOf[_mentions[m].First] == sentence; m--)
        {
            var other = _mentions[m];
            if (other.Type == MentionType.Pronoun && !other.InsideQuote && _tokens[other.First].GetText(_text).Equals(pronoun, StringComparison.OrdinalIgnoreCase)
                && IsCue(SkipAuxiliaries(other.End, forward: true)))
            {
                earliest = m;
            }
        }

        return earliest;
    }

        /// <summary>The first mention starting within five tokens from <paramref name="i"/> (<c>according to the event organizer X</c>).</summary>
    private int? MentionNear(int i)
    {
        for (int k = i; k < i + 5 && k < _tokens.Count && !_insideQuote[k]; k++)
        {
            if (_mentionStarting[k] >= 0)
            {
                return _mentionStarting[k];
            }
        }

        return null;
    }

    /// <summary>The index of the first mention that starts after <paramref name="token"/>.</summary>
    private int FirstMentionAfter(int token)
    {
        int low = 0, high = _mentions.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_mentions[middle].First <= token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private Attribution? Make(int mention, int cueFirst, int cueEnd, string rule, double confidence)
    {
        var candidate = _mentions[mention];
        if (candidate.InsideQuote)
        {
            return null;
        }

        int entity = candidate.Entity;
        if (candidate.IsRelative)
        {
            // "Trump, who called it “a disaster”": the mention right before the relative pronoun.
            int before = IsText(candidate.First - 1, ",") ? candidate.First - 2 : candidate.First - 1;
            if (before < 0 || _mentionEnding[before] < 0 || _mentions[_mentionEnding[before]].Entity < 0)
            {
                return null;
            }

            entity = _mentions[_mentionEnding[before]].Entity;
        }
        else if (candidate.IsIndefinite)
        {
            // "indique-t-on de source diplomatique": someone speaks, and the text does not say who.
            entity = -1;
        }
        else if (candidate.Type == MentionType.Pronoun && ReportingSubject(candidate) is { } reporter)
        {
            // "Demonstrators said they want “justice”": the reported speaker is the reporting verb's subject.
            mention = reporter;
            entity = _mentions[reporter].Entity;
        }
        else if (candidate.Type == MentionType.Pronoun)
        {
            entity = LastSpeakerAgreeing(candidate) ?? _resolver.ResolvePronoun(candidate, _paragraphOf, _isSalient);
            confidence *= entity >= 0 ? 0.9 : 0.6;
            if (entity >= 0 && candidate.Gender != Gender.Unknown)
            {
                // "he"/"she" tells that the entity is a person, of that gender; a later "she" may follow this one.
                _resolver.LearnFromPronoun(entity, candidate.Gender);
                candidate.Entity = entity;
            }

            // "Clinton says she appreciated … what she calls …": the name earlier in the sentence is the
            // better local mention; "She said she recalls …": so is the pronoun that governs the sentence.
            if (entity >= 0 && (NamedEarlierInSentence(mention, entity) ?? SamePronounEarlierInSentence(mention)) is { } named)
            {
                mention = named;
            }
        }

        return new Attribution(mention, entity, cueFirst, cueEnd, rule, confidence);
    }

    /// <summary>Whether <paramref name="i"/>, outside quotations, may be a cue (<see cref="IsCue"/>), a speech noun or the start of a source marker.</summary>
    /// <remarks>
    /// Every token is asked, so the word classes come first: only words have any, and few words have
    /// these, so most tokens are answered by one predictable test without reading their text.
    /// </remarks>
    private bool IsCueCandidate(int i) =>
        Is(i, CueWords | WordClass.SpeechIdiomVerb) && !_insideQuote[i] && (Is(i, CueWords) || IsPutIt(i));

    /// <summary>"as X put it": the idiom reports speech.</summary>
    private bool IsPutIt(int i) =>
        Is(i, WordClass.SpeechIdiomVerb) && LanguageProfile.SpeechIdiomVerbs.Contains(_tokens[i].GetText(_text)) && IsText(i + 1, "it");

    /// <summary>The number of tokens of the source marker (<c>according to</c>, <c>selon</c>) starting at <paramref name="i"/>, or 0.</summary>
    private int SourceMarkerLength(int i)
    {
        if (i < 0 || i >= _tokens.Count || !Is(i, WordClass.SourceMarkerStart))
        {
            return 0;
        }

        foreach (var marker in _profile.SourceMarkers)
        {
            if (MatchesPhrase(i, marker))
            {
                return marker.Length;
            }
        }

        return 0;
    }

    /// <summary>The first token of the source marker that ends at <paramref name="i"/>, or -1.</summary>
    private int SourceMarkerEndingAt(int i)
    {
        foreach (var marker in _profile.SourceMarkers)
        {
            if (MatchesPhrase(i - marker.Length + 1, marker))
            {
                return i - marker.Length + 1;
            }
        }

        return -1;
    }

    private bool MatchesPhrase(int i, string[] words)
    {
        if (i < 0 || i + words.Length > _tokens.Count)
        {
            return false;
        }

        for (int w = 0; w < words.Length; w++)
        {
            if (!IsText(i + w, words[w]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsNegated(int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (_tokens[k].Has(TokenFlags.Negation) || Is(k, WordClass.Negation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of a speech verb right before <paramref name="pronoun"/> (<c>X said she wanted</c>,
    /// <c>X said that they</c>), when it can be what the pronoun refers to.
    /// </summary>
    private int? ReportingSubject(MentionCandidate pronoun)
    {
        int verb = pronoun.First > 0 && _profile.Complementizers.Contains(_tokens[pronoun.First - 1].GetText(_text)) ? pronoun.First - 2 : pronoun.First - 1;
        if (verb < 0 || !IsCue(verb) || SubjectBefore(verb) is not { } subject || _mentions[subject].Entity < 0)
        {
            return null;
        }

        var reporter = _mentions[subject];
        if (reporter.Type == MentionType.Pronoun || reporter.InsideQuote)
        {
            return null;
        }

        return pronoun.IsPlural
            ? reporter.Type is MentionType.Group or MentionType.Organization || (reporter.Type == MentionType.Name && !reporter.IsPerson) ? subject : null
            : pronoun.Gender != Gender.Unknown && !reporter.IsPlural && _resolver.Agrees(pronoun, reporter.Entity) ? subject : null;
    }

    /// <summary>
    /// "“…,” he said" in a run of quotes: the latest quote's speaker, when it agrees with the pronoun,
    /// spoke within the last paragraph, and no other person is the subject of a sentence since.
    /// </summary>
    private int? LastSpeakerAgreeing(MentionCandidate pronoun)
    {
        var (entity, token) = _lastSpeaker;
        if (entity < 0 || pronoun.IsPlural || pronoun.Gender == Gender.Unknown || token >= pronoun.First
            || _paragraphOf[pronoun.First] - _paragraphOf[token] > 1 || !_resolver.Agrees(pronoun, entity))
        {
            return null;
        }

        for (int m = FirstMentionAfter(token); m < _mentions.Count && _mentions[m].First < pronoun.First; m++)
        {
            var other = _mentions[m];
            if (!other.InsideQuote && other.Entity >= 0 && other.Entity != entity && other.Type is MentionType.Name or MentionType.Description
                && _resolver.Agrees(pronoun, other.Entity) && IsSalient(other))
            {
                return null;
            }
        }

        return entity;
    }

    /// <summary>A mention that already speaks a quote, or that starts its sentence (after an optional quote and comma).</summary>
    private bool IsSalient(MentionCandidate mention)
    {
        if (_speaksQuote[mention.Index])
        {
            return true;
        }

        int before = mention.First - 1;

        // The subject of a speech verb, or the speaker right after one ("…, noted NBC's Dante Chinni").
        if (IsCue(SkipAuxiliaries(mention.End, forward: true)) || IsCue(before))
        {
            return true;
        }

        return _tokens[mention.First].Has(TokenFlags.SentenceStart)
            || (before >= 0 && (_tokens[before].Kind == TokenKind.QuoteMark || (IsText(before, ",") && before > 0 && _tokens[before - 1].Kind == TokenKind.QuoteMark)))
            || IsFirstNameOfParagraph(mention);
    }

    /// <summary>The first named person of its paragraph, outside quotations: news introduces a speaker so.</summary>
    private bool IsFirstNameOfParagraph(MentionCandidate mention) => _firstNameOfParagraph[_paragraphOf[mention.First]] == mention.Index;

    /// <summary>The subject of the speech verb at <paramref name="verb"/>: the mention before it, past auxiliaries and an apposition.</summary>
    private int? SubjectBefore(int verb)
    {
        // A participle ("X issued a statement saying …", "…, adding …") takes the sentence's subject,
        // which may follow it ("After saying her foot was “so swollen …,” she …").
        if (_tokens[verb].GetText(_text).EndsWith("ing", StringComparison.Ordinal)
            && (SentenceSubject(_sentences[_sentenceOf[verb]], verb) ?? AfterClause(verb + 1, _sentences[_sentenceOf[verb]].EndToken)) is { } main)
        {
            return main;
        }

        int k = SkipAuxiliaries(verb - 1, forward: false);
        if (k < 0)
        {
            return null;
        }

        if (IsText(k, ")"))
        {
            // "Rep. Jason Chaffetz (R-Utah) said"
            int open = k - 1;
            while (open >= 0 && open > k - MaxParenthesisTokens && !IsText(open, "("))
            {
                open--;
            }

            k = open >= 0 && IsText(open, "(") ? open - 1 : k;
            if (k < 0)
            {
                return null;
            }
        }

        if (IsText(k, ","))
        {
            // "X, 59, of Ashton, Md., who watched, said": the mention before the apposition's first comma,
            // not one governed by a preposition ("In Washington, …").
            int sentence = _sentenceOf[k];
            int? subject = null;
            for (int c = k - 1; c >= 0 && c > k - MaxAppositionTokens && _sentenceOf[c] == sentence && !_insideQuote[c]; c--)
            {
                if (IsText(c, ",") && c > 0 && _mentionEnding[c - 1] >= 0 && !_insideQuote[c - 1]
                    && !IsPreposition(_mentions[_mentionEnding[c - 1]].First - 1))
                {
                    subject = _mentionEnding[c - 1];
                }
            }

            return subject;
        }

        if (_mentionEnding[k] < 0 || _insideQuote[k])
        {
            return null;
        }

        // "Chancellor Angela Merkel of Germany condemned": the mention before the prepositional phrase.
        int nearest = _mentionEnding[k];
        int before = _mentions[nearest].First - 1;
        if (IsPreposition(before) && before > 0 && _mentionEnding[before - 1] >= 0 && !_insideQuote[before - 1]
            && _mentions[_mentionEnding[before - 1]].Type is MentionType.Name or MentionType.Description)
        {
            return _mentionEnding[before - 1];
        }

        return nearest;
    }

    private int? NearestMentionBefore(int index, int reach)
    {
        int sentence = _sentenceOf[index];
        for (int k = index - 1; k >= 0 && k >= index - reach && _sentenceOf[k] == sentence; k--)
        {
            if (_mentionEnding[k] >= 0 && !_insideQuote[k])
            {
                return _mentionEnding[k];
            }
        }

        return null;
    }

    /// <summary>Past a short parenthesis right after a name (<c>(R-Utah)</c>, <c>(D-Mo.)</c>).</summary>
    private int SkipParenthesis(int k)
    {
        if (!IsText(k, "("))
        {
            return k;
        }

        for (int c = k + 1; c < _tokens.Count && c < k + MaxParenthesisTokens; c++)
        {
            if (IsText(c, ")"))
            {
                return c + 1;
            }
        }

        return k;
    }

    /// <summary>The speech verb that follows an apposition starting at the comma <paramref name="comma"/>, or null.</summary>
    private int? CueAfterApposition(int comma)
    {
        int sentence = _sentenceOf[comma];
        for (int c = comma + 1; c < _tokens.Count && c < comma + MaxAppositionTokens && _sentenceOf[c] == sentence && !_insideQuote[c]; c++)
        {
            if (IsText(c, ",") || IsText(c, ")") || IsDash(c))
            {
                int verb = SkipAuxiliaries(c + 1, forward: true);
                if (IsCue(verb))
                {
                    return verb;
                }
            }
        }

        return null;
    }

    /// <summary>Past auxiliaries and adverbs (<c>has also</c>, <c>openly</c>) between a speaker and the verb.</summary>
    private int SkipAuxiliaries(int k, bool forward)
    {
        while (k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Word && !_tokens[k].Has(TokenFlags.Capitalized)
            && (Is(k, WordClass.CueAuxiliary) || IsAdverb(k)))
        {
            k += forward ? 1 : -1;
        }

        return k;
    }

    private bool IsAdverb(int k) =>
        _profile.AdverbSuffix is { } suffix && _tokens[k].Length > suffix.Length + 2 && _tokens[k].GetText(_text).EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>Past up to two prepositional phrases after a speaker (<c>a narrator in the Clinton ad asks</c>).</summary>
    private int SkipPrepositionalPhrases(int k)
    {
        for (int step = 0; step < 2 && IsPreposition(k) && MentionAt(k + 1) is { } inner; step++)
        {
            k = _mentions[inner].End;
        }

        return k;
    }

    /// <summary>Past a short phrase naming whom the words were for (<c>à la presse</c>, <c>to reporters</c>) after an inverted verb.</summary>
    private int SkipAddressee(int k)
    {
        if (!IsPreposition(k))
        {
            return k;
        }

        int noun = k + 1 < _tokens.Count && Is(k + 1, WordClass.Determiner) ? k + 2 : k + 1;
        return noun < _tokens.Count && _tokens[noun].Kind == TokenKind.Word && !_tokens[noun].Has(TokenFlags.Capitalized)
            && !Is(noun, WordClass.Function) && !_insideQuote[noun]
            ? noun + 1
            : k;
    }

    /// <summary>A speech verb outside quotations, in lower case, not negated.</summary>
    private bool IsCue(int i)
    {
        if (i < 0 || i >= _tokens.Count || _insideQuote[i])
        {
            return false;
        }

        var token = _tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (!Is(i, WordClass.SpeechVerb) && !IsPutIt(i))
        {
            return false;
        }

        // A capitalized verb only right after a name, as headlines write ("Trump Says …"), or opening
        // a sentence before its speaker ("Said Dorothy Poynter, …").
        if (token.Has(TokenFlags.Capitalized)
            && !(i > 0 && _mentionEnding[i - 1] >= 0 && !token.Has(TokenFlags.SentenceStart))
            && !(token.Has(TokenFlags.SentenceStart) && i + 1 < _tokens.Count && _mentionStarting[i + 1] >= 0))
        {
            return false;
        }

        // "did not say": a negation among the three tokens before the verb, in its sentence.
        int from = Math.Max(Math.Max(0, i - 3), _sentences[_sentenceOf[i]].FirstToken);
        return !IsNegated(from, i);
    }

    private bool IsPreposition(int i) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && !_insideQuote[i]
        && !Is(i, WordClass.Determiner) && LanguageProfile.TitleSmallWords.Contains(_tokens[i].GetText(_text))
        && !IsText(i, "and") && !IsText(i, "or") && !IsText(i, "nor") && !IsText(i, "but") && !IsText(i, "et") && !IsText(i, "ou");

    private int? MentionAt(int i) => i < _tokens.Count && _mentionStarting[i] >= 0 && !_insideQuote[i] ? _mentionStarting[i] : null;

    private bool IsText(int i, string word) =>
        i >= 0 && i < _tokens.Count && _tokens[i].GetText(_text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsDash(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is '—' or '–' or '―';

    /// <summary>The speaker of entity <paramref name="index"/>, with <paramref name="mentions"/> for its mentions, filled later.</summary>
    private Speaker BuildSpeaker(int index, Mention[] mentions)
    {
        var entity = _resolver.Entities[index];
        var representative = entity.Representative;
        string? title = entity.Titled is { } titled ? _text[_tokens[titled.TitleFirst].Start.._tokens[titled.TitleEnd - 1].End] : null;
        var kind = representative.Type switch
        {
            MentionType.Group => SpeakerKind.Group,
            MentionType.Organization => SpeakerKind.Organization,
            MentionType.Description => SpeakerKind.Person,
            _ => entity.IsPerson ? SpeakerKind.Person : representative.NameEnd - representative.NameFirst == 1 ? SpeakerKind.Organization : SpeakerKind.Unknown,
        };
        return new Speaker
        {
            Name = _resolver.CoreText(representative),
            Title = kind == SpeakerKind.Group && title == _resolver.CoreText(representative) ? null : title,
            Affiliation = entity.Affiliation,
            Kind = kind,
            Gender = entity.Gender,
            Mentions = mentions,
        };
    }

    private Mention BuildMention(MentionCandidate mention)
    {
        int start = _tokens[mention.First].Start;

        // An inverted clitic is reported as its pronoun: "il" in "a-t-il dit".
        if (mention.Type == MentionType.Pronoun && _text[start] == '-')
        {
            start += _tokens[mention.First].GetText(_text).LastIndexOf('-') + 1;
        }

        // "le porte-parole du Kremlin, Dmitri Peskov": a title and the name in apposition are one mention.
        int end = mention.End;
        if (mention.Type == MentionType.Description && mention.Index + 1 < _mentions.Count && _mentions[mention.Index + 1] is { Type: MentionType.Name } name
            && name.First == mention.End + 1 && name.Entity == mention.Entity && IsText(mention.End, ","))
        {
            end = name.End;
        }

        var span = TextSpan.FromBounds(start, _tokens[end - 1].End);
        return new Mention(TextAt(span), span);
    }

    private Cue ToCue(int first, int end)
    {
        var span = TextSpan.FromBounds(_tokens[first].Start, _tokens[end - 1].End);
        return new Cue(TextAt(span), span);
    }

    /// <summary>
    /// The text at <paramref name="span"/>. Short texts come back as the same string each time they
    /// recur (<c>said</c>, <c>he</c>, a repeated short quote), so the results hold one copy of each.
    /// </summary>
    private string TextAt(TextSpan span)
    {
        var text = _text.AsSpan(span.Start, span.Length);
        if (text.Length > MaxSharedTextLength)
        {
            return text.ToString();
        }

        if (!_sharedTexts.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            _sharedTexts.Dictionary.Add(shared, shared);
        }

        return shared;
    }

    private readonly record struct Attribution(int Mention, int Entity, int CueFirst, int CueEnd, string Rule, double Confidence);

    private bool Is(int index, WordClass wordClass) => (_classes[index] & wordClass) != 0;
}
