using System.Buffers;
using System.Runtime.InteropServices;
using QuoteExtraction.Quotes;
using QuoteExtraction.Reported;

namespace QuoteExtraction.Attribution;

/// <summary>
/// The public results of attribution: each quote with its speaker, mention, cue, confidence and rule,
/// and the distinct speakers with all their mentions. Each result is built once; short texts are shared.
/// </summary>
internal readonly struct AttributionResults
{
    /// <summary>From how many mentions (news of some 90,000 characters) speakers' mentions are read in text order.</summary>
    private const int MinMentionsReadInTextOrder = 2048;

    private readonly Document _document;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<MentionCandidate> _mentions;
    private readonly List<Entity> _entities;
    private readonly EntityResolver _resolver;
    private readonly SharedTexts _texts;

    private AttributionResults(Document document, EntityResolver resolver, SharedTexts texts)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
        _mentions = document.Mentions;
        _entities = document.Entities;
        _resolver = resolver;
        _texts = texts;
    }

    /// <summary>
    /// The quotes of <paramref name="context"/> with the speakers their attributions give, merged in text order with the
    /// <paramref name="reported"/> speech (null for none), and the distinct speakers in entity order; an attribution below
    /// <paramref name="minimumConfidence"/> gives no speaker. <paramref name="texts"/> keeps the short texts, shared between the results.
    /// </summary>
    public static (List<Quote> Quotes, List<Speaker> Speakers) Build(AttributionContext context, List<ReportedQuote>? reported, EntityResolver resolver, SharedTexts texts,
        double minimumConfidence) =>
        new AttributionResults(context.Document, resolver, texts).Build(context, CollectionsMarshal.AsSpan(reported), minimumConfidence);

    private (List<Quote> Quotes, List<Speaker> Speakers) Build(AttributionContext context, ReadOnlySpan<ReportedQuote> reported, double minimumConfidence)
    {
        var quotes = context.Quotes;
        // Each entity's speaker, built at its first quote; the speakers are reported in entity order.
        int entityCount = _entities.Count;
        var speakers = new SpeakerTable(ArrayPool<Speaker?>.Shared.Rent(entityCount), ArrayPool<Mention[]?>.Shared.Rent(entityCount));
        Array.Clear(speakers.SpeakerOf, 0, entityCount);
        Array.Clear(speakers.MentionsOf, 0, entityCount);

        // With reported speech among them, a quote's index (and so its group's) is its place in the merged list.
        var indexOf = reported.IsEmpty ? null : ArrayPool<int>.Shared.Rent(quotes.Count);
        var speakerQuotes = new List<Quote>(quotes.Count + reported.Length);
        int r = 0;
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            for (; r < reported.Length && reported[r].Span.Start < quote.Span.Start; r++)
            {
                speakerQuotes.Add(Indirect(reported[r], speakerQuotes.Count, ref speakers, minimumConfidence));
            }

            if (indexOf is not null)
            {
                indexOf[q] = speakerQuotes.Count;
                quote = quote with { Group = indexOf[quote.Group] };
            }

            if (context.AttributionOf(q) is not { } attribution || attribution.Confidence < minimumConfidence)
            {
                speakerQuotes.Add(quote.ToQuote(TextAt(quote.Span)));
                continue;
            }

            var (speaker, mention, cue) = Attributed(attribution, ref speakers);
            speakerQuotes.Add(quote.ToQuote(TextAt(quote.Span), speaker, mention, cue, attribution.Confidence, attribution.Rule.Name));
        }

        for (; r < reported.Length; r++)
        {
            speakerQuotes.Add(Indirect(reported[r], speakerQuotes.Count, ref speakers, minimumConfidence));
        }

        if (indexOf is not null)
        {
            ArrayPool<int>.Shared.Return(indexOf);
        }

        FillSpeakerMentions(speakers.MentionsOf, entityCount);
        var distinct = new List<Speaker>(speakers.Count + (speakers.Unnamed?.Count ?? 0));
        for (int e = 0; e < entityCount; e++)
        {
            if (speakers.SpeakerOf[e] is { } speaker)
            {
                distinct.Add(speaker);
            }
        }

        if (speakers.Unnamed is { } unnamed)
        {
            distinct.AddRange(unnamed);
        }

        Array.Clear(speakers.SpeakerOf, 0, entityCount);
        Array.Clear(speakers.MentionsOf, 0, entityCount);
        ArrayPool<Speaker?>.Shared.Return(speakers.SpeakerOf);
        ArrayPool<Mention[]?>.Shared.Return(speakers.MentionsOf);
        return (speakerQuotes, distinct);
    }

    /// <summary>The quote of kind <see cref="QuoteKind.Indirect"/> of <paramref name="reported"/>, at <paramref name="index"/> in the article's quotes.</summary>
    private Quote Indirect(ReportedQuote reported, int index, ref SpeakerTable speakers, double minimumConfidence)
    {
        var attribution = reported.Attribution;
        bool kept = attribution.Confidence >= minimumConfidence;
        var (speaker, mention, cue) = !kept ? default : reported.SourcePhrase is { } source ? PhraseSpeaker(source, reported.SourceKind, attribution, ref speakers) : Attributed(attribution, ref speakers);
        return new Quote
        {
            Text = TextAt(reported.Span),
            Span = reported.Span,
            Kind = QuoteKind.Indirect,
            Segments = [reported.Span],
            Group = index,
            Speaker = speaker,
            SpeakerMention = kept ? mention : null,
            Cue = cue,
            Confidence = kept ? attribution.Confidence : 0,
            Rule = kept ? attribution.Rule.Name : null,
            Form = reported.Form,
        };
    }

    /// <summary>
    /// The unnamed speaker of <paramref name="kind"/> that the phrase at <paramref name="source"/> is (<c>Critics</c> in
    /// <c>Critics argue that …</c>, <c>a new poll</c>), named by the phrase's text as a description is, with that phrase
    /// for its one mention; listed after the entities' speakers, one a phrase, as nothing tells which phrases name the same people.
    /// </summary>
    private (Speaker? Speaker, Mention Mention, Cue? Cue) PhraseSpeaker(TextSpan source, SpeakerKind kind, QuoteAttribution attribution, ref SpeakerTable speakers)
    {
        var mention = new Mention(TextAt(source), source);
        var speaker = new Speaker { Name = mention.Text, Kind = kind, Mentions = [mention] };
        (speakers.Unnamed ??= []).Add(speaker);
        return (speaker, mention, ToCue(attribution.CueFirst, attribution.CueEnd));
    }

    /// <summary>The speaker (built at its entity's first quote), the mention and the cue that <paramref name="attribution"/> gives.</summary>
    private (Speaker? Speaker, Mention Mention, Cue? Cue) Attributed(QuoteAttribution attribution, ref SpeakerTable speakers)
    {
        Speaker? speaker = null;
        if (attribution.Entity >= 0 && (speaker = speakers.SpeakerOf[attribution.Entity]) is null)
        {
            speaker = speakers.SpeakerOf[attribution.Entity] = BuildSpeaker(attribution.Entity, speakers.MentionsOf[attribution.Entity] = new Mention[_entities[attribution.Entity].Mentions.Count]);
            speakers.Count++;
        }

        Cue? cue = attribution.CueFirst >= 0 ? ToCue(attribution.CueFirst, attribution.CueEnd) : null;
        var candidate = _mentions[attribution.Mention];
        var mention = BuildMention(candidate);

        // The speaker's own mention is one of its mentions too, which need not be built again (see FillSpeakerMentions).
        if (speaker is not null && candidate.Entity == attribution.Entity && candidate.Type != MentionType.Pronoun
            && PositionIn(_entities[attribution.Entity].Mentions, candidate.Index) is >= 0 and var position)
        {
            speakers.MentionsOf[attribution.Entity]![position] = mention;
        }

        return (speaker, mention, cue);
    }

    /// <summary>The position of the mention of index <paramref name="index"/> in <paramref name="mentions"/>, which are in text order; -1 when it is not there.</summary>
    private static int PositionIn(List<MentionCandidate> mentions, int index)
    {
        int low = 0, high = mentions.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int at = mentions[middle].Index;
            if (at == index)
            {
                return middle;
            }

            (low, high) = at < index ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>
    /// Fills the mention arrays of the speakers' entities (<paramref name="mentionsOf"/>, null for an entity
    /// that is no speaker). A short article's mentions are read speaker by speaker, from each entity's own
    /// list. A long article's are read once in text order: speaker by speaker, every mention of a speaker
    /// would reach into a text and tokens too large for the processor's caches. An entity's mentions are
    /// exactly the mentions linked to it other than pronouns, in text order, so both fill the same arrays. A mention that
    /// a quote's attribution already built (see <see cref="Attributed"/>) is not built again.
    /// </summary>
    private void FillSpeakerMentions(Mention[]?[] mentionsOf, int entityCount)
    {
        if (_mentions.Count < MinMentionsReadInTextOrder)
        {
            for (int e = 0; e < entityCount; e++)
            {
                if (mentionsOf[e] is { } mentions)
                {
                    var own = _entities[e].Mentions;
                    for (int i = 0; i < mentions.Length; i++)
                    {
                        if (mentions[i].Text is null)
                        {
                            mentions[i] = BuildMention(own[i]);
                        }
                    }
                }
            }

            return;
        }

        var filled = ArrayPool<int>.Shared.Rent(entityCount);
        Array.Clear(filled, 0, entityCount);
        for (int m = 0; m < _mentions.Count; m++)
        {
            var mention = _mentions[m];
            if (mention.Type != MentionType.Pronoun && mention.Entity >= 0 && mentionsOf[mention.Entity] is { } mentions)
            {
                ref var built = ref mentions[filled[mention.Entity]++];
                if (built.Text is null)
                {
                    built = BuildMention(mention);
                }
            }
        }

        ArrayPool<int>.Shared.Return(filled);
    }

    /// <summary>The speaker of entity <paramref name="index"/>, with <paramref name="mentions"/> for its mentions, filled later.</summary>
    private Speaker BuildSpeaker(int index, Mention[] mentions)
    {
        var entity = _entities[index];
        var representative = entity.Representative;
        string? title = _resolver.ShownTitle(entity) is var (first, end) ? _text[_tokens[first].Start.._tokens[end - 1].End] : null;
        var kind = representative.Type switch
        {
            MentionType.Group => SpeakerKind.Group,
            MentionType.Organization => SpeakerKind.Organization,
            MentionType.Description => SpeakerKind.Person,
            _ => entity.IsPerson ? SpeakerKind.Person : representative.NameEnd - representative.NameFirst == 1 ? SpeakerKind.Organization : SpeakerKind.Unknown,
        };
        string name = _resolver.CoreText(representative);
        return new Speaker
        {
            Name = name,
            Title = kind == SpeakerKind.Group && title == name ? null : title,
            Affiliation = entity.Affiliation,
            Kind = kind,
            Gender = entity.Gender,
            Mentions = mentions,
        };
    }

    private Mention BuildMention(MentionCandidate mention)
    {
        int start = _tokens[mention.First].Start;

        // An inverted clitic is reported as its pronoun: "il" in "a-t-il dit".
        if (mention.Type == MentionType.Pronoun && _text[start] == '-')
        {
            start += _tokens[mention.First].GetText(_text).LastIndexOf('-') + 1;
        }

        // "le porte-parole du Kremlin, Dmitri Peskov": a title and the name in apposition are one mention.
        int end = mention.End;
        if (mention.Type == MentionType.Description && mention.Index + 1 < _mentions.Count && _mentions[mention.Index + 1] is { Type: MentionType.Name } name
            && name.First == mention.End + 1 && name.Entity == mention.Entity && _document.IsText(mention.End, ","))
        {
            end = name.End;
        }

        var span = TextSpan.FromBounds(start, _tokens[end - 1].End);
        return new Mention(TextAt(span), span);
    }

    private Cue ToCue(int first, int end)
    {
        var span = TextSpan.FromBounds(_tokens[first].Start, _tokens[end - 1].End);
        return new Cue(TextAt(span), span);
    }

    /// <summary>The text at <paramref name="span"/>, shared with the other results when it is short.</summary>
    private string TextAt(TextSpan span) => _texts.At(_text, span);

    /// <summary>Each entity's speaker once built, its mentions (filled at the end), and how many speakers there are.</summary>
    private struct SpeakerTable(Speaker?[] speakerOf, Mention[]?[] mentionsOf)
    {
        /// <summary>Each entity's speaker, null until its first quote.</summary>
        public readonly Speaker?[] SpeakerOf = speakerOf;

        /// <summary>Each speaker's mentions, null for an entity that is no speaker.</summary>
        public readonly Mention[]?[] MentionsOf = mentionsOf;

        /// <summary>The speakers that no entity stands for (<see cref="PhraseSpeaker"/>), in text order; null while there are none.</summary>
        public List<Speaker>? Unnamed;

        /// <summary>How many entities have a speaker.</summary>
        public int Count;
    }
}
