using QuoteExtraction.Languages;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Attribution;

/// <summary>What one token can be in a speaker phrase: a name token, a title word, a plain noun, a joiner inside a name.</summary>
internal readonly partial struct SpeakerPhraseParser
{
    /// <summary>A lower-case word that can end a body's name in a complement (<c>étrangères</c>, <c>nationale</c>).</summary>
    private bool IsComplementAdjective(int index) =>
        !Is(index, WordClass.Function | WordClass.SpeechVerb | WordClass.CueAuxiliary | WordClass.Title | WordClass.Determiner);

    /// <summary>
    /// Whether the complement word at <paramref name="index"/> counts the people a relation noun relates to (<c>the mother of
    /// three</c>, <c>la mère de trois enfants</c>): a plural determiner, which may stand for its noun.
    /// </summary>
    private bool IsCountComplement(int index) => Is(index, WordClass.PluralDeterminer);

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
                return role && _store.FirstNameTag(word) is not null;
            }
        }

        return false;
    }

    /// <summary>
    /// A lower-case speech verb that follows a comma or a quotation, maybe after an auxiliary (<c>», a lancé</c>, <c>,” said</c>);
    /// not a participle, whose noun after it opens the words it reports (<c>, saying the plan was …</c>).
    /// </summary>
    private bool IsInvertedVerb(int verb)
    {
        var token = _tokens[verb];
        if (token.Kind != TokenKind.Word || token.Has(TokenFlags.Capitalized) || !Is(verb, WordClass.SpeechVerb) || _profile.IsParticiple(token.GetText(_text)))
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
        if (Is(index, WordClass.Pronoun) || (Is(index, WordClass.SpeechVerb) && !IsFirstNameBeforeSurname(index, sentence))
            || (Is(index, WordClass.NonName) && _profile.NonNames.Contains(word))
            || CharClass.IsApostrophe(word[^1]))
        {
            return false;
        }

        if (index == sentence.FirstToken || (index > 0 && _tokens[index - 1].Kind == TokenKind.QuoteMark && _tokens[index].Has(TokenFlags.SentenceStart)))
        {
            return (!Is(index, WordClass.Function | WordClass.SentenceStarter) && !IsOpeningParticiple(index, sentence))
                || IsFirstNameBeforeSurname(index, sentence);
        }

        return !Is(index, WordClass.Function) || token.Has(TokenFlags.AllCaps) || IsNameParticle(index) || IsFirstNameBeforeSurname(index, sentence);
    }

    /// <summary>
    /// A capitalized auxiliary or speech verb that is also a first name, opening a name of two words that a mark or a speech
    /// verb follows (<c>Will Roe, the chairman, said</c>, <c>spokeswoman Hope Roe said</c>): the first name, not the verb, which
    /// would have a verb after its subject (<c>Will Congress act?</c>) and is no name's second word (<c>Roe Will Run</c>). Other
    /// function words spelled as rare first names (<c>To</c>) stay function words.
    /// </summary>
    private bool IsFirstNameBeforeSurname(int index, Segment sentence)
    {
        int surname = index + 1;
        int after = index + 2;
        if (after >= sentence.EndToken || (index > sentence.FirstToken && _tokens[index - 1].Kind == TokenKind.Word && _tokens[index - 1].Has(TokenFlags.Capitalized))
            || _tokens[surname].Kind != TokenKind.Word || !_tokens[surname].Has(TokenFlags.Capitalized) || _tokens[surname].Has(TokenFlags.AllCaps)
            || Is(surname, WordClass.Function | WordClass.SentenceStarter | WordClass.SpeechVerb | WordClass.Pronoun | WordClass.Title))
        {
            return false;
        }

        var next = _tokens[after];
        bool verb = next.Kind == TokenKind.Word && !next.Has(TokenFlags.Capitalized) && Is(after, WordClass.SpeechVerb | WordClass.CueAuxiliary);
        return (verb || next.Kind == TokenKind.Punctuation) && Is(index, WordClass.CueAuxiliary | WordClass.SpeechVerb) && IsFirstName(index);
    }

    /// <summary>
    /// A capitalized function word between a first name or an honorific and a capitalized word (<c>Robert De Niro</c>,
    /// <c>Charles De Gaulle</c>, <c>M. De Croo</c>): a particle of the surname, not a preposition.
    /// </summary>
    private bool IsNameParticle(int index) =>
        index > 0 && index + 1 < _tokens.Count && _tokens[index + 1].Kind == TokenKind.Word && _tokens[index + 1].Has(TokenFlags.Capitalized)
        && !Is(index + 1, WordClass.Function) && ((Is(index - 1, WordClass.Honorific) && _tokens[index - 1].Has(TokenFlags.Capitalized)) || IsFirstName(index - 1));

    /// <summary>
    /// Whether a person's phrase starts at <paramref name="index"/>: an honorific, or a person's name, maybe after a role
    /// noun (<c>Jane Roe</c>, <c>President Jane Roe</c>), but not a body named after one (<c>King Jane Roe Memorial Hall</c>).
    /// </summary>
    private bool IsPersonAhead(int index, Segment sentence) =>
        Is(index, WordClass.Honorific) || IsPersonName(Is(index, WordClass.Title) ? index + 1 : index, sentence);

    /// <summary>
    /// A first name at <paramref name="index"/> with one or two capitalized words after it and none past them; not
    /// before another first name and a surname, as a place may be spelled as a first name (<c>de Lyon Anne Roy</c>).
    /// </summary>
    private bool IsPersonName(int index, Segment sentence)
    {
        if (index + 1 >= sentence.EndToken || !IsFirstName(index)
            || (index + 2 < sentence.EndToken && IsFirstName(index + 1) && _tokens[index + 2].Has(TokenFlags.Capitalized)))
        {
            return false;
        }

        int end = index + 1;
        while (end < sentence.EndToken && end <= index + 3 && _tokens[end].Kind == TokenKind.Word && _tokens[end].Has(TokenFlags.Capitalized))
        {
            end++;
        }

        return end > index + 1 && end <= index + 3;
    }

    /// <summary>
    /// A capitalized speech verb, not opening its sentence, before a mark or the sentence end (<c>the Political Report.</c>,
    /// <c>the Daily Post,</c>): the last word of a name, as a verb is never written so mid-sentence.
    /// </summary>
    private bool IsVerbEndingBody(int index, Segment sentence) =>
        _tokens[index].Kind == TokenKind.Word && _tokens[index].Has(TokenFlags.Capitalized) && !_tokens[index].Has(TokenFlags.SentenceStart)
        && Is(index, WordClass.SpeechVerb) && (index + 1 >= sentence.EndToken || _tokens[index + 1].Kind != TokenKind.Word);

    /// <summary>Whether token <paramref name="index"/> is a preposition that only a body may follow (<c>to</c>, <c>au</c>): see <see cref="LanguageProfile.BodyComplementTag"/>.</summary>
    private bool IsBodyPreposition(int index) =>
        index < _tokens.Count && Is(index, WordClass.ComplementPreposition)
        && _profile.ComplementPrepositions.HasTag(_tokens[index].GetText(_text), LanguageProfile.BodyComplementTag);

    /// <summary>
    /// Whether the complement from the preposition at <paramref name="preposition"/> to <paramref name="end"/> names whom the words
    /// of the phrase starting at <paramref name="start"/> (in <paramref name="sentence"/>) were told: a preposition of the <see cref="LanguageProfile.AddresseeComplementTag"/>
    /// tag, the phrase right after an inverted speech verb, and the complement last in its sentence (<c>« … », affirme la chercheuse à
    /// Kestrow Info.</c>); a name in apposition after it shows a title that goes on (<c>a déclaré la directrice au Conseil régional, Jeanne Dufour</c>).
    /// </summary>
    private bool IsAddressee(int preposition, int start, int end, Segment sentence)
    {
        int last = sentence.EndToken;
        return (end >= last || (end == last - 1 && _tokens[end].Kind == TokenKind.Punctuation))
            && start > 0 && _profile.ComplementPrepositions.HasTag(_tokens[preposition].GetText(_text), LanguageProfile.AddresseeComplementTag)
            && IsInvertedVerb(start - 1);
    }

    /// <summary>
    /// The index past an age that starts with the number at <paramref name="number"/>: the number glued by a hyphen to the
    /// language's <see cref="LanguageProfile.AgeDescription"/> (<c>56-year-old</c>, whichever tokens its hyphens split it into); null when none.
    /// </summary>
    public int? AgeEnd(int number, Segment sentence)
    {
        if (_profile.AgeDescription is not { } age || number + 1 >= sentence.EndToken || _tokens[number].Kind != TokenKind.Number)
        {
            return null;
        }

        int hyphen = _tokens[number].End;
        int end = hyphen + 1 + age.Length;
        if (_tokens[number + 1].Start != hyphen || _text[hyphen] != '-' || end > _text.Length
            || !_text.AsSpan(hyphen + 1, age.Length).Equals(age, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int k = number + 1;
        while (k < sentence.EndToken && _tokens[k].End < end)
        {
            k++;
        }

        return k < sentence.EndToken && _tokens[k].End == end ? k + 1 : null;
    }

    /// <summary>Whether token <paramref name="index"/> is a word the first-name list holds.</summary>
    private bool IsFirstName(int index) =>
        _tokens[index].Kind == TokenKind.Word && _store.FirstNameTag(_tokens[index].GetText(_text)) is not null;

    /// <summary>
    /// A sentence's first word with the participle ending and an article after it (<c>Reprising the role, …</c>,
    /// <c>Facing the press, …</c>): a clause about the subject to come, not a name (<c>King said</c>, <c>Beijing considers</c>).
    /// </summary>
    private bool IsOpeningParticiple(int index, Segment sentence)
    {
        if (index + 1 >= sentence.EndToken || !_profile.IsParticiple(_tokens[index].GetText(_text)))
        {
            return false;
        }

        int next = index + 1;
        return _tokens[next].Kind == TokenKind.Word && !_tokens[next].Has(TokenFlags.Capitalized) && Is(next, WordClass.Determiner);
    }

    /// <summary>A word with the language's adverb ending (<c>openly</c>), which may stand between a speaker and the verb.</summary>
    private bool IsAdverb(int index) =>
        _profile.AdverbSuffix is { } adverb && _tokens[index].GetText(_text).EndsWith(adverb, StringComparison.Ordinal);

    /// <summary>A word that can carry a phrase on: a capitalized word, a title word, or a group, organization or source noun.</summary>
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

    /// <summary>A role noun, a title modifier, or a word that carries a title on after its role noun (<c>of</c> in <c>Secretary of State</c>).</summary>
    private bool IsTitleWord(int index) =>
        Is(index, WordClass.Title | WordClass.TitleModifier)
        || (index > 0 && Is(index - 1, WordClass.Title) && SharedLexicons.TitleJoiners.Contains(_tokens[index].GetText(_text)));

    /// <summary>The gender tag of the role noun at <paramref name="index"/>, read on its last part when a prefix and hyphen open it (<c>co-chairwoman</c>); null when it is none.</summary>
    private string? TitleTag(int index)
    {
        var token = _tokens[index];
        return _profile.Titles.TagOf(token.GetText(_text))
            ?? _profile.Titles.TagOf(_text.AsSpan(LanguageProfile.RoleNounStart(_text, token)..token.End));
    }

    /// <summary>A conjunction that joins two phrases (<c>and</c>, <c>et</c>), not a preposition.</summary>
    private bool IsConjunction(int index) =>
        index < _tokens.Count && Is(index, WordClass.Conjunction);

    /// <summary>Whether a nationality's affiliation is a political party (<c>Republican Party</c>): its last word tells.</summary>
    private static bool IsParty(string affiliation)
    {
        int space = affiliation.LastIndexOf(' ');
        return space >= 0 && SharedLexicons.PartyWords.Contains(affiliation.AsSpan(space + 1));
    }

    /// <summary>
    /// Whether the group noun at <paramref name="index"/> is an adjective there: one its list tags <see cref="LanguageProfile.AdjectiveTag"/>
    /// right after a lower-case word that is no function word or determiner (<c>les chiffres officiels</c>, <c>les médecins militaires</c>).
    /// </summary>
    private bool IsAdjectiveAfterNoun(int index) =>
        index > 0 && Is(index, WordClass.GroupNoun) && _tokens[index - 1].Kind == TokenKind.Word && !_tokens[index - 1].Has(TokenFlags.Capitalized)
        && !Is(index - 1, WordClass.Function | WordClass.Determiner)
        && _profile.GroupNouns.HasTag(_tokens[index].GetText(_text), LanguageProfile.AdjectiveTag);

    /// <summary>A role noun within the next two words, with only plain lower-case words before it.</summary>
    public bool RoleNounAhead(int index, Segment sentence) => RoleNounAfter(index, sentence) >= 0;

    /// <summary>
    /// The role noun within the two words after <paramref name="index"/>, with only plain lower-case words before it, or -1;
    /// a word glued after a hyphen belongs to the word before it (<c>nutritional-supplement executive</c>), as English splits compounds there.
    /// </summary>
    private int RoleNounAfter(int index, Segment sentence)
    {
        if (Is(index, WordClass.Function | WordClass.SpeechVerb | WordClass.CueAuxiliary))
        {
            return -1;
        }

        int words = 0;
        for (int k = index + 1; k < sentence.EndToken && words < 2; k++, words++)
        {
            if (IsHyphenInName(k) && k + 2 < sentence.EndToken)
            {
                k += 2;
            }

            var token = _tokens[k];
            // A noun's modifier never stands before its article ("sur le même réseau social l'eurodéputée").
            if (token.Kind != TokenKind.Word || token.Has(TokenFlags.Capitalized) || Is(k, WordClass.Function | WordClass.Determiner))
            {
                return -1;
            }

            // An adverb is no modifier ("openly"); its ending is read only when a role noun is there at all. Nor is a noun
            // that an adjective spelled as a group noun follows ("les chiffres officiels").
            if (Is(k, WordClass.Title | WordClass.GroupNoun))
            {
                return IsAdverb(index) || IsAdjectiveAfterNoun(k) ? -1 : k;
            }
        }

        return -1;
    }

    /// <summary>Whether the first role noun within the two words after <paramref name="index"/> is followed by a person's name (<c>columnist Jane Roe</c>).</summary>
    private bool RoleNounBeforePerson(int index, Segment sentence) => RoleNounAfter(index, sentence) is var k and >= 0 && IsPersonName(k + 1, sentence);

    /// <summary>Whether a role noun lies in <c>[first, end)</c>: modifiers alone make no title.</summary>
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

    /// <summary>Whether a capitalized organization word lies in <c>[first, end)</c> (<c>State Department</c>): the name is an organization's.</summary>
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

    /// <summary>Whether the word at <paramref name="index"/> is in one of the lists of <paramref name="wordClass"/>.</summary>
    private bool Is(int index, WordClass wordClass) => _classes.Is(index, wordClass);
}
