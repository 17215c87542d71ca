using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>
/// A short text run through the stages before attribution (<c>QuoteExtractor.Prepare</c>), so that a test
/// can read its phrases again one part at a time.
/// </summary>
internal sealed class PhraseDocument : IDisposable
{
    private readonly Workspace _workspace = new();

    private PhraseDocument(string text, LanguageProfile profile)
    {
        (Document, _) = QuoteExtractor.Prepare(text, profile, _workspace, includeNonSpeech: false, CancellationToken.None);
        Parser = new SpeakerPhraseParser(Document, _workspace.Mentions);
    }

    /// <summary>The document, ready for the mention finder.</summary>
    public Document Document { get; }

    /// <summary>A parser of the document's phrases.</summary>
    public SpeakerPhraseParser Parser { get; }

    /// <summary>An English text's document.</summary>
    public static PhraseDocument English(string text) => new(text, LanguageProfile.English);

    /// <summary>A French text's document.</summary>
    public static PhraseDocument French(string text) => new(text, LanguageProfile.French);

    /// <summary>The document of a text in a theory's language column: <c>fr</c> for French, any other for English.</summary>
    public static PhraseDocument For(string language, string text) => language == "fr" ? French(text) : English(text);

    /// <summary>The index of the first token that reads <paramref name="word"/> exactly.</summary>
    public int IndexOf(string word)
    {
        for (int i = 0; i < Document.Tokens.Count; i++)
        {
            if (Document.TextOf(i).SequenceEqual(word))
            {
                return i;
            }
        }

        throw new ArgumentException($"«{word}» is no token of «{Document.Text}».", nameof(word));
    }

    /// <summary>An empty phrase that starts at the first token that reads <paramref name="word"/>.</summary>
    public SpeakerPhrase PhraseAt(string word)
    {
        int index = IndexOf(word);
        return new SpeakerPhrase(index, Document.Sentences[Document.SentenceOf[index]]);
    }

    /// <summary>The text from the start of token <paramref name="first"/> to the end of the token before <paramref name="end"/>.</summary>
    public string TextOf(int first, int end) => Document.Text[Document.Tokens[first].Start..Document.Tokens[end - 1].End];

    /// <summary>Every mention of the document, as the mention finder finds them.</summary>
    public List<MentionCandidate> FindMentions()
    {
        MentionFinder.Find(Document, _workspace.Mentions, CancellationToken.None);
        return Document.Mentions;
    }

    /// <summary>Gives the document's pooled arrays back.</summary>
    public void Dispose() => Document.Dispose();
}
