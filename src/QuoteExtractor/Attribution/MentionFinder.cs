using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Attribution;

/// <summary>
/// Finds the phrases that may refer to a speaker: names with their titles and affiliations,
/// descriptions, groups, organizations and pronouns. One pass over the tokens of each sentence.
/// </summary>
/// <remarks>
/// A phrase is an optional determiner, then honorifics, nationality adjectives, possessive
/// affiliations (<c>Russia's</c>), title modifiers and role nouns, capitalized name tokens (joined by
/// hyphens and initials), and at most one group noun as its head. Its name is the trailing run of
/// capitalized tokens that are none of the others; the title is the modifiers and role nouns before
/// it. A capitalized sentence opener that is a known function word or opener is not a name.
/// </remarks>
internal sealed class MentionFinder
{
    /// <summary>Longer runs are not one speaker phrase; the bound keeps parsing linear on any input.</summary>
    private const int MaxPhraseTokens = 16;

    /// <summary>The longest capitalized body in a title's complement (<c>Securities and Exchange Commission</c> is four).</summary>
    private const int MaxComplementWords = 5;

    /// <summary>How many sentences are read between two checks of the cancellation token.</summary>
    private const int CancellationCheckInterval = 1024;

    /// <summary>The lists of words that open or carry a phrase besides names: role nouns and their modifiers, groups, sources and bodies.</summary>
    private const WordClass PhraseWords = WordClass.Title | WordClass.TitleModifier | WordClass.GroupNoun | WordClass.SourceNoun | WordClass.OrganizationWord;

    private readonly Document _document;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly LanguageProfile _profile;
    private readonly MentionStore _store;

    private MentionFinder(Document document, MentionStore store)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _profile = document.Profile;
        _store = store;
    }

    /// <summary>
    /// Fills the document's <see cref="Document.Mentions"/> (taken from <paramref name="store"/>, emptied
    /// first) with every mention in text order, each telling whether it lies inside one of the
    /// document's quotes.
    /// </summary>
    public static void Find(Document document, MentionStore store, CancellationToken cancellationToken)
    {
        store.Clear();
        new MentionFinder(document, store).Find(cancellationToken);
    }

    private void Find(CancellationToken cancellationToken)
    {
        var (sentences, quotes, mentions) = (_document.Sentences, _document.Quotes, _store.Mentions);

        // The first quote that does not end before the current token, or an empty span past all of them.
        int quote = 0;
        var quoteSpan = quotes.Count > 0 ? quotes[0].Span : default;
        for (int s = 0; s < sentences.Count; s++)
        {
            if (s % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = sentences[s];
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!MayStartPhrase(i, sentence) || IsDeadEndDeterminer(i, sentence))
                {
                    i++;
                    continue;
                }

                int start = _tokens[i].Start;
                while (quote < quotes.Count && quoteSpan.End <= start)
                {
                    quote++;
                    quoteSpan = quote < quotes.Count ? quotes[quote].Span : default;
                }

                var mention = Parse(i, sentence, quote < quotes.Count && quoteSpan.Contains(start));
                if (mention is null)
                {
                    i++;
                    continue;
                }

                mention.Index = mentions.Count;
                mentions.Add(mention);
                i = SkipParenthesis(mention.End, sentence.EndToken);
            }
        }
    }

    /// <summary>
    /// Whether a phrase may start at token <paramref name="start"/>: a capitalized word, a word of the
    /// phrase lists, or a plain word before a role noun. Most tokens are none: they are told apart with
    /// bit operations rather than a branch for each test, and skip the full parse.
    /// </summary>
    private bool MayStartPhrase(int start, Segment sentence)
    {
        var token = _tokens[start];
        bool startWord = token.Has(TokenFlags.Capitalized)
            | Is(start, WordClass.Pronoun | WordClass.Determiner | PhraseWords);

        // A role noun can only be ahead if one of the next two tokens is a role or group noun.
        int last = sentence.EndToken - 1;
        bool roleNounNear = Is(Math.Min(start + 1, last), WordClass.Title | WordClass.GroupNoun)
            | Is(Math.Min(start + 2, last), WordClass.Title | WordClass.GroupNoun);
        return (token.Kind == TokenKind.Word) & (startWord | roleNounNear) && (startWord || RoleNounAhead(start, sentence));
    }

    /// <summary>
    /// A plain determiner that no phrase can follow, which <see cref="Parse"/> would read in vain: past
    /// a determiner it reads on only into a capitalized word, a word of the phrase lists, lower-case
    /// words before a role noun, or, right after a speech verb, a plain noun ("said a passer-by").
    /// </summary>
    private bool IsDeadEndDeterminer(int start, Segment sentence)
    {
        if (!Is(start, WordClass.Determiner) || Is(start, WordClass.Pronoun) || _tokens[start].Clitic.Length > 0)
        {
            return false;
        }

        int last = sentence.EndToken - 1;
        return start >= last
            || !(_tokens[start + 1].Has(TokenFlags.Capitalized)
                || Is(start + 1, PhraseWords)
                || Is(Math.Min(start + 2, last), WordClass.Title | WordClass.GroupNoun)
                || Is(Math.Min(start + 3, last), WordClass.Title | WordClass.GroupNoun)
                || (start > 0 && Is(start - 1, WordClass.SpeechVerb)));
    }

    private MentionCandidate? Parse(int start, Segment sentence, bool inside)
    {
        var first = _tokens[start];
        var firstText = first.GetText(_text);

        if (PronounTags(start) is { } pronoun)
        {
            var pronounMention = _store.NewCandidate();
            pronounMention.First = start;
            pronounMention.End = start + 1;
            pronounMention.Type = MentionType.Pronoun;
            pronounMention.Gender = GenderTag.OfPronoun(pronoun);
            pronounMention.IsPlural = pronoun == WordClass.PluralPronoun;
            pronounMention.IsRelative = pronoun == WordClass.RelativePronoun;
            pronounMention.IsIndefinite = pronoun == WordClass.IndefinitePronoun;
            pronounMention.InsideQuote = inside;
            return pronounMention;
        }

        // The class bit tells a determiner without a lookup, unless it may come from a clitic's stem.
        int j = start;
        if (Is(start, WordClass.Determiner) && (first.Clitic.Length == 0 || _profile.Determiners.Contains(firstText)))
        {
            j++;
        }

        int end = j;
        int head = -1;
        int nameRun = -1;
        int titleFirst = -1;
        int titleEnd = -1;
        string? affiliation = null;
        var gender = Gender.Unknown;
        bool honorific = false;
        bool source = false;
        int lastWasNationality = -1;
        while (end < sentence.EndToken && end - start < MaxPhraseTokens)
        {
            var token = _tokens[end];
            var word = token.GetText(_text);
            bool afterName = nameRun >= 0;
            if (token.Kind != TokenKind.Word)
            {
                // Holtz-Eakin, al-Sadr: a hyphen glued between two name tokens.
                if (afterName && IsHyphenInName(end))
                {
                    end++;
                    continue;
                }

                // Marcia "Cia" Price: a quoted nickname inside a name.
                if (afterName && NicknameEnd(end, sentence) is { } after)
                {
                    end = after;
                    continue;
                }

                break;
            }

            bool capitalized = token.Has(TokenFlags.Capitalized);
            if (capitalized && Is(end, WordClass.Honorific) && LanguageProfile.Honorifics.TagOf(word) is { } honor && (!afterName || token.Has(TokenFlags.Abbreviation)))
            {
                // "Indiana Gov. Mike Pence": capitalized words before an honorific are a place or body.
                AffiliateRun(ref affiliation, nameRun, end);
                nameRun = -1;
                honorific = true;
                gender = Combine(gender, honor);

                // "Mme la ministre": an article between the honorific and the role noun.
                if (end + 2 < sentence.EndToken && Is(end + 1, WordClass.Determiner) && IsTitleWord(end + 2))
                {
                    end++;
                }
            }
            else if (capitalized && !afterName && Is(end, WordClass.Nationality) && LanguageProfile.Nationalities.TagOf(word) is { } country
                && (j > start || end > j || end + 1 >= sentence.EndToken || !Is(end + 1, WordClass.SpeechVerb)
                    || IsParty(country))
                && !(end == start && start > 0 && Is(start - 1, WordClass.SpeechVerb) && !IsPhraseWord(end + 1)))
            {
                // A nationality or party modifies what follows; a nationality alone before or after a
                // speech verb is a surname ("Cuban said", "said Cuban"), a party never is ("Republican claims").
                affiliation ??= country;
                lastWasNationality = end;
            }
            else if (capitalized && token.Has(TokenFlags.Possessive))
            {
                if (!IsPhraseWord(end + 1))
                {
                    // "Hillary Clinton's team": the possessor ends the phrase and keeps its name.
                    nameRun = afterName ? nameRun : end;
                    end++;
                    break;
                }

                // Russia's Deputy Foreign Minister: the possessor is the affiliation.
                affiliation = _text[_tokens[afterName ? nameRun : end].Start..token.Stem.End];
                nameRun = -1;
            }
            else if (!capitalized && Is(end, WordClass.SourceNoun | WordClass.OrganizationWord | WordClass.GroupNoun)
                && IsPhraseWord(end + 1) && !Is(end + 1, WordClass.GroupNoun))
            {
                // "Tulsa police Chief Chuck Jordan", "White House bureau chief Juliet Eilperin": the noun belongs to the affiliation.
                affiliation ??= _text[_tokens[nameRun >= 0 ? nameRun : end].Start..token.End];
                nameRun = -1;
            }
            else if (!capitalized && Is(end, WordClass.GroupNoun))
            {
                head = end;
                AffiliateRun(ref affiliation, nameRun, end);
                nameRun = -1;
                end++;

                // "plusieurs responsables occidentaux", "des habitants de Kherson": a nationality or a complement after the group noun.
                while (end < sentence.EndToken && end <= head + 2 && Is(end, WordClass.NationalityAdjective) && _profile.NationalityAdjectives.TagOf(_tokens[end].GetText(_text)) is { } groupNation)
                {
                    affiliation ??= groupNation;
                    end++;
                }

                end = ComplementAfter(end, sentence, ref affiliation) ?? end;
                break;
            }
            else if (!capitalized && Is(end, WordClass.SourceNoun | WordClass.OrganizationWord) && (end > j || j > start))
            {
                // "the IMF report", "the letter", "le ministère des Affaires étrangères": a document or a body that speaks.
                head = end;
                AffiliateRun(ref affiliation, nameRun, end);
                nameRun = -1;
                end = ComplementAfter(end + 1, sentence, ref affiliation) ?? end + 1;
                source = true;
                break;
            }
            else if ((!capitalized || !afterName || TitleBeforeFirstName(end, sentence)) && Is(end, WordClass.Title) && _profile.Titles.TagOf(word) is { } titleGender)
            {
                // A role noun; a capitalized one right after a name is part of the name (Charlie King),
                // unless a first name follows it (PolitiFact Executive Director Aaron Sharockman).
                head = end;
                gender = Combine(gender, titleGender.Length > 0 ? titleGender : DeterminerGender(start, j));
                AffiliateRun(ref affiliation, nameRun, end);
                nameRun = -1;
                titleFirst = titleFirst < 0 ? end : titleFirst;
                titleEnd = end + 1;
            }
            else if ((!capitalized || !afterName || TitleBeforeFirstName(end, sentence)) && Is(end, WordClass.TitleModifier) && IsPhraseWord(end + 1))
            {
                AffiliateRun(ref affiliation, nameRun, end);
                nameRun = -1;
                titleFirst = titleFirst < 0 ? end : titleFirst;
                titleEnd = end + 1;
            }
            else if (!capitalized && !afterName && RoleNounAhead(end, sentence))
            {
                // "a former senior law enforcement official": lower-case nouns before a role noun modify it.
                titleFirst = titleFirst < 0 ? end : titleFirst;
                titleEnd = end + 1;
            }
            else if (head >= 0 && head >= end - 2 && ComplementAfter(end, sentence, ref affiliation) is { } complementEnd)
            {
                // Secretary of State, attorney general of Oklahoma, porte-parole du Kremlin, chef de la diplomatie européenne.
                titleEnd = complementEnd;
                end = complementEnd - 1;
            }
            else if (!capitalized && head >= 0 && head >= end - 2 && Is(end, WordClass.NationalityAdjective) && _profile.NationalityAdjectives.TagOf(word) is { } nation)
            {
                // "le vice-ministre russe", "le président américain": the nationality follows the role noun.
                affiliation ??= nation;
                titleEnd = end + 1;
            }
            else if (!capitalized && head >= 0 && head == titleEnd - 1 && head >= end - 2 && Is(end, WordClass.TitleModifier) && _profile.NationalityAdjectives.Entries.Count > 0)
            {
                // "secrétaire générale", "directeur adjoint": in French the modifier may follow the role noun.
                titleEnd = end + 1;
            }
            else if (!capitalized && afterName && Is(end, WordClass.NationalityAdjective) && _profile.NationalityAdjectives.TagOf(word) is { } bodyNation)
            {
                // "la Commission européenne", "l'Union européenne": an adjective ends the body's name.
                affiliation ??= bodyNation;
            }
            else if (IsNameToken(end, sentence) || (afterName && IsHyphenInName(end - 1)))
            {
                nameRun = afterName ? nameRun : end;
            }
            else
            {
                break;
            }

            end++;
        }

        bool hasName = nameRun >= 0;
        int nameFirst = nameRun;
        int nameEnd = end;

        // "a Democrat familiar with …", "the American said": a determiner and a nationality alone name a person.
        // "many Republican claims": after a plural determiner, a singular nationality is an adjective.
        bool nationalHead = !hasName && head < 0 && j > start && lastWasNationality == end - 1
            && !(Is(start, WordClass.PluralDeterminer) && !_tokens[end - 1].GetText(_text).EndsWith(_profile.PluralSuffix, StringComparison.Ordinal));
        if (nationalHead)
        {
            head = j;
            titleFirst = j;
            titleEnd = end;
        }

        // "« … », a lancé un parent", "said a passer-by": right after an inverted speech verb, an article
        // and a noun name the speaker even when the noun is no known role.
        bool describedSpeaker = !hasName && head < 0 && j > start && j == end && j < sentence.EndToken && start > sentence.FirstToken
            && IsInvertedVerb(start - 1) && IsPlainNoun(j) && EndsPhrase(j + 1, sentence);
        if (describedSpeaker)
        {
            head = j;
            titleFirst = j;
            titleEnd = j + 1;
            end = j + 1;
            gender = Combine(gender, DeterminerGender(start, j));
        }

        if (!hasName && head < 0)
        {
            return null;
        }

        if (hasName && titleEnd > nameFirst)
        {
            titleFirst = titleEnd = -1;
        }

        var type = hasName ? MentionType.Name : source ? MentionType.Organization : MentionType.Description;
        bool plural = false;
        if (!hasName && Is(head, WordClass.GroupNoun))
        {
            type = MentionType.Group;
            plural = true;
        }

        bool person = honorific || nationalHead || describedSpeaker || (titleFirst >= 0 && type != MentionType.Group && HasTitleNoun(titleFirst, titleEnd));
        if (hasName)
        {
            if (HasOrganizationWord(nameFirst, nameEnd))
            {
                type = MentionType.Organization;
                person = false;
            }
            else if (LanguageProfile.FirstNames.TagOf(_tokens[nameFirst].GetText(_text)) is { } firstName
                && (nameEnd - nameFirst >= 2 || !LanguageProfile.Countries.Contains(_tokens[nameFirst].GetText(_text))))
            {
                // A first name, alone ("Bob said") or before a surname, shows a person; alone it may be a
                // surname ("Warren said"), so it tells no gender.
                person = true;
                gender = nameEnd - nameFirst >= 2 ? Combine(gender, firstName) : gender;
            }
        }
        else if (type == MentionType.Description && !nationalHead && !describedSpeaker && (titleFirst < 0 || !HasTitleNoun(titleFirst, titleEnd)))
        {
            return null;
        }
        else if (type == MentionType.Description && j == start && !honorific && titleFirst == head && affiliation is null && !_tokens[head].Has(TokenFlags.Capitalized))
        {
            // A bare lower-case role noun ("achieve justice") is no mention.
            return null;
        }

        // "the Pentagon": a name after a determiner with nothing that shows a person is an organization.
        if (hasName && type == MentionType.Name && j > start && !person)
        {
            type = MentionType.Organization;
        }

        var mention = _store.NewCandidate();
        mention.First = start;
        mention.End = end;
        mention.Type = type;
        mention.NameFirst = hasName ? nameFirst : -1;
        mention.NameEnd = hasName ? nameEnd : -1;
        mention.TitleFirst = titleFirst;
        mention.TitleEnd = titleEnd;
        mention.RoleNoun = titleFirst >= 0 && head >= titleFirst && head < titleEnd ? head : -1;
        mention.Affiliation = affiliation;
        mention.Gender = gender;
        mention.IsPerson = person;
        mention.IsPlural = plural;
        mention.InsideQuote = inside;
        return mention;
    }

    /// <summary>Past a short parenthesis after a mention (<c>(D-Mo.)</c>): it holds no speaker.</summary>
    private int SkipParenthesis(int i, int end)
    {
        if (i >= end || _tokens[i].Kind != TokenKind.Bracket || _text[_tokens[i].Start] != '(')
        {
            return i;
        }

        for (int c = i + 1; c < end && c <= i + 8; c++)
        {
            if (_tokens[c].Kind == TokenKind.Bracket && _text[_tokens[c].Start] == ')')
            {
                return c + 1;
            }
        }

        return i;
    }

    /// <summary>
    /// The end of a complement that starts with the preposition at <paramref name="preposition"/>: an
    /// optional article, then a capitalized body or place with up to two lower-case adjectives
    /// (<c>des Affaires étrangères</c>, <c>du Kremlin</c>, <c>of State</c>, stopping before a person's
    /// name) or a lower-case noun with its adjectives (<c>de la diplomatie européenne</c>); null when none.
    /// A capitalized body, or else a nationality adjective, is the affiliation.
    /// </summary>
    private int? ComplementAfter(int preposition, Segment sentence, ref string? affiliation)
    {
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
        if (body)
        {
            while (end < sentence.EndToken && end < first + MaxComplementWords && IsNameToken(end, sentence)
                && !(end > first && end + 1 < sentence.EndToken && LanguageProfile.FirstNames.Contains(_tokens[end].GetText(_text)) && _tokens[end + 1].Has(TokenFlags.Capitalized)))
            {
                end++;
            }
        }
        else if (IsComplementAdjective(first) && !Is(first, WordClass.NationalityAdjective))
        {
            end++;
        }

        if (end == first)
        {
            return null;
        }

        int bodyEnd = end;
        string? nation = null;
        while (end < sentence.EndToken && end < bodyEnd + 2 && _tokens[end].Kind == TokenKind.Word && !_tokens[end].Has(TokenFlags.Capitalized)
            && IsComplementAdjective(end))
        {
            nation ??= Is(end, WordClass.NationalityAdjective) ? _profile.NationalityAdjectives.TagOf(_tokens[end].GetText(_text)) : null;
            end++;
        }

        affiliation ??= body ? _text[_tokens[first].Start.._tokens[end - 1].End] : nation;
        return end;
    }

    /// <summary>A lower-case word that can end a body's name in a complement (<c>étrangères</c>, <c>nationale</c>).</summary>
    private bool IsComplementAdjective(int index) =>
        !Is(index, WordClass.Function | WordClass.SpeechVerb | WordClass.CueAuxiliary | WordClass.Title | WordClass.GroupNoun | WordClass.Determiner);

    /// <summary>
    /// Capitalized title words from <paramref name="index"/> (at least one role noun, at most four words)
    /// followed by a known first name: a title between an organization and a person's name.
    /// </summary>
    private bool TitleBeforeFirstName(int index, Segment sentence)
    {
        bool role = false;
        for (int k = index; k < sentence.EndToken && k < index + 4; k++)
        {
            var token = _tokens[k];
            if (token.Kind != TokenKind.Word || !token.Has(TokenFlags.Capitalized))
            {
                return false;
            }

            var word = token.GetText(_text);
            if (Is(k, WordClass.Title))
            {
                role = true;
            }
            else if (!Is(k, WordClass.TitleModifier))
            {
                return role && LanguageProfile.FirstNames.Contains(word);
            }
        }

        return false;
    }

    /// <summary>A lower-case speech verb that follows a comma or a quotation, maybe after an auxiliary (<c>», a lancé</c>, <c>,” said</c>).</summary>
    private bool IsInvertedVerb(int verb)
    {
        var token = _tokens[verb];
        if (token.Kind != TokenKind.Word || token.Has(TokenFlags.Capitalized) || !Is(verb, WordClass.SpeechVerb))
        {
            return false;
        }

        int before = verb - 1;
        while (before >= 0 && before >= verb - 2 && _tokens[before].Kind == TokenKind.Word && Is(before, WordClass.CueAuxiliary))
        {
            before--;
        }

        return before >= 0 && (_tokens[before].Kind == TokenKind.QuoteMark || (_tokens[before].Kind == TokenKind.Punctuation && _text[_tokens[before].Start] == ','));
    }

    /// <summary>Whether a speaker phrase can end before <paramref name="index"/>: at punctuation (not a hyphen inside a compound), a closed-class word or the sentence end.</summary>
    private bool EndsPhrase(int index, Segment sentence) =>
        index >= sentence.EndToken
        || (_tokens[index].Kind != TokenKind.Word && !IsHyphenInName(index))
        || (_tokens[index].Kind == TokenKind.Word && Is(index, WordClass.Function | WordClass.ComplementPreposition));

    /// <summary>A lower-case word that is no closed-class word, verb or auxiliary.</summary>
    private bool IsPlainNoun(int index)
    {
        var token = _tokens[index];
        return token.Kind == TokenKind.Word && !token.Has(TokenFlags.Capitalized)
            && !Is(index, WordClass.Function | WordClass.SpeechVerb | WordClass.CueAuxiliary | WordClass.Determiner);
    }

    /// <summary>A capitalized word that can be part of a name: not a pronoun, not a sentence opener, not a title word.</summary>
    private bool IsNameToken(int index, Segment sentence)
    {
        var token = _tokens[index];
        if (token.Kind != TokenKind.Word || !token.Has(TokenFlags.Capitalized) || token.Has(TokenFlags.Possessive))
        {
            return false;
        }

        var word = token.Stem.Slice(_text);

        // An elided word ("C'est", "L'Otan") is never part of a name.
        if (Is(index, WordClass.Pronoun | WordClass.SpeechVerb) || (Is(index, WordClass.NonName) && _profile.NonNames.Contains(word))
            || CharClass.IsApostrophe(word[^1]))
        {
            return false;
        }

        if (index == sentence.FirstToken || (index > 0 && _tokens[index - 1].Kind == TokenKind.QuoteMark && _tokens[index].Has(TokenFlags.SentenceStart)))
        {
            return !Is(index, WordClass.Function | WordClass.SentenceStarter);
        }

        return !Is(index, WordClass.Function) || token.Has(TokenFlags.AllCaps);
    }

    /// <summary>A capitalized run before a role noun is the organization the role belongs to (<c>Kremlin spokesman</c>).</summary>
    private void AffiliateRun(ref string? affiliation, int nameRun, int end)
    {
        if (nameRun >= 0)
        {
            affiliation ??= _text[_tokens[nameRun].Start.._tokens[end - 1].End];
        }
    }

    private bool IsPhraseWord(int index) =>
        index < _tokens.Count && _tokens[index].Kind == TokenKind.Word
        && (_tokens[index].Has(TokenFlags.Capitalized) || IsTitleWord(index) || Is(index, WordClass.GroupNoun | WordClass.OrganizationWord | WordClass.SourceNoun));

    /// <summary>The index after a quoted nickname of one or two capitalized words that a name token follows, or null.</summary>
    private int? NicknameEnd(int open, Segment sentence)
    {
        if (_tokens[open].Kind != TokenKind.QuoteMark)
        {
            return null;
        }

        for (int close = open + 2; close <= open + 3 && close + 1 < sentence.EndToken; close++)
        {
            if (_tokens[close].Kind == TokenKind.QuoteMark)
            {
                for (int k = open + 1; k < close; k++)
                {
                    if (!_tokens[k].Has(TokenFlags.Capitalized) || _tokens[k].Kind != TokenKind.Word)
                    {
                        return null;
                    }
                }

                return _tokens[close + 1].Kind == TokenKind.Word && _tokens[close + 1].Has(TokenFlags.Capitalized) ? close + 1 : null;
            }
        }

        return null;
    }

        /// <summary>A hyphen glued between a name token and a word (<c>Holtz-Eakin</c>, <c>Ki-moon</c>).</summary>
    private bool IsHyphenInName(int index) =>
        index > 0 && index + 1 < _tokens.Count && _tokens[index].Length == 1 && _text[_tokens[index].Start] == '-'
        && _tokens[index - 1].End == _tokens[index].Start && _tokens[index + 1].Start == _tokens[index].End
        && _tokens[index + 1].Kind == TokenKind.Word;

    private bool IsTitleWord(int index) =>
        Is(index, WordClass.Title | WordClass.TitleModifier)
        || (index > 0 && Is(index - 1, WordClass.Title) && LanguageProfile.TitleJoiners.Contains(_tokens[index].GetText(_text)));

    /// <summary>Whether a nationality's affiliation is a political party (<c>Republican Party</c>): its last word tells.</summary>
    private static bool IsParty(string affiliation)
    {
        int space = affiliation.LastIndexOf(' ');
        return space >= 0 && LanguageProfile.PartyWords.Contains(affiliation.AsSpan(space + 1));
    }

    /// <summary>A role noun within the next two words, with only plain lower-case words before it.</summary>
    private bool RoleNounAhead(int index, Segment sentence)
    {
        var word = _tokens[index].GetText(_text);
        if (Is(index, WordClass.Function | WordClass.SpeechVerb | WordClass.CueAuxiliary)
            || (_profile.AdverbSuffix is { } adverb && word.EndsWith(adverb, StringComparison.Ordinal)))
        {
            return false;
        }

        for (int k = index + 1; k < sentence.EndToken && k <= index + 2; k++)
        {
            var token = _tokens[k];
            if (token.Kind != TokenKind.Word || token.Has(TokenFlags.Capitalized) || Is(k, WordClass.Function))
            {
                return false;
            }

            if (Is(k, WordClass.Title | WordClass.GroupNoun))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasTitleNoun(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (Is(i, WordClass.Title))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasOrganizationWord(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (_tokens[i].Has(TokenFlags.Capitalized) && Is(i, WordClass.OrganizationWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tag bits of the pronoun at <paramref name="index"/> (without its contraction: "He's claiming"),
    /// or null when it is no pronoun. The class bits hold them, unless a contraction's stem may have
    /// brought them, and then the list tells.
    /// </summary>
    private WordClass? PronounTags(int index)
    {
        var token = _tokens[index];
        if (!Is(index, WordClass.Pronoun))
        {
            return null;
        }

        if (token.Clitic.Length == 0)
        {
            return _document.Classes[index] & WordClass.PronounTags;
        }

        return _profile.Pronouns.TagOf(token.Stem.Slice(_text)) is { } tag ? LanguageProfile.PronounClass(tag) : null;
    }

    /// <summary>"la ministre": the article before a role noun tells the gender of a noun that has one form for both; empty when there is no article.</summary>
    private string DeterminerGender(int start, int afterDeterminer) =>
        afterDeterminer > start ? _profile.Determiners.TagOf(_tokens[start].GetText(_text)) ?? string.Empty : string.Empty;

    /// <summary>The gender known so far, or else the one <paramref name="tag"/> tells: the first word that tells one wins.</summary>
    private static Gender Combine(Gender current, string tag) => current != Gender.Unknown ? current : GenderTag.Parse(tag);

    private bool Is(int index, WordClass wordClass) => _document.Is(index, wordClass);
}
