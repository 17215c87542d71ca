using QuoteExtraction.Languages;

namespace QuoteExtraction.Attribution;

/// <summary>Who a mention stands for when it speaks a quote: relative pronouns, pronouns, and the salient mentions pronouns prefer.</summary>
internal sealed partial class AttributionContext
{
    /// <summary>How much of a rule's confidence an attribution through a resolved pronoun keeps.</summary>
    private const double ResolvedPronounConfidence = 0.9;

    /// <summary>How much of a rule's confidence an attribution through a pronoun that nothing resolves keeps.</summary>
    private const double UnresolvedPronounConfidence = 0.6;

    /// <summary>
    /// How many paragraphs after the latest quote a pronoun may still stand for its speaker, when nobody else
    /// became a subject between them: a paragraph of background often parts two quotes of one speaker.
    /// </summary>
    private const int LastSpeakerReachParagraphs = 2;

    /// <summary>How many tokens may follow a collective source's name before the comma (<c>de Lyon</c> in <c>du Standard de Lyon,</c>).</summary>
    private const int MaxCollectiveSourceTail = 4;

    /// <summary>
    /// The attribution of a quote to <paramref name="mention"/> by <paramref name="rule"/>, with the cue
    /// <c>[cueFirst, cueEnd)</c> (-1 for none), or null when the mention cannot speak (it is inside a
    /// quotation, a relative pronoun with nobody before it, or <c>it</c> right after a person's reporting verb). A relative pronoun stands for the mention
    /// before it; a pronoun is resolved, with a lower confidence, and the better local mention earlier in
    /// the sentence may stand for it. Nothing is changed: a gendered pronoun that this resolves is given in
    /// <see cref="QuoteAttribution.LinkedPronoun"/>, for <see cref="Attributor"/> to link once it keeps the attribution.
    /// </summary>
    public QuoteAttribution? Propose(int mention, int cueFirst, int cueEnd, AttributionRule rule)
    {
        // "a estimé le maire de la ville, Jean Roux": the name in apposition says who the description is,
        // when the resolver did not already link them; so it does after a capitalized title that was read as
        // a name of no person as it ends in a role noun ("Acme Chief Executive, Jane Roe").
        var described = _mentions[mention];
        if ((described.Type == MentionType.Description || (described is { Type: MentionType.Name, IsPerson: false } && Is(described.End - 1, WordClass.Title)))
            && NamedApposition(described) is { } apposed
            && _mentions[apposed].Entity != _mentions[mention].Entity)
        {
            mention = apposed;
        }

        var candidate = _mentions[mention];
        if (candidate.InsideQuote)
        {
            return null;
        }

        double confidence = rule.Confidence;
        int entity = candidate.Entity;
        int linkedPronoun = -1;
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
        else if (candidate.IsIndefinite && CollectiveSource(candidate) is { } body)
        {
            // "Du côté du club, on estime …": the body the sentence opens on speaks through "on".
            mention = body;
            entity = _mentions[body].Entity;
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
        else if (candidate.Type == MentionType.Pronoun && candidate.Gender == Gender.Unknown && !candidate.IsPlural
            && ReporterBefore(candidate) is { } teller && _mentions[teller] is { IsPerson: true, InsideQuote: false })
        {
            // "Jane Roe said it would tell “…”": the thing a person reports on does not speak; the reporting verb names who does.
            return null;
        }
        else if (candidate.Type == MentionType.Pronoun)
        {
            entity = LastSpeakerAgreeing(candidate) ?? _resolver.ResolvePronoun(candidate, _paragraphOf, _salienceOf, _leadsSentence);
            confidence *= entity >= 0 ? ResolvedPronounConfidence : UnresolvedPronounConfidence;

            // "he"/"she" tells that the entity is a person, of that gender; a later "she" may follow this one.
            linkedPronoun = entity >= 0 && candidate.Gender != Gender.Unknown ? mention : -1;

            // "Clinton says she appreciated … what she calls …": the name earlier in the sentence is the
            // better local mention; "She said she recalls …": so is the pronoun that governs the sentence. After a
            // comma the pronoun opens the main clause itself ("When Jane Roe arrived, she said …").
            if (entity >= 0 && !IsText(candidate.First - 1, ",")
                && (NamedEarlierInSentence(mention, entity) ?? SamePronounEarlierInSentence(mention)) is { } named)
            {
                mention = named;
            }
        }

        return new QuoteAttribution(mention, entity, cueFirst, cueEnd, rule, confidence) { LinkedPronoun = linkedPronoun };
    }

    /// <summary>
    /// The body named right after one of the profile's <see cref="LanguageProfile.CollectiveSourceMarkers"/> that opens the
    /// sentence or the line of the indefinite pronoun <paramref name="pronoun"/>, when the pronoun follows the comma that
    /// ends the phrase (<c>Du côté du Kestrow Club de Lyon, on estime …</c>), or null.
    /// </summary>
    private int? CollectiveSource(MentionCandidate pronoun)
    {
        int comma = pronoun.First - 1;
        if (comma < 1 || !IsText(comma, ","))
        {
            return null;
        }

        int sentenceStart = _sentences[_sentenceOf[pronoun.First]].FirstToken;
        foreach (var marker in _profile.CollectiveSourceMarkers)
        {
            for (int start = Math.Max(sentenceStart, comma - marker.Length - MaxCollectiveSourceTail - 1); start <= comma - marker.Length - 1; start++)
            {
                if ((start == sentenceStart || StartsLine(start)) && _document.MatchesPhrase(start, marker))
                {
                    // The mention may hold the marker's last word, an article it read as its own ("du côté du Kestrow Club"),
                    // and the phrase may go on past it ("du Standard de Lyon", where "de Lyon" is a mention of its own).
                    int after = start + marker.Length;
                    int body = _mentionStarting[after] >= 0 ? _mentionStarting[after] : _mentionStarting[after - 1];
                    return body >= 0 && _mentions[body].Entity >= 0 && comma - _mentions[body].End <= MaxCollectiveSourceTail
                        && _mentions[body].Type is MentionType.Name or MentionType.Organization or MentionType.Group ? body : null;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a line break comes right before token <paramref name="index"/>: a line of web text that ends with no full stop still ends its phrase.</summary>
    private bool StartsLine(int index) =>
        index > 0 && _text.AsSpan(_tokens[index - 1].End, _tokens[index].Start - _tokens[index - 1].End).ContainsAny('\n', '\r');

    /// <summary>
    /// The person named right after <paramref name="description"/>, the rest of its phrase (a complement,
    /// a parenthesis) and a comma (<c>le commandant des pompiers de la ville, le vice-amiral Jean Roux</c>), or null.
    /// </summary>
    private int? NamedApposition(MentionCandidate description)
    {
        int sentence = _sentenceOf[description.First];
        for (int k = description.End; k < _tokens.Count && k < description.End + MaxAppositionPhraseTokens && _sentenceOf[k] == sentence && !_insideQuote[k]; k++)
        {
            if (IsText(k, ","))
            {
                return MentionAt(k + 1) is { } named && _mentions[named] is { Type: MentionType.Name, IsPerson: true }
                    && !_document.OpensClauseAfterSource(description.First, _mentions[named].End) ? named : null;
            }

            // The phrase goes on over words and parentheses, not over a verb or a clause.
            if (IsCue(k) || Is(k, WordClass.CueAuxiliary) || _mentionStarting[k] >= 0 && _mentions[_mentionStarting[k]].Type == MentionType.Pronoun
                || _tokens[k].Kind is not (TokenKind.Word or TokenKind.Punctuation) || (_tokens[k].Kind == TokenKind.Punctuation && !IsText(k, "(") && !IsText(k, ")")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of a speech verb right before <paramref name="pronoun"/> (<c>X said she wanted</c>,
    /// <c>X said that they</c>), when it can be what the pronoun refers to.
    /// </summary>
    private int? ReportingSubject(MentionCandidate pronoun)
    {
        if (ReporterBefore(pronoun) is not { } subject)
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
    /// The subject of the speech verb whose reported clause the name or description <paramref name="subject"/> opens, right
    /// after the verb or its complementizer (<c>Jane Roe said Mark Smith called on members to be “…”</c>): the writer quotes
    /// what that verb's subject reports, so the quote is theirs; null when no such verb comes before it or it is inverted.
    /// </summary>
    public int? OuterReporter(int subject)
    {
        var mention = _mentions[subject];
        if (mention.Type is not (MentionType.Name or MentionType.Description) || mention.IsRelative)
        {
            return null;
        }

        int verb = mention.First > 0 && _profile.Complementizers.Contains(_tokens[mention.First - 1].GetText(_text)) ? mention.First - 2 : mention.First - 1;
        return verb >= 0 && IsCue(verb) && !IsInverted(verb) && SubjectBefore(verb) is { } reporter
            && reporter != subject && _mentions[reporter] is { InsideQuote: false, Entity: >= 0 } ? reporter : null;
    }

    /// <summary>
    /// The subject, linked to an entity, of the speech verb right before <paramref name="pronoun"/> or before the
    /// complementizer that opens the pronoun's clause (<c>X said she</c>, <c>X said that it</c>); null when none reports it.
    /// </summary>
    private int? ReporterBefore(MentionCandidate pronoun)
    {
        int verb = pronoun.First > 0 && _profile.Complementizers.Contains(_tokens[pronoun.First - 1].GetText(_text)) ? pronoun.First - 2 : pronoun.First - 1;
        return verb >= 0 && IsCue(verb) && SubjectBefore(verb) is { } subject && _mentions[subject].Entity >= 0 ? subject : null;
    }

    /// <summary>
    /// "“…,” he said" in a run of quotes: the latest quote's speaker, when it agrees with the pronoun,
    /// spoke at most <see cref="LastSpeakerReachParagraphs"/> paragraphs before, and no other person is the subject of a sentence since.
    /// </summary>
    private int? LastSpeakerAgreeing(MentionCandidate pronoun)
    {
        var (entity, token) = _lastSpeaker;
        if (entity < 0 || pronoun.IsPlural || pronoun.Gender == Gender.Unknown || token >= pronoun.First
            || _paragraphOf[pronoun.First] - _paragraphOf[token] > LastSpeakerReachParagraphs || !_resolver.Agrees(pronoun, entity))
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
    private bool IsSalient(MentionCandidate mention) => SalienceOf(mention) != Salience.None;

    /// <summary>
    /// How prominent <paramref name="mention"/> is: a speaker (of a quote already, or a speech verb's subject), else
    /// salient when it starts its sentence (after an optional quote and comma) or is its subject, else neither.
    /// </summary>
    private Salience SalienceOf(MentionCandidate mention)
    {
        if (_speaksQuote[mention.Index])
        {
            return Salience.Speaker;
        }

        int before = mention.First - 1;

        // "…, a affirmé mardi le ministre": a phrase of time may stand between an inverted verb and its speaker.
        int verb = BeforeTimeWords(before, 0);

        // The subject of a speech verb, or the speaker right after an inverted one ("…, noted NBC's Dante Chinni"),
        // not its object ("refused to criticize Jane Doe", "Jane Roe, the former mayor, told Mark Smith"), nor the subject of the
        // words a participle reports ("…, saying Jane Doe was committed").
        // A name that a preposition governs ("Jane Roe of the Center for Kestrel Studies wrote") or that holds a possessor
        // ("Roe’s Final Column Explains …") is salient there, but no speaker.
        if (IsCue(SkipAuxiliaries(mention.End, forward: true)) || (IsCue(verb) && IsInverted(verb) && !IsParticiple(verb) && SubjectBefore(verb) is null))
        {
            return IsGoverned(mention.First) || HasPossessor(mention) ? Salience.Salient : Salience.Speaker;
        }

        // "According to a European diplomat, …": the person or group that a source marker names gives the sentence's words.
        if ((mention.IsPerson || mention.Type == MentionType.Group) && before >= 0 && _document.SourceMarkerEndingAt(before) >= 0)
        {
            return Salience.Speaker;
        }

        // "But state Rep. Jane Roe … recalled": a conjunction that opens the sentence leaves its subject first.
        return _tokens[mention.First].Has(TokenFlags.SentenceStart) || mention.First == ClauseOpener(_sentences[_sentenceOf[mention.First]])
            || (before >= 0 && (_tokens[before].Kind == TokenKind.QuoteMark || (IsText(before, ",") && before > 0 && _tokens[before - 1].Kind == TokenKind.QuoteMark)))
            || IsFirstNameOfParagraph(mention) || IsSentenceSubject(mention) || IsAgent(mention) ? Salience.Salient : Salience.None;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> is its sentence's subject: it opens the sentence or its main clause (past a
    /// conjunction, or an introduction and a comma), and no preposition governs it.
    /// </summary>
    private bool LeadsSentence(MentionCandidate mention) =>
        !IsGoverned(mention.First) && (_tokens[mention.First].Has(TokenFlags.SentenceStart)
            || mention.First == ClauseOpener(_sentences[_sentenceOf[mention.First]]) || IsSentenceSubject(mention));

    /// <summary>Whether a word of <paramref name="mention"/> before its last is a possessor (<c>Roe’s Final Column</c>).</summary>
    private bool HasPossessor(MentionCandidate mention)
    {
        for (int i = mention.First; i < mention.End - 1; i++)
        {
            if (_tokens[i].Has(TokenFlags.Possessive))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention is a person named in full as the agent of a passive (<c>a petition launched by
    /// surgeon Jane Doe</c>): that person acts in the sentence.
    /// </summary>
    private bool IsAgent(MentionCandidate mention)
    {
        int before = mention.First > 0 && Is(mention.First - 1, WordClass.Determiner) ? mention.First - 2 : mention.First - 1;
        return mention is { Type: MentionType.Name, IsPerson: true } && mention.NameEnd - mention.NameFirst >= 2
            && IsListed(before, WordClass.AgentPreposition);
    }

    /// <summary>
    /// Whether the mention is its sentence's subject after an introduction and a comma, or names the same entity
    /// in apposition to it (<c>À ce titre, le président du syndicat, Jean Roux, a fustigé …</c>).
    /// </summary>
    private bool IsSentenceSubject(MentionCandidate mention)
    {
        var sentence = _sentences[_sentenceOf[mention.First]];
        if (SentenceSubject(sentence, mention.End) is not { } subject)
        {
            return false;
        }

        int first = _mentions[subject].First;
        int before = first > 0 && Is(first - 1, WordClass.Determiner) ? first - 2 : first - 1;
        return (before < ClauseOpener(sentence) || IsText(before, ","))
            && (subject == mention.Index || (mention.Entity >= 0 && _mentions[subject].Entity == mention.Entity));
    }

    /// <summary>
    /// Whether the speech verb <paramref name="cue"/> (maybe in a compound tense) comes before its subject: it opens
    /// its sentence or follows a comma or a quotation mark (<c>“…,” said X</c>, <c>« … », a déclaré X</c>).
    /// </summary>
    private bool IsInverted(int cue)
    {
        int before = SkipAuxiliaries(cue - 1, forward: false);
        return _tokens[before + 1].Has(TokenFlags.SentenceStart) || before < 0 || IsText(before, ",") || _tokens[before].Kind == TokenKind.QuoteMark;
    }

    /// <summary>
    /// The first named person of its paragraph, outside quotations: news introduces a speaker so. A place or
    /// a description that a preposition governs there (<c>At the convention in Springfield, he …</c>) only sets the scene;
    /// a person named in full there may still lead the paragraph (<c>with Jane Doe lambasting the plan</c>).
    /// </summary>
    private bool IsFirstNameOfParagraph(MentionCandidate mention) => _firstNameOfParagraph[_paragraphOf[mention.First]] == mention.Index
        && ((mention.IsPerson && mention.Type == MentionType.Name && mention.NameEnd - mention.NameFirst >= 2) || !IsGoverned(mention.First));

    /// <summary>A mention of <paramref name="entity"/> before <paramref name="mention"/> in its sentence, outside quotations.</summary>
    private int? NamedEarlierInSentence(int mention, int entity)
    {
        int sentence = _sentenceOf[_mentions[mention].First];
        for (int m = mention - 1; m >= 0 && m >= mention - MaxMentionsBack && _sentenceOf[_mentions[m].First] == sentence; m--)
        {
            // A possessor ("Pakistan's military …, what it calls") is no subject that the pronoun takes up.
            if (_mentions[m].Entity == entity && !_mentions[m].InsideQuote && _mentions[m].Type != MentionType.Pronoun && !IsGoverned(_mentions[m].First)
                && !_tokens[_mentions[m].End - 1].Has(TokenFlags.Possessive))
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
}
