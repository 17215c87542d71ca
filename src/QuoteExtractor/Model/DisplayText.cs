namespace QuoteExtraction;

/// <summary>Text as the <c>ToString</c> of a result shows it: on one short line.</summary>
internal static class DisplayText
{
    /// <summary>Longest text shown: a quote can run over several paragraphs.</summary>
    private const int MaxLength = 40;

    /// <summary>
    /// <paramref name="text"/> in straight double quotes, cut to <see cref="MaxLength"/> characters with an
    /// ellipsis, with its line breaks turned into spaces; a null text shows as <c>""</c>.
    /// </summary>
    public static string Quoted(string? text)
    {
        text ??= string.Empty;
        if (text.Length > MaxLength)
        {
            // A cut between the two halves of a surrogate pair would leave half a character.
            int kept = char.IsHighSurrogate(text[MaxLength - 2]) ? MaxLength - 2 : MaxLength - 1;
            text = string.Concat(text.AsSpan(0, kept), "…");
        }

        return $"\"{text.ReplaceLineEndings(" ")}\"";
    }
}
