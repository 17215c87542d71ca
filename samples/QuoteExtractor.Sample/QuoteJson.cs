using System.Text.Json;

namespace QuoteExtraction.Sample;

/// <summary>Writes a quote as the sample's JSON contract: camelCase names, UTF-16 offsets, end exclusive.</summary>
internal static class QuoteJson
{
    public static void Write(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteString("text", quote.Text);
        writer.WriteNumber("start", quote.Span.Start);
        writer.WriteNumber("end", quote.Span.End);
        writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(quote.Kind.ToString()));
        writer.WriteBoolean("closed", quote.IsClosed);
        if (quote.Speaker is { } speaker)
        {
            writer.WriteStartObject("speaker");
            writer.WriteString("name", speaker.Name);
            writer.WriteString("title", speaker.Title);
            writer.WriteString("affiliation", speaker.Affiliation);
            writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(speaker.Kind.ToString()));
            if (quote.SpeakerMention is { } mention)
            {
                writer.WriteNumber("mentionStart", mention.Span.Start);
                writer.WriteNumber("mentionEnd", mention.Span.End);
                writer.WriteString("mentionText", mention.Text);
            }
            else
            {
                writer.WriteNull("mentionStart");
                writer.WriteNull("mentionEnd");
                writer.WriteNull("mentionText");
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("speaker");
        }

        if (quote.Cue is { } cue)
        {
            writer.WriteStartObject("cue");
            writer.WriteString("text", cue.Text);
            writer.WriteNumber("start", cue.Span.Start);
            writer.WriteNumber("end", cue.Span.End);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("cue");
        }

        writer.WriteNumber("confidence", quote.Confidence);
        writer.WriteString("rule", quote.Rule);
        if (quote.Form is { } form)
        {
            writer.WriteString("form", JsonNamingPolicy.CamelCase.ConvertName(form.ToString()));
        }
        writer.WriteEndObject();
    }
}
