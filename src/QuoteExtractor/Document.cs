using System.Buffers;
using System.Runtime.CompilerServices;
using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;

namespace QuoteExtraction;

/// <summary>
/// One article on its way through the pipeline: its text, language and tokens, then what each later
/// stage adds (paragraphs and sentences, word classes, quotes, mentions, entities). Each stage reads
/// what the stages before it wrote and fills its own part; what a stage needs only for itself stays
/// in that stage.
/// </summary>
/// <remarks>
/// The lists belong to the call's <see cref="Workspace"/>; the per-token arrays are rented from the
/// shared pools, as they are the bulk of a call's memory and never leave it, and go back in
/// <see cref="Dispose"/>.
/// </remarks>
internal sealed class Document : IDisposable
{
    /// <summary>How many tokens a short parenthesis after a name holds at most (<c>(R-Utah)</c> is five).</summary>
    public const int MaxParenthesisTokens = 8;

    /// <summary>A document of <paramref name="text"/>, already tokenized into <paramref name="workspace"/>'s token list.</summary>
    public Document(string text, LanguageProfile profile, Workspace workspace)
    {
        Text = text;
        Profile = profile;
        Tokens = workspace.Tokens;
        Paragraphs = workspace.Paragraphs;
        Sentences = workspace.Sentences;
        Quotes = workspace.Quotes;
        Mentions = workspace.Mentions.Mentions;
        Entities = workspace.Mentions.Entities;
        SentenceOf = ArrayPool<int>.Shared.Rent(Tokens.Count);
        ParagraphOf = ArrayPool<int>.Shared.Rent(Tokens.Count);
        Classes = new TokenClasses(ArrayPool<WordClass>.Shared.Rent(Tokens.Count));
    }

    /// <summary>The article, as the caller gave it; every offset points into it.</summary>
    public string Text { get; }

    /// <summary>The article's language.</summary>
    public LanguageProfile Profile { get; }

    /// <summary>The tokens, in text order (the tokenizer's output; the segmenter adds the sentence and paragraph flags).</summary>
    public List<Token> Tokens { get; }

    /// <summary>The paragraphs, in text order (the segmenter's output).</summary>
    public List<Segment> Paragraphs { get; }

    /// <summary>The sentences, in text order (the segmenter's output).</summary>
    public List<Segment> Sentences { get; }

    /// <summary>For each token, the index of its sentence (the segmenter's output; a pooled array, maybe longer than the tokens).</summary>
    public int[] SentenceOf { get; }

    /// <summary>For each token, the index of its paragraph (the segmenter's output; a pooled array, maybe longer than the tokens).</summary>
    public int[] ParagraphOf { get; }

    /// <summary>For each token, the word lists it belongs to (<see cref="LanguageProfile.ClassifyWords"/>).</summary>
    public TokenClasses Classes { get; }

    /// <summary>The quotes, in text order (the quote scanner's output).</summary>
    public List<ScannedQuote> Quotes { get; }

    /// <summary>The phrases that may speak, in text order (the mention finder's output; the entity resolver links each to its entity).</summary>
    public List<MentionCandidate> Mentions { get; }

    /// <summary>The people, organizations and groups the mentions refer to (the entity resolver's output).</summary>
    public List<Entity> Entities { get; }

    /// <summary>Whether the word at <paramref name="index"/> is in one of the lists of <paramref name="wordClass"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int index, WordClass wordClass) => Classes.Is(index, wordClass);

    /// <summary>The text of the token at <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TextOf(int index) => Tokens[index].GetText(Text);

    /// <summary>Whether a token at <paramref name="index"/> exists and reads <paramref name="word"/>, ignoring case.</summary>
    /// <remarks>
    /// Most words tested are one mark (<c>,</c>), written where the call is made: inlined there, the test that it is a
    /// mark falls away and the token is compared as one character, which has no case. Most tokens tested against a word
    /// differ from it in length, which rules them out before the text is compared.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsText(int index, string word) =>
        word.Length == 1 && !char.IsLetter(word[0]) ? IsMark(index, word[0]) : ReadsWord(index, word);

    /// <summary>Whether a token at <paramref name="index"/> is a dash or the double hyphen that plain text writes for one (<c>--</c>), either of which may set off an aside.</summary>
    public bool IsAsideDash(int index) => IsDash(index) || IsText(index, "--");

    /// <summary>Whether a token at <paramref name="index"/> exists and is a dash (not a hyphen).</summary>
    public bool IsDash(int index) =>
        (uint)index < (uint)Tokens.Count && Tokens[index].Kind == TokenKind.Punctuation && Text[Tokens[index].Start] is '—' or '–' or '―';

    /// <summary>Whether a token at <paramref name="index"/> exists and is the one-character mark <paramref name="mark"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsMark(int index, char mark) =>
        (uint)index < (uint)Tokens.Count && Tokens[index] is { Length: 1 } token && Text[token.Start] == mark;

    /// <summary>Whether a token at <paramref name="index"/> exists and reads <paramref name="word"/>, ignoring case.</summary>
    private bool ReadsWord(int index, string word) =>
        (uint)index < (uint)Tokens.Count && Tokens[index] is var token && token.Length == word.Length
        && token.GetText(Text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a name that ends at token <paramref name="nameEnd"/>, after the comma that ends a phrase from token
    /// <paramref name="phraseFirst"/> right after a source marker, opens the clause that the source vouches for rather than
    /// standing in apposition to the phrase (<c>According to the president, Jane Roe was …</c>, <c>Selon le ministre, Paul
    /// Martin a …</c>): a comma after the name would close an apposition.
    /// </summary>
    public bool OpensClauseAfterSource(int phraseFirst, int nameEnd) =>
        phraseFirst > 0 && !IsText(nameEnd, ",") && SourceMarkerEndingAt(phraseFirst - 1) >= 0;

    /// <summary>The length of the first of <paramref name="phrases"/> that starts at token <paramref name="i"/> (<see cref="MatchesPhrase"/>), or 0 when none does.</summary>
    public int PhraseLengthAt(int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (MatchesPhrase(i, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>The first token of the source marker (<see cref="LanguageProfile.SourceMarkers"/>) that ends at token <paramref name="i"/>, or -1.</summary>
    public int SourceMarkerEndingAt(int i) => PhraseEndingAt(i, Profile.SourceMarkers, WordClass.SourceMarkerStart);

    /// <summary>
    /// The first token of the one of <paramref name="phrases"/> that ends at token <paramref name="i"/>, or -1. A word whose
    /// classes lack <paramref name="firstWordClass"/> (the class of every phrase's first word, or none when no class
    /// tells them) opens none of them, and their words are not read there.
    /// </summary>
    public int PhraseEndingAt(int i, string[][] phrases, WordClass firstWordClass = WordClass.None)
    {
        foreach (var phrase in phrases)
        {
            int start = i - phrase.Length + 1;
            if ((firstWordClass == WordClass.None || start < 0 || Tokens[start].Kind != TokenKind.Word || Is(start, firstWordClass))
                && MatchesPhrase(start, phrase))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Whether the tokens from <paramref name="index"/> on read the words of <paramref name="words"/>, ignoring case.</summary>
    public bool MatchesPhrase(int index, string[] words)
    {
        if (index < 0 || index + words.Length > Tokens.Count)
        {
            return false;
        }

        for (int w = 0; w < words.Length; w++)
        {
            if (!IsText(index + w, words[w]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Past a short parenthesis that opens at token <paramref name="index"/> and closes before
    /// <paramref name="end"/> (<c>(D-Mo.)</c> after a name: it holds no speaker); <paramref name="index"/> itself
    /// when none opens there.
    /// </summary>
    public int SkipParenthesis(int index, int end)
    {
        if (index >= end || Tokens[index].Kind != TokenKind.Bracket || Text[Tokens[index].Start] != '(')
        {
            return index;
        }

        for (int c = index + 1; c < end && c <= index + MaxParenthesisTokens; c++)
        {
            if (Tokens[c].Kind == TokenKind.Bracket && Text[Tokens[c].Start] == ')')
            {
                return c + 1;
            }
        }

        return index;
    }

    /// <summary>Gives the per-token arrays back to their pools.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(SentenceOf);
        ArrayPool<int>.Shared.Return(ParagraphOf);
        ArrayPool<WordClass>.Shared.Return(Classes.Items);
    }
}
