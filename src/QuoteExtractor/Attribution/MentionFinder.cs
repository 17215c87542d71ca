using QuoteExtraction.Languages;

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
    private static readonly string[] s_determiners =
        ["the", "a", "an", "several", "some", "many", "two", "three", "four", "five", "other", "another", "one", "both", "most"];

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly LanguageProfile _profile;

    public MentionFinder(string text, List<Token> tokens, LanguageProfile profile)
    {
        _text = text;
        _tokens = tokens;
        _profile = profile;
    }

    /// <summary>All mentions in text order; <paramref name="quotes"/> (in text order) tells which lie inside a quotation.</summary>
    public List<MentionCandidate> Find(List<Segment> sentences, IReadOnlyList<Quote> quotes)
    {
        var mentions = new List<MentionCandidate>();
        int quote = 0;
        foreach (var sentence in sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var token = _tokens[i];
                while (quote < quotes.Count && quotes[quote].Span.End <= token.Start)
                {
                    quote++;
                }

                bool inside = quote < quotes.Count && quotes[quote].Span.Contains(token.Start);
                var mention = token.Kind == TokenKind.Word ? Parse(i, sentence, inside) : null;
                if (mention is null)
                {
                    i++;
                    continue;
                }

                mentions.Add(mention);
                i = mention.End;
            }
        }

        return mentions;
    }

    private MentionCandidate? Parse(int start, Segment sentence, bool inside)
    {
        var first = _tokens[start];
        var firstText = first.GetText(_text);
        if (_profile.Pronouns.TagOf(firstText) is { } pronoun)
        {
            return new MentionCandidate
            {
                First = start,
                End = start + 1,
                Type = MentionType.Pronoun,
                Gender = pronoun == "m" ? Gender.Male : pronoun == "f" ? Gender.Female : Gender.Unknown,
                IsPlural = pronoun == "p",
                InsideQuote = inside,
            };
        }

        int j = start;
        if (IsDeterminer(firstText))
        {
            j++;
        }

        int end = j;
        int head = -1;
        string? affiliation = null;
        var gender = Gender.Unknown;
        bool honorific = false;
        while (end < sentence.EndToken)
        {
            var token = _tokens[end];
            var word = token.GetText(_text);
            if (token.Kind != TokenKind.Word)
            {
                // Holtz-Eakin, al-Sadr: a hyphen glued between two name tokens.
                if (IsHyphenInName(end, j))
                {
                    end++;
                    continue;
                }

                break;
            }

            if (LanguageProfile.Honorifics.TagOf(word) is { } honor && token.Has(TokenFlags.Capitalized))
            {
                honorific = true;
                gender = Combine(gender, honor);
            }
            else if (token.Has(TokenFlags.Capitalized) && LanguageProfile.Nationalities.TagOf(word) is { } country && !IsNameContinuation(end, j))
            {
                affiliation ??= country;
            }
            else if (token.Has(TokenFlags.Possessive) && token.Has(TokenFlags.Capitalized))
            {
                // Russia's Deputy Foreign Minister: the possessor is the affiliation, unless the phrase ends here.
                if (!IsPhraseWord(end + 1))
                {
                    break;
                }

                affiliation = token.Stem.Slice(_text).ToString();
            }
            else if (_profile.GroupNouns.Contains(word) && !token.Has(TokenFlags.Capitalized))
            {
                head = end;
                end++;
                break;
            }
            else if (_profile.Titles.TagOf(word) is { } titleGender && !IsNameToken(end, sentence))
            {
                head = end;
                gender = Combine(gender, titleGender);
            }
            else if (_profile.TitleModifiers.Contains(word) && !(token.Has(TokenFlags.Capitalized) && IsNameContinuation(end, j)))
            {
                // a modifier only counts inside a title: "former" alone is not a mention
            }
            else if (word is "of" && end > j && head == end - 1 && end + 1 < sentence.EndToken && _tokens[end + 1].Has(TokenFlags.Capitalized))
            {
                // Secretary of State, Minister of Foreign Affairs
            }
            else if (!IsNameToken(end, sentence))
            {
                break;
            }

            end++;
        }

        // The name is the trailing run of name tokens.
        int nameEnd = end;
        int nameFirst = end;
        while (nameFirst > j && (IsNameToken(nameFirst - 1, sentence) || IsHyphenInName(nameFirst - 1, j))
            && !_profile.Titles.Contains(_tokens[nameFirst - 1].GetText(_text)))
        {
            nameFirst--;
        }

        if (nameFirst < nameEnd && !_tokens[nameFirst].Has(TokenFlags.Capitalized))
        {
            nameFirst = nameEnd;
        }

        bool hasName = nameFirst < nameEnd && (head < 0 || head < nameFirst);
        if (!hasName && head < 0)
        {
            return null;
        }

        if (hasName && head > nameFirst)
        {
            hasName = false;
        }

        // The title: modifiers and role nouns before the name or the head, after the affiliations.
        int titleEnd = hasName ? nameFirst : head + 1;
        int titleFirst = titleEnd;
        while (titleFirst > j && IsTitleWord(titleFirst - 1))
        {
            titleFirst--;
        }

        var type = hasName ? MentionType.Name : MentionType.Description;
        bool plural = false;
        if (!hasName && _profile.GroupNouns.Contains(_tokens[head].GetText(_text)))
        {
            type = MentionType.Group;
            plural = true;
        }

        bool person = honorific || (titleFirst < titleEnd && type != MentionType.Group);
        if (hasName)
        {
            if (HasOrganizationWord(j, nameEnd))
            {
                type = MentionType.Organization;
                person = false;
            }
            else if (LanguageProfile.FirstNames.TagOf(_tokens[nameFirst].GetText(_text)) is { } firstName && nameEnd - nameFirst >= 2)
            {
                person = true;
                gender = Combine(gender, firstName);
            }
        }
        else if (type == MentionType.Description && !HasTitleNoun(titleFirst, titleEnd))
        {
            return null;
        }

        // "the Pentagon": a name after a determiner with nothing that shows a person is an organization.
        if (hasName && type == MentionType.Name && j > start && !person)
        {
            type = MentionType.Organization;
        }

        return new MentionCandidate
        {
            First = start,
            End = end,
            Type = type,
            NameFirst = hasName ? nameFirst : -1,
            NameEnd = hasName ? nameEnd : -1,
            TitleFirst = titleFirst < titleEnd ? titleFirst : -1,
            TitleEnd = titleFirst < titleEnd ? titleEnd : -1,
            Affiliation = affiliation,
            Gender = gender,
            IsPerson = person,
            IsPlural = plural,
            InsideQuote = inside,
        };
    }

    private static bool IsDeterminer(ReadOnlySpan<char> word)
    {
        foreach (var determiner in s_determiners)
        {
            if (word.Equals(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalized word that can be part of a name: not a pronoun, not a sentence opener, not a title word.</summary>
    private bool IsNameToken(int index, Segment sentence)
    {
        var token = _tokens[index];
        if (token.Kind != TokenKind.Word || !token.Has(TokenFlags.Capitalized) || token.Has(TokenFlags.Possessive))
        {
            return false;
        }

        var word = token.GetText(_text);
        if (_profile.Pronouns.Contains(word) || _profile.SpeechVerbs.Contains(word))
        {
            return false;
        }

        if (index == sentence.FirstToken || (index > 0 && _tokens[index - 1].Kind == TokenKind.QuoteMark && _tokens[index].Has(TokenFlags.SentenceStart)))
        {
            return !_profile.FunctionWords.Contains(word) && !_profile.SentenceStarters.Contains(word);
        }

        return !_profile.FunctionWords.Contains(word) || token.Has(TokenFlags.AllCaps);
    }

    /// <summary>A capitalized modifier or nationality that follows a name token is part of the name (<c>Frank</c> in <c>Barney Frank</c>).</summary>
    private bool IsNameContinuation(int index, int phraseStart) =>
        index > phraseStart && _tokens[index - 1].Has(TokenFlags.Capitalized)
        && !IsTitleWord(index - 1) && LanguageProfile.Honorifics.TagOf(_tokens[index - 1].GetText(_text)) is null
        && LanguageProfile.Nationalities.TagOf(_tokens[index - 1].GetText(_text)) is null;

    private bool IsPhraseWord(int index) =>
        index < _tokens.Count && _tokens[index].Kind == TokenKind.Word
        && (_tokens[index].Has(TokenFlags.Capitalized) || IsTitleWord(index) || _profile.GroupNouns.Contains(_tokens[index].GetText(_text)));

    private bool IsHyphenInName(int index, int phraseStart) =>
        index > phraseStart && index + 1 < _tokens.Count && _tokens[index].Length == 1 && _text[_tokens[index].Start] == '-'
        && _tokens[index - 1].End == _tokens[index].Start && _tokens[index + 1].Start == _tokens[index].End
        && _tokens[index + 1].Has(TokenFlags.Capitalized);

    private bool IsTitleWord(int index)
    {
        var word = _tokens[index].GetText(_text);
        return _profile.Titles.Contains(word) || _profile.TitleModifiers.Contains(word)
            || (word is "of" && index > 0 && _profile.Titles.Contains(_tokens[index - 1].GetText(_text)));
    }

    private bool HasTitleNoun(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (_profile.Titles.Contains(_tokens[i].GetText(_text)))
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
            if (_tokens[i].Has(TokenFlags.Capitalized) && _profile.OrganizationWords.Contains(_tokens[i].GetText(_text)))
            {
                return true;
            }
        }

        return false;
    }

    private static Gender Combine(Gender current, string tag) => current != Gender.Unknown ? current : tag switch
    {
        "m" => Gender.Male,
        "f" => Gender.Female,
        _ => Gender.Unknown,
    };
}
