using System.Numerics;
using System.Runtime.InteropServices;
using QuoteExtraction.Languages;
using QuoteExtraction.Lexicons;

namespace QuoteExtraction.Attribution;

/// <summary>
/// Coreference: merges names that share a surname (<c>Sergei Ryabkov</c>, <c>Mr. Ryabkov</c>,
/// <c>Ryabkov</c>), descriptions with the person holding that title (<c>the minister</c>), appositions
/// with their name, and resolves pronouns to the nearest agreeing entity before them.
/// </summary>
internal sealed class EntityResolver
{
    /// <summary>How many paragraphs back a pronoun looks for its antecedent.</summary>
    private const int PronounReachParagraphs = 3;

    /// <summary>How many of the latest entities a description ("the minister") is compared with.</summary>
    private const int MaxTitleCandidates = 50;

    /// <summary>How many tokens at most go on with a title between a description and the name it ends with.</summary>
    private const int MaxTitleGap = 12;

    /// <summary>How many times as often as any other the main person of an article is mentioned.</summary>
    private const int MainPersonLead = 2;

    /// <summary>How many mentions back a pronoun looks at most, so that its cost is bounded on any input.</summary>
    private const int MaxAntecedents = 50;

    /// <summary>
    /// How many people of one surname, the latest mentioned, a name is compared with: no article names
    /// more, and the bound keeps a text of thousands of namesakes ("Qa Smith, Qb Smith, …") linear.
    /// </summary>
    private const int MaxNamesakes = 64;

    /// <summary>How many words before a body's first naming may describe it (<c>US investment banking giant</c>).</summary>
    private const int MaxDescriptorWords = 4;

    /// <summary>How many tokens a possessive determiner may stand before the description it opens (<c>her 12-year-old son</c>).</summary>
    private const int MaxLeftOutTokens = 6;

    /// <summary>How many letters an acronym has at most (<c>CEW</c>, <c>PSPC</c>).</summary>
    private const int MaxAcronymLetters = 6;

    /// <summary>How many tokens back an acronym looks for the name it spells (a few paragraphs: news spells it out near its first use), so that its cost is bounded on any input.</summary>
    private const int MaxAcronymReach = 300;

    private readonly Document _document;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<MentionCandidate> _mentions;
    private readonly LanguageProfile _profile;
    private readonly MentionStore _store;
    private readonly TokenClasses _classes;
    private readonly int[] _paragraphOf;
    private readonly int[] _sentenceOf;

    // The indexes by surname and by words, so that merging costs the same for every mention; their keys are spans of this text.
    private readonly EntityIndex _index;

    // The main person of each gender (see MainPersons), found when a pronoun after an article first needs them; null until then.
    private int[]? _mainPersons;

    // Whether an entity was given a mention that comes before one it had (a title attached after its name, a merge), so
    // that the entities' mentions must be put back in text order once every mention is linked.
    private bool _mentionsOutOfOrder;

    private EntityResolver(Document document, MentionStore store, EntityIndex index)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _mentions = document.Mentions;
        _profile = document.Profile;
        _store = store;
        _classes = document.Classes;
        _paragraphOf = document.ParagraphOf;
        _sentenceOf = document.SentenceOf;
        _index = index;
        store.ClearEntities();
        index.Reset(document.Text);
    }

    /// <summary>The entities, in the order of their first mention; <see cref="Document.Entities"/>.</summary>
    public List<Entity> Entities => _store.Entities;

    /// <summary>
    /// Links every mention of <paramref name="document"/> but the pronouns to an entity, made from
    /// <paramref name="store"/> and found through <paramref name="index"/> (both emptied first), and returns
    /// the resolver, which resolves the pronouns as attribution reaches them.
    /// </summary>
    public static EntityResolver Resolve(Document document, MentionStore store, EntityIndex index)
    {
        var resolver = new EntityResolver(document, store, index);
        resolver.ResolveNamesAndDescriptions();
        resolver.LinkDescriptionsToNames();
        return resolver;
    }

    /// <summary>Links every non-pronoun mention to an entity.</summary>
    private void ResolveNamesAndDescriptions()
    {
        for (int m = 0; m < _mentions.Count; m++)
        {
            var mention = _mentions[m];
            if (mention.Type == MentionType.Pronoun)
            {
                continue;
            }

            // An apposition right after a name ("Ari Fleischer, a former official,") is the same person, even
            // when an earlier description of another has its title.
            List<int>? namesakes = null;
            int entity = mention.Type switch
            {
                MentionType.Name => FindByName(mention, out namesakes),
                MentionType.Organization => FindOrReserveByText(mention) is >= 0 and var named ? named : TakenUpEntity(mention),
                MentionType.Group => FindOrReserveByText(mention),
                _ when m > 0 && (IsApposition(_mentions[m - 1], mention) || IsNamedByCopula(_mentions[m - 1], mention)) => _mentions[m - 1].Entity,
                _ => FindByTitle(mention),
            };

            // "Apple's chief executive, Tim Cook,", "La ministre de la Santé, Sophie Marchal,": a title right
            // before a name in apposition is that person, decided now so that a later "Mme la ministre" finds her.
            if (mention.Type == MentionType.Name && (TitleBeforeName(m) ?? SubjectOfCopula(m)) is { } title && Entities[title.Entity].Mentions.Count == 1)
            {
                if (entity < 0)
                {
                    entity = title.Entity;
                    Register(entity, namesakes);
                }
                else
                {
                    Entities[title.Entity].Mentions.Clear();
                    Attach(entity, title);
                }
            }

            if (entity < 0 && IsAcronym(mention))
            {
                entity = LinkAcronym(mention, namesakes);
            }

            if (entity < 0)
            {
                entity = Entities.Count;
                Entities.Add(_store.NewEntity(mention));
                Register(entity, namesakes);
            }

            Attach(entity, mention);
        }
    }

    /// <summary>Whether <paramref name="mention"/> is one word in capitals of a few letters only (<c>CEW</c>, <c>CEW's</c>): maybe an acronym.</summary>
    private bool IsAcronym(MentionCandidate mention)
    {
        if (mention.Type is not (MentionType.Name or MentionType.Organization) || mention.End - mention.First != 1)
        {
            return false;
        }

        return IsAcronymWord(mention.First);
    }

    /// <summary>Whether token <paramref name="index"/> is a word in capitals of a few letters only (<c>CEW</c>, <c>CEW's</c>).</summary>
    private bool IsAcronymWord(int index)
    {
        var word = _tokens[index].Stem.Slice(_text);
        return word.Length is >= 2 and <= MaxAcronymLetters && !word.ContainsAnyExceptInRange('A', 'Z');
    }

    /// <summary>
    /// The entity of the name whose initials the acronym <paramref name="acronym"/> spells: a person or body already
    /// named (<c>TP</c> for <c>Tina Perrin</c>), else a new entity represented by the name written before it in the
    /// text (<c>Chief Executive Women</c> for <c>CEW</c>, also <c>Public Services and Procurement Canada (PSPC)</c>),
    /// which it joins as the article's later uses of the acronym do; -1 when no name spells it.
    /// </summary>
    private int LinkAcronym(MentionCandidate acronym, List<int>? namesakes)
    {
        var letters = _tokens[acronym.First].Stem.Slice(_text);
        int found = -1;
        for (int e = Entities.Count - 1; e >= 0 && e >= Entities.Count - MaxTitleCandidates; e--)
        {
            var named = Entities[e].Representative;
            if (Entities[e].Mentions.Count > 0 && named.HasName && named.NameEnd - named.NameFirst >= 2
                && SpelledEnd(named.NameFirst, named.NameEnd, letters) == named.NameEnd)
            {
                found = e;
                break;
            }
        }

        if (found < 0)
        {
            var tokens = CollectionsMarshal.AsSpan(_tokens);
            char initial = letters[0];
            for (int first = acronym.First - 1; first >= 0 && first >= acronym.First - MaxAcronymReach; first--)
            {
                // Most tokens cannot open the name: a word of another initial, or no capitalized word.
                ref readonly var token = ref tokens[first];
                if (!token.Has(TokenFlags.Capitalized) || char.ToUpperInvariant(_text[token.Start]) != initial)
                {
                    continue;
                }

                int end = SpelledEnd(first, acronym.First, letters);
                if (end > first + 1)
                {
                    var name = _store.NewCandidate();
                    (name.Index, name.Type, name.First, name.End, name.NameFirst, name.NameEnd) = (acronym.Index, MentionType.Name, first, end, first, end);
                    found = Entities.Count;
                    Entities.Add(_store.NewEntity(name));
                    break;
                }
            }
        }

        if (found >= 0 && namesakes is not null)
        {
            KeepLatest(namesakes, found);
            Entities[found].SurnameEntities ??= namesakes;
        }
        else if (found >= 0 && acronym.Type == MentionType.Organization)
        {
            // The acronym's words were reserved for a new entity: they stand for this one.
            _index.Organizations[OrganizationWords(acronym)] = found;
        }

        return found;
    }

    /// <summary>
    /// The end of the words from the capitalized token <paramref name="first"/> (before <paramref name="limit"/>) whose
    /// initials are <paramref name="letters"/>, with the small words between them (<c>and</c>, <c>de</c>), when no
    /// other capitalized word follows them; else -1.
    /// </summary>
    private int SpelledEnd(int first, int limit, ReadOnlySpan<char> letters)
    {
        int letter = 0;
        int i = first;
        for (; i < limit && letter < letters.Length; i++)
        {
            var token = _tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                return -1;
            }

            // A name opens with a capital; the small words inside it spell nothing, its other words do
            // ("Agence nationale de sécurité (ANS)").
            if (!token.Has(TokenFlags.Capitalized) && (letter == 0 || _classes.Is(i, WordClass.Function)))
            {
                if (letter == 0)
                {
                    return -1;
                }

                continue;
            }

            if (char.ToUpperInvariant(_text[token.Start]) != letters[letter++])
            {
                return -1;
            }
        }

        return letter == letters.Length && (i >= _tokens.Count || _tokens[i].Kind != TokenKind.Word || !_tokens[i].Has(TokenFlags.Capitalized)) ? i : -1;
    }

    /// <summary>
    /// Gives each person known only by descriptions the name of the one named person of the article, before
    /// or after it, whose title agrees with theirs: news often writes the role first (<c>le président du
    /// club</c>) and the name later (<c>Paul Martin, président du club</c>), or names a person with a bare
    /// role (<c>le maire Paul Martin</c>) and then describes him more fully (<c>le maire de Lyon</c>).
    /// When two named people hold the role, nothing decides and the description stays unnamed.
    /// </summary>
    private void LinkDescriptionsToNames()
    {
        // The person each gender of description may stand for when no title decides, and whether that person
        // had a title before any description joined; found when a description first needs them.
        Span<int> main = [-1, -1, -1];
        Span<bool> mainTitled = [false, false, false];
        bool mainFound = false;

        // Only a titled entity can be known by descriptions with a role noun: the others cost nothing.
        for (int d = NextTitled(0); d >= 0; d = NextTitled(d + 1))
        {
            var described = Entities[d];
            if (described.Mentions.Count == 0 || described.Representative.HasName || described.Titled is not { RoleNoun: >= 0 } title)
            {
                continue;
            }

            int named = -1;
            bool shared = false;
            int oldest = Math.Max(d - MaxTitleCandidates, 0);
            ulong roleNoun = TitleWordBit(title.RoleNoun);

            // "another officer" is not the officer named before it, though it may be the one named after it.
            int introduced = IsIndefinite(described.Mentions[0]) ? described.Mentions[0].Index : -1;
            for (int e = LatestTitled(oldest, Math.Min(d + MaxTitleCandidates, Entities.Count - 1)); e >= 0; e = LatestTitled(oldest, e - 1))
            {
                // Most titles lack the role noun, which their bits tell without reading the text.
                if (e != d && (_index.TitleWordBits[e] & roleNoun) != 0 && Entities[e].Representative.Index > introduced
                    && NamesDescribedPerson(Entities[e], described, title))
                {
                    shared = named >= 0;
                    if (shared)
                    {
                        break;
                    }

                    named = e;
                }
            }

            // "le chef de l'État" in an article about one person, whose role the article never writes with the name.
            if (named < 0 && !shared && !mainFound)
            {
                mainFound = true;
                MainPersons(main);
                for (int g = 0; g < main.Length; g++)
                {
                    mainTitled[g] = main[g] >= 0 && Entities[main[g]].Titled is not null;
                }
            }

            int person = main[(int)described.Gender];
            if (named < 0 && !shared && person >= 0 && person != d && MayStandForMainPerson(described, title, Entities[person])
                && (!mainTitled[(int)described.Gender] || TitleIncludes(Entities[person].Titled!, title.RoleNoun) || IsBareCategory(described.Mentions[0])))
            {
                named = person;
            }

            // "Anne Rolle a été interrompue … Mais la ministre est restée calme": the person just named.
            if (named < 0 && !shared)
            {
                named = PersonNamedJustBefore(described, title);
            }

            // "… according to a royal correspondent. Jane Roe of the Kestrow Mail recalled …": named right after.
            if (named < 0 && !shared && introduced >= 0)
            {
                named = PersonNamedNext(described);
            }

            if (named >= 0 && !shared)
            {
                Merge(d, named);
            }
        }

        // The merged mentions were appended: each entity's mentions are put back in text order once.
        if (!_mentionsOutOfOrder)
        {
            return;
        }

        foreach (var entity in Entities)
        {
            if (!IsInTextOrder(entity.Mentions))
            {
                entity.Mentions.Sort(static (a, b) => a.Index.CompareTo(b.Index));
            }
        }
    }

    /// <summary>Whether <paramref name="mentions"/> are in text order.</summary>
    private static bool IsInTextOrder(List<MentionCandidate> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Index < mentions[i - 1].Index)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> is a determiner and a role noun of a kind of person, maybe after an adjective,
    /// with nothing after it (<c>le diplomate</c>, <c>the Russian leader</c>; see <see cref="LanguageProfile.CategoryRoleNouns"/>):
    /// the way news takes up a person introduced with a more precise title. A description that introduces somebody
    /// (<c>an official</c>), a possessor's (<c>Obama's executive</c>) or one with a complement (<c>the leader of the county</c>) is no such.
    /// </summary>
    private bool IsBareCategory(MentionCandidate mention)
    {
        if (mention.RoleNoun != mention.End - 1 || mention.End - mention.First > 3 || !_classes.Is(mention.First, WordClass.Determiner)
            || IsIndefinite(mention))
        {
            return false;
        }

        for (int i = mention.First; i < mention.RoleNoun; i++)
        {
            if (_tokens[i].Has(TokenFlags.Possessive))
            {
                return false;
            }
        }

        return _profile.CategoryRoleNouns.Contains(_tokens[mention.RoleNoun].GetText(_text));
    }

    /// <summary>
    /// Whether a person known only by the descriptions of <paramref name="described"/> (its longest title
    /// <paramref name="title"/>) may be the article's main person <paramref name="main"/>: not when a name
    /// follows one of them (<c>the company's lawyer, Jane Doe</c>), when the first one introduces somebody new
    /// (<c>an expert</c>) or is somebody's relation (<c>her son</c>, see <see cref="IsRelation"/>), when the main person is its
    /// affiliation (<c>Trump's attorney</c>), or when its role noun is capitalized, as in a name (<c>Mr. Singer</c>).
    /// </summary>
    private bool MayStandForMainPerson(Entity described, MentionCandidate title, Entity main)
    {
        if (!described.IsPerson || _tokens[title.RoleNoun].Has(TokenFlags.Capitalized)
            || IsIndefinite(described.Mentions[0]) || IsRelation(described.Mentions[0]))
        {
            return false;
        }

        var surname = _tokens[main.Representative.NameEnd - 1].Stem.Slice(_text);
        if (described.Affiliation is { } affiliation && affiliation.AsSpan().Contains(surname, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var mention in described.Mentions)
        {
            int next = mention.Index + 1;
            if (next < _mentions.Count && _mentions[next].Type == MentionType.Name && _mentions[next].First <= mention.End + 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The person named in full whom the first description of <paramref name="described"/> (its longest title
    /// <paramref name="title"/>) most likely stands for when no title decides: the latest of its gender (or of
    /// unknown gender) named before it in its paragraph or the one before, outside quotations and not governed by
    /// a function word other than a conjunction, as news names a person and then describes them (<c>Jane Roe was interrupted. But the
    /// minister …</c>), or of a name of unknown kind that opens its sentence and that a pronoun of the description's gender
    /// picks up before it (<c>Jane Roe runs a shop. She …</c>); -1 when there is none, the description may not stand for them (see
    /// <see cref="MayStandForMainPerson"/>), or they have a title without the description's role (see <see cref="RoleIn"/>) that is no kind of
    /// person (see <see cref="IsBareCategory"/>: <c>Deputy Foreign Minister Jane Roe</c> … <c>the senior diplomat</c>). A title with it but other
    /// complements (<c>Paul Marten, former president in Lyonsville</c> … <c>the president of the Kestrow club</c>) is theirs still.
    /// </summary>
    private int PersonNamedJustBefore(Entity described, MentionCandidate title)
    {
        var first = described.Mentions[0];
        int paragraph = _paragraphOf[first.First];
        bool pickedUp = false;
        for (int m = first.Index - 1; m >= 0 && m >= first.Index - MaxAntecedents && paragraph - _paragraphOf[_mentions[m].First] <= 1; m--)
        {
            var candidate = _mentions[m];
            if (candidate is { Type: MentionType.Pronoun, InsideQuote: false, IsPlural: false } && candidate.Gender != Gender.Unknown
                && GendersAgree(candidate.Gender, described.Gender))
            {
                pickedUp = true;
                continue;
            }

            // A name that a function word governs ("by Jane Roe", "près de Kestrow Plage") is seldom the one described next; a
            // conjunction governs nothing ("entre Jeanne Roux et Paul Marten"), and a source marker governs a speaker ("According
            // to Jane Roe, … “…,” says the mother of three").
            if (candidate.Type != MentionType.Name || candidate.InsideQuote || candidate.Entity < 0
                || (candidate.First > 0 && _classes.Is(candidate.First - 1, WordClass.Function) && !_classes.Is(candidate.First - 1, WordClass.Conjunction)
                    && _document.SourceMarkerEndingAt(candidate.First - 1) < 0))
            {
                continue;
            }

            // "Korinda Lapuwe runs a shop. She …": a name of unknown kind that opens its sentence, which a pronoun of the
            // description's gender then picks up, is a person's.
            var person = Entities[candidate.Entity];
            if (!person.IsPerson && !(pickedUp && _tokens[candidate.First].Has(TokenFlags.SentenceStart)))
            {
                continue;
            }

            var name = person.Representative;
            if (name.Type == MentionType.Name && name.NameEnd - name.NameFirst >= 2
                && (described.Gender == Gender.Unknown || person.Gender == Gender.Unknown || person.Gender == described.Gender))
            {
                return (person.Titled is null || RoleIn(title, person.Titled) || IsBareCategory(first)) && MayStandForMainPerson(described, title, person) ? candidate.Entity : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The person that the description introducing <paramref name="described"/> (<c>an expert</c>) most likely stands
    /// for, as news introduces a source and names them as they speak next: the person named in full who opens the
    /// sentence right after it, outside quotations, before a speech verb or after a title of their own, the role the description
    /// left out, and whom the article has not named before it (<c>… an expert has claimed. Royal commentator Jane Roe said …</c>,
    /// <c>… Royal commentator Jane Roe was discussing …</c>); after the sentence of a description with the same words, when one
    /// repeats it (a lede repeating its standfirst). -1 when that sentence opens otherwise, their genders differ, the person is
    /// introduced with a role of their own (<c>Jane Roe, an energy fellow at …</c>), another
    /// description that introduces somebody comes between them, or the role noun is capitalized, a nationality or a
    /// name (<c>an Egyptian textbook</c>).
    /// </summary>
    private int PersonNamedNext(Entity described)
    {
        var first = described.Mentions[0];
        if (first.RoleNoun < 0 || _tokens[first.RoleNoun].Has(TokenFlags.Capitalized))
        {
            return -1;
        }

        // A lede that repeats its standfirst repeats its words ("…, an expert has claimed." twice): the same source, named after the repeat.
        var introducing = first;
        while (RepeatInNextSentence(introducing) is { } repeat)
        {
            introducing = repeat;
        }

        int next = _sentenceOf[introducing.First] + 1;
        for (int m = introducing.Index + 1; m < _mentions.Count && m <= introducing.Index + MaxAntecedents; m++)
        {
            var candidate = _mentions[m];
            int sentence = _sentenceOf[candidate.First];
            if (sentence < next)
            {
                // "… from a Hollywood executive, an expert has claimed. Jane Roe …": the name is the later one's.
                if (candidate.Type == MentionType.Description && IsIndefinite(candidate))
                {
                    return -1;
                }

                continue;
            }

            if (sentence > next || candidate.Type != MentionType.Name || candidate.InsideQuote || candidate.Entity < 0
                || candidate.NameEnd - candidate.NameFirst < 2 || !_tokens[candidate.First].Has(TokenFlags.SentenceStart))
            {
                return -1;
            }

            // "Jane Roe, an energy fellow at …, said": a person introduced with a role of their own is another source.
            var person = Entities[candidate.Entity];
            if (!person.IsPerson || !GendersAgree(person.Gender, described.Gender)
                || (IsText(candidate.End, ',') && candidate.End + 1 < _tokens.Count
                    && _classes.Is(candidate.End + 1, WordClass.IndefiniteDeterminer))
                || !(SpeechVerbFollows(candidate.End, sentence) || (candidate.TitleFirst >= 0 && candidate.TitleFirst < candidate.NameFirst)))
            {
                return -1;
            }

            // The first pass gave each entity its mentions in text order; descriptions merged since come after them.
            return person.Mentions[0].Index > first.Index ? candidate.Entity : -1;
        }

        return -1;
    }

    /// <summary>
    /// The description with the same words as <paramref name="introducing"/> that introduces somebody in the sentence right after it
    /// (<c>…, an expert has claimed.</c> in a standfirst, then in the lede), or null.
    /// </summary>
    private MentionCandidate? RepeatInNextSentence(MentionCandidate introducing)
    {
        int next = _sentenceOf[introducing.First] + 1;
        for (int m = introducing.Index + 1; m < _mentions.Count && m <= introducing.Index + MaxAntecedents && _sentenceOf[_mentions[m].First] <= next; m++)
        {
            var candidate = _mentions[m];
            if (_sentenceOf[candidate.First] == next && candidate.Type == MentionType.Description && IsIndefinite(candidate) && SameWords(candidate, introducing))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Whether mentions <paramref name="a"/> and <paramref name="b"/> have the same words, whatever their case.</summary>
    private bool SameWords(MentionCandidate a, MentionCandidate b) =>
        _text.AsSpan(_tokens[a.First].Start, _tokens[a.End - 1].End - _tokens[a.First].Start)
            .Equals(_text.AsSpan(_tokens[b.First].Start, _tokens[b.End - 1].End - _tokens[b.First].Start), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a speech verb (<c>said</c>, <c>recalled</c>, <c>a expliqué</c>) comes within <see cref="MaxTitleGap"/> tokens
    /// from token <paramref name="start"/>, in sentence <paramref name="sentence"/>.
    /// </summary>
    private bool SpeechVerbFollows(int start, int sentence)
    {
        for (int i = start; i < _tokens.Count && i < start + MaxTitleGap && _sentenceOf[i] == sentence; i++)
        {
            if (_classes.Is(i, WordClass.SpeechVerb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Fills <paramref name="main"/>, one item per <see cref="Gender"/>, with the person named in full (a first name and
    /// a surname at least) of that gender (or of unknown gender; any gender for <see cref="Gender.Unknown"/>) whom the
    /// article mentions most, when at least <see cref="MainPersonLead"/> times as often as any other of them, or, when the
    /// headline (the first paragraph) names them first, at least that many times and more often than any other, or as often as
    /// the most mentioned other when a headline (see <see cref="OpensWithHeadline"/>) opens with their name (<c>Jane Roe replaces Ann Lee as …</c>): the person
    /// a description with no title of its own most likely stands for; else -1. One pass serves the three genders.
    /// </summary>
    private void MainPersons(Span<int> main)
    {
        Span<int> bestCount = [0, 0, 0];
        Span<int> secondCount = [0, 0, 0];
        main.Fill(-1);
        for (int e = 0; e < Entities.Count; e++)
        {
            var entity = Entities[e];
            if (!entity.IsPerson || !entity.Representative.HasName || entity.Representative.Type != MentionType.Name
                || entity.Representative.NameEnd - entity.Representative.NameFirst < 2)
            {
                continue;
            }

            int count = entity.Mentions.Count;
            for (int g = 0; g < main.Length; g++)
            {
                if (g != (int)Gender.Unknown && entity.Gender != Gender.Unknown && (int)entity.Gender != g)
                {
                    continue;
                }

                if (count > bestCount[g])
                {
                    (main[g], bestCount[g], secondCount[g]) = (e, count, bestCount[g]);
                }
                else if (count > secondCount[g])
                {
                    secondCount[g] = count;
                }
            }
        }

        for (int g = 0; g < main.Length; g++)
        {
            // The person the headline names, mentioned again and more than any other, is the article's subject too; so is the
            // one it opens with, its subject, when another is mentioned as often.
            bool headline = main[g] >= 0 && bestCount[g] >= MainPersonLead
                && (bestCount[g] > secondCount[g] || (Entities[main[g]].Mentions[0].First == 0 && OpensWithHeadline()))
                && _paragraphOf[Entities[main[g]].Mentions[0].First] == 0;
            main[g] = headline || bestCount[g] >= MainPersonLead * Math.Max(secondCount[g], 1) ? main[g] : -1;
        }
    }

    /// <summary>
    /// Whether the article's first paragraph is a headline, which ends without a full stop (<c>Jane Roe replaces Ann Lee as
    /// coach</c>), rather than a sentence of the story.
    /// </summary>
    private bool OpensWithHeadline()
    {
        int last = 0;
        while (last + 1 < _tokens.Count && _paragraphOf[last + 1] == 0)
        {
            last++;
        }

        return _tokens.Count > 0 && !IsText(last, '.');
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is a named person whose title has the role noun of
    /// <paramref name="title"/>, a description of <paramref name="described"/>, and whose title's words are
    /// all in the description's or the description's all in its title, their genders agreeing.
    /// </summary>
    private bool NamesDescribedPerson(Entity candidate, Entity described, MentionCandidate title)
    {
        if (candidate.Mentions.Count == 0 || !candidate.Representative.HasName || candidate.Representative.Type != MentionType.Name
            || !candidate.IsPerson || candidate.Titled is not { } titled
            || (described.Gender != Gender.Unknown && candidate.Gender != Gender.Unknown && described.Gender != candidate.Gender))
        {
            return false;
        }

        return TitleIncludes(titled, title.RoleNoun) && (AllTitleWordsIn(title, titled) || AllTitleWordsIn(titled, title));
    }

    /// <summary>Moves every mention of entity <paramref name="from"/> to the end of entity <paramref name="into"/>'s.</summary>
    private void Merge(int from, int into)
    {
        var mentions = Entities[from].Mentions;
        foreach (var mention in mentions)
        {
            Attach(into, mention);
        }

        mentions.Clear();
    }

    /// <summary>
    /// The entity a pronoun mention refers to, among the agreeing mentions before it outside quotations:
    /// the nearest salient one (a speaker already, or a sentence's subject), else the nearest person,
    /// else the nearest name of unknown kind; -1 when there is none. In the sentence of the nearest salient one, a
    /// person before it who leads the sentence (<paramref name="leadsSentence"/>) and is at least as salient takes its place.
    /// </summary>
    public int ResolvePronoun(MentionCandidate pronoun, int[] paragraphOf, Func<MentionCandidate, Salience> salienceOf, Func<MentionCandidate, bool> leadsSentence)
    {
        // "l'intéressé", a pronoun after an article: the person the article is about, rather than the latest subject.
        if (pronoun.End - pronoun.First > 1 && !pronoun.IsPlural && pronoun.Gender != Gender.Unknown)
        {
            if (_mainPersons is null)
            {
                _mainPersons = new int[3];
                MainPersons(_mainPersons);
            }

            if (_mainPersons[(int)pronoun.Gender] >= 0)
            {
                return _mainPersons[(int)pronoun.Gender];
            }
        }

        int index = pronoun.Index;
        int paragraph = paragraphOf[pronoun.First];

        // Preferences, best first: a salient person of the pronoun's known gender, named in full or with a title nearby, another
        // salient person of unknown gender, any person of its known gender, any person, a salient name of unknown kind (a
        // speaker whose first name no list has), any name of unknown kind (a place, a photo credit).
        Span<int> best = [-1, -1, -1, -1, -1, -1];
        int bestSentence = -1;
        var bestSalience = Salience.None;
        for (int m = index - 1; m >= 0 && m >= index - MaxAntecedents; m--)
        {
            var candidate = _mentions[m];
            if (paragraph - paragraphOf[candidate.First] > PronounReachParagraphs
                || (bestSentence >= 0 && _sentenceOf[candidate.First] != bestSentence))
            {
                break;
            }

            if (candidate.InsideQuote || candidate.Entity < 0)
            {
                continue;
            }

            var entity = Entities[candidate.Entity];
            int rank;
            Salience salience;
            if (candidate.Type == MentionType.Pronoun)
            {
                // "“…,” she yells. … “…,” she said": the same pronoun, already resolved, passes its entity on.
                if (pronoun.IsPlural || pronoun.Gender == Gender.Unknown || candidate.Gender != pronoun.Gender)
                {
                    continue;
                }

                salience = salienceOf(candidate);
                rank = salience != Salience.None ? 0 : 2;
            }
            else
            {
                if (!Agrees(pronoun, candidate, entity))
                {
                    continue;
                }

                // "Kestrovia … rejected the case before the court. It argued …": the subject, not the body a preposition governs.
                salience = salienceOf(candidate);
                rank = pronoun.IsPlural || pronoun.Gender == Gender.Unknown ? (salience != Salience.None ? 0 : 2)
                    : PersonRank(pronoun, entity, salience, titledNearby: candidate.HasTitle && paragraph - paragraphOf[candidate.First] <= 1,
                        introducedInParagraph: IntroducedBefore(candidate, pronoun, paragraphOf));
            }

            if (bestSentence >= 0)
            {
                // "Jane Roe was blunt, claiming that Mark Smith wanted …. “…,” she said": of the people salient in the nearest
                // sentence that has one, the first, its subject, rather than a name in the clause it reports; but a speaker
                // before one who is only salient ("Mark Smith won the crowd over, Jane Roe said").
                if (rank == 0 && entity.IsPerson && salience >= bestSalience && leadsSentence(candidate))
                {
                    (best[0], bestSalience) = (candidate.Entity, salience);
                }

                continue;
            }

            if (best[rank] < 0)
            {
                best[rank] = candidate.Entity;
            }

            if (rank == 0)
            {
                (bestSentence, bestSalience) = (_sentenceOf[candidate.First], salience);
            }
        }

        foreach (int entity in best)
        {
            if (entity >= 0)
            {
                return entity;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is a description that introduces somebody (<c>a European diplomat</c>, <c>un
    /// témoin</c>) in an earlier sentence of <paramref name="pronoun"/>'s paragraph: the person that paragraph turns to. In the
    /// pronoun's own sentence such a description sits in a clause of its own (<c>Asked whether an adviser would …, he said</c>).
    /// </summary>
    private bool IntroducedBefore(MentionCandidate candidate, MentionCandidate pronoun, int[] paragraphOf) =>
        candidate.Type == MentionType.Description && paragraphOf[candidate.First] == paragraphOf[pronoun.First]
        && _sentenceOf[candidate.First] != _sentenceOf[pronoun.First] && IsIndefinite(candidate);

    /// <summary>
    /// The preference of a gendered pronoun for an agreeing name or description of <paramref name="entity"/>, best
    /// first: see <see cref="ResolvePronoun"/>. <paramref name="titledNearby"/>: the mention has a title and stands in the
    /// pronoun's paragraph or the one before; <paramref name="introducedInParagraph"/>: it introduces somebody earlier in the
    /// pronoun's paragraph (see <see cref="IntroducedBefore"/>).
    /// </summary>
    private static int PersonRank(MentionCandidate pronoun, Entity entity, Salience salience, bool titledNearby, bool introducedInParagraph)
    {
        bool knownGender = entity.Gender == pronoun.Gender;
        // A person named in full whose first name no list has ("Saeb Erekat") is as good as one whose gender is known.
        bool fullName = entity.Representative.Type == MentionType.Name && entity.Representative.NameEnd - entity.Representative.NameFirst >= 2;
        // A person known only by a description ("the first witness") yields to a salient person named in reach, unless the
        // pronoun's own paragraph introduced them as a speaker ("According to a European diplomat, … “…,” he said"): the
        // paragraph turns to the newcomer, named or not.
        bool named = entity.Representative.Type == MentionType.Name || (introducedInParagraph && salience == Salience.Speaker);
        bool salient = salience != Salience.None;
        if (!entity.IsPerson)
        {
            // A name in full of unknown kind that speaks ("Jomo Kariuki says") is rather a person whose first name no list has.
            return salience == Salience.Speaker && fullName ? 0 : salient ? 4 : 5;
        }

        // A person named with a title right before the pronoun ("Admiral Roe backed the plan. “…,” he said") is the one the
        // text is about, though the title tells no gender, rather than a person of that gender named farther back.
        return salient ? ((knownGender || fullName || titledNearby) && named ? 0 : 1) : (knownGender ? 2 : 3);
    }

    /// <summary>
    /// Links the gendered pronoun <paramref name="pronoun"/>, which attribution resolved to
    /// <paramref name="entity"/>, to it: the entity is a person, of the pronoun's gender when none was
    /// known, and a later pronoun of that gender may follow this one.
    /// </summary>
    public void LinkPronoun(MentionCandidate pronoun, int entity)
    {
        pronoun.Entity = entity;
        var gender = pronoun.Gender;
        var target = Entities[entity];
        target.IsPerson = true;
        if (target.Gender == Gender.Unknown)
        {
            target.Gender = gender;
        }
    }

    /// <summary>Whether a gendered pronoun can refer to the entity: a person or a name of unknown kind, of compatible gender.</summary>
    public bool Agrees(MentionCandidate pronoun, int entity) =>
        Entities[entity].Representative.Type is MentionType.Name or MentionType.Description
        && (Entities[entity].Gender == Gender.Unknown || Entities[entity].Gender == pronoun.Gender);

    private static bool Agrees(MentionCandidate pronoun, MentionCandidate candidate, Entity entity)
    {
        if (pronoun.IsPlural)
        {
            return candidate.Type is MentionType.Group or MentionType.Organization;
        }

        if (pronoun.Gender == Gender.Unknown)
        {
            // "it": an organization, or a name that is not a person's.
            return candidate.Type == MentionType.Organization || (candidate.Type == MentionType.Name && !entity.IsPerson);
        }

        if (candidate.Type is not (MentionType.Name or MentionType.Description) || (!entity.IsPerson && candidate.Type != MentionType.Name))
        {
            return false;
        }

        return entity.Gender == Gender.Unknown || entity.Gender == pronoun.Gender;
    }

    /// <summary>
    /// Indexes a new entity by surname among <paramref name="namesakes"/> (null for a mention without a
    /// name); organizations and groups are indexed by their words as they are looked up.
    /// </summary>
    private void Register(int entity, List<int>? namesakes)
    {
        if (namesakes is null)
        {
            return;
        }

        KeepLatest(namesakes, entity);
        Entities[entity].SurnameEntities = namesakes;
    }

    /// <summary>
    /// Puts <paramref name="entity"/> last among the people of its surname, who are kept in order of their
    /// latest mention so that a name finds its namesake from the end; past <see cref="MaxNamesakes"/> the
    /// one mentioned longest ago is forgotten.
    /// </summary>
    private static void KeepLatest(List<int> namesakes, int entity)
    {
        int at = namesakes.LastIndexOf(entity);
        if (at >= 0)
        {
            namesakes.RemoveAt(at);
        }
        else if (namesakes.Count == MaxNamesakes)
        {
            namesakes.RemoveAt(0);
        }

        namesakes.Add(entity);
    }

    private void Attach(int entityIndex, MentionCandidate mention)
    {
        var entity = Entities[entityIndex];
        mention.Entity = entityIndex;
        _mentionsOutOfOrder |= entity.Mentions.Count > 0 && entity.Mentions[^1].Index > mention.Index;
        entity.Mentions.Add(mention);
        if (entity.SurnameEntities is { } namesakes && namesakes[^1] != entityIndex)
        {
            KeepLatest(namesakes, entityIndex);
        }

        if (mention.HasName && (!entity.Representative.HasName
            || mention.NameEnd - mention.NameFirst > entity.Representative.NameEnd - entity.Representative.NameFirst))
        {
            entity.Representative = mention;
        }

        if (mention.HasTitle && (entity.Titled is null
            || mention.TitleEnd - mention.TitleFirst > entity.Titled.TitleEnd - entity.Titled.TitleFirst))
        {
            if (entity.Titled is null)
            {
                MarkTitled(entityIndex);
            }

            entity.Titled = mention;
            SetTitleWordBits(entityIndex, mention);
        }

        entity.Affiliation ??= mention.Affiliation;
        if (entity.Gender == Gender.Unknown)
        {
            entity.Gender = mention.Gender;
        }

        entity.IsPerson |= mention.IsPerson;
    }

    /// <summary>
    /// The entity with the same surname and a compatible first name that was mentioned last ("Hillary
    /// Clinton" after "Bill Clinton … H. Clinton" is H.), a bare surname the namesake mentioned most; else -1. <paramref name="namesakes"/>
    /// is the surname's list of entities, made empty for a new surname, where the caller registers the
    /// new entity it then makes: the surname is hashed once.
    /// </summary>
    private int FindByName(MentionCandidate mention, out List<int> namesakes)
    {
        var entities = CollectionsMarshal.GetValueRefOrAddDefault(_index.BySurname, _tokens[mention.NameEnd - 1].Stem, out _) ??= _index.NewEntityList();
        namesakes = entities;

        // The list is in order of the entities' latest mentions: the first namesake that agrees from its end is the one.
        bool hasFirstName = mention.NameEnd - mention.NameFirst >= 2;
        if (!hasFirstName)
        {
            return BareSurnameEntity(entities, mention.Gender);
        }

        for (int i = entities.Count - 1; i >= 0; i--)
        {
            var representative = Entities[entities[i]].Representative;
            if ((representative.NameEnd - representative.NameFirst < 2 || FirstNamesAgree(representative, mention) || EndsWithName(representative, mention))
                && GendersAgree(Entities[entities[i]].Gender, mention.Gender))
            {
                return entities[i];
            }
        }

        return -1;
    }

    /// <summary>
    /// The namesake a bare surname stands for: the one the article has mentioned most so far, as news calls
    /// its main person by the surname alone and names a relative in full once (<c>Rakia Doe</c> among many
    /// <c>Doe</c>); the latest mentioned on a tie; among those of the <paramref name="gender"/> an honorific
    /// gives (<c>Mrs Doe</c> is not her husband <c>John Doe</c>); -1 when there is none.
    /// </summary>
    private int BareSurnameEntity(List<int> namesakes, Gender gender)
    {
        int best = -1;
        for (int i = namesakes.Count - 1; i >= 0; i--)
        {
            if (GendersAgree(Entities[namesakes[i]].Gender, gender)
                && (best < 0 || Entities[namesakes[i]].Mentions.Count > Entities[best].Mentions.Count))
            {
                best = namesakes[i];
            }
        }

        return best;
    }

    /// <summary>Whether two genders may be one person's: equal, or one of them unknown.</summary>
    private static bool GendersAgree(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;

    /// <summary>
    /// Whether the name of <paramref name="mention"/> is the end of the longer name of <paramref name="full"/>: a
    /// surname of several words without the first name (<c>M. Di Rupo</c> after <c>Elio Di Rupo</c>, <c>Van Damme</c>).
    /// A name that opens with a first name is the end of another only after a first name (<c>Elio Di Rupo</c>): after
    /// other words it is a person's full name that a headline's words run into (<c>Did Paul Martin</c>).
    /// </summary>
    private bool EndsWithName(MentionCandidate full, MentionCandidate mention)
    {
        int length = mention.NameEnd - mention.NameFirst;
        if (full.NameEnd - full.NameFirst <= length
            || (_store.FirstNameTag(_tokens[mention.NameFirst].GetText(_text)) is not null
                && _store.FirstNameTag(_tokens[full.NameEnd - length - 1].GetText(_text)) is null))
        {
            return false;
        }

        for (int k = 1; k <= length; k++)
        {
            if (!_tokens[mention.NameEnd - k].GetText(_text).Equals(_tokens[full.NameEnd - k].GetText(_text), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private bool FirstNamesAgree(MentionCandidate a, MentionCandidate b)
    {
        var first = _tokens[a.NameFirst].GetText(_text).TrimEnd('.');
        var other = _tokens[b.NameFirst].GetText(_text).TrimEnd('.');
        return first.Equals(other, StringComparison.OrdinalIgnoreCase)
            || (first.Length == 1 && other.Length > 0 && char.ToUpperInvariant(other[0]) == char.ToUpperInvariant(first[0]))
            || (other.Length == 1 && first.Length > 0 && char.ToUpperInvariant(first[0]) == char.ToUpperInvariant(other[0]));
    }

    /// <summary>
    /// The entity of an organization or group already named with the same words; else -1, and the words
    /// now stand for the new entity the caller makes next (at the end of <see cref="Entities"/>), so that
    /// they are hashed once.
    /// </summary>
    private int FindOrReserveByText(MentionCandidate mention)
    {
        ref int entity = ref CollectionsMarshal.GetValueRefOrAddDefault(
            mention.Type == MentionType.Group ? _index.Groups : _index.Organizations, OrganizationWords(mention), out bool named);
        if (named)
        {
            return entity;
        }

        entity = Entities.Count;
        return -1;
    }

    /// <summary>
    /// The entity that the bare noun <paramref name="mention"/> (<c>the letter</c>, <c>the bank</c>, with no other
    /// word but its determiner) takes up, the latest of the <see cref="MaxTitleCandidates"/> latest entities that is
    /// a document first written with that noun and its author (<c>The union's letter</c>, <c>un rapport de la
    /// gendarmerie</c>) or a body named with that noun before its name (<c>le quotidien Kestrow Matin</c>, <c>the
    /// company Kestrow Mining</c>), so that its words now stand for that entity; else -1, and they stand for the new
    /// entity the caller makes. A capitalized noun is a name of its own (<c>le Quotidien</c>).
    /// </summary>
    private int TakenUpEntity(MentionCandidate mention)
    {
        int noun = FirstOrganizationWord(mention);
        if (_tokens[noun].Has(TokenFlags.Capitalized) || IsIndefinite(mention))
        {
            return -1;
        }

        if (noun != mention.End - 1)
        {
            return EntityEndingWith(mention, noun);
        }

        var word = _tokens[noun].GetText(_text);
        string kind = BodyKindOf(noun);
        if (kind.Length > 0 && BodyJustBefore(mention, kind) is >= 0 and var near)
        {
            _index.Organizations[OrganizationWords(mention)] = near;
            return near;
        }

        for (int e = Entities.Count - 1; e >= 0 && e >= Entities.Count - MaxTitleCandidates; e--)
        {
            var entity = Entities[e];
            var first = entity.Representative;
            if (entity.Mentions.Count > 0 && (first.HasName
                ? !entity.IsPerson && (word.Equals(entity.Affiliation, StringComparison.OrdinalIgnoreCase) || (kind.Length > 0 && IsBodyOfKind(entity, kind)))
                : first.Type == MentionType.Organization && first.Affiliation is not null
                    && (IsWord(FirstOrganizationWord(first), word) || IsWord(first.End - 1, word))))
            {
                _index.Organizations[OrganizationWords(mention)] = e;
                return e;
            }
        }

        return IsListed(noun, WordClass.SourceNoun, _profile.SourceNouns) && !IsListed(noun, WordClass.OrganizationWord, _profile.OrganizationWords)
            ? AuthorJustBefore(mention) : -1;
    }

    /// <summary>
    /// The body that the noun <paramref name="mention"/> of body kind <paramref name="kind"/> (<c>l'agence</c>) takes up in reach:
    /// the latest body named before it in its paragraph or the one before, outside quotations and not governed by a function word,
    /// when it is of that kind or written as an acronym, whose kind no word tells (<c>… l'EPA américaine n'a pas cillé. « … », écrit
    /// l'agence</c>); -1 when there is none.
    /// </summary>
    private int BodyJustBefore(MentionCandidate mention, string kind)
    {
        int paragraph = _paragraphOf[mention.First];
        for (int m = mention.Index - 1; m >= 0 && m >= mention.Index - MaxAntecedents && paragraph - _paragraphOf[_mentions[m].First] <= 1; m--)
        {
            var candidate = _mentions[m];
            if (!candidate.InsideQuote && candidate.HasName && candidate.Entity >= 0 && !Entities[candidate.Entity].IsPerson
                && (candidate.First == 0 || !_classes.Is(candidate.First - 1, WordClass.Function))
                && (IsAcronymWord(candidate.NameFirst)
                    || IsBodyOfKind(Entities[candidate.Entity], kind)))
            {
                return candidate.Entity;
            }
        }

        return -1;
    }

    /// <summary>
    /// The body that the document <paramref name="mention"/> named by its noun alone (<c>l'article</c>, <c>the
    /// report</c>) stands for when no document took it up: the latest named body outside quotations and not governed by
    /// a function word (<c>the complaint to the Kestrow Board says</c>), in its paragraph or the one before, that is the subject of a speech verb right after it or inverted after a quotation or a comma
    /// (<c>« … », détaille Kestrow Info. Selon l'article, …</c>), as the article then goes on with what that body
    /// published; its words now stand for that body. -1 when there is none.
    /// </summary>
    private int AuthorJustBefore(MentionCandidate mention)
    {
        int paragraph = _paragraphOf[mention.First];
        for (int m = mention.Index - 1; m >= 0 && m >= mention.Index - MaxAntecedents && paragraph - _paragraphOf[_mentions[m].First] <= 1; m--)
        {
            var candidate = _mentions[m];
            if (!candidate.InsideQuote && candidate.HasName && candidate.Entity >= 0 && !Entities[candidate.Entity].IsPerson
                && (candidate.First == 0 || !_classes.Is(candidate.First - 1, WordClass.Function))
                && ((candidate.End < _tokens.Count && _classes.Is(candidate.End, WordClass.SpeechVerb))
                    || (candidate.First > 1 && _classes.Is(candidate.First - 1, WordClass.SpeechVerb)
                        && _tokens[candidate.First - 2].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)))
            {
                _index.Organizations[OrganizationWords(mention)] = candidate.Entity;
                return candidate.Entity;
            }
        }

        return -1;
    }

    /// <summary>
    /// The entity that the plain words of <paramref name="mention"/> from token <paramref name="first"/> (<c>the
    /// editorial board</c>) take up: the latest of the <see cref="MaxTitleCandidates"/> latest bodies written with more
    /// words before them (<c>the Kestrow Gazette editorial board</c>), so that its words now stand for that entity;
    /// else -1. A capitalized word among them is a name of its own (<c>the editorial Board</c>).
    /// </summary>
    private int EntityEndingWith(MentionCandidate mention, int first)
    {
        int count = mention.End - first;
        for (int i = first; i < mention.End; i++)
        {
            if (_tokens[i].Has(TokenFlags.Capitalized))
            {
                return -1;
            }
        }

        for (int e = Entities.Count - 1; e >= 0 && e >= Entities.Count - MaxTitleCandidates; e--)
        {
            // Most entities are no named body, which their fields tell before its words are read.
            var body = Entities[e].Representative;
            if (Entities[e].Mentions.Count == 0 || Entities[e].IsPerson || body.Type != MentionType.Organization
                || body.End - FirstOrganizationWord(body) <= count)
            {
                continue;
            }

            int ending = 0;
            while (ending < count && IsWord(body.End - 1 - ending, _tokens[mention.End - 1 - ending].GetText(_text)))
            {
                ending++;
            }

            if (ending == count)
            {
                _index.Organizations[OrganizationWords(mention)] = e;
                return e;
            }
        }

        return -1;
    }

    /// <summary>
    /// The kind of body that <paramref name="word"/> names (<c>bank</c> for <c>bank</c>, <c>banking</c> and <c>banque</c>;
    /// <c>newspaper</c> for <c>journal</c> and <c>quotidien</c>): its tag in the language's organization words or
    /// source nouns, so that words of one kind take each other up; empty when it has none.
    /// </summary>
    private string BodyKind(ReadOnlySpan<char> word) =>
        _profile.OrganizationWords.TagOf(word) is { Length: > 0 } kind ? kind : _profile.SourceNouns.TagOf(word) ?? string.Empty;

    /// <summary>
    /// The <see cref="BodyKind"/> of token <paramref name="index"/>'s text, looked up only in the lists that its classes
    /// say may hold it.
    /// </summary>
    private string BodyKindOf(int index)
    {
        if (_tokens[index].Kind != TokenKind.Word)
        {
            return BodyKind(_tokens[index].GetText(_text));
        }

        var word = _tokens[index].GetText(_text);
        return _classes.Is(index, WordClass.OrganizationWord) && _profile.OrganizationWords.TagOf(word) is { Length: > 0 } kind ? kind
            : _classes.Is(index, WordClass.SourceNoun) ? _profile.SourceNouns.TagOf(word) ?? string.Empty
            : string.Empty;
    }

    /// <summary>
    /// Whether token <paramref name="index"/>'s text is in <paramref name="lexicon"/>, the list of <paramref name="wordClass"/>:
    /// not for a word whose classes lack it, which they tell without a lookup.
    /// </summary>
    private bool IsListed(int index, WordClass wordClass, Lexicon lexicon) =>
        (_tokens[index].Kind != TokenKind.Word || _classes.Is(index, wordClass)) && lexicon.Contains(_tokens[index].GetText(_text));

    /// <summary>
    /// Whether the named body <paramref name="entity"/> is of kind <paramref name="kind"/> (see <see cref="BodyKind"/>):
    /// a word of its name (<c>Kestrow City Council</c>), of its affiliation (<c>le quotidien Kestrow Matin</c>) or a
    /// party's nationality (<c>les Républicains</c>) is of that kind, or a plain word of the few that describe it
    /// right before its first naming (<c>the US investment banking giant Kestrow Sachs</c>).
    /// </summary>
    private bool IsBodyOfKind(Entity entity, string kind)
    {
        var named = entity.Representative;
        for (int i = named.NameFirst; i < named.NameEnd; i++)
        {
            if (IsWordOfKind(i, kind))
            {
                return true;
            }
        }

        if (entity.Affiliation is { } affiliation && BodyKind(affiliation) == kind)
        {
            return true;
        }

        int start = entity.Mentions[0].First;
        for (int i = start - 1; i >= 0 && i >= start - MaxDescriptorWords; i--)
        {
            if (_tokens[i].Kind != TokenKind.Word || _classes.Is(i, WordClass.Function))
            {
                return false;
            }

            if (IsWordOfKind(i, kind))
            {
                return true;
            }

            if (_tokens[i].Has(TokenFlags.SentenceStart))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="index"/> is a word of body kind <paramref name="kind"/>, or a nationality whose
    /// affiliation is a body of that kind (<c>Républicains</c>: the <c>Republican Party</c>).
    /// </summary>
    private bool IsWordOfKind(int index, string kind)
    {
        if (BodyKindOf(index) == kind)
        {
            return true;
        }

        var word = _tokens[index].GetText(_text);
        string? nation = _classes.Is(index, WordClass.NationalityAdjective) ? _profile.NationalityAdjectives.TagOf(word)
            : _classes.Is(index, WordClass.Nationality) ? SharedLexicons.Nationalities.TagOf(word) : null;
        int space = nation?.LastIndexOf(' ') ?? -1;
        return space >= 0 && SharedLexicons.PartyWords.TagOf(nation.AsSpan(space + 1)) == kind;
    }

    /// <summary>Whether token <paramref name="index"/> is <paramref name="word"/>, in any case.</summary>
    private bool IsWord(int index, ReadOnlySpan<char> word) => _tokens[index].GetText(_text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "the minister": the latest person whose title has the same role noun and every other word of
    /// this title ("le Premier ministre" is not "le ministre de l'Intérieur"); none for a description that
    /// introduces somebody ("another minister").
    /// </summary>
    private int FindByTitle(MentionCandidate mention)
    {
        // "another officer", "un témoin": somebody new, not the one who held the title before.
        if (!mention.HasTitle || mention.RoleNoun < 0 || IsIndefinite(mention))
        {
            return -1;
        }

        int oldest = Math.Max(Entities.Count - MaxTitleCandidates, 0);
        int latest = LatestTitled(oldest, Entities.Count - 1);
        if (latest < 0)
        {
            return -1;
        }

        // The words every title it names must have: its role noun and its other words but the articles.
        ulong required = TitleWordBit(mention.RoleNoun);
        for (int i = mention.TitleFirst; i < mention.TitleEnd; i++)
        {
            if (IsTitleWordToMatch(i))
            {
                required |= TitleWordBit(i);
            }
        }

        var titleWordBits = CollectionsMarshal.AsSpan(_index.TitleWordBits);
        for (int e = latest; e >= 0; e = LatestTitled(oldest, e - 1))
        {
            // Most titles lack one of the words, which their bits tell without reading the text.
            if ((titleWordBits[e] & required) != required)
            {
                continue;
            }

            var titled = Entities[e].Titled!;

            // "la ministre" is not the man called "le ministre" before her.
            if (titled == mention || !Entities[e].IsPerson
                || (mention.Gender != Gender.Unknown && Entities[e].Gender != Gender.Unknown && mention.Gender != Entities[e].Gender))
            {
                continue;
            }

            if (TitleIncludes(titled, mention.RoleNoun) && AllTitleWordsIn(mention, titled))
            {
                return e;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> follows a possessive determiner (<c>her son</c>, <c>sa fille</c>), maybe past the
    /// words its phrase left out (<c>her 12-year-old son</c>): somebody's relation, another person than the one it relates to.
    /// </summary>
    private bool IsRelation(MentionCandidate mention)
    {
        for (int i = mention.First - 1; i >= 0 && i >= mention.First - MaxLeftOutTokens; i--)
        {
            var token = _tokens[i];
            if (_classes.Is(i, WordClass.PossessiveDeterminer))
            {
                return true;
            }

            if ((token.Kind is not (TokenKind.Word or TokenKind.Number) && !IsText(i, '-')) || _classes.Is(i, WordClass.Function)
                || token.Has(TokenFlags.SentenceStart))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> opens with a determiner that introduces somebody new (<c>an expert</c>, <c>un
    /// témoin</c>), or follows one and a plain word that its phrase left out (<c>a career Army officer</c>).
    /// </summary>
    private bool IsIndefinite(MentionCandidate mention)
    {
        int first = mention.First;
        if (first >= 2 && _tokens[first - 1].Kind == TokenKind.Word && !_tokens[first - 1].Has(TokenFlags.Capitalized)
            && !_classes.Is(first - 1, WordClass.Function) && _classes.Is(first - 2, WordClass.IndefiniteDeterminer))
        {
            return true;
        }

        return _classes.Is(first, WordClass.IndefiniteDeterminer);
    }

    /// <summary>Sets the bit of an entity that has just got a title (see <see cref="LatestTitled"/>).</summary>
    private void MarkTitled(int entity) => ItemAt(_index.TitledEntityBits, entity >> 6) |= 1UL << (entity & 63);

    /// <summary>Item <paramref name="index"/> of <paramref name="bits"/>, which grows with zeros to hold it.</summary>
    private static ref ulong ItemAt(List<ulong> bits, int index)
    {
        while (bits.Count <= index)
        {
            bits.Add(0);
        }

        return ref CollectionsMarshal.AsSpan(bits)[index];
    }

    /// <summary>
    /// The latest entity from <paramref name="oldest"/> to <paramref name="latest"/> that has a title, or -1: read
    /// from the bits of the titled entities, so that the others cost nothing.
    /// </summary>
    private int LatestTitled(int oldest, int latest)
    {
        var bits = CollectionsMarshal.AsSpan(_index.TitledEntityBits);
        for (int e = latest; e >= oldest;)
        {
            int word = e >> 6;
            ulong titled = word < bits.Length ? bits[word] & (ulong.MaxValue >> (63 - (e & 63))) : 0;
            if (titled == 0)
            {
                e = (word << 6) - 1;
                continue;
            }

            int found = (word << 6) + 63 - BitOperations.LeadingZeroCount(titled);
            return found >= oldest ? found : -1;
        }

        return -1;
    }

    /// <summary>
    /// The first entity from <paramref name="first"/> on that has a title, or -1: read from the bits of the titled
    /// entities, as <see cref="LatestTitled"/> reads them backwards.
    /// </summary>
    private int NextTitled(int first)
    {
        var bits = CollectionsMarshal.AsSpan(_index.TitledEntityBits);
        for (int word = first >> 6; word < bits.Length; word++)
        {
            ulong titled = bits[word] & (word == first >> 6 ? ulong.MaxValue << (first & 63) : ulong.MaxValue);
            if (titled != 0)
            {
                return (word << 6) + BitOperations.TrailingZeroCount(titled);
            }
        }

        return -1;
    }

    /// <summary>
    /// Keeps the bits of the words of <paramref name="titled"/>'s title as entity <paramref name="entity"/>'s
    /// (see <see cref="EntityIndex.TitleWordBits"/>).
    /// </summary>
    private void SetTitleWordBits(int entity, MentionCandidate titled)
    {
        ulong words = 0;
        for (int i = titled.TitleFirst; i < titled.TitleEnd; i++)
        {
            words |= TitleWordBit(i);
        }

        ItemAt(_index.TitleWordBits, entity) = words;
    }

    /// <summary>
    /// The bit of token <paramref name="token"/>'s word among a title's 64, the same in any case, as
    /// <see cref="TitleIncludes"/> compares them: a title whose bits lack it lacks the word.
    /// </summary>
    /// <remarks>
    /// A word of ASCII characters, nearly every title word, is hashed here with its case folded, cheaper than the runtime's
    /// hash, which the other words keep. No character outside ASCII equals one inside it when case is ignored, so a word
    /// and the same word in another case take the same path and the same bit.
    /// </remarks>
    private ulong TitleWordBit(int token)
    {
        var word = _tokens[token].GetText(_text);
        uint hash = 0;
        foreach (char c in word)
        {
            if (c >= 0x80)
            {
                return 1UL << (string.GetHashCode(word, StringComparison.OrdinalIgnoreCase) & 63);
            }

            // Setting bit 5 folds an ASCII capital to its small letter; it also merges a few marks, which only costs a comparison.
            hash = (hash + (c | 0x20u)) * 0x9E3779B1u;
        }

        return 1UL << (int)(hash >> 26);
    }

    /// <summary>
    /// Whether a description's title word must be in the title of the person it names: a word, not an article, but a count
    /// after a preposition, which tells one relation from another (<c>the mother of four</c> is not <c>a mother of two</c>).
    /// </summary>
    private bool IsTitleWordToMatch(int token) =>
        _tokens[token].Kind == TokenKind.Word
        && (!IsDeterminerWord(token) || (token > 0 && _classes.Is(token, WordClass.PluralDeterminer) && _classes.Is(token - 1, WordClass.ComplementPreposition)));

    /// <summary>
    /// Whether the title of <paramref name="titled"/> has the role of <paramref name="mention"/>'s: its role noun and the words
    /// that modify it, up to its complements, which may differ (<c>the president of the Kestrow club</c> for <c>the former president
    /// in Lyonsville</c>; but <c>le Premier ministre</c> is not <c>le ministre de l'Intérieur</c>).
    /// </summary>
    private bool RoleIn(MentionCandidate mention, MentionCandidate titled)
    {
        int roleEnd = Math.Max(mention.RoleNoun + 1, mention.TitleFirst);
        while (roleEnd < mention.TitleEnd && !_classes.Is(roleEnd, WordClass.ComplementPreposition))
        {
            roleEnd++;
        }

        return TitleWordsIn(mention, roleEnd, titled);
    }

    /// <summary>Whether every word of <paramref name="mention"/>'s title is in <paramref name="titled"/>'s.</summary>
    private bool AllTitleWordsIn(MentionCandidate mention, MentionCandidate titled) => TitleWordsIn(mention, mention.TitleEnd, titled);

    /// <summary>Whether the words of <paramref name="mention"/>'s title before token <paramref name="end"/> are all in <paramref name="titled"/>'s.</summary>
    private bool TitleWordsIn(MentionCandidate mention, int end, MentionCandidate titled)
    {
        for (int i = mention.TitleFirst; i < end; i++)
        {
            if (IsTitleWordToMatch(i) && !TitleIncludes(titled, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The tokens <c>[First, End)</c> of the title <paramref name="entity"/> is shown with, or null when no mention
    /// has a title: the longest title at the person's first naming, in the name's own mention or an apposition
    /// right before or after it (<c>le coach du PSG Paul Martin</c>, <c>the fleet's commander, Admiral Paul
    /// Martin</c>), as news gives the current role there and often an older one later (<c>l'ancien entraîneur de
    /// Nice</c>); else the title nearest that naming. A title set off by a comma before the name reaches that comma
    /// with its further complements (<c>the commander of the fleet of the Pacific, Admiral Paul Martin</c>). A later title that extends the
    /// one found (<c>le maire</c>, then <c>le maire de Lyon</c>) takes its place.
    /// </summary>
    public (int First, int End)? ShownTitle(Entity entity)
    {
        if (entity.Titled is null)
        {
            return null;
        }

        var mentions = entity.Mentions;
        int naming = entity.Representative is { Type: MentionType.Name, HasName: true } ? mentions.IndexOf(entity.Representative) : -1;
        MentionCandidate? shown = null;
        MentionCandidate? before = null;
        if (naming >= 0)
        {
            var name = mentions[naming];
            before = naming > 0 && mentions[naming - 1] is { Type: MentionType.Description } description && description.End <= name.First
                && name.First - description.End <= MaxTitleGap && GoesOnWithTitle(description.End, name.First) ? mentions[naming - 1] : null;
            shown = LongerTitle(name.HasTitle ? name : null, before);
            shown = LongerTitle(shown, naming + 1 < mentions.Count && FollowsAfterComma(name, mentions[naming + 1]) ? mentions[naming + 1] : null);
        }

        if (shown is null)
        {
            // The title nearest the name, but a role noun of a kind of person ("the diplomat") only when no other title is written.
            int at = naming >= 0 ? mentions[naming].First : 0;
            shown = NearestTitled(mentions, at, category: false) ?? NearestTitled(mentions, at, category: true);
        }

        foreach (var later in mentions)
        {
            if (later.HasTitle && later.TitleEnd - later.TitleFirst > shown!.TitleEnd - shown.TitleFirst && AllTitleWordsIn(shown, later))
            {
                shown = later;
            }
        }

        if (shown == before && before!.TitleEnd == before.End && IsText(mentions[naming].First - 1, ',') && GoesOnWithComplement(before.End))
        {
            return (before.TitleFirst, mentions[naming].First - 1);
        }

        return (shown!.TitleFirst, shown.TitleEnd);
    }

    /// <summary>
    /// Of <paramref name="mentions"/> with a title that is (<paramref name="category"/>) or is not a role noun of a kind of person
    /// (see <see cref="IsBareCategory"/>), the one nearest token <paramref name="at"/>, the first on a tie; or null.
    /// </summary>
    private MentionCandidate? NearestTitled(List<MentionCandidate> mentions, int at, bool category)
    {
        MentionCandidate? nearest = null;
        foreach (var titled in mentions)
        {
            if (titled.HasTitle && IsBareCategory(titled) == category && (nearest is null || Math.Abs(titled.First - at) < Math.Abs(nearest.First - at)))
            {
                nearest = titled;
            }
        }

        return nearest;
    }

    /// <summary>
    /// Whether token <paramref name="index"/>, right after a title, goes on with another complement of it: a
    /// complement preposition (<c>of</c>, <c>des</c>) or a conjunction (<c>et de la Ville</c>), not a word of the
    /// sentence around it (<c>the candidate could</c>).
    /// </summary>
    private bool GoesOnWithComplement(int index) =>
        _classes.Is(index, WordClass.ComplementPreposition | WordClass.Conjunction);

    /// <summary>Of two mentions, either null, the one with the longer title; <paramref name="first"/> on a tie.</summary>
    private static MentionCandidate? LongerTitle(MentionCandidate? first, MentionCandidate? second) =>
        second is not { HasTitle: true } || (first is not null && first.TitleEnd - first.TitleFirst >= second.TitleEnd - second.TitleFirst) ? first : second;

    /// <summary>Whether the title of <paramref name="titled"/> has the word of token <paramref name="word"/>.</summary>
    private bool TitleIncludes(MentionCandidate titled, int word)
    {
        var text = _tokens[word].GetText(_text);
        for (int i = titled.TitleFirst; i < titled.TitleEnd; i++)
        {
            if (_tokens[i].GetText(_text).Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The description whose title the name mention <paramref name="name"/> completes: right before it after a
    /// comma, or further back in its sentence, before a person's name or a comma, when what lies between only
    /// goes on with the title, its complements, bodies and places (<c>le ministre de la Ville et du Logement Paul Martin</c>, <c>the
    /// commander of the fleet of Lyon, Admiral Paul Martin</c>); null when a verb, a pronoun or a mark comes between,
    /// or when a function word governs the name (<c>the adviser of Paul Martin</c>).
    /// </summary>
    private MentionCandidate? TitleBeforeName(int name)
    {
        var mention = _mentions[name];
        for (int m = name - 1; m >= 0 && mention.First - _mentions[m].End <= MaxTitleGap; m--)
        {
            var before = _mentions[m];
            if (before.Type == MentionType.Description && (FollowsAfterComma(before, mention) || FollowsAfterDash(before, mention)))
            {
                return _document.OpensClauseAfterSource(before.First, mention.End) ? null : before;
            }

            // A title without its article may be the complement of another ("l'adjoint au maire de Lyon, Paul
            // Martin") or a second person's ("le maire et son adjoint, Paul Martin"): neither is the name's. One that
            // opens the sentence, a comma before the name, is fronted ("Vice-présidente du groupe, Anne Rolle a dit").
            if (before.Type == MentionType.Description)
            {
                return (_classes.Is(before.First, WordClass.Determiner) ? mention.IsPerson || IsText(mention.First - 1, ',')
                        : _tokens[before.First].Has(TokenFlags.SentenceStart) && IsText(mention.First - 1, ','))
                    && !_classes.Is(mention.First - 1, WordClass.Function) && GoesOnWithTitle(before.End, mention.First) ? before : null;
            }

            if (before.Type == MentionType.Pronoun || before.IsPerson)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The description that the name mention <paramref name="name"/> identifies after a form of "to be" (<c>The first
    /// witness at the hearing was Jane Roe</c>): the subject of its sentence, with no article that introduces somebody,
    /// when only words that go on with it lie between; else null.
    /// </summary>
    private MentionCandidate? SubjectOfCopula(int name)
    {
        var mention = _mentions[name];
        if (name == 0 || mention.First == 0 || !_classes.Is(mention.First - 1, WordClass.Copula))
        {
            return null;
        }

        var before = _mentions[name - 1];
        return before.Type == MentionType.Description && !IsIndefinite(before) && _tokens[before.First].Has(TokenFlags.SentenceStart)
            && mention.First - 1 - before.End <= MaxTitleGap && GoesOnWithTitle(before.End, mention.First - 1) ? before : null;
    }

    /// <summary>
    /// Whether <paramref name="description"/> is what the name that opens its sentence is, after a form of "to be"
    /// (<c>Paul Martin (PS) est le nouveau maire de la commune</c>, <c>Jane Roe is the new mayor</c>): the same
    /// person, with the role the article gives. A description that introduces somebody (<c>un bon père</c>) only
    /// describes.
    /// </summary>
    private bool IsNamedByCopula(MentionCandidate name, MentionCandidate description)
    {
        int copula = description.First - 1;
        return name is { Type: MentionType.Name, Entity: >= 0 } && copula >= name.End && _tokens[name.First].Has(TokenFlags.SentenceStart)
            && !IsIndefinite(description) && _classes.Is(copula, WordClass.Copula)
            && copula - name.End <= MaxTitleGap && GoesOnWithTitle(name.End, copula);
    }

    /// <summary>
    /// Whether the tokens from <paramref name="first"/> to <paramref name="end"/> only go on with a title: words
    /// that are no verb or pronoun, a short parenthesis, and a comma only right before the name.
    /// </summary>
    private bool GoesOnWithTitle(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            var token = _tokens[i];
            bool goesOn = token.Kind switch
            {
                TokenKind.Word => !_classes.Is(i, WordClass.SpeechVerb | WordClass.CueAuxiliary | WordClass.Pronoun),
                TokenKind.Bracket => true,
                TokenKind.Punctuation => i == end - 1 && IsText(i, ','),
                _ => false,
            };
            if (!goesOn || token.Has(TokenFlags.SentenceStart))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether token <paramref name="index"/> is the one-character mark <paramref name="mark"/>.</summary>
    private bool IsText(int index, char mark) => index >= 0 && _tokens[index].Length == 1 && _text[_tokens[index].Start] == mark;

    /// <summary>
    /// Whether <paramref name="description"/> is the apposition of the name just before it and a comma (<c>Paul Martin, a
    /// lawyer</c>), maybe after a possessive determiner, which relates the person to another without making them another
    /// (<c>Jean Roux, son ex-premier adjoint</c>).
    /// </summary>
    private bool IsApposition(MentionCandidate name, MentionCandidate description) =>
        name.Type == MentionType.Name && name.Entity >= 0 && EndsApposition(description)
        && (FollowsAfterComma(name, description)
            || (description.First == name.End + 2 && IsText(name.End, ',') && _classes.Is(name.End + 1, WordClass.PossessiveDeterminer)));

    /// <summary>
    /// Whether a description after a name and a comma ends as the name's apposition does: at a mark, or at a
    /// function word that goes on with it (<c>Paul Martin, a lawyer at …</c>, <c>…, le maire qui …</c>). One
    /// that a verb follows is the subject of its own clause after a fronted phrase (<c>à Lyon, le président a dit</c>).
    /// </summary>
    private bool EndsApposition(MentionCandidate description)
    {
        int next = description.End;
        return next >= _tokens.Count || _tokens[next].Kind is not (TokenKind.Word or TokenKind.Number)
            || (_classes.Is(next, WordClass.Function | WordClass.Pronoun) && !_classes.Is(next, WordClass.SpeechVerb | WordClass.CueAuxiliary));
    }

    private bool FollowsAfterComma(MentionCandidate first, MentionCandidate second) =>
        second.First == first.End + 1 && _tokens[first.End].Length == 1 && _text[_tokens[first.End].Start] == ',';

    /// <summary>
    /// Whether <paramref name="second"/> comes right after <paramref name="first"/> and a dash, which sets off an apposition as a
    /// comma does (<c>A former candidate — Jane Roe, who … — said</c>).
    /// </summary>
    private bool FollowsAfterDash(MentionCandidate first, MentionCandidate second) =>
        second.First == first.End + 1 && _document.IsAsideDash(first.End);

    /// <summary>
    /// The words of an organization or group without a leading quantifier or article: "Western officials"
    /// for "several Western officials", "Kremlin" for "le Kremlin".
    /// </summary>
    private TextSpan OrganizationWords(MentionCandidate mention) =>
        TextSpan.FromBounds(_tokens[FirstOrganizationWord(mention)].Start, _tokens[mention.End - 1].End);

    /// <summary>Whether token <paramref name="index"/> is a determiner itself, not a word whose stem is one (<c>another's</c>).</summary>
    private bool IsDeterminerWord(int index) => _classes.Is(index, WordClass.Determiner) && _tokens[index].Clitic.Length == 0;

    /// <summary>The first token of <paramref name="mention"/> past its leading quantifiers and articles (see <see cref="OrganizationWords"/>).</summary>
    private int FirstOrganizationWord(MentionCandidate mention)
    {
        int first = mention.First;
        while (first < mention.End - 1 && IsDeterminerWord(first))
        {
            first++;
        }

        return first;
    }

    /// <summary>
    /// The name a mention gives: the proper name alone for a person; else the phrase without a
    /// quantifier ("Western officials"), an organization without its article ("Kremlin").
    /// </summary>
    public string CoreText(MentionCandidate mention)
    {
        if (mention.HasName && mention.Type == MentionType.Name)
        {
            return _text[_tokens[mention.NameFirst].Start.._tokens[mention.NameEnd - 1].Stem.End];
        }

        if (mention.Type is MentionType.Organization or MentionType.Group)
        {
            return OrganizationWords(mention).Slice(_text).ToString();
        }

        var first = _tokens[mention.First];
        var name = _text[first.Start.._tokens[mention.End - 1].End];

        // A description that opens a sentence is named in lower case, as it reads mid-sentence ("the minister").
        return first.Has(TokenFlags.Capitalized) && !first.Has(TokenFlags.AllCaps)
            && mention.Type == MentionType.Description && IsDeterminerWord(mention.First)
            ? string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1))
            : name;
    }
}
