using System.Buffers;
using System.Runtime.CompilerServices;
using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;

namespace QuoteExtraction.Attribution;

/// <summary>
/// What the attribution sieves read of one document: its tokens, sentences, quotes, mentions and
/// entities, indexes for finding them from a token, the grammar of cues and subjects, and what the
/// attribution of the earlier quotes tells (who spoke last, which mentions speak). The sieves only
/// read it; <see cref="Attributor"/> records each quote's attribution in it.
/// </summary>
internal sealed partial class AttributionContext : IDisposable
{
    /// <summary>How far, in tokens, an apposition or relative clause may run between a speaker and the verb.</summary>
    private const int MaxAppositionTokens = 40;

    /// <summary>
    /// How far from a quote, in tokens, its sentence is searched for a cue or a subject: news sentences
    /// are shorter, and the bound keeps the cost per quote constant on any input.
    /// </summary>
    public const int MaxSentenceReach = 60;

    /// <summary>How far, in tokens, adjuncts may run between an inverted speech verb and its speaker (<c>a écrit dans un message aux habitants</c>).</summary>
    private const int MaxAdjunctTokens = 12;

    /// <summary>
    /// How far, in tokens, an adjunct or subordinate clause may open a sentence before the comma after which its subject
    /// comes (<c>After the meeting … ended in mayhem when many delegates were turned away, Jane Roe said …</c>).
    /// </summary>
    private const int MaxOpeningClauseTokens = 24;

    /// <summary>How many prepositional phrases a subject's complements may chain (<c>of the Kestrow Patriarchate of Villebourg</c>).</summary>
    private const int MaxChainedComplements = 3;

    /// <summary>How far, in tokens, a description's phrase may run before the comma of the name in apposition to it.</summary>
    private const int MaxAppositionPhraseTokens = 16;

    /// <summary>How far, in tokens, the phrase of an opinion's holder may run before its comma (<c>Pour la rédaction de X, média …,</c>).</summary>
    private const int MaxHolderPhraseTokens = 12;

    /// <summary>How far a possessor may stand before its noun, past the adjectives between them (<c>Trump's recent evidence-free assertion</c>).</summary>
    private const int MaxModifierTokens = 8;

    /// <summary>How many mentions back a sentence is searched for a better local mention.</summary>
    private const int MaxMentionsBack = 30;

    /// <summary>How far before a quote a lead-in verb may stand (<c>X said in a statement on Sunday: “…”</c>).</summary>
    public const int MaxLeadInTokens = 8;

    /// <summary>The most tokens of a reporting clause before a comma and a participle (<c>Jane Roe said Tuesday in Paris, adding</c>).</summary>
    private const int MaxReportingClauseTokens = 8;

    /// <summary>The most tokens of a heading, which news writes in a few words.</summary>
    private const int MaxHeadingTokens = 15;

    /// <summary>The words that alone may be a cue, a speech noun or the start of a source marker.</summary>
    private const WordClass CueWords = WordClass.SpeechVerb | WordClass.SpeechNoun | WordClass.SourceMarkerStart;

    private readonly Document _document;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly LanguageProfile _profile;
    private readonly int[] _sentenceOf;
    private readonly int[] _paragraphOf;

    /// <summary>The document's word classes, kept here as the cue searches test them at every token.</summary>
    private readonly TokenClasses _classes;
    private readonly List<Segment> _sentences;
    private readonly List<MentionCandidate> _mentions;
    private readonly EntityResolver _resolver;
    private readonly bool[] _insideQuote;
    private readonly int[] _mentionStarting;
    private readonly int[] _mentionEnding;

    /// <summary>
    /// For each token, the first token at or after it, outside quotations, that may be a cue, a speech
    /// noun or a source marker: sentence searches jump between these, so a quote costs the same however
    /// long its sentence.
    /// </summary>
    private readonly int[] _nextCueCandidate;

    /// <summary><see cref="SalienceOf"/>, made a delegate once rather than at every pronoun.</summary>
    private readonly Func<MentionCandidate, Salience> _salienceOf;

    /// <summary><see cref="LeadsSentence"/>, made a delegate once rather than at every pronoun.</summary>
    private readonly Func<MentionCandidate, bool> _leadsSentence;

    /// <summary>For each paragraph, the index of its first name or description outside quotations, or -1.</summary>
    private readonly int[] _firstNameOfParagraph;

    /// <summary>For each mention, whether it already speaks an attributed quote.</summary>
    private readonly bool[] _speaksQuote;

    /// <summary>For each quote, its attribution once <see cref="Record"/> has it.</summary>
    private readonly QuoteAttribution?[] _attributions;

    /// <summary>The entity of the latest attributed quote and the token where that quote ends.</summary>
    private (int Entity, int Token) _lastSpeaker = (-1, -1);

    /// <summary>
    /// The context of <paramref name="document"/>, whose mentions <paramref name="resolver"/> has linked
    /// to their entities. Per-token arrays come from the shared pools and go back in <see cref="Dispose"/>.
    /// </summary>
    public AttributionContext(Document document, EntityResolver resolver)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _profile = document.Profile;
        _sentences = document.Sentences;
        _sentenceOf = document.SentenceOf;
        _paragraphOf = document.ParagraphOf;
        _classes = document.Classes;
        _mentions = document.Mentions;
        _resolver = resolver;
        int tokenCount = _tokens.Count;
        var quotes = document.Quotes;
        _insideQuote = ArrayPool<bool>.Shared.Rent(tokenCount);
        Array.Clear(_insideQuote, 0, tokenCount);
        foreach (var quote in quotes)
        {
            for (int i = quote.OpenToken; i <= quote.LastToken; i++)
            {
                _insideQuote[i] = true;
            }
        }

        _nextCueCandidate = ArrayPool<int>.Shared.Rent(tokenCount + 1);
        // The next candidate is carried in a local: reading it back from the array would chain every step to the one before.
        int nextCue = tokenCount;
        _nextCueCandidate[tokenCount] = nextCue;
        for (int i = tokenCount - 1; i >= 0; i--)
        {
            nextCue = IsCueCandidate(i) ? i : nextCue;
            _nextCueCandidate[i] = nextCue;
        }

        _mentionStarting = ArrayPool<int>.Shared.Rent(tokenCount);
        _mentionEnding = ArrayPool<int>.Shared.Rent(tokenCount);
        Array.Fill(_mentionStarting, -1, 0, tokenCount);
        Array.Fill(_mentionEnding, -1, 0, tokenCount);
        _firstNameOfParagraph = ArrayPool<int>.Shared.Rent(document.Paragraphs.Count);
        Array.Fill(_firstNameOfParagraph, -1, 0, document.Paragraphs.Count);
        for (int m = 0; m < _mentions.Count; m++)
        {
            var mention = _mentions[m];
            _mentionStarting[mention.First] = m;
            _mentionEnding[mention.End - 1] = m;
            int paragraph = _paragraphOf[mention.First];
            if (_firstNameOfParagraph[paragraph] < 0 && !mention.InsideQuote && mention.Type is MentionType.Name or MentionType.Description)
            {
                _firstNameOfParagraph[paragraph] = mention.Index;
            }
        }

        _speaksQuote = ArrayPool<bool>.Shared.Rent(_mentions.Count);
        Array.Clear(_speaksQuote, 0, _mentions.Count);
        _attributions = ArrayPool<QuoteAttribution?>.Shared.Rent(quotes.Count);
        Array.Clear(_attributions, 0, quotes.Count);
        _salienceOf = SalienceOf;
        _leadsSentence = LeadsSentence;
    }

    /// <summary>The article.</summary>
    public string Text => _text;

    /// <summary>The article's language.</summary>
    public LanguageProfile Profile => _profile;

    /// <summary>The document the context reads.</summary>
    public Document Document => _document;

    /// <summary>The tokens, in text order.</summary>
    public List<Token> Tokens => _tokens;

    /// <summary>The quotes, in text order.</summary>
    public List<ScannedQuote> Quotes => _document.Quotes;

    /// <summary>The mentions, in text order.</summary>
    public List<MentionCandidate> Mentions => _mentions;

    /// <summary>The entities the mentions refer to.</summary>
    public List<Entity> Entities => _document.Entities;

    /// <summary>The sentences, in text order.</summary>
    public List<Segment> Sentences => _sentences;

    /// <summary>The index of the sentence that holds token <paramref name="token"/>.</summary>
    public int SentenceIndexOf(int token) => _sentenceOf[token];

    /// <summary>The sentence that holds token <paramref name="token"/>.</summary>
    public Segment SentenceOf(int token) => _sentences[_sentenceOf[token]];

    /// <summary>The index of the paragraph that holds token <paramref name="token"/>.</summary>
    public int ParagraphOf(int token) => _paragraphOf[token];

    /// <summary>Whether the paragraph of token <paramref name="token"/> is a heading or caption: a few words, no sentence punctuation at its end.</summary>
    public bool IsHeading(int token)
    {
        var paragraph = _document.Paragraphs[_paragraphOf[token]];
        var last = _tokens[paragraph.EndToken - 1];
        return paragraph.TokenCount <= MaxHeadingTokens && last.Kind == TokenKind.Word
            && _sentenceOf[paragraph.FirstToken] == _sentenceOf[paragraph.EndToken - 1];
    }

    /// <summary>Whether token <paramref name="token"/> lies inside a quotation, its marks included.</summary>
    public bool IsInsideQuote(int token) => _insideQuote[token];

    /// <summary>The mention that starts at token <paramref name="token"/>, inside a quotation or not, or -1.</summary>
    public int MentionStartingAt(int token) => _mentionStarting[token];

    /// <summary>The mention that ends at token <paramref name="token"/>, inside a quotation or not, or -1.</summary>
    public int MentionEndingAt(int token) => _mentionEnding[token];

    /// <summary>The first token at or after <paramref name="token"/>, outside quotations, that may be a cue, a speech noun or the start of a whole source marker; the token count when none.</summary>
    public int NextCueCandidate(int token) => _nextCueCandidate[token];

    /// <summary>The attribution of quote <paramref name="quote"/>, once recorded; null for a later quote or one without a speaker.</summary>
    public QuoteAttribution? AttributionOf(int quote) => _attributions[quote];

    /// <summary>
    /// Records the attribution of quote <paramref name="quote"/> (null when none was found), which the
    /// sieves read for the quotes after it: its mention now speaks, and its speaker spoke last, unless a relative
    /// pronoun speaks (<c>She praised the mayor, who called it “…”</c>): the sentence goes on about its subject.
    /// </summary>
    public void Record(int quote, QuoteAttribution? attribution)
    {
        _attributions[quote] = attribution;
        if (attribution is { } found)
        {
            _speaksQuote[found.Mention] = true;
            if (found.Entity >= 0 && !_mentions[found.Mention].IsRelative)
            {
                _lastSpeaker = (found.Entity, Quotes[quote].LastToken);
            }
        }
    }

    /// <summary>Gives the per-token arrays back to their pools.</summary>
    public void Dispose()
    {
        Array.Clear(_attributions, 0, Quotes.Count);
        ArrayPool<QuoteAttribution?>.Shared.Return(_attributions);
        ArrayPool<bool>.Shared.Return(_insideQuote);
        ArrayPool<int>.Shared.Return(_mentionStarting);
        ArrayPool<int>.Shared.Return(_mentionEnding);
        ArrayPool<int>.Shared.Return(_nextCueCandidate);
        ArrayPool<bool>.Shared.Return(_speaksQuote);
        ArrayPool<int>.Shared.Return(_firstNameOfParagraph);
    }

    /// <summary>The mention that starts at token <paramref name="i"/>, outside quotations, or null.</summary>
    public int? MentionAt(int i) => i < _tokens.Count && _mentionStarting[i] >= 0 && !_insideQuote[i] ? _mentionStarting[i] : null;

    /// <summary>The first mention starting within five tokens from <paramref name="i"/> (<c>according to the event organizer X</c>).</summary>
    public int? MentionNear(int i)
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
    public int FirstMentionAfter(int token)
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

    /// <summary>Whether token <paramref name="i"/> exists and reads <paramref name="word"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsText(int i, string word) => _document.IsText(i, word);

    /// <summary>Whether token <paramref name="i"/> is a dash (not a hyphen).</summary>
    public bool IsDash(int i) => _document.IsDash(i);

    /// <summary>Whether token <paramref name="token"/> is a dash or a hyphen standing for one, as before a signature (<c>- Jane Doe</c>).</summary>
    public bool IsSignatureDash(int token) => _document.IsDash(token) || IsText(token, "-");

    /// <summary>Whether the word at <paramref name="index"/> is in one of the lists of <paramref name="wordClass"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int index, WordClass wordClass) => _classes.Is(index, wordClass);
}
