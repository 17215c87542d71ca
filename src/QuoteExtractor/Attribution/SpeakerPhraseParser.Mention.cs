using QuoteExtraction.Languages;

namespace QuoteExtraction.Attribution;

/// <summary>What a read speaker phrase is, as a mention: a pronoun, a name, an organization, a description or a group.</summary>
internal readonly partial struct SpeakerPhraseParser
{
    /// <summary>
    /// What a read phrase with a name or a head is, as a mention from the store: a name (an organization
    /// when its words or a determiner without any sign of a person show one), a description, a group or a
    /// source; null for a description without a role noun, or a bare lower-case role noun (<c>achieve justice</c>; <c>brother to the
    /// White House</c>, where the body belongs to the verb) but after a name and a comma.
    /// </summary>
    private MentionCandidate? ToMention(ref SpeakerPhrase phrase, bool inside)
    {
        bool hasName = phrase.HasName;
        var (nameFirst, nameEnd, head) = (phrase.NameFirst, phrase.End, phrase.Head);
        if (hasName && phrase.TitleEnd > nameFirst)
        {
            phrase.TitleFirst = phrase.TitleEnd = -1;
        }

        var (titleFirst, titleEnd) = (phrase.TitleFirst, phrase.TitleEnd);
        var type = hasName ? MentionType.Name : phrase.IsSource ? MentionType.Organization : MentionType.Description;
        bool plural = false;
        if (!hasName && Is(head, WordClass.GroupNoun))
        {
            type = MentionType.Group;
            plural = true;
        }

        bool person = phrase.HasHonorific || phrase.HeadNamesPerson || (titleFirst >= 0 && type != MentionType.Group && HasTitleNoun(titleFirst, titleEnd));
        if (hasName)
        {
            if (HasOrganizationWord(nameFirst, nameEnd))
            {
                type = MentionType.Organization;
                person = false;
            }
            else if (_store.FirstNameTag(_tokens[nameFirst].GetText(_text)) is { } firstName
                && (nameEnd - nameFirst >= 2 || !SharedLexicons.Countries.Contains(_tokens[nameFirst].GetText(_text))))
            {
                // A first name, alone ("Bob said") or before a surname, shows a person; alone it may be a
                // surname ("Warren said"), so it tells no gender. Nor does it in a name of four words or more, rather
                // a body's or a place's that starts like a person's (a given name and a surname take two or three).
                person = true;
                if (nameEnd - nameFirst is 2 or 3)
                {
                    phrase.AddGender(firstName);
                }
            }
        }
        else if (type == MentionType.Description && !phrase.HeadNamesPerson && (titleFirst < 0 || !HasTitleNoun(titleFirst, titleEnd)))
        {
            return null;
        }
        else if (type == MentionType.Description && !phrase.HasDeterminer && !phrase.HasHonorific && titleFirst == head
            && (phrase.Affiliation is null || (head == phrase.Start && IsBodyPreposition(head + 1)))
            && !_tokens[head].Has(TokenFlags.Capitalized) && !FollowsNameAndComma(phrase.Start) && !SpeaksAfterPossessive(phrase.Start, head))
        {
            return null;
        }

        // "the Pentagon": a name after a determiner with nothing that shows a person is an organization.
        if (hasName && type == MentionType.Name && phrase.HasDeterminer && !person)
        {
            type = MentionType.Organization;
        }

        var mention = _store.NewCandidate();
        mention.First = phrase.Start;
        mention.End = phrase.End;
        mention.Type = type;
        mention.NameFirst = hasName ? nameFirst : -1;
        mention.NameEnd = hasName ? nameEnd : -1;
        mention.TitleFirst = titleFirst;
        mention.TitleEnd = titleEnd;
        mention.RoleNoun = titleFirst >= 0 && head >= titleFirst && head < titleEnd ? head : -1;
        mention.Affiliation = phrase.Affiliation;
        mention.Gender = phrase.Gender;
        mention.IsPerson = person;
        mention.IsPlural = plural;
        mention.InsideQuote = inside;
        return mention;
    }

    /// <summary>
    /// Whether token <paramref name="start"/> follows a capitalized word and a comma, where a bare role noun is
    /// the apposition of a name (<c>Claire Morin, professeure de droit</c>) rather than a common noun.
    /// </summary>
    private bool FollowsNameAndComma(int start) =>
        start >= 2 && _tokens[start - 1].Length == 1 && _text[_tokens[start - 1].Start] == ','
        && _tokens[start - 2].Kind == TokenKind.Word && _tokens[start - 2].Has(TokenFlags.Capitalized);

    /// <summary>
    /// Whether the bare role, body or document noun <paramref name="head"/> at token <paramref name="start"/> follows a
    /// possessive determiner and is the subject of a speech verb right after it or inverted right before it (<c>his spokesman
    /// said</c>, <c>a déclaré son avocat</c>, <c>his campaign said</c>): somebody's agent who speaks, not a common noun.
    /// Elsewhere (<c>thanks to her mother</c>, <c>in his office</c>) it stays no mention, lest it take the pronouns that
    /// stand for the possessor.
    /// </summary>
    private bool SpeaksAfterPossessive(int start, int head) =>
        start >= 1 && Is(start - 1, WordClass.PossessiveDeterminer)
        && ((head + 1 < _tokens.Count && Is(head + 1, WordClass.SpeechVerb | WordClass.CueAuxiliary)) || (start >= 2 && Is(start - 2, WordClass.SpeechVerb)));

    /// <summary>
    /// The pronoun right after the source marker that starts at <paramref name="marker"/> (<c>according to him</c>,
    /// <c>selon lui</c>: the profile's <see cref="LanguageProfile.SourcePronouns"/>), or after an opinion marker that
    /// reports a view (<c>Pour lui, …</c>), as a mention; null when none follows.
    /// </summary>
    public MentionCandidate? SourcePronoun(int marker, bool inside)
    {
        if (Is(marker, WordClass.SpeechOpinionMarker) && marker + 1 < _tokens.Count
            && _profile.SourcePronouns.TagOf(_tokens[marker + 1].GetText(_text)) is { } opinionTag)
        {
            return PronounMention(marker + 1, LanguageProfile.PronounClass(opinionTag), inside);
        }

        foreach (var words in _profile.SourceMarkers)
        {
            // The pronoun first: a marker's first word is often a common one ("in" of "in the words of"), and the few
            // pronouns of the list rule out most tokens after it at the cost of one bit test.
            int pronoun = marker + words.Length;
            if (pronoun < _tokens.Count && _profile.SourcePronouns.TagOf(_tokens[pronoun].GetText(_text)) is { } tag
                && _document.MatchesPhrase(marker, words))
            {
                return PronounMention(pronoun, LanguageProfile.PronounClass(tag), inside);
            }
        }

        return null;
    }

    /// <summary>A pronoun mention (<c>he</c>, <c>they</c>, <c>who</c>, French <c>on</c>) with what its tag bits tell.</summary>
    private MentionCandidate PronounMention(int index, WordClass pronoun, bool inside)
    {
        var mention = _store.NewCandidate();
        mention.First = index;
        mention.End = index + 1;
        mention.Type = MentionType.Pronoun;
        mention.Gender = GenderTag.OfPronoun(pronoun);
        mention.IsPlural = pronoun == WordClass.PluralPronoun;
        mention.IsRelative = pronoun == WordClass.RelativePronoun;
        mention.IsIndefinite = pronoun == WordClass.IndefinitePronoun;
        mention.InsideQuote = inside;
        return mention;
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
            return _classes[index] & WordClass.PronounTags;
        }

        return _profile.Pronouns.TagOf(token.Stem.Slice(_text)) is { } tag ? LanguageProfile.PronounClass(tag) : null;
    }
}
