using System.Buffers;
using QuoteExtraction.Quotes;

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
    /// The quotes of <paramref name="context"/> with the speakers their attributions give, and the
    /// distinct speakers in entity order; an attribution below <paramref name="minimumConfidence"/> gives
    /// no speaker. <paramref name="texts"/> keeps the short texts, shared between the results.
    /// </summary>
    public static (List<Quote> Quotes, List<Speaker> Speakers) Build(AttributionContext context, EntityResolver resolver, SharedTexts texts, double minimumConfidence) =>
        new AttributionResults(context.Document, resolver, texts).Build(context, minimumConfidence);

    private (List<Quote> Quotes, List<Speaker> Speakers) Build(AttributionContext context, double minimumConfidence)
    {
        var quotes = context.Quotes;
        // Each entity's speaker, built at its first quote; the speakers are reported in entity order.
        int entityCount = _entities.Count;
        var speakerOf = ArrayPool<Speaker?>.Shared.Rent(entityCount);
        var mentionsOf = ArrayPool<Mention[]?>.Shared.Rent(entityCount);
        Array.Clear(speakerOf, 0, entityCount);
        Array.Clear(mentionsOf, 0, entityCount);
        int speakerCount = 0;
        var speakerQuotes = new List<Quote>(quotes.Count);
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (context.AttributionOf(q) is not { } attribution || attribution.Confidence < minimumConfidence)
            {
                speakerQuotes.Add(quote.ToQuote(TextAt(quote.Span)));
                continue;
            }

            Speaker? speaker = null;
            if (attribution.Entity >= 0 && (speaker = speakerOf[attribution.Entity]) is null)
            {
                speaker = speakerOf[attribution.Entity] = BuildSpeaker(attribution.Entity, mentionsOf[attribution.Entity] = new Mention[_entities[attribution.Entity].Mentions.Count]);
                speakerCount++;
            }

            Cue? cue = attribution.CueFirst >= 0 ? ToCue(attribution.CueFirst, attribution.CueEnd) : null;
            speakerQuotes.Add(quote.ToQuote(TextAt(quote.Span), speaker, BuildMention(_mentions[attribution.Mention]), cue, attribution.Confidence, attribution.Rule.Name));
        }

        FillSpeakerMentions(mentionsOf, entityCount);
        var speakers = new List<Speaker>(speakerCount);
        for (int e = 0; e < entityCount; e++)
        {
            if (speakerOf[e] is { } speaker)
            {
                speakers.Add(speaker);
            }
        }

        Array.Clear(speakerOf, 0, entityCount);
        Array.Clear(mentionsOf, 0, entityCount);
        ArrayPool<Speaker?>.Shared.Return(speakerOf);
        ArrayPool<Mention[]?>.Shared.Return(mentionsOf);
        return (speakerQuotes, speakers);
    }

    /// <summary>
    /// Fills the mention arrays of the speakers' entities (<paramref name="mentionsOf"/>, null for an entity
    /// that is no speaker). A short article's mentions are read speaker by speaker, from each entity's own
    /// list. A long article's are read once in text order: speaker by speaker, every mention of a speaker
    /// would reach into a text and tokens too large for the processor's caches. An entity's mentions are
    /// exactly the mentions linked to it other than pronouns, in text order, so both fill the same arrays.
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
                        mentions[i] = BuildMention(own[i]);
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
                mentions[filled[mention.Entity]++] = BuildMention(mention);
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
        return new Speaker
        {
            Name = _resolver.CoreText(representative),
            Title = kind == SpeakerKind.Group && title == _resolver.CoreText(representative) ? null : title,
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
}
