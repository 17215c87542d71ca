namespace QuoteExtraction.Languages;

/// <summary>
/// Tells English from French by counting each language's function words in the first part of the
/// text, until one language leads clearly. Cheap and allocation-free; anything that is not clearly
/// French is treated as English.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>How much of the text is read: enough words for a clear vote, bounded for long inputs.</summary>
    private const int SampleLength = 4000;

    /// <summary>A lead of this many function words decides at once: most articles are clear within their first lines.</summary>
    private const int DecisiveLead = 12;

    public static Language Detect(ReadOnlySpan<char> text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var english = LanguageProfile.English.FunctionWords;
        var french = LanguageProfile.French.FunctionWords;
        int englishVotes = 0, frenchVotes = 0;
        int i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                i++;
            }

            var word = sample[start..i];
            if (english.Contains(word))
            {
                englishVotes++;
            }

            if (french.Contains(word))
            {
                frenchVotes++;
            }

            if (Math.Abs(englishVotes - frenchVotes) >= DecisiveLead)
            {
                break;
            }
        }

        return frenchVotes > englishVotes ? Language.French : Language.English;
    }
}
