using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;
using QuoteExtraction.Segmentation;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>
/// A short text run through the pipeline as <c>QuoteExtractor.Run</c> runs it, up to the mention finder
/// (tokens, sentences, word classes, quotes), so that a test can read its phrases one part at a time.
/// </summary>
internal sealed class PhraseDocument : IDisposable
{
    private readonly Workspace _workspace = new();

    private PhraseDocument(string text, LanguageProfile profile)
    {
        Tokenizer.Tokenize(text, profile, _workspace.Tokens, CancellationToken.None);
        Document = new Document(text, profile, _workspace);
        Segmenter.Segment(Document);
        profile.ClassifyWords(Document);
        QuoteScanner.Scan(Document, includeNonSpeech: false, _workspace.Pairing);
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
