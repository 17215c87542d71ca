using System.Runtime.ExceptionServices;
using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;
using QuoteExtraction.Segmentation;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction;

/// <summary>
/// Finds the quotations in an article and who said them. Build one and reuse it: an instance is
/// immutable and thread-safe, and every call keeps its working state to itself.
/// </summary>
/// <example>
/// <code>
/// var extractor = new QuoteExtractor();
/// foreach (var quote in extractor.ExtractQuotes(articleText))
///     Console.WriteLine($"{quote.Speaker?.Name}: {quote.Text}");
/// </code>
/// </example>
public sealed class QuoteExtractor
{
    /// <summary>Creates an extractor with <see cref="QuoteExtractorOptions.Default"/>.</summary>
    public QuoteExtractor()
        : this(QuoteExtractorOptions.Default)
    {
    }

    /// <summary>Creates an extractor with the given settings.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range.</exception>
    public QuoteExtractor(QuoteExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>The settings this extractor was built with.</summary>
    public QuoteExtractorOptions Options { get; }

    /// <summary>Finds the quotations in <paramref name="text"/>, in text order, with their speakers where known.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>The quotations; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="text"/> is longer than <see cref="QuoteExtractorOptions.MaxInputLength"/>.</exception>
    public IReadOnlyList<Quote> ExtractQuotes(string text) => ExtractQuotes(text, CancellationToken.None);

    /// <summary>Finds the quotations in <paramref name="text"/>, stopping promptly when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The quotations; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="text"/> is longer than <see cref="QuoteExtractorOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public IReadOnlyList<Quote> ExtractQuotes(string text, CancellationToken cancellationToken)
    {
        // The tokens and segments do not outlive the call: they go in this thread's workspace.
        CheckInput(text);
        var workspace = Workspace.Take(text.Length);
        try
        {
            return Run(text, ProfileFor(text), workspace, cancellationToken).Quotes;
        }
        finally
        {
            Workspace.Give(workspace);
        }
    }

    /// <summary>
    /// Finds the quotations of many articles on all cores (or <paramref name="maxDegreeOfParallelism"/>
    /// of them), with results in input order. An article that cannot be read (null, too long) gets a
    /// result with its <see cref="BatchResult.Error"/>; the others go on. Any other failure is no fault of
    /// one article: it stops the whole batch and is thrown, as a cancellation is.
    /// </summary>
    /// <param name="texts">The articles.</param>
    /// <param name="maxDegreeOfParallelism">How many articles at a time; 0 (the default) for one per core.</param>
    /// <param name="cancellationToken">Cancels the whole batch.</param>
    /// <returns>One result per article, in input order.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="maxDegreeOfParallelism"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public IReadOnlyList<BatchResult> ExtractQuotesBatch(IReadOnlyList<string?> texts, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        cancellationToken.ThrowIfCancellationRequested();
        var results = new BatchResult[texts.Count];
        int workers = Math.Min(maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism, texts.Count);

        // Each worker takes the next article until none is left, all on the same thread, so that its
        // workspace and pooled arrays stay warm; the calling thread is one of the workers.
        int next = -1;
        void Work()
        {
            try
            {
                for (int i = Interlocked.Increment(ref next); i < results.Length; i = Interlocked.Increment(ref next))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var text = texts[i];

                    // The input is checked here rather than by catching ArgumentException, which would also
                    // take a bug's ArgumentOutOfRangeException for the article's fault.
                    results[i] = InputError(text) is { } error
                        ? new BatchResult(i, [], error)
                        : new BatchResult(i, ExtractQuotes(text!, cancellationToken), null);
                }
            }
            catch
            {
                // The other workers stop at their next article.
                Volatile.Write(ref next, results.Length);
                throw;
            }
        }

        var helpers = new Task[Math.Max(workers - 1, 0)];
        for (int k = 0; k < helpers.Length; k++)
        {
            helpers[k] = Task.Run(Work, CancellationToken.None);
        }

        // The first failure (a cancellation or a bug) is thrown once every helper has stopped, so that none runs past the call.
        ExceptionDispatchInfo? failure = null;
        try
        {
            Work();
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        foreach (var helper in helpers)
        {
            try
            {
                helper.Wait(CancellationToken.None);
            }
            catch (AggregateException e) when (e.InnerException is { } inner)
            {
                failure ??= ExceptionDispatchInfo.Capture(inner);
            }
        }

        failure?.Throw();

        return results;
    }

    /// <summary>Runs the whole pipeline on <paramref name="text"/> and returns everything it found.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>Tokens, sentences, paragraphs, quotes and speakers.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="text"/> is longer than <see cref="QuoteExtractorOptions.MaxInputLength"/>.</exception>
    public ArticleAnalysis Analyze(string text) => Analyze(text, CancellationToken.None);

    /// <summary>Runs the whole pipeline on <paramref name="text"/>, stopping promptly when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="cancellationToken">Cancels the work; it is checked between stages and regularly inside them.</param>
    /// <returns>Tokens, sentences, paragraphs, quotes and speakers.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="text"/> is longer than <see cref="QuoteExtractorOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public ArticleAnalysis Analyze(string text, CancellationToken cancellationToken)
    {
        CheckInput(text);
        // The result holds the token and segment lists, so this call's workspace is its own.
        return Run(text, ProfileFor(text), new Workspace(Workspace.ExpectedTokens(text.Length)), cancellationToken);
    }

    /// <summary>
    /// The pipeline on a checked text in <paramref name="profile"/>'s language, in the lists of an empty
    /// <paramref name="workspace"/>; the result holds its token and segment lists.
    /// </summary>
    internal ArticleAnalysis Run(string text, LanguageProfile profile, Workspace workspace, CancellationToken cancellationToken)
    {
        var (document, resolver) = Prepare(text, profile, workspace, Options.IncludeNonSpeech, cancellationToken);
        using (document)
        {
            var (quotes, speakers) = Attributor.Attribute(document, resolver, workspace.Texts, Options.MinimumConfidence, Options.IncludeIndirect, cancellationToken);
            return new ArticleAnalysis(text, profile.Language, document.Tokens, document.Sentences, document.Paragraphs, quotes, speakers);
        }
    }

    /// <summary>
    /// The stages before attribution: text → tokens → paragraphs and sentences → word classes → quotes →
    /// mentions → entities. Each stage reads what the stages before it wrote in the document and adds
    /// its own part; the resolver goes on resolving pronouns during attribution.
    /// </summary>
    internal static (Document Document, EntityResolver Resolver) Prepare(string text, LanguageProfile profile, Workspace workspace,
        bool includeNonSpeech, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Tokenizer.Tokenize(text, profile, workspace.Tokens, cancellationToken);
        var document = new Document(text, profile, workspace);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            Segmenter.Segment(document);
            profile.ClassifyWords(document);
            cancellationToken.ThrowIfCancellationRequested();
            QuoteScanner.Scan(document, includeNonSpeech, workspace.Pairing);
            cancellationToken.ThrowIfCancellationRequested();
            MentionFinder.Find(document, workspace.Mentions, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return (document, EntityResolver.Resolve(document, workspace.Mentions, workspace.Entities));
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Splits <paramref name="text"/> into tokens, without the later stages. The sentence splitter is one of
    /// them, so no token has <see cref="TokenFlags.SentenceStart"/> or <see cref="TokenFlags.ParagraphStart"/>:
    /// the tokens of <see cref="Analyze(string)"/> have them.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens, in text order, without sentence and paragraph flags.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">When <paramref name="text"/> is longer than <see cref="QuoteExtractorOptions.MaxInputLength"/>.</exception>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan());
    }

    /// <summary>
    /// Splits <paramref name="text"/> into tokens, without the later stages and without copying it:
    /// a part of a larger buffer can be tokenized in place. Token offsets count from the span's start.
    /// As with <see cref="Tokenize(string)"/>, no token has <see cref="TokenFlags.SentenceStart"/> or
    /// <see cref="TokenFlags.ParagraphStart"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens, in text order, without sentence and paragraph flags.</returns>
    /// <exception cref="ArgumentException">When <paramref name="text"/> is longer than <see cref="QuoteExtractorOptions.MaxInputLength"/>.</exception>
    public IReadOnlyList<Token> Tokenize(ReadOnlySpan<char> text)
    {
        CheckLength(text.Length, nameof(text));
        var tokens = new List<Token>(Workspace.ExpectedTokens(text.Length));
        Tokenizer.Tokenize(text, ProfileFor(text), tokens, CancellationToken.None);
        return tokens;
    }

    private void CheckInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckLength(text.Length, nameof(text));
    }

    private void CheckLength(int length, string parameterName)
    {
        if (length > Options.MaxInputLength)
        {
            throw TooLong(length, parameterName);
        }
    }

    /// <summary>The exception that <see cref="ExtractQuotes(string, CancellationToken)"/> would throw for <paramref name="text"/>, or null when it can be read.</summary>
    private ArgumentException? InputError(string? text) =>
        text is null ? new ArgumentNullException(nameof(text))
        : text.Length > Options.MaxInputLength ? TooLong(text.Length, nameof(text))
        : null;

    private ArgumentException TooLong(int length, string parameterName) =>
        new($"The text is {length:N0} characters long, more than the limit of {Options.MaxInputLength:N0} set by {nameof(QuoteExtractorOptions)}.{nameof(QuoteExtractorOptions.MaxInputLength)}.",
            parameterName);

    private LanguageProfile ProfileFor(ReadOnlySpan<char> text) =>
        Options.Language == Language.Auto ? LanguageDetector.Detect(text, LanguageProfile.All) : LanguageProfile.For(Options.Language);
}
