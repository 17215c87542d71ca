using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;

namespace QuoteExtraction.Attribution;

/// <summary>
/// Reads the speaker phrase that starts at a token, one part at a time, and tells what it is: a
/// pronoun, a name, a description, a group or an organization.
/// </summary>
/// <remarks>
/// A phrase is an optional determiner, then honorifics, nationality adjectives, possessive
/// affiliations (<c>Russia's</c>), title modifiers and role nouns, capitalized name tokens (joined by
/// hyphens and initials), and at most one group noun as its head. Its name is the trailing run of
/// capitalized tokens that are none of the others; the title is the modifiers and role nouns before
/// it. A capitalized sentence opener that is a known function word or opener is not a name.
/// Each part has its own parser, which reads the word at <see cref="SpeakerPhrase.End"/> and tells
/// whether it took it; the order in which <see cref="ReadParts"/> asks them settles a word that
/// two parts could take.
/// </remarks>
internal readonly partial struct SpeakerPhraseParser
{
    /// <summary>Longer runs are not one speaker phrase; the bound keeps parsing linear on any input.</summary>
    private const int MaxPhraseTokens = 16;

    /// <summary>The longest capitalized body in a title's complement (<c>Securities and Exchange Commission</c> is four).</summary>
    private const int MaxComplementWords = 5;

    /// <summary>The document whose phrases are read.</summary>
    private readonly Document _document;
    /// <summary>The document's text, which the tokens' offsets point into.</summary>
    private readonly string _text;
    /// <summary>The document's tokens.</summary>
    private readonly List<Token> _tokens;
    /// <summary>The document's language.</summary>
    private readonly LanguageProfile _profile;
    /// <summary>The document's word classes, kept here as every token's parse tests them.</summary>
    private readonly TokenClasses _classes;
    /// <summary>Where the mentions come from and go.</summary>
    private readonly MentionStore _store;

    /// <summary>A parser of the phrases of <paramref name="document"/>, whose mentions come from <paramref name="store"/>.</summary>
    public SpeakerPhraseParser(Document document, MentionStore store)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _profile = document.Profile;
        _classes = document.Classes;
        _store = store;
    }

    /// <summary>
    /// The mention that starts at token <paramref name="start"/> of <paramref name="sentence"/>, taken from
    /// the store, or null when no speaker phrase starts there. <paramref name="inside"/> tells whether it
    /// lies inside a quote.
    /// </summary>
    public MentionCandidate? Parse(int start, Segment sentence, bool inside)
    {
        if (PronounTags(start) is { } pronoun)
        {
            return PronounMention(start, pronoun, inside);
        }

        var phrase = new SpeakerPhrase(start, sentence);
        Determiner(ref phrase);

        // "l'intéressé": a pronoun of the list after an article stands for a person as the pronoun does.
        if (phrase.End > start && phrase.End < sentence.EndToken && PronounTags(phrase.End) is { } described)
        {
            var mention = PronounMention(phrase.End, described, inside);
            mention.First = start;
            return mention;
        }

        ReadParts(ref phrase);
        JoinedTitle(ref phrase);
        LabelBeforeFirstName(ref phrase);
        HeadWithoutRoleNoun(ref phrase);
        return phrase.HasName || phrase.Head >= 0 ? ToMention(ref phrase, inside) : null;
    }

    /// <summary>
    /// Reads the words after the determiner, each taken by the first part that can hold it, until a word
    /// fits no part or a part completes the phrase. A word that is no word token only joins a name.
    /// </summary>
    public void ReadParts(ref SpeakerPhrase phrase)
    {
        while (!phrase.IsComplete && phrase.End < phrase.Sentence.EndToken && phrase.End - phrase.Start < MaxPhraseTokens)
        {
            bool taken = _tokens[phrase.End].Kind == TokenKind.Word
                ? Honorific(ref phrase) || TitleWord(ref phrase) || Complement(ref phrase) || TitleWordAfterHead(ref phrase) || NameWord(ref phrase)
                : NameJoiner(ref phrase) || OrdinalBeforeRank(ref phrase);
            if (!taken)
            {
                break;
            }
        }
    }

    /// <summary>The determiner part: an article or quantifier that opens the phrase (<c>the</c>, <c>la</c>, <c>plusieurs</c>), if any.</summary>
    public void Determiner(ref SpeakerPhrase phrase)
    {
        int start = phrase.Start;
        var first = _tokens[start];

        // The class bit tells a determiner without a lookup, unless it may come from a clitic's stem.
        if (Is(start, WordClass.Determiner) && (first.Clitic.Length == 0 || _profile.Determiners.Contains(first.GetText(_text))))
        {
            phrase.AfterDeterminer = phrase.End = start + 1;
        }
    }

    /// <summary>
    /// The honorifics part: a capitalized honorific (<c>Mr.</c>, <c>Gov.</c>, <c>Mme</c>), which tells the
    /// gender. After a name only an abbreviated one counts, and the name before it is a place or body
    /// (<c>Indiana Gov. Mike Pence</c>).
    /// </summary>
    public bool Honorific(ref SpeakerPhrase phrase)
    {
        int end = phrase.End;
        var token = _tokens[end];
        if (!token.Has(TokenFlags.Capitalized) || !Is(end, WordClass.Honorific) || SharedLexicons.Honorifics.TagOf(token.GetText(_text)) is not { } honor
            || (phrase.HasName && !token.Has(TokenFlags.Abbreviation)))
        {
            return false;
        }

        AffiliateName(ref phrase);
        phrase.HasHonorific = true;
        phrase.AddGender(honor);

        // "Mme la ministre": an article between the honorific and the role noun.
        bool article = end + 2 < phrase.Sentence.EndToken && Is(end + 1, WordClass.Determiner) && IsTitleWord(end + 2);
        phrase.End = article ? end + 2 : end + 1;
        return true;
    }

    /// <summary>
    /// The title part, before the name: a nationality or party (<c>Russian</c>, <c>Republican</c>), a
    /// possessive affiliation (<c>Pfizer's</c>), a noun of the affiliation (<c>Tulsa police Chief</c>), role
    /// nouns and their modifiers (<c>Deputy Foreign Minister</c>, <c>a law enforcement official</c>), or
    /// the group or source noun that heads and ends a description (<c>officials</c>, <c>the report</c>).
    /// </summary>
    /// <remarks>One method for all of them, not one each: every word of a phrase goes through it, and most words are none of them.</remarks>
    public bool TitleWord(ref SpeakerPhrase phrase)
    {
        int end = phrase.End;
        var token = _tokens[end];
        bool capitalized = token.Has(TokenFlags.Capitalized);
        if (capitalized)
        {
            if (!phrase.HasName && Is(end, WordClass.Nationality) && SharedLexicons.Nationalities.TagOf(token.GetText(_text)) is { } country
                && !IsSurname(in phrase, country))
            {
                // A nationality or party modifies what follows.
                phrase.Affiliation ??= country;
                phrase.LastNationality = end;
                phrase.End = end + 1;
                return true;
            }

            if (token.Has(TokenFlags.Possessive))
            {
                Possessive(ref phrase);
                return true;
            }
        }
        else if (Is(end, WordClass.SourceNoun | WordClass.OrganizationWord | WordClass.GroupNoun) && !IsAdjectiveAfterNoun(end))
        {
            if (IsPhraseWord(end + 1) && !Is(end + 1, WordClass.GroupNoun))
            {
                // "Tulsa police Chief Chuck Jordan", "White House bureau chief Juliet Eilperin": the noun belongs to the affiliation.
                phrase.Affiliation ??= _text[_tokens[phrase.HasName ? phrase.NameFirst : end].Start..token.End];
                phrase.NameFirst = -1;
                phrase.End = end + 1;
                return true;
            }

            if (Is(end, WordClass.GroupNoun))
            {
                GroupHead(ref phrase);
                return true;
            }

            // A source noun needs a determiner or a word before it: "the letter", "the IMF report"; or a possessive before
            // it when it speaks: "his campaign said", "a précisé son cabinet".
            if (end > phrase.Start || SpeaksAfterPossessive(end, end))
            {
                SourceHead(ref phrase);
                return true;
            }
        }

        // A capitalized title word right after a name is part of the name (Charlie King), unless a first
        // name follows it (PolitiFact Executive Director Aaron Sharockman).
        if (Is(end, WordClass.Title | WordClass.TitleModifier) && (!capitalized || !phrase.HasName || TitleBeforeFirstName(end, phrase.Sentence)))
        {
            if (Is(end, WordClass.Title) && TitleTag(end) is { } gender)
            {
                // A role noun, or else the article before it, tells the gender: "la ministre".
                phrase.Head = end;
                phrase.AddGender(gender.Length > 0 ? gender : DeterminerGender(in phrase));
                AffiliateName(ref phrase);
                phrase.AddTitleWord();
                return true;
            }

            if (Is(end, WordClass.TitleModifier) && IsPhraseWord(end + 1))
            {
                AffiliateName(ref phrase);
                phrase.AddTitleWord();
                return true;
            }
        }

        // "a law enforcement official": lower-case nouns before a role noun modify it; after a name, when a person's name
        // follows the role noun, the name is the body they serve ("the Kestrow technology columnist Jane Roe").
        if (!capitalized && RoleNounAhead(end, phrase.Sentence) && (!phrase.HasName || RoleNounBeforePerson(end, phrase.Sentence))
            && !(end == phrase.Start && IsGerundAfterPreposition(end)))
        {
            AffiliateName(ref phrase);
            phrase.AddTitleWord();
            if (IsHyphenInName(end + 1))
            {
                // "nutritional-supplement executive": the word after the hyphen is part of the modifier.
                phrase.End = phrase.TitleEnd = end + 3;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="index"/> has the language's participle ending right after a preposition, where it
    /// is a gerund that governs the nouns after it (<c>toward improving teacher pay</c>, <c>by hiring police officers</c>),
    /// not a word of a title; the listed modifiers (<c>acting</c>, <c>managing</c>) are read before this is asked.
    /// </summary>
    private bool IsGerundAfterPreposition(int index) =>
        index > 0 && Is(index - 1, WordClass.Function) && !Is(index - 1, WordClass.Determiner | WordClass.Pronoun)
        && _profile.IsParticiple(_tokens[index].GetText(_text));

    /// <summary>
    /// The complement part: a complement within two words of the head noun ends the title
    /// (<c>Secretary of State</c>, <c>attorney general of Oklahoma</c>, <c>porte-parole du Kremlin</c>,
    /// <c>chef de la diplomatie européenne</c>).
    /// </summary>
    /// <remarks>
    /// Right after a complement, another complement with a capitalized body goes on with the title, stacked
    /// or after a conjunction (<c>procureure de la République de Lyon</c>, <c>ministre de la Ville et du
    /// Logement</c>), so that the name written after the whole role is reached.
    /// </remarks>
    public bool Complement(ref SpeakerPhrase phrase)
    {
        int head = phrase.Head;
        int end = phrase.End;
        int? complementEnd = head < 0 ? null
            : head >= end - 2 ? ComplementAfter(ref phrase, end, bodyOnly: false)
            : end == phrase.TitleEnd ? ComplementAfter(ref phrase, IsConjunction(end) ? end + 1 : end, bodyOnly: !IsConjunction(end))
            : null;
        if (complementEnd is not { } after)
        {
            return false;
        }

        phrase.TitleEnd = after;
        phrase.End = after;
        return true;
    }

    /// <summary>
    /// The title part after the role noun, within two words of it: a nationality adjective, which gives the
    /// affiliation (<c>le vice-ministre russe</c>), or in French a modifier right after the role noun
    /// (<c>secrétaire générale</c>, <c>directeur adjoint</c>).
    /// </summary>
    public bool TitleWordAfterHead(ref SpeakerPhrase phrase)
    {
        int end = phrase.End;
        int head = phrase.Head;
        if (_tokens[end].Has(TokenFlags.Capitalized) || head < 0 || head < end - 2)
        {
            return false;
        }

        if (Is(end, WordClass.NationalityAdjective) && _profile.NationalityAdjectives.TagOf(_tokens[end].GetText(_text)) is { } nation)
        {
            phrase.Affiliation ??= nation;
        }
        else if (!(head == phrase.TitleEnd - 1 && Is(end, WordClass.TitleModifier) && _profile.PlacesAdjectivesAfterNouns))
        {
            return false;
        }

        phrase.TitleEnd = end + 1;
        phrase.End = end + 1;
        return true;
    }

    /// <summary>
    /// The name part: a capitalized name token (or the word after a hyphen in a name), or a nationality
    /// adjective that ends a body's name (<c>la Commission européenne</c>).
    /// </summary>
    public bool NameWord(ref SpeakerPhrase phrase)
    {
        int end = phrase.End;
        bool afterName = phrase.HasName;
        if (!_tokens[end].Has(TokenFlags.Capitalized) && afterName && Is(end, WordClass.NationalityAdjective)
            && _profile.NationalityAdjectives.TagOf(_tokens[end].GetText(_text)) is { } bodyNation)
        {
            phrase.Affiliation ??= bodyNation;
        }
        else if (afterName && (AcronymBeforePerson(in phrase) || IsHeadlineVerb(in phrase)))
        {
            return false;
        }
        else if (IsNameToken(end, phrase.Sentence) || (afterName && IsHyphenInName(end - 1)))
        {
            phrase.NameFirst = afterName ? phrase.NameFirst : end;
        }
        else
        {
            return false;
        }

        phrase.End = end + 1;
        return true;
    }

    /// <summary>
    /// Whether the name read so far is one all-capital acronym and a first name with a surname comes next
    /// (<c>a déclaré à l'AFP Jeanne Roy</c>, <c>told NBC Jane Doe</c>): a body and a person, two phrases. Right
    /// after a speech verb, the body it was told to, any two-word name after it is the person's, first name known
    /// or not, unless it names a body (<c>told UN Security Council members</c>). Right after a title the acronym is a label of the person (<c>le député PLR Jean Roux</c>), which
    /// <see cref="LabelBeforeFirstName"/> reads.
    /// </summary>
    private bool AcronymBeforePerson(in SpeakerPhrase phrase)
    {
        int end = phrase.End;
        var sentence = phrase.Sentence;
        return phrase.NameFirst == end - 1 && phrase.TitleEnd != phrase.NameFirst && _tokens[end - 1].Has(TokenFlags.AllCaps) && end + 1 < sentence.EndToken
            && IsNameToken(end + 1, sentence)
            && (IsFirstName(end)
                || (IsAddresseeOfSpeechVerb(end - 1) && !_tokens[end].Has(TokenFlags.AllCaps) && IsNameToken(end, sentence)
                    && (end + 2 >= sentence.EndToken || !_tokens[end + 2].Has(TokenFlags.Capitalized)) && !HasOrganizationWord(end, end + 2)));
    }

    /// <summary>
    /// Whether the next word, after a name and right before an opening quotation mark in a headline, is the headline's verb
    /// (<c>Roe Talks “Retaliation” If …</c>): a headline capitalizes every word and writes its verb in the present, with the
    /// language's <see cref="LanguageProfile.HeadlineVerbSuffix"/>. A word that the lists know as a name is the surname
    /// (<c>Jane Sanders “…”</c>).
    /// </summary>
    private bool IsHeadlineVerb(in SpeakerPhrase phrase)
    {
        int end = phrase.End;
        var sentence = phrase.Sentence;
        var word = _tokens[end].GetText(_text);
        return _profile.HeadlineVerbSuffix is { } suffix && end + 1 < sentence.EndToken && _tokens[end + 1].Kind == TokenKind.QuoteMark
            && _tokens[end + 1].QuoteRole != QuoteMarkRole.Closing && word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal)
            && !_tokens[end].Has(TokenFlags.AllCaps) && !IsFirstName(end)
            && QuoteClassifier.IsHeadline(_document, sentence, -1, -1);
    }

    /// <summary>Whether the word at <paramref name="index"/> follows a speech verb, maybe past a preposition and an article (<c>told AFP</c>, <c>a déclaré à l'AFP</c>).</summary>
    private bool IsAddresseeOfSpeechVerb(int index)
    {
        int k = index - 1;
        k -= k >= 0 && Is(k, WordClass.Determiner) ? 1 : 0;
        k -= k >= 0 && !Is(k, WordClass.Determiner) && Is(k, WordClass.SmallWord) ? 1 : 0;
        return k >= 0 && Is(k, WordClass.SpeechVerb) && !_tokens[k].Has(TokenFlags.Capitalized);
    }

    /// <summary>
    /// The name part's tokens that are no words: a hyphen glued between two name tokens
    /// (<c>Holtz-Eakin</c>, <c>al-Sadr</c>) or a quoted nickname inside a name (<c>Marcia "Cia" Price</c>).
    /// </summary>
    public bool NameJoiner(ref SpeakerPhrase phrase)
    {
        int end = phrase.End;
        if (!phrase.HasName)
        {
            return false;
        }

        if (IsHyphenInName(end))
        {
            phrase.End = end + 1;
            return true;
        }

        if (NicknameEnd(end, phrase.Sentence) is { } after)
        {
            phrase.End = after;
            return true;
        }

        return false;
    }

    /// <summary>
    /// An ordinal right before a capitalized honorific or role noun is part of the title (<c>Air Force 1st Lt. Jane Roe</c>,
    /// <c>1st Sgt. Jane Roe</c>), and the capitalized run before it is the body the person serves.
    /// </summary>
    public bool OrdinalBeforeRank(ref SpeakerPhrase phrase)
    {
        int end = phrase.End;
        var token = _tokens[end];
        if (token.Kind != TokenKind.Number || !char.IsLetter(_text[token.End - 1]) || end + 1 >= phrase.Sentence.EndToken
            || !_tokens[end + 1].Has(TokenFlags.Capitalized) || !Is(end + 1, WordClass.Honorific | WordClass.Title))
        {
            return false;
        }

        AffiliateName(ref phrase);
        phrase.AddTitleWord();
        return true;
    }

    /// <summary>
    /// Two titles of one person joined by a conjunction before the name (<c>former Kestrow Gov. and Party Chairman Jane Roe</c>,
    /// <c>le député de Lyon et candidat à la présidence Jean Roux</c>): when the phrase read so far is a role without a name and
    /// the words after the conjunction are a title without a determiner or honorific of its own followed by a name, both are
    /// one phrase, named by that name. A second determiner or honorific introduces a second person (<c>the minister and the
    /// mayor</c>, <c>the minister and Mr. Roe</c>).
    /// </summary>
    public void JoinedTitle(ref SpeakerPhrase phrase)
    {
        int end = phrase.End;
        if (phrase.HasName || phrase.IsComplete || !(phrase.HasHonorific || (phrase.Head >= 0 && Is(phrase.Head, WordClass.Title)))
            || end + 2 >= phrase.Sentence.EndToken || !IsConjunction(end))
        {
            return;
        }

        var joined = new SpeakerPhrase(end + 1, phrase.Sentence);
        ReadParts(ref joined);
        if (!joined.HasName || joined.HasHonorific || joined.TitleFirst < 0 || Is(end + 1, WordClass.Determiner))
        {
            return;
        }

        phrase.NameFirst = joined.NameFirst;
        phrase.End = joined.End;
        phrase.Affiliation ??= joined.Affiliation;
        phrase.Gender = phrase.Gender == Gender.Unknown ? joined.Gender : phrase.Gender;
    }

    /// <summary>
    /// A capitalized label between a title and a person's name (<c>le ministre Nouveau Cap Jean Roux</c>, a
    /// party or body): when a known first name inside the name run has a surname after it and no first name
    /// before it, the words before it are the affiliation and the name starts at the first name.
    /// </summary>
    public void LabelBeforeFirstName(ref SpeakerPhrase phrase)
    {
        if (!phrase.HasName || phrase.TitleFirst < 0 || phrase.TitleEnd != phrase.NameFirst)
        {
            return;
        }

        for (int k = phrase.NameFirst; k < phrase.End - 1; k++)
        {
            if (IsFirstName(k))
            {
                if (k > phrase.NameFirst && _tokens[k + 1].Has(TokenFlags.Capitalized))
                {
                    phrase.Affiliation ??= _text[_tokens[phrase.NameFirst].Start.._tokens[k - 1].End];
                    phrase.NameFirst = k;
                }

                return;
            }
        }
    }

    /// <summary>
    /// The head of a phrase with a determiner but neither a name nor a head noun, which names a person: a
    /// nationality alone (<c>a Democrat familiar with …</c>, <c>the American said</c>; but after a plural
    /// determiner a singular nationality is an adjective: <c>many Republican claims</c>), or right after an
    /// inverted speech verb a plain noun, even one of no known role (<c>« … », a lancé un parent</c>, <c>said a passer-by</c>),
    /// or an age alone before a verb or the phrase's end (<c>the 56-year-old said</c>; not <c>the 30-year-old law</c>).
    /// </summary>
    public void HeadWithoutRoleNoun(ref SpeakerPhrase phrase)
    {
        var (start, first, end) = (phrase.Start, phrase.AfterDeterminer, phrase.End);
        if (phrase.HasName || phrase.Head >= 0 || !phrase.HasDeterminer)
        {
            return;
        }

        if (phrase.LastNationality == end - 1
            && !(Is(start, WordClass.PluralDeterminer) && !_tokens[end - 1].GetText(_text).EndsWith(_profile.PluralSuffix, StringComparison.Ordinal)))
        {
            phrase.Head = phrase.TitleFirst = first;
            phrase.TitleEnd = end;
            phrase.HeadNamesPerson = true;
        }
        else if (first == end && AgeEnd(first, phrase.Sentence) is { } ageEnd
            && (EndsPhrase(ageEnd, phrase.Sentence) || Is(ageEnd, WordClass.SpeechVerb | WordClass.CueAuxiliary)))
        {
            phrase.Head = ageEnd - 1;
            phrase.TitleFirst = first;
            phrase.TitleEnd = phrase.End = ageEnd;
            phrase.HeadNamesPerson = true;
            phrase.AddGender(DeterminerGender(in phrase));
        }
        else if (first == end && first < phrase.Sentence.EndToken && start > phrase.Sentence.FirstToken
            && IsInvertedVerb(start - 1) && IsPlainNoun(first) && EndsPhrase(first + 1, phrase.Sentence))
        {
            phrase.Head = phrase.TitleFirst = first;
            phrase.TitleEnd = phrase.End = first + 1;
            phrase.HeadNamesPerson = true;
            phrase.AddGender(DeterminerGender(in phrase));
        }
    }

    /// <summary>
    /// The end of a complement that starts with the preposition at <paramref name="preposition"/>: an
    /// optional article, then a capitalized body or place with up to two lower-case adjectives
    /// (<c>des Affaires étrangères</c>, <c>du Kremlin</c>, <c>of State</c>, stopping before a person's
    /// name) or a lower-case noun with its adjectives (<c>de la diplomatie européenne</c>); null when none.
    /// A capitalized body, or else a nationality adjective, is the affiliation.
    /// </summary>
    /// <remarks>
    /// With <paramref name="bodyOnly"/>, or after a preposition of the <see cref="LanguageProfile.BodyComplementTag"/> tag, only a
    /// capitalized body counts. A person is no body: a title, honorific or first name there starts a phrase of its own
    /// (<c>a spokesman for Jane Roe</c>, <c>an agent for President Jane Roe</c>). Nor is the addressee of the speech verb the phrase
    /// is inverted with (<c>affirme la chercheuse à Kestrow Info</c>: see <see cref="IsAddressee"/>).
    /// </remarks>
    private int? ComplementAfter(ref SpeakerPhrase phrase, int preposition, bool bodyOnly = false)
    {
        var sentence = phrase.Sentence;
        if (preposition >= sentence.EndToken || !Is(preposition, WordClass.ComplementPreposition))
        {
            return null;
        }

        int first = preposition + 1;
        if (first < sentence.EndToken && Is(first, WordClass.Determiner) && !Is(first, WordClass.PluralDeterminer))
        {
            first++;
        }

        if (first >= sentence.EndToken || _tokens[first].Kind != TokenKind.Word)
        {
            return null;
        }

        int end = first;
        bool body = _tokens[first].Has(TokenFlags.Capitalized);
        if ((!body && (bodyOnly || IsBodyPreposition(preposition)))
            || (body && IsPersonAhead(first, sentence)))
        {
            return null;
        }

        if (body)
        {
            // A hyphen joins two words of the body ("Minister of Crown-Municipal Relations"); a capitalized word that is
            // also a speech verb ends a body's name before a mark ("editor for the Political Report.").
            while (end < sentence.EndToken && end < first + MaxComplementWords
                && ((IsNameToken(end, sentence) && !(end > first && end + 1 < sentence.EndToken && IsFirstName(end) && _tokens[end + 1].Has(TokenFlags.Capitalized)))
                    || (end > first && IsHyphenInName(end) && IsNameToken(end + 1, sentence))
                    || (end > first && IsVerbEndingBody(end, sentence))))
            {
                // "a spokesman for House Speaker Jane Roe": a role noun and a person's name inside make it a person's phrase.
                if (end > first && Is(end, WordClass.Title) && IsPersonName(end + 1, sentence))
                {
                    return null;
                }

                end += IsHyphenInName(end) ? 2 : 1;
            }
        }
        else if ((IsComplementAdjective(first) && !Is(first, WordClass.NationalityAdjective)) || IsCountComplement(first))
        {
            end++;
        }

        if (end == first)
        {
            return null;
        }

        int bodyEnd = end;
        string? nation = null;
        while (end < sentence.EndToken && end < bodyEnd + 1 && _tokens[end].Kind == TokenKind.Word && !_tokens[end].Has(TokenFlags.Capitalized)
            && IsComplementAdjective(end))
        {
            nation ??= Is(end, WordClass.NationalityAdjective) ? _profile.NationalityAdjectives.TagOf(_tokens[end].GetText(_text)) : null;
            end++;
        }

        if (IsAddressee(preposition, phrase.Start, end, sentence))
        {
            return null;
        }

        phrase.Affiliation ??= body ? _text[_tokens[first].Start.._tokens[end - 1].End] : nation;
        return end;
    }

    /// <summary>
    /// A capitalized possessive at <see cref="SpeakerPhrase.End"/>. Before a title word it is the
    /// affiliation, with the name run it ends (<c>Russia's Deputy Foreign Minister</c>); before anything
    /// else it ends the phrase and its name (<c>Hillary Clinton's team</c>).
    /// </summary>
    private void Possessive(ref SpeakerPhrase phrase)
    {
        int end = phrase.End;
        int possessor = phrase.HasName ? phrase.NameFirst : end;
        phrase.End = end + 1;
        if (!IsPhraseWord(end + 1))
        {
            phrase.NameFirst = possessor;
            phrase.IsComplete = true;
            return;
        }

        phrase.Affiliation = _text[_tokens[possessor].Start.._tokens[end].Stem.End];
        phrase.NameFirst = -1;
    }

    /// <summary>
    /// A lower-case group noun at <see cref="SpeakerPhrase.End"/> heads and ends the phrase, maybe with
    /// nationality adjectives, an adjective spelled as a group noun and a complement after it (<c>plusieurs responsables
    /// occidentaux</c>, <c>les médecins militaires</c>, <c>des habitants de Kherson</c>).
    /// </summary>
    private void GroupHead(ref SpeakerPhrase phrase)
    {
        int head = phrase.End;
        phrase.Head = head;
        AffiliateName(ref phrase);
        int end = head + 1;
        while (end < phrase.Sentence.EndToken && end <= head + 2 && Is(end, WordClass.NationalityAdjective)
            && _profile.NationalityAdjectives.TagOf(_tokens[end].GetText(_text)) is { } nation)
        {
            phrase.Affiliation ??= nation;
            end++;
        }

        // "les médecins militaires": an adjective spelled as a group noun qualifies the head.
        if (end < phrase.Sentence.EndToken && IsAdjectiveAfterNoun(end))
        {
            end++;
        }

        phrase.End = ComplementAfter(ref phrase, end) ?? end;
        phrase.IsComplete = true;
    }

    /// <summary>
    /// A lower-case source or organization noun at <see cref="SpeakerPhrase.End"/> heads and ends the
    /// phrase, maybe with a complement: a document or a body that speaks (<c>the IMF report</c>,
    /// <c>le ministère des Affaires étrangères</c>).
    /// </summary>
    private void SourceHead(ref SpeakerPhrase phrase)
    {
        int head = phrase.End;
        phrase.Head = head;
        AffiliateName(ref phrase);
        phrase.End = ComplementAfter(ref phrase, head + 1) ?? head + 1;
        phrase.IsSource = true;
        phrase.IsComplete = true;
    }

    /// <summary>
    /// Whether the nationality at <see cref="SpeakerPhrase.End"/>, which gives <paramref name="affiliation"/>,
    /// is a surname: when it opens the phrase right before a speech verb (<c>Cuban said</c>; but a party is
    /// never one: <c>Republican claims</c>), or right after one with no title word next (<c>said Cuban</c>).
    /// </summary>
    private bool IsSurname(in SpeakerPhrase phrase, string affiliation)
    {
        int end = phrase.End;
        return end == phrase.Start
            && ((end + 1 < phrase.Sentence.EndToken && Is(end + 1, WordClass.SpeechVerb) && !IsParty(affiliation))
                || (end > 0 && Is(end - 1, WordClass.SpeechVerb) && !IsPhraseWord(end + 1)));
    }

    /// <summary>A capitalized run before a title word or an honorific is the body or place it belongs to (<c>Kremlin spokesman</c>): the run is no longer a name.</summary>
    private void AffiliateName(ref SpeakerPhrase phrase)
    {
        if (phrase.HasName)
        {
            phrase.Affiliation ??= _text[_tokens[phrase.NameFirst].Start.._tokens[phrase.End - 1].End];
            phrase.NameFirst = -1;
        }
    }

    /// <summary>"la ministre": the article before a role noun tells the gender of a noun that has one form for both; empty when there is no article.</summary>
    private string DeterminerGender(in SpeakerPhrase phrase) =>
        phrase.HasDeterminer ? _profile.Determiners.TagOf(_tokens[phrase.Start].GetText(_text)) ?? string.Empty : string.Empty;
}
