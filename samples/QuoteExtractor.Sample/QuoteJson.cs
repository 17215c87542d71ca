using System.Text.Json;

namespace QuoteExtraction.Sample;

/// <summary>Writes a quote as the sample's JSON contract: camelCase names, UTF-16 offsets, end exclusive.</summary>
/// <remarks>
/// Property names are written as UTF-8 literals and kind names come from a table made once: a run over an archive
/// writes them for every quote, and would otherwise convert each name every time.
/// </remarks>
internal static class QuoteJson
{
    private static readonly Dictionary<QuoteKind, string> s_quoteKinds = JsonNames<QuoteKind>();

    private static readonly Dictionary<SpeakerKind, string> s_speakerKinds = JsonNames<SpeakerKind>();

    private static readonly Dictionary<ReportedForm, string> s_reportedForms = JsonNames<ReportedForm>();

    public static void Write(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteString("text"u8, quote.Text);
        writer.WriteNumber("start"u8, quote.Span.Start);
        writer.WriteNumber("end"u8, quote.Span.End);
        writer.WriteString("kind"u8, s_quoteKinds[quote.Kind]);
        writer.WriteBoolean("closed"u8, quote.IsClosed);
        if (quote.Speaker is { } speaker)
        {
            writer.WriteStartObject("speaker"u8);
            writer.WriteString("name"u8, speaker.Name);
            writer.WriteString("title"u8, speaker.Title);
            writer.WriteString("affiliation"u8, speaker.Affiliation);
            writer.WriteString("kind"u8, s_speakerKinds[speaker.Kind]);
            if (quote.SpeakerMention is { } mention)
            {
                writer.WriteNumber("mentionStart"u8, mention.Span.Start);
                writer.WriteNumber("mentionEnd"u8, mention.Span.End);
                writer.WriteString("mentionText"u8, mention.Text);
            }
            else
            {
                writer.WriteNull("mentionStart"u8);
                writer.WriteNull("mentionEnd"u8);
                writer.WriteNull("mentionText"u8);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("speaker"u8);
        }

        if (quote.Cue is { } cue)
        {
            writer.WriteStartObject("cue"u8);
            writer.WriteString("text"u8, cue.Text);
            writer.WriteNumber("start"u8, cue.Span.Start);
            writer.WriteNumber("end"u8, cue.Span.End);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("cue"u8);
        }

        writer.WriteNumber("confidence"u8, quote.Confidence);
        writer.WriteString("rule"u8, quote.Rule);
        if (quote.Form is { } form)
        {
            writer.WriteString("form"u8, s_reportedForms[form]);
        }
        writer.WriteEndObject();
    }

    /// <summary>Each member of <typeparamref name="TEnum"/> with its name in the JSON contract (camelCase).</summary>
    private static Dictionary<TEnum, string> JsonNames<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(value => value, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
}
