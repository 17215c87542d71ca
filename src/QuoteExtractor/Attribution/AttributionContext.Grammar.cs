using System.Runtime.CompilerServices;
using QuoteExtraction.Languages;
using QuoteExtraction.Lexicons;

namespace QuoteExtraction.Attribution;

/// <summary>The grammar of cues and subjects: which token is a speech verb, who its subject is, and what a search may step over.</summary>
internal sealed partial class AttributionContext
{
    /// <summary>The subject of the speech verb at <paramref name="verb"/>: the mention before it, past auxiliaries and an apposition.</summary>
    public int? SubjectBefore(int verb)
    {
        // A participle ("X issued a statement saying …", "…, adding …") takes the sentence's subject,
        // which may follow it ("After saying her foot was “so swollen …,” she …").
        bool participle = IsParticiple(verb);
        if (participle && AbsoluteSubjectOf(verb) is { } absolute)
        {
            return absolute;
        }

        if (participle && SpeakerOfCueBeforeParticiple(verb) is { } reporter)
        {
            return reporter;
        }

        if (participle && (SentenceSubject(_sentences[_sentenceOf[verb]], verb) ?? AfterClause(verb + 1, _sentences[_sentenceOf[verb]].EndToken)) is { } main)
        {
            return main;
        }

        // "Sanders was asked by host Bill Maher whether …": the agent of a passive speech verb speaks.
        if (PassiveAgentOf(verb) is { } agent)
        {
            return agent;
        }

        int k = SkipAuxiliaries(verb - 1, forward: false);
        if (k < 0)
        {
            return null;
        }

        // "comme le décrit le journal": after a comparison that takes up the words, the speaker follows the verb.
        if (_document.PhraseEndingAt(k, _profile.ComparisonLeads) >= 0)
        {
            return SpeakerAfterAdjuncts(verb + 1);
        }

        if (IsText(k, ")"))
        {
            // "Rep. Jason Chaffetz (R-Utah) said"
            k = BeforeParenthesis(k);
            if (k < 0)
            {
                return null;
            }
        }

        if (IsText(k, ","))
        {
            // "X, 59, of Ashton, Md., who watched, said": the mention before the apposition's first comma,
            // not one governed by a preposition ("In Washington, …").
            // A place that opens the chain is the setting of the person named last in it ("The Springfield, Ohio, police
            // chief, Jane Roe, said").
            // "Gov. Jane Roe (R-OH), said": the person before the short parenthesis the comma closes.
            int sentence = _sentenceOf[k];
            int? subject = null;
            int last = k > 0 && IsText(k - 1, ")") ? BeforeParenthesis(k - 1) : k - 1;
            int? person = last >= 0 && _mentionEnding[last] >= 0 && !_insideQuote[last] && _mentions[_mentionEnding[last]] is { Type: MentionType.Name, IsPerson: true } named
                && !IsPreposition(named.First - 1)
                ? _mentionEnding[last]
                : null;
            for (int c = k - 1; c >= 0 && c > k - MaxAppositionTokens && _sentenceOf[c] == sentence && !_insideQuote[c]; c--)
            {
                // "a country that the nominee, Mitt Romney, called": the verb's clause opens at "that".
                if (IsListed(c, WordClass.Complementizer))
                {
                    break;
                }

                if (IsText(c, ",") && c > 0 && _mentionEnding[c - 1] >= 0 && !_insideQuote[c - 1])
                {
                    // "The letter from Jane Roe, the mayor, said": the phrase a preposition's name completes is the subject.
                    int ending = _mentionEnding[c - 1];
                    if (!IsPreposition(_mentions[ending].First - 1))
                    {
                        subject = ending;
                        person ??= _mentions[ending] is { Type: MentionType.Name, IsPerson: true } ? subject : null;
                    }
                    else if (HeadBeforeComplements(ending) is { } completed)
                    {
                        subject = completed;
                    }
                }
            }

            // "The villager, Jane Doe, said": a phrase that is no mention, then the person named in apposition,
            // whom the apposition shows to be a person even when no list knows the first name.
            if (subject is null && (person ?? NameEndingAt(k - 1)) is { } apposed && IsText(_mentions[apposed].First - 1, ","))
            {
                return apposed;
            }

            return subject is { } first && !_mentions[first].IsPerson && _mentions[first].Type is MentionType.Name or MentionType.Organization ? person ?? subject : subject;
        }

        if (_mentionEnding[k] < 0 || _insideQuote[k])
        {
            return null;
        }

        // "Chancellor Angela Merkel of Germany condemned": the mention before the prepositional phrase, past the bodies of
        // a chain of them ("Bishop Jane Roe of the Kestrow Patriarchate of Villebourg told").
        int nearest = _mentionEnding[k];
        int before = _mentions[nearest].First - 1;
        if (HeadBeforeComplements(nearest) is { } head)
        {
            return head;
        }

        // "the bank said in a note published Monday": a verb after the noun of another speech verb's
        // adjunct modifies that noun and has no subject of its own.
        if (!participle && IsPreposition(before) && IsCue(SkipAuxiliaries(before - 1, forward: false)))
        {
            return null;
        }

        // "Jane Roe, a top aide said, …" is a parenthesis within Jane Roe's clause, not an apposition.
        return (IsText(verb + 1, ",") ? null : NameBeforeUnclosedApposition(nearest)) ?? FirstConjunct(nearest);
    }

    /// <summary>
    /// The subject right after the speech verb at <paramref name="verb"/> of an incise that a comma opens and a comma or a
    /// colon closes (<c>…, a précisé le policier, « … »</c>, <c>…, said the officer, “…”</c>); null when no name or
    /// description follows the verb, when the verb takes its addressee there (<c>…, told reporters, …</c>), or when a
    /// quotation follows the mention at once, which makes it the subject of the reported words (<c>…, said Jane Roe “was …”</c>).
    /// </summary>
    public int? InvertedSubjectAfter(int verb)
    {
        if (!IsText(SkipAuxiliaries(verb - 1, forward: false), ",") || MentionAt(verb + 1) is not { } subject || _mentions[subject].Type == MentionType.Pronoun
            || _profile.ReportingVerbs.HasTag(_tokens[verb].GetText(_text), LanguageProfile.AddresseeClauseTag))
        {
            return null;
        }

        int end = _mentions[subject].End;
        return end < _tokens.Count && (IsText(end, ",") || IsText(end, ":")) ? subject : null;
    }

    /// <summary>
    /// The first of two people named as one subject (<c>Jane Roe and Mark Smith call them “…”</c>), who comes first in the
    /// words' credit; <paramref name="mention"/> itself when no person and a conjunction come right before it.
    /// </summary>
    private int FirstConjunct(int mention)
    {
        int conjunction = _mentions[mention].First - 1;
        return _mentions[mention] is { Type: MentionType.Name, IsPerson: true } && IsConjunction(conjunction) && conjunction > 0
            && _mentionEnding[conjunction - 1] is >= 0 and var first && !_insideQuote[conjunction - 1]
            && _mentions[first] is { Type: MentionType.Name, IsPerson: true } && !IsPreposition(_mentions[first].First - 1)
            ? first
            : mention;
    }

    /// <summary>
    /// The name or description that the prepositional phrase of <paramref name="mention"/> completes, past at most
    /// <see cref="MaxChainedComplements"/> bodies that themselves complete the one before them (<c>Jane Roe of the Kestrow
    /// Patriarchate of Villebourg</c>), where only a name may be the head; null when no preposition comes before it.
    /// </summary>
    private int? HeadBeforeComplements(int mention)
    {
        for (int level = 0; level < MaxChainedComplements; level++)
        {
            int before = _mentions[mention].First - 1;
            if (!IsPreposition(before) || before == 0 || _mentionEnding[before - 1] < 0 || _insideQuote[before - 1])
            {
                return null;
            }

            mention = _mentionEnding[before - 1];
            if (level == 0 ? _mentions[mention].Type is MentionType.Name or MentionType.Description : _mentions[mention].Type == MentionType.Name)
            {
                return mention;
            }

            if (_mentions[mention].Type != MentionType.Organization)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The token before the short parenthesis that closes at <paramref name="close"/> (<c>(R-Utah)</c>), or
    /// <paramref name="close"/> itself when none opens within <see cref="Document.MaxParenthesisTokens"/> tokens.
    /// </summary>
    private int BeforeParenthesis(int close)
    {
        int open = close - 1;
        while (open >= 0 && open > close - Document.MaxParenthesisTokens && !IsText(open, "("))
        {
            open--;
        }

        return open >= 0 && IsText(open, "(") ? open - 1 : close;
    }

    /// <summary>
    /// The person named at the start of the sentence when <paramref name="description"/> is the apposition after
    /// that name and its comma, whose closing comma is missing (<c>Jane Roe, the director of the agency said</c>); null otherwise.
    /// </summary>
    private int? NameBeforeUnclosedApposition(int description)
    {
        var mention = _mentions[description];
        int comma = mention.First - 1;
        if (mention.Type != MentionType.Description || !IsText(comma, ",") || comma < 1 || _mentionEnding[comma - 1] < 0)
        {
            return null;
        }

        int named = _mentionEnding[comma - 1];
        return _mentions[named] is { Type: MentionType.Name, IsPerson: true, InsideQuote: false } name
            && name.First == _sentences[_sentenceOf[name.First]].FirstToken
            ? named
            : null;
    }

    /// <summary>
    /// The agent of the passive speech verb at <paramref name="verb"/> (<c>was asked by host X</c>), or null; null too when
    /// another speech verb follows the agent, which only reports the subject's words (<c>was quoted by the paper as saying</c>).
    /// </summary>
    private int? PassiveAgentOf(int verb)
    {
        int auxiliary = verb - 1;
        while (auxiliary >= 0 && IsAdverb(auxiliary))
        {
            auxiliary--;
        }

        if (auxiliary < 0 || !(Is(auxiliary, WordClass.Copula) && !_insideQuote[auxiliary]) || !IsListed(verb + 1, WordClass.AgentPreposition) || DescribedMention(verb + 2) is not { } agent)
        {
            return null;
        }

        int end = _mentions[LastAdjacentMention(agent)].End;
        return IsCue(end) || IsCue(end + 1) ? null : agent;
    }

    /// <summary>Whether token <paramref name="i"/> is a word outside quotations in one of the lists of <paramref name="wordClass"/>.</summary>
    public bool IsListed(int i, WordClass wordClass) =>
        i >= 0 && i < _tokens.Count && !_insideQuote[i] && Is(i, wordClass);

    /// <summary>The name (of a person or of no known kind) outside quotations that ends at token <paramref name="i"/>, or null.</summary>
    private int? NameEndingAt(int i) =>
        i >= 0 && _mentionEnding[i] >= 0 && !_insideQuote[i] && _mentions[_mentionEnding[i]].Type == MentionType.Name ? _mentionEnding[i] : null;

    /// <summary>
    /// The subject of a participle that comes right before it, past adverbs, after a preposition that opens an
    /// absolute clause (<c>with Jane Doe reportedly noting</c>); null otherwise.
    /// </summary>
    private int? AbsoluteSubjectOf(int participle)
    {
        int k = SkipAuxiliaries(participle - 1, forward: false);
        return k >= 0 && _mentionEnding[k] >= 0 && !_insideQuote[k] && _mentions[_mentionEnding[k]] is { Type: not MentionType.Pronoun } mention
            && IsListed(mention.First - 1, WordClass.AbsolutePreposition)
            ? mention.Index
            : null;
    }

    /// <summary>
    /// The speaker of the speech verb that a comma joins to the participle at <paramref name="participle"/>, a few words
    /// before it (<c>…, Jane Roe said Tuesday, adding …</c>, <c>…, a confirmé Paul Martin, ajoutant …</c>): the
    /// participle goes on with that verb's speaker, not with the subject of the words reported before it. The
    /// speaker follows a verb that a comma opens, else it comes before the verb and opens its clause.
    /// </summary>
    private int? SpeakerOfCueBeforeParticiple(int participle)
    {
        int comma = participle - 1;
        if (comma <= 0 || !IsText(comma, ","))
        {
            return null;
        }

        int sentence = _sentenceOf[participle];
        for (int v = comma - 1; v >= 0 && v >= comma - MaxReportingClauseTokens && _sentenceOf[v] == sentence && !_insideQuote[v]; v--)
        {
            if (IsText(v, ",") || _tokens[v].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (!IsCue(v) || IsParticiple(v))
            {
                continue;
            }

            // "…, said Jane Roe, adding", "…, a indiqué le ministère dans un communiqué, précisant": after the words it
            // reports, the verb comes before its speaker.
            // A comma that closes an apposition ("Jane Roe, a senator, praised X, calling …") leaves the verb after its subject.
            int before = SkipAuxiliaries(v - 1, forward: false);
            if (IsText(before, ",") && !ClosesApposition(before))
            {
                return SpeakerAfterAdjuncts(v + 1) is { } inverted && _mentions[inverted].End <= comma ? inverted : null;
            }

            // "Jane Roe posted a comment, saying": a speech word whose subject opens no clause is a noun ("a comment").
            if (SubjectBefore(v) is { } subject && OpensClause(_mentions[subject].First))
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>Whether the comma at <paramref name="comma"/> ends a mention that a comma opens: an apposition (<c>, a senator,</c>).</summary>
    private bool ClosesApposition(int comma) =>
        comma > 0 && _mentionEnding[comma - 1] >= 0 && IsText(_mentions[_mentionEnding[comma - 1]].First - 1, ",");

    /// <summary>
    /// Whether a clause may open at token <paramref name="first"/>: at its sentence's start, or after punctuation, a
    /// quotation mark, a bracket, a conjunction or a complementizer.
    /// </summary>
    private bool OpensClause(int first) =>
        first == _sentences[_sentenceOf[first]].FirstToken
        || _tokens[first - 1].Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Bracket
        || IsListed(first - 1, WordClass.Complementizer)
        || IsConjunction(first - 1);

    /// <summary>Whether token <paramref name="k"/> is a coordinating conjunction (<c>and</c>, <c>but</c>, <c>et</c>).</summary>
    public bool IsConjunction(int k) =>
        k >= 0 && k < _tokens.Count && Is(k, WordClass.Conjunction);

    /// <summary>Where the first clause of <paramref name="sentence"/> opens: past a conjunction that opens the sentence (<c>But when she said no, …</c>).</summary>
    public int ClauseOpener(Segment sentence) =>
        sentence.FirstToken + 1 < sentence.EndToken && IsConjunction(sentence.FirstToken) ? sentence.FirstToken + 1 : sentence.FirstToken;

    /// <summary>Whether token <paramref name="i"/> ends with the language's participle ending (<c>saying</c>).</summary>
    public bool IsParticiple(int i) =>
        _profile.IsParticiple(_tokens[i].GetText(_text));

    /// <summary>The mention right after a short introductory phrase and its comma (<c>In recent weeks, Reid …</c>), or null.</summary>
    public int? AfterIntroduction(Segment sentence, int before) => AfterClause(sentence.FirstToken + 1, before);

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

    /// <summary>
    /// The holder of the view that a sentence opening at <paramref name="first"/> with an opinion marker gives
    /// (<c>Pour l'analyste X, …</c>, <c>For X, …</c>), when the holder's phrase ends with a comma before
    /// <paramref name="before"/>; the name that ends a longer phrase (<c>Pour la vice-première ministre du
    /// parti Jeanne Roy, …</c>). Null when a speech verb after the comma has a speaker of its own (<c>For X,
    /// he said, …</c>).
    /// </summary>
    public int? OpinionHolder(int first, int before)
    {
        if (_tokens[first].Kind != TokenKind.Word || !_profile.OpinionMarkers.Contains(_tokens[first].GetText(_text))
            || MentionAt(first + 1) is not { } holder || _mentions[holder].Type == MentionType.Pronoun || _mentions[holder].End >= before)
        {
            return null;
        }

        int sentence = _sentenceOf[first];
        for (int k = _mentions[holder].End; k < before && k < _mentions[holder].End + MaxHolderPhraseTokens && _sentenceOf[k] == sentence; k++)
        {
            if (!IsText(k, ","))
            {
                continue;
            }

            for (int verb = NextCueCandidate(k); verb < before; verb = NextCueCandidate(verb + 1))
            {
                if (IsCue(verb))
                {
                    return null;
                }
            }

            int named = _mentionEnding[k - 1];
            return named > holder && _mentions[named] is { Type: MentionType.Name, IsPerson: true } ? named : holder;
        }

        return null;
    }

    /// <summary>
    /// <c>…, says Carl Anthony, historian …</c>, <c>“…” for Clinton, said Kunin</c>, <c>« … » pour trouver « … », a
    /// estimé lundi le maire X</c>: the speaker after a comma, the verb (maybe in a compound tense) and its adjuncts.
    /// A comma that closes an apposition (<c>Le maire, Jean Roux, a accusé …</c>, <c>Another resident, Jane Doe, said the
    /// families …</c>) is no inversion: the apposition is the subject, and what follows the verb its object.
    /// </summary>
    public int? InvertedAfterComma(int cue)
    {
        int comma = SkipAuxiliaries(cue - 1, forward: false);
        bool apposition = comma > 0 && _mentionEnding[comma - 1] >= 0 && IsText(_mentions[_mentionEnding[comma - 1]].First - 1, ",");
        return IsText(comma, ",") && !apposition ? SpeakerAfterAdjuncts(cue + 1) : null;
    }

    /// <summary>The subject of <paramref name="sentence"/> before token <paramref name="before"/>: its first mention outside quotations not governed by a preposition (<c>Soon after it was over</c>; an agent of a passive may be: <c>sent by Jane Roe</c>), and not a nameless organization.</summary>
    public int? SentenceSubject(Segment sentence, int before)
    {
        for (int m = FirstMentionAfter(Math.Max(AfterOpeningAdjunct(sentence, before), before - MaxSentenceReach) - 1); m < _mentions.Count && _mentions[m].First < before; m++)
        {
            var mention = _mentions[m];
            if (!mention.InsideQuote && (!IsAdjunctPreposition(mention.First - 1) || IsListed(mention.First - 1, WordClass.AgentPreposition)) && !IsPlaceAfterGovernedPlace(mention) && (mention.Type != MentionType.Organization || mention.HasName))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// The first token after the comma that closes a short adjunct or subordinate clause opening <paramref name="sentence"/>
    /// before <paramref name="before"/> (<c>In a statement published Oct. 25, the ministry …</c>, <c>While Jane Roe waited,
    /// Mark Smith …</c>): its names are no subject. The sentence's first token when it opens otherwise.
    /// </summary>
    private int AfterOpeningAdjunct(Segment sentence, int before)
    {
        int first = sentence.FirstToken;
        int opener = ClauseOpener(sentence);
        if (!IsAdjunctPreposition(opener) && !IsListed(opener, WordClass.Subordinator))
        {
            return first;
        }

        for (int k = first + 1; k < before && k <= first + MaxOpeningClauseTokens && !_insideQuote[k]; k++)
        {
            if (IsText(k, ","))
            {
                return k + 1;
            }
        }

        return first;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> is set off by commas right after a name a preposition governs: the
    /// state or country of a place (<c>in Salem, New Hampshire, Trump said</c>), governed as that place is.
    /// </summary>
    private bool IsPlaceAfterGovernedPlace(MentionCandidate mention)
    {
        int comma = mention.First - 1;
        return mention.Type == MentionType.Name && comma > 0 && IsText(comma, ",") && IsText(mention.End, ",") && _mentionEnding[comma - 1] >= 0
            && _mentions[_mentionEnding[comma - 1]].Type == MentionType.Name && IsPreposition(_mentions[_mentionEnding[comma - 1]].First - 1);
    }

    /// <summary>The mention that ends nearest before token <paramref name="index"/>, at most <paramref name="reach"/> tokens back in its sentence, outside quotations.</summary>
    public int? NearestMentionBefore(int index, int reach)
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

    /// <summary>
    /// The mention in the possessive that opens the noun phrase ending at <paramref name="noun"/>, past the adjectives
    /// before the noun (<c>Trump's recent evidence-free assertion</c>); null when another mention, a function word or a
    /// mark other than a hyphen comes first.
    /// </summary>
    public int? PossessorBefore(int noun)
    {
        int sentence = _sentenceOf[noun];
        for (int k = noun - 1; k >= 0 && k >= noun - MaxModifierTokens && _sentenceOf[k] == sentence && !_insideQuote[k]; k--)
        {
            if (_mentionEnding[k] >= 0)
            {
                return _tokens[k].Has(TokenFlags.Possessive) ? _mentionEnding[k] : null;
            }

            // A hyphen joins a compound adjective ("evidence-free"); any other mark or a function word ("a way to") ends the phrase.
            if ((_tokens[k].Kind == TokenKind.Punctuation && !IsText(k, "-")) || Is(k, WordClass.Function))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The speech verb that follows an apposition starting at the comma <paramref name="comma"/>, or null.</summary>
    public int? CueAfterApposition(int comma)
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

    /// <summary>
    /// A speaker phrase a few words after <paramref name="i"/>, past the numbers and plain lower-case
    /// words that the mention finder leaves out: <c>said 9/11 widow Terry Strada</c>, <c>“…,”
    /// screenwriter Cole Haddon wrote</c>, <c>said one unaligned Florida Republican</c>, <c>précise la
    /// toxicologue Jeanne Roy</c>, past a possessive determiner, which the function words hold too, when a mark or a speech
    /// verb ends the phrase (<c>said her lawyer, Jane Roe</c>, <c>“…,” her lawyer said</c>; not the object in <c>portrayed his
    /// party's nominee as …</c>), or the name after such a phrase and a comma (<c>a répondu son avocat, Jean Dupuis</c>).
    /// </summary>
    public int? DescribedMention(int i)
    {
        // Five tokens: "9/11" alone is three.
        bool possessive = false;
        for (int k = i; k < i + 5 && k < _tokens.Count && !_insideQuote[k]; k++)
        {
            if (_mentionStarting[k] >= 0)
            {
                var mention = _mentions[_mentionStarting[k]];
                return mention.Type == MentionType.Pronoun || (possessive && !EndsSpeakerPhrase(mention.End)) ? null : _mentionStarting[k];
            }

            // "a répondu son avocat, Jean Dupuis": a described phrase in apposition to the name after it.
            if (k > i + 1 && IsText(k, ",") && MentionAt(k + 1) is { } named && _mentions[named].Type == MentionType.Name)
            {
                return named;
            }

            var token = _tokens[k];
            var word = token.GetText(_text);
            bool joiner = k > i && token.Kind == TokenKind.Punctuation && _text[token.Start] is '/' or '-' && _tokens[k - 1].End == token.Start;
            bool possessiveWord = token.Kind == TokenKind.Word && !token.Has(TokenFlags.Capitalized) && Is(k, WordClass.PossessiveDeterminer);
            possessive |= possessiveWord;
            bool modifier = token.Kind == TokenKind.Number
                || (token.Kind == TokenKind.Word && !token.Has(TokenFlags.Capitalized) && !IsAdverb(k)
                    && (_profile.SpeakerQuantifiers.Contains(word) || Is(k, WordClass.CueAuxiliary | WordClass.Determiner) || !Is(k, WordClass.Function | WordClass.SpeechVerb)
                        || possessiveWord));
            if (!joiner && !modifier)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the phrase that ends before token <paramref name="end"/> ends at a mark, a speech verb or its auxiliary, or the text's end.</summary>
    private bool EndsSpeakerPhrase(int end) =>
        end >= _tokens.Count || _tokens[end].Kind == TokenKind.Punctuation || Is(end, WordClass.SpeechVerb | WordClass.CueAuxiliary);

    /// <summary>
    /// The last of the mentions that follow <paramref name="mention"/> with nothing between them: the mention
    /// finder may cut one speaker phrase in two (<c>Philippine</c> <c>exercise director General X told</c>),
    /// and its head, the name, comes last.
    /// </summary>
    public int LastAdjacentMention(int mention)
    {
        while (MentionAt(_mentions[mention].End) is { } next && _mentions[next].Type != MentionType.Pronoun)
        {
            mention = next;
        }

        return mention;
    }

    /// <summary>A speech verb outside quotations, in lower case, not negated.</summary>
    public bool IsCue(int i)
    {
        // Every cue is a candidate (IsCueCandidate), read once: a verb of an idiom is then no lexicon lookup again.
        if (i < 0 || i >= _tokens.Count || _nextCueCandidate[i] != i)
        {
            return false;
        }

        var token = _tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // "the ministry's claim": after a possessive the word is a noun.
        if ((!Is(i, WordClass.SpeechVerb) && !IsSpeechIdiom(i) && !IsCausativeSpeech(i)) || (i > 0 && _tokens[i - 1].Has(TokenFlags.Possessive)))
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

        // "did not say": a negation among the three tokens before the verb, in its sentence and clause ("When she said
        // no, Roe told her": a mark ends the negation's reach).
        int from = Math.Max(Math.Max(0, i - 3), _sentences[_sentenceOf[i]].FirstToken);
        for (int k = i - 1; k >= from && _tokens[k].Kind != TokenKind.Punctuation; k--)
        {
            if (IsNegationAt(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="i"/>, outside quotations, may be a cue (<see cref="IsCue"/>), a speech noun or the start of a source marker.</summary>
    /// <remarks>
    /// Every token is asked, so the word classes come first: only words have any, and few words have
    /// these, so most tokens are answered by one predictable test without reading their text. A source marker's first
    /// word is often a common one (<c>in</c> of <c>in the words of</c>), so only a whole marker makes a candidate.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsCueCandidate(int i) =>
        Is(i, CueWords | WordClass.SpeechIdiomVerb | WordClass.CausativeSpeechVerb) && !_insideQuote[i]
        && (Is(i, WordClass.SpeechVerb | WordClass.SpeechNoun) || IsSpeechIdiom(i) || IsCausativeSpeech(i) || SourceMarkerLength(i) > 0);

    /// <summary>"as X put it", "X shot back", "X made it clear": a verb that reports speech with the words after it.</summary>
    private bool IsSpeechIdiom(int i) => VerbEnd(i) > i + 1;

    /// <summary>
    /// The token after the verb at <paramref name="i"/> and the words that complete its idiom (<c>put it</c>, <c>made it
    /// clear</c>): the words of its tag in <see cref="SharedLexicons.SpeechIdiomVerbs"/>, in order, one that ends with
    /// <c>?</c> maybe left out (<c>made clear</c>); <paramref name="i"/> + 1 for any other verb or words.
    /// </summary>
    public int VerbEnd(int i)
    {
        if (!Is(i, WordClass.SpeechIdiomVerb) || SharedLexicons.SpeechIdiomVerbs.TagOf(_tokens[i].GetText(_text)) is not { } idiom)
        {
            return i + 1;
        }

        int k = i + 1;
        var words = idiom.AsSpan();
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            bool optional = word.EndsWith('?');
            if (k < _tokens.Count && _tokens[k].GetText(_text).Equals(optional ? word[..^1] : word, StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }
            else if (!optional)
            {
                return i + 1;
            }
        }

        return k;
    }

    /// <summary>"a fait savoir", "a fait valoir": an infinitive that reports speech right after its causative auxiliary.</summary>
    private bool IsCausativeSpeech(int i) => Is(i, WordClass.CausativeSpeechVerb) && i > 0 && Is(i - 1, WordClass.CueAuxiliary);

    /// <summary>
    /// Whether a negation (<c>not</c>, <c>n't</c>, <c>never</c>) stands among the tokens <c>[first, end)</c>,
    /// outside quotations: the quote's own last word denies nothing of the cue (<c>"No," said Jane Doe</c>).
    /// </summary>
    public bool IsNegated(int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (IsNegationAt(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a negation outside quotations (see <see cref="IsNegated"/>).</summary>
    private bool IsNegationAt(int k) => (_tokens[k].Has(TokenFlags.Negation) || Is(k, WordClass.Negation)) && !_insideQuote[k];

    /// <summary>Whether the sentence of <paramref name="cue"/> ends within four tokens after it ("Trump said on Sunday.").</summary>
    public bool SentenceEndsSoonAfter(int cue) => _sentences[_sentenceOf[cue]].EndToken - cue <= 5;

    /// <summary>Past auxiliaries and adverbs (<c>has also</c>, <c>openly</c>) between a speaker and the verb.</summary>
    public int SkipAuxiliaries(int k, bool forward)
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

    /// <summary>Past a short parenthesis right after a name (<c>(R-Utah)</c>, <c>(D-Mo.)</c>).</summary>
    public int SkipParenthesis(int k) => _document.SkipParenthesis(k, _tokens.Count);

    /// <summary>Past up to two prepositional phrases after a speaker (<c>a narrator in the Clinton ad asks</c>).</summary>
    public int SkipPrepositionalPhrases(int k)
    {
        for (int step = 0; step < 2 && IsPreposition(k) && MentionAt(k + 1) is { } inner; step++)
        {
            k = _mentions[inner].End;
        }

        return k;
    }

    /// <summary>Past a short phrase naming whom the words were for (<c>à la presse</c>, <c>to reporters</c>) after an inverted verb.</summary>
    public int SkipAddressee(int k)
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

    /// <summary>
    /// The person named in apposition after a phrase that no list reads as a mention, right after an inverted speech verb
    /// (<c>« … », a martelé le numéro deux de la diplomatie russe, Sergueï Riabkov</c>): from <paramref name="k"/>, words of
    /// one phrase up to a comma, and after it a person's name or a name in full that a mark or the sentence's end closes;
    /// null when anything else comes first.
    /// </summary>
    public int? NameAfterUnreadPhrase(int k)
    {
        for (int end = Math.Min(_tokens.Count - 1, k + MaxAdjunctTokens); k < end && !_insideQuote[k]; k++)
        {
            if (IsText(k, ","))
            {
                return MentionAt(k + 1) is { } named && _mentions[named] is { Type: MentionType.Name } name
                    && (name.IsPerson || name.NameEnd - name.NameFirst >= 2)
                    && (name.End >= _tokens.Count || _tokens[name.End].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
                    ? named
                    : null;
            }

            if ((_tokens[k].Kind != TokenKind.Word && _tokens[k].Kind != TokenKind.Number) || IsCue(k) || Is(k, WordClass.Pronoun))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of an inverted speech verb past the adjuncts written between them (<c>« … », a déploré
    /// sur Twitter le secrétaire X</c>, <c>a écrit dans un message aux habitants le cardinal X</c>, <c>a
    /// déclaré lundi à l'AFP X</c>): from <paramref name="k"/>, the first mention that no preposition
    /// governs, past adverbs, prepositions and the words of their phrases; null at any other word.
    /// </summary>
    public int? SpeakerAfterAdjuncts(int k)
    {
        if (k >= _tokens.Count)
        {
            return null;
        }

        int sentence = _sentenceOf[k];
        bool adjunct = false;
        for (int end = Math.Min(_tokens.Count, k + MaxAdjunctTokens); k < end && _sentenceOf[k] == sentence && !_insideQuote[k];)
        {
            if (_mentionStarting[k] >= 0)
            {
                var mention = _mentions[_mentionStarting[k]];
                if (!IsGoverned(k))
                {
                    return mention.Type == MentionType.Pronoun ? null : mention.Index;
                }

                k = mention.End;
                continue;
            }

            var token = _tokens[k];
            if (token.Kind != TokenKind.Word || IsCue(k) || _profile.Complementizers.Contains(token.GetText(_text)))
            {
                return null;
            }

            // "a répondu à l'AFP son avocat, Jean Dupuis": a described speaker after the adjunct.
            bool preposition = IsAdjunctPreposition(k);
            if (adjunct && !preposition && !IsGoverned(k) && DescribedMention(k) is { } described)
            {
                return described;
            }

            // Before the first preposition only adverbs (and days) may stand; inside an adjunct, the nouns,
            // names and articles of its phrase, not a word that opens a clause ("compared to what X …").
            bool adverb = Is(k, WordClass.CueAuxiliary) && !token.Has(TokenFlags.Capitalized);
            if (!preposition && !adverb && !(adjunct && (Is(k, WordClass.Determiner) || !Is(k, WordClass.Function))))
            {
                return null;
            }

            adjunct |= preposition;
            k++;
        }

        return null;
    }

    /// <summary>Whether a preposition governs the phrase that starts at <paramref name="first"/>, maybe past a determiner (<c>à l'AFP</c>).</summary>
    public bool IsGoverned(int first)
    {
        int before = first > 0 && Is(first - 1, WordClass.Determiner) ? first - 2 : first - 1;
        return IsAdjunctPreposition(before);
    }

    /// <summary>Whether token <paramref name="i"/> is a preposition that may open an adjunct.</summary>
    public bool IsAdjunctPreposition(int i) =>
        IsPreposition(i) || IsListed(i, WordClass.AdjunctPreposition);

    /// <summary>The number of tokens of the source marker (<c>according to</c>, <c>selon</c>) starting at <paramref name="i"/>, or 0.</summary>
    public int SourceMarkerLength(int i)
    {
        if (i < 0 || i >= _tokens.Count || !Is(i, WordClass.SourceMarkerStart))
        {
            return 0;
        }

        return _document.PhraseLengthAt(i, _profile.SourceMarkers);
    }

    /// <summary>
    /// The first token at or before <paramref name="k"/>, walking back past <paramref name="floor"/> no further and over at most
    /// <paramref name="reach"/> tokens, that is no word of the language's time words (<c>earlier Thursday</c> in <c>Jane Roe
    /// earlier Thursday said</c>, <c>mardi</c> in <c>a affirmé mardi le ministre</c>): <paramref name="k"/> itself when it is none.
    /// </summary>
    public int BeforeTimeWords(int k, int floor, int reach = int.MaxValue)
    {
        int start = k;
        while (k > floor && start - k < reach && IsListed(k, WordClass.TimeWord))
        {
            k--;
        }

        return k;
    }

    /// <summary>Whether token <paramref name="i"/>, outside quotations, is a preposition (a small title word that is neither a determiner nor a conjunction).</summary>
    public bool IsPreposition(int i) =>
        IsListed(i, WordClass.SmallWord) && !Is(i, WordClass.Determiner);
}
