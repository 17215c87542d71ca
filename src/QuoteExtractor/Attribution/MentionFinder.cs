using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;
using QuoteExtraction.Segmentation;

namespace QuoteExtraction.Attribution;

/// <summary>
/// Finds the phrases that may refer to a speaker: names with their titles and affiliations,
/// descriptions, groups, organizations and pronouns. One pass over the tokens of each sentence; at
/// each token where a phrase may start, <see cref="SpeakerPhraseParser"/> reads it.
/// </summary>
internal sealed class MentionFinder
{
    /// <summary>How many sentences are read between two checks of the cancellation token.</summary>
    private const int CancellationCheckInterval = 1024;

    /// <summary>
    /// How many tokens after its opening mark a quotation may name who speaks (<c>“WALLACE: Let's start …”</c>, a
    /// transcript's label). Past them its words are the speaker's own: no phrase there names the article's speakers, and
    /// none is read, which spares the phrase reading most of the quoted text.
    /// </summary>
    private const int MaxLabelTokens = 3;

    /// <summary>The lists of words that open or carry a phrase besides names: role nouns and their modifiers, groups, sources and bodies.</summary>
    private const WordClass PhraseWords = WordClass.Title | WordClass.TitleModifier | WordClass.GroupNoun | WordClass.SourceNoun | WordClass.OrganizationWord;

    /// <summary>The document whose phrases are read.</summary>
    private readonly Document _document;
    /// <summary>The document's tokens.</summary>
    private readonly List<Token> _tokens;
    /// <summary>The document's word classes, kept here as every token is tested for a phrase start.</summary>
    private readonly TokenClasses _classes;
    /// <summary>Where the mentions come from, and the first names they asked.</summary>
    private readonly MentionStore _store;
    /// <summary>Reads the phrase at each token where one may start.</summary>
    private readonly SpeakerPhraseParser _parser;

    /// <summary>A finder of the mentions of <paramref name="document"/>, which come from <paramref name="store"/>.</summary>
    private MentionFinder(Document document, MentionStore store)
    {
        _document = document;
        _tokens = document.Tokens;
        _classes = document.Classes;
        _store = store;
        _parser = new SpeakerPhraseParser(document, store);
    }

    /// <summary>
    /// Fills the document's <see cref="Document.Mentions"/> (taken from <paramref name="store"/>, emptied
    /// first) with every mention in text order outside the document's quotes and at their start (see
    /// <see cref="MaxLabelTokens"/>), each telling whether it lies inside one of them.
    /// </summary>
    public static void Find(Document document, MentionStore store, CancellationToken cancellationToken)
    {
        store.Clear();
        new MentionFinder(document, store).Find(cancellationToken);
    }

    /// <summary>Parses a phrase at each token where one may start and skips past each phrase found.</summary>
    private void Find(CancellationToken cancellationToken)
    {
        var (sentences, quotes, mentions) = (_document.Sentences, _document.Quotes, _document.Mentions);

        // The first quote that does not end before the current token, or an empty span past all of them.
        int quote = 0;
        List<MentionCandidate>? openers = null;
        var quoteSpan = quotes.Count > 0 ? quotes[0].Span : default;
        for (int s = 0; s < sentences.Count; s++)
        {
            if (s % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // "MOSCOU (AFP) —": a dateline or rubric names nobody the article speaks of, nor how it names them.
            var sentence = sentences[s];
            if (Segmenter.IsLabel(_document, sentence))
            {
                continue;
            }

            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                // "according to him", "selon lui", "Pour lui, …": a pronoun that is a mention only after a source marker
                // or the opinion marker that opens a sentence with somebody's view.
                bool marker = Is(i, WordClass.SourceMarkerStart) || (i == sentence.FirstToken && Is(i, WordClass.SpeechOpinionMarker));
                bool phrase = MayStartPhrase(i, sentence) && !(Is(i, WordClass.Determiner) && IsDeadEndDeterminer(i, sentence));
                if (!marker && !phrase)
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

                bool inside = quote < quotes.Count && quoteSpan.Contains(start);
                if (inside && i > quotes[quote].OpenToken + MaxLabelTokens)
                {
                    i = Math.Min(quotes[quote].LastToken + 1, sentence.EndToken);
                    continue;
                }

                var mention = (marker ? _parser.SourcePronoun(i, inside) : null) ?? (phrase ? _parser.Parse(i, sentence, inside) : null);
                if (mention is null)
                {
                    i++;
                    continue;
                }

                if (MayBeCapitalizedOpenerOnly(mention, sentence))
                {
                    (openers ??= []).Add(mention);
                }

                mention.Index = mentions.Count;
                mentions.Add(mention);
                i = _document.SkipParenthesis(mention.End, sentence.EndToken);
            }
        }

        if (openers is not null)
        {
            DropCapitalizedOpeners(openers);
        }
    }

    /// <summary>
    /// Drops each of <paramref name="openers"/> whose word no other name of the article writes inside a sentence:
    /// an ordinary word that the sentence's start capitalized (<c>Preceded by …</c>, <c>Frustrations grew …</c>), not
    /// a name, which the article would write capitalized again (<c>… said Sanders</c>, <c>John Sanders</c>). The
    /// other mentions keep their order and take their new positions as indices.
    /// </summary>
    private void DropCapitalizedOpeners(List<MentionCandidate> openers)
    {
        var named = NamedInsideSentence(openers);
        if (Array.IndexOf(named, false) < 0)
        {
            return;
        }

        var mentions = _document.Mentions;
        int kept = 0;
        for (int m = 0, o = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (o < openers.Count && mention == openers[o])
            {
                if (!named[o++])
                {
                    continue;
                }
            }

            mention.Index = kept;
            mentions[kept++] = mention;
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>
    /// For each of <paramref name="openers"/> (in text order), whether another name of the article writes its word
    /// inside a sentence, outside sentences in title case, where headlines capitalize every word. One pass over the
    /// names' words: a word's length and first and last letters rule out nearly every opener before any comparison.
    /// </summary>
    private bool[] NamedInsideSentence(List<MentionCandidate> openers)
    {
        var text = _document.Text.AsSpan();
        var named = new bool[openers.Count];
        ulong filter = 0;
        foreach (var opener in openers)
        {
            filter |= FilterBit(_tokens[opener.First].Stem, text);
        }

        foreach (var mention in CollectionsMarshal.AsSpan(_document.Mentions))
        {
            if (mention.Type == MentionType.Pronoun)
            {
                continue;
            }

            for (int i = mention.NameFirst; i >= 0 && i < mention.NameEnd; i++)
            {
                var stem = _tokens[i].Stem;
                if ((filter & FilterBit(stem, text)) == 0 || _tokens[i].Has(TokenFlags.SentenceStart))
                {
                    continue;
                }

                for (int o = 0; o < openers.Count; o++)
                {
                    if (!named[o] && openers[o] != mention && _tokens[openers[o].First].Stem is var word && word.Length == stem.Length
                        && stem.Slice(text).SequenceEqual(word.Slice(text)) && !IsTitleCase(_document.Sentences[_document.SentenceOf[i]]))
                    {
                        named[o] = true;
                    }
                }
            }
        }

        return named;
    }

    /// <summary>One of 64 bits picked by a word's length and its first and last letters, which equal words share.</summary>
    private static ulong FilterBit(TextSpan word, ReadOnlySpan<char> text) =>
        1UL << ((word.Length * 7 + text[word.Start] * 3 + text[word.End - 1]) & 63);

    /// <summary>
    /// Whether <paramref name="mention"/> is one capitalized word that opens <paramref name="sentence"/>, is no first
    /// name, word of the phrase lists (<c>Protesters</c>) nor in capitals, and comes before no speech verb: a name only
    /// if the article writes it capitalized again (see <see cref="DropCapitalizedOpeners"/>). A headline in title case
    /// capitalizes every word, so its first word may be a name as well as any other.
    /// </summary>
    private bool MayBeCapitalizedOpenerOnly(MentionCandidate mention, Segment sentence)
    {
        int first = mention.First;
        var token = _tokens[first];
        return mention.Type == MentionType.Name && mention.End - first == 1 && token.Has(TokenFlags.SentenceStart) && !Is(first, PhraseWords)
            && !token.Has(TokenFlags.AllCaps) && !(first + 1 < _tokens.Count && Is(first + 1, WordClass.SpeechVerb | WordClass.CueAuxiliary))
            && _store.FirstNameTag(token.Stem.Slice(_document.Text)) is null && !IsTitleCase(sentence);
    }

    /// <summary>Whether <paramref name="sentence"/> is in title case, as headlines are (see <see cref="QuoteClassifier.IsHeadline(Document, Segment, int, int)"/>).</summary>
    private bool IsTitleCase(Segment sentence) => QuoteClassifier.IsHeadline(_document, sentence, -1, -1);

    /// <summary>
    /// Whether a phrase may start at token <paramref name="start"/>: a capitalized word, a word of the
    /// phrase lists, or a plain word before a role noun. Most tokens are none: they are told apart with
    /// bit operations rather than a branch for each test, and skip the full parse.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStartPhrase(int start, Segment sentence)
    {
        var token = _tokens[start];
        bool startWord = token.Has(TokenFlags.Capitalized)
            | Is(start, WordClass.Pronoun | WordClass.Determiner | PhraseWords);

        // A role noun can only be ahead if one of the next two tokens is a role or group noun.
        int last = sentence.EndToken - 1;
        bool roleNounNear = Is(Math.Min(start + 1, last), WordClass.Title | WordClass.GroupNoun)
            | Is(Math.Min(start + 2, last), WordClass.Title | WordClass.GroupNoun);
        return (token.Kind == TokenKind.Word) & (startWord | roleNounNear) && (startWord || _parser.RoleNounAhead(start, sentence));
    }

    /// <summary>
    /// A plain determiner that no phrase can follow, which <see cref="SpeakerPhraseParser.Parse"/> would read in vain: past
    /// a determiner it reads on only into a capitalized word, a word of the phrase lists, lower-case
    /// words before a role noun, an age (<c>the 56-year-old</c>), or, right after a speech verb, a plain noun ("said a passer-by").
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
                || (_tokens[start + 1].Kind == TokenKind.Number && _parser.AgeEnd(start + 1, sentence) is not null)
                || (start > 0 && Is(start - 1, WordClass.SpeechVerb)));
    }

    /// <summary>Whether the word at <paramref name="index"/> is in one of the lists of <paramref name="wordClass"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int index, WordClass wordClass) => _classes.Is(index, wordClass);
}
